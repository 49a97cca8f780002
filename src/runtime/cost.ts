import { hasOwnKey, ownValue } from "../shared/records";
import { isIsoDate, leadingIsoDate, startOfDayUtc, todayUtc } from "../shared/dates";
import { periodInForce } from "../shared/pricing";
import { scaledToDecimalString, scaledToNumber, toScaledInteger } from "../shared/decimal";
import type { AnyModelRecord } from "./data";
import { describe, optionsArgument } from "./arguments";
import { InvalidArgumentError, UnpricedUsageError, UnservableUsageError } from "./errors";
import { normalizeUsage, type AnyUsage, type NormalizedUsage, type UsageShape } from "./usage";

export type { AnyUsage, AnthropicUsage, OpenAIChatUsage, OpenAIResponsesUsage, TokenUsage, UsageShape, VercelAIUsage, VercelAIV4Usage } from "./usage";

export type ServiceTier = "standard" | "batch" | "flex" | "priority";
const SERVICE_TIERS: readonly ServiceTier[] = ["standard", "batch", "flex", "priority"];

export interface CostOptions {
  /** When the request is made: picks the price period in force. Default: now. */
  at?: Date | string;
  /** Default: the tier the usage reports (Anthropic's `usage.service_tier`), else `"standard"`. */
  serviceTier?: ServiceTier;
}

export type CostItem = "input" | "cached_input" | "cache_write" | "cache_write_1h" | "output";
/** Which of the model's price tables a line's price was read from. */
export type PriceSource = "base" | "period" | "tier" | "service-tier";

/** One line of the bill: how many tokens at which price, and where that price comes from. */
export interface CostLine {
  readonly item: CostItem;
  readonly tokens: number;
  /** USD per 1M tokens, after period, long-context tier and service tier. */
  readonly usdPer1M: number;
  readonly usdPer1MExact: string;
  readonly usd: number;
  readonly usdExact: string;
  readonly priceFrom: PriceSource;
  /** The item whose price was charged: `input` for a cache read or write the model has no own price for. */
  readonly pricedAs: CostItem;
  /** `above_input_tokens` of the long-context tier whose price this is; undefined at the prices below every tier. */
  readonly tier: number | undefined;
  /** The service tier's multiplier (1 at standard rates or at a service tier's own table). */
  readonly multiplier: number;
}

/** A charge per call (e.g. web search), outside the token lines; no service-tier multiplier applies. */
export interface FeeLine {
  readonly item: "web_search";
  readonly calls: number;
  readonly usdPer1k: number;
  readonly usd: number;
  readonly usdExact: string;
}

export interface TierInForce {
  readonly aboveInputTokens: number;
  readonly appliesTo: "whole-request" | "excess-tokens";
  readonly boundary: "above" | "at-or-above";
}

/** Which of the model's prices were in force, so a caller can say why a figure is what it is. */
export interface PriceInForce {
  /** The dated price period that applied (e.g. an introductory price), or undefined for the base prices. */
  readonly period: { readonly from?: string; readonly until?: string; readonly note?: string } | undefined;
  /** The highest long-context tier the prompt reached, or undefined below every threshold. */
  readonly tier: TierInForce | undefined;
  readonly serviceTier: ServiceTier;
}

/** The request as it was read, in the registry's terms (from whichever SDK shape it came). */
export interface UsageRead {
  readonly shape: UsageShape;
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly cachedInputTokens: number;
  readonly cacheWriteTokens: number;
  readonly cacheWrite1hTokens: number;
  readonly webSearchRequests: number;
}

export interface CostEstimate {
  /** The total in USD: the double nearest to `usdExact`. */
  readonly usd: number;
  /** The total as an exact decimal string: the exact sum of the lines' and the fees' `usdExact`. */
  readonly usdExact: string;
  readonly lines: readonly CostLine[];
  readonly fees: readonly FeeLine[];
  readonly priceInForce: PriceInForce;
  readonly usage: UsageRead;
  /** What the usage reports but the registry has no price for (e.g. `{ web_search_requests: 2 }`): not in the total. */
  readonly unpriced: Readonly<Record<string, number>>;
}

type Pricing = AnyModelRecord["pricing"];
type Period = NonNullable<Pricing["periods"]>[number];
type Tier = NonNullable<Pricing["tiers"]>[number];
type PriceFields = Partial<Record<CostItem, number | undefined>>;
type Rates = Partial<Record<CostItem, { readonly price: number; readonly from: PriceSource }>>;

