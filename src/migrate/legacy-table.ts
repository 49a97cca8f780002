import type { ModelEntry } from "../shared/registry-file";
import { parseGigabytes, parsePerMillionPrice, parseTokenCount } from "./numbers";
import { roundSignificant } from "../shared/pricing";
import { ownValue } from "../shared/records";
import { emptyReport, type MigrationReport, type MigrationProblem } from "./report";
import { boltsToSpeed, countSymbol, starsToScore } from "./scores";

/** Legacy provider column → registry provider ID. */
export const LEGACY_PROVIDERS: Readonly<Record<string, string>> = {
  local: "ollama",
  ollama: "ollama",
  openai: "openai",
  anthropic: "anthropic",
  bedrock: "bedrock",
  google: "google",
  xai: "xai",
  azure: "azure",
  dial: "dial",
};

/** Where the migrated figures come from, per provider (every entry needs a source URL). */
const PROVIDER_SOURCES: Readonly<Record<string, string>> = {
  ollama: "https://ollama.com/library",
  openai: "https://platform.openai.com/docs/models",
  anthropic: "https://docs.anthropic.com/en/docs/about-claude/models",
  bedrock: "https://docs.aws.amazon.com/bedrock/latest/userguide/models-supported.html",
  google: "https://ai.google.dev/gemini-api/docs/models",
  xai: "https://docs.x.ai/docs/models",
  azure: "https://learn.microsoft.com/en-us/azure/ai-services/openai/concepts/models",
  dial: "https://docs.epam-rail.com/",
};

/** The legacy table has no output limit column; migrated entries get this (capped at the context) and a note. */
export const LEGACY_DEFAULT_MAX_OUTPUT = 4096;

export interface LegacyRow {
  line: number;
  section: string;
  cells: Record<string, string>;
}

export interface LegacyTable {
  rows: LegacyRow[];
  report: MigrationReport;
}

const REQUIRED_COLUMNS = ["Model", "Provider", "Context", "Speed", "Quality", "Cost Input", "Cost Output", "Vision", "Status"];

function splitRow(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split("|")
    .map((c) => c.trim());
}

/** A section row: the first cell is bold (`**LOCAL MODELS (20 models - FREE)**`), the rest are empty. */
function sectionHeader(cells: string[]): { name: string; claimed?: number } | undefined {
  const match = /^\*\*(.+?)\*\*$/.exec(cells[0] ?? "");
  if (!match || cells.slice(1).some((c) => c !== "")) return undefined;
  const claim = /\((\d+)\s+models?\b/i.exec(match[1]!);
  const name = match[1]!.replace(/\s*\(.*\)\s*$/, "").trim();
  return claim ? { name, claimed: Number(claim[1]) } : { name };
}

/** Parses the legacy markdown registry into rows and counts rows per section against the headers' claims. */
export function parseLegacyTable(text: string): LegacyTable {
  const report = emptyReport();
  const rows: LegacyRow[] = [];
  const lines = text.split(/\r?\n/);
  let header: string[] | undefined;
  let section = "(no section)";
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index]!;
    const lineNo = index + 1;
    if (!raw.trim().startsWith("|")) {
      if (header && raw.trim() !== "") header = undefined;
      continue;
    }
    const cells = splitRow(raw);
    if (!header) {
      header = cells;
      const missing = REQUIRED_COLUMNS.filter((c) => !header!.includes(c));
      if (missing.length > 0) report.problems.push({ where: `line ${lineNo}`, reason: `table header lacks column(s): ${missing.join(", ")}` });
      continue;
    }
    if (cells.every((c) => /^:?-+:?$/.test(c))) continue;
    const heading = sectionHeader(cells);
    if (heading) {
      section = heading.name;
      report.sections.push({ name: heading.name, ...(heading.claimed === undefined ? {} : { claimed: heading.claimed }), actual: 0 });
      continue;
    }
    if (cells.length !== header.length) {
      report.problems.push({ where: `line ${lineNo}`, reason: `row has ${cells.length} cells, the header has ${header.length}; row skipped` });
      continue;
    }
    const record = Object.fromEntries(header.map((name, i) => [name, cells[i]!]));
    rows.push({ line: lineNo, section, cells: record });
    const current = report.sections[report.sections.length - 1];
    if (current) current.actual++;
    else report.problems.push({ where: `line ${lineNo}`, reason: "row before any section header" });
  }
  if (!header) report.problems.push({ where: "file", reason: "no markdown table found" });
  return { rows, report };
}

interface ConvertContext {
  problems: MigrationProblem[];
  where: string;
}

function cellValue<T>(ctx: ConvertContext, row: LegacyRow, field: string, parse: (text: string) => T | undefined, why: string): T | undefined {
  const text = row.cells[field];
  if (text === undefined) {
    ctx.problems.push({ where: ctx.where, field, reason: "column missing" });
    return undefined;
  }
  const value = parse(text);
  if (value === undefined) ctx.problems.push({ where: ctx.where, field, value: text, reason: why });
  return value;
}

function parseVision(text: string): boolean | undefined {
  const t = text.replace(/\uFE0F/g, "").trim();
  return t === "✅" ? true : t === "❌" ? false : undefined;
}

/** "✅ Installed" and "Available" both mean the model can be used: production. Installation is a fact about one machine. */
function parseStatus(text: string): ModelEntry["status"] | undefined {
  const t = text
    .replace(/\uFE0F/g, "")
    .trim()
    .toLowerCase();
  return t === "✅ installed" || t === "installed" || t === "available" ? "production" : undefined;
}

