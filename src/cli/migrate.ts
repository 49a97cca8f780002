import { existsSync, lstatSync, readlinkSync, writeFileSync } from "node:fs";
import { readBoundedText } from "../io/read-input";
import { resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import { convertLegacyMarkdown } from "../migrate/legacy-table";
import { convertLiteLlm } from "../migrate/litellm";
import { formatReport, type MigrationReport } from "../migrate/report";
import { entriesToYaml } from "../migrate/yaml-out";
import { entryProblems } from "./imported-entries";
import { isIsoDate } from "../shared/dates";
import type { ModelEntry } from "../shared/registry-file";
import { EXIT_OK, InputError, reportInternalError, requireExistingFile, runCommand, UsageError, type CliIO, type CommandLine, type CommandSpec } from "./args";
import { colorsFor } from "./colors";

const EXIT_CODES = `Exit codes: 0 written, 1 the input cannot be converted or --out exists (nothing written), 2 bad usage
(unknown flag, bad value, no input file, a file named here that does not exist), 3 internal error.`;

const COMMON_OPTIONS = `  --out <file>        write the entries to this new file instead of stdout (never overwrites one)
  --merge <registry>  leave out the IDs (and aliases) this registry already has, and report them
  --verified <date>   the day the figures were true, YYYY-MM-DD`;

const MIGRATE_USAGE = `Usage: npm run migrate -- <legacy.md> [options]

Converts the legacy markdown model table into registry YAML entries (stdout), with a report on stderr of
every row or cell it could not map and what the section headers claim against the rows really there.

Options:
${COMMON_OPTIONS} (default: the date in the file name, else 2025-11-01)
  --help, -h          show this help

${EXIT_CODES}`;

const LITELLM_USAGE = `Usage: npm run import:litellm -- <prices.json> [options]

Converts LiteLLM's model_prices_and_context_window.json into registry YAML entries (stdout), with a report on
stderr of every entry it left out and why.

Options:
  --provider <list>   only these providers, comma-separated: openai,anthropic,...
${COMMON_OPTIONS} (default: the date in the file name)
  --help, -h          show this help

${EXIT_CODES}`;

const MIGRATE_OPTIONS = {
  out: { type: "string" },
  merge: { type: "string" },
  verified: { type: "string" },
} as const;

const LITELLM_OPTIONS = { ...MIGRATE_OPTIONS, provider: { type: "string" } } as const;

const INPUT = { max: 1, min: 1, name: "input file" } as const;
const PATHS = ["out", "merge", "verified"] as const;

interface Conversion {
  entries: ModelEntry[];
  report: MigrationReport;
  title: string;
}

interface CommonArgs {
  /** Absolute. */
  input: string;
  shownInput: string;
  out?: string;
  merge?: string;
  verified?: string;
}

/** `npm run migrate`: legacy markdown registry → registry YAML entries, report on stderr. */
export function runMigrate(argv: readonly string[], io: CliIO): Promise<number> {
  const spec = { name: "npm run migrate --", usage: MIGRATE_USAGE, options: MIGRATE_OPTIONS, positionals: INPUT, paths: PATHS } as const;
  return runBin(argv, io, spec, (line) => {
    const args = commonArgs(line, io.cwd);
    // The legacy registry is dated November 2025; its figures were "verified" then, not today.
    const verified = args.verified ?? dateInName(args.input) ?? "2025-11-01";
    const { entries, report } = convertLegacyMarkdown(readBoundedText(args.input), verified);
    return emit({ entries, report, title: `migrate ${args.shownInput}` }, args, io);
  });
}

/** `npm run import:litellm`: LiteLLM price list → registry YAML entries, report on stderr. */
export function runImportLitellm(argv: readonly string[], io: CliIO): Promise<number> {
  const spec = {
    name: "npm run import:litellm --",
    usage: LITELLM_USAGE,
    options: LITELLM_OPTIONS,
    positionals: INPUT,
    paths: [...PATHS, "provider"],
  } as const;
  return runBin(argv, io, spec, (line) => {
    const args = commonArgs(line, io.cwd);
    const providers = line.values.provider
      ?.split(",")
      .map((p) => p.trim())
      .filter(Boolean);
    const verified = args.verified ?? dateInName(args.input);
    if (verified === undefined) throw new InputError("no date in the file name; pass --verified YYYY-MM-DD (the snapshot's date)");
    const { entries, report } = convertLiteLlm(readJson(args.input, args.shownInput), { verified, ...(providers ? { providers } : {}) });
    return emit({ entries, report, title: `import:litellm ${args.shownInput}` }, args, io);
  });
}

/** A bin of its own: it reports its own bugs (exit 3), as runCli does for model-registry. */
function runBin<const O extends typeof MIGRATE_OPTIONS>(
  argv: readonly string[],
  io: CliIO,
  spec: CommandSpec<O>,
  run: (line: CommandLine<O>) => number,
): Promise<number> {
  const c = colorsFor(io.stderr, io.env);
  return runCommand(argv, io, c, spec, run).catch((error: unknown) => reportInternalError(error, io, c));
}

function commonArgs({ values, positionals }: CommandLine<typeof MIGRATE_OPTIONS>, cwd: string): CommonArgs {
  const shownInput = positionals[0]!;
  if (values.verified !== undefined && !isIsoDate(values.verified)) {
    throw new UsageError(`--verified must be a real date in YYYY-MM-DD form, got ${JSON.stringify(values.verified)}`);
  }
  const out = values.out === undefined ? undefined : resolve(cwd, values.out);
  if (out !== undefined && lstatSync(out, { throwIfNoEntry: false }) !== undefined) {
    const what = lstatSync(out).isSymbolicLink()
      ? `is a symlink (to ${readlinkSync(out)}${existsSync(out) ? "" : ", which does not exist"})`
      : "already exists";
    throw new InputError(`${out} ${what}; refusing to overwrite it (write to a new file, or use --merge to add only new IDs)`);
  }
  return {
    input: requireExistingFile(shownInput, cwd, "the input file"),
    shownInput,
    ...(out !== undefined ? { out } : {}),
    ...(values.merge !== undefined ? { merge: requireExistingFile(values.merge, cwd, "--merge") } : {}),
    ...(values.verified !== undefined ? { verified: values.verified } : {}),
  };
}

function readJson(path: string, shown: string): unknown {
  try {
    return JSON.parse(readBoundedText(path));
  } catch (error) {
    throw new InputError(`${shown} is not valid JSON: ${(error as Error).message}`);
  }
}

/** The date in a file name (`...-2026-07-24.json`), which is when that snapshot was taken. */
function dateInName(file: string): string | undefined {
  return /(\d{4}-\d{2}-\d{2})/.exec(file.split(/[\\/]/).pop() ?? "")?.[1];
}

/** IDs and aliases a registry file already has. */
function knownIds(registryFile: string): Set<string> {
  let data: { models?: Array<{ id?: unknown }>; aliases?: Record<string, unknown> } | null;
  try {
    data = parseYaml(readBoundedText(registryFile)) as typeof data;
  } catch (error) {
    throw new InputError(`the --merge registry ${registryFile} cannot be read: ${(error as Error).message.split("\n")[0]}`);
  }
  const ids = new Set<string>();
  for (const model of data?.models ?? []) if (typeof model?.id === "string") ids.add(model.id);
  for (const alias of Object.keys(data?.aliases ?? {})) ids.add(alias);
  return ids;
}

function emit({ entries: converted, report, title }: Conversion, args: CommonArgs, io: CliIO): number {
  const entries = converted.filter((entry) => {
    const problems = entryProblems(entry);
    for (const reason of problems) report.problems.push({ where: entry.id, reason: `${reason}; left out` });
    return problems.length === 0;
  });
  report.converted = entries.length;
  let output = entries;
  if (args.merge !== undefined) {
    const known = knownIds(args.merge);
    output = entries.filter((e) => !known.has(e.id));
    report.skipped.push(...entries.filter((e) => known.has(e.id)).map((e) => e.id));
    report.converted = output.length;
  }
  const yaml = entriesToYaml(output, { withKey: true });
  if (args.out !== undefined) {
    try {
      writeFileSync(args.out, yaml, { flag: "wx" });
    } catch (error) {
      throw new InputError(`cannot write ${args.out}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}; nothing was written`);
    }
    io.stderr.write(`wrote ${output.length} entries to ${args.out}\n`);
  } else {
    io.stdout.write(yaml);
  }
  io.stderr.write(formatReport(report, title));
  return EXIT_OK;
}
