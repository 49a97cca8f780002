import { hasOwnKey, ownValue } from "../shared/records";
import { isIsoDate, leadingIsoDate, startOfDayUtc, todayUtc } from "../shared/dates";
import { blendedPricePer1M, periodInForce } from "../shared/pricing";
import { scaledToDecimalString, scaledToNumber, toScaledInteger } from "../shared/decimal";
import type { AnyModelRecord } from "./data";
import { describe, optionsArgument } from "./arguments";
import { InvalidArgumentError, UnpricedUsageError, UnservableUsageError } from "./errors";
import { DURATION_SCALE, normalizeUsage, type AnyUsage, type NormalizedUsage, type UsageShape } from "./usage";
import { kindOf, kindPhrase } from "../shared/model-kind";

export type {
  AnyUsage,
  AnthropicUsage,
  ImageCount,
  OpenAIChatUsage,
  OpenAIEmbeddingUsage,
  OpenAIImagesUsage,
  OpenAIResponsesUsage,
  OpenAITranscriptionUsage,
  TokenUsage,
  UnitUsage,
  UsageShape,
  VercelAIEmbeddingUsage,
  VercelAIUsage,
  VercelAIV4Usage,
} from "./usage";

export type ServiceTier = "standard" | "batch" | "flex" | "priority";
const SERVICE_TIERS: readonly ServiceTier[] = ["standard", "batch", "flex", "priority"];

export interface CostOptions {
  /** When the request is made: picks the price period in force. Default: now. */
  at?: Date | string;
  /** Default: the tier the usage reports (Anthropic's `usage.service_tier`), else `"standard"`. */
  serviceTier?: ServiceTier;
}

export type CostItem = "input" | "cached_input" | "cache_write" | "cache_write_1h" | "input_audio" | "input_image" | "output" | "output_audio" | "output_image";
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

/** What a unit line counts: images, seconds of audio, characters, requests, or cached token-hours. */
export type UnitItem = "image" | "audio" | "characters" | "requests" | "cache_storage";

/** One line of the bill in a unit other than tokens, at the price field named by `priceField`. */
export interface UnitLine {
  readonly item: UnitItem;
  /** How many units were billed, as an exact decimal: images, seconds of audio, characters, requests, token-hours. */
  readonly quantity: string;
  /** The pricing field the price was read from: `per_image`, `audio_per_second`, `audio_per_minute`, `characters_per_1m`, `requests_per_1k`, `cache_storage_per_1m_per_hour`. */
  readonly priceField: string;
  /** The price as the field states it (per image, per second or minute, per 1M characters, per 1K requests, per 1M tokens per hour). */
  readonly price: number;
  /** For images: the size and quality the price is for. */
  readonly size: string | undefined;
  readonly quality: string | undefined;
  readonly usd: number;
  /** Exact, except a per-minute price billed for seconds: a sixtieth of a price need not end, so it is rounded half up at 1e-21 USD. */
  readonly usdExact: string;
  /** The service tier's multiplier (1 at standard rates; cache storage is never scaled). */
  readonly multiplier: number;
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
  readonly audioInputTokens: number;
  readonly imageInputTokens: number;
  readonly audioOutputTokens: number;
  readonly imageOutputTokens: number;
  readonly images: readonly { readonly size: string | undefined; readonly quality: string | undefined; readonly count: number }[];
  /** Seconds, as an exact decimal string; undefined when the usage states no audio. */
  readonly audioSeconds: string | undefined;
  readonly characters: number;
  readonly requests: number;
  readonly cacheStorage: { readonly tokens: number; readonly hours: string } | undefined;
}

