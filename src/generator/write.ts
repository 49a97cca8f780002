import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

export interface OutputFile {
  path: string;
  contents: string;
}

export type FileState = "unchanged" | "changed" | "missing";

export function fileState(file: OutputFile): FileState {
  let current: string;
  try {
    current = readFileSync(file.path, "utf8");
  } catch {
    return "missing";
  }
  return current === file.contents ? "unchanged" : "changed";
}

/**
 * Writes only the files whose contents changed, atomically: every file is first written to a
 * temporary sibling, and only when all of them are written are they renamed into place. A failure
 * leaves every previous output as it was; a reader never sees a half-written file.
 */
export function writeFilesAtomically(files: readonly OutputFile[]): string[] {
  const pending = files.filter((file) => fileState(file) !== "unchanged");
  const staged: Array<{ temporary: string; target: string }> = [];
  try {
    for (const file of pending) {
      mkdirSync(dirname(file.path), { recursive: true });
      const temporary = join(dirname(file.path), `.${basename(file.path)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
      writeFileSync(temporary, file.contents, { encoding: "utf8", flag: "wx" });
      staged.push({ temporary, target: file.path });
    }
  } catch (error) {
    for (const { temporary } of staged) rmSync(temporary, { force: true });
    throw error;
  }
  for (const { temporary, target } of staged) renameSync(temporary, target);
  return pending.map((file) => file.path);
}
