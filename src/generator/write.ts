import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { readRegularFile } from "./read-input";

export interface OutputFile {
  path: string;
  contents: string;
  /**
   * How to tell that an existing file at `path` is one this generator wrote, so it may be replaced:
   * its banner (the default), the chart's banner or pre-banner form, or the README summary markers.
   */
  ownedBy?: "banner" | "chart" | "readme-markers";
}

export type FileState = "unchanged" | "changed" | "missing";

export function fileState(file: OutputFile): FileState {
  const current = readRegularFile(file.path);
  if (!current.ok) return current.code === "ENOENT" || current.code === "ENOTDIR" ? "missing" : "changed";
  return current.bytes.toString("utf8") === file.contents ? "unchanged" : "changed";
}

/** Writing an output failed (permissions, a file where a directory should be, a full disk): not a bug, not bad input. */
export class OutputWriteError extends Error {
  constructor(
    readonly path: string,
    cause: NodeJS.ErrnoException,
  ) {
    super(`cannot write ${path}: ${cause.code ?? "error"} (${cause.message}); previous outputs were left as they were`, { cause });
    this.name = "OutputWriteError";
  }
}

/**
 * Writes only the files whose contents changed, atomically: every file is first written to a
 * temporary sibling (same directory, so the rename cannot cross file systems), and only when all of
 * them are written are they renamed into place. A failure leaves previous outputs as they were and
 * removes every temporary file; a reader never sees a half-written file, and two concurrent writers
 * each rename a complete file, so the last rename wins whole.
 */
export function writeFilesAtomically(files: readonly OutputFile[]): string[] {
  const pending = files.filter((file) => fileState(file) !== "unchanged");
  const staged: Array<{ temporary: string; target: string }> = [];
  let current = "";
  try {
    for (const file of pending) {
      current = file.path;
      mkdirSync(dirname(file.path), { recursive: true });
      const temporary = join(dirname(file.path), `.${basename(file.path)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
      writeFileSync(temporary, file.contents, { encoding: "utf8", flag: "wx" });
      staged.push({ temporary, target: file.path });
    }
    for (const { temporary, target } of staged) {
      current = target;
      renameSync(temporary, target);
    }
  } catch (error) {
    for (const { temporary } of staged) rmSync(temporary, { force: true });
    throw new OutputWriteError(current, error as NodeJS.ErrnoException);
  }
  return pending.map((file) => file.path);
}
