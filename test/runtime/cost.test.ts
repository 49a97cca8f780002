import fc from "fast-check";
import {
  InvalidArgumentError,
  UnpricedUsageError,
  UnservableUsageError,
  type AnyUsage,
  type CostEstimate,
  type CostOptions,
  type TokenUsage,
} from "../../src/index";
import { costRegistryApi } from "./cost-registry";

// Figures worked out by hand from the prices in ./cost-registry.ts, each model's price page cited there
// (sources.pricing). A comment gives each sum; `usdExact` is compared as a string, so no float rounding hides.

const api = costRegistryApi();
const AT = "2026-12-01";

function cost(id: string, usage: AnyUsage, options: CostOptions = {}): CostEstimate {
  return api.estimateCost(id, usage, { at: AT, ...options });
}

function usage(inputTokens: number, outputTokens: number, parts: Partial<TokenUsage> = {}): TokenUsage {
  return { inputTokens, outputTokens, ...parts };
}

describe("long-context tiers: at and around every threshold", () => {
  test.each([
    // claude-sonnet-4-5: > 200K input tokens reprices the whole request, $3/$15 → $6/$22.50 (Anthropic "long context pricing")
    ["claude-sonnet-4-5", usage(199_999, 1_000), "0.614997", undefined], // 199,999 × 3 + 1,000 × 15, per 1M
    ["claude-sonnet-4-5", usage(200_000, 1_000), "0.615", undefined], // exactly 200K is not "> 200K"
    ["claude-sonnet-4-5", usage(200_001, 1_000), "1.222506", 200_000], // 200,001 × 6 + 1,000 × 22.5
    // cache reads count towards the threshold: 50,001 × 6 + 150,000 × 0.60 + 1,000 × 22.5
    ["claude-sonnet-4-5", usage(200_001, 1_000, { cachedInputTokens: 150_000 }), "0.412506", 200_000],
    // gemini-2.5-pro: prompts > 200k at $2.50/$15 (Google: "prompts <= 200k tokens" / "> 200k")
    ["gemini-2.5-pro", usage(200_000, 0), "0.25", undefined],
    ["gemini-2.5-pro", usage(200_001, 0), "0.5000025", 200_000],
    // gpt-5.6-sol: "at 272K input tokens and above" (boundary at-or-above), $4/$20 → $8/$30
    ["gpt-5.6-sol", usage(271_999, 0), "1.087996", undefined],
    ["gpt-5.6-sol", usage(272_000, 0), "2.176", 272_000],
    ["gpt-5.6-sol", usage(272_001, 10), "2.176308", 272_000], // 272,001 × 8 + 10 × 30
  ] as const)("whole-request: %s %o = $%s", (id, request, usdExact, tier) => {
    const estimate = cost(id, request);
    expect(estimate.usdExact).toBe(usdExact);
    expect(estimate.priceInForce.tier?.aboveInputTokens).toBe(tier);
    expect(estimate.lines.every((line) => line.tier === tier)).toBe(true);
  });

  test.each([
    // acme-excess (synthetic): $1 up to 128K, $2 past 128K, $4 past 512K; output stays $10
    [usage(128_000, 0), "0.128"],
    [usage(128_001, 0), "0.128002"], // + 1 × 2
    [usage(512_000, 0), "0.896"], // 0.128 + 384,000 × 2
    [usage(512_001, 0), "0.896004"], // + 1 × 4
    [usage(600_000, 1_000), "1.258"], // 0.128 + 0.768 + 88,000 × 4 + 1,000 × 10
  ] as const)("excess-tokens: acme-excess %o = $%s", (request, usdExact) => {
    expect(cost("acme-excess", request).usdExact).toBe(usdExact);
  });

  test.each([
    // acme-excess-at (synthetic): $2 from token number 128,000 on
    [usage(127_999, 0), "0.127999"],
    [usage(128_000, 0), "0.128001"], // 127,999 × 1 + 1 × 2
    [usage(128_001, 0), "0.128003"], // 127,999 × 1 + 2 × 2
  ] as const)("excess-tokens at-or-above: acme-excess-at %o = $%s", (request, usdExact) => {
    expect(cost("acme-excess-at", request).usdExact).toBe(usdExact);
  });

  test("excess-tokens bills a cached prefix first: the tokens past the threshold are the uncached ones", () => {
    const estimate = cost("acme-excess", usage(200_000, 10_000, { cachedInputTokens: 150_000 }));
    expect(estimate.lines.map(({ item, tokens, usdExact, tier }) => [item, tokens, usdExact, tier])).toEqual([
      ["cached_input", 128_000, "0.0128", undefined], // 128,000 × 0.10
      ["cached_input", 22_000, "0.0044", 128_000], // 22,000 × 0.20
      ["input", 50_000, "0.1", 128_000], // 50,000 × 2
      ["output", 10_000, "0.1", undefined], // 10,000 × 10: output keeps the base price
    ]);
    expect(estimate.usdExact).toBe("0.2172");
    expect(estimate.priceInForce.tier).toEqual({ aboveInputTokens: 128_000, appliesTo: "excess-tokens", boundary: "above" });
  });
});

