// Price arithmetic every layer shares: the registry's unit is USD per 1M tokens, in effect on a calendar day.
import { scaledToNumber, toScaledInteger } from "./decimal";

/** Significant digits kept when a price is converted: enough for any published figure, none of the binary noise. */
const PRICE_DIGITS = 10;

/** Rounds to `digits` significant digits so binary noise (2.5e-6 * 1e6 = 2.5000000000000004) disappears. */
export function roundSignificant(value: number, digits = PRICE_DIGITS): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  return Number(value.toPrecision(digits));
}

/** USD per token (LiteLLM, genai-prices) → USD per 1M tokens (the registry's unit). */
export function perTokenToPerMillion(perToken: number): number {
  return roundSignificant(perToken * 1_000_000);
}

const BLENDED_SCALE = 9;

/** (3 × input + output) / 4, USD per 1M tokens, computed exactly: the legacy orchestrator's single price figure. */
export function blendedPricePer1M(pricing: { readonly input: number; readonly output: number }): number {
  const weighted = 3n * toScaledInteger(pricing.input, BLENDED_SCALE) + toScaledInteger(pricing.output, BLENDED_SCALE);
  return scaledToNumber(weighted * 25n, BLENDED_SCALE + 2);
}

/** A price period's bounds: from its `from` day (inclusive) until its `until` day (exclusive). */
export interface PeriodBounds {
  readonly from?: string | undefined;
  readonly until?: string | undefined;
}

/** The period in force on `day` (YYYY-MM-DD), if any; periods never overlap (a validation rule), so it is one. */
export function periodInForce<P extends PeriodBounds>(periods: readonly P[] | undefined, day: string): P | undefined {
  return periods?.find((period) => (period.from === undefined || period.from <= day) && (period.until === undefined || day < period.until));
}
