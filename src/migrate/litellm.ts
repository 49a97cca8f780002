import type { ModelEntry } from "../generator/registry-file";
import { compareStrings } from "../generator/diagnostics";
import { perTokenTo1k } from "./numbers";
import { ownValue } from "./own";
import { emptyReport, type MigrationReport } from "./report";
import { tierScores } from "./scores";

/** LiteLLM `litellm_provider` → registry provider ID. Providers not listed here are skipped. */
export const LITELLM_PROVIDERS: Readonly<Record<string, string>> = {
  openai: "openai",
  anthropic: "anthropic",
  gemini: "google",
  xai: "xai",
  bedrock: "bedrock",
  bedrock_converse: "bedrock",
  azure: "azure",
};

/** LiteLLM keys carry a routing prefix (`azure/gpt-4o`, `gemini/gemini-2.5-pro`, `xai/grok-4`); the provider's own name drops it. */
const ROUTING_PREFIX = /^(azure|gemini|xai|bedrock|bedrock_converse|anthropic|openai)\//;

export function providerSideName(key: string): string {
  return key.replace(ROUTING_PREFIX, "");
}

const SOURCE = "https://github.com/BerriAI/litellm/blob/main/model_prices_and_context_window.json";
const MODEL_ID = /^[A-Za-z0-9](?:[A-Za-z0-9._:/@+-]*[A-Za-z0-9])?$/;

/** Top-level keys that describe the file, not a model. */
const METADATA_KEYS = new Set(["sample_spec", "last_updated"]);