describe("prompt cache: reads, 5-minute and 1-hour writes", () => {
  test("each part at its own price (claude-sonnet-4-5: read $0.30, 5m write $3.75, 1h write $6)", () => {
    const estimate = cost("claude-sonnet-4-5", usage(100_000, 2_000, { cachedInputTokens: 60_000, cacheWriteTokens: 20_000, cacheWrite1hTokens: 10_000 }));
    expect(estimate.lines.map(({ item, tokens, usdPer1M, usdExact }) => [item, tokens, usdPer1M, usdExact])).toEqual([
      ["cached_input", 60_000, 0.3, "0.018"],
      ["cache_write", 20_000, 3.75, "0.075"],
      ["cache_write_1h", 10_000, 6, "0.06"],
      ["input", 10_000, 3, "0.03"],
      ["output", 2_000, 15, "0.03"],
    ]);
    expect(estimate.usdExact).toBe("0.213");
  });

  test("a cache write without its own price is billed as input and says so", () => {
    const line = cost("gpt-4o", usage(10_000, 0, { cacheWriteTokens: 4_000 })).lines.find((l) => l.item === "cache_write");
    expect(line).toMatchObject({ tokens: 4_000, usdPer1M: 2.5, pricedAs: "input", priceFrom: "base", usdExact: "0.01" });
  });

  test("a 1-hour write the registry has no price for is not guessed", () => {
    expect(() => cost("acme-plain", usage(10_000, 0, { cacheWrite1hTokens: 1 }))).toThrow(UnpricedUsageError);
  });
});

describe("service tiers", () => {
  // gpt-4o: 50,000 uncached × 2.50 + 50,000 cached × 1.25 + 10,000 out × 10 = 0.2875 standard
  const request = usage(100_000, 10_000, { cachedInputTokens: 50_000 });

  test.each([
    ["standard", "0.2875", 1],
    ["batch", "0.14375", 0.5], // half of every line
    ["priority", "0.48875", 1], // own table: 50,000 × 4.25 + 50,000 × 2.125 + 10,000 × 17
  ] as const)("gpt-4o %s = $%s", (serviceTier, usdExact, multiplier) => {
    const estimate = cost("gpt-4o", request, { serviceTier });
    expect(estimate.usdExact).toBe(usdExact);
    expect(estimate.priceInForce.serviceTier).toBe(serviceTier);
    expect(estimate.lines.every((line) => line.multiplier === multiplier)).toBe(true);
  });

  test("priority lines say their price is the service tier's table", () => {
    expect(new Set(cost("gpt-4o", request, { serviceTier: "priority" }).lines.map((l) => l.priceFrom))).toEqual(new Set(["service-tier"]));
  });

  test("batch on top of a long-context tier: gemini-2.5-pro 300K in, 10K out = (0.75 + 0.15) / 2", () => {
    expect(cost("gemini-2.5-pro", usage(300_000, 10_000), { serviceTier: "batch" }).usdExact).toBe("0.45");
  });

  test("a service tier the model does not offer is unservable", () => {
    const attempt = () => cost("gpt-4o", request, { serviceTier: "flex" });
    expect(attempt).toThrow(UnservableUsageError);
    expect(attempt).toThrow('model "gpt-4o" has no flex service tier; it offers: standard, batch, priority');
    expect(caught(attempt)).toMatchObject({ code: "UNSERVABLE_USAGE", reason: "service-tier", modelId: "gpt-4o" });
  });

  test("an unknown service tier is an invalid argument", () => {
    expect(() => cost("gpt-4o", request, { serviceTier: "turbo" as never })).toThrow(InvalidArgumentError);
  });

  test.each([
    ["a priority table above a long-context threshold", usage(60_000, 0), { serviceTier: "priority" as const }],
    ["a priority table during a price period", usage(10_000, 0), { serviceTier: "priority" as const, at: "2026-01-15" }],
    ["a period's prices above a long-context threshold", usage(60_000, 0), { at: "2026-01-15" }],
  ])("no price is guessed for %s", (_, request, options) => {
    expect(() => cost("acme-plain", request, options)).toThrow(UnpricedUsageError);
  });
});

