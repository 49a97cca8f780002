import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { generate, type GenerateMode, type GenerateOptions, type GenerateResult } from "../generator/generate";
import { InternalError } from "../generator/diagnostics";
import { packageRoot } from "../generator/paths";
import { colorsFor, type Colors } from "./colors";
import { formatDiagnostic, summarize } from "./report";

export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;

export interface CliIO {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

const USAGE = `Usage: model-registry <command> [options]

Commands:
  generate   validate the registry, then write the generated module (default)
  validate   validate only; writes nothing
  check      like generate, but write nothing and exit 1 if any output is stale

Options:
  --registry <path>  registry YAML (default: models/model_registry.yaml)
  --out <dir>        output directory for models.generated.ts (default: generated)
  --schema <path>    JSON Schema (default: the one shipped with this package)
  --check            same as the check command
  --docs             also write <registry>.md, docs/model-map.svg and the README summary block
                     (docs and README of the project that holds the registry)
  --quiet            print errors only
  --help             show this help
  --version          print the version

Exit codes: 0 ok, 1 invalid registry or stale output, 2 bad usage, 3 internal error.`;

const COMMANDS = new Set(["generate", "validate", "check"]);

/** Runs the CLI and resolves with the exit code; never calls process.exit itself. */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const c = colorsFor(io.stderr, io.env);
  let parsed: ReturnType<typeof parseCliArgs>;
  try {
    parsed = parseCliArgs(argv, io.cwd);
  } catch (error) {
    io.stderr.write(`${c.red("error")}: ${(error as Error).message}\n\n${USAGE}\n`);
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
  try {
    const result = await generate(parsed.options);
    return report(result, parsed.options, parsed.quiet, io, c);
  } catch (error) {
    io.stderr.write(internalErrorMessage(error, c));
    return 3;
  }
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
    ...(existsSync(readmePath) ? { readmePath } : {}),
  };
}

function owningProjectRoot(registry: string): string {
  for (let directory = dirname(registry); ; directory = dirname(directory)) {
    if (existsSync(join(directory, "package.json"))) return directory;
    if (dirname(directory) === directory) return dirname(registry);
  }
}

function parseCliArgs(argv: readonly string[], cwd: string) {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      registry: { type: "string" },
      out: { type: "string" },
      schema: { type: "string" },
      check: { type: "boolean" },
      docs: { type: "boolean" },
      quiet: { type: "boolean", short: "q" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" },
    },
  });
  if (positionals.length > 1) throw new Error(`unexpected argument "${positionals[1]}"`);
  const command = positionals[0] ?? "generate";
  if (!COMMANDS.has(command)) throw new Error(`unknown command "${command}"; expected generate, validate or check`);
  const mode: GenerateMode = command === "validate" ? "validate" : command === "check" || values.check ? "check" : "write";
  if (command === "validate" && values.check) throw new Error("--check cannot be combined with validate");
  const options: GenerateOptions = {
    mode,
    ...(values.registry !== undefined ? { registryPath: values.registry } : {}),
    ...(values.out !== undefined ? { outDir: values.out } : {}),
    ...(values.schema !== undefined ? { schemaPath: values.schema } : {}),
  };
  if (values.docs) options.docs = defaultDocs(values.registry ?? "models/model_registry.yaml", cwd);
  return { options, quiet: values.quiet === true, help: values.help === true, version: values.version === true };
}

function report(result: GenerateResult, options: GenerateOptions, quiet: boolean, io: CliIO, c: Colors): number {
  const sources = new Map<string, string | undefined>();
  const sourceOf = (file: string) => {
    if (!sources.has(file)) sources.set(file, readOptional(resolve(io.cwd, file)));
    return sources.get(file);
  };
  const shown = quiet ? result.diagnostics.filter((d) => d.severity === "error") : result.diagnostics;
  for (const diagnostic of shown) io.stderr.write(formatDiagnostic(diagnostic, sourceOf(diagnostic.file), c) + "\n\n");
  if (shown.length > 0) io.stderr.write(summarize(shown, c) + "\n");
  if (!result.ok && result.stale.length === 0) return EXIT_INVALID;

  if (options.mode === "check") {
    if (result.stale.length > 0) {
      io.stderr.write(`${c.red("Stale generated output")} (run \`npm run generate\`):\n`);
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

function internalErrorMessage(error: unknown, c: Colors): string {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  const kind = error instanceof InternalError ? "internal error" : "unexpected internal error";
  return (
    `${c.red(kind)}: this is a bug in model-registry, not in your registry.\n` +
    `Please report it with the command you ran and this output:\n\n${detail}\n`
  );
}

function readOptional(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

function packageVersion(): string {
  return (JSON.parse(readFileSync(resolve(packageRoot(), "package.json"), "utf8")) as { version: string }).version;
}
