import type { Diagnostic } from "../../shared/diagnostics";
import { EXTENSION_KEYS } from "../input/extend";
import { FORMAT_VERSION } from "../input/format-version";
import type { LoadedRegistry } from "../input/load";
import { isRecord } from "../../shared/records";
import { locateMapping, locateValue, singleFileSource } from "../input/registry-source";
import { validateAgainstSchema, type JsonSchema } from "./validate-schema";

/**
 * `extends`, `overrides` and `remove` never reach the merged registry, so the schema judges them in each file that
 * has them, against the schema's own description of those keys.
 */
export function extensionKeyProblems(files: readonly LoadedRegistry[], schema: JsonSchema): Diagnostic[] {
  return files.filter(isExtending).flatMap((file) => {
    const data = file.data as Record<string, unknown>;
    const extensionOnly = Object.fromEntries(EXTENSION_KEYS.filter((key) => Object.hasOwn(data, key)).map((key) => [key, data[key]]));
    return validateAgainstSchema(singleFileSource({ ...file, data: extensionOnly }), extensionKeysSchema(schema));
  });
}

/**
 * Each file says which format version it is written in: an override's `pricing: { input: 3 }` is USD per 1M in
 * version 2 and per 1k in version 1. A base in another version (version 1 is reported with its upgrade hint
 * elsewhere) cannot be merged.
 */
export function baseVersionProblems(files: readonly LoadedRegistry[], shownPath: (path: string) => string): Diagnostic[] {
  return files.slice(1).flatMap((file) => {
    const version = isRecord(file.data) ? file.data.version : undefined;
    if (version === FORMAT_VERSION || version === 1) return [];
    const source = singleFileSource(file);
    const { file: located, line, column } = version === undefined ? locateMapping(source, []) : locateValue(source, ["version"]);
    const stated = version === undefined ? "states no format version" : `says \`version: ${JSON.stringify(version)}\``;
    return [
      {
        severity: "error" as const,
        code: "extends/base-version",
        message: `the base ${shownPath(file.file)} ${stated}; every file of an extends chain must be format version ${FORMAT_VERSION}`,
        file: located,
        line,
        column,
        path: "/version",
        hint: `write the base in format version ${FORMAT_VERSION} and say so with \`version: ${FORMAT_VERSION}\``,
      },
    ];
  });
}

function isExtending(file: LoadedRegistry): boolean {
  return isRecord(file.data) && Object.hasOwn(file.data, "extends");
}

const extensionSchemas = new WeakMap<JsonSchema, JsonSchema>();

/** The schema of the extension keys alone (with the definitions they refer to); other keys are left to the merged registry. */
function extensionKeysSchema(schema: JsonSchema): JsonSchema {
  let subset = extensionSchemas.get(schema);
  if (subset === undefined) {
    const properties = (schema.properties ?? {}) as Record<string, unknown>;
    subset = {
      type: "object",
      properties: Object.fromEntries(EXTENSION_KEYS.filter((key) => Object.hasOwn(properties, key)).map((key) => [key, properties[key]])),
      ...(schema.definitions === undefined ? {} : { definitions: schema.definitions }),
    };
    extensionSchemas.set(schema, subset);
  }
  return subset;
}
