import { closeSync, mkdirSync, openSync, rmSync, statSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { readTextIfRegular } from "./read-input";
import { isProcessAlive } from "./write";

/**
 * One writer per output directory at a time: two `generate` runs on the same outputs take turns, so their renames
 * never interleave (which left the module from one registry and the docs from the other). The lock is a file
 * created exclusively beside the directory (`.generated.model-registry.lock`, so a run that fails validation does
 * not create the directory), holding the owner's pid; a lock whose owner no longer runs (killed) is taken over.
 */
export function outputLockPath(outDir: string): string {
  return join(dirname(outDir), `.${basename(outDir)}.model-registry.lock`);
}

interface OutputLock {
  release(): void;
}

export type LockOutcome = { ok: true; lock: OutputLock } | { ok: false; reason: "aborted" } | { ok: false; reason: "timeout"; owner: number };

const POLL_MS = 50;

interface AcquireOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Called once, when the lock is first found held by another live process: the run is about to wait for it. */
  onWait?: (owner: number) => void;
}

/** Waits (yielding, so a signal still stops the run) until the lock is ours, the signal aborts, or `timeoutMs` passes. */
export async function acquireOutputLock(outDir: string, options: AcquireOptions = {}): Promise<LockOutcome> {
  const path = outputLockPath(outDir);
  const deadline = Date.now() + (options.timeoutMs ?? 10 * 60_000);
  mkdirSync(dirname(path), { recursive: true });
  let waitAnnounced = false;
  for (;;) {
    if (tryCreate(path)) return { ok: true, lock: { release: () => releaseIfOurs(path) } };
    const owner = ownerOf(path);
    if (owner === undefined || (owner !== "starting" && !isProcessAlive(owner))) {
      // The owner was killed (or the file is not a lock we wrote): take it over. The exclusive create decides a race.
      rmSync(path, { force: true, recursive: true });
      continue;
    }
    if (!waitAnnounced && owner !== "starting") {
      waitAnnounced = true;
      options.onWait?.(owner);
    }
    if (options.signal?.aborted) return { ok: false, reason: "aborted" };
    if (Date.now() > deadline) return { ok: false, reason: "timeout", owner: owner === "starting" ? 0 : owner };
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

function tryCreate(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, "wx");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
  try {
    writeSync(fd, `${process.pid}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

/** The pid in the lock file; "starting" for a lock just created whose pid is not written yet; undefined when stale or not ours. */
function ownerOf(path: string): number | "starting" | undefined {
  const text = readTextIfRegular(path, 64);
  if (text === undefined) return undefined;
  const pid = Number(text.trim());
  if (text.trim() !== "" && Number.isInteger(pid) && pid > 0) return pid;
  // Empty: its creator is between the create and the write, unless that was long ago (killed right then).
  return text === "" && Date.now() - (statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? 0) < 5_000 ? "starting" : undefined;
}

function releaseIfOurs(path: string): void {
  if (ownerOf(path) === process.pid) rmSync(path, { force: true });
}
