import type { ModelEntry } from "../../src/shared/registry-file";
import { loadRegistry } from "./registry-data";

/**
 * Unit-error guard, on the shipped data (the generator enforces the same on every registry): prices are USD per
 * 1M tokens. A non-zero figure below 0.001 is a per-token or per-1k price typed into a per-1M field; above 1,000
 * is a typo (the dearest real figure, o1-pro's output, was 600).
 */
const MIN_NONZERO_PER_1M = 0.001;
const MAX_PER_1M = 1000;

function pricesOf(model: ModelEntry): number[] {
  const p = model.pricing;
  const rates = [p, ...(p.tiers ?? []), ...(p.periods ?? []), ...Object.values(p.service_tiers ?? {})];
  return rates.flatMap((r) => [r?.input, r?.output, r?.cached_input, r?.cache_write, r?.cache_write_1h]).filter((v): v is number => v !== undefined);
}

describe("unit-error guard", () => {
  const registry = loadRegistry();

  test.each(registry.models.map((m) => [m.id, m] as const))("%s: prices are plausible per-1M figures and cached ≤ input", (_id, model) => {
    for (const price of pricesOf(model)) {
      expect(price === 0 || price >= MIN_NONZERO_PER_1M).toBe(true);
      expect(price).toBeLessThanOrEqual(MAX_PER_1M);
    }
    if (model.pricing.cached_input !== undefined) expect(model.pricing.cached_input).toBeLessThanOrEqual(model.pricing.input);
  });

  test("local models are free and describe their hardware", () => {
    const local = registry.models.filter((m) => m.provider === "ollama");
    expect(local.length).toBeGreaterThan(0); // a provider gone from the registry would make this test vacuous
    for (const model of local) {
      expect([model.id, model.pricing.input, model.pricing.output]).toEqual([model.id, 0, 0]);
      expect([model.id, typeof model.hardware?.min_ram_gb, typeof model.hardware?.parameters_billion]).toEqual([model.id, "number", "number"]);
    }
  });

  test("Azure and DIAL entries carry a deployment name", () => {
    const resold = registry.models.filter((m) => m.provider === "azure" || m.provider === "dial");
    expect(new Set(resold.map((m) => m.provider))).toEqual(new Set(["azure", "dial"]));
    for (const model of resold) expect([model.id, typeof model.api_name, (model.api_name ?? "").length > 0]).toEqual([model.id, "string", true]);
  });

  test("scores set by hand follow the documented method (docs/scoring.md): only 0.6, 0.8, 1.0 and speeds 3.3, 6.7, 10", () => {
    for (const model of registry.models) {
      if (model.scores !== undefined) expect([0.6, 0.8, 1]).toContain(model.scores.coding);
      if (model.scores !== undefined) expect([0.6, 0.8, 1]).toContain(model.scores.reasoning);
      if (model.speed_rating !== undefined) expect([3.3, 6.7, 10]).toContain(model.speed_rating);
    }
  });
});
