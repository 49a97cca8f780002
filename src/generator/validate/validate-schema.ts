import type { ErrorObject } from "ajv";
import type { DerivedCache } from "../../io/derived-cache";
import type { Diagnostic } from "../../shared/diagnostics";
import { locateKey, locateMapping, locateValue, type RegistrySource, type SourceLocation } from "../input/registry-source";
import { formatJsonPointer, parseJsonPointer, type PathSegment } from "../input/source-map";
import { didYouMean } from "../../shared/suggest";
import { describeValue, kindOfValue } from "../../shared/describe-value";
import { detailedValidator, passCheck, type JsonSchema } from "./compile-schema";

export type { JsonSchema } from "./compile-schema";

/** Validates the parsed registry against the JSON Schema; every error is located in the YAML file it came from. */
export function validateAgainstSchema(source: RegistrySource, givenSchema: JsonSchema, cache?: DerivedCache): Diagnostic[] {
  if (cache !== undefined && passCheck(givenSchema, cache)(source.data)) return [];
  const { validate, compiledFrom: schema } = detailedValidator(givenSchema);
  if (validate(source.data)) return [];
  const all = validate.errors ?? [];
  const errors = all.filter((error) => isReportable(error, all) && !isExplainedByTypo(error, all));
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const [index, error] of errors.entries()) {
    if (diagnostics.length === MAX_SCHEMA_DIAGNOSTICS) {
      diagnostics.push(moreErrorsDiagnostic(source, errors.length - index));
      break;
    }
    const diagnostic = toDiagnostic(source, schema, error);
    const key = `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}:${diagnostic.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    diagnostics.push(diagnostic);
  }
  return diagnostics;
}

/** Locating and explaining each error costs a did-you-mean and a source lookup; past this many, the rest are counted. */
const MAX_SCHEMA_DIAGNOSTICS = 200;

function moreErrorsDiagnostic(source: RegistrySource, remaining: number): Diagnostic {
  return {
    severity: "error",
    code: "schema/more-errors",
    message: `${remaining} more schema error(s) not listed; fix the ones above and run again`,
    file: source.file,
    line: 0,
    column: 0,
  };
}

/** A missing `context_window` beside an unknown `context_windw` is one mistake: report only the typo (with its hint). */
function isExplainedByTypo(error: ErrorObject, all: readonly ErrorObject[]): boolean {
  if (error.keyword !== "required") return false;
  const missing = String((error.params as { missingProperty?: unknown }).missingProperty);
  return all.some(
    (other) =>
      other.keyword === "additionalProperties" &&
      other.instancePath === error.instancePath &&
      didYouMean(String((other.params as { additionalProperty?: unknown }).additionalProperty), [missing]) !== undefined,
  );
}

/**
 * `if` errors only say which branch failed, and a `propertyNames` error only repeats the error on the
 * key beside it. A pattern error on an empty string only repeats its minLength error.
 */
function isReportable(error: ErrorObject, all: readonly ErrorObject[]): boolean {
  if (error.keyword === "if" || error.keyword === "propertyNames") return false;
  // A field missing from each branch of "one of these fields" is said once, by the anyOf error naming them all.
  if (error.keyword === "required" && /\/anyOf\/\d+\/required$/.test(error.schemaPath)) {
    return !all.some((other) => other.keyword === "anyOf" && other.instancePath === error.instancePath);
  }
  if (error.keyword === "pattern" && error.data === "") {
    return !all.some((other) => other.keyword === "minLength" && other.instancePath === error.instancePath);
  }
  return true;
}

function toDiagnostic(source: RegistrySource, schema: JsonSchema, error: ErrorObject): Diagnostic {
  const path = parseJsonPointer(error.instancePath);
  const key = errorKey(error, source.data, path);
  const removedAt = error.keyword === "required" ? removalOf(source, path, String((error.params as { missingProperty: unknown }).missingProperty)) : undefined;
  const location: SourceLocation =
    removedAt !== undefined
      ? removedAt
      : key !== undefined
        ? locateKey(source, path, key)
        : error.keyword === "required"
          ? locateMapping(source, path)
          : locateValue(source, path);
  // Messages name the path as written in the file the error points into (`overrides.models[0]`, not `models[240]`).
  const writtenPath = key !== undefined || removedAt !== undefined ? location.path.slice(0, -1) : location.path;
  const described = error.propertyName !== undefined ? describeKey(error, writtenPath, schema) : describe(error, path, writtenPath, schema, source.data);
  if (removedAt !== undefined) described.message += " (an override sets it to null, which removes it; a required field can only be changed)";
  return {
    severity: "error",
    code: `schema/${error.keyword}`,
    message: described.message,
    file: location.file,
    line: location.line,
    column: location.column,
    path: formatJsonPointer(writtenPath) || "/",
    ...(described.hint ? { hint: described.hint } : {}),
    // The whole file is not a mapping: it did not parse as a registry, so its lines are not shown.
    ...(path.length === 0 && error.keyword === "type" ? { sourceShown: false as const } : {}),
  };
}

/** Where an override removed the field `key` of the mapping at `path` (a `null` in another file than the mapping's). */
function removalOf(source: RegistrySource, path: PathSegment[], key: string): SourceLocation | undefined {
  const mapping = source.originOf(path);
  const field = source.originOf([...path, key]);
  return field.file === mapping.file ? undefined : locateValue(source, [...path, key]);
}

/** The key of the mapping at `path` an error is about, when it is about one key rather than the mapping's value. */
function errorKey(error: ErrorObject, data: unknown, path: PathSegment[]): string | undefined {
  if (error.propertyName !== undefined) return String(error.propertyName);
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "additionalProperties":
      return String(params.additionalProperty);
    case "propertyNames":
      return String(params.propertyName);
    case "dependencies":
      return String(params.property);
    case "not": {
      const actual = valueAt(data, path);
      return NOT_DEPRECATED_FIELDS.find((field) => actual !== null && typeof actual === "object" && Object.hasOwn(actual, field));
    }
    default:
      return undefined;
  }
}

const NOT_DEPRECATED_FIELDS = ["deprecation_date", "replaced_by"];

/** An error on a mapping key (inside `propertyNames`): name the key and point at it. */
function describeKey(error: ErrorObject, path: PathSegment[], schema: JsonSchema): Described {
  const key = String(error.propertyName);
  const why =
    error.keyword === "pattern"
      ? patternMeaning(error.parentSchema, schema)
      : error.keyword === "maxLength"
        ? `at most ${String((error.params as { limit?: number }).limit)} characters`
        : error.keyword === "minLength"
          ? "it must not be empty"
          : (error.message ?? "it is not allowed");
  return { message: `${describePath(path)} has an invalid key ${JSON.stringify(key)}: ${why}` };
}

interface Described {
  message: string;
  hint?: string;
}

/** `path`: where the value is in the registry; `writtenPath`: where it is written, as messages name it. */
function describe(error: ErrorObject, path: PathSegment[], writtenPath: PathSegment[], schema: JsonSchema, data: unknown): Described {
  const where = describePath(writtenPath);
  const params = error.params as Record<string, unknown>;
  const actual = valueAt(data, path);
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      const allowed = allowedKeys(error.parentSchema);
      const hint = didYouMean(key, allowed);
      return {
        message: hint ? `unknown field \`${key}\` in ${where}` : `unknown field \`${key}\` in ${where}; expected one of: ${allowed.join(", ")}`,
        ...(hint ? { hint } : {}),
      };
    }
    case "required":
      return { message: `${where} is missing the required field \`${String(params.missingProperty)}\`${requiredBecause(error, schema)}` };
    case "type":
      // A whole file that is not a mapping (a .env, /proc/self/environ) is named by its kind, never quoted.
      return { message: `${where} must be ${article(String(params.type))}, got ${path.length === 0 ? kindOfValue(actual) : describeValue(actual)}` };
    case "enum": {
      const allowed = (params.allowedValues as unknown[]).map((v) => JSON.stringify(v));
      const hint =
        typeof actual === "string"
          ? didYouMean(
              actual,
              allowed.map((v) => JSON.parse(v) as string),
            )
          : undefined;
      return {
        message: `${where} must be one of ${allowed.join(", ")}, got ${describeValue(actual)}`,
        ...(hint ? { hint } : {}),
      };
    }
    case "const":
      return { message: `${where} must be ${JSON.stringify(params.allowedValue)}, got ${describeValue(actual)}` };
    case "pattern":
      return { message: `${where} ${describeValue(actual)} is not valid: ${patternMeaning(error.parentSchema, schema)}` };
    case "format":
      return { message: `${where} must be a ${formatMeaning(String(params.format))}, got ${describeValue(actual)}` };
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return { message: `${where} must be ${String(params.comparison)} ${String(params.limit)}, got ${describeValue(actual)}${rangeHint(error)}` };
    case "minLength":
      return { message: `${where} must not be empty` };
    case "maxLength":
      return { message: `${where} is longer than ${String(params.limit)} characters` };
    case "minItems":
      return { message: `${where} must have at least ${String(params.limit)} item(s)` };
    case "minProperties":
      return { message: `${where} must have at least ${String(params.limit)} entr${params.limit === 1 ? "y" : "ies"}` };
    case "propertyNames":
      return { message: `${where} has an invalid key ${JSON.stringify(String(params.propertyName))}` };
    case "dependencies":
      return {
        message: `${where} has \`${String(params.property)}\`, which needs \`${String(params.missingProperty)}\``,
        ...(params.missingProperty === "extends" ? { hint: "add `extends:` naming the base registry, or move the entries into `models` and `providers`" } : {}),
      };
    case "anyOf": {
      const fields = requiredAlternatives(error.schema);
      if (fields !== undefined) return { message: `${where} needs one of ${fields.map((f) => `\`${f}\``).join(", ")}${requiredBecause(error, schema)}` };
      return { message: `${where} ${describeValue(actual)} matches none of the allowed forms` };
    }
    case "not":
      return { message: `${where} must not have \`deprecation_date\` or \`replaced_by\` unless its status is "deprecated"` };
    default:
      return { message: `${where} ${error.message ?? "is invalid"}` };
  }
}

