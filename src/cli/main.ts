import { existsSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { asOfProblem } from "../shared/dates";
import { generate, type GenerateMode, type GenerateOptions, type GenerateResult } from "../generator/generate";
import { abortSignalName, exitCodeForSignal } from "../io/abort";
import { InternalError } from "../shared/diagnostics";
import { bundledSchemaPath, nearestPackageDirectory, packageVersion } from "../io/paths";
import { closestMatch } from "../shared/suggest";
import { colorsFor, type Colors } from "./colors";
import { formatDiagnostic, MAX_SHOWN_DIAGNOSTICS, readSourceText, sourceLines, summarize } from "./report";
import { runUpgradeSchema } from "./upgrade-schema";
import { watchLoop } from "./watch";
import { ConfigError, loadProjectConfig, type LoadedConfig } from "./config";

const DEFAULT_COMMAND = "npx model-registry generate";

export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERNAL = 3;

export interface CliIO {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
  /**
   * The bin aborts it on SIGINT/SIGTERM, with the signal's name as the reason: a run stops before
   * writing and exits 130/143; `--watch` stops (exit 0). Without it, watch mode runs once.
   */
  signal?: AbortSignal;
}

const USAGE = `Usage: model-registry <command> [options]

Commands:
  generate         validate the registry, then write the generated module (default)
  validate         validate only; writes nothing
  check            like generate, but write nothing and exit 1 if any output is stale
  init             start a registry in this project: starter YAML, config file, npm script (see init --help)
  upgrade-schema   rewrite a format version 1 registry as version 2, in place (see upgrade-schema --help)
  audit            compare the registry with public model lists (see audit --help)
  usages           find the registry models a TS/JS project uses, their shutdown dates and fixes (see usages --help)

Options:
  --registry <path>  registry YAML (default: models/model_registry.yaml)
  --out <dir>        output directory for models.generated.js and .d.ts (default: generated)
  --schema <path>    JSON Schema (default: the one shipped with this package)
  --watch            regenerate whenever the registry, a file it extends, or the schema changes (Ctrl+C stops)
  --check            same as the check command
  --docs             also write <registry>.md, docs/model-map.svg, docs/model-timeline.svg and the README summary block
                     (docs and README of the project that holds the registry)
  --config <file>    settings file (default: model-registry.config.json in the project, else the
                     "modelRegistry" key of its package.json); flags override it
  --format <esm|cjs> module format of the generated module (default: from package.json "type")
  --runtime <where>  bundled (default: a copy of the runtime beside the output, nothing needed at run time),
                     a path to a runtime module, or a package name
  --as-of <date>     judge lifecycle rules (shutdown dates) on this day, YYYY-MM-DD (default: today, UTC);
                     it changes only the diagnostics, never the generated output
  --quiet            print errors only
  --help             show this help
  --version          print the version

Exit codes: 0 ok, 1 invalid registry or stale output, 2 bad usage, 3 internal error,
130/143 stopped by SIGINT/SIGTERM before writing anything.`;

const COMMANDS = new Set(["generate", "validate", "check"]);

/** Runs the CLI and resolves with the exit code; never calls process.exit itself. */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const c = colorsFor(io.stderr, io.env);
  if (argv[0] === "upgrade-schema") return runUpgradeSchema(argv.slice(1), io, c);
  if (argv[0] === "init") return (await import("./init")).runInit(argv.slice(1), io, c);
  // Loaded on demand: the audit brings the public lists' adapters, which nothing else needs.
  if (argv[0] === "audit") return (await import("./audit")).runAudit(argv.slice(1), io, c);
  // Loaded on demand: usages brings ts-morph and the TypeScript compiler.
  if (argv[0] === "usages") return (await import("./usages")).runUsagesCommand(argv.slice(1), io, c);
  let parsed: ParsedArgs;
  try {
    parsed = parseCliArgs(argv, io.cwd);
  } catch (error) {
    if (error instanceof ConfigProblem) {
      io.stderr.write(`${c.red("error")}: ${error.message}\n`);
      return EXIT_INVALID;
    }
    if (!(error instanceof UsageError)) return internalError(error, io, c);
    io.stderr.write(`${c.red("error")}: ${error.message}\nRun \`model-registry --help\` for usage.\n`);
    return EXIT_USAGE;
  }
  if (parsed.help) {
    io.stdout.write(USAGE + "\n");
    return EXIT_OK;
  }
  if (parsed.version) {
    io.stdout.write(packageVersion() + "\n");
    return EXIT_OK;
  }
  const options: GenerateOptions = { ...parsed.options, cwd: io.cwd, ...(io.signal ? { signal: io.signal } : {}) };
  if (parsed.watch) return watchAndReport(options, parsed.quiet, io, c);
  const { exitCode } = await generateAndReport(options, parsed.quiet, io, c);
  return io.signal?.aborted ? exitCodeForSignal(abortSignalName(io.signal)) : exitCode;
}

