import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import type { Diagnostic } from "../shared/diagnostics";
import { packageRoot, packageVersion } from "./paths";
import { readRegularFile, readTextIfRegular } from "./read-input";

/**
 * What a successful `generate` read and wrote, so the next run with the same settings can tell, by content
 * hashes alone and without loading the generator, that it would write the same bytes again.
 *
 * Kept in `node_modules/.cache/model-registry/` (the cache directory convention of babel, eslint and others)
 * rather than in the generated files, because a run's outcome also depends on the day: lifecycle rules judge
 * shutdown dates against it, and the generated files must not.
 */
export interface RunRecord {
  /** Digest of the settings and the generator's own code: a different one is a different run. */
  key: string;
  /** The day the lifecycle rules were judged on; another day runs them again. */
  judgedOn: string;
  /** Every file the run read (registry, its bases, schema, config, the package.json deciding the module format). */
  inputs: Record<string, FileStamp>;
  /** Every file the run produced, as it is on disk after the run. */
  outputs: Record<string, FileStamp>;
  /** Per directory above the generated module: digest of the names of the settings files it holds. */
  settingsDirectories: Record<string, string>;
  /** The warnings the run reported, shown again when a later run is skipped. */
  diagnostics: Diagnostic[];
}

/**
 * A file's content hash and, as git's index keeps them, its size and modification time. Inputs (the registry, its
 * bases, the schema, config files: small) are always judged by their content hash, so a same-size edit whose time
 * was restored (`cp -p`, `rsync -a`) is seen. An output whose size and time are as recorded is taken as unchanged
 * without reading it (at 5,000 models the outputs are ~10 MB, and hashing them would cost more than Node's own
 * start); any other output is read and its hash compared.
 */
interface FileStamp {
  sha256: string;
  size: number;
  mtimeMs: number;
}

const CACHE_VERSION = 2;

/** Where a project's run records live, or undefined when it has no node_modules to hold them. */
export function runCacheDirectory(projectDir: string): string | undefined {
  const nodeModules = join(projectDir, "node_modules");
  return existsSync(nodeModules) ? join(nodeModules, ".cache", "model-registry") : undefined;
}

export function runCachePath(directory: string, key: string): string {
  return join(directory, `${key.slice(0, 16)}.json`);
}

/** A digest of the run's settings and the generator's code (generatorCodeDigest). */
export function runKey(settings: unknown): string {
  return createHash("sha256")
    .update(JSON.stringify({ cache: CACHE_VERSION, code: generatorCodeDigest(), settings }))
    .digest("hex");
}

let codeDigest: string | undefined;

/**
 * A digest of the package version and the generator's code, once per process: a build's id (written by
 * scripts/build.ts over the contents of dist/) when running from one, else the code files' sizes and times.
 */
export function generatorCodeDigest(): string {
  if (codeDigest === undefined) {
    const hash = createHash("sha256").update(packageVersion());
    const buildId = runningBuildId();
    if (buildId !== undefined) hash.update(`build ${buildId}`);
    else for (const file of codeFiles()) hash.update(file);
    codeDigest = hash.digest("hex");
  }
  return codeDigest;
}

/** Written into dist/ by the build: a digest of everything the build produced. */
export const BUILD_ID_FILE = "build-id.txt";

let buildId: { value: string | undefined } | undefined;

/** The id of the build this code runs from, or undefined when it runs from sources (tsx, jest); read once. */
export function runningBuildId(): string | undefined {
  if (buildId === undefined) {
    buildId = { value: readTextIfRegular(join(CODE_TREE, "..", BUILD_ID_FILE))?.trim() || undefined };
  }
  return buildId.value;
}

/** The tree of code this module runs from: dist/src/ in a build (the build id is written beside it), src/ under tsx. */
const CODE_TREE = resolve(__dirname, "..");

/** The record, if every input and output still has the recorded content and the day matches; else undefined. */
export function upToDateRecord(path: string, key: string, judgedOn: string): RunRecord | undefined {
  const record = readRecord(path);
  if (record === undefined || record.key !== key || record.judgedOn !== judgedOn) return undefined;
  const inputsUnchanged = Object.entries(record.inputs).every(([path, stamp]) => stampOf(path)?.sha256 === stamp.sha256);
  const outputsUnchanged = Object.entries(record.outputs).every(([path, stamp]) => isUnchanged(path, stamp));
  const sameSettingsFiles = Object.entries(record.settingsDirectories).every(([directory, digest]) => settingsFilesDigest(directory) === digest);
  return inputsUnchanged && outputsUnchanged && sameSettingsFiles ? record : undefined;
}

