import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { candidateIds } from "../ids";
import { dropUndefined, isRecord, isoDate, nonNegativeNumber, ownProperty, positiveInteger } from "../numbers";
import type { AuditSource, PricePeriod, PriceTable, PriceTier, RegistryModel, RegistryProvider, SourceModel, SourcePricing } from "../types";

/** Registry provider → genai-prices provider ID. DIAL and Ollama are not in genai-prices. */
export const GENAI_PRICES_PROVIDERS: ReadonlyArray<readonly [RegistryProvider, string]> = [
  ["openai", "openai"],
  ["anthropic", "anthropic"],
  ["google", "google"],
  ["xai", "x-ai"],
  ["bedrock", "aws"],
  ["azure", "azure"],
];

const PRICE_KEYS: ReadonlyArray<readonly [keyof PriceTable, string]> = [
  ["input", "input_mtok"],
  ["output", "output_mtok"],
  ["cached_input", "cache_read_mtok"],
  ["cache_write", "cache_write_mtok"],
  ["cache_write_1h", "cache_write_1h_mtok"],
];

/** genai-prices `MatchLogic`: how a provider's model claims the IDs callers send. */
export function matchesModelId(logic: unknown, id: string): boolean {
  if (!isRecord(logic)) return false;
  const operand = (key: string): unknown => ownProperty(logic, key);
  if (typeof operand("equals") === "string") return id === operand("equals");
  if (typeof operand("starts_with") === "string") return id.startsWith(operand("starts_with") as string);
  if (typeof operand("ends_with") === "string") return id.endsWith(operand("ends_with") as string);
  if (typeof operand("contains") === "string") return id.includes(operand("contains") as string);
  if (typeof operand("regex") === "string") return new RegExp(operand("regex") as string).test(id);
  const or = operand("or");
  if (Array.isArray(or)) return or.some((branch) => matchesModelId(branch, id));
  const and = operand("and");
  if (Array.isArray(and)) return and.every((branch) => matchesModelId(branch, id));
  return false;
}

interface GenaiProviderModels {
  genaiId: string;
  provider: RegistryProvider;
  /** The raw model records, in list order: the first one whose `match` accepts an ID is that ID's model. */
  raw: Record<string, unknown>[];
  models: SourceModel[];
  fallbacks: string[];
}

/**
 * genai-prices provider records (the package's `Provider[]` shape) → audit source. A registry model is the first
 * model of its provider whose match logic accepts one of its candidate IDs; then the provider's
 * `fallback_model_providers` (Azure falls back to OpenAI's models) are tried the same way.
 */
export function genaiPricesSource(providers: readonly unknown[], label = "genai-prices"): AuditSource {
  const byGenaiId = new Map<string, GenaiProviderModels>();
  for (const record of providers) {
    if (!isRecord(record) || typeof record["id"] !== "string") continue;
    const mapping = GENAI_PRICES_PROVIDERS.find(([, genaiId]) => genaiId === record["id"]);
    const entry = providerModels(record, mapping?.[0]);
    if (entry) byGenaiId.set(entry.genaiId, entry);
  }
  const ownModels = [...byGenaiId.values()].filter((entry) => GENAI_PRICES_PROVIDERS.some(([, id]) => id === entry.genaiId));
  return {
    name: "genai-prices",
    label,
    models: ownModels.flatMap((entry) => entry.models),
    find: (model) => findModel(byGenaiId, model),
  };
}

function providerModels(record: Record<string, unknown>, provider: RegistryProvider | undefined): GenaiProviderModels | undefined {
  const genaiId = record["id"] as string;
  const list = ownProperty(record, "models");
  if (!Array.isArray(list)) return undefined;
  const raw = list.filter(isRecord);
  const fallbacks = ownProperty(record, "fallback_model_providers");
  // Providers the registry does not map (fallback targets such as deepseek) are kept for fallback lookups only.
  const registryProvider = provider ?? ("openai" as RegistryProvider);
  return {
    genaiId,
    provider: registryProvider,
    raw,
    models: raw.map((model) => genaiModel(genaiId, registryProvider, model)),
    fallbacks: Array.isArray(fallbacks) ? fallbacks.filter((id): id is string => typeof id === "string") : [],
  };
}

function findModel(byGenaiId: Map<string, GenaiProviderModels>, model: RegistryModel): SourceModel | undefined {
  const genaiId = GENAI_PRICES_PROVIDERS.find(([provider]) => provider === model.provider)?.[1];
  const home = genaiId === undefined ? undefined : byGenaiId.get(genaiId);
  if (home === undefined) return undefined;
  const ids = candidateIds(model);
  for (const entry of [home, ...home.fallbacks.map((id) => byGenaiId.get(id))]) {
    if (entry === undefined) continue;
    // A model whose own ID is one of the candidates beats an earlier, broader match (`regional.…` prefixes on Bedrock).
    const exact = entry.raw.findIndex((raw) => ids.includes(String(ownProperty(raw, "id"))));
    const index = exact >= 0 ? exact : entry.raw.findIndex((raw) => ids.some((id) => matchesModelId(ownProperty(raw, "match"), id)));
    if (index >= 0) return entry === home ? entry.models[index] : { ...entry.models[index]!, provider: model.provider };
  }
  return undefined;
}

