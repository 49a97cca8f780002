import type { ValidateFunction } from "ajv";
import { dependencyVersion, type DerivedCache } from "../../io/derived-cache";
import { BoundedCache } from "../../shared/bounded-cache";

export type JsonSchema = Record<string, unknown>;

/** Strict about the schema itself: an unknown keyword or a loose type in a --schema is reported, not ignored. */
const AJV_OPTIONS = { strict: true, strictRequired: false, strictNumbers: true, allowUnionTypes: true } as const;
const FORMATS = ["date", "uri"] as const;

export interface DetailedValidator {
  /** Reports every error, each with its schema (`allErrors`, `verbose`): what diagnostics are made of. */
  validate: ValidateFunction;
  /** The schema object the validator was compiled from: the one its errors' `parentSchema` point into. */
  compiledFrom: JsonSchema;
}

/**
 * By schema text: each run reads the schema afresh, and compiling it costs 120–400 ms, which watch mode, the
 * programmatic API and the tests would otherwise pay on every run of a process.
 */
const detailedValidators = new BoundedCache<string, DetailedValidator>(4);
const passChecks = new BoundedCache<string, (data: unknown) => boolean>(4);

export function detailedValidator(schema: JsonSchema): DetailedValidator {
  const key = JSON.stringify(schema);
  let compiled = detailedValidators.get(key);
  if (compiled === undefined) {
    // Unoptimised code: the shipped schema compiles in about 100 ms instead of 150, and validates as fast.
    compiled = { validate: newAjv({ allErrors: true, verbose: true, code: { optimize: false } }).compile(schema), compiledFrom: schema };
    detailedValidators.set(key, compiled);
  }
  return compiled;
}

/**
 * Whether data passes the schema. With a cache: a validator without error details, kept as the code ajv's
 * standalone mode writes for it, so a later run with the same schema neither loads ajv nor compiles (~170 ms of
 * each run's start); data that fails is then judged again by the detailed validator. Without: the detailed one.
 * Throws what ajv throws for a schema it cannot compile.
 */
export function passCheck(schema: JsonSchema, cache: DerivedCache | undefined): (data: unknown) => boolean {
  if (cache === undefined) return detailedValidator(schema).validate;
  const key = JSON.stringify(schema);
  let check = passChecks.get(key);
  if (check === undefined) {
    check = standaloneCheck(schema, key, cache);
    passChecks.set(key, check);
  }
  return check;
}

/**
 * The cache reads validator code only from the running build's shipped entries (derived-cache.ts), so a run's
 * verdict never depends on what a project's cache directory holds.
 */
function standaloneCheck(schema: JsonSchema, schemaText: string, cache: DerivedCache): (data: unknown) => boolean {
  const inputs = { schema: schemaText, ajv: dependencyVersion("ajv"), formats: dependencyVersion("ajv-formats") };
  const stored = cache.read("validator", inputs);
  const loaded = stored === undefined ? undefined : evaluateStandalone(stored);
  if (loaded !== undefined) return loaded;
  const { _ } = require("ajv") as typeof import("ajv");
  const ajv = newAjv({ code: { source: true, formats: _`require("ajv-formats/dist/formats").fullFormats` } });
  const validate = ajv.compile(schema);
  const { default: standaloneCode } = require("ajv/dist/standalone") as typeof import("ajv/dist/standalone");
  cache.write("validator", inputs, standaloneCode(ajv, validate));
  return validate;
}

/** The validator a standalone module exports; its `require`s (ajv's runtime helpers, the formats) resolve from here. */
function evaluateStandalone(code: string): ((data: unknown) => boolean) | undefined {
  try {
    const module = { exports: {} as unknown };
    new Function("require", "module", "exports", code)(require, module, module.exports);
    return typeof module.exports === "function" ? (module.exports as (data: unknown) => boolean) : undefined;
  } catch {
    return undefined;
  }
}

/** ajv and ajv-formats load on first use: a run whose validator comes from the cache never needs them. */
function newAjv(options: Record<string, unknown>): import("ajv").default {
  const { default: Ajv } = require("ajv") as typeof import("ajv");
  const { default: addFormats } = require("ajv-formats") as typeof import("ajv-formats");
  const ajv = new Ajv({ ...AJV_OPTIONS, ...options });
  addFormats(ajv, [...FORMATS]);
  return ajv;
}
