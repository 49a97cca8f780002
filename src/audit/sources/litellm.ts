import { stripRoutingPrefix } from "../ids";
import { dropUndefined, isoDate, nonNegativeNumber, positiveInteger } from "../../shared/parsed-values";
import { isRecord, ownValue } from "../../shared/records";
import { perTokenToPerMillion } from "../../shared/pricing";
import { SourceIndex } from "../source-index";
import type { AuditSource, Capabilities, Modality, PriceTable, PriceTier, SourceModel, SourcePricing } from "../types";

/**
 * LiteLLM `litellm_provider` → registry provider, in order of preference: when two LiteLLM providers list
 * the same model (Gemini API and Vertex AI, Bedrock Converse and Invoke), the earlier one is compared.
 */
const LITELLM_PROVIDERS: ReadonlyArray<readonly [string, string]> = [
  ["openai", "openai"],
  ["anthropic", "anthropic"],
  ["gemini", "google"],
  ["vertex_ai-language-models", "google"],
  ["xai", "xai"],
  ["bedrock_converse", "bedrock"],
  ["bedrock", "bedrock"],
  ["azure", "azure"],
  ["ollama", "ollama"],
  ["ollama_chat", "ollama"],
];

const ROUTING_PREFIXES = ["openai", "anthropic", "gemini", "vertex_ai", "xai", "bedrock_converse", "bedrock", "azure", "ollama", "ollama_chat"];
/** Top-level keys that describe the file, not a model. */
const METADATA_KEYS = new Set(["sample_spec", "last_updated"]);
const CHAT_MODES = new Set(["chat", "responses"]);
const MODALITIES = new Set<string>(["text", "image", "audio", "video", "pdf"]);
const PRICE_FIELDS: ReadonlyArray<readonly [keyof PriceTable, string]> = [
  ["input", "input_cost_per_token"],
  ["output", "output_cost_per_token"],
  ["cached_input", "cache_read_input_token_cost"],
  ["cache_write", "cache_creation_input_token_cost"],
  ["cache_write_1h", "cache_creation_input_token_cost_above_1hr"],
];
const TIER_KEY = /^(input_cost_per_token|output_cost_per_token|cache_read_input_token_cost|cache_creation_input_token_cost)_above_(\d+)k_tokens$/;

/** Parses a LiteLLM `model_prices_and_context_window.json` (already JSON.parse'd) into an audit source. */
export function liteLlmSource(json: unknown): AuditSource {
  if (!isRecord(json)) throw new Error("LiteLLM price list: the top level is not a JSON object of model entries");
  const models = liteLlmModels(json);
  const index = new SourceIndex(models);
  const updated = isoDate(String(ownValue(json, "last_updated") ?? "").slice(0, 10));
  return {
    name: "litellm",
    label: updated ? `LiteLLM (last_updated ${updated})` : "LiteLLM",
    models,
    find: (model) => index.find(model),
  };
}

/** The entries of mapped providers, ordered by provider preference, then as listed. */
function liteLlmModels(json: Record<string, unknown>): SourceModel[] {
  const preference = new Map(LITELLM_PROVIDERS.map(([name], rank) => [name, rank]));
  const ranked: Array<{ rank: number; model: SourceModel }> = [];
  for (const key of Object.keys(json)) {
    const raw = json[key];
    if (METADATA_KEYS.has(key) || !isRecord(raw)) continue;
    const litellmProvider = ownValue(raw, "litellm_provider");
    const rank = typeof litellmProvider === "string" ? preference.get(litellmProvider) : undefined;
    if (rank === undefined) continue;
    ranked.push({ rank, model: liteLlmModel(key, raw, LITELLM_PROVIDERS[rank]![1]) });
  }
  return ranked.sort((a, b) => a.rank - b.rank).map(({ model }) => model);
}

