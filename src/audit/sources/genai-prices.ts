import { readBoundedText } from "../../io/read-input";
import { dirname, join } from "node:path";
import { candidateIds } from "../ids";
import { dropUndefined, isRecord, isoDate, nonEmptyText, nonNegativeNumber, ownProperty, positiveInteger } from "../numbers";
import type { InstalledPackage } from "./installed-package";
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
  const text = (key: string): string | undefined => {
    const value = ownProperty(logic, key);
    return typeof value === "string" ? value : undefined;
  };
  const branches = (key: string): unknown[] | undefined => {
    const value = ownProperty(logic, key);
    return Array.isArray(value) ? value : undefined;
  };
  const [equals, startsWith, endsWith, contains, regex] = ["equals", "starts_with", "ends_with", "contains", "regex"].map(text);
  if (equals !== undefined) return id === equals;
  if (startsWith !== undefined) return id.startsWith(startsWith);
  if (endsWith !== undefined) return id.endsWith(endsWith);
  if (contains !== undefined) return id.includes(contains);
  if (regex !== undefined) return new RegExp(regex).test(id);
  const or = branches("or");
  if (or) return or.some((branch) => matchesModelId(branch, id));
  const and = branches("and");
  if (and) return and.every((branch) => matchesModelId(branch, id));
  return false;
}

/** One genai-prices provider: its model records in list order (the first whose `match` accepts an ID wins). */
interface GenaiProvider {
  id: string;
  models: Record<string, unknown>[];
  fallbacks: string[];
}

/**
 * genai-prices provider records (the package's `Provider[]` shape) → audit source. A registry model is the
 * model of its provider whose own `id` is one of its candidate IDs, else the first whose match logic accepts
 * one; then the provider's `fallback_model_providers` (Azure falls back to OpenAI) are tried the same way.
 */
export function genaiPricesSource(records: readonly unknown[], label = "genai-prices"): AuditSource {
  const providers = new Map<string, GenaiProvider>();
  for (const record of records) {
    const provider = genaiProvider(record);
    if (provider) providers.set(provider.id, provider);
  }
  const models = GENAI_PRICES_PROVIDERS.flatMap(([registryProvider, genaiId]) =>
    (providers.get(genaiId)?.models ?? []).map((raw) => genaiModel(genaiId, registryProvider, raw)),
  );
  return { name: "genai-prices", label, models, find: (model) => findModel(providers, model) };
}

function genaiProvider(record: unknown): GenaiProvider | undefined {
  if (!isRecord(record)) return undefined;
  const id = ownProperty(record, "id");
  const models = ownProperty(record, "models");
  const fallbacks = ownProperty(record, "fallback_model_providers");
  if (typeof id !== "string" || !Array.isArray(models)) return undefined;
  return {
    id,
    models: models.filter(isRecord),
    fallbacks: Array.isArray(fallbacks) ? fallbacks.filter((fallback): fallback is string => typeof fallback === "string") : [],
  };
}

function findModel(providers: Map<string, GenaiProvider>, model: RegistryModel): SourceModel | undefined {
  const genaiId = GENAI_PRICES_PROVIDERS.find(([provider]) => provider === model.provider)?.[1];
  const home = genaiId === undefined ? undefined : providers.get(genaiId);
  if (home === undefined) return undefined;
  const ids = candidateIds(model);
  for (const provider of [home, ...home.fallbacks.map((id) => providers.get(id))]) {
    const raw = provider === undefined ? undefined : matchingModel(provider.models, ids);
    // A fallback provider's model is reported under the registry model's provider: that is where it is priced.
    if (raw !== undefined) return genaiModel(provider!.id, model.provider, raw);
  }
  return undefined;
}

/** The exact ID beats an earlier, broader match (Bedrock's `regional.…` entries `contain` the base ID). */
function matchingModel(models: readonly Record<string, unknown>[], ids: readonly string[]): Record<string, unknown> | undefined {
  return (
    models.find((raw) => ids.includes(String(ownProperty(raw, "id")))) ?? models.find((raw) => ids.some((id) => matchesModelId(ownProperty(raw, "match"), id)))
  );
}

function genaiModel(genaiId: string, provider: RegistryProvider, raw: Record<string, unknown>): SourceModel {
  const id = String(ownProperty(raw, "id"));
  const pricing = genaiPricing(ownProperty(raw, "prices"));
  return dropUndefined({
    provider,
    id,
    key: `${genaiId}/${id}`,
    name: nonEmptyText(ownProperty(raw, "name")),
    // genai-prices has no mode: a model priced per output token generates text.
    chat: pricing?.output !== undefined,
    deprecated: ownProperty(raw, "deprecated") === true ? true : undefined,
    context_window: positiveInteger(ownProperty(raw, "context_window")),
    pricing,
  });
}

