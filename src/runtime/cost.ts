import type { AnyModelRecord } from "./data";
import { describe, optionsArgument, own } from "./arguments";
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

// Prices are turned into integers before any arithmetic: nano-dollars (1e-9 USD) per 1,000 tokens, exact for
// every price with at most 9 decimals per 1k. Sums are BigInt; the result is read back from its exact decimal
// expansion, so it is the double nearest to the true amount ($12.50 is 12.5, never 12.499999…).
const NANO_DOLLARS_PER_USD = 1_000_000_000;

function nanoDollarsPer1k(usdPer1k: number): bigint {
  return BigInt(Math.round(usdPer1k * NANO_DOLLARS_PER_USD));
}

/** (3 × input + output) / 4 in USD per 1M tokens: the legacy orchestrator's single price figure. */
export function blendedCostPer1MOf(model: AnyModelRecord): number {
  const weighted = 3n * nanoDollarsPer1k(model.cost_per_1k_input) + nanoDollarsPer1k(model.cost_per_1k_output);
  // nano$ per 1k × 1000 (per 1M) / 4 / 1e9 = weighted / 4e6 = weighted × 25 / 1e8
  return fromDecimal(weighted * 25n, 8);
}

/** Input and output price in USD per 1M tokens, exact to the registry's figures. */
export function pricePer1MOf(model: AnyModelRecord): { input: number; output: number } {
  // nano$ per 1k × 1000 / 1e9 = nano$ per 1k / 1e6
  return {
    input: fromDecimal(nanoDollarsPer1k(model.cost_per_1k_input), 6),
    output: fromDecimal(nanoDollarsPer1k(model.cost_per_1k_output), 6),
  };
}

/** What `usage` costs on `model`, in USD. */
export function estimateCostOf(model: AnyModelRecord, usage: TokenUsage): number {
  if (usage === undefined) throw new InvalidArgumentError("estimateCost needs the token usage: { inputTokens, outputTokens }");
  const given = optionsArgument(usage, "usage");
  const inputTokens = tokenCount(own(given, "inputTokens"), "inputTokens");
  const outputTokens = tokenCount(own(given, "outputTokens"), "outputTokens");
  const cachedTokens = tokenCount(own(given, "cachedInputTokens") ?? 0, "cachedInputTokens");
  if (cachedTokens > inputTokens) {
    throw new InvalidArgumentError(
      `cachedInputTokens (${cachedTokens}) exceeds inputTokens (${inputTokens}); cached tokens are counted as part of inputTokens`,
    );
  }
  const inputPrice = nanoDollarsPer1k(model.cost_per_1k_input);
  const cachedPrice = model.cost_per_1k_cached_input === undefined ? inputPrice : nanoDollarsPer1k(model.cost_per_1k_cached_input);
  const outputPrice = nanoDollarsPer1k(model.cost_per_1k_output);
  const nanoDollarsTimes1k = inputPrice * (inputTokens - cachedTokens) + cachedPrice * cachedTokens + outputPrice * outputTokens;
  // (nano$ per 1k tokens) × tokens / 1000 / 1e9
  return fromDecimal(nanoDollarsTimes1k, 12);
}

function tokenCount(value: unknown, name: string): bigint {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw new InvalidArgumentError(`${name} must be a non-negative integer, got ${describe(value)}`);
  }
  return BigInt(value);
}

/** `scaled / 10^decimals` as the nearest double: `Number` of a decimal string is correctly rounded. */
function fromDecimal(scaled: bigint, decimals: number): number {
  const digits = scaled.toString().padStart(decimals + 1, "0");
  return Number(`${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`);
}