describe("price periods", () => {
  test.each([
    // gpt-5.6-sol, 100,000 in + 10,000 out: launch $5/$30 until 2026-08-21 (exclusive), then $4/$20
    ["2026-08-20", "0.8", "launch price"],
    ["2026-08-20T23:59:59.999Z", "0.8", "launch price"],
    ["2026-08-21", "0.6", undefined],
    ["2026-08-21T00:00:00Z", "0.6", undefined],
  ] as const)("gpt-5.6-sol at %s = $%s", (at, usdExact, note) => {
    const estimate = cost("gpt-5.6-sol", usage(100_000, 10_000), { at });
    expect(estimate.usdExact).toBe(usdExact);
    expect(estimate.priceInForce.period?.note).toBe(note);
    expect(estimate.lines.every((line) => line.priceFrom === (note === undefined ? "base" : "period"))).toBe(true);
  });

  test.each([
    // acme-plain: 10,000 in + 1,000 out, $1/$2, January sale $0.50/$1 from 2026-01-01 until 2026-02-01
    ["2025-12-31", "0.012"],
    ["2026-01-01", "0.006"],
    ["2026-01-31T23:59:59Z", "0.006"],
    ["2026-02-01", "0.012"],
  ] as const)("acme-plain at %s = $%s", (at, usdExact) => {
    expect(cost("acme-plain", usage(10_000, 1_000), { at }).usdExact).toBe(usdExact);
  });

  test("a Date works as well as a string; a bad date is an invalid argument", () => {
    expect(cost("gpt-5.6-sol", usage(100_000, 10_000), { at: new Date("2026-08-01T12:00:00Z") }).usdExact).toBe("0.8");
    expect(() => cost("gpt-5.6-sol", usage(1, 1), { at: "last Tuesday" })).toThrow(InvalidArgumentError);
  });
});

describe("usage the model could not have served", () => {
  test.each([
    ["acme-plain", usage(80_001, 0), "input-limit", '80001 input tokens exceed the input limit of "acme-plain" (80000)'],
    ["acme-plain", usage(0, 8_001), "output-limit", '8001 output tokens exceed the output limit of "acme-plain" (8000)'],
    ["gpt-4o", usage(120_000, 10_000), "context-window", '120000 input + 10000 output tokens exceed the context window of "gpt-4o" (128000)'],
    ["gemini-2.5-pro", usage(1_048_577, 0), "input-limit", "exceed the input limit"],
  ] as const)("%s %o: %s", (id, request, reason, message) => {
    expect(() => cost(id, request)).toThrow(message);
    expect(caught(() => cost(id, request))).toMatchObject({ name: "UnservableUsageError", reason, modelId: id });
  });

  test("the limits themselves are servable", () => {
    expect(cost("acme-plain", usage(80_000, 8_000)).usdExact).toBe("0.192"); // above its 50K tier: 80,000 × 2 + 8,000 × 4
  });
});

