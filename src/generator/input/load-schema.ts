import type { Diagnostic } from "../../shared/diagnostics";
import { readRegularFile } from "../../io/read-input";
import { jsonErrorPosition } from "../../shared/json-text";
import type { JsonSchema } from "../validate/compile-schema";

export type LoadedSchema = { schema: JsonSchema; diagnostics: [] } | { schema: undefined; diagnostics: Diagnostic[] };

/**
 * Reads the JSON Schema: a regular file, valid JSON, an object (whether ajv can compile it is validation). Each
 * failure is a located input error (exit 1), never an internal error with a stack trace: a
 * half-saved schema in watch mode or a wrong --schema path is the user's input, not a bug.
 */
export function loadSchemaFile(path: string, maxBytes?: number): LoadedSchema {
  const read = readRegularFile(path, maxBytes);
  if (!read.ok) return failed(path, "schema/unreadable", `cannot read the JSON Schema: ${read.reason}`);
  const text = read.bytes.toString("utf8");
  let schema: unknown;
  try {
    schema = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    return failed(path, "schema/json", `the JSON Schema is not valid JSON: ${message}`, jsonErrorPosition(text, message));
  }
  if (schema === null || typeof schema !== "object" || Array.isArray(schema)) {
    return failed(path, "schema/invalid", "the JSON Schema must be a JSON object (draft-07)", { line: 1, column: 1 });
  }
  return { schema: schema as JsonSchema, diagnostics: [] };
}

function failed(file: string, code: string, message: string, at = { line: 0, column: 0 }): LoadedSchema {
  return { schema: undefined, diagnostics: [{ severity: "error", code, message, file, ...at }] };
}
