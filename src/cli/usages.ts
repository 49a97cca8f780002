import { abortSignalName, exitCodeForSignal } from "../io/abort";
import { DEFAULT_REGISTRY_PATH } from "../shared/defaults";
import { join, resolve } from "node:path";
import { packageRoot, packageVersion } from "../io/paths";
import { OutputWriteError } from "../io/write";
import { todayUtc } from "../shared/dates";
import { CAPABILITY_LOSSES, type CapabilityLoss } from "../usages/classify";
import { ProjectInputError } from "../usages/project";
import { RegistryInputError } from "../usages/registry";
import { formatTextReport, location, lossNote, plural, reportPath } from "../usages/report";
import { formatJsonReport } from "../usages/report-json";
import { formatSarifReport } from "../usages/report-sarif";
import { runUsages, usesOverGate, type UsagesOptions, type UsagesOutcome } from "../usages/scan";
import { checkedAsOf, EXIT_INVALID, EXIT_OK, InputError, requireExistingFile, runCommand, UsageError, type CliIO, type CommandLine } from "./args";
import type { Colors } from "./colors";
import { unifiedDiff } from "./diff";
import { closestMatch } from "../shared/suggest";
import { loadProjectConfig } from "../config/project-config";

export const USAGES_USAGE = `Usage: model-registry usages [files, directories or globs…] [options]

Finds every use of a registry model in a TypeScript/JavaScript project: strings typed as the
generated ModelId / ModelAlias / per-provider unions, Models.X constants, and plain strings equal to
a model ID, alias or API name. JSON, YAML and .env files given as arguments are scanned too.
Each use is reported with its model's status, shutdown date, days left and replacement.

Strings that look like a provider's model ID (gpt-…, claude-…, gemini-…, o3-mini, …) but are not in
the registry are listed as "not in the registry".

Arguments:
  files, directories     TS/JS files to scan instead of a tsconfig project, and JSON/YAML/.env files;
  or globs               a directory (\`usages .\`, \`usages src/\`) stands for those files under it, without
                         node_modules, dist, build, out, coverage, dot-directories, generated and registry files

Options:
  --project <tsconfig>   the project to scan (default: tsconfig.json here, when no files are given)
  --registry <yaml>      registry YAML (default: the one the generated module the scanned code imports was
                         generated from, else the registry the project's config names, else the catalogue
                         this package ships)
  --module <path>        the generated module, when the project has it under another name
  --as-of <date>         count days left from this day, YYYY-MM-DD (default: today, UTC)
  --format <format>      text (default), json or sarif (SARIF 2.1.0)
  --json                 same as --format json
  --fail-within <days>   exit 1 if a used model shuts down within this many days, or already has
  --fix                  rewrite uses of deprecated and shutting-down models to their replacement
                         (same provider, not shut down, no smaller context, no lost capability),
                         keeping each rewrite only if the project still type-checks
  --allow-loss <list>    with --fix: rewrite even when the replacement lacks these capabilities,
                         comma-separated: ${CAPABILITY_LOSSES.join(", ")}
                         (the report and the diff name each loss accepted)
  --dry-run              with --fix: print a unified diff instead of writing files
  --help                 show this help

Exit codes: 0 ok, 1 a used model is within --fail-within, an invalid registry or a file that cannot be
written, 2 bad usage (unknown flag, bad value, a project or file named here that does not exist), 3 internal error,
130/143 stopped by SIGINT/SIGTERM before the next write.`;

type Format = "text" | "json" | "sarif";

interface UsagesArgs {
  options: UsagesOptions;
  format: Format;
  failWithin?: number;
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
  "allow-loss": { type: "string" },
} as const;

const SPEC = {
  name: "model-registry usages",
  usage: USAGES_USAGE,
  options: OPTIONS,
  positionals: { max: Infinity, name: "file" },
  paths: ["project", "registry", "module"],
} as const;

/** `model-registry usages`: resolves with the exit code. */
export function runUsagesCommand(argv: readonly string[], io: CliIO, c: Colors): Promise<number> {
  return runCommand(argv, io, c, SPEC, async (line) => {
    const args = usagesArgs(line, io.cwd);
    try {
      const outcome = await runUsages({ ...args.options, ...(io.signal ? { signal: io.signal } : {}) });
      io.stdout.write(formatOutcome(outcome, args));
      if (outcome.interrupted) return reportInterrupted(outcome, io, c);
      return gate(outcome, args, io, c);
    } catch (error) {
      if (error instanceof ProjectInputError) throw new UsageError(error.message);
      if (error instanceof RegistryInputError || error instanceof OutputWriteError) throw new InputError(error.message);
      throw error;
    }
  });
}

function reportInterrupted(outcome: UsagesOutcome, io: CliIO, c: Colors): number {
  const by = abortSignalName(io.signal);
  io.stderr.write(
    `${c.yellow("Interrupted")}${by === undefined ? "" : ` by ${by}`}: stopped before the next write; ${plural(outcome.changes.length, "file")} rewritten before it.\n`,
  );
  return exitCodeForSignal(by);
}