/** A run of the prompt's tokens billed at one set of rates: whole-request tiers have one band, excess-tokens tiers one per threshold. */
interface Band {
  /** How many of the prompt's tokens come before the band. */
  readonly start: bigint;
  readonly rates: Rates;
  readonly tier: Tier | undefined;
}

const ITEMS: readonly CostItem[] = ["input", "cached_input", "cache_write", "cache_write_1h", "output"];

// Scales of the exact arithmetic: prices in 1e-9 USD per 1M tokens, multipliers in 1e-6; a line is
// price × multiplier × tokens, and USD = that / 10^(9 + 6 + 6).
const PRICE_SCALE = 9;
const MULTIPLIER_SCALE = 6;
const RATE_SCALE = PRICE_SCALE + MULTIPLIER_SCALE;
const LINE_SCALE = RATE_SCALE + 6;
const ONE = toScaledInteger(1, MULTIPLIER_SCALE);

/** Input and output price at the base rate, USD per 1M tokens. */
export function pricePer1MOf(model: AnyModelRecord): { input: number; output: number } {
  return { input: model.pricing.input, output: model.pricing.output };
}

/**
 * What `usage` (the registry's `TokenUsage` or an OpenAI, Anthropic or Vercel AI SDK usage object) costs on
 * `model`: the prices in force at `options.at`, for the prompt's size, at the service tier; line by line, exact.
 * Throws `UnservableUsageError` for usage the model could not have served and `UnpricedUsageError` for usage
 * the registry has no price for.
 */
export function estimateCostOf(model: AnyModelRecord, usage: AnyUsage, options?: CostOptions): CostEstimate {
  // Own properties only: a polluted Object.prototype.serviceTier or .at must not change a price.
  const given = optionsArgument(options, "options");
  const tokens = normalizeUsage(usage);
  checkLimits(model, tokens);
  const serviceTier = serviceTierOf(ownValue(given, "serviceTier"), tokens.reportedServiceTier);
  const period = periodInForce(model.pricing.periods, todayUtc(new Date(instantOf(ownValue(given, "at")))));
  const { rates: standard, multiplier } = standardRates(model, period, serviceTier);
  const bands = bandsFor(model, standard, tokens.input);
  const reached = bands[bands.length - 1]!.tier;
  checkTierPriced(model, reached, period, standard, serviceTier);
  const lines = billLines(model, tokens, bands, standard, multiplier);
  const fee = webSearchFee(model, tokens.webSearches);
  const total = [...lines, ...(fee === undefined ? [] : [fee])].reduce((sum, line) => sum + line.scaled, 0n);
  return {
    usd: scaledToNumber(total, LINE_SCALE),
    usdExact: scaledToDecimalString(total, LINE_SCALE),
    lines: lines.map((line) => line.line),
    fees: fee === undefined ? [] : [fee.line],
    priceInForce: { period: describePeriod(period), tier: describeTier(reached), serviceTier },
    usage: usageRead(tokens),
    unpriced: tokens.webSearches > 0n && fee === undefined ? { web_search_requests: Number(tokens.webSearches) } : {},
  };
}

function checkLimits(model: AnyModelRecord, tokens: NormalizedUsage): void {
  const inputLimit = model.max_input_tokens ?? model.context_window;
  if (tokens.input > BigInt(inputLimit)) {
    throw new UnservableUsageError(model.id, `${tokens.input} input tokens exceed the input limit of "${model.id}" (${inputLimit})`, "input-limit");
  }
  if (tokens.output > BigInt(model.max_output_tokens)) {
    throw new UnservableUsageError(
      model.id,
      `${tokens.output} output tokens exceed the output limit of "${model.id}" (${model.max_output_tokens})`,
      "output-limit",
    );
  }
  if (tokens.input + tokens.output > BigInt(model.context_window)) {
    throw new UnservableUsageError(
      model.id,
      `${tokens.input} input + ${tokens.output} output tokens exceed the context window of "${model.id}" (${model.context_window})`,
      "context-window",
    );
  }
}

function serviceTierOf(requested: unknown, reported: string | undefined): ServiceTier {
  if (requested !== undefined) {
    if (!SERVICE_TIERS.includes(requested as ServiceTier)) {
      throw new InvalidArgumentError(`unknown serviceTier ${describe(requested)}; expected one of ${SERVICE_TIERS.join(", ")}`);
    }
    return requested as ServiceTier;
  }
  return SERVICE_TIERS.find((tier) => tier === reported) ?? "standard";
}

