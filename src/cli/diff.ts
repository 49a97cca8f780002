import { createTwoFilesPatch } from "diff";

/** At most this many diff lines are printed for a whole check: a regenerated 5,000-model module would flood a CI log. */
export const MAX_DIFF_LINES = 200;
/** Longer diff lines are cut here: the data module holds its JSON on a few very long lines. */
const MAX_DIFF_LINE_LENGTH = 400;

export interface FileChange {
  path: string;
  /** undefined: the file does not exist (or cannot be read). */
  before: string | undefined;
  after: string;
}

/** A unified diff per file, `a/` (on disk) to `b/` (what would be written), without the `===` header. */
export function unifiedDiff(change: FileChange): string {
  return createTwoFilesPatch(`a/${change.path}`, `b/${change.path}`, change.before ?? "", change.after, undefined, undefined, { context: 3 }).replace(
    /^=+\n/,
    "",
  );
}

/** The diffs of all changes, cut to `maxLines` lines of `maxLineLength` characters, with a note of what was left out. */
export function boundedDiff(changes: readonly FileChange[], maxLines = MAX_DIFF_LINES, maxLineLength = MAX_DIFF_LINE_LENGTH): string {
  const lines = changes.flatMap((change) => withoutFinalEmpty(unifiedDiff(change).split("\n")));
  const shown = lines.slice(0, maxLines).map((line) => cutLine(line, maxLineLength));
  const omitted = lines.length - shown.length;
  const cut = shown.filter((line, i) => line !== lines[i]).length;
  const notes = [
    ...(omitted > 0 ? [`… ${omitted} more diff line${omitted === 1 ? "" : "s"} not shown (at most ${maxLines} are)`] : []),
    ...(cut > 0 ? [`(${cut} line${cut === 1 ? "" : "s"} cut at ${maxLineLength} characters)`] : []),
  ];
  return [...shown, ...notes].map((line) => line + "\n").join("");
}

function cutLine(line: string, maxLength: number): string {
  return line.length <= maxLength ? line : `${line.slice(0, maxLength)}… (${line.length - maxLength} more characters)`;
}

function withoutFinalEmpty(lines: string[]): string[] {
  return lines.at(-1) === "" ? lines.slice(0, -1) : lines;
}
