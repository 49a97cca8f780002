import { readRegularFile } from "../io/read-input";
import { CONFIG_FILE_NAME } from "../shared/defaults";
import { dirname, join, resolve } from "node:path";
import { nearestPackageDirectory } from "../io/paths";
import { InputError } from "../shared/input-error";
import { isRecord } from "../shared/records";

/** A project's settings. Paths are relative to the file that holds them. Every field is optional; flags override. */
export interface ProjectConfig {
  /** The registry YAML. Default: `models/model_registry.yaml`. */
  registry?: string;
  /** Output directory of the generated module. Default: `generated`. */
  outDir?: string;
  /** JSON Schema to validate against. Default: the one shipped with the package. */
  schema?: string;
  /** `esm` or `cjs`. Default: from the package.json `type`. */
  moduleFormat?: "esm" | "cjs";
  /** `ts` or `js`. Default: `ts` where a tsconfig.json governs the output directory, else `js`. */
  language?: "ts" | "js";
  /** `bundled` (default: a copy beside the output), a path to a runtime module, or a package specifier. */
  runtime?: string;
  /** Also write the docs: `true` for the default paths, or the paths (each optional). */
  docs?: boolean | { markdown?: string; chart?: string; timeline?: string; catalogue?: string; readme?: string };
  /** The command that regenerates in this project, shown in banners and hints. Default: `npx model-registry generate`. */
  command?: string;
}

export interface LoadedConfig {
  config: ProjectConfig;
  /** Directory the config's paths are relative to. */
  baseDir: string;
  /** Where it came from, for messages; undefined when there is none. */
  source: string | undefined;
}

/** A config file that cannot be read or holds a wrong setting: invalid input (exit 1 in the CLI), not bad usage. */
export class ConfigError extends InputError {}

const FIELDS: Record<keyof ProjectConfig, (value: unknown) => boolean> = {
  registry: isNonEmptyString,
  outDir: isNonEmptyString,
  schema: isNonEmptyString,
  moduleFormat: (value) => value === "esm" || value === "cjs",
  language: (value) => value === "ts" || value === "js",
  runtime: isNonEmptyString,
  docs: (value) =>
    typeof value === "boolean" ||
    (isRecord(value) &&
      Object.entries(value).every(([key, path]) => ["markdown", "chart", "timeline", "catalogue", "readme"].includes(key) && isNonEmptyString(path))),
  command: isNonEmptyString,
};

const EXPECTED: Record<keyof ProjectConfig, string> = {
  registry: "a path",
  outDir: "a path",
  schema: "a path",
  moduleFormat: '"esm" or "cjs"',
  language: '"ts" or "js"',
  runtime: '"bundled", a path or a package name',
  docs: "true, false or an object with markdown, chart, timeline, catalogue and readme paths",
  command: "a command line",
};

/**
 * The settings for a run in `cwd`: `--config <file>` when given, else `model-registry.config.json` in the
 * project (the nearest directory with a package.json), else that package.json's `modelRegistry` key.
 */
export function loadProjectConfig(cwd: string, explicitPath?: string): LoadedConfig {
  if (explicitPath !== undefined) {
    const path = resolve(cwd, explicitPath);
    return { config: checked(readJson(path), path), baseDir: dirname(path), source: path };
  }
  const projectDir = nearestPackageDirectory(cwd) ?? cwd;
  const configPath = join(projectDir, CONFIG_FILE_NAME);
  const fromFile = readJsonIfPresent(configPath);
  if (fromFile !== undefined) return { config: checked(fromFile, configPath), baseDir: projectDir, source: configPath };
  const manifestPath = join(projectDir, "package.json");
  const manifest = readJsonIfPresent(manifestPath) as { modelRegistry?: unknown } | undefined;
  if (manifest !== undefined && isRecord(manifest) && manifest.modelRegistry !== undefined) {
    // `audit` and `refresh` are those commands' settings (docs/audit.md, docs/refresh.md), not generate's.
    const { audit: _audit, refresh: _refresh, ...settings } = manifest.modelRegistry as Record<string, unknown>;
    return { config: checked(settings, `${manifestPath} (modelRegistry)`), baseDir: projectDir, source: manifestPath };
  }
  return { config: {}, baseDir: cwd, source: undefined };
}

function checked(value: unknown, source: string): ProjectConfig {
  if (!isRecord(value)) throw new ConfigError(`${source}: expected an object of settings`);
  const problems: string[] = [];
  for (const [key, field] of Object.entries(value)) {
    if (key === "$schema") continue;
    if (!Object.hasOwn(FIELDS, key)) {
      problems.push(`unknown setting "${key}" (expected one of ${Object.keys(FIELDS).join(", ")})`);
      continue;
    }
    if (!FIELDS[key as keyof ProjectConfig](field)) problems.push(`"${key}" must be ${EXPECTED[key as keyof ProjectConfig]}, got ${JSON.stringify(field)}`);
  }
  if (problems.length > 0) throw new ConfigError(`${source}: ${problems.join("; ")}`);
  return value as ProjectConfig;
}

function readJson(path: string): unknown {
  const read = readRegularFile(path);
  if (!read.ok) throw new ConfigError(`cannot read the config file ${path}: ${read.reason}`);
  const text = read.bytes.toString("utf8");
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
}

function readJsonIfPresent(path: string): unknown {
  const read = readRegularFile(path);
  if (!read.ok && (read.code === "ENOENT" || read.code === "ENOTDIR")) return undefined;
  return readJson(path);
}

function isNonEmptyString(value: unknown): boolean {
  return typeof value === "string" && value.length > 0;
}