async function generateAndReport(options: GenerateOptions, quiet: boolean, io: CliIO, c: Colors): Promise<{ exitCode: number; inputs?: string[] }> {
  try {
    const result = await generate(options);
    if (result.interrupted) return { exitCode: reportInterrupted(options.signal, io, c), inputs: result.inputs };
    return { exitCode: report(result, options, quiet, io, c), inputs: result.inputs };
  } catch (error) {
    return { exitCode: internalError(error, io, c) };
  }
}

function reportInterrupted(signal: AbortSignal | undefined, io: CliIO, c: Colors): number {
  const by = abortSignalName(signal);
  io.stderr.write(`${c.yellow("Interrupted")}${by === undefined ? "" : ` by ${by}`}: nothing was written; the previous outputs are unchanged.\n`);
  return exitCodeForSignal(by);
}

/**
 * Docs belong to the project that owns the registry (the nearest directory above it with a
 * package.json, else the registry's own directory), never to wherever the command happens to run.
 */
function defaultDocs(registryPath: string, cwd: string): NonNullable<GenerateOptions["docs"]> {
  const registry = resolve(cwd, registryPath);
  const projectRoot = owningProjectRoot(registry);
  const readmePath = join(projectRoot, "README.md");
  return {
    markdownPath: registry.replace(/\.ya?ml$/i, "") + ".md",
    chartPath: join(projectRoot, "docs", "model-map.svg"),
    timelinePath: join(projectRoot, "docs", "model-timeline.svg"),
    ...(existsSync(readmePath) ? { readmePath } : {}),
  };
}

function owningProjectRoot(registry: string): string {
  return nearestPackageDirectory(dirname(registry)) ?? dirname(registry);
}

async function watchAndReport(options: GenerateOptions, quiet: boolean, io: CliIO, c: Colors): Promise<number> {
  const registryPath = resolve(io.cwd, options.registryPath ?? "models/model_registry.yaml");
  const schemaPath = resolve(io.cwd, options.schemaPath ?? bundledSchemaPath());
  const signal = io.signal ?? AbortSignal.abort();
  let lastExitCode = EXIT_OK;
  await watchLoop({
    files: [registryPath, schemaPath],
    signal,
    run: async (changed) => {
      if (changed.length > 0) {
        io.stdout.write(`${c.dim("change in")} ${changed.map((f) => displayPath(f, io.cwd)).join(", ")}${c.dim(", regenerating…")}\n`);
      }
      const run = await generateAndReport(options, quiet, io, c);
      lastExitCode = run.exitCode;
      if (lastExitCode === EXIT_INVALID) io.stderr.write(`${c.yellow("Kept the last good output.")} Fix the registry and save to retry.\n`);
      // The registry's bases are inputs too; the registry and schema stay watched even when a run could not read them.
      const watched = [...new Set([registryPath, schemaPath, ...(run.inputs ?? [])])];
      if (signal.aborted) return watched;
      if (changed.length === 0) io.stdout.write(c.dim(`Watching ${watchedFilesLabel(watched, io.cwd)} (Ctrl+C to stop)\n`));
      else io.stdout.write(c.dim("Waiting for changes…\n"));
      return watched;
    },
    onWatchError: (error) =>
      io.stderr.write(`${c.yellow("warning")}: a directory watcher failed (${error.message}); still watching by polling, changes may take a moment longer to be seen\n`),
  });
  return io.signal === undefined ? lastExitCode : EXIT_OK;
}

/** "a.yaml and schema.json", or "a.yaml, base.yaml and schema.json", or "a.yaml, the 3 files it builds on and schema.json". */
function watchedFilesLabel(files: readonly string[], cwd: string): string {
  const [registry, schema, ...bases] = files.map((file) => displayPath(file, cwd));
  if (bases.length === 0) return `${registry} and ${schema}`;
  return `${registry}, ${bases.length === 1 ? bases[0] : `the ${bases.length} files it builds on`} and ${schema}`;
}