/**
 * `prices` is one table, or a list of tables each with an optional `start_date` constraint: the unconstrained
 * one is the base, each dated one a period until the next start. (Tiers inside a dated table are not read.)
 */
function genaiPricing(prices: unknown): SourcePricing | undefined {
  if (isRecord(prices)) return priceTableWithTiers(prices);
  if (!Array.isArray(prices)) return undefined;
  const conditional = prices.filter(isRecord);
  const unconstrained = conditional.find((entry) => ownProperty(entry, "constraint") === undefined);
  const base = unconstrained === undefined ? undefined : ownProperty(unconstrained, "prices");
  const dated = conditional
    .map((entry) => ({ from: startDate(ownProperty(entry, "constraint")), prices: ownProperty(entry, "prices") }))
    .filter((entry): entry is { from: string; prices: Record<string, unknown> } => entry.from !== undefined && isRecord(entry.prices))
    .sort((a, b) => a.from.localeCompare(b.from));
  const pricing = isRecord(base) ? priceTableWithTiers(base) : {};
  const periods: PricePeriod[] = dated.map((entry, index) => dropUndefined({ from: entry.from, until: dated[index + 1]?.from, ...flatPrices(entry.prices) }));
  return periods.length > 0 ? { ...pricing, periods } : pricing;
}

function startDate(constraint: unknown): string | undefined {
  if (!isRecord(constraint) || ownProperty(constraint, "type") !== "start_date") return undefined;
  return isoDate(ownProperty(constraint, "start_date"));
}

/** A price is a number or `{ base, tiers: [{ start, price }] }`; tier starts become `above_input_tokens`. */
function priceTableWithTiers(prices: Record<string, unknown>): SourcePricing {
  const table: SourcePricing = flatPrices(prices);
  const tiers = new Map<number, PriceTier>();
  for (const [field, key] of PRICE_KEYS) {
    const value = ownProperty(prices, key);
    const steps = isRecord(value) ? ownProperty(value, "tiers") : undefined;
    if (!Array.isArray(steps)) continue;
    for (const step of steps.filter(isRecord)) {
      const start = positiveInteger(ownProperty(step, "start"));
      const price = nonNegativeNumber(ownProperty(step, "price"));
      if (start === undefined || price === undefined) continue;
      const tier = tiers.get(start) ?? { above_input_tokens: start };
      tier[field] = price;
      tiers.set(start, tier);
    }
  }
  if (tiers.size > 0) table.tiers = [...tiers.values()].sort((a, b) => a.above_input_tokens - b.above_input_tokens);
  return table;
}

function flatPrices(prices: Record<string, unknown>): PriceTable {
  const table: PriceTable = {};
  for (const [field, key] of PRICE_KEYS) {
    const value = ownProperty(prices, key);
    const price = nonNegativeNumber(isRecord(value) ? ownProperty(value, "base") : value);
    if (price !== undefined) table[field] = price;
  }
  return table;
}

interface GenaiPricesPackage {
  findProvider(options: { providerId: string }): unknown;
}

/**
 * The data of the installed `@pydantic/genai-prices` package (a pinned devDependency), read through its public
 * `findProvider`, with the fallback providers it names, labelled with the package version.
 */
export function installedGenaiPricesSource(pkg?: InstalledPackage): AuditSource {
  const genai = requireGenaiPrices();
  const records = new Map<string, unknown>();
  const wanted = GENAI_PRICES_PROVIDERS.map(([, id]) => id);
  while (wanted.length > 0) {
    const id = wanted.shift()!;
    if (records.has(id)) continue;
    const provider = genaiProvider(genai.findProvider({ providerId: id }));
    // findProvider falls back to another provider for an unknown ID; only an exact answer counts.
    if (provider?.id !== id) continue;
    records.set(id, genai.findProvider({ providerId: id }));
    wanted.push(...provider.fallbacks);
  }
  const citation = `@pydantic/genai-prices@${pkg?.version ?? installedGenaiPricesVersion()}`;
  return { ...genaiPricesSource([...records.values()], citation), citation };
}

/** Loaded on demand: it is a devDependency, and the rest of the audit must load without it. */
function requireGenaiPrices(): GenaiPricesPackage {
  try {
    return require("@pydantic/genai-prices") as GenaiPricesPackage;
  } catch (error) {
    throw new Error("the genai-prices source needs the @pydantic/genai-prices package (a devDependency): run npm install", { cause: error });
  }
}

export function installedGenaiPricesVersion(): string {
  const entry = require.resolve("@pydantic/genai-prices");
  const manifest = JSON.parse(readBoundedText(join(dirname(entry), "..", "package.json"))) as { version: string };
  return manifest.version;
}