describe("SDK usage objects", () => {
  // One Anthropic request: 7,000 uncached + 20,000 read + 1,000 5m write + 2,000 1h write in, 500 out, on claude-sonnet-4-5:
  // 7,000 × 3 + 20,000 × 0.30 + 1,000 × 3.75 + 2,000 × 6 + 500 × 15 = 0.021 + 0.006 + 0.00375 + 0.012 + 0.0075
  const anthropicUsage = {
    input_tokens: 7_000,
    output_tokens: 500,
    cache_read_input_tokens: 20_000,
    cache_creation_input_tokens: 3_000,
    cache_creation: { ephemeral_5m_input_tokens: 1_000, ephemeral_1h_input_tokens: 2_000 },
    server_tool_use: { web_search_requests: 3 },
    service_tier: "standard",
    inference_geo: null,
  };

  test("Anthropic: input_tokens excludes the cache, cache_creation splits writes by duration, web searches are a fee", () => {
    const estimate = cost("claude-sonnet-4-5", anthropicUsage);
    expect(estimate.usdExact).toBe("0.08025"); // 0.05025 of tokens + 3 searches × $10 / 1,000
    expect(estimate.fees).toEqual([{ item: "web_search", calls: 3, usdPer1k: 10, usd: 0.03, usdExact: "0.03" }]);
    expect(estimate.usage).toEqual({
      shape: "anthropic",
      inputTokens: 30_000,
      outputTokens: 500,
      cachedInputTokens: 20_000,
      cacheWriteTokens: 1_000,
      cacheWrite1hTokens: 2_000,
      webSearchRequests: 3,
      audioInputTokens: 0,
      imageInputTokens: 0,
      audioOutputTokens: 0,
      imageOutputTokens: 0,
      images: [],
      audioSeconds: undefined,
      characters: 0,
      requests: 0,
      cacheStorage: undefined,
    });
    expect(estimate.unpriced).toEqual({});
  });

  test("web searches on a model without a per-call price are reported, not guessed", () => {
    const estimate = cost("gemini-2.5-pro", usage(1_000, 0, { webSearchRequests: 2 }));
    expect(estimate.usdExact).toBe("0.00125");
    expect(estimate.fees).toEqual([]);
    expect(estimate.unpriced).toEqual({ web_search_requests: 2 });
  });

  test("the web search fee is not halved by batch", () => {
    expect(cost("claude-sonnet-4-5", usage(0, 0, { webSearchRequests: 1 }), { serviceTier: "batch" }).usdExact).toBe("0.01");
  });

  test("Anthropic: without the duration split every write is a 5-minute one; nulls are zero", () => {
    const estimate = cost("claude-sonnet-4-5", {
      input_tokens: 1_000,
      output_tokens: 0,
      cache_creation_input_tokens: 1_000,
      cache_read_input_tokens: null,
      cache_creation: null,
    });
    expect(estimate.usdExact).toBe("0.00675"); // 1,000 × 3 + 1,000 × 3.75
  });

  test("Anthropic: the service tier the usage reports applies unless options say otherwise", () => {
    const noSearch = { ...anthropicUsage, server_tool_use: null };
    expect(cost("claude-sonnet-4-5", { ...noSearch, service_tier: "batch" }).usdExact).toBe("0.025125");
    expect(cost("claude-sonnet-4-5", { ...noSearch, service_tier: "batch" }, { serviceTier: "standard" }).usdExact).toBe("0.05025");
  });

  test("Anthropic: a duration split that disagrees with the total is rejected", () => {
    const bad = { ...anthropicUsage, cache_creation: { ephemeral_5m_input_tokens: 1_000, ephemeral_1h_input_tokens: 1_000 } };
    expect(() => cost("claude-sonnet-4-5", bad)).toThrow(InvalidArgumentError);
  });

  // One OpenAI request on gpt-4o: 10,000 prompt tokens of which 4,000 cached, 1,000 out:
  // 6,000 × 2.50 + 4,000 × 1.25 + 1,000 × 10 = 0.015 + 0.005 + 0.01
  test.each([
    [
      "openai-chat",
      {
        prompt_tokens: 10_000,
        completion_tokens: 1_000,
        total_tokens: 11_000,
        prompt_tokens_details: { cached_tokens: 4_000, audio_tokens: 0 },
        completion_tokens_details: { reasoning_tokens: 200 },
      },
    ],
    [
      "openai-responses",
      {
        input_tokens: 10_000,
        output_tokens: 1_000,
        total_tokens: 11_000,
        input_tokens_details: { cached_tokens: 4_000, cache_write_tokens: 0 },
        output_tokens_details: { reasoning_tokens: 200 },
      },
    ],
    [
      "vercel-ai",
      {
        inputTokens: 10_000,
        outputTokens: 1_000,
        totalTokens: 11_000,
        inputTokenDetails: { noCacheTokens: 6_000, cacheReadTokens: 4_000, cacheWriteTokens: undefined },
        outputTokenDetails: { textTokens: 800, reasoningTokens: 200 },
      },
    ],
    [
      "vercel-ai",
      {
        inputTokens: undefined,
        outputTokens: 1_000,
        totalTokens: undefined,
        inputTokenDetails: { noCacheTokens: 6_000, cacheReadTokens: 4_000, cacheWriteTokens: 0 },
      },
    ],
    ["registry", { inputTokens: 10_000, outputTokens: 1_000, totalTokens: 11_000, reasoningTokens: 200, cachedInputTokens: 4_000 }], // AI SDK v4/v5
    ["registry", { inputTokens: 10_000, outputTokens: 1_000, cachedInputTokens: 4_000 }],
  ] as const)("%s usage %o = $0.03", (shape, sdkUsage) => {
    const estimate = cost("gpt-4o", sdkUsage as AnyUsage);
    expect(estimate.usdExact).toBe("0.03");
    expect(estimate.usage.shape).toBe(shape);
  });

  test("Vercel AI SDK 4 usage has no cache counts: 10,000 × 2.50 + 1,000 × 10", () => {
    const estimate = cost("gpt-4o", { promptTokens: 10_000, completionTokens: 1_000, totalTokens: 11_000 });
    expect([estimate.usdExact, estimate.usage.shape]).toEqual(["0.035", "vercel-ai-v4"]);
    expect(() => cost("gpt-4o", { promptTokens: 1, completionTokens: 1, inputTokens: 1 } as AnyUsage)).toThrow("usage mixes the fields of several shapes");
  });

  test("OpenAI cache_write_tokens are read as 5-minute writes", () => {
    const estimate = cost("gpt-5.6-sol", { input_tokens: 10_000, output_tokens: 0, input_tokens_details: { cached_tokens: 0, cache_write_tokens: 10_000 } });
    expect(estimate.usdExact).toBe("0.05"); // 10,000 × 5
  });

  test.each([
    [null, "usage must be an object"],
    [[1, 2], "usage must be an object"],
    ["1000", "usage must be an object"],
    [{}, "usage.inputTokens is missing"],
    [Object.create({ inputTokens: 5, outputTokens: 5 }), "usage.inputTokens is missing"], // inherited fields are not read
    [{ inputTokens: -1, outputTokens: 0 }, "inputTokens must be a non-negative integer, got -1"],
    [{ inputTokens: 1.5, outputTokens: 0 }, "inputTokens must be a non-negative integer, got 1.5"],
    [{ inputTokens: "10", outputTokens: 0 }, 'inputTokens must be a non-negative integer, got the string "10"'],
    [{ inputTokens: 0, outputTokens: Number.NaN }, "outputTokens must be a non-negative integer, got NaN"],
    [{ inputTokens: 0, outputTokens: Infinity }, "outputTokens must be a non-negative integer, got Infinity"],
    [{ inputTokens: 10, outputTokens: 0, cachedInputTokens: 11 }, "cache reads and writes (11) exceed the input tokens (10)"],
    [{ inputTokens: 10, outputTokens: 0, cachedInputTokens: 6, cacheWriteTokens: 5 }, "cache reads and writes (11) exceed the input tokens (10)"],
    [{ prompt_tokens: 10, completion_tokens: 1, prompt_tokens_details: { cached_tokens: 11 } }, "cache reads and writes (11) exceed the input tokens (10)"],
    [{ prompt_tokens: 10, completion_tokens: 1, input_tokens: 10 }, "usage mixes the fields of several shapes"],
    [{ inputTokens: 10, outputTokens: 1, input_tokens: 10 }, "usage mixes the fields of several shapes"],
    [{ prompt_tokens: 10, completion_tokens: 1, prompt_tokens_details: 5 }, "usage.prompt_tokens_details must be an object, got number"],
    [{ inputTokens: undefined, outputTokens: 1, inputTokenDetails: {} }, "inputTokens must be a non-negative integer, got undefined"],
    // As the AI SDK reports a provider that gave no counts: every field present, every count undefined.
    [
      {
        inputTokens: undefined,
        outputTokens: undefined,
        totalTokens: undefined,
        inputTokenDetails: { noCacheTokens: undefined, cacheReadTokens: undefined, cacheWriteTokens: undefined },
      },
      /^inputTokens must be a non-negative integer, got undefined/,
    ],
  ])("rejects %p", (bad, message) => {
    expect(() => cost("gpt-4o", bad as AnyUsage)).toThrow(InvalidArgumentError);
    expect(() => cost("gpt-4o", bad as AnyUsage)).toThrow(message);
  });
});

