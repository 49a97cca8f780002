import { DEFAULT_COMMAND, DEFAULT_OUT_DIR, DEFAULT_REGISTRY_PATH } from "../shared/defaults";
import { resolve } from "node:path";
// Types only: the generator itself (ajv, prettier, yaml, json-schema-to-typescript) loads when a run needs it.
import type { GenerateMode, GenerateOptions, GenerateResult } from "../generator/generate";
import type { Diagnostic } from "../shared/diagnostics";
import { abortSignalName, exitCodeForSignal } from "../io/abort";
import { packageVersion, runPaths } from "../io/paths";
import { closestMatch } from "../shared/suggest";
import { checkedAsOf, displayPath, EXIT_INVALID, EXIT_OK, requireExistingFile, runCommand, UsageError, type CliIO, type CommandLine } from "./args";
import type { Colors } from "./colors";
import { loadProjectConfig } from "../config/project-config";
import { projectGenerateOptions, type StatedOptions } from "../config/generate-options";
import { baseWarningLines, splitBaseWarnings } from "./base-warnings";
import { formatDiagnostic, MAX_SHOWN_DIAGNOSTICS, readSourceText, sourceLines, summarize } from "./report";
import { previousIdenticalRun, rememberRun, resultOfSkippedRun, runSlotFor, type RunSlot } from "./up-to-date";
import { UP_TO_DATE_CHECKS } from "../io/run-cache";
import { terminalText } from "../shared/terminal-text";
import { watchLoop } from "./watch";

const GENERATE_COMMANDS = ["generate", "validate", "check"] as const;
type GenerateCommand = (typeof GENERATE_COMMANDS)[number];

const OPTION_HELP = {
  registry: `--registry <path>  registry YAML (default: ${DEFAULT_REGISTRY_PATH})`,
  out: `--out <dir>        output directory for models.generated.js and .d.ts (default: ${DEFAULT_OUT_DIR})`,
  schema: "--schema <path>    JSON Schema (default: the one shipped with this package)",
  watch: "--watch, -w        run again whenever the registry, a file it extends, the schema or another input changes (Ctrl+C stops)",
  check: "--check            same as the check command",
  docs:
    "--docs             also write <registry>.md, docs/model-map.svg, docs/model-timeline.svg and the README summary block\n" +
    "                     (docs and README of the project that holds the registry)",
  config:
    "--config <file>    settings file (default: model-registry.config.json in the project, else the\n" +
    '                     "modelRegistry" key of its package.json); flags override it',
  format: '--format <esm|cjs> module format of the generated module (default: from package.json "type")',
  language:
    "--language <ts|js> models.generated.ts, which the app's compiler emits, or .js with .d.ts\n                     (default: ts where a tsconfig.json governs the output directory, else js)",
  runtime:
    "--runtime <where>  bundled (default: a copy of the runtime beside the output, nothing needed at run time),\n" +
    "                     a path to a runtime module, or a package name",
  "as-of":
    "--as-of <date>     judge lifecycle rules (shutdown dates) on this day, YYYY-MM-DD (default: today, UTC);\n" +
    "                     it changes only the diagnostics, never the generated output",
  force:
    "--force            regenerate from scratch: even when the last run's record shows nothing changed (settings,\n" +
    "                     code, inputs, outputs and day), and without reusing the compiled schema or formatted\n" +
    "                     skeleton kept in node_modules/.cache/model-registry; without it an unchanged run only\n" +
    '                     reports "already up to date"',
  quiet: "--quiet, -q        print errors only",
  verbose:
    "--verbose          show every warning in full, also those about models of a base registry (extends)\n" +
    "                     that this registry does not name (by default they are summed up in one line per base)",
  help: "--help, -h         show this help",
  version: "--version, -v      print the version",
} as const;

type OptionName = keyof typeof OPTION_HELP;

const EXIT_CODES = `Exit codes: 0 ok, 1 invalid input (registry, schema or config file) or stale output, 2 bad usage
(unknown command or flag, bad flag value, a file named here that does not exist), 3 internal error (a bug),
130/143 stopped by SIGINT/SIGTERM before writing anything.`;

const COMMAND_HELP: Record<GenerateCommand, { summary: string; options: readonly OptionName[] }> = {
  generate: {
    summary: "Validates the registry, then writes the generated module (only the files that change).",
    options: [
      "registry",
      "out",
      "schema",
      "config",
      "format",
      "language",
      "runtime",
      "docs",
      "watch",
      "check",
      "as-of",
      "force",
      "quiet",
      "verbose",
      "help",
      "version",
    ],
  },
  validate: {
    summary: "Validates the registry against the schema and every rule; writes nothing.",
    options: ["registry", "schema", "config", "watch", "as-of", "quiet", "verbose", "help"],
  },
  check: {
    summary:
      "Generates in memory and compares with the files on disk; writes nothing. Exits 1 when an output is stale,\n" +
      "listing each stale file and a unified diff of what would change (at most 200 lines).",
    options: ["registry", "out", "schema", "config", "format", "language", "runtime", "docs", "as-of", "quiet", "verbose", "help"],
  },
};

