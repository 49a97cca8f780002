import { existsSync } from "node:fs";
import { InputError } from "../shared/input-error";
import { isAbsolute, relative, resolve } from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { packageVersion } from "../io/paths";
import { UnreadableFileError } from "../io/read-input";
import { OutputWriteError, writeFilesAtomically, type OutputFile } from "../io/write";
import { asOfProblem } from "../shared/dates";
import { InternalError } from "../shared/diagnostics";
import { closestMatch } from "../shared/suggest";
import { terminalLines } from "../shared/terminal-text";
import type { Colors } from "./colors";

/** Each exit code means one thing, for every command and bin. */
export const EXIT_OK = 0;
/** Invalid input: a registry, schema or config file that cannot be used, stale output under check. */
export const EXIT_INVALID = 1;
/** Bad usage: an unknown command or flag, a bad flag value, a file named on the command line that does not exist. */
export const EXIT_USAGE = 2;
/** A bug in this package. */
const EXIT_INTERNAL = 3;

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

/** A mistake in the command line (exit 2). Thrown anywhere in a command run by `runCommand`. */
export class UsageError extends Error {}

export { InputError };

type OptionsConfig = NonNullable<ParseArgsConfig["options"]>;

const HELP_OPTION = { help: { type: "boolean", short: "h" } } as const;

export interface CommandSpec<O extends OptionsConfig> {
  /** The command as a user types it, for "Run `… --help`": `model-registry audit`, `npm run migrate --`. */
  name: string;
  /** Printed by --help (and -h), which every command accepts; a function when it depends on the arguments. */
  usage: string | ((line: { positionals: readonly string[] }) => string);
  options: O;
  /** How many positional arguments the command takes, and what they are called in messages. */
  positionals?: { max: number; min?: number; name: string };
  /** Flags people reach for from other tools, mapped to ours (`output` → `out`). */
  renamed?: Readonly<Record<string, string>>;
  /** String flags that name a path, where an empty value would quietly mean the working directory. */
  paths?: readonly (keyof O & string)[];
}

type Parsed<O extends OptionsConfig> = ReturnType<typeof parseArgs<{ options: O & typeof HELP_OPTION; allowPositionals: true; strict: true }>>;

export interface CommandLine<O extends OptionsConfig> {
  values: Parsed<O>["values"];
  positionals: string[];
}

/**
 * Parses `argv` for one command, answers --help with its usage, then runs it. A UsageError from the
 * parse or from the command itself is reported the same way for every command: the message, a pointer
 * to --help, exit 2; an InputError as the message, exit 1. Anything else thrown is left to the caller
 * (a bug: exit 3).
 */
export async function runCommand<const O extends OptionsConfig>(
  argv: readonly string[],
  io: Pick<CliIO, "stdout" | "stderr">,
  c: Colors,
  spec: CommandSpec<O>,
  run: (line: CommandLine<O>) => number | Promise<number>,
): Promise<number> {
  try {
    const line = parseCommandLine(argv, spec);
    if ((line.values as { help?: boolean }).help === true) {
      io.stdout.write((typeof spec.usage === "string" ? spec.usage : spec.usage(line)) + "\n");
      return EXIT_OK;
    }
    checkPositionals(line.positionals, spec.positionals ?? { max: 0, name: "argument" });
    return await run(line);
  } catch (error) {
    if (error instanceof UsageError) return reportUsageError(error.message, spec.name, io, c);
    if (!(error instanceof InputError) && !(error instanceof UnreadableFileError)) throw error;
    io.stderr.write(`${c.red("error")}: ${terminalLines(error.message)}\n`);
    return EXIT_INVALID;
  }
}

/** The one way a usage error is printed. */
function reportUsageError(message: string, command: string, io: Pick<CliIO, "stderr">, c: Colors): number {
  io.stderr.write(`${c.red("error")}: ${terminalLines(message)}\nRun \`${command} --help\` for usage.\n`);
  return EXIT_USAGE;
}