export interface CostEstimate {
  /** The total in USD: the double nearest to `usdExact`. */
  readonly usd: number;
  /** The total as an exact decimal string: the exact sum of the lines' and the fees' `usdExact`. */
  readonly usdExact: string;
  readonly lines: readonly CostLine[];
  readonly fees: readonly FeeLine[];
  /** Lines in units other than tokens (images, audio, characters, requests, cache storage). */
  readonly units: readonly UnitLine[];
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

const ITEMS: readonly CostItem[] = [
  "input",
  "cached_input",
  "cache_write",
  "cache_write_1h",
  "input_audio",
  "input_image",
  "output",
  "output_audio",
  "output_image",
];

// Scales of the exact arithmetic: prices in 1e-9 USD per 1M tokens, multipliers in 1e-6; a line is
// price × multiplier × tokens, and USD = that / 10^(9 + 6 + 6).
const PRICE_SCALE = 9;
const MULTIPLIER_SCALE = 6;
const RATE_SCALE = PRICE_SCALE + MULTIPLIER_SCALE;
const LINE_SCALE = RATE_SCALE + 6;
const ONE = toScaledInteger(1, MULTIPLIER_SCALE);

/** (3 × input + output) / 4 at the base prices, USD per 1M tokens: the legacy orchestrator's single price figure. */
export function blendedCostPer1MOf(model: AnyModelRecord): number {
  return blendedPricePer1M(pricePer1MOf(model));
}

/** Input and output price at the base rate, USD per 1M tokens; a model without both (an embedding, an image model) throws. */
export function pricePer1MOf(model: AnyModelRecord): { input: number; output: number } {
  const prices = tokenPricesOf(model);
  if (prices === undefined) {
    throw new UnpricedUsageError(model.id, `"${model.id}" is ${kindPhrase(kindOf(model))} without both an input and an output price per 1M tokens`);
  }
  return prices;
}

/** Input and output price per 1M tokens, or undefined when the model has not both. */
export function tokenPricesOf(model: AnyModelRecord): { input: number; output: number } | undefined {
  const { input, output } = model.pricing;
  return input === undefined || output === undefined ? undefined : { input, output };
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
  const units = unitLines(model, tokens, standard, multiplier);
  const total = [...lines, ...(fee === undefined ? [] : [fee]), ...units].reduce((sum, line) => sum + line.scaled, 0n);
  return {
    usd: scaledToNumber(total, LINE_SCALE),
    usdExact: scaledToDecimalString(total, LINE_SCALE),
    lines: lines.map((line) => line.line),
    fees: fee === undefined ? [] : [fee.line],
    units: units.map((line) => line.line),
    priceInForce: { period: describePeriod(period), tier: describeTier(reached), serviceTier },
    usage: usageRead(tokens),
    unpriced: tokens.webSearches > 0n && fee === undefined ? { web_search_requests: Number(tokens.webSearches) } : {},
  };
}

/**
 * Limits are checked for chat models only: an embedding request's inputs each have the limit and its usage adds
 * them up, and the other kinds state no token limits.
 */
function checkLimits(model: AnyModelRecord, tokens: NormalizedUsage): void {
  const inputLimit = model.max_input_tokens ?? model.context_window;
  if (kindOf(model) !== "chat" || inputLimit === undefined || model.max_output_tokens === undefined || model.context_window === undefined) return;
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
    ["input_audio", tokens.inputAudio],
    ["input_image", tokens.inputImage],
    ["input", tokens.input - tokens.cacheRead - tokens.cacheWrite - tokens.cacheWrite1h - tokens.inputAudio - tokens.inputImage],
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
  const outputs: Array<[CostItem, bigint]> = [
    ["output_audio", tokens.outputAudio],
    ["output_image", tokens.outputImage],
    ["output", tokens.output - tokens.outputAudio - tokens.outputImage],
  ];
  for (const [item, count] of outputs) if (count > 0n) lines.push(pricedLine(model, item, count, outputBand, multiplier));
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
  // Audio and image tokens cost more than text at every provider that prices them apart: never billed as text.
  if ((item === "cached_input" || item === "cache_write") && rates.input !== undefined) return { pricedAs: "input", rate: rates.input };
  throw new UnpricedUsageError(
    model.id,
    `the registry has no ${PRICE_NAMES[item]} price for "${model.id}" (pricing.${item}); it prices: ${pricedUnits(model)}`,
  );
}

const PRICE_NAMES: Readonly<Record<CostItem, string>> = {
  input: "input-token",
  cached_input: "cached-input",
  cache_write: "cache-write",
  cache_write_1h: "1-hour cache-write",
  input_audio: "audio input-token",
  input_image: "image input-token",
  output: "output-token",
  output_audio: "audio output-token",
  output_image: "image output-token",
};

/** The pricing fields the model states, for an error message. */
function pricedUnits(model: AnyModelRecord): string {
  const fields = Object.keys(model.pricing).filter((key) => !["tiers", "periods", "service_tiers", "fees"].includes(key));
  return fields.length === 0 ? "nothing" : fields.join(", ");
}

interface PricedUnit {
  readonly line: UnitLine;
  readonly scaled: bigint;
}

/**
 * The lines billed in units other than tokens, each at the lines' scale (USD × 10^21). A unit the usage states
 * and the model has no price for throws: it is never billed at $0 by omission.
 */
function unitLines(model: AnyModelRecord, usage: NormalizedUsage, standard: Rates, multiplier: bigint): PricedUnit[] {
  const pricing = model.pricing;
  const lines: PricedUnit[] = [];
  const scaledByTier = (field: string): bigint => {
    if (Object.values(standard).some((rate) => rate.from === "service-tier")) {
      throw new UnpricedUsageError(model.id, `the registry states ${field} for "${model.id}" at standard rates only, not at this service tier's own table`);
    }
    return multiplier;
  };
  const unpriced = (what: string, field: string) =>
    new UnpricedUsageError(model.id, `the registry has no price for ${what} on "${model.id}" (pricing.${field}); it prices: ${pricedUnits(model)}`);
  const push = (
    item: UnitItem,
    quantity: string,
    priceField: string,
    price: number,
    scaled: bigint,
    lineMultiplier: bigint,
    image?: NormalizedUsage["images"][number],
  ) =>
    lines.push({
      scaled,
      line: {
        item,
        quantity,
        priceField,
        price,
        size: image?.size,
        quality: image?.quality,
        usd: scaledToNumber(scaled, LINE_SCALE),
        usdExact: scaledToDecimalString(scaled, LINE_SCALE),
        multiplier: scaledToNumber(lineMultiplier, MULTIPLIER_SCALE),
      },
    });
  for (const image of usage.images) {
    if (image.count === 0n) continue;
    const price = imagePriceFor(model, image);
    const m = scaledByTier("per_image");
    // price × 10^9 × multiplier × 10^6 × count, times 10^6: USD × 10^21.
    push("image", image.count.toString(), "per_image", price, toScaledInteger(price, PRICE_SCALE) * m * image.count * 10n ** 6n, m, image);
  }
  if (usage.audioSeconds !== undefined && usage.audioSeconds > 0n) {
    const seconds = scaledToDecimalString(usage.audioSeconds, DURATION_SCALE);
    const m = () => scaledByTier("audio prices");
    if (pricing.audio_per_second !== undefined) {
      const rate = m();
      push(
        "audio",
        seconds,
        "audio_per_second",
        pricing.audio_per_second,
        toScaledInteger(pricing.audio_per_second, PRICE_SCALE) * rate * usage.audioSeconds,
        rate,
      );
    } else if (pricing.audio_per_minute !== undefined) {
      const rate = m();
      push(
        "audio",
        seconds,
        "audio_per_minute",
        pricing.audio_per_minute,
        divideRounded(toScaledInteger(pricing.audio_per_minute, PRICE_SCALE) * rate * usage.audioSeconds, 60n),
        rate,
      );
    } else throw unpriced("seconds of audio", "audio_per_second or audio_per_minute");
  }
  if (usage.characters > 0n) {
    if (pricing.characters_per_1m === undefined) throw unpriced("characters", "characters_per_1m");
    const rate = scaledByTier("characters_per_1m");
    push(
      "characters",
      usage.characters.toString(),
      "characters_per_1m",
      pricing.characters_per_1m,
      toScaledInteger(pricing.characters_per_1m, PRICE_SCALE) * rate * usage.characters,
      rate,
    );
  }
  if (usage.requests > 0n) {
    if (pricing.requests_per_1k === undefined) throw unpriced("requests", "requests_per_1k");
    const rate = scaledByTier("requests_per_1k");
    push(
      "requests",
      usage.requests.toString(),
      "requests_per_1k",
      pricing.requests_per_1k,
      toScaledInteger(pricing.requests_per_1k, PRICE_SCALE) * rate * usage.requests * 10n ** 3n,
      rate,
    );
  }
  const storage = usage.cacheStorage;
  if (storage !== undefined && storage.tokens > 0n && storage.hours > 0n) {
    const price = pricing.cache_storage_per_1m_per_hour;
    if (price === undefined) throw unpriced("cache storage", "cache_storage_per_1m_per_hour");
    // price × 10^9 × tokens × hours × 10^6 = USD × 10^6 (per 1M tokens) × 10^15: USD × 10^21.
    const tokenHours = scaledToDecimalString(storage.tokens * storage.hours, DURATION_SCALE);
    push("cache_storage", tokenHours, "cache_storage_per_1m_per_hour", price, toScaledInteger(price, PRICE_SCALE) * storage.tokens * storage.hours, ONE);
  }
  return lines;
}

/** The price of one image of the usage's size and quality: the entry whose stated size and quality both match. */
function imagePriceFor(model: AnyModelRecord, image: NormalizedUsage["images"][number]): number {
  const table = model.pricing.per_image;
  if (table === undefined) {
    throw new UnpricedUsageError(model.id, `the registry has no price per image for "${model.id}" (pricing.per_image); it prices: ${pricedUnits(model)}`);
  }
  const match = table.find(
    (entry) => (entry.size === undefined || entry.size === image.size) && (entry.quality === undefined || entry.quality === image.quality),
  );
  if (match === undefined) {
    const listed = table.map((entry) => [entry.size, entry.quality].filter((part) => part !== undefined).join(" ")).join(", ");
    const asked = [image.size ?? "no size", image.quality ?? "no quality"].join(", ");
    throw new UnpricedUsageError(model.id, `the registry has no price for an image of ${asked} on "${model.id}"; it prices: ${listed}`);
  }
  return match.usd;
}

/** `value / divisor`, rounded half up (values are never negative). */
function divideRounded(value: bigint, divisor: bigint): bigint {
  return (value * 2n + divisor) / (2n * divisor);
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
    audioInputTokens: Number(tokens.inputAudio),
    imageInputTokens: Number(tokens.inputImage),
    audioOutputTokens: Number(tokens.outputAudio),
    imageOutputTokens: Number(tokens.outputImage),
    images: tokens.images.map((image) => ({ size: image.size, quality: image.quality, count: Number(image.count) })),
    audioSeconds: tokens.audioSeconds === undefined ? undefined : scaledToDecimalString(tokens.audioSeconds, DURATION_SCALE),
    characters: Number(tokens.characters),
    requests: Number(tokens.requests),
    cacheStorage:
      tokens.cacheStorage === undefined
        ? undefined
        : { tokens: Number(tokens.cacheStorage.tokens), hours: scaledToDecimalString(tokens.cacheStorage.hours, DURATION_SCALE) },
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