/** The rates below every tier: base, overridden by the period in force, or a service tier's own table. */
function standardRates(model: AnyModelRecord, period: Period | undefined, serviceTier: ServiceTier): { rates: Rates; multiplier: bigint } {
  const rates = overlay(ratesFrom(model.pricing, "base"), period === undefined ? {} : ratesFrom(period, "period"));
  if (serviceTier === "standard") return { rates, multiplier: ONE };
  const tiers = model.pricing.service_tiers;
  const table = tiers !== undefined && hasOwnKey(tiers, serviceTier) ? tiers[serviceTier] : undefined;
  if (table === undefined) {
    const offered = ["standard", ...Object.keys(tiers ?? {})].join(", ");
    throw new UnservableUsageError(model.id, `model "${model.id}" has no ${serviceTier} service tier; it offers: ${offered}`, "service-tier");
  }
  if (table.multiplier !== undefined) return { rates, multiplier: toScaledInteger(table.multiplier, MULTIPLIER_SCALE) };
  if (period !== undefined) {
    throw new UnpricedUsageError(model.id, `the registry has ${serviceTier} prices for "${model.id}" only outside its price period ${describeRange(period)}`);
  }
  return { rates: ratesFrom(table, "service-tier"), multiplier: ONE };
}

/** Band 0 at the standard rates, then one band per tier the prompt reaches (whole-request: only the highest, from token 0). */
function bandsFor(model: AnyModelRecord, standard: Rates, input: bigint): Band[] {
  const reached = (model.pricing.tiers ?? []).filter((tier) => input > tokensBefore(tier));
  const highest = reached[reached.length - 1];
  if (highest === undefined) return [{ start: 0n, rates: standard, tier: undefined }];
  if ((highest.applies_to ?? "whole-request") === "whole-request") {
    return [{ start: 0n, rates: overlay(standard, ratesFrom(highest, "tier")), tier: highest }];
  }
  return [
    { start: 0n, rates: standard, tier: undefined },
    ...reached.map((tier) => ({ start: tokensBefore(tier), rates: overlay(standard, ratesFrom(tier, "tier")), tier })),
  ];
}

/** How many prompt tokens precede the tier: "above 200K" starts at token 200,001, "at or above 200K" at token 200,000. */
function tokensBefore(tier: Tier): bigint {
  const threshold = BigInt(tier.above_input_tokens);
  return tier.boundary === "at-or-above" ? threshold - 1n : threshold;
}

interface PricedLine {
  readonly line: CostLine;
  readonly scaled: bigint;
}

/**
 * The prompt is laid out as the cache sees it: cache reads (the cached prefix) first, then cache writes, then
 * uncached input; an excess-tokens band prices the part of each run that lies past its start. Output is
 * priced at the whole-request tier's rates, or at the standard ones.
 */
function billLines(model: AnyModelRecord, tokens: NormalizedUsage, bands: readonly Band[], standard: Rates, multiplier: bigint): PricedLine[] {
  const runs: Array<[CostItem, bigint]> = [
    ["cached_input", tokens.cacheRead],
    ["cache_write", tokens.cacheWrite],
    ["cache_write_1h", tokens.cacheWrite1h],
    ["input", tokens.input - tokens.cacheRead - tokens.cacheWrite - tokens.cacheWrite1h],
  ];
  const lines: PricedLine[] = [];
  let position = 0n;
  for (const [item, count] of runs) {
    bands.forEach((band, i) => {
      const end = bands[i + 1]?.start ?? position + count;
      const inBand = overlapOf(position, position + count, band.start, end);
      if (inBand > 0n) lines.push(pricedLine(model, item, inBand, band, multiplier));
    });
    position += count;
  }
  const outputBand = bands.length === 1 ? bands[0]! : { start: 0n, rates: standard, tier: undefined };
  if (tokens.output > 0n) lines.push(pricedLine(model, "output", tokens.output, outputBand, multiplier));
  return lines;
}

/** USD per 1k calls × calls / 1,000, at the lines' scale. */
function webSearchFee(model: AnyModelRecord, calls: bigint): { line: FeeLine; scaled: bigint } | undefined {
  const per1k = model.pricing.fees?.web_search_per_1k;
  if (calls === 0n || per1k === undefined) return undefined;
  const scaled = toScaledInteger(per1k, PRICE_SCALE) * calls * 10n ** BigInt(LINE_SCALE - PRICE_SCALE - 3);
  return {
    scaled,
    line: {
      item: "web_search",
      calls: Number(calls),
      usdPer1k: per1k,
      usd: scaledToNumber(scaled, LINE_SCALE),
      usdExact: scaledToDecimalString(scaled, LINE_SCALE),
    },
  };
}