describe("exact decimals", () => {
  test("no float residue: 1,000 in + 1,000 out on gpt-4o is 0.0125, and 0.1 + 0.2 style sums stay exact", () => {
    expect(cost("gpt-4o", usage(1_000, 1_000)).usd).toBe(0.0125);
    // 1 token at $1.25 cached: 0.00000125 exactly
    expect(cost("gpt-4o", usage(1, 0, { cachedInputTokens: 1 })).usdExact).toBe("0.00000125");
  });

  test("the largest counts keep every digit", () => {
    // 1,048,576 × 2.5 + 65,536 × 15 per 1M (gemini-2.5-pro above 200K): 2.62144 + 0.98304
    expect(cost("gemini-2.5-pro", usage(1_048_576, 65_536)).usdExact).toBe("3.60448");
  });

  test("unknown IDs throw", () => {
    expect(() => api.estimateCost("gpt-5-ultra", usage(1, 1))).toThrow(/unknown model "gpt-5-ultra"/);
  });
});

const SCALE = 21;
function scaled(decimal: string): bigint {
  const [whole = "0", fraction = ""] = decimal.split(".");
  return BigInt(whole + fraction.padEnd(SCALE, "0"));
}

const MODELS = ["claude-sonnet-4-5", "gemini-2.5-pro", "gpt-4o", "gpt-5.6-sol", "acme-excess", "acme-excess-at"] as const;