function optionLines(names: readonly OptionName[]): string {
  return names.map((name) => `  ${OPTION_HELP[name]}`).join("\n");
}

/** `model-registry --help`: every command, and the options of the default one. */
const OVERVIEW_USAGE = `Usage: model-registry <command> [options]

Commands:
  generate         validate the registry, then write the generated module (default)
  validate         validate only; writes nothing
  check            like generate, but write nothing and exit 1 (with a diff) if any output is stale
  init             start a registry in this project: starter YAML, config file, npm script
  upgrade-schema   rewrite a format version 1 registry as version 2, in place
  audit            compare the registry with public model lists
  refresh          propose (and with --write apply) changes the registry's sources show: prices, limits, dates
  usages           find the registry models a TS/JS project uses, their shutdown dates and fixes
Run \`model-registry <command> --help\` for a command's options.

Options of generate, validate and check:
${optionLines(COMMAND_HELP.generate.options)}

${EXIT_CODES}`;

function commandUsage(command: GenerateCommand): string {
  const { summary, options } = COMMAND_HELP[command];
  return `Usage: model-registry ${command} [options]\n\n${summary}\n\nOptions:\n${optionLines(options)}\n\n${EXIT_CODES}`;
}

const OPTIONS = {
  registry: { type: "string" },
  out: { type: "string" },
  schema: { type: "string" },
  docs: { type: "boolean" },
  watch: { type: "boolean", short: "w" },
  check: { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
  verbose: { type: "boolean" },
  force: { type: "boolean" },
  "as-of": { type: "string" },
  config: { type: "string" },
  format: { type: "string" },
  language: { type: "string" },
  runtime: { type: "string" },
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

/**
 * `model-registry [generate|validate|check] [options]`. The command may stand anywhere among the flags
 * (`--quiet validate`), so it is parsed as the one positional argument; `otherCommands` are the rest of the
 * CLI's, for "did you mean" when it is none of these.
 */
export function runGenerateCommand(argv: readonly string[], io: CliIO, c: Colors, otherCommands: readonly string[]): Promise<number> {
  const spec = {
    name: "model-registry",
    usage: ({ positionals }: { positionals: readonly string[] }) => usageOf(positionals[0], [...GENERATE_COMMANDS, ...otherCommands]),
    options: OPTIONS,
    positionals: { max: 1, name: "command" },
    renamed: RENAMED_FLAGS,
    paths: ["registry", "out", "schema", "config", "runtime"],
  } as const;
  return runCommand(argv, io, c, spec, async (line) => {
    if (line.values.version) {
      io.stdout.write(packageVersion() + "\n");
      return EXIT_OK;
    }
    const parsed = generateArgs(line, io.cwd, [...GENERATE_COMMANDS, ...otherCommands]);
    const options: GenerateOptions = {
      ...parsed.options,
      cwd: io.cwd,
      ...(parsed.force ? { cache: false } : {}),
      ...(io.signal ? { signal: io.signal } : {}),
      ...(parsed.quiet ? {} : { onWaitForLock: (owner: number) => noteWaitingForLock(owner, runPaths(parsed.options, io.cwd).outDir, io, c) }),
    };
    const display: Display = { quiet: parsed.quiet, verbose: parsed.verbose };
    if (parsed.watch) return watchAndReport(options, display, io, c);
    const slot = options.mode === "write" ? runSlotFor(options, io.cwd, parsed.configSource) : undefined;
    const previous = slot && !parsed.force && previousIdenticalRun(slot);
    if (previous) {
      const code = await report(resultOfSkippedRun(previous), options, display, io, c);
      if (!parsed.quiet) io.stdout.write(`  nothing ran: the last run's record matches, checked ${UP_TO_DATE_CHECKS}\n`);
      return code;
    }
    const { exitCode: code } = await generateAndReport(options, display, io, c, slot);
    return io.signal?.aborted ? exitCodeForSignal(abortSignalName(io.signal)) : code;
  });
}

/** Said once when another generate holds the outputs' lock, so that a run that seems stuck says why. */
function noteWaitingForLock(owner: number, outDir: string, io: CliIO, c: Colors): void {
  io.stderr.write(`${c.dim("note")}: waiting for another generate (pid ${owner}) to finish writing ${terminalText(displayPath(outDir, io.cwd))}\n`);
}

/** The named command's usage; the overview without one. `selct --help` is a usage error: the command is unknown. */
function usageOf(command: string | undefined, allCommands: readonly string[]): string {
  if (command === undefined) return OVERVIEW_USAGE;
  if (!(GENERATE_COMMANDS as readonly string[]).includes(command)) throw new UsageError(unknownCommandMessage(command, allCommands));
  return commandUsage(command as GenerateCommand);
}

/** Loaded on first use, so --help, --version and usage errors answer without loading the generator's packages (nor diff's). */
async function loadGenerator(): Promise<typeof import("../generator/generate")> {
  return import("../generator/generate");
}

/** How much the run prints: errors only (quiet), or every warning in full (verbose). */
interface Display {
  quiet: boolean;
  verbose: boolean;
}

async function generateAndReport(
  options: GenerateOptions,
  display: Display,
  io: CliIO,
  c: Colors,
  slot?: RunSlot,
): Promise<{ exitCode: number; inputs: string[] }> {
  const { generate } = await loadGenerator();
  const result = await generate(options);
  if (result.interrupted) return { exitCode: reportInterrupted(options.signal, io, c), inputs: result.inputs };
  if (slot) rememberRun(slot, result);
  return { exitCode: await report(result, options, display, io, c), inputs: result.inputs };
}

function reportInterrupted(signal: AbortSignal | undefined, io: CliIO, c: Colors): number {
  const by = abortSignalName(signal);
  io.stderr.write(`${c.yellow("Interrupted")}${by === undefined ? "" : ` by ${by}`}: nothing was written; the previous outputs are unchanged.\n`);
  return exitCodeForSignal(by);
}

async function watchAndReport(options: GenerateOptions, display: Display, io: CliIO, c: Colors): Promise<number> {
  const { registryPath, schemaPath } = runPaths(options, io.cwd);
  const signal = io.signal ?? AbortSignal.abort();
  let lastExitCode = EXIT_OK;
  await watchLoop({
    files: [registryPath, schemaPath],
    signal,
    run: async (changed) => {
      if (changed.length > 0) {
        io.stdout.write(`${c.dim("change in")} ${changed.map((f) => displayPath(f, io.cwd)).join(", ")}${c.dim(", regenerating…")}\n`);
      }
      const run = await generateAndReport(options, display, io, c);
      lastExitCode = run.exitCode;
      if (lastExitCode === EXIT_INVALID) io.stderr.write(`${c.yellow("Kept the last good output.")} Fix the registry and save to retry.\n`);
      // The registry's bases and the other inputs too; the registry and schema stay watched even when a run could not read them.
      const watched = [...new Set([registryPath, schemaPath, ...run.inputs])];
      if (signal.aborted) return watched;
      if (changed.length === 0) io.stdout.write(c.dim(`Watching ${watchedFilesLabel(watched, io.cwd)} (Ctrl+C to stop)\n`));
      else io.stdout.write(c.dim("Waiting for changes…\n"));
      return watched;
    },
    onWatchError: (error) =>
      io.stderr.write(
        `${c.yellow("warning")}: a directory watcher failed (${error.message}); still watching by polling, changes may take a moment longer to be seen\n`,
      ),
  });
  return io.signal === undefined ? lastExitCode : EXIT_OK;
}

/** "a.yaml and schema.json"; with bases and other inputs, every one: "a.yaml, schema.json, base.yaml and package.json". */
function watchedFilesLabel(files: readonly string[], cwd: string): string {
  const shown = files.map((file) => displayPath(file, cwd));
  return shown.length === 1 ? shown[0]! : `${shown.slice(0, -1).join(", ")} and ${shown.at(-1)}`;
}

interface GenerateArgs {
  options: GenerateOptions;
  /** The settings file the options came from, if any: an input of the run like the registry. */
  configSource: string | undefined;
  force: boolean;
  watch: boolean;
  quiet: boolean;
  verbose: boolean;
}

/** The run's options from flags and the project's config file; flags win. Throws UsageError or ConfigError (an InputError). */
function generateArgs(line: CommandLine<typeof OPTIONS>, cwd: string, allCommands: readonly string[]): GenerateArgs {
  const { values } = line;
  const mode = modeOf(line, allCommands);
  if (values.language !== undefined && values.language !== "ts" && values.language !== "js") {
    throw new UsageError(`--language must be ts or js, got "${values.language}"`);
  }
  if (values.format !== undefined && values.format !== "esm" && values.format !== "cjs") {
    throw new UsageError(`--format must be esm or cjs, got "${values.format}"`);
  }
  for (const flag of ["registry", "schema", "config"] as const) {
    if (values[flag] !== undefined) requireExistingFile(values[flag], cwd, `--${flag}`);
  }
  const asOf = values["as-of"] === undefined ? undefined : checkedAsOf(values["as-of"]);
  const loaded = loadProjectConfig(cwd, values.config);
  const stated: StatedOptions = {
    mode,
    registryPath: values.registry,
    outDir: values.out,
    schemaPath: values.schema,
    moduleFormat: values.format as "esm" | "cjs" | undefined,
    language: values.language as "ts" | "js" | undefined,
    runtime: values.runtime,
    asOf,
    docs: values.docs,
  };
  const options = projectGenerateOptions(loaded, stated, cwd);
  const configSource = loaded.source;
  return { options, configSource, force: values.force === true, watch: values.watch === true, quiet: values.quiet === true, verbose: values.verbose === true };
}

function modeOf({ values, positionals }: CommandLine<typeof OPTIONS>, allCommands: readonly string[]): GenerateMode {
  const command = positionals[0] ?? "generate";
  if (!(GENERATE_COMMANDS as readonly string[]).includes(command)) throw new UsageError(unknownCommandMessage(command, allCommands));
  if (command === "validate" && values.check) throw new UsageError("--check cannot be combined with validate");
  const mode: GenerateMode = command === "validate" ? "validate" : command === "check" || values.check ? "check" : "write";
  if (values.watch && mode === "check") throw new UsageError("--watch cannot be combined with check; use generate --watch or validate --watch");
  return mode;
}

function unknownCommandMessage(command: string, allCommands: readonly string[]): string {
  const guess = closestMatch(command, allCommands);
  return `unknown command "${command}"${guess ? `; did you mean \`${guess}\`?` : ""} (expected ${allCommands.slice(0, -1).join(", ")} or ${allCommands.at(-1)})`;
}

async function report(result: GenerateResult, options: GenerateOptions, display: Display, io: CliIO, c: Colors): Promise<number> {
  const { quiet } = display;
  await reportDiagnostics(result, options, display, io, c);
  if (!result.ok && result.stale.length === 0) return EXIT_INVALID;
  if (options.mode === "check") return reportCheck(result, options, quiet, io, c);
  if (!quiet) {
    if (options.mode === "validate") io.stdout.write(`${c.green("✓")} registry is valid.\n`);
    else if (result.written.length === 0) io.stdout.write(`${c.green("✓")} ${result.files.length} generated file(s) already up to date.\n`);
    else for (const path of result.written) io.stdout.write(`${c.green("✓")} wrote ${terminalText(path)}\n`);
  }
  return EXIT_OK;
}

async function reportDiagnostics(result: GenerateResult, options: GenerateOptions, { quiet, verbose }: Display, io: CliIO, c: Colors): Promise<void> {
  const sources = new Map<string, readonly string[] | undefined>();
  const sourceOf = (file: string) => {
    if (!sources.has(file)) {
      const text = readSourceText(resolve(io.cwd, file));
      sources.set(file, text === undefined ? undefined : sourceLines(text));
    }
    return sources.get(file);
  };
  const reported = quiet ? result.diagnostics.filter((d) => d.severity === "error") : result.diagnostics;
  const { shown, summarized } = verbose
    ? { shown: reported, summarized: new Map<string, Diagnostic[]>() }
    : await splitBaseWarnings(reported, runPaths(options, io.cwd).registryPath, io.cwd);
  for (const diagnostic of shown.slice(0, MAX_SHOWN_DIAGNOSTICS)) {
    const located = { ...diagnostic, file: displayPath(resolve(io.cwd, diagnostic.file), io.cwd) };
    io.stderr.write(formatDiagnostic(located, sourceOf(diagnostic.file), c) + "\n\n");
  }
  if (shown.length > MAX_SHOWN_DIAGNOSTICS) io.stderr.write(`… and ${shown.length - MAX_SHOWN_DIAGNOSTICS} more not shown.\n`);
  for (const line of baseWarningLines(summarized, io.cwd, c)) io.stderr.write(line + "\n");
  if (shown.length > 0) io.stderr.write(summarize(shown, c) + "\n");
}

async function reportCheck(result: GenerateResult, options: GenerateOptions, quiet: boolean, io: CliIO, c: Colors): Promise<number> {
  if (result.stale.length === 0) {
    if (!quiet) io.stdout.write(`${c.green("✓")} ${result.files.length} generated file(s) up to date.\n`);
    return EXIT_OK;
  }
  io.stderr.write(`${c.red("Stale generated output")} (run \`${options.command ?? DEFAULT_COMMAND}\`):\n`);
  for (const file of result.stale) io.stderr.write(`  ${file.state.padEnd(7)} ${file.path}\n`);
  const changes = result.stale.map((file) => ({ path: file.path, before: file.current, after: file.expected }));
  const { boundedDiff } = await import("./diff");
  io.stderr.write(`\nWhat ${options.command ?? DEFAULT_COMMAND} would change:\n${boundedDiff(changes)}`);
  return EXIT_INVALID;
}
