import fc from "fast-check";
import { blendedCostPer1M, estimateCost, InvalidArgumentError, MODEL_IDS, pricePer1M, UnknownModelError } from "../../src/index";
import { smallRegistryApi } from "./small-registry";

const MILLION = 1_000_000;

describe("estimateCost (hand-computed, exact to the cent and beyond)", () => {
  test.each([
    // gpt-4o: $2.50 in, $10.00 out per 1M
    ["gpt-4o", { inputTokens: MILLION, outputTokens: MILLION }, 12.5],
    ["gpt-4o", { inputTokens: 1, outputTokens: 0 }, 0.0000025],
    ["gpt-4o", { inputTokens: 3_000, outputTokens: 1_000 }, 0.0175],
    // gpt-4o-mini: $0.15 / $0.60; 0.00015 + 0.0006 would be 0.0007499999999999999 in naive floats
    ["gpt-4o-mini", { inputTokens: 1_000, outputTokens: 1_000 }, 0.00075],
    ["gpt-4o-mini", { inputTokens: 10 * MILLION, outputTokens: 0 }, 1.5],
    // gpt-4 (deprecated, still priced): $30 / $60
    ["gpt-4", { inputTokens: 100_000, outputTokens: 10_000 }, 3.6],
    // claude-sonnet-4-5: $3 in, $0.30 cached in, $15 out; 800k of the 1M input tokens cached:
    // 200k × 3/1M + 800k × 0.30/1M + 100k × 15/1M = 0.6 + 0.24 + 1.5
    ["claude-sonnet-4-5", { inputTokens: MILLION, cachedInputTokens: 800_000, outputTokens: 100_000 }, 2.34],
    // gemini-2.0-flash: $0.10 in, $0.025 cached, $0.40 out
    ["gemini-2.0-flash", { inputTokens: MILLION, cachedInputTokens: MILLION, outputTokens: 0 }, 0.025],
    // a local model costs nothing
    ["qwen2.5:32b", { inputTokens: 5 * MILLION, outputTokens: 5 * MILLION }, 0],
    ["gpt-4o", { inputTokens: 0, outputTokens: 0 }, 0],
  ] as const)("%s %o = $%d", (id, usage, usd) => {
    expect(estimateCost(id, usage)).toBe(usd);
  });

  test("the largest token count still gives the nearest double to the exact amount", () => {
    // 9,007,199,254,740,991 × $60 / 1M = $540,431,955,284.45946 exactly
    expect(estimateCost("gpt-4", { inputTokens: 0, outputTokens: Number.MAX_SAFE_INTEGER })).toBe(540431955284.45946);
  });

  test("cached tokens are billed at the input price when the model has no cached price", () => {
    const api = smallRegistryApi();
    // twin-b: $2 in, $4 out per 1M, no cached price
    expect(api.estimateCost("twin-b", { inputTokens: MILLION, cachedInputTokens: MILLION, outputTokens: 0 })).toBe(2);
    // alpha: $1 in, $0.50 cached, $2 out
    expect(api.estimateCost("alpha", { inputTokens: MILLION, cachedInputTokens: 500_000, outputTokens: MILLION })).toBe(2.75);
  });

  test.each([
    [{ inputTokens: -1, outputTokens: 0 }, "inputTokens must be a non-negative integer, got -1"],
    [{ inputTokens: 1.5, outputTokens: 0 }, "inputTokens must be a non-negative integer, got 1.5"],
    [{ inputTokens: 0, outputTokens: Number.NaN }, "outputTokens must be a non-negative integer, got NaN"],
    [{ inputTokens: 0, outputTokens: Infinity }, "outputTokens must be a non-negative integer, got Infinity"],
    [{ inputTokens: 10, outputTokens: 0, cachedInputTokens: 11 }, "cachedInputTokens (11) exceeds inputTokens (10)"],
  ])("rejects %o", (usage, message) => {
    expect(() => estimateCost("gpt-4o", usage)).toThrow(InvalidArgumentError);
    expect(() => estimateCost("gpt-4o", usage)).toThrow(message);
  });

  test("unknown IDs throw (when the types were bypassed)", () => {
    expect(() => estimateCost("gpt-5-ultra" as never, { inputTokens: 1, outputTokens: 1 })).toThrow(UnknownModelError);
  });

  test("doubling the tokens doubles the cost exactly, for every model", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MODEL_IDS),
        fc.integer({ min: 0, max: 2 ** 40 }),
        fc.integer({ min: 0, max: 2 ** 40 }),
        (id, inputTokens, outputTokens) => {
          const single = estimateCost(id, { inputTokens, outputTokens });
          expect(estimateCost(id, { inputTokens: 2 * inputTokens, outputTokens: 2 * outputTokens })).toBe(2 * single);
        },
      ),
      { numRuns: 300 },
    );
  });

  test("cost grows with tokens and never goes negative", () => {
    fc.assert(
      fc.property(fc.constantFrom(...MODEL_IDS), fc.nat(10 * MILLION), fc.nat(10 * MILLION), fc.nat(MILLION), (id, input, output, extra) => {
        const cost = estimateCost(id, { inputTokens: input, outputTokens: output });
        expect(cost).toBeGreaterThanOrEqual(0);
        expect(estimateCost(id, { inputTokens: input + extra, outputTokens: output })).toBeGreaterThanOrEqual(cost);
        expect(estimateCost(id, { inputTokens: input, outputTokens: output + extra })).toBeGreaterThanOrEqual(cost);
      }),
      { numRuns: 300 },
    );
  });
});

describe("blendedCostPer1M = (3 × input + output) / 4", () => {
  test.each([
    ["gpt-4o", 4.375], // (7.50 + 10.00) / 4
    ["gpt-4o-mini", 0.2625], // (0.45 + 0.60) / 4
    ["gpt-4", 37.5], // (90 + 60) / 4
    ["claude-sonnet-4-5", 6], // (9 + 15) / 4
    ["gemini-2.5-pro", 3.4375], // (3.75 + 10) / 4
    ["claude-3-haiku", 0.5], // (0.75 + 1.25) / 4
    ["qwen2.5:32b", 0],
  ] as const)("%s = $%d per 1M", (id, usd) => {
    expect(blendedCostPer1M(id)).toBe(usd);
  });

  test("per-1M prices are the per-1k figures × 1000 without float residue", () => {
    expect(pricePer1M("gpt-4o-mini")).toEqual({ input: 0.15, output: 0.6 });
    expect(pricePer1M("claude-3-haiku")).toEqual({ input: 0.25, output: 1.25 });
  });
});