/** Input at most the smallest limit of the models above; reads, writes and uncached input adding up to it. */
const requests = fc
  .record({
    input: fc.nat(110_000),
    output: fc.nat(16_000),
    searches: fc.nat(20),
    readShare: fc.double({ min: 0, max: 1, noNaN: true }),
    writeShare: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ input, output, searches, readShare, writeShare }) => {
    const cachedInputTokens = Math.floor(input * readShare);
    const cacheWriteTokens = Math.floor((input - cachedInputTokens) * writeShare);
    return usage(input, output, { cachedInputTokens, cacheWriteTokens, webSearchRequests: searches });
  });

describe("properties", () => {
  test("the lines always sum to the total, exactly", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MODELS),
        requests,
        fc.constantFrom("standard", "batch") as fc.Arbitrary<"standard" | "batch">,
        (id, request, serviceTier) => {
          if (serviceTier === "batch" && id.startsWith("acme")) return;
          const estimate = cost(id, request, { serviceTier });
          const sum = [...estimate.lines, ...estimate.fees].reduce((total, line) => total + scaled(line.usdExact), 0n);
          expect(sum).toBe(scaled(estimate.usdExact));
          expect(estimate.lines.reduce((total, line) => total + line.tokens, 0)).toBe(request.inputTokens + request.outputTokens);
        },
      ),
      { numRuns: 300 },
    );
  });

  test("cost is monotone in every kind of token within a tier", () => {
    const bands: Record<string, readonly [number, number]> = {
      "claude-sonnet-4-5": [0, 200_000],
      "gemini-2.5-pro": [200_001, 1_000_000],
      "gpt-5.6-sol": [272_000, 900_000],
      "acme-excess": [0, 900_000], // excess-tokens: one price curve across its bands
    };
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(bands)),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.nat(16_000),
        fc.nat(5_000),
        (id, at, output, extra) => {
          const [low, high] = bands[id]!;
          const input = Math.min(high - extra, low + Math.floor((high - low) * at));
          if (input < low) return;
          const base = scaled(cost(id, usage(input, output)).usdExact);
          expect(scaled(cost(id, usage(input + extra, output)).usdExact)).toBeGreaterThanOrEqual(base);
          expect(scaled(cost(id, usage(input, output + extra)).usdExact)).toBeGreaterThanOrEqual(base);
          const cached = Math.min(input, extra);
          expect(scaled(cost(id, usage(input, output, { cachedInputTokens: cached })).usdExact)).toBeLessThanOrEqual(base);
        },
      ),
      { numRuns: 300 },
    );
  });

  test("every SDK shape of the same request costs the same", () => {
    fc.assert(
      fc.property(fc.constantFrom(...MODELS), requests, (id, request) => {
        const read = request.cachedInputTokens ?? 0;
        const write = request.cacheWriteTokens ?? 0;
        const shapes: AnyUsage[] = [
          {
            prompt_tokens: request.inputTokens,
            completion_tokens: request.outputTokens,
            prompt_tokens_details: { cached_tokens: read, cache_write_tokens: write },
          },
          { input_tokens: request.inputTokens, output_tokens: request.outputTokens, input_tokens_details: { cached_tokens: read, cache_write_tokens: write } },
          {
            input_tokens: request.inputTokens - read - write,
            output_tokens: request.outputTokens,
            cache_read_input_tokens: read,
            cache_creation_input_tokens: write,
          },
          {
            inputTokens: request.inputTokens,
            outputTokens: request.outputTokens,
            inputTokenDetails: { cacheReadTokens: read, cacheWriteTokens: write, noCacheTokens: request.inputTokens - read - write },
          },
        ];
        const expected = cost(id, { ...request, webSearchRequests: 0 }).usdExact;
        for (const shape of shapes) expect(cost(id, shape).usdExact).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });

  test("without tiers, doubling every count doubles the cost exactly", () => {
    fc.assert(
      fc.property(fc.nat(50_000), fc.nat(7_000), (input, output) => {
        const single = scaled(cost("gpt-4o", usage(input, output)).usdExact);
        expect(scaled(cost("gpt-4o", usage(2 * input, 2 * output)).usdExact)).toBe(2n * single);
      }),
      { numRuns: 200 },
    );
  });
});

function caught(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

describe("SDK usage is told apart by fields only its shape has; ambiguous objects and bad options are refused", () => {
  test("Anthropic usage with service_tier: batch is Anthropic usage, billed at the batch price", () => {
    // claude-sonnet-4-5 at batch (×0.5): 1,000 × 3 + 1,000 × 15 = 18,000 per 1M = $0.018, halved = $0.009
    const estimate = api.estimateCost("claude-sonnet-4-5", { input_tokens: 1_000, output_tokens: 1_000, service_tier: "batch" } as AnyUsage, { at: AT });
    expect([estimate.usdExact, estimate.priceInForce.serviceTier]).toEqual(["0.009", "batch"]);
  });

  test("bare { input_tokens, output_tokens } is ambiguous (Anthropic or OpenAI Responses): refused with a message", () => {
    expect(() => api.estimateCost("gpt-4o", { input_tokens: 1_000, output_tokens: 1_000 } as AnyUsage, { at: AT })).toThrow(/ambiguous/);
  });

  test.each([
    ["null", null, /options must be an object or undefined, got null/],
    ["a string", "batch", /options must be an object or undefined, got "batch"/],
    ["an impossible day", { at: "2026-02-30" }, /options.at must be a valid date .* got "2026-02-30"/],
    ["an impossible day with a time", { at: "2026-02-30T12:00:00Z" }, /options.at must be a valid date/],
  ])("options that are %s: InvalidArgumentError, never a bare TypeError or a function's source", (_name, options, message) => {
    const call = () => api.estimateCost("gpt-4o", usage(1_000, 1_000), options as CostOptions);
    expect(call).toThrow(InvalidArgumentError);
    expect(call).toThrow(message);
    expect(call).not.toThrow(/native code/);
  });

  describe("a polluted Object.prototype changes nothing", () => {
    const baseline = () => ({
      cost: api.estimateCost("gpt-4o", usage(10_000, 1_000), { at: AT }).usdExact,
      ranking: api
        .selectModels({ priority: "cost", workload: { inputTokens: 10_000, outputTokens: 1_000, at: AT } })
        .candidates.map((c) => [c.id, c.workloadCost?.usdExact]),
    });
    const clean = baseline();
    test.each([
      ["serviceTier", "priority"],
      ["at", "2020-01-01"],
      ["cacheHitRate", 0.9],
    ])("Object.prototype.%s", (key, value) => {
      Object.defineProperty(Object.prototype, key, { value, configurable: true, writable: true, enumerable: false });
      try {
        expect(baseline()).toEqual(clean);
      } finally {
        delete (Object.prototype as Record<string, unknown>)[key];
      }
    });
  });
});