/** The fields of an anyOf whose every branch only requires one field, or undefined for any other anyOf. */
function requiredAlternatives(branches: unknown): string[] | undefined {
  if (!Array.isArray(branches)) return undefined;
  const fields = branches.map((branch) => {
    const required = (branch as { required?: unknown }).required;
    const keys = Object.keys(branch as object).filter((key) => key !== "type" && key !== "required");
    return keys.length === 0 && Array.isArray(required) && required.length === 1 ? String(required[0]) : undefined;
  });
  return fields.every((field) => field !== undefined) ? (fields as string[]) : undefined;
}

/** The kind a `then` applies to, for an error inside it: ` (for \`kind: image\` models)`, or "" for a branch on another field. */
function kindCondition(error: ErrorObject, schema: JsonSchema): string {
  if (!error.schemaPath.includes("/then/")) return "";
  const inside = error.parentSchema;
  const branch = findNode(schema, (node) => node.then !== undefined && findNode(node.then, (child) => child === inside) !== undefined) as
    | { if?: { properties?: { kind?: { const?: unknown } }; anyOf?: unknown } }
    | undefined;
  const kind = branch?.if?.properties?.kind?.const;
  if (typeof kind === "string") return ` (for \`kind: ${kind}\` models)`;
  if (Array.isArray(branch?.if?.anyOf) && JSON.stringify(branch.if.anyOf).includes('"chat"')) return " (for chat models: no `kind`, or `kind: chat`)";
  return "";
}