function overlapOf(from: bigint, to: bigint, bandFrom: bigint, bandTo: bigint): bigint {
  const start = from > bandFrom ? from : bandFrom;
  const end = to < bandTo ? to : bandTo;
  return end > start ? end - start : 0n;
}

function pricedLine(model: AnyModelRecord, item: CostItem, count: bigint, band: Band, multiplier: bigint): PricedLine {
  const { pricedAs, rate } = rateFor(model, band.rates, item);
  const perMillion = toScaledInteger(rate.price, PRICE_SCALE) * multiplier;
  const scaled = perMillion * count;
  return {
    scaled,
    line: {
      item,
      tokens: Number(count),
      usdPer1M: scaledToNumber(perMillion, RATE_SCALE),
      usdPer1MExact: scaledToDecimalString(perMillion, RATE_SCALE),
      usd: scaledToNumber(scaled, LINE_SCALE),
      usdExact: scaledToDecimalString(scaled, LINE_SCALE),
      priceFrom: rate.from,
      pricedAs,
      tier: band.tier?.above_input_tokens,
      multiplier: scaledToNumber(multiplier, MULTIPLIER_SCALE),
    },
  };
}

/**
 * A cache read or a 5-minute write without its own price is billed as input (OpenAI bills writes so); a 1-hour
 * write without one has no price: the provider's 1-hour writes cost more than 5-minute ones.
 */
function rateFor(model: AnyModelRecord, rates: Rates, item: CostItem): { pricedAs: CostItem; rate: NonNullable<Rates[CostItem]> } {
  const own = rates[item];
  if (own !== undefined) return { pricedAs: item, rate: own };
  if (item === "cache_write_1h") {
    throw new UnpricedUsageError(model.id, `the registry has no 1-hour cache-write price for "${model.id}"`);
  }
  return { pricedAs: "input", rate: rates.input! };
}

function ratesFrom(source: PriceFields, from: PriceSource): Rates {
  const rates: Rates = {};
  for (const item of ITEMS) {
    const price = source[item];
    if (price !== undefined) rates[item] = { price, from };
  }
  return rates;
}

function overlay(under: Rates, over: Rates): Rates {
  return { ...under, ...over };
}

/** A tier's prices are stated against the base prices: under a period's or a service tier table's they are unknown. */
function checkTierPriced(model: AnyModelRecord, tier: Tier | undefined, period: Period | undefined, standard: Rates, serviceTier: ServiceTier): void {
  const ownTable = Object.values(standard).some((rate) => rate.from === "service-tier");
  if (tier === undefined || (period === undefined && !ownTable)) return;
  const during = period === undefined ? `at its ${serviceTier} table` : `during its price period ${describeRange(period)}`;
  throw new UnpricedUsageError(
    model.id,
    `the registry has no price for "${model.id}" above ${tier.above_input_tokens} input tokens ${during}; its long-context tier states the prices outside it`,
  );
}

function describeRange(period: Period): string {
  return `[${period.from ?? "…"}, ${period.until ?? "…"})`;
}

function describePeriod(period: Period | undefined): PriceInForce["period"] {
  return period === undefined ? undefined : { from: period.from, until: period.until, note: period.note };
}

function describeTier(tier: Tier | undefined): TierInForce | undefined {
  if (tier === undefined) return undefined;
  return { aboveInputTokens: tier.above_input_tokens, appliesTo: tier.applies_to ?? "whole-request", boundary: tier.boundary ?? "above" };
}

function usageRead(tokens: NormalizedUsage): UsageRead {
  return {
    shape: tokens.shape,
    inputTokens: Number(tokens.input),
    outputTokens: Number(tokens.output),
    cachedInputTokens: Number(tokens.cacheRead),
    cacheWriteTokens: Number(tokens.cacheWrite),
    cacheWrite1hTokens: Number(tokens.cacheWrite1h),
    webSearchRequests: Number(tokens.webSearches),
  };
}

function instantOf(at: unknown): number {
  if (at === undefined) return Date.now();
  const time = typeof at === "string" ? instantOfText(at) : at instanceof Date ? at.getTime() : Number.NaN;
  if (Number.isNaN(time)) throw new InvalidArgumentError(`options.at must be a valid date (a Date or YYYY-MM-DD), got ${describe(at)}`);
  return time;
}

/** A calendar day or a timestamp; Date.parse would roll 2026-02-30 over to March 2, so the day must exist. */
function instantOfText(text: string): number {
  const day = leadingIsoDate(text);
  if (day !== undefined && !isIsoDate(day)) return Number.NaN;
  return text === day ? startOfDayUtc(text) : Date.parse(text);
}
