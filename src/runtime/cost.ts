import { startOfDayUtc } from "../shared/dates";
import { scaledToDecimalString, scaledToNumber, toScaledInteger } from "../shared/decimal";
import type { AnyModelRecord } from "./data";
import { InvalidArgumentError, UnservableUsageError } from "./errors";

/** Token counts of one request (or of a batch of requests: the figures add up). */
export interface TokenUsage {
  /** Every prompt token, cached and cache-written ones included. */
  inputTokens: number;
  outputTokens: number;
  /** How many of `inputTokens` were read from the prompt cache (a part of `inputTokens`). */
  cachedInputTokens?: number;
  /** How many of `inputTokens` were written to the prompt cache (default duration; 5 minutes at Anthropic). */
  cacheWriteTokens?: number;
  /** How many of `inputTokens` were written to a 1-hour prompt cache. */
  cacheWrite1hTokens?: number;
}

export type ServiceTier = "standard" | "batch" | "flex" | "priority";

export interface CostOptions {
  /** When the request is made: picks the price period in force. Default: now. */
  at?: Date | string;
  /** Default `"standard"`. */
  serviceTier?: ServiceTier;
}

export type CostItem = "input" | "cached_input" | "cache_write" | "cache_write_1h" | "output";

/** One line of the bill: how many tokens at which price. */
export interface CostLine {
  readonly item: CostItem;
  readonly tokens: number;
  /** USD per 1M tokens, after period, long-context tier and service tier. */
  readonly usdPer1M: number;
  readonly usd: number;
}

/** Which of the model's prices were in force, so a caller can say why a figure is what it is. */
export interface PriceInForce {
  /** The dated price period that applied (e.g. an introductory price), or undefined for the base prices. */
  readonly period: { readonly from?: string; readonly until?: string; readonly note?: string } | undefined;
  /** The long-context tier that applied, or undefined below every threshold. */
  readonly tier: { readonly aboveInputTokens: number; readonly appliesTo: "whole-request" | "excess-tokens" } | undefined;
  readonly serviceTier: ServiceTier;
}

export interface CostEstimate {
  /** The total in USD: the double nearest to `usdExact`. */
  readonly usd: number;
  /** The total as an exact decimal string. */
  readonly usdExact: string;
  readonly lines: readonly CostLine[];
  readonly priceInForce: PriceInForce;
}

type Rates = Partial<Record<CostItem, number>>;

// Scales of the exact arithmetic: prices in 1e-9 USD per 1M tokens, multipliers in 1e-6; a line is
// price × multiplier × tokens, and USD = that / 10^(9 + 6 + 6).
const PRICE_SCALE = 9;
const MULTIPLIER_SCALE = 6;
const LINE_SCALE = PRICE_SCALE + MULTIPLIER_SCALE + 6;
const ONE = toScaledInteger(1, MULTIPLIER_SCALE);

/** (3 × input + output) / 4 at the base prices, USD per 1M tokens: the legacy orchestrator's single price figure. */
export function blendedCostPer1MOf(model: AnyModelRecord): number {
  const weighted = 3n * toScaledInteger(model.pricing.input, PRICE_SCALE) + toScaledInteger(model.pricing.output, PRICE_SCALE);
  return scaledToNumber(weighted * 25n, PRICE_SCALE + 2);
}

/** Input and output price at the base rate, USD per 1M tokens. */
export function pricePer1MOf(model: AnyModelRecord): { input: number; output: number } {
  return { input: model.pricing.input, output: model.pricing.output };
}

/**
 * What `usage` costs on `model`: the prices in force at `options.at` (base, overridden by a dated period), for
 * the prompt's size (a long-context tier), at the service tier; line by line, in exact decimal arithmetic.
 */
export function estimateCostOf(model: AnyModelRecord, usage: TokenUsage, options: CostOptions = {}): CostEstimate {
  const tokens = checkedUsage(model, usage);
  const serviceTier = options.serviceTier ?? "standard";
  const period = periodInForce(model, instantOf(options.at));
  const tier = tierFor(model, tokens.input);
  const baseRates = { ...ratesOf(model.pricing), ...(period ? ratesOf(period) : {}) };
  const { rates: standardRates, multiplier } = serviceTierRates(model, baseRates, serviceTier);
  const tierRates = tier === undefined ? standardRates : { ...standardRates, ...ratesOf(tier) };

  const lines: Array<{ item: CostItem; tokens: bigint; price: number }> = [];
  const add = (item: CostItem, count: bigint, rates: Rates) => {
    if (count > 0n) lines.push({ item, tokens: count, price: priceOf(rates, item) });
  };
  const uncached = tokens.input - tokens.cached - tokens.write - tokens.write1h;
  if (tier !== undefined && (tier.applies_to ?? "whole-request") === "excess-tokens") {
    const threshold = BigInt(tier.above_input_tokens);
    add("input", minBigInt(uncached, threshold), standardRates);
    add("input", uncached - minBigInt(uncached, threshold), tierRates);
    add("cached_input", tokens.cached, standardRates);
    add("cache_write", tokens.write, standardRates);
    add("cache_write_1h", tokens.write1h, standardRates);
    add("output", tokens.output, standardRates);
  } else {
    add("input", uncached, tierRates);
    add("cached_input", tokens.cached, tierRates);
    add("cache_write", tokens.write, tierRates);
    add("cache_write_1h", tokens.write1h, tierRates);
    add("output", tokens.output, tierRates);
  }

  let total = 0n;
  const priced = lines.map(({ item, tokens: count, price }) => {
    const scaled = toScaledInteger(price, PRICE_SCALE) * multiplier * count;
    total += scaled;
    return {
      item,
      tokens: Number(count),
      usdPer1M: scaledToNumber(toScaledInteger(price, PRICE_SCALE) * multiplier, PRICE_SCALE + MULTIPLIER_SCALE),
      usd: scaledToNumber(scaled, LINE_SCALE),
    };
  });
  return {
    usd: scaledToNumber(total, LINE_SCALE),
    usdExact: scaledToDecimalString(total, LINE_SCALE),
    lines: priced,
    priceInForce: {
      period: period === undefined ? undefined : { from: period.from, until: period.until, note: period.note },
      tier: tier === undefined ? undefined : { aboveInputTokens: tier.above_input_tokens, appliesTo: tier.applies_to ?? "whole-request" },
      serviceTier,
    },
  };
}