/** For a `required` inside `then`: the `if` condition that made the field required, e.g. ` (required when \`status\` is "deprecated")`. */
function requiredBecause(error: ErrorObject, schema: JsonSchema): string {
  const kind = kindCondition(error, schema);
  if (kind !== "") return kind;
  if (!error.schemaPath.endsWith("/then/required")) return "";
  const branch = findNode(schema, (node) => node.then === error.parentSchema) as { if?: { properties?: Record<string, { const?: unknown }> } } | undefined;
  const conditions = Object.entries(branch?.if?.properties ?? {})
    .filter(([, condition]) => condition.const !== undefined)
    .map(([name, condition]) => `\`${name}\` is ${JSON.stringify(condition.const)}`);
  return conditions.length === 0 ? "" : ` (required when ${conditions.join(" and ")})`;
}

function findNode(node: unknown, predicate: (node: Record<string, unknown>) => boolean): Record<string, unknown> | undefined {
  if (node === null || typeof node !== "object") return undefined;
  if (!Array.isArray(node) && predicate(node as Record<string, unknown>)) return node as Record<string, unknown>;
  for (const child of Object.values(node)) {
    const found = findNode(child, predicate);
    if (found) return found;
  }
  return undefined;
}

function rangeHint(error: ErrorObject): string {
  if (error.keyword !== "maximum" && error.keyword !== "exclusiveMaximum") return "";
  const parent = error.parentSchema as { description?: string } | undefined;
  return parent?.description?.includes("per-1M") ? " (is this a per-1M price? divide it by 1000)" : "";
}

