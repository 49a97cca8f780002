import type { ModelEntry, ModelRegistryFile, PricePeriod, PriceTier } from "../../shared/registry-file";
import type { PathSegment } from "../input/source-map";
import type { Report } from "./validate-rules";

/**
 * A non-zero price below this (USD per 1M tokens) is a per-token or per-1k figure typed into a per-1M field: an
 * error. The cheapest real figures in the public lists (2026) are a cache read at $0.0028 and output prices from
 * $0.02; an output price below that is only a warning, since a very small model may really cost so little, but a
 * per-1k price of most models lands there.
 */
export const SMALLEST_PLAUSIBLE_PRICE_PER_1M = 0.001;
const SUSPICIOUS_OUTPUT_PRICE_PER_1M = 0.02;

const RATE_FIELDS = ["input", "output", "cached_input", "cache_write", "cache_write_1h"] as const;
const PER_1M_HINT = "prices are USD per 1M tokens: multiply a per-1k price by 1,000 and a per-token price by 1,000,000";
type Rates = Partial<Record<(typeof RATE_FIELDS)[number], number>>;

/** Price rules a schema cannot state: units, cached ≤ input, tiers in order within the context, periods that don't overlap. */
export function checkPricing(registry: ModelRegistryFile, report: Report): void {
  registry.models.forEach((model, index) => {
    const base: PathSegment[] = ["models", index, "pricing"];
    const pricing = model.pricing;
    if (pricing === undefined) return;
    checkRates(model, pricing, base, report);
    pricing.tiers?.forEach((tier, i) => checkRates(model, tier, [...base, "tiers", i], report));
    pricing.periods?.forEach((period, i) => checkRates(model, period, [...base, "periods", i], report));
    for (const [name, rates] of Object.entries(pricing.service_tiers ?? {})) {
      if (rates) checkRates(model, rates, [...base, "service_tiers", name], report);
    }
    checkTiers(model, base, report);
    checkPeriods(model, base, report);
  });
}

function checkRates(model: ModelEntry, rates: Rates, path: PathSegment[], report: Report): void {
  for (const field of RATE_FIELDS) {
    const price = rates[field];
    if (price === undefined || price <= 0) continue;
    if (price < SMALLEST_PLAUSIBLE_PRICE_PER_1M) {
      report.error(
        "price-unit",
        [...path, field],
        `${field} of "${model.id}" is $${price} per 1M tokens, below any real price: it looks like a per-token or per-1k figure`,
        PER_1M_HINT,
      );
    } else if (field === "output" && price < SUSPICIOUS_OUTPUT_PRICE_PER_1M) {
      report.warning(
        "price-unit-suspicious",
        [...path, field],
        `output of "${model.id}" is $${price} per 1M tokens, cheaper than any output price in the public lists: is it a per-1k figure?`,
        PER_1M_HINT,
      );
    }
  }
  const input = rates.input ?? model.pricing.input;
  if (rates.cached_input !== undefined && input !== undefined && rates.cached_input > input) {
    report.error(
      "cached-above-input",
      [...path, "cached_input"],
      `cached_input (${rates.cached_input}) of "${model.id}" is higher than its input price (${input}); a cache read is a discount`,
    );
  }
}

function checkTiers(model: ModelEntry, base: PathSegment[], report: Report): void {
  const inputLimit = model.max_input_tokens ?? model.context_window;
  let previous = 0;
  model.pricing.tiers?.forEach((tier, i) => {
    const path = [...base, "tiers", i, "above_input_tokens"];
    if (tier.above_input_tokens <= previous) {
      report.error(
        "tier-order",
        path,
        `price tiers of "${model.id}" must be in ascending order of above_input_tokens (${tier.above_input_tokens} follows ${previous})`,
      );
    } else if (inputLimit !== undefined && tier.above_input_tokens >= inputLimit) {
      report.error(
        "tier-beyond-limit",
        path,
        `price tier above ${tier.above_input_tokens} input tokens of "${model.id}" can never apply: the model takes at most ${inputLimit} input tokens`,
      );
    }
    previous = tier.above_input_tokens;
    checkTierRule(model, tier, [...base, "tiers", i], report);
  });
}

/** One rule for every tier of a model (the runtime prices bands by it); an excess-tokens tier bills only input. */
function checkTierRule(model: ModelEntry, tier: PriceTier, path: PathSegment[], report: Report): void {
  const first = model.pricing.tiers?.[0];
  if (first !== undefined && (tier.applies_to ?? "whole-request") !== (first.applies_to ?? "whole-request")) {
    report.error(
      "tier-mixed-rule",
      [...path, "applies_to"],
      `price tiers of "${model.id}" mix whole-request and excess-tokens; every tier of a model follows the same rule`,
    );
  }
  if (tier.applies_to === "excess-tokens" && tier.output !== undefined) {
    report.error(
      "tier-output-never-applies",
      [...path, "output"],
      `an excess-tokens tier of "${model.id}" prices only the input tokens past its threshold; its output price would never apply`,
      "drop output, or make the tier whole-request if the provider reprices the whole request",
    );
  }
}

function checkPeriods(model: ModelEntry, base: PathSegment[], report: Report): void {
  const periods = model.pricing.periods ?? [];
  periods.forEach((period, i) => {
    if (period.from !== undefined && period.until !== undefined && period.until <= period.from) {
      report.error(
        "period-empty",
        [...base, "periods", i, "until"],
        `price period of "${model.id}" ends (${period.until}) on or before it starts (${period.from})`,
      );
    }
    const next = periods[i + 1];
    if (next !== undefined && !endsBefore(period, next)) {
      report.error(
        "period-overlap",
        [...base, "periods", i + 1],
        `price periods of "${model.id}" overlap or are out of order: ${describe(period)} and ${describe(next)}; list them in date order, each ending (until) on or before the next starts (from)`,
      );
    }
  });
}

function endsBefore(earlier: PricePeriod, later: PricePeriod): boolean {
  return earlier.until !== undefined && later.from !== undefined && earlier.until <= later.from;
}

function describe(period: PricePeriod): string {
  return `[${period.from ?? "…"}, ${period.until ?? "…"})`;
}

/** Each inference profile ID is its geography prefix, a dot, and the model's provider-side ID. */
export function checkInferenceProfiles(registry: ModelRegistryFile, report: Report): void {
  registry.models.forEach((model, index) => {
    const baseId = model.api_name ?? model.id;
    for (const [prefix, profileId] of Object.entries(model.inference_profiles ?? {})) {
      const expected = `${prefix}.${baseId}`;
      if (profileId !== expected) {
        report.error(
          "inference-profile-id",
          ["models", index, "inference_profiles", prefix],
          `inference profile "${prefix}" of "${model.id}" is "${profileId}"; expected "${expected}" (the prefix, a dot, and the model's ${model.api_name === undefined ? "id" : "api_name"})`,
        );
      }
    }
  });
}
