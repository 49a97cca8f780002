// The bins that tests start as child processes run the sources compiled to CommonJS, one file per module as tsc
// compiles them into dist/, rather than through tsx's loader: the loader costs each process about 0.5 s of CPU
// (docs/benchmark.md), and the suite starts some fifty. jest's global setup compiles them once per run, and again only
// when a source changes. The compiled tree lies inside the repository (node_modules/.cache), so the code finds the
// package root above it, and runs as the sources do under tsx: with no build id, stamping its own src/ in run records.
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { build, version as esbuildVersion } from "esbuild";

const ROOT = resolve(__dirname, "../..");
const CACHE = join(ROOT, "node_modules", ".cache", "model-registry-test");
const BINS = ["scripts/model-registry.ts", "scripts/migrate.ts", "scripts/import-litellm.ts"];
/** Marks a finished compile: a directory without it was left by an interrupted run. */
const COMPLETE = ".complete";
const DAY_MS = 24 * 60 * 60 * 1000;

/** Set by the global setup for the test workers. */
const DIRECTORY_VARIABLE = "MODEL_REGISTRY_TEST_COMPILED_SOURCES";

const BUILD_OPTIONS = {
  outbase: ROOT,
  format: "cjs",
  platform: "node",
  target: "node20",
  // As tsc does for CommonJS: `import("../src/cli/main")` becomes a require, which resolves extensionless paths.
  supported: { "dynamic-import": false },
  logLevel: "warning",
} as const;

function sourceFiles(directory: string, extension: string): string[] {
  return readdirSync(join(ROOT, directory), { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(extension) && !name.endsWith(".d.ts"))
    .map((name) => join(directory, name))
    .sort();
}

function inputs(): { compiled: string[]; copied: string[] } {
  return { compiled: [...sourceFiles("src", ".ts"), ...BINS], copied: sourceFiles("generated", ".js") };
}

function digestOf(files: readonly string[]): string {
  const hash = createHash("sha256").update(`${esbuildVersion}\0${JSON.stringify(BUILD_OPTIONS)}\0`);
  for (const file of files)
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(ROOT, file)))
      .update("\0");
  return hash.digest("hex").slice(0, 16);
}

/** Compiles the sources unless this content was compiled already; returns the directory. */
export async function compileSources(): Promise<string> {
  const { compiled, copied } = inputs();
  const directory = join(CACHE, `sources-${digestOf([...compiled, ...copied])}`);
  if (existsSync(join(directory, COMPLETE))) return directory;
  mkdirSync(CACHE, { recursive: true });
  const scratch = mkdtempSync(join(CACHE, "scratch-"));
  try {
    await build({ ...BUILD_OPTIONS, entryPoints: compiled.map((file) => join(ROOT, file)), outdir: scratch });
    for (const file of copied) {
      mkdirSync(join(scratch, file, ".."), { recursive: true });
      copyFileSync(join(ROOT, file), join(scratch, file));
    }
    writeFileSync(join(scratch, COMPLETE), "");
    publish(scratch, directory);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  removeStale(directory);
  return directory;
}

/** Moves the compile into place; another run that compiled the same content first wins (its copy is the same). */
function publish(scratch: string, directory: string): void {
  try {
    renameSync(scratch, directory);
  } catch (error) {
    if (!existsSync(join(directory, COMPLETE))) throw error;
  }
}

/** Other compiles untouched for a day: a run still using one (its sources differ) is long over by then. */
function removeStale(current: string): void {
  for (const name of readdirSync(CACHE)) {
    const path = join(CACHE, name);
    const modified = statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
    if (path !== current && Date.now() - modified > DAY_MS) rmSync(path, { recursive: true, force: true });
  }
}

export function publishCompiledSources(directory: string): void {
  process.env[DIRECTORY_VARIABLE] = directory;
}

/** Where `source` (a path from the repository root, such as `src/cli/main.ts`) runs compiled. */
export function compiledModule(source: string): string {
  const directory = process.env[DIRECTORY_VARIABLE];
  if (directory === undefined) throw new Error(`${DIRECTORY_VARIABLE} is unset: the compiled sources come from jest's global setup (jest.config.js)`);
  return join(directory, relative(ROOT, resolve(ROOT, source)).replace(/\.ts$/, ".js"));
}
