import type { Diagnostic } from "../shared/diagnostics";
import { readRegularFile } from "../io/read-input";
import { terminalLines, terminalText } from "../shared/terminal-text";
import type { Colors } from "./colors";

/** At most this many diagnostics are printed in full; the rest are counted ("and N more"). */
export const MAX_SHOWN_DIAGNOSTICS = 50;
/** Frame lines (and messages) are cut to about this many characters around the column: a 20 MB line is not echoed. */
const MAX_FRAME_WIDTH = 160;
const MAX_MESSAGE_LENGTH = 2000;

/** The source for code frames: never a FIFO or device (reading one would block or never end). */
export function readSourceText(path: string): string | undefined {
  const read = readRegularFile(path);
  return read.ok ? read.bytes.toString("utf8") : undefined;
}

/** A source split into lines once, however many diagnostics point into it. */
export function sourceLines(sourceText: string): readonly string[] {
  return sourceText.split(/\r?\n/);
}

/** `file:line:col - error code: message`, a code frame, and the hint; like tsc and Prisma. */
export function formatDiagnostic(diagnostic: Diagnostic, source: string | readonly string[] | undefined, c: Colors): string {
  const location = terminalText(diagnostic.line > 0 ? `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}` : diagnostic.file);
  const severity = diagnostic.severity === "error" ? c.red("error") : c.yellow("warning");
  const message = terminalLines(diagnostic.message.length > MAX_MESSAGE_LENGTH ? `${diagnostic.message.slice(0, MAX_MESSAGE_LENGTH)}…` : diagnostic.message);
  const sourceText = source;
  const lines = [`${c.cyan(location)} - ${severity} ${c.dim(diagnostic.code)}: ${message}`];
  if (sourceText !== undefined && diagnostic.line > 0 && diagnostic.sourceShown !== false)
    lines.push(codeFrame(sourceText, diagnostic.line, diagnostic.column, c));
  if (diagnostic.hint) lines.push(`  ${c.green("hint")}: ${terminalLines(diagnostic.hint)}`);
  return lines.join("\n");
}

export function codeFrame(source: string | readonly string[], line: number, column: number, c: Colors): string {
  const lines = typeof source === "string" ? sourceLines(source) : source;
  const first = Math.max(1, line - 1);
  const last = Math.min(lines.length, line + 1);
  const width = String(last).length;
  const window = frameWindow(column);
  const frame: string[] = [];
  for (let n = first; n <= last; n++) {
    const text = visible(cut(lines[n - 1] ?? "", window));
    const marker = n === line ? c.red(">") : " ";
    frame.push(`${marker} ${c.dim(String(n).padStart(width))} | ${text}`);
    if (n === line) frame.push(`  ${" ".repeat(width)} | ${" ".repeat(caretOffset(lines[n - 1] ?? "", column, window))}${c.red("^")}`);
  }
  return frame.join("\n");
}

/** The columns shown: the first MAX_FRAME_WIDTH, or a window of that width centred on a column far to the right. */
function frameWindow(column: number): { start: number; lead: number } {
  if (column <= MAX_FRAME_WIDTH - 20) return { start: 0, lead: 0 };
  const start = column - 1 - Math.floor(MAX_FRAME_WIDTH / 2);
  return { start, lead: 1 }; // lead: the "…" put in front of the window
}

function cut(text: string, window: { start: number; lead: number }): string {
  const shown = text.slice(window.start, window.start + MAX_FRAME_WIDTH);
  return `${window.lead > 0 && window.start > 0 ? "…" : ""}${shown}${text.length > window.start + MAX_FRAME_WIDTH ? "…" : ""}`;
}

/** Control characters in a frame would garble the terminal: shown by name; tabs become one space. */
function visible(text: string): string {
  return terminalText(text.replace(/\t/g, " "));
}

/** Where the caret goes under the shown line: names shown for control characters widen what precedes the column. */
function caretOffset(line: string, column: number, window: { start: number; lead: number }): number {
  const lead = window.lead > 0 && window.start > 0 ? 1 : 0;
  return Math.max(0, visible(line.slice(window.start, Math.max(window.start, column - 1))).length + lead);
}

export function summarize(diagnostics: readonly Diagnostic[], c: Colors): string {
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  const parts = [];
  if (errors > 0) parts.push(c.red(`${errors} error${errors === 1 ? "" : "s"}`));
  if (warnings > 0) parts.push(c.yellow(`${warnings} warning${warnings === 1 ? "" : "s"}`));
  return `Found ${parts.join(" and ")}.`;
}
