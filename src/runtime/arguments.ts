import { MODEL_KINDS, type ModelKind } from "../shared/model-kind";
import { ownValue } from "../shared/records";
import { InvalidArgumentError } from "./errors";

/**
 * Argument checks at the API boundary, for callers without the types (JavaScript, JSON config,
 * `as any`). Options are read as own properties only, so a polluted `Object.prototype.strict`
 * cannot change a default.
 */
export type Options = { readonly [key: string]: unknown };

/** `undefined` → no options; otherwise a non-null, non-array object. */
export function optionsArgument(value: unknown, name: string): Options {
  if (value === undefined) return {};
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new InvalidArgumentError(`${name} must be an object or undefined, got ${describe(value)}`);
  }
  return value as Options;
}

export function optionalBoolean(options: Options, key: string, name: string): boolean | undefined {
  const value = ownValue(options, key);
  if (value === undefined || typeof value === "boolean") return value;
  throw new InvalidArgumentError(`${name}.${key} must be true or false, got ${describe(value)}`);
}

/** A finite number ≥ 0 (strings such as "100000" are not coerced; NaN is not a bound). */
export function optionalNonNegative(options: Options, key: string, name: string): number | undefined {
  const value = ownValue(options, key);
  if (value === undefined) return undefined;
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    throw new InvalidArgumentError(`${name}.${key} must be a finite number >= 0, got ${describe(value)}`);
  }
  return value;
}

/** An environment: `process.env` or a plain record of names to values. */
export function envArgument<T>(value: T, name: string): T {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new InvalidArgumentError(`${name} must be an environment object such as process.env, got ${describe(value)}`);
  }
  return value;
}

export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === "object") return "an object";
  if (typeof value === "function") return "a function";
  return String(value);
}

/** `kinds` as a filter or a selection takes it (one kind or several), each checked against the schema's kinds. */
export function optionalKinds(value: unknown, name: string): ReadonlySet<ModelKind> | undefined {
  if (value === undefined) return undefined;
  const items: unknown[] = Array.isArray(value) ? value : [value];
  const bad = items.find((item) => typeof item !== "string" || !(MODEL_KINDS as readonly string[]).includes(item));
  if (bad !== undefined || items.length === 0) {
    throw new InvalidArgumentError(`${name} must be a kind or a non-empty array of kinds (${MODEL_KINDS.join(", ")}), got ${describe(bad ?? value)}`);
  }
  return new Set(items as ModelKind[]);
}
