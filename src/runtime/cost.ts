import type { AnyModelRecord } from "./data";
import { InvalidArgumentError } from "./errors";

/** Token counts of one request (or of a batch: the figures add up). */
export interface TokenUsage {
  /** Every prompt token, cached ones included. */
  inputTokens: number;
  outputTokens: number;
  /**
   * How many of `inputTokens` were served from the provider's prompt cache (a part of `inputTokens`, not in
   * addition to it). Billed at `cost_per_1k_cached_input`, or at the input price when the model has none.
   */
  cachedInputTokens?: number;
}

// Prices are turned into integers before any arithmetic: nano-dollars (1e-9 USD) per 1,000 tokens, which is
// exact for every price with at most 9 decimals per 1k. Sums are BigInt; one division turns them into USD.
const NANO_DOLLARS_PER_USD = 1_000_000_000;
const TOKENS_PER_PRICE_UNIT = 1_000n;
const TOKENS_PER_MILLION = 1_000_000n;

function nanoDollarsPer1k(usdPer1k: number): bigint {
  return BigInt(Math.round(usdPer1k * NANO_DOLLARS_PER_USD));
}

/** (3 × input + output) / 4 in USD per 1M tokens: the legacy orchestrator's single price figure. */
export function blendedCostPer1MOf(model: AnyModelRecord): number {
  const weighted = 3n * nanoDollarsPer1k(model.cost_per_1k_input) + nanoDollarsPer1k(model.cost_per_1k_output);
  // nano$/1k × (1M / 1k) / 4 / 1e9 = weighted × 1000 / (4 × 1e9)
  return exactQuotient(weighted * (TOKENS_PER_MILLION / TOKENS_PER_PRICE_UNIT), 4n * BigInt(NANO_DOLLARS_PER_USD));
}

/** Input and output price in USD per 1M tokens, exact to the registry's figures. */
export function pricePer1MOf(model: AnyModelRecord): { input: number; output: number } {
  const per1M = (usdPer1k: number) =>
    exactQuotient(nanoDollarsPer1k(usdPer1k) * (TOKENS_PER_MILLION / TOKENS_PER_PRICE_UNIT), BigInt(NANO_DOLLARS_PER_USD));
  return { input: per1M(model.cost_per_1k_input), output: per1M(model.cost_per_1k_output) };
}

/** What `usage` costs on `model`, in USD. */
export function estimateCostOf(model: AnyModelRecord, usage: TokenUsage): number {
  const inputTokens = tokenCount(usage.inputTokens, "inputTokens");
  const outputTokens = tokenCount(usage.outputTokens, "outputTokens");
  const cachedTokens = tokenCount(usage.cachedInputTokens ?? 0, "cachedInputTokens");
  if (cachedTokens > inputTokens) {
    throw new InvalidArgumentError(
      `cachedInputTokens (${cachedTokens}) exceeds inputTokens (${inputTokens}); cached tokens are counted as part of inputTokens`,
    );
  }
  const inputPrice = nanoDollarsPer1k(model.cost_per_1k_input);
  const cachedPrice = model.cost_per_1k_cached_input === undefined ? inputPrice : nanoDollarsPer1k(model.cost_per_1k_cached_input);
  const outputPrice = nanoDollarsPer1k(model.cost_per_1k_output);
  const nanoDollarTokensPer1k =
    inputPrice * (inputTokens - cachedTokens) + cachedPrice * cachedTokens + outputPrice * outputTokens;
  return exactQuotient(nanoDollarTokensPer1k, TOKENS_PER_PRICE_UNIT * BigInt(NANO_DOLLARS_PER_USD));
}

function tokenCount(value: number, name: string): bigint {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new InvalidArgumentError(`${name} must be a non-negative integer, got ${String(value)}`);
  }
  return BigInt(value);
}

/**
 * numerator / denominator as the nearest double, so $12.50 is 12.5 and not 12.499999…. Exact operands give a
 * correctly rounded quotient; past 2^53 (bills of billions of dollars) the result may be one unit in the last
 * place off.
 */
function exactQuotient(numerator: bigint, denominator: bigint): number {
  if (numerator <= BigInt(Number.MAX_SAFE_INTEGER)) return Number(numerator) / Number(denominator);
  return Number(numerator / denominator) + Number(numerator % denominator) / Number(denominator);
}