/** Bugs (not problems in the user's input) say so, with what a bug report needs. */
export function reportInternalError(error: unknown, io: Pick<CliIO, "stderr" | "cwd">, c: Colors): number {
  // A missing file no check caught is still one the user named: bad usage, not a bug.
  if (isFileNotFound(error)) {
    io.stderr.write(`${c.red("error")}: cannot read ${displayPath(error.path, io.cwd)}: no such file\n`);
    return EXIT_USAGE;
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  const kind = error instanceof InternalError ? "internal error" : "unexpected internal error";
  io.stderr.write(
    `${c.red(kind)}: this is a bug in model-registry ${packageVersion()}, not in your input.\n` +
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

function parseCommandLine<const O extends OptionsConfig>(argv: readonly string[], spec: CommandSpec<O>): CommandLine<O> {
  const options = { ...spec.options, ...HELP_OPTION };
  const { tokens } = parseArgs({ args: [...argv], options, allowPositionals: true, strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind === "option") checkOptionToken(token, options, spec.renamed, spec.paths ?? []);
  }
  let parsed: Parsed<O>;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    // Whatever the token checks did not catch, in node's words.
    throw new UsageError((error as Error).message.split("\n")[0] ?? String(error));
  }
  return { values: parsed.values, positionals: parsed.positionals };
}

interface OptionToken {
  name: string;
  rawName: string;
  value?: string | undefined;
  inlineValue?: boolean | undefined;
}

function checkOptionToken(token: OptionToken, options: OptionsConfig, renamed: CommandSpec<OptionsConfig>["renamed"], paths: readonly string[]): void {
  const config = Object.hasOwn(options, token.name) ? options[token.name] : undefined;
  if (config === undefined) throw new UsageError(unknownOptionMessage(token, options, renamed));
  const flag = `--${token.name}`;
  if (config.type === "boolean") {
    if (token.value !== undefined) throw new UsageError(`${flag} takes no value, got "${token.value}"`);
    return;
  }
  if (token.value === undefined) throw new UsageError(`${flag} needs a value`);
  if (token.inlineValue !== true && token.value.startsWith("-") && token.value !== "-") {
    throw new UsageError(`${flag} needs a value, got the option ${token.value} (write ${flag}=${token.value} if that is the value)`);
  }
  if (token.value === "" && paths.includes(token.name)) {
    throw new UsageError(`${flag} needs a path; an empty value would mean the working directory`);
  }
}

function unknownOptionMessage(token: OptionToken, options: OptionsConfig, renamed: CommandSpec<OptionsConfig>["renamed"]): string {
  const suggestion = renamed?.[token.name] ?? closestMatch(token.name, Object.keys(options));
  return `unknown option ${token.rawName}${suggestion === undefined ? "" : `; did you mean --${suggestion}?`}`;
}

function checkPositionals(positionals: readonly string[], { max, min = 0, name }: NonNullable<CommandSpec<OptionsConfig>["positionals"]>): void {
  if (positionals.length < min) throw new UsageError(`missing ${name}`);
  if (positionals.length <= max) return;
  const expected = max === 0 ? "" : `; expected ${max === 1 ? "one" : `at most ${max}`} ${name}${max === 1 ? "" : "s"}`;
  throw new UsageError(`unexpected argument "${positionals[max]}"${expected}`);
}

/** A file named on the command line must exist: a typo in it is bad usage (exit 2), not invalid input. */
export function requireExistingFile(path: string, cwd: string, what: string): string {
  const absolute = resolve(cwd, path);
  if (!existsSync(absolute)) throw new UsageError(`cannot find ${path} (${what})`);
  return absolute;
}

/** Writes the files atomically; a write that fails (permissions, a full disk) is explained, exit 1, not a bug. */
export function writeOrExplain(files: readonly OutputFile[]): void {
  try {
    writeFilesAtomically(files);
  } catch (error) {
    if (error instanceof OutputWriteError) throw new InputError(error.message);
    throw error;
  }
}

/** An `--as-of` value: a real calendar day, YYYY-MM-DD. */
export function checkedAsOf(value: string): string {
  const problem = asOfProblem(value);
  if (problem !== undefined) throw new UsageError(problem);
  return value;
}