function genaiModel(genaiId: string, provider: RegistryProvider, raw: Record<string, unknown>): SourceModel {
  const id = String(ownProperty(raw, "id"));
  const pricing = genaiPricing(ownProperty(raw, "prices"));
  return dropUndefined({
    provider,
    id,
    key: `${genaiId}/${id}`,
    // genai-prices has no mode: a model priced per output token generates text.
    chat: pricing?.output !== undefined,
    deprecated: ownProperty(raw, "deprecated") === true ? true : undefined,
    context_window: positiveInteger(ownProperty(raw, "context_window")),
    pricing,
  });
}

/** `prices` is one table, or a list of tables each with an optional `start_date` constraint. */
function genaiPricing(prices: unknown): SourcePricing | undefined {
  if (isRecord(prices)) return priceTableWithTiers(prices);
  if (!Array.isArray(prices)) return undefined;
  const conditional = prices.filter(isRecord);
  const base = conditional.find((entry) => ownProperty(entry, "constraint") === undefined);
  const dated = conditional
    .map((entry) => ({ from: startDate(ownProperty(entry, "constraint")), prices: ownProperty(entry, "prices") }))
    .filter((entry): entry is { from: string; prices: Record<string, unknown> } => entry.from !== undefined && isRecord(entry.prices))
    .sort((a, b) => a.from.localeCompare(b.from));
  const pricing = base && isRecord(base["prices"]) ? priceTableWithTiers(base["prices"]) : {};
  const periods: PricePeriod[] = dated.map((entry, index) =>
    dropUndefined({ from: entry.from, until: dated[index + 1]?.from, ...flatPrices(entry.prices) }),
  );
  return periods.length > 0 ? { ...pricing, periods } : pricing;
}

function startDate(constraint: unknown): string | undefined {
  return isRecord(constraint) && constraint["type"] === "start_date" ? isoDate(constraint["start_date"]) : undefined;
}

/** A price is a number or `{ base, tiers: [{ start, price }] }`; tier starts become `above_input_tokens`. */
function priceTableWithTiers(prices: Record<string, unknown>): SourcePricing {
  const table: SourcePricing = flatPrices(prices);
  const tiers = new Map<number, PriceTier>();
  for (const [field, key] of PRICE_KEYS) {
    const value = ownProperty(prices, key);
    if (!isRecord(value) || !Array.isArray(value["tiers"])) continue;
    for (const tier of value["tiers"].filter(isRecord)) {
      const start = positiveInteger(tier["start"]);
      const price = nonNegativeNumber(tier["price"]);
      if (start === undefined || price === undefined) continue;
      const entry = tiers.get(start) ?? { above_input_tokens: start };
      entry[field] = price;
      tiers.set(start, entry);
    }
  }
  if (tiers.size > 0) table.tiers = [...tiers.values()].sort((a, b) => a.above_input_tokens - b.above_input_tokens);
  return table;
}

function flatPrices(prices: Record<string, unknown>): PriceTable {
  const table: PriceTable = {};
  for (const [field, key] of PRICE_KEYS) {
    const value = ownProperty(prices, key);
    const price = nonNegativeNumber(isRecord(value) ? value["base"] : value);
    if (price !== undefined) table[field] = price;
  }
  return table;
}

/**
 * The data of the installed `@pydantic/genai-prices` package (a pinned devDependency), read through its public
 * `findProvider`, labelled with the package version.
 */
export function installedGenaiPricesSource(): AuditSource {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const genai = require("@pydantic/genai-prices") as { findProvider(options: { providerId: string }): unknown };
  const genaiIds = new Set(GENAI_PRICES_PROVIDERS.map(([, id]) => id));
  const providers = [...genaiIds].map((providerId) => genai.findProvider({ providerId })).filter(isRecord);
  for (const provider of [...providers]) {
    const fallbacks = ownProperty(provider, "fallback_model_providers");
    if (!Array.isArray(fallbacks)) continue;
    for (const id of fallbacks) {
      if (typeof id === "string" && !genaiIds.has(id)) {
        genaiIds.add(id);
        const fallback = genai.findProvider({ providerId: id });
        if (isRecord(fallback) && fallback["id"] === id) providers.push(fallback);
      }
    }
  }
  return genaiPricesSource(providers, `@pydantic/genai-prices@${installedGenaiPricesVersion()}`);
}

export function installedGenaiPricesVersion(): string {
  const entry = require.resolve("@pydantic/genai-prices");
  const manifest = JSON.parse(readFileSync(join(dirname(entry), "..", "package.json"), "utf8")) as { version: string };
  return manifest.version;
}
