import type { Diagnostic } from "../generator/diagnostics";
import type { Colors } from "./colors";

/** `file:line:col - error code: message`, a code frame, and the hint; like tsc and Prisma. */
export function formatDiagnostic(diagnostic: Diagnostic, sourceText: string | undefined, c: Colors): string {
  const location = diagnostic.line > 0 ? `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}` : diagnostic.file;
  const severity = diagnostic.severity === "error" ? c.red("error") : c.yellow("warning");
  const lines = [`${c.cyan(location)} - ${severity} ${c.dim(diagnostic.code)}: ${diagnostic.message}`];
  if (sourceText !== undefined && diagnostic.line > 0) lines.push(codeFrame(sourceText, diagnostic.line, diagnostic.column, c));
  if (diagnostic.hint) lines.push(`  ${c.green("hint")}: ${diagnostic.hint}`);
  return lines.join("\n");
}

export function codeFrame(sourceText: string, line: number, column: number, c: Colors): string {
  const lines = sourceText.split(/\r?\n/);
  const first = Math.max(1, line - 1);
  const last = Math.min(lines.length, line + 1);
  const width = String(last).length;
  const frame: string[] = [];
  for (let n = first; n <= last; n++) {
    const text = visible(lines[n - 1] ?? "");
    const marker = n === line ? c.red(">") : " ";
    frame.push(`${marker} ${c.dim(String(n).padStart(width))} | ${text}`);
    if (n === line) frame.push(`  ${" ".repeat(width)} | ${" ".repeat(Math.max(0, column - 1))}${c.red("^")}`);
  }
  return frame.join("\n");
}

/** Control characters in a frame would garble the terminal. */
function visible(text: string): string {
  return text
    .replace(/\t/g, " ")
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, "\ufffd")
    .replace(BIDI_CONTROLS, (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}>`);
}

/** Bidirectional controls would reorder the frame on screen ("Trojan Source"): show them by name instead. */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function summarize(diagnostics: readonly Diagnostic[], c: Colors): string {
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  const parts = [];
  if (errors > 0) parts.push(c.red(`${errors} error${errors === 1 ? "" : "s"}`));
  if (warnings > 0) parts.push(c.yellow(`${warnings} warning${warnings === 1 ? "" : "s"}`));
  return `Found ${parts.join(" and ")}.`;
}