function liteLlmModel(key: string, raw: Record<string, unknown>, provider: string): SourceModel {
  const id = stripRoutingPrefix(key, ROUTING_PREFIXES);
  const mode = ownValue(raw, "mode");
  // LiteLLM's `deprecation_date` is the day the model stops answering (its cost map drops it then): a shutdown date.
  const shutdown = isoDate(ownValue(raw, "deprecation_date"));
  return dropUndefined({
    provider,
    id,
    key,
    chat: typeof mode === "string" ? CHAT_MODES.has(mode) : undefined,
    shutdown_date: shutdown,
    max_input_tokens: positiveInteger(ownValue(raw, "max_input_tokens")),
    max_output_tokens: positiveInteger(ownValue(raw, "max_output_tokens")),
    pricing: liteLlmPricing(raw),
    capabilities: liteLlmCapabilities(raw),
  });
}

function liteLlmPricing(raw: Record<string, unknown>): SourcePricing | undefined {
  const pricing: SourcePricing = {};
  for (const [field, key] of PRICE_FIELDS) {
    const perToken = nonNegativeNumber(ownValue(raw, key));
    if (perToken !== undefined) pricing[field] = perTokenToPerMillion(perToken);
  }
  const tiers = liteLlmTiers(raw);
  if (tiers.length > 0) pricing.tiers = tiers;
  return Object.keys(pricing).length > 0 ? pricing : undefined;
}

/** `input_cost_per_token_above_200k_tokens` and friends → one tier per threshold, ordered by threshold. */
function liteLlmTiers(raw: Record<string, unknown>): PriceTier[] {
  const fieldOf: Record<string, keyof PriceTable> = {
    input_cost_per_token: "input",
    output_cost_per_token: "output",
    cache_read_input_token_cost: "cached_input",
    cache_creation_input_token_cost: "cache_write",
  };
  const tiers = new Map<number, PriceTier>();
  for (const key of Object.keys(raw)) {
    const match = TIER_KEY.exec(key);
    const perToken = nonNegativeNumber(raw[key]);
    if (!match || perToken === undefined) continue;
    const threshold = Number(match[2]) * 1000;
    const tier = tiers.get(threshold) ?? { above_input_tokens: threshold };
    tier[fieldOf[match[1]!]!] = perTokenToPerMillion(perToken);
    tiers.set(threshold, tier);
  }
  return [...tiers.values()].sort((a, b) => a.above_input_tokens - b.above_input_tokens);
}

function liteLlmCapabilities(raw: Record<string, unknown>): Partial<Capabilities> | undefined {
  const capabilities: Partial<Capabilities> = {};
  const flag = (key: string): boolean | undefined => {
    const value = ownValue(raw, key);
    return typeof value === "boolean" ? value : undefined;
  };
  const toolCalling = flag("supports_function_calling");
  const structured = flag("supports_response_schema");
  const reasoning = flag("supports_reasoning");
  if (toolCalling !== undefined) capabilities.tool_calling = toolCalling;
  if (structured !== undefined) capabilities.structured_output = structured;
  if (reasoning !== undefined) capabilities.reasoning = reasoning;
  const listed = modalityList(ownValue(raw, "supported_modalities"));
  // `supported_modalities` never names PDF; `supports_pdf_input` does.
  const input = listed && flag("supports_pdf_input") === true ? [...listed, "pdf" as const] : (listed ?? inputModalitiesFromFlags(flag));
  const output = modalityList(ownValue(raw, "supported_output_modalities"));
  if (input) capabilities.input = input;
  if (output) capabilities.output = output;
  return Object.keys(capabilities).length > 0 ? capabilities : undefined;
}

function modalityList(value: unknown): Modality[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.filter((item): item is Modality => typeof item === "string" && MODALITIES.has(item));
}

/** Without `supported_modalities`, the `supports_*` input flags say it; only when at least one is stated. */
function inputModalitiesFromFlags(flag: (key: string) => boolean | undefined): Modality[] | undefined {
  const flags: ReadonlyArray<readonly [Modality, string]> = [
    ["image", "supports_vision"],
    ["audio", "supports_audio_input"],
    ["video", "supports_video_input"],
    ["pdf", "supports_pdf_input"],
  ];
  if (flags.every(([, key]) => flag(key) === undefined)) return undefined;
  return ["text", ...flags.filter(([, key]) => flag(key) === true).map(([modality]) => modality)];
}
