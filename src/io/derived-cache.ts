import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { packageRoot } from "./paths";
import { readTextIfRegular } from "./read-input";
import { generatorCodeDigest, runningBuildId } from "./run-cache";

/**
 * What a costly step derives from its inputs alone, kept under a digest of those inputs and the generator's code:
 * the schema compiled to validator code by ajv, so a run with the bundled schema loads none of ajv's compiler.
 * Content-addressed, so a hit is always what the step would compute now.
 *
 * Validator code is run, and anyone who can write a project's cache directory (a CI restoring
 * `node_modules/.cache` from another job) could compute a matching digest for code of their own: so the only
 * directory read is the one the running build shipped (as trusted as the code running), and the only writer is
 * that build (scripts/build.ts). A project keeps no derived text of its own.
 */
export interface DerivedCache {
  /** The text stored for `inputs`, or undefined. */
  read(kind: DerivedKind, inputs: unknown): string | undefined;
  /** Stores `text` for `inputs`; never fails the run (a read-only or full disk only costs the next run the shortcut). */
  write(kind: DerivedKind, inputs: unknown, text: string): void;
}

type DerivedKind = "validator";

/** Entries kept per kind; the oldest beyond this are removed when one is added. */
const ENTRIES_PER_KIND = 32;

/** Where a build keeps what it derived from the bundled schema (scripts/build.ts), beside its build id. */
export const SHIPPED_DERIVED_DIRECTORY = "derived";

/**
 * The cache a run uses: none when `setting` is false; the running package's own `dist/derived` to write into when
 * `setting` names it (its build derives the shipped entries there); else that directory read-only, when the code
 * running is a build (code running from sources has no build id, so its digests never match the shipped entries).
 */
export function derivedCacheFor(setting: string | false | undefined, cwd: string): DerivedCache | undefined {
  if (setting === false) return undefined;
  const shipped = derivedCacheIn(shippedDirectory());
  if (setting !== undefined && resolve(cwd, setting) === shippedDirectory()) return shipped;
  if (runningBuildId() === undefined) return undefined;
  return { read: shipped.read, write: () => {} };
}

function shippedDirectory(): string {
  return join(packageRoot(), "dist", SHIPPED_DERIVED_DIRECTORY);
}

/** A cache in `directory` (created on first write). */
export function derivedCacheIn(directory: string): DerivedCache {
  const pathOf = (kind: DerivedKind, inputs: unknown) => join(directory, `${kind}-${entryDigest(kind, inputs)}.txt`);
  return {
    read(kind, inputs) {
      // Not a regular file of bounded size (a FIFO, a device): a miss, rebuilt and replaced by write().
      const stored = readTextIfRegular(pathOf(kind, inputs));
      if (stored === undefined) return undefined;
      const newline = stored.indexOf("\n");
      const text = stored.slice(newline + 1);
      return newline > 0 && stored.slice(0, newline) === textDigest(text) ? text : undefined;
    },
    write(kind, inputs, text) {
      const path = pathOf(kind, inputs);
      try {
        mkdirSync(directory, { recursive: true });
        const temporary = `${path}.${process.pid}.tmp`;
        // The text's own digest first: an entry changed on disk by anything but this code reads as a miss.
        rmSync(temporary, { force: true });
        writeFileSync(temporary, `${textDigest(text)}\n${text}`, { flag: "wx" }); // never into a FIFO left there
        renameSync(temporary, path);
        pruneKind(directory, kind);
      } catch {
        // The cache is only a shortcut.
      }
    },
  };
}

/** The installed version of a package the derived text depends on (ajv, ajv-formats): another version, another entry. */
export function dependencyVersion(name: string): string {
  return (require(`${name}/package.json`) as { version: string }).version;
}

function entryDigest(kind: DerivedKind, inputs: unknown): string {
  return createHash("sha256")
    .update(JSON.stringify({ kind, code: generatorCodeDigest(), inputs }))
    .digest("hex")
    .slice(0, 32);
}

function textDigest(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

function pruneKind(directory: string, kind: DerivedKind): void {
  const entries = readdirSync(directory)
    .filter((name) => name.startsWith(`${kind}-`) && name.endsWith(".txt"))
    .map((name) => ({ path: join(directory, name), mtimeMs: statSync(join(directory, name)).mtimeMs }))
    .sort((a, b) => b.mtimeMs - a.mtimeMs);
  for (const stale of entries.slice(ENTRIES_PER_KIND)) rmSync(stale.path, { force: true });
}
