import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from "node:fs";

/** Larger than any plausible registry (20,000 models are about 8 MB), small enough that /dev/zero-like input cannot exhaust memory. */
const DEFAULT_MAX_INPUT_BYTES = 64 * 1024 * 1024;

export type InputReadResult = { ok: true; bytes: Buffer } | { ok: false; reason: string; code?: string };

/**
 * Reads an input file (registry, schema) only if it is a regular file of at most `maxBytes`.
 *
 * Opened non-blocking, so a FIFO without a writer does not block the process (a blocked read would
 * also keep SIGINT/SIGTERM handlers from ever running); the type is checked on the open descriptor,
 * so a file swapped for a FIFO between a stat and the open cannot slip through. Symlinks are followed.
 */
export function readRegularFile(path: string, maxBytes = DEFAULT_MAX_INPUT_BYTES): InputReadResult {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return failure(error as NodeJS.ErrnoException);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { ok: false, reason: `it is ${describeFileType(stats)}, not a regular file`, code: "ENOTREG" };
    if (stats.size > maxBytes) return tooLarge(stats.size, maxBytes);
    return readAtMost(fd, maxBytes);
  } catch (error) {
    return failure(error as NodeJS.ErrnoException);
  } finally {
    closeSync(fd);
  }
}

/** Reads to the end, but never more than `maxBytes` (a file may grow after fstat). */
function readAtMost(fd: number, maxBytes: number): InputReadResult {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, maxBytes + 1 - total));
    const read = readSync(fd, chunk, 0, chunk.length, null);
    if (read === 0) break;
    chunks.push(chunk.subarray(0, read));
    total += read;
    if (total > maxBytes) return tooLarge(total, maxBytes);
  }
  return { ok: true, bytes: Buffer.concat(chunks, total) };
}

function tooLarge(size: number, maxBytes: number): InputReadResult {
  return {
    ok: false,
    reason: `it is larger than the limit of ${maxBytes.toLocaleString("en-US")} bytes (${size.toLocaleString("en-US")}+ bytes)`,
    code: "EFBIG",
  };
}

function describeFileType(stats: Stats): string {
  if (stats.isDirectory()) return "a directory";
  if (stats.isFIFO()) return "a named pipe (FIFO)";
  if (stats.isCharacterDevice()) return "a character device (such as /dev/zero)";
  if (stats.isBlockDevice()) return "a block device";
  if (stats.isSocket()) return "a socket";
  return "not a regular file";
}

/** A file a command must read is not a regular file of bounded size, or cannot be read: input the user can fix (exit 1). */
export class UnreadableFileError extends Error {
  constructor(
    readonly path: string,
    readonly reason: string,
    readonly code?: string,
  ) {
    super(`cannot read ${path}: ${reason}`);
    this.name = "UnreadableFileError";
  }
}

/** The bytes of a regular file of bounded size, through `readRegularFile`; anything else throws UnreadableFileError. */
function readBoundedFile(path: string, maxBytes = DEFAULT_MAX_INPUT_BYTES): Buffer {
  const read = readRegularFile(path, maxBytes);
  if (!read.ok) throw new UnreadableFileError(path, read.reason, read.code);
  return read.bytes;
}

/** `readBoundedFile` decoded as UTF-8 (a byte order mark, if any, kept: callers that edit in place need it). */
export function readBoundedText(path: string, maxBytes = DEFAULT_MAX_INPUT_BYTES): string {
  return readBoundedFile(path, maxBytes).toString("utf8");
}

/** The file's text, or undefined when it is not a readable regular file of bounded size (caches, optional files). */
export function readTextIfRegular(path: string, maxBytes = DEFAULT_MAX_INPUT_BYTES): string | undefined {
  const read = readRegularFile(path, maxBytes);
  return read.ok ? read.bytes.toString("utf8") : undefined;
}

function failure(error: NodeJS.ErrnoException): InputReadResult {
  const reason =
    error.code === "ENOENT"
      ? "the file does not exist"
      : error.code === "EISDIR"
        ? "it is a directory"
        : error.code === "EACCES"
          ? "permission denied"
          : (error.code ?? error.message);
  return { ok: false, reason, ...(error.code !== undefined ? { code: error.code } : {}) };
}
