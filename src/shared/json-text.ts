/**
 * JSON as people keep it in files: where a parse error is, and the layout (byte order mark, indentation, line
 * endings, final newline) an edit of the file must keep, as npm keeps it when it edits package.json.
 */

/** Node reports JSON errors "at position N" (or "line L column C"); the end of the text when it names neither. */
export function jsonErrorPosition(text: string, message: string): { line: number; column: number } {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /at position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : text.length;
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

export interface JsonLayout {
  bom: boolean;
  indent: string;
  newline: "\n" | "\r\n";
  finalNewline: boolean;
}

const BOM = "\uFEFF";

/** The layout of a JSON file's text (two spaces, LF and a final newline when the text shows none). */
export function jsonLayout(text: string): JsonLayout {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  const indent = /^[{[][ \t]*\r?\n([ \t]+)\S/.exec(body)?.[1] ?? "  ";
  return { bom: text.startsWith(BOM), indent, newline: body.includes("\r\n") ? "\r\n" : "\n", finalNewline: body === "" || /\n$/.test(body) };
}

/** The text without a byte order mark, for JSON.parse. */
export function withoutBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

/** `value` as JSON in `layout`. */
export function stringifyInLayout(value: unknown, layout: JsonLayout): string {
  const text = JSON.stringify(value, null, layout.indent).replace(/\n/g, layout.newline);
  return (layout.bom ? BOM : "") + text + (layout.finalNewline ? layout.newline : "");
}