class UsageError extends Error {}

const OPTIONS = {
  registry: { type: "string" },
  out: { type: "string" },
  schema: { type: "string" },
  docs: { type: "boolean" },
  watch: { type: "boolean", short: "w" },
  check: { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
  "as-of": { type: "string" },
  config: { type: "string" },
  format: { type: "string" },
  runtime: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

/** Flags people reach for from other generators, mapped to ours. */
const RENAMED_FLAGS: Record<string, string> = {
  output: "out",
  "out-dir": "out",
  outDir: "out",
  outdir: "out",
  o: "out",
  input: "registry",
  file: "registry",
  silent: "quiet",
};

interface ParsedArgs {
  options: GenerateOptions;
  watch: boolean;
  quiet: boolean;
  help: boolean;
  version: boolean;
}

function parseCliArgs(argv: readonly string[], cwd: string): ParsedArgs {
  const unknown = argv.find((arg) => arg.startsWith("-") && arg !== "--" && !isKnownFlag(arg));
  if (unknown !== undefined) throw new UsageError(unknownFlagMessage(unknown));
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: OPTIONS });
  } catch (error) {
    throw new UsageError((error as Error).message.split("\n")[0] ?? String(error));
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`);
  const command = positionals[0] ?? "generate";
  if (!COMMANDS.has(command)) {
    const guess = closestMatch(command, COMMANDS);
    throw new UsageError(`unknown command "${command}"${guess ? `; did you mean \`${guess}\`?` : ""} (expected generate, validate or check)`);
  }
  for (const flag of ["registry", "out", "schema", "config", "runtime"] as const) {
    if (values[flag] === "") throw new UsageError(`--${flag} needs a path; an empty value would mean the working directory`);
  }
  if (command === "validate" && values.check) throw new UsageError("--check cannot be combined with validate");
  const mode: GenerateMode = command === "validate" ? "validate" : command === "check" || values.check ? "check" : "write";
  if (values.watch && mode === "check") throw new UsageError("--watch cannot be combined with check; use generate --watch or validate --watch");
  if (values.format !== undefined && values.format !== "esm" && values.format !== "cjs") {
    throw new UsageError(`--format must be esm or cjs, got "${values.format}"`);
  }
  let loaded: LoadedConfig;
  try {
    loaded = loadProjectConfig(cwd, values.config);
  } catch (error) {
    if (error instanceof ConfigError) throw new ConfigProblem(error.message);
    throw error;
  }
  const { config, baseDir } = loaded;
  const fromConfig = (path: string | undefined) => (path === undefined ? undefined : resolve(baseDir, path));
  const registryPath = values.registry ?? fromConfig(config.registry);
  const options: GenerateOptions = {
    mode,
    ...(registryPath !== undefined ? { registryPath } : {}),
    ...optional("outDir", values.out ?? fromConfig(config.outDir)),
    ...optional("schemaPath", values.schema ?? fromConfig(config.schema)),
    ...optional("moduleFormat", (values.format as "esm" | "cjs" | undefined) ?? config.moduleFormat),
    ...optional("runtime", values.runtime ?? (config.runtime !== undefined && isPathLike(config.runtime) ? fromConfig(config.runtime) : config.runtime)),
    ...optional("command", config.command),
    ...(values["as-of"] !== undefined ? { asOf: checkedAsOf(values["as-of"]) } : {}),
  };
  if (values.docs || config.docs !== undefined && config.docs !== false) {
    const defaults = defaultDocs(registryPath ?? "models/model_registry.yaml", cwd);
    const paths = typeof config.docs === "object" ? config.docs : {};
    options.docs = {
      markdownPath: fromConfig(paths.markdown) ?? defaults.markdownPath,
      chartPath: fromConfig(paths.chart) ?? defaults.chartPath,
      ...optional("timelinePath", fromConfig(paths.timeline) ?? defaults.timelinePath),
      ...optional("readmePath", fromConfig(paths.readme) ?? defaults.readmePath),
    };
  }
  return {
    options,
    watch: values.watch === true,
    quiet: values.quiet === true,
    help: values.help === true,
    version: values.version === true,
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function isPathLike(value: string): boolean {
  return value.startsWith(".") || isAbsolute(value);
}

/** A config file that cannot be read or holds a wrong setting: invalid input (exit 1), not bad usage. */
class ConfigProblem extends Error {}

function checkedAsOf(value: string): string {
  const asOfError = asOfProblem(value);
  if (asOfError !== undefined) throw new UsageError(asOfError);
  return value;
}

function flagName(arg: string): string {
  return arg.replace(/^--?/, "").split("=")[0]!;
}

function isKnownFlag(arg: string): boolean {
  const name = flagName(arg);
  if (arg.startsWith("--")) return Object.hasOwn(OPTIONS, name);
  return Object.values(OPTIONS).some((option) => "short" in option && option.short === name) || name === "";
}

function unknownFlagMessage(arg: string): string {
  const name = flagName(arg);
  const replacement = RENAMED_FLAGS[name] ?? closestMatch(name, Object.keys(OPTIONS));
  const shown = arg.split("=")[0];
  return `unknown option ${shown}${replacement ? `; did you mean --${replacement}?` : ""}`;
}

function report(result: GenerateResult, options: GenerateOptions, quiet: boolean, io: CliIO, c: Colors): number {
  const sources = new Map<string, readonly string[] | undefined>();
  const sourceOf = (file: string) => {
    if (!sources.has(file)) {
      const text = readSourceText(resolve(io.cwd, file));
      sources.set(file, text === undefined ? undefined : sourceLines(text));
    }
    return sources.get(file);
  };
  const shown = quiet ? result.diagnostics.filter((d) => d.severity === "error") : result.diagnostics;
  for (const diagnostic of shown.slice(0, MAX_SHOWN_DIAGNOSTICS)) {
    const located = { ...diagnostic, file: displayPath(resolve(io.cwd, diagnostic.file), io.cwd) };
    io.stderr.write(formatDiagnostic(located, sourceOf(diagnostic.file), c) + "\n\n");
  }
  if (shown.length > MAX_SHOWN_DIAGNOSTICS) io.stderr.write(`… and ${shown.length - MAX_SHOWN_DIAGNOSTICS} more not shown.\n`);
  if (shown.length > 0) io.stderr.write(summarize(shown, c) + "\n");
  if (!result.ok && result.stale.length === 0) return EXIT_INVALID;

  if (options.mode === "check") {
    if (result.stale.length > 0) {
      io.stderr.write(`${c.red("Stale generated output")} (run \`${options.command ?? DEFAULT_COMMAND}\`):\n`);
      for (const file of result.stale) io.stderr.write(`  ${file.state.padEnd(7)} ${file.path}\n`);
      return EXIT_INVALID;
    }
    if (!quiet) io.stdout.write(`${c.green("✓")} ${result.files.length} generated file(s) up to date.\n`);
    return EXIT_OK;
  }
  if (!quiet) {
    if (options.mode === "validate") io.stdout.write(`${c.green("✓")} registry is valid.\n`);
    else if (result.written.length === 0) io.stdout.write(`${c.green("✓")} ${result.files.length} generated file(s) already up to date.\n`);
    else for (const path of result.written) io.stdout.write(`${c.green("✓")} wrote ${path}\n`);
  }
  return EXIT_OK;
}

