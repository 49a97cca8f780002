import { InvalidArgumentError, type Workload } from "../../src/index";
import { costRegistryApi } from "./cost-registry";

// Every fixture model has the same scores and speed, so with priority "cost" the order is the cost order.
const api = costRegistryApi();
const AT = "2026-12-01";

function ranked(workload: Workload | undefined, extra: { maxWorkloadCost?: number } = {}) {
  const selection = api.selectModels({ priority: "cost", ...(workload === undefined ? {} : { workload: { at: AT, ...workload } }), ...extra });
  return {
    order: selection.candidates.map((c) => c.id),
    costs: Object.fromEntries(selection.candidates.map((c) => [c.id, c.workloadCost?.usdExact])),
    excluded: Object.fromEntries(selection.excluded.map((e) => [e.id, e.reasons.map((r) => r.code)])),
  };
}

describe("selectModels ranks by the cost of a described workload", () => {
  // 100,000 in with a 90% cache hit rate, 1,000 out: 10,000 uncached + 90,000 cached + 1,000 out
  const cacheHeavy: Workload = { inputTokens: 100_000, outputTokens: 1_000, cacheHitRate: 0.9 };

  test("a cache-heavy workload reorders the list-price ranking", () => {
    expect(ranked(undefined).order).toEqual(["acme-plain", "acme-excess", "acme-excess-at", "gemini-2.5-pro", "gpt-4o", "claude-sonnet-4-5", "gpt-5.6-sol"]);
    const { order, costs, excluded } = ranked(cacheHeavy);
    expect(costs).toEqual({
      "acme-excess": "0.029", // 10,000 × 1 + 90,000 × 0.10 + 1,000 × 10
      "gemini-2.5-pro": "0.03375", // 10,000 × 1.25 + 90,000 × 0.125 + 1,000 × 10
      "claude-sonnet-4-5": "0.072", // 10,000 × 3 + 90,000 × 0.30 + 1,000 × 15
      "gpt-5.6-sol": "0.096", // 10,000 × 4 + 90,000 × 0.40 + 1,000 × 20
      "acme-excess-at": "0.11", // no cached price: 100,000 × 1 + 1,000 × 10
      "gpt-4o": "0.1475", // 10,000 × 2.5 + 90,000 × 1.25 + 1,000 × 10
    });
    expect(order).toEqual(["acme-excess", "gemini-2.5-pro", "claude-sonnet-4-5", "gpt-5.6-sol", "acme-excess-at", "gpt-4o"]);
    expect(excluded).toEqual({ "acme-plain": ["cannot-price-workload"] }); // 100,000 > its 80,000 input limit
  });

  test("the candidates' workload cost is estimateCost's", () => {
    const selection = api.selectModels({ workload: { ...cacheHeavy, at: AT } });
    for (const candidate of selection.candidates) {
      expect(candidate.workloadCost).toEqual(
        api.estimateCost(candidate.id, { inputTokens: 100_000, outputTokens: 1_000, cachedInputTokens: 90_000, cacheWriteTokens: 0 }, { at: AT }),
      );
    }
  });

  test("a service tier excludes the models without it, with the reason", () => {
    const selection = api.selectModels({ workload: { inputTokens: 10_000, outputTokens: 1_000, serviceTier: "flex", at: AT } });
    expect(selection.candidates.map((c) => c.id)).toEqual(["gpt-5.6-sol"]);
    const claude = selection.excluded.find((e) => e.id === "claude-sonnet-4-5");
    expect(claude?.reasons).toEqual([
      { code: "cannot-price-workload", message: 'model "claude-sonnet-4-5" has no flex service tier; it offers: standard, batch' },
    ]);
  });

  test("batch halves the cost part's price", () => {
    const standard = ranked({ inputTokens: 10_000, outputTokens: 1_000 }).costs;
    const batch = ranked({ inputTokens: 10_000, outputTokens: 1_000, serviceTier: "batch" }).costs;
    expect(standard["gpt-4o"]).toBe("0.035");
    expect(batch["gpt-4o"]).toBe("0.0175");
  });

  test("maxWorkloadCost excludes the dearer models", () => {
    const { order, excluded } = ranked(cacheHeavy, { maxWorkloadCost: 0.05 });
    expect(order).toEqual(["acme-excess", "gemini-2.5-pro"]);
    expect(excluded["gpt-4o"]).toEqual(["workload-too-expensive"]);
  });

  test("a workload costing exactly maxWorkloadCost is within it; a hair less excludes that model", () => {
    // gemini-2.5-pro's cache-heavy workload costs exactly $0.03375.
    expect(ranked(cacheHeavy, { maxWorkloadCost: 0.03375 }).order).toEqual(["acme-excess", "gemini-2.5-pro"]);
    const { order, excluded } = ranked(cacheHeavy, { maxWorkloadCost: 0.0337 });
    expect(order).toEqual(["acme-excess"]);
    expect(excluded["gemini-2.5-pro"]).toEqual(["workload-too-expensive"]);
  });

  test.each([
    [{ inputTokens: 1, outputTokens: 1, cacheHitRate: 1.5 }, "workload.cacheHitRate must be between 0 and 1, got 1.5"],
    [{ inputTokens: -1, outputTokens: 1 }, "inputTokens must be a non-negative integer, got -1"],
  ])("rejects workload %o", (workload, message) => {
    expect(() => api.selectModels({ workload })).toThrow(InvalidArgumentError);
    expect(() => api.selectModels({ workload })).toThrow(message);
  });
});