function parseHardware(text: string): { download: number; ram: number } | undefined {
  const [download, ram] = text.split("/");
  if (download === undefined || ram === undefined) return undefined;
  const d = parseGigabytes(download);
  const r = parseGigabytes(ram);
  return d !== undefined && r !== undefined ? { download: d, ram: r } : undefined;
}

/** `llama3.1:70b`, `deepseek-coder:1.3b` → parameter count in billions from the tag. */
export function parametersFromTag(id: string): number | undefined {
  const match = /:(\d+(?:\.\d+)?)b\b/i.exec(id);
  return match ? Number(match[1]) : undefined;
}

function stripBold(text: string): string {
  return text.replace(/^\*\*(.*)\*\*$/, "$1").trim();
}

const MODEL_ID = /^[A-Za-z0-9](?:[A-Za-z0-9._:/@+-]*[A-Za-z0-9])?$/;

/** One legacy row → a registry entry, or undefined (with the reasons in `problems`) when a required cell cannot be mapped. */
export function legacyRowToEntry(row: LegacyRow, problems: MigrationProblem[], verified: string): ModelEntry | undefined {
  const id = stripBold(row.cells["Model"] ?? "");
  const ctx: ConvertContext = { problems, where: `line ${row.line} (${id || "no model"})` };
  const before = problems.length;
  if (!MODEL_ID.test(id)) problems.push({ where: ctx.where, field: "Model", value: id, reason: "not a valid registry model ID" });
  const provider = cellValue(ctx, row, "Provider", (t) => ownValue(LEGACY_PROVIDERS, t.trim().toLowerCase()), "unknown provider name");
  const context = cellValue(ctx, row, "Context", parseTokenCount, "not a token count like 128K or 2M");
  const input = cellValue(ctx, row, "Cost Input", parsePerMillionPrice, "not a price like $0.15/M");
  const output = cellValue(ctx, row, "Cost Output", parsePerMillionPrice, "not a price like $0.15/M");
  const stars = cellValue(ctx, row, "Quality", (t) => countSymbol(t, "⭐"), "not a run of ⭐");
  const bolts = cellValue(ctx, row, "Speed", (t) => countSymbol(t, "⚡"), "not a run of ⚡");
  const vision = cellValue(ctx, row, "Vision", parseVision, "expected ✅ or ❌");
  const status = cellValue(ctx, row, "Status", parseStatus, "expected '✅ Installed' or 'Available'");
  if (stars !== undefined && (stars < 1 || stars > 5))
    problems.push({ where: ctx.where, field: "Quality", value: row.cells["Quality"], reason: "more than 5 stars" });
  if (bolts !== undefined && (bolts < 1 || bolts > 3))
    problems.push({ where: ctx.where, field: "Speed", value: row.cells["Speed"], reason: "expected 1 to 3 ⚡" });
  if (problems.length > before) return undefined;

  const maxOutput = Math.min(LEGACY_DEFAULT_MAX_OUTPUT, context!);
  const entry: ModelEntry = {
    id,
    provider: provider!,
    display_name: id,
    status: status!,
    context_window: context!,
    max_output_tokens: maxOutput,
    pricing: { input: roundSignificant(input!), output: roundSignificant(output!) },
    capabilities: { input: vision! ? ["text", "image"] : ["text"], output: ["text"], tool_calling: provider !== "ollama" },
    scores: { coding: starsToScore(stars!), reasoning: starsToScore(stars!), basis: "tier" },
    speed_rating: boltsToSpeed(bolts!),
    sources: { all: ownValue(PROVIDER_SOURCES, provider!)! },
    verified,
  };
  const bestFor = row.cells["Best For"]?.trim();
  if (bestFor) entry.best_for = bestFor;
  if (provider === "ollama") addHardware(entry, row, ctx);
  entry.notes = `Migrated from the legacy markdown registry; max_output_tokens (${maxOutput}) and tool_calling are defaults, not legacy figures.`;
  return entry;
}

function addHardware(entry: ModelEntry, row: LegacyRow, ctx: ConvertContext): void {
  const sizes = cellValue(ctx, row, "Size/RAM", parseHardware, "expected download/RAM like 42GB/64GB+; hardware left out");
  const parameters = parametersFromTag(entry.id);
  if (parameters === undefined)
    ctx.problems.push({ where: ctx.where, field: "Model", value: entry.id, reason: "no parameter count in the tag; hardware left out" });
  if (sizes && parameters !== undefined) entry.hardware = { parameters_billion: parameters, download_size_gb: sizes.download, min_ram_gb: sizes.ram };
}

export interface LegacyConversion {
  entries: ModelEntry[];
  report: MigrationReport;
}

export function convertLegacyMarkdown(text: string, verified: string): LegacyConversion {
  const { rows, report } = parseLegacyTable(text);
  const entries: ModelEntry[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const entry = legacyRowToEntry(row, report.problems, verified);
    if (!entry) continue;
    if (seen.has(entry.id)) {
      report.problems.push({ where: `line ${row.line}`, field: "Model", value: entry.id, reason: "duplicate model ID; later row skipped" });
      continue;
    }
    seen.add(entry.id);
    entries.push(entry);
  }
  report.converted = entries.length;
  return { entries, report };
}
