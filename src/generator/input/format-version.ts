import type { Diagnostic } from "../../shared/diagnostics";
import type { LoadedRegistry } from "./load";

export const FORMAT_VERSION = 2;

/**
 * A version 1 file is not "invalid" in a hundred places: it is an older format, and one command rewrites it.
 * Say so once, instead of letting the schema report every renamed field.
 */
export function checkFormatVersion(loaded: LoadedRegistry, shownPath: string): Diagnostic[] {
  const data = loaded.data;
  if (data === null || typeof data !== "object" || Array.isArray(data)) return [];
  if ((data as { version?: unknown }).version !== 1) return [];
  const position = loaded.sourceMap.valuePosition(["version"]);
  return [
    {
      severity: "error",
      code: "schema/old-version",
      message: `this registry is format version 1 (prices per 1k tokens, a \`deprecation\` block); this tool reads version ${FORMAT_VERSION}`,
      file: loaded.file,
      line: position.line,
      column: position.column,
      path: "/version",
      hint: `run \`model-registry upgrade-schema ${shownPath}\` to rewrite it as version ${FORMAT_VERSION} in place (comments and order are kept)`,
    },
  ];
}

/** Whether the parsed data says it is this tool's format: the semantic rules judge only such a file. */
export function isCurrentFormat(loaded: LoadedRegistry): boolean {
  const data = loaded.data;
  return data !== null && typeof data === "object" && !Array.isArray(data) && (data as { version?: unknown }).version === FORMAT_VERSION;
}
