import { existsSync, readdirSync, realpathSync, statSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import ts from "typescript";
import { readTextIfRegular, UnreadableFileError } from "../io/read-input";
import { readTsconfig, ScanProgram } from "./program";

export type ConfigLanguage = "json" | "yaml" | "env";

/** What `usages` scans: a TypeScript program, plus configuration files given by name. */
export interface ScanTarget {
  project: ScanProgram;
  /** Absolute paths of the JSON, YAML and .env files to scan as text. */
  configFiles: Array<{ path: string; language: ConfigLanguage }>;
}

export interface ProjectSpec {
  cwd: string;
  /** A tsconfig.json (default: `tsconfig.json` in `cwd` when no files are given). */
  tsconfig?: string;
  /** Files, directories and globs; TS/JS files join the program, JSON/YAML/.env files are scanned as text. */
  patterns: readonly string[];
}

/** The project could not be loaded as asked (a usage error). */
export class ProjectInputError extends Error {}

const SOURCE_EXTENSIONS = new Set([".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"]);

export function loadScanTarget(spec: ProjectSpec): ScanTarget {
  const tsconfig = tsconfigPath(spec);
  const project = createProject(tsconfig, spec);
  const configFiles: ScanTarget["configFiles"] = [];
  for (const path of expandPatterns(spec)) {
    const language = configLanguage(path);
    if (language !== undefined) configFiles.push({ path, language });
    else if (SOURCE_EXTENSIONS.has(extname(path))) project.addFile(path);
    else throw new ProjectInputError(`cannot scan ${path}: expected a TypeScript/JavaScript, JSON, YAML or .env file`);
  }
  if (project.rootCount === 0 && configFiles.length === 0) {
    throw new ProjectInputError("nothing to scan: no tsconfig.json here and no files given (pass --project <tsconfig> or files)");
  }
  return { project, configFiles };
}

function createProject(tsconfig: string | undefined, spec: ProjectSpec): ScanProgram {
  if (tsconfig === undefined) {
    // Files or directories named without --project: the tsconfig.json here still says how they compile.
    const here = resolve(spec.cwd, "tsconfig.json");
    if (spec.patterns.length > 0 && existsSync(here)) return loadProject(here, spec, true);
    return new ScanProgram([], defaultCompilerOptions());
  }
  return loadProject(tsconfig, spec, false);
}

function loadProject(tsconfig: string, spec: ProjectSpec, optionsOnly: boolean): ScanProgram {
  try {
    const { options, files } = readTsconfig(tsconfig);
    // allowJs: .js files named on the command line join the program even when the tsconfig leaves them out.
    return optionsOnly ? new ScanProgram([], { ...options, allowJs: true }) : new ScanProgram(files, options);
  } catch (error) {
    if (error instanceof UnreadableFileError) throw error;
    throw new ProjectInputError(`cannot load ${spec.tsconfig ?? "tsconfig.json"}: ${(error as Error).message.split("\n")[0]}`);
  }
}

function tsconfigPath(spec: ProjectSpec): string | undefined {
  if (spec.tsconfig !== undefined) {
    const path = resolve(spec.cwd, spec.tsconfig);
    if (!existsSync(path)) throw new ProjectInputError(`cannot read ${spec.tsconfig}: no such file`);
    return path;
  }
  if (spec.patterns.length > 0) return undefined;
  const fallback = resolve(spec.cwd, "tsconfig.json");
  return existsSync(fallback) ? fallback : undefined;
}

function defaultCompilerOptions(): ts.CompilerOptions {
  return { allowJs: true, strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS, skipLibCheck: true, noEmit: true };
}

/** Literal paths must exist; globs may match nothing; a directory stands for the files in it a user means (see `filesInDirectory`). */
function expandPatterns(spec: ProjectSpec): string[] {
  const paths: string[] = [];
  for (const pattern of spec.patterns) {
    const absolute = resolve(spec.cwd, pattern);
    if (!/[*?[{]/.test(pattern)) {
      if (!existsSync(absolute)) throw new ProjectInputError(`cannot read ${pattern}: no such file`);
      paths.push(...(statSync(absolute).isDirectory() ? filesInDirectory(absolute) : [absolute]));
      continue;
    }
    paths.push(...globFiles(absolute.split("\\").join("/")));
  }
  return uniqueByRealPath(paths).sort();
}

/** The files a glob matches, as the compiler matches a tsconfig's `include` (never inside node_modules). */
function globFiles(pattern: string): string[] {
  const base = pattern.slice(0, pattern.search(/[*?[{]/)).replace(/\/[^/]*$/, "") || "/";
  return ts.sys.readDirectory(base, undefined, ["**/node_modules"], [pattern]);
}

/** A glob over `src/self -> .` matches one file under many names: each file is scanned once, under its first name. */
function uniqueByRealPath(paths: readonly string[]): string[] {
  const seen = new Set<string>();
  return [...paths].sort().filter((path) => {
    let real: string;
    try {
      real = realpathSync(path);
    } catch {
      real = path;
    }
    if (seen.has(real)) return false;
    seen.add(real);
    return true;
  });
}

/** Directories no one means by `usages .`: installed packages, version control and tool state, build output. */
const SKIPPED_DIRECTORIES = new Set(["node_modules", "dist", "build", "out", "coverage"]);
/** Files in a directory that hold no uses: the generator's own output, lockfiles, compiler settings and schemas. */
const SKIPPED_FILES =
  /^(?:models\.generated\..*|model-registry-runtime\..*|.*\.d\.[mc]?ts|package-lock\.json|pnpm-lock\.yaml|tsconfig.*\.json|jsconfig\.json|.*\.schema\.json)$/;
/** A registry YAML (`version:` and the top-level keys of one): it names every model, so scanning it would list them all. */
const REGISTRY_KEYS = /^version:[ \t]*\d[\s\S]*^(?:models|providers|extends|overrides|remove):/m;

/** The TS/JS sources and JSON/YAML/.env files under `dir`, sorted, without what `SKIPPED_DIRECTORIES` and `SKIPPED_FILES` exclude and without registry YAML files. */
function filesInDirectory(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith(".") && !SKIPPED_DIRECTORIES.has(entry.name)) files.push(...filesInDirectory(path));
      continue;
    }
    if (!entry.isFile() || SKIPPED_FILES.test(entry.name)) continue;
    const language = configLanguage(path);
    if (language === "yaml" && REGISTRY_KEYS.test(readTextIfRegular(path) ?? "")) continue;
    if (language !== undefined || SOURCE_EXTENSIONS.has(extname(path))) files.push(path);
  }
  return files;
}

function configLanguage(path: string): ConfigLanguage | undefined {
  const extension = extname(path).toLowerCase();
  if (extension === ".json") return "json";
  if (extension === ".yaml" || extension === ".yml") return "yaml";
  const name = path.split(/[\\/]/).pop() ?? "";
  if (name === ".env" || name.startsWith(".env.") || extension === ".env") return "env";
  return undefined;
}