type Pricing = AnyModelRecord["pricing"];
type Period = NonNullable<Pricing["periods"]>[number];
type Tier = NonNullable<Pricing["tiers"]>[number];

function ratesOf(source: Partial<Record<CostItem, number | undefined>>): Rates {
  const rates: Rates = {};
  for (const item of ["input", "cached_input", "cache_write", "cache_write_1h", "output"] as const) {
    const price = source[item];
    if (price !== undefined) rates[item] = price;
  }
  return rates;
}

/** A cache read without its own price is billed as input; a cache write without one, too. */
function priceOf(rates: Rates, item: CostItem): number {
  if (item === "cache_write_1h") return rates.cache_write_1h ?? rates.cache_write ?? rates.input!;
  return rates[item] ?? rates.input!;
}

function periodInForce(model: AnyModelRecord, at: number): Period | undefined {
  return model.pricing.periods?.find(
    (p) => (p.from === undefined || at >= startOfDayUtc(p.from)) && (p.until === undefined || at < startOfDayUtc(p.until)),
  );
}

/** The highest tier whose threshold the prompt exceeds. */
function tierFor(model: AnyModelRecord, inputTokens: bigint): Tier | undefined {
  let found: Tier | undefined;
  for (const tier of model.pricing.tiers ?? []) if (inputTokens > BigInt(tier.above_input_tokens)) found = tier;
  return found;
}

function serviceTierRates(model: AnyModelRecord, rates: Rates, serviceTier: ServiceTier): { rates: Rates; multiplier: bigint } {
  if (serviceTier === "standard") return { rates, multiplier: ONE };
  const tiers = model.pricing.service_tiers;
  const table = tiers === undefined || !Object.hasOwn(tiers, serviceTier) ? undefined : tiers[serviceTier];
  if (table === undefined) {
    const offered = ["standard", ...Object.keys(tiers ?? {})].join(", ");
    throw new UnservableUsageError(model.id, `model "${model.id}" has no ${serviceTier} service tier; it offers: ${offered}`);
  }
  if (table.multiplier !== undefined) return { rates, multiplier: toScaledInteger(table.multiplier, MULTIPLIER_SCALE) };
  return { rates: ratesOf(table), multiplier: ONE };
}

function instantOf(at: Date | string | undefined): number {
  if (at === undefined) return Date.now();
  const time = typeof at === "string" ? Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(at) ? `${at}T00:00:00Z` : at) : at.getTime();
  if (Number.isNaN(time)) throw new InvalidArgumentError(`options.at must be a valid date, got ${JSON.stringify(String(at))}`);
  return time;
}

function checkedUsage(model: AnyModelRecord, usage: TokenUsage) {
  if (usage === null || typeof usage !== "object") {
    throw new InvalidArgumentError(`usage must be an object with inputTokens and outputTokens, got ${usage === null ? "null" : typeof usage}`);
  }
  const tokens = {
    input: tokenCount(usage.inputTokens, "inputTokens"),
    output: tokenCount(usage.outputTokens, "outputTokens"),
    cached: tokenCount(usage.cachedInputTokens ?? 0, "cachedInputTokens"),
    write: tokenCount(usage.cacheWriteTokens ?? 0, "cacheWriteTokens"),
    write1h: tokenCount(usage.cacheWrite1hTokens ?? 0, "cacheWrite1hTokens"),
  };
  const parts = tokens.cached + tokens.write + tokens.write1h;
  if (parts > tokens.input) {
    throw new InvalidArgumentError(
      `cached and cache-write tokens (${parts}) exceed inputTokens (${tokens.input}); they are counted as part of inputTokens`,
    );
  }
  const inputLimit = model.max_input_tokens ?? model.context_window;
  if (tokens.input > BigInt(inputLimit)) {
    throw new UnservableUsageError(model.id, `${tokens.input} input tokens exceed the input limit of "${model.id}" (${inputLimit})`);
  }
  if (tokens.output > BigInt(model.max_output_tokens)) {
    throw new UnservableUsageError(model.id, `${tokens.output} output tokens exceed the output limit of "${model.id}" (${model.max_output_tokens})`);
  }
  if (tokens.input + tokens.output > BigInt(model.context_window)) {
    throw new UnservableUsageError(
      model.id,
      `${tokens.input} input + ${tokens.output} output tokens exceed the context window of "${model.id}" (${model.context_window})`,
    );
  }
  return tokens;
}

function tokenCount(value: number, name: string): bigint {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new InvalidArgumentError(`${name} must be a non-negative integer, got ${String(value)}`);
  }
  return BigInt(value);
}

function minBigInt(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}
