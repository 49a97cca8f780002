import { parseArgs } from "node:util";
import { createTwoFilesPatch } from "diff";
import { packageVersion } from "../io/paths";
import { OutputWriteError } from "../io/write";
import { asOfProblem, todayUtc } from "../shared/dates";
import { ProjectInputError } from "../usages/project";
import { RegistryInputError } from "../usages/registry";
import { formatTextReport, location, plural, reportPath } from "../usages/report";
import { formatJsonReport } from "../usages/report-json";
import { formatSarifReport } from "../usages/report-sarif";
import { runUsages, usesOverGate, type UsagesOptions, type UsagesOutcome } from "../usages/scan";
import type { Colors } from "./colors";

export const USAGES_USAGE = `Usage: model-registry usages [files or globs…] [options]

Finds every use of a registry model in a TypeScript/JavaScript project: strings typed as the
generated ModelId / ModelAlias / per-provider unions, Models.X constants, and plain strings equal to
a model ID, alias or API name. JSON, YAML and .env files given as arguments are scanned too.
Each use is reported with its model's status, shutdown date, days left and replacement.

Arguments:
  files or globs         TS/JS files to scan instead of a tsconfig project, and JSON/YAML/.env files

Options:
  --project <tsconfig>   the project to scan (default: tsconfig.json here, when no files are given)
  --registry <yaml>      registry YAML (default: the project's generated models.generated.ts)
  --module <path>        the generated module, when the project has it under another name
  --as-of <date>         count days left from this day, YYYY-MM-DD (default: today, UTC)
  --format <format>      text (default), json or sarif (SARIF 2.1.0)
  --json                 same as --format json
  --fail-within <days>   exit 1 if a used model shuts down within this many days, or already has
  --fix                  rewrite uses of deprecated and shutting-down models to their replacement
                         (same provider, not shut down, no smaller context, no lost capability),
                         keeping each rewrite only if the project still type-checks
  --dry-run              with --fix: print a unified diff instead of writing files
  --help                 show this help

Exit codes: 0 ok, 1 a used model is within --fail-within, 2 bad usage, 3 internal error.`;

export interface UsagesIO {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  cwd: string;
}

type Format = "text" | "json" | "sarif";

interface UsagesArgs {
  options: UsagesOptions;
  format: Format;
  failWithin?: number;
  help: boolean;
}

class UsagesUsageError extends Error {}

/** `model-registry usages`: resolves with the exit code. */
export function runUsagesCommand(argv: readonly string[], io: UsagesIO, c: Colors): number {
  let args: UsagesArgs;
  try {
    args = parseUsagesArgs(argv, io.cwd);
  } catch (error) {
    if (!(error instanceof UsagesUsageError)) throw error;
    return usageError(error.message, io, c);
  }
  if (args.help) {
    io.stdout.write(USAGES_USAGE + "\n");
    return 0;
  }
  try {
    const outcome = runUsages(args.options);
    io.stdout.write(formatOutcome(outcome, args));
    return gate(outcome, args, io, c);
  } catch (error) {
    if (error instanceof ProjectInputError || error instanceof RegistryInputError) return usageError(error.message, io, c);
    if (error instanceof OutputWriteError) return usageError(error.message, io, c);
    return internalError(error, io, c);
  }
}

function formatOutcome(outcome: UsagesOutcome, args: UsagesArgs): string {
  if (args.format === "json") return formatJsonReport(outcome.report);
  if (args.format === "sarif") return formatSarifReport(outcome.report, packageVersion());
  const diff = args.options.dryRun ? unifiedDiff(outcome, args.options.cwd) : "";
  return formatTextReport(outcome.report) + (diff === "" ? "" : "\n" + diff);
}

export function unifiedDiff(outcome: UsagesOutcome, cwd: string): string {
  return outcome.changes
    .map((change) => {
      const path = reportPath(change.path, cwd);
      return createTwoFilesPatch(`a/${path}`, `b/${path}`, change.before, change.after, undefined, undefined, { context: 3 }).replace(/^=+\n/, "");
    })
    .join("");
}

function gate(outcome: UsagesOutcome, args: UsagesArgs, io: UsagesIO, c: Colors): number {
  if (args.failWithin === undefined) return 0;
  const over = usesOverGate(outcome, args.failWithin);
  if (over.length === 0) return 0;
  io.stderr.write(`${c.red("error")}: ${plural(over.length, "use")} of a model that shuts down within ${plural(args.failWithin, "day")} (or already has):\n`);
  for (const use of over) io.stderr.write(`  ${location(use, io.cwd)}  ${use.modelId} (${use.shutdownDate})\n`);
  return 1;
}

const OPTIONS = {
  project: { type: "string", short: "p" },
  registry: { type: "string" },
  module: { type: "string" },
  "as-of": { type: "string" },
  format: { type: "string" },
  json: { type: "boolean" },
  "fail-within": { type: "string" },
  fix: { type: "boolean" },
  "dry-run": { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

function parseUsagesArgs(argv: readonly string[], cwd: string): UsagesArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: OPTIONS });
  } catch (error) {
    throw new UsagesUsageError((error as Error).message.split("\n")[0] ?? String(error));
  }
  const { values, positionals } = parsed;
  const asOf = values["as-of"] ?? todayUtc();
  const asOfError = asOfProblem(asOf);
  if (asOfError !== undefined) throw new UsagesUsageError(asOfError);
  if (values["dry-run"] && !values.fix) throw new UsagesUsageError("--dry-run only makes sense with --fix");
  return {
    options: {
      cwd,
      patterns: positionals,
      asOf,
      ...(values.project !== undefined ? { tsconfig: values.project } : {}),
      ...(values.registry !== undefined ? { registry: values.registry } : {}),
      ...(values.module !== undefined ? { module: values.module } : {}),
      fix: values.fix === true,
      dryRun: values["dry-run"] === true,
    },
    format: formatOf(values.format, values.json === true),
    ...(values["fail-within"] !== undefined ? { failWithin: daysOf(values["fail-within"]) } : {}),
    help: values.help === true,
  };
}

function formatOf(format: string | undefined, json: boolean): Format {
  if (json && format !== undefined && format !== "json") throw new UsagesUsageError(`--json contradicts --format ${format}`);
  const chosen = json ? "json" : (format ?? "text");
  if (chosen !== "text" && chosen !== "json" && chosen !== "sarif") throw new UsagesUsageError(`--format must be text, json or sarif; got "${chosen}"`);
  return chosen;
}

function daysOf(text: string): number {
  if (!/^\d+$/.test(text)) throw new UsagesUsageError(`--fail-within takes a whole number of days; got "${text}"`);
  return Number(text);
}

function usageError(message: string, io: UsagesIO, c: Colors): number {
  io.stderr.write(`${c.red("error")}: ${message}\nRun \`model-registry usages --help\` for usage.\n`);
  return 2;
}

function internalError(error: unknown, io: UsagesIO, c: Colors): number {
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.stderr.write(`${c.red("internal error")}: this is a bug in model-registry ${packageVersion()} usages, not in your project.\n\n${detail}\n`);
  return 3;
}