function formatOutcome(outcome: UsagesOutcome, args: UsagesArgs): string {
  if (args.format === "json") return formatJsonReport(outcome.report);
  if (args.format === "sarif") return formatSarifReport(outcome.report, packageVersion());
  const diff = args.options.dryRun ? fixDiff(outcome, args.options.cwd) : "";
  return formatTextReport(outcome.report) + (diff === "" ? "" : "\n" + diff);
}

function fixDiff(outcome: UsagesOutcome, cwd: string): string {
  return outcome.changes.map((change) => lossLines(outcome, change.path, cwd) + unifiedDiff({ ...change, path: reportPath(change.path, cwd) })).join("");
}

/** Before a file's diff, one `#` line per rewrite in it that loses a capability (patch and git apply skip such lines). */
function lossLines(outcome: UsagesOutcome, path: string, cwd: string): string {
  const { uses, fix } = outcome.report;
  return uses
    .filter((use, index) => use.file === path && use.fix.kind === "rewrite" && use.fix.lost !== undefined && fix?.outcomes[index]?.kind === "rewritten")
    .map(
      (use) =>
        `# ${location(use, cwd)}  ${use.modelId} → ${(use.fix as { replacement: string }).replacement}${lossNote(use.fix as Parameters<typeof lossNote>[0])}\n`,
    )
    .join("");
}

function gate(outcome: UsagesOutcome, args: UsagesArgs, io: CliIO, c: Colors): number {
  if (args.failWithin === undefined) return EXIT_OK;
  const over = usesOverGate(outcome, args.failWithin);
  if (over.length === 0) return EXIT_OK;
  io.stderr.write(`${c.red("error")}: ${plural(over.length, "use")} of a model that shuts down within ${plural(args.failWithin, "day")} (or already has):\n`);
  for (const use of over) io.stderr.write(`  ${location(use, io.cwd)}  ${use.modelId} (${use.shutdownDate})\n`);
  return EXIT_INVALID;
}

function usagesArgs({ values, positionals }: CommandLine<typeof OPTIONS>, cwd: string): UsagesArgs {
  const asOf = checkedAsOf(values["as-of"] ?? todayUtc());
  if (values["dry-run"] && !values.fix) throw new UsageError("--dry-run only makes sense with --fix");
  if (values["allow-loss"] !== undefined && !values.fix) throw new UsageError("--allow-loss only makes sense with --fix");
  if (values.registry !== undefined) requireExistingFile(values.registry, cwd, "--registry");
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
      ...(values["allow-loss"] !== undefined ? { allowLoss: lossesOf(values["allow-loss"]) } : {}),
      fallbackRegistries: [...projectRegistry(cwd), shippedCatalogue()],
    },
    format: formatOf(values.format, values.json === true),
    ...(values["fail-within"] !== undefined ? { failWithin: daysOf(values["fail-within"]) } : {}),
  };
}

function formatOf(format: string | undefined, json: boolean): Format {
  if (json && format !== undefined && format !== "json") throw new UsageError(`--json contradicts --format ${format}`);
  const chosen = json ? "json" : (format ?? "text");
  if (chosen !== "text" && chosen !== "json" && chosen !== "sarif") throw new UsageError(`--format must be text, json or sarif; got "${chosen}"`);
  return chosen;
}

/** The registry `generate` would read here: the config's `registry`, else its default path. */
function projectRegistry(cwd: string): Array<{ path: string; shownPath: string }> {
  const { config, baseDir, source } = loadProjectConfig(cwd);
  const path = resolve(baseDir, config.registry ?? DEFAULT_REGISTRY_PATH);
  const setIn = source === undefined ? ", generate's default registry" : `, set in ${reportPath(source, cwd)}`;
  return [{ path, shownPath: `${reportPath(path, cwd)}${setIn}` }];
}

function shippedCatalogue(): { path: string; shownPath: string } {
  return { path: join(packageRoot(), DEFAULT_REGISTRY_PATH), shownPath: `the catalogue shipped with @lattice-lock/model-registry ${packageVersion()}` };
}

function lossesOf(text: string): Set<CapabilityLoss> {
  const losses = text
    .split(",")
    .map((loss) => loss.trim())
    .filter((loss) => loss !== "");
  const unknown = losses.filter((loss) => !CAPABILITY_LOSSES.includes(loss));
  if (losses.length === 0 || unknown.length > 0) {
    const hint = unknown.map((loss) => closestMatch(loss, CAPABILITY_LOSSES)).find((match) => match !== undefined);
    const got = unknown.length > 0 ? `unknown capability ${unknown.map((loss) => `"${loss}"`).join(", ")}` : "an empty list";
    throw new UsageError(
      `--allow-loss takes a comma-separated list of ${CAPABILITY_LOSSES.join(", ")}; got ${got}${hint === undefined ? "" : ` (did you mean ${hint}?)`}`,
    );
  }
  return new Set(losses);
}

function daysOf(text: string): number {
  if (!/^\d+$/.test(text)) throw new UsageError(`--fail-within takes a whole number of days; got "${text}"`);
  return Number(text);
}
