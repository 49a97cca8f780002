import type { Modality, ModelEntry } from "../shared/registry-file";
import { compareStrings } from "../shared/string-order";
import { MAX_PRICE_PER_1M } from "./numbers";
import { perTokenToPerMillion } from "../shared/pricing";
import { isRecord, ownValue } from "../shared/records";
import { isIsoDate } from "../shared/dates";
import { nonNegativeNumber, positiveInteger } from "../shared/parsed-values";
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
function convertOneReportingFailures(
  key: string,
  raw: Record<string, unknown>,
  provider: string,
  verified: string,
  report: MigrationReport,
): ModelEntry | undefined {
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
  const contextWindow = positiveInteger(raw["max_input_tokens"]) ?? positiveInteger(raw["max_tokens"]);
  const maxOutput = positiveInteger(raw["max_output_tokens"]) ?? positiveInteger(raw["max_tokens"]);
  const input = nonNegativeNumber(raw["input_cost_per_token"]);
  const output = nonNegativeNumber(raw["output_cost_per_token"]);
  if (contextWindow === undefined)
    problems.push({ where: key, field: "max_input_tokens", value: String(raw["max_input_tokens"]), reason: "missing or not a positive integer" });
  if (maxOutput === undefined)
    problems.push({ where: key, field: "max_output_tokens", value: String(raw["max_output_tokens"]), reason: "missing or not a positive integer" });
  if (input === undefined)
    problems.push({ where: key, field: "input_cost_per_token", value: String(raw["input_cost_per_token"]), reason: "missing or not a non-negative number" });
  if (output === undefined)
    problems.push({ where: key, field: "output_cost_per_token", value: String(raw["output_cost_per_token"]), reason: "missing or not a non-negative number" });
  const id = provider === "azure" ? `azure/${providerSideName(key)}` : providerSideName(key);
  if (!MODEL_ID.test(id) || id.length > 128) problems.push({ where: key, reason: `"${id}" is not a valid registry model ID` });
  if (problems.length > before) return undefined;
  const per1MIn = perTokenToPerMillion(input!);
  const per1MOut = perTokenToPerMillion(output!);
  if (per1MIn > MAX_PRICE_PER_1M || per1MOut > MAX_PRICE_PER_1M) {
    problems.push({ where: key, reason: `price above ${MAX_PRICE_PER_1M} USD per 1M tokens (${per1MIn} / ${per1MOut}); skipped as a likely unit error` });
    return undefined;
  }
  const notes: string[] = [
    "Imported from LiteLLM; scores are the default mid tier, not measured; context_window is LiteLLM's max_input_tokens (it states no total).",
  ];
  let max = maxOutput!;
  if (max > contextWindow!) {
    notes.push(`LiteLLM max_output_tokens ${max} exceeds max_input_tokens; capped.`);
    max = contextWindow!;
  }
  const { score, speed } = tierScores("mid");
  const entry: ModelEntry = {
    id,
    provider,
    display_name: providerSideName(key),
    ...(id !== providerSideName(key) ? { api_name: providerSideName(key) } : {}),
    status: "production",
    context_window: contextWindow!,
    max_output_tokens: max,
    pricing: { input: per1MIn, output: per1MOut },
    capabilities: capabilitiesOf(raw),
    scores: { coding: score, reasoning: score, basis: "tier" },
    speed_rating: speed,
    sources: { all: SOURCE },
    verified,
  };
  const cached = nonNegativeNumber(raw["cache_read_input_token_cost"]);
  if (cached !== undefined && cached <= input!) entry.pricing.cached_input = perTokenToPerMillion(cached);
  const cacheWrite = nonNegativeNumber(raw["cache_creation_input_token_cost"]);
  if (cacheWrite !== undefined) entry.pricing.cache_write = perTokenToPerMillion(cacheWrite);
  const deprecation = raw["deprecation_date"];
  if (typeof deprecation === "string") {
    if (isIsoDate(deprecation)) {
      notes.push(`LiteLLM lists deprecation_date ${deprecation}: set status deprecated with replaced_by by hand.`);
      problems.push({
        where: key,
        field: "deprecation_date",
        value: deprecation,
        reason: "needs a replaced_by chosen by a maintainer; imported as production with a note",
      });
    } else {
      problems.push({ where: key, field: "deprecation_date", value: deprecation, reason: "not a YYYY-MM-DD date; ignored" });
    }
  }
  entry.notes = notes.join(" ");
  return entry;
}

/** LiteLLM's `supports_*` flags as registry capabilities; a flag it leaves out is not claimed. */
function capabilitiesOf(raw: Record<string, unknown>): ModelEntry["capabilities"] {
  const input: Modality[] = ["text"];
  if (raw["supports_vision"] === true) input.push("image");
  if (raw["supports_audio_input"] === true) input.push("audio");
  if (raw["supports_video_input"] === true) input.push("video");
  if (raw["supports_pdf_input"] === true) input.push("pdf");
  const output: Modality[] = ["text"];
  if (raw["supports_audio_output"] === true) output.push("audio");
  return {
    input,
    output,
    tool_calling: raw["supports_function_calling"] === true,
    ...(raw["supports_response_schema"] === true ? { structured_output: true } : {}),
    ...(raw["supports_reasoning"] === true ? { reasoning: true } : {}),
  };
}