/** Records a run; the cache is only a shortcut, so failing to write it never fails the run. */
export function recordRun(
  path: string,
  record: Omit<RunRecord, "inputs" | "outputs" | "settingsDirectories"> & {
    inputs: readonly string[];
    outputs: ReadonlyArray<{ path: string; contents: string }>;
    /** The directory of the generated module: a settings file appearing above it can change the output. */
    outDir: string;
  },
): void {
  const inputs: Record<string, FileStamp> = {};
  for (const file of record.inputs) {
    const stamp = stampOf(file);
    if (stamp === undefined) return;
    inputs[file] = stamp;
  }
  const outputs: Record<string, FileStamp> = {};
  for (const file of record.outputs) {
    const stats = statIfPresent(file.path);
    if (stats === undefined) return;
    outputs[file.path] = { sha256: contentDigest(file.contents), size: stats.size, mtimeMs: stats.mtimeMs };
  }
  const settingsDirectories = Object.fromEntries(ancestors(record.outDir).map((directory) => [directory, settingsFilesDigest(directory)]));
  const { outDir: _outDir, ...rest } = record;
  const contents = JSON.stringify({ ...rest, inputs, outputs, settingsDirectories } satisfies RunRecord) + "\n";
  try {
    mkdirSync(dirname(path), { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    // `wx`: a FIFO or anything else already at the temporary name fails the write instead of blocking it.
    rmSync(temporary, { force: true });
    writeFileSync(temporary, contents, { flag: "wx" });
    renameSync(temporary, path);
  } catch {
    // A read-only node_modules or a full disk costs the next run its shortcut, nothing else.
  }
}

/** A record that is not a regular file of bounded size (a FIFO, a device) is no record: never waited on. */
function readRecord(path: string): RunRecord | undefined {
  const text = readTextIfRegular(path);
  if (text === undefined) return undefined;
  try {
    const record = JSON.parse(text) as RunRecord | null;
    if (typeof record !== "object" || record === null) return undefined;
    const isObject = (value: unknown) => typeof value === "object" && value !== null;
    return typeof record.key === "string" && isObject(record.inputs) && isObject(record.outputs) && isObject(record.settingsDirectories) ? record : undefined;
  } catch {
    return undefined;
  }
}

/** What a skipped run trusted, as `generate` says it. */
export const UP_TO_DATE_CHECKS = "inputs by content hash, outputs by size and modification time (--force regenerates)";

function isUnchanged(path: string, stamp: FileStamp): boolean {
  const stats = statIfPresent(path);
  if (stats === undefined || stats.size !== stamp.size) return false;
  return stats.mtimeMs === stamp.mtimeMs || stampOf(path)?.sha256 === stamp.sha256;
}

function stampOf(path: string): FileStamp | undefined {
  const read = readRegularFile(path);
  if (!read.ok) return undefined;
  const stats = statIfPresent(path);
  return stats === undefined ? undefined : { sha256: contentDigest(read.bytes), size: stats.size, mtimeMs: stats.mtimeMs };
}

function statIfPresent(path: string): { size: number; mtimeMs: number } | undefined {
  try {
    const stats = statSync(path);
    return stats.isFile() ? stats : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Names of the files in `directory` that can decide the output's form: package.json (its "type" picks the module
 * format) and tsconfig.json (one governing the output directory makes the module TypeScript). A new one there can
 * change the output even though no file the last run read has changed. The module is printed in one fixed style, so
 * formatter settings (prettier, .editorconfig) are not among them.
 */
function settingsFilesDigest(directory: string): string {
  let names: string[];
  try {
    names = readdirSync(directory).filter((name) => /^(?:package|tsconfig)\.json$/.test(name));
  } catch {
    names = [];
  }
  return contentDigest(names.sort().join("\n"));
}

function ancestors(directory: string): string[] {
  const all = [directory];
  while (dirname(all[all.length - 1]!) !== all[all.length - 1]) all.push(dirname(all[all.length - 1]!));
  return all;
}

function contentDigest(contents: string | Buffer): string {
  return createHash("sha256").update(contents).digest("hex");
}

/**
 * The generator's code as `path size mtime` lines, from the code tree this module runs from, so editing the
 * generator in this repository invalidates the cache even without a version bump. Stats only: hashing the code
 * would cost more than the run it saves.
 */
function codeFiles(): string[] {
  const root = packageRoot();
  const lines: string[] = [];
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) {
        const stats = statSync(path);
        lines.push(`${relative(root, path)} ${stats.size} ${stats.mtimeMs}\n`);
      }
    }
  };
  walk(CODE_TREE);
  return lines;
}
