import { isIsoDate } from "../shared/dates";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import type { ModelEntry } from "../shared/registry-file";
import { convertLegacyMarkdown } from "./legacy-table";
import { convertLiteLlm } from "./litellm";
import { formatReport, type MigrationReport } from "./report";
import { entriesToYaml } from "./yaml-out";

export interface MigrateIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd?: string;
}

interface CommonArgs {
  input: string;
  out?: string;
  merge?: string;
  verified?: string;
  providers?: string[];
}

const USAGE_MIGRATE = "usage: npm run migrate -- <legacy.md> [--out FILE] [--merge REGISTRY.yaml] [--verified YYYY-MM-DD]";
const USAGE_LITELLM =
  "usage: npm run import:litellm -- <prices.json> [--provider openai,anthropic,...] [--out FILE] [--merge REGISTRY.yaml] [--verified YYYY-MM-DD]";

class UsageError extends Error {}

function parseArgs(argv: string[], allowProviders: boolean): CommonArgs {
  const positional: string[] = [];
  const args: Partial<CommonArgs> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === "") throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === "--out") args.out = value();
    else if (flag === "--merge") args.merge = value();
    else if (flag === "--verified") args.verified = value();
    else if (flag === "--provider" && allowProviders) args.providers = value().split(",").map((p) => p.trim()).filter(Boolean);
    else if (flag.startsWith("-")) throw new UsageError(`unknown option ${flag}`);
    else positional.push(arg);
  }
  if (positional.length !== 1) throw new UsageError(positional.length === 0 ? "missing input file" : `one input file expected, got ${positional.length}`);
  if (args.verified !== undefined && !isIsoDate(args.verified)) {
    throw new UsageError(`--verified must be a real date in YYYY-MM-DD form, got ${JSON.stringify(args.verified)}`);
  }
  return { ...args, input: positional[0]! };
}


/** The date in a file name (`...-2026-07-24.json`), which is when that snapshot was taken. */
function dateInName(file: string): string | undefined {
  return /(\d{4}-\d{2}-\d{2})/.exec(file.split(/[\\/]/).pop() ?? "")?.[1];
}

/** IDs and aliases a registry file already has. */
function knownIds(registryFile: string): Set<string> {
  const data = parseYaml(readFileSync(registryFile, "utf8")) as { models?: Array<{ id?: unknown }>; aliases?: Record<string, unknown> } | null;
  const ids = new Set<string>();
  for (const model of data?.models ?? []) if (typeof model?.id === "string") ids.add(model.id);
  for (const alias of Object.keys(data?.aliases ?? {})) ids.add(alias);
  return ids;
}

function emit(entries: ModelEntry[], report: MigrationReport, args: CommonArgs, title: string, io: MigrateIo): number {
  let output = entries;
  if (args.merge !== undefined) {
    const known = knownIds(args.merge);
    output = entries.filter((e) => !known.has(e.id));
    report.skipped.push(...entries.filter((e) => known.has(e.id)).map((e) => e.id));
    report.converted = output.length;
  }
  const yaml = entriesToYaml(output, { withKey: true });
  if (args.out !== undefined) {
    writeFileSync(args.out, yaml, { flag: "wx" });
    io.stderr(`wrote ${output.length} entries to ${args.out}\n`);
  } else {
    io.stdout(yaml);
  }
  io.stderr(formatReport(report, title));
  return 0;
}

function run(argv: string[], io: MigrateIo, usage: string, allowProviders: boolean, convert: (args: CommonArgs) => { entries: ModelEntry[]; report: MigrationReport; title: string }): number {
  let args: CommonArgs;
  try {
    args = parseArgs(argv, allowProviders);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`error: ${error.message}\n${usage}\n`);
    return 2;
  }
  if (args.out !== undefined && existsSync(args.out)) {
    io.stderr(`error: ${args.out} already exists; refusing to overwrite it (write to a new file, or use --merge to add only new IDs)\n`);
    return 1;
  }
  if (args.merge !== undefined && !existsSync(args.merge)) {
    io.stderr(`error: registry ${args.merge} not found\n`);
    return 1;
  }
  try {
    const { entries, report, title } = convert(args);
    return emit(entries, report, args, title, io);
  } catch (error) {
    io.stderr(`error: ${(error as Error).message}\n`);
    return 1;
  }
}

/** `npm run migrate`: legacy markdown registry → registry YAML entries, report on stderr. */
export function runMigrate(argv: string[], io: MigrateIo): number {
  return run(argv, io, USAGE_MIGRATE, false, (args) => {
    const text = readFileSync(args.input, "utf8");
    // The legacy registry is dated November 2025; its figures were "verified" then, not today.
    const { entries, report } = convertLegacyMarkdown(text, args.verified ?? dateInName(args.input) ?? "2025-11-01");
    return { entries, report, title: `migrate ${args.input}` };
  });
}

/** `npm run import:litellm`: LiteLLM price list → registry YAML entries, report on stderr. */
export function runImportLitellm(argv: string[], io: MigrateIo): number {
  return run(argv, io, USAGE_LITELLM, true, (args) => {
    const verified = args.verified ?? dateInName(args.input);
    if (verified === undefined) throw new Error("no date in the file name; pass --verified YYYY-MM-DD (the snapshot's date)");
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(args.input, "utf8"));
    } catch (error) {
      throw new Error(`${args.input} is not valid JSON: ${(error as Error).message}`);
    }
    const { entries, report } = convertLiteLlm(json, { verified, ...(args.providers ? { providers: args.providers } : {}) });
    return { entries, report, title: `import:litellm ${args.input}` };
  });
}
