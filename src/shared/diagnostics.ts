import { compareStrings } from "./string-order";

/** A problem found in the registry, located in the YAML file when it can be. */
export interface Diagnostic {
  severity: "error" | "warning";
  /** Stable machine-readable kind, e.g. `schema/type`, `rule/duplicate-id`, `yaml/syntax`. */
  code: string;
  /** What is wrong, and what is expected. */
  message: string;
  file: string;
  /** 1-based; 0 when the problem has no position in the file. */
  line: number;
  column: number;
  /** JSON-pointer-like path of the offending value, e.g. `/models/3/context_window`. */
  path?: string;
  /** A concrete fix, e.g. "did you mean `context_window`?". */
  hint?: string;
  /** false when the file did not parse as a registry (a .env named by mistake): no code frame shows its lines. */
  sourceShown?: false;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) =>
      compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column || compareStrings(a.code, b.code) || compareStrings(a.message, b.message),
  );
}

/** Internal failures (bugs), as opposed to problems in the user's input. */
export class InternalError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "InternalError";
  }
}
