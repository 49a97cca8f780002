import { createHash, randomBytes } from "node:crypto";
import { chmodSync, chownSync, closeSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, writeSync } from "node:fs";
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
  return compareWithDisk(file).state;
}

/** The file's state and, when it can be read, what it holds now (what a diff of a stale output starts from). */
export function compareWithDisk(file: OutputFile): { state: FileState; current: string | undefined } {
  const read = readRegularFile(file.path);
  if (!read.ok) return { state: read.code === "ENOENT" || read.code === "ENOTDIR" ? "missing" : "changed", current: undefined };
  const current = read.bytes.toString("utf8");
  return { state: current === file.contents ? "unchanged" : "changed", current };
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

/** The file operations a write uses; tests inject failures (a full disk) through it. */
export interface WriteIo {
  writeFile(path: string, contents: string): void;
  rename(from: string, to: string): void;
}

export const NODE_WRITE_IO: WriteIo = {
  writeFile: writeDurably,
  rename: (from, to) => renameSync(from, to),
};

/**
 * The whole file on the disk before it is renamed into place: without the fsync a power cut after the rename
 * can leave the new name holding an empty or partial file. `wx`: a temporary name is never shared, so an
 * existing file there is not ours to replace.
 */
function writeDurably(path: string, contents: string): void {
  const descriptor = openSync(path, "wx");
  try {
    writeSync(descriptor, contents, null, "utf8");
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}

/** A directory's entries (the renames into it) on the disk. Some systems cannot fsync a directory (Windows): skipped there. */
function syncDirectory(directory: string): void {
  let descriptor: number | undefined;
  try {
    descriptor = openSync(directory, "r");
    fsyncSync(descriptor);
  } catch (error) {
    if (!["EISDIR", "EPERM", "EINVAL", "EACCES"].includes((error as NodeJS.ErrnoException).code ?? "")) throw error;
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}

/**
 * Writes only the files whose contents changed, as one set:
 *
 * 1. every changed file is written to a temporary sibling (same directory, so the rename cannot cross
 *    file systems); each temporary is registered before its first byte is written, so every failure
 *    path (a full disk included) removes all of them and leaves every previous output as it was;
 * 2. a journal listing the pending renames (with content hashes) is committed beside the first output;
 * 3. all temporaries are renamed into place, keeping each replaced file's mode (and owner, when allowed);
 * 4. the journal is removed.
 *
 * Each temporary and the journal are fsynced before they are renamed, and each directory after its renames,
 * so the set is on the disk (not only in the page cache) when the write is reported done.
 *
 * A process killed during step 3 leaves the journal and the remaining temporaries; the next run
 * finishes those renames first (`repairInterruptedWrite`), so the module and the docs never stay from
 * different registries. Temporaries of processes that no longer exist are removed
 * (`removeStaleTemporaries`). A reader never sees a half-written file, and two concurrent writers each
 * rename complete files, so the last rename wins whole.
 */
export function writeFilesAtomically(files: readonly OutputFile[], io: WriteIo = NODE_WRITE_IO, journalDirectory?: string): string[] {
  const pending = files.filter((file) => fileState(file) !== "unchanged");
  if (pending.length === 0) return [];
  const staged = stageTemporaries(pending, io);
  const journal = commitJournal(journalDirectory ?? dirname(pending[0]!.path), staged, io);
  renameStaged(staged, io, journal);
  for (const directory of new Set(staged.map((file) => dirname(file.target)))) syncDirectory(directory);
  rmSync(journal, { force: true });
  return pending.map((file) => file.path);
}

export interface StagedFile {
  temporary: string;
  target: string;
  sha256: string;
}

/** Step 1: every pending file as a complete temporary sibling, or (on any failure) none at all. */
export function stageTemporaries(pending: readonly OutputFile[], io: WriteIo = NODE_WRITE_IO): StagedFile[] {
  const staged: StagedFile[] = [];
  let current = "";
  try {
    for (const file of pending) {
      current = file.path;
      mkdirSync(dirname(file.path), { recursive: true });
      const entry = { temporary: temporaryName(file.path), target: file.path, sha256: sha256(file.contents) };
      staged.push(entry);
      io.writeFile(entry.temporary, file.contents);
    }
  } catch (error) {
    removeTemporaries(staged);
    throw new OutputWriteError(current, error as NodeJS.ErrnoException);
  }
  return staged;
}

/** Step 2: the list of renames to finish if this process dies half-way; written atomically itself. */
export function commitJournal(directory: string, staged: readonly StagedFile[], io: WriteIo = NODE_WRITE_IO): string {
  const journal = join(directory, WRITE_JOURNAL_NAME);
  const temporary = temporaryName(journal);
  try {
    io.writeFile(temporary, JSON.stringify({ version: 1, pid: process.pid, renames: staged }, null, 2) + "\n");
    io.rename(temporary, journal);
    syncDirectory(directory);
  } catch (error) {
    removeTemporaries([...staged, { temporary }]);
    throw new OutputWriteError(journal, error as NodeJS.ErrnoException);
  }
  return journal;
}

function renameStaged(staged: readonly StagedFile[], io: WriteIo, journal: string): void {
  let index = 0;
  try {
    for (; index < staged.length; index++) {
      const { temporary, target } = staged[index]!;
      keepModeAndOwner(target, temporary);
      io.rename(temporary, target);
    }
  } catch (error) {
    // Not a kill: this process is alive to clean up. The renames done so far stay (each file is whole);
    // the error says which file is old.
    removeTemporaries(staged.slice(index));
    rmSync(journal, { force: true });
    throw new OutputWriteError(staged[index]!.target, error as NodeJS.ErrnoException);
  }
}

/** A regenerated file keeps the permissions (and, where the process may, the owner) of the file it replaces. */
function keepModeAndOwner(target: string, temporary: string): void {
  let previous: ReturnType<typeof statSync>;
  try {
    previous = statSync(target);
  } catch {
    return;
  }
  if (!previous.isFile()) return;
  chmodSync(temporary, previous.mode & 0o7777);
  try {
    const mine = statSync(temporary);
    if (mine.uid !== previous.uid || mine.gid !== previous.gid) chownSync(temporary, previous.uid, previous.gid);
  } catch {
    // Only root may give a file away; everyone else keeps their own ownership, as a plain write would.
  }
}

export const WRITE_JOURNAL_NAME = ".model-registry-write.json";

/** `.models.generated.ts.<pid>.<random>.tmp`: the pid tells a later run whether its writer is still alive. */
const TEMPORARY_NAME = /^\.(.+)\.(\d+)\.[0-9a-f]{12}\.tmp$/;

function temporaryName(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
}

function removeTemporaries(staged: ReadonlyArray<{ temporary: string }>): void {
  for (const { temporary } of staged) rmSync(temporary, { force: true });
}

function sha256(contents: string | Buffer): string {
  return createHash("sha256").update(contents).digest("hex");
}

/**
 * Before a run writes: if a previous run was killed between its renames, finish them from its
 * journal (each temporary is complete, as the journal is committed only after all were written, and
 * its hash is checked), so the outputs form one set again. Returns the targets it completed.
 */
export function repairInterruptedWrite(directory: string): string[] {
  const journalPath = join(directory, WRITE_JOURNAL_NAME);
  const journal = readJournal(journalPath);
  if (journal === undefined) return [];
  if (journal.pid !== process.pid && isProcessAlive(journal.pid)) return []; // a concurrent writer is mid-rename
  const repaired: string[] = [];
  for (const { temporary, target, sha256: expected } of journal.renames) {
    const staged = readRegularFile(temporary);
    if (!staged.ok) continue; // already renamed
    if (sha256(staged.bytes) === expected) {
      renameSync(temporary, target);
      repaired.push(target);
    } else {
      rmSync(temporary, { force: true });
    }
  }
  rmSync(journalPath, { force: true });
  return repaired;
}

/** Whether `directory` holds the journal of an interrupted multi-file write (for --check). */
export function hasInterruptedWrite(directory: string): boolean {
  return readJournal(join(directory, WRITE_JOURNAL_NAME)) !== undefined;
}

interface Journal {
  pid: number;
  renames: StagedFile[];
}

function readJournal(path: string): Journal | undefined {
  const read = readRegularFile(path);
  if (!read.ok) return undefined;
  try {
    const parsed = JSON.parse(read.bytes.toString("utf8")) as Partial<Journal>;
    if (typeof parsed.pid !== "number" || !Array.isArray(parsed.renames)) return undefined;
    const renames = parsed.renames.filter(
      (r): r is StagedFile =>
        typeof r?.temporary === "string" &&
        typeof r.target === "string" &&
        typeof r.sha256 === "string" &&
        dirname(r.temporary) === dirname(r.target) &&
        TEMPORARY_NAME.test(basename(r.temporary)),
    );
    return { pid: parsed.pid, renames };
  } catch {
    return undefined;
  }
}

/**
 * Removes temporaries of our outputs left in `directories` by writers that no longer run (a SIGKILL,
 * a power cut). Temporaries of live processes are a concurrent run's and stay.
 */
export function removeStaleTemporaries(directories: Iterable<string>): string[] {
  const removed: string[] = [];
  for (const directory of new Set(directories)) {
    let names: string[];
    try {
      names = readdirSync(directory);
    } catch {
      continue;
    }
    for (const name of names) {
      const match = TEMPORARY_NAME.exec(name);
      if (!match || isProcessAlive(Number(match[2]))) continue;
      rmSync(join(directory, name), { force: true });
      removed.push(join(directory, name));
    }
  }
  return removed;
}

/** Whether a process with this pid runs (this one counts); a pid we may not signal belongs to a running process. */
export function isProcessAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
