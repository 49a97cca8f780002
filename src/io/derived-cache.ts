import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { nearestPackageDirectory, packageRoot } from "./paths";
import { readTextIfRegular } from "./read-input";
import { generatorCodeDigest, runCacheDirectory, runningBuildId } from "./run-cache";

/**
 * What a costly step derives from its inputs alone, kept under a digest of those inputs and the generator's code:
 * the schema compiled to validator code by ajv, so a run with the bundled schema loads none of ajv's compiler.
 * Content-addressed, so a hit is always what the step would compute now.
 *
 * Validator code is run, and anyone who can write a project's cache directory (a CI restoring
 * `node_modules/.cache` from another job) could compute a matching digest for code of their own: so code is read
 * only from the running build's shipped entries (as trusted as the code running), never from a project's cache.
 * Since the module is printed without formatter or type-generator output, the validator is the only kind, so a
 * project's own `derived/` directory stays empty (design.md, "What remains").
 */
export interface DerivedCache {
  /** The text stored for `inputs`, or undefined. */
  read(kind: DerivedKind, inputs: unknown): string | undefined;
  /** Stores `text` for `inputs`; never fails the run (a read-only or full disk only costs the next run the shortcut). */
  write(kind: DerivedKind, inputs: unknown, text: string): void;
}

type DerivedKind = "validator";

/** Kinds whose text the generator runs as code. */
const CODE_KINDS: ReadonlySet<DerivedKind> = new Set(["validator"]);

/** Entries kept per kind; the oldest beyond this are removed when one is added (watch mode adds one per schema edit). */
const ENTRIES_PER_KIND = 32;

/**
 * The cache a run uses: `setting` when it names a directory (relative to `cwd`), none when it is false, else
 * `derived/` beside the run records of the project that holds the registry, when that project has a node_modules.
 */
export function derivedCacheFor(setting: string | false | undefined, registryPath: string, cwd: string): DerivedCache | undefined {
  if (setting === false) return undefined;
  if (setting !== undefined) {
    const directory = resolve(cwd, setting);
    // The build derives the shipped entries into the package's own dist/ (scripts/build.ts): that one may hold code.
    return withShippedEntries(derivedCacheIn(directory, { holdsCode: directory === shippedDirectory() }));
  }
  const records = runCacheDirectory(nearestPackageDirectory(dirname(registryPath)) ?? cwd);
  return withShippedEntries(records === undefined ? undefined : derivedCacheIn(join(records, "derived")));
}

/** Where a build keeps what it derived from the bundled schema (scripts/build.ts), beside its build id. */
export const SHIPPED_DERIVED_DIRECTORY = "derived";

/**
 * Reads fall back to the entries the running build shipped for the bundled schema (its validator code), so even a project's first run skips compiling it; writes go to the project's cache only. Code running
 * from sources has no build id and so no shipped entries: its own digest would never match them.
 */
function withShippedEntries(project: DerivedCache | undefined): DerivedCache | undefined {
  if (runningBuildId() === undefined) return project;
  const shipped = derivedCacheIn(shippedDirectory(), { holdsCode: true });
  return {
    read: (kind, inputs) => project?.read(kind, inputs) ?? shipped.read(kind, inputs),
    write: (kind, inputs, text) => project?.write(kind, inputs, text),
  };
}

function shippedDirectory(): string {
  return join(packageRoot(), "dist", SHIPPED_DERIVED_DIRECTORY);
}

/** A cache in `directory` (created on first write); code kinds are neither read nor written unless it `holdsCode`. */
export function derivedCacheIn(directory: string, { holdsCode = false }: { holdsCode?: boolean } = {}): DerivedCache {
  const pathOf = (kind: DerivedKind, inputs: unknown) => join(directory, `${kind}-${entryDigest(kind, inputs)}.txt`);
  const mayHold = (kind: DerivedKind) => holdsCode || !CODE_KINDS.has(kind);
  return {
    read(kind, inputs) {
      if (!mayHold(kind)) return undefined;
      // Not a regular file of bounded size (a FIFO, a device): a miss, rebuilt and replaced by write().
      const stored = readTextIfRegular(pathOf(kind, inputs));
      if (stored === undefined) return undefined;
      const newline = stored.indexOf("\n");
      const text = stored.slice(newline + 1);
      return newline > 0 && stored.slice(0, newline) === textDigest(text) ? text : undefined;
    },
    write(kind, inputs, text) {
      if (!mayHold(kind)) return;
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
