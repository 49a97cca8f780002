import { loadRegistry } from "./registry-data";

/**
 * Unit-error guard (LiteLLM has the same): the dearest real per-1k price in the registry is o1-pro's output, 0.6 USD.
 * Anything above 1.0 per 1k is almost certainly a per-1M figure typed into a per-1k field.
 */
const MAX_PER_1K = 1.0;

describe("unit-error guard", () => {
  const registry = loadRegistry();

  test.each(registry.models.map((m) => [m.id, m] as const))("%s: per-1k prices are at most 1 USD and cached ≤ input", (_id, model) => {
    for (const price of [model.cost_per_1k_input, model.cost_per_1k_output, model.cost_per_1k_cached_input]) {
      if (price === undefined) continue;
      expect(price).toBeGreaterThanOrEqual(0);
      expect(price).toBeLessThanOrEqual(MAX_PER_1K);
    }
  });

  test("local models are free and describe their hardware", () => {
    for (const model of registry.models.filter((m) => m.provider === "ollama")) {
      expect([model.id, model.cost_per_1k_input, model.cost_per_1k_output]).toEqual([model.id, 0, 0]);
      expect(model.hardware).toBeDefined();
    }
  });

  test("Azure and DIAL entries carry a deployment name", () => {
    for (const model of registry.models.filter((m) => m.provider === "azure" || m.provider === "dial")) expect(model.api_name).toBeDefined();
  });

  test("scores follow the documented method (docs/scoring.md): only 0.6, 0.8, 1.0 and speeds 3.3, 6.7, 10", () => {
    for (const model of registry.models) {
      expect([0.6, 0.8, 1]).toContain(model.capabilities.coding_score);
      expect([0.6, 0.8, 1]).toContain(model.capabilities.reasoning_score);
      expect([3.3, 6.7, 10]).toContain(model.speed_rating);
    }
  });
});
