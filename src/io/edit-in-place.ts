import { createHash, randomBytes } from "node:crypto";
import { chmodSync, lstatSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, sep } from "node:path";
import { readRegularFile } from "./read-input";

/**
 * Replacing a file the user owns (a source file `usages --fix` rewrites, a package.json `init` edits): unlike
 * generated outputs, these files are the user's, so a replacement must change only what was asked.
 */
export interface InPlaceEdit {
  /** The path as the tool found it (may be a symlink). */
  path: string;
  /** The text the edit was planned from, as read (a byte order mark may have been dropped by the reader). */
  before: string;
  after: string;
}

export type InPlaceOutcome = { kind: "written"; target: string } | { kind: "skipped"; reason: string };

const BOM = "\uFEFF";

/**
 * Writes `edit.after` over the file, only when:
 * - its real path (symlinks followed) is a regular file inside `root` and not under a node_modules directory
 *   (a symlink is written through to its target, never replaced by a copy);
 * - it is writable by someone (a 0444 file is refused: the user made it read-only);
 * - it still holds `edit.before` (an edit made since it was read is never overwritten).
 * The file keeps its byte order mark, mode and (edits being in-line) its line endings; the replacement is a
 * complete temporary sibling renamed into place, named as `write.ts` names them so a later run removes it when
 * this process was killed.
 */
export function replaceInPlace(edit: InPlaceEdit, root: string): InPlaceOutcome {
  const target = realPathOf(edit.path);
  if (target === undefined) return { kind: "skipped", reason: "it no longer exists" };
  const outside = outsideRootReason(target, root, edit.path);
  if (outside !== undefined) return { kind: "skipped", reason: outside };
  const stats = statSync(target);
  if ((stats.mode & 0o222) === 0) return { kind: "skipped", reason: "it is read-only (no write permission); make it writable to apply the fix" };
  const current = readRegularFile(target);
  if (!current.ok) return { kind: "skipped", reason: `it cannot be read again before writing: ${current.reason}` };
  const text = current.bytes.toString("utf8");
  const hadBom = text.startsWith(BOM);
  if (digest(withoutBom(text)) !== digest(withoutBom(edit.before))) {
    return { kind: "skipped", reason: "it changed since it was read (an edit made while --fix ran is kept); run --fix again" };
  }
  const contents = hadBom && !edit.after.startsWith(BOM) ? BOM + edit.after : edit.after;
  replaceAtomically(target, contents, stats.mode & 0o7777);
  return { kind: "written", target };
}

/** The temporary-sibling-then-rename step, keeping the replaced file's mode. */
export function replaceAtomically(target: string, contents: string, mode: number): void {
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    writeFileSync(temporary, contents, { encoding: "utf8", flag: "wx", mode });
    chmodSync(temporary, mode); // the umask may have narrowed it
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** Why a real path may not be written, or undefined when it may. */
function outsideRootReason(target: string, root: string, shownPath: string): string | undefined {
  const realRoot = realPathOf(root) ?? root;
  const inside = relative(realRoot, target);
  const viaLink = isSymlink(shownPath) || target !== shownPath ? ` (${shownPath} resolves to ${target})` : "";
  if (inside === "" || inside.startsWith("..") || isAbsolute(inside))
    return `it is outside the project ${realRoot}${viaLink}; only files inside it are rewritten`;
  if (inside.split(sep).includes("node_modules")) return `it is under node_modules${viaLink}; dependencies are never rewritten`;
  if (!lstatSync(target).isFile()) return "it is not a regular file";
  return undefined;
}

function realPathOf(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function withoutBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

function digest(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