function allowedKeys(parentSchema: unknown): string[] {
  const properties = (parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
  return properties ? Object.keys(properties) : [];
}

function patternMeaning(parentSchema: unknown, schema: JsonSchema): string {
  const parent = parentSchema as { description?: string; pattern?: string } | undefined;
  const explained = parent?.pattern === undefined ? undefined : explainPattern(parent.pattern);
  if (explained) return `expected ${explained}`;
  // First sentence only: later ones explain other things. ". _ :" in a character list is not a sentence end.
  if (parent?.description) return lowerFirst(parent.description.split(/\.\s+(?=[A-Z`{])/)[0]!.replace(/\.$/, ""));
  const definitions = (schema.definitions ?? {}) as Record<string, { pattern?: string; description?: string }>;
  const named = Object.values(definitions).find((d) => d.pattern === parent?.pattern && d.description);
  return named?.description ? lowerFirst(named.description) : `expected to match ${parent?.pattern ?? "the pattern"}`;
}

const CLASS_RANGES: readonly (readonly [string, string])[] = [
  ["A-Za-z", "letters"],
  ["a-z", "lower-case letters"],
  ["A-Z", "upper-case letters"],
  ["0-9", "digits"],
];

/**
 * A simple pattern in words: one or two anchored character classes (`^[A-Z][A-Z0-9_]*$`, `^[^\s]+$`,
 * `^[a-z]{2,10}$`), so the schema's pattern is the only statement of the rule. Undefined for any other pattern.
 */
function explainPattern(pattern: string): string | undefined {
  if (pattern === "^[^\\s]+$") return "no spaces, tabs or line breaks";
  const match = /^\^(?:\[([^\]^]+)\])?\[([^\]^]+)\](\*|\+|\{(\d+),(\d+)\})\$$/.exec(pattern);
  if (!match) return undefined;
  const [, first, body, , min, max] = match;
  const allowed = classWords(body!);
  const start = first === undefined ? undefined : classWords(first);
  if (allowed === undefined || (first !== undefined && start === undefined)) return undefined;
  const count = min === undefined ? "" : `${min} to ${max} `;
  return `${count}${allowed}${start === undefined ? "" : `, starting with ${singular(start)}`}`;
}

/** `upper-case letters` → `an upper-case letter`, for the first character. */
function singular(words: string): string {
  const one = words.replace(/s$/, "");
  return /^[aeiou]/.test(one) ? `an ${one}` : `a ${one}`;
}

/** `A-Z0-9_` → `upper-case letters, digits and _`; undefined for a class with escapes or ranges it cannot name. */
function classWords(body: string): string | undefined {
  let rest = body;
  const words: string[] = [];
  for (const [range, name] of CLASS_RANGES) {
    if (rest.includes(range)) {
      words.push(name);
      rest = rest.replace(range, "");
    }
  }
  if (rest.includes("\\") || /.-./.test(rest)) return undefined;
  words.push(...rest);
  return words.length === 1 ? words[0] : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

function formatMeaning(format: string): string {
  if (format === "date") return "date in YYYY-MM-DD form";
  if (format === "uri") return "URL";
  return format;
}

function describePath(path: PathSegment[]): string {
  if (path.length === 0) return "the registry";
  return "`" + path.map((s, i) => (typeof s === "number" ? `[${s}]` : i === 0 ? s : `.${s}`)).join("") + "`";
}

function valueAt(data: unknown, path: PathSegment[]): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

/** The kind of a value, without the value. */
function article(type: string): string {
  const names: Record<string, string> = {
    object: "a mapping",
    array: "a list",
    string: "a string",
    number: "a finite number",
    integer: "a whole number",
    boolean: "true or false",
  };
  return type
    .split(",")
    .map((t) => names[t] ?? t)
    .join(" or ");
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** Why ajv cannot use `schema` (a bad or half-saved --schema): an input error at the schema file, or none. */
export function unusableSchema(schema: JsonSchema, path: string, cache?: DerivedCache): Diagnostic[] {
  try {
    passCheck(schema, cache);
    return [];
  } catch (error) {
    const message = `the JSON Schema cannot be used: ${error instanceof Error ? error.message : String(error)}`;
    return [{ severity: "error", code: "schema/invalid", message, file: path, line: 1, column: 1 }];
  }
}