export interface LiteLlmConversion {
  entries: ModelEntry[];
  report: MigrationReport;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function positiveInt(value: unknown): number | undefined {
  return typeof value === "number" && Number.isSafeInteger(value) && value > 0 ? value : undefined;
}

function price(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : undefined;
}

/**
 * LiteLLM price list → registry entries: chat models only, per-token → per-1k, `max_input_tokens` → context_window.
 * Scores are not in LiteLLM: every entry gets the "mid" tier (0.8 / 0.8 / 6.7) and a note saying so.
 */
export function convertLiteLlm(json: unknown, options: { providers?: string[]; verified: string }): LiteLlmConversion {
  const report = emptyReport();
  const entries: ModelEntry[] = [];
  if (!isRecord(json)) {
    report.problems.push({ where: "file", reason: "top level is not a JSON object of model entries" });
    return { entries, report };
  }
  const wanted = options.providers ? new Set(options.providers) : undefined;
  const seen = new Map<string, string>();
  for (const key of Object.keys(json).sort(compareStrings)) {
    if (METADATA_KEYS.has(key)) continue;
    const raw = json[key];
    if (!isRecord(raw)) {
      report.problems.push({ where: key, reason: "entry is not an object" });
      continue;
    }
    if (raw["mode"] !== "chat") continue;
    const provider = ownValue(LITELLM_PROVIDERS, raw["litellm_provider"]);
    if (provider === undefined) {
      countUnmappedProvider(report, raw["litellm_provider"]);
      continue;
    }
    if (wanted && !wanted.has(provider)) continue;
    const entry = convertOneReportingFailures(key, raw, provider, options.verified, report);
    if (!entry) continue;
    const previous = seen.get(entry.id);
    if (previous !== undefined) {
      report.problems.push({ where: key, reason: `maps to ID "${entry.id}" already produced by "${previous}"; skipped` });
      continue;
    }
    seen.set(entry.id, key);
    entries.push(entry);
  }
  report.converted = entries.length;
  return { entries, report };
}

function countUnmappedProvider(report: MigrationReport, provider: unknown): void {
  const name = typeof provider === "string" ? provider : `(${provider === null ? "null" : typeof provider})`;
  const counts = (report.unmappedProviders ??= new Map());
  counts.set(name, (counts.get(name) ?? 0) + 1);
}

/** One entry's failure is reported and that entry skipped; the rest of the import goes on. */
function convertOneReportingFailures(key: string, raw: Record<string, unknown>, provider: string, verified: string, report: MigrationReport): ModelEntry | undefined {
  try {
    return convertOne(key, raw, provider, verified, report);
  } catch (error) {
    report.problems.push({ where: key, reason: `could not be converted (${error instanceof Error ? error.message : String(error)}); skipped` });
    return undefined;
  }
}

function convertOne(key: string, raw: Record<string, unknown>, provider: string, verified: string, report: MigrationReport): ModelEntry | undefined {
  const problems = report.problems;
  const before = problems.length;
  const contextWindow = positiveInt(raw["max_input_tokens"]) ?? positiveInt(raw["max_tokens"]);
  const maxOutput = positiveInt(raw["max_output_tokens"]) ?? positiveInt(raw["max_tokens"]);
  const input = price(raw["input_cost_per_token"]);
  const output = price(raw["output_cost_per_token"]);
  if (contextWindow === undefined) problems.push({ where: key, field: "max_input_tokens", value: String(raw["max_input_tokens"]), reason: "missing or not a positive integer" });
  if (maxOutput === undefined) problems.push({ where: key, field: "max_output_tokens", value: String(raw["max_output_tokens"]), reason: "missing or not a positive integer" });
  if (input === undefined) problems.push({ where: key, field: "input_cost_per_token", value: String(raw["input_cost_per_token"]), reason: "missing or not a non-negative number" });
  if (output === undefined) problems.push({ where: key, field: "output_cost_per_token", value: String(raw["output_cost_per_token"]), reason: "missing or not a non-negative number" });
  const id = provider === "azure" ? `azure/${providerSideName(key)}` : providerSideName(key);
  if (!MODEL_ID.test(id) || id.length > 128) problems.push({ where: key, reason: `"${id}" is not a valid registry model ID` });
  if (problems.length > before) return undefined;
  const per1kIn = perTokenTo1k(input!);
  const per1kOut = perTokenTo1k(output!);
  if (per1kIn > 1 || per1kOut > 1) {
    problems.push({ where: key, reason: `per-1k price above 1.0 USD (${per1kIn} / ${per1kOut}); skipped as a likely unit error` });
    return undefined;
  }
  const notes: string[] = ["Imported from LiteLLM; scores are the default mid tier, not measured."];
  let max = maxOutput!;
  if (max > contextWindow!) {
    notes.push(`LiteLLM max_output_tokens ${max} exceeds max_input_tokens; capped.`);
    max = contextWindow!;
  }
  const entry = {
    id,
    provider,
    display_name: providerSideName(key),
    ...(id !== providerSideName(key) ? { api_name: providerSideName(key) } : {}),
    context_window: contextWindow!,
    max_output_tokens: max,
    cost_per_1k_input: per1kIn,
    cost_per_1k_output: per1kOut,
  } as ModelEntry;
  const cached = price(raw["cache_read_input_token_cost"]);
  if (cached !== undefined && cached <= input!) entry.cost_per_1k_cached_input = perTokenTo1k(cached);
  const { score, speed } = tierScores("mid");
  entry.capabilities = {
    coding_score: score,
    reasoning_score: score,
    supports_vision: raw["supports_vision"] === true,
    supports_function_calling: raw["supports_function_calling"] === true,
  };
  entry.speed_rating = speed;
  entry.status = "production";
  const deprecation = raw["deprecation_date"];
  if (typeof deprecation === "string") {
    if (/^\d{4}-\d{2}-\d{2}$/.test(deprecation)) {
      notes.push(`LiteLLM lists deprecation_date ${deprecation}: set status deprecated with replaced_by by hand.`);
      problems.push({ where: key, field: "deprecation_date", value: deprecation, reason: "needs a replaced_by chosen by a maintainer; imported as production with a note" });
    } else {
      problems.push({ where: key, field: "deprecation_date", value: deprecation, reason: "not a YYYY-MM-DD date; ignored" });
    }
  }
  entry.notes = notes.join(" ");
  entry.source = SOURCE;
  entry.verified = verified;
  return entry;
}