/** Bugs (not problems in the user's registry) say so, with what a bug report needs. */
function internalError(error: unknown, io: CliIO, c: Colors): number {
  if (isFileNotFound(error)) {
    io.stderr.write(`${c.red("error")}: cannot read ${displayPath(error.path, io.cwd)}: no such file\n`);
    return EXIT_USAGE;
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  const kind = error instanceof InternalError ? "internal error" : "unexpected internal error";
  io.stderr.write(
    `${c.red(kind)}: this is a bug in model-registry ${packageVersion()}, not in your registry.\n` +
      `Please report it at the lattice-lock issue tracker with the command you ran and this output:\n\n${detail}\n`,
  );
  return EXIT_INTERNAL;
}

function isFileNotFound(error: unknown): error is NodeJS.ErrnoException & { path: string } {
  // Duck-typed: errors from node's fs are not `instanceof Error` across VM realms (as under jest).
  const candidate = error as Partial<NodeJS.ErrnoException> | null;
  return typeof candidate === "object" && candidate !== null && candidate.code === "ENOENT" && typeof candidate.path === "string";
}

/** Paths inside the working directory are shown relative to it (clickable in terminals and editors); others absolute. */
export function displayPath(path: string, cwd: string): string {
  const fromCwd = relative(cwd, path);
  if (fromCwd === "" || fromCwd.startsWith("..") || isAbsolute(fromCwd)) return path;
  return fromCwd.split("\\").join("/");
}
