import { calcPrice, extractUsage, findProvider } from "@pydantic/genai-prices";
import type { AnyUsage, CostOptions } from "../../src/index";
import { costRegistryApi } from "./cost-registry";

// The same requests priced by estimateCost (on the fixture registry, whose figures follow the providers' price
// pages) and by @pydantic/genai-prices 0.1.8 (its own embedded data). Where it disagrees, `disagrees` says why.

const api = costRegistryApi();

interface Case {
  readonly name: string;
  readonly model: string;
  readonly provider: "anthropic" | "google" | "openai";
  /** What we are given: the registry's usage or an SDK's usage object. */
  readonly usage: AnyUsage;
  readonly options: CostOptions;
  /** genai-prices' usage for the same request, or the SDK response it extracts it from. */
  readonly genai: { usage: Record<string, number> } | { response: object; flavor: string };
  readonly ours: string;
  readonly disagrees?: { genaiPrices: number; why: string };
}

const CASES: readonly Case[] = [
  {
    name: "long context: 300K in, 10K out on Claude Sonnet 4.5 (1M beta) = 300,000 × 6 + 10,000 × 22.5",
    model: "claude-sonnet-4-5",
    provider: "anthropic",
    usage: { inputTokens: 300_000, outputTokens: 10_000 },
    options: {},
    genai: { usage: { input_tokens: 300_000, output_tokens: 10_000 } },
    ours: "2.025",
  },
  {
    name: "long context + cache: 500K in (400K cached), 20K out on Gemini 2.5 Pro = 100,000 × 2.5 + 400,000 × 0.25 + 20,000 × 15",
    model: "gemini-2.5-pro",
    provider: "google",
    usage: { inputTokens: 500_000, cachedInputTokens: 400_000, outputTokens: 20_000 },
    options: {},
    genai: { usage: { input_tokens: 500_000, cache_read_tokens: 400_000, output_tokens: 20_000 } },
    ours: "0.65",
  },
  {
    name: "long context + 1-hour writes: 250K in (100K read, 20K 1h write), 5K out on Claude Sonnet 4.5 = 130,000 × 6 + 100,000 × 0.6 + 20,000 × 12 + 5,000 × 22.5",
    model: "claude-sonnet-4-5",
    provider: "anthropic",
    usage: { inputTokens: 250_000, cachedInputTokens: 100_000, cacheWrite1hTokens: 20_000, outputTokens: 5_000 },
    options: {},
    genai: { usage: { input_tokens: 250_000, cache_read_tokens: 100_000, cache_write_tokens: 20_000, cache_write_1h_tokens: 20_000, output_tokens: 5_000 } },
    ours: "1.1925",
  },
  {
    name: "cached, Anthropic SDK usage: 7K + 20K read + 1K 5m write + 2K 1h write in, 500 out, 2 web searches on Claude Sonnet 4.5 = 7,000 × 3 + 20,000 × 0.3 + 1,000 × 3.75 + 2,000 × 6 + 500 × 15 + 2 × 10 / 1,000",
    model: "claude-sonnet-4-5",
    provider: "anthropic",
    usage: {
      input_tokens: 7_000,
      output_tokens: 500,
      cache_read_input_tokens: 20_000,
      cache_creation_input_tokens: 3_000,
      cache_creation: { ephemeral_5m_input_tokens: 1_000, ephemeral_1h_input_tokens: 2_000 },
      server_tool_use: { web_search_requests: 2 },
    },
    options: {},
    genai: {
      flavor: "default",
      response: {
        model: "claude-sonnet-4-5",
        usage: {
          input_tokens: 7_000,
          output_tokens: 500,
          cache_read_input_tokens: 20_000,
          cache_creation_input_tokens: 3_000,
          cache_creation: { ephemeral_5m_input_tokens: 1_000, ephemeral_1h_input_tokens: 2_000 },
          server_tool_use: { web_search_requests: 2 },
        },
      },
    },
    ours: "0.07025",
  },
  {
    name: "batch: 100K in (50K cached), 10K out on GPT-4o via the Batch API = (50,000 × 2.5 + 50,000 × 1.25 + 10,000 × 10) / 2",
    model: "gpt-4o",
    provider: "openai",
    usage: { inputTokens: 100_000, cachedInputTokens: 50_000, outputTokens: 10_000 },
    options: { serviceTier: "batch" },
    genai: { usage: { input_tokens: 100_000, cache_read_tokens: 50_000, output_tokens: 10_000 } },
    ours: "0.14375",
    disagrees: {
      genaiPrices: 0.2875,
      why: "genai-prices has no service tiers for OpenAI's own API (only OpenRouter's ':batch' routes): it prices the standard rate",
    },
  },
  {
    name: "introductory price: 100K in, 10K out on GPT-5.6 Sol on 2026-08-01, before the 2026-08-21 cut = 100,000 × 5 + 10,000 × 30",
    model: "gpt-5.6-sol",
    provider: "openai",
    usage: { inputTokens: 100_000, outputTokens: 10_000 },
    options: { at: "2026-08-01" },
    genai: { usage: { input_tokens: 100_000, output_tokens: 10_000 } },
    ours: "0.8",
  },
  {
    name: "after the cut: the same on 2026-09-01 = 100,000 × 4 + 10,000 × 20",
    model: "gpt-5.6-sol",
    provider: "openai",
    usage: { inputTokens: 100_000, outputTokens: 10_000 },
    options: { at: "2026-09-01" },
    genai: { usage: { input_tokens: 100_000, output_tokens: 10_000 } },
    ours: "0.6",
  },
  {
    name: "threshold: exactly 272,000 input tokens on GPT-5.6 Sol ('at 272K and above') = 272,000 × 8",
    model: "gpt-5.6-sol",
    provider: "openai",
    usage: { inputTokens: 272_000, outputTokens: 0 },
    options: { at: "2026-12-01" },
    genai: { usage: { input_tokens: 272_000, output_tokens: 0 } },
    ours: "2.176",
  },
  {
    name: "OpenAI Responses SDK usage: 50K in (30K cached, 10K written), 2K out on GPT-5.6 Sol = 10,000 × 4 + 30,000 × 0.4 + 10,000 × 5 + 2,000 × 20",
    model: "gpt-5.6-sol",
    provider: "openai",
    usage: {
      input_tokens: 50_000,
      output_tokens: 2_000,
      total_tokens: 52_000,
      input_tokens_details: { cached_tokens: 30_000, cache_write_tokens: 10_000 },
      output_tokens_details: { reasoning_tokens: 500 },
    },
    options: { at: "2026-12-01" },
    genai: {
      flavor: "responses",
      response: {
        model: "gpt-5.6-sol",
        usage: {
          input_tokens: 50_000,
          output_tokens: 2_000,
          total_tokens: 52_000,
          input_tokens_details: { cached_tokens: 30_000, cache_write_tokens: 10_000 },
          output_tokens_details: { reasoning_tokens: 500 },
        },
      },
    },
    ours: "0.142",
  },
  {
    name: "OpenAI Chat Completions SDK usage: 10K prompt (4K cached), 1K out on GPT-4o = 6,000 × 2.5 + 4,000 × 1.25 + 1,000 × 10",
    model: "gpt-4o",
    provider: "openai",
    usage: { prompt_tokens: 10_000, completion_tokens: 1_000, total_tokens: 11_000, prompt_tokens_details: { cached_tokens: 4_000 } },
    options: {},
    genai: {
      flavor: "chat",
      response: {
        model: "gpt-4o",
        usage: { prompt_tokens: 10_000, completion_tokens: 1_000, total_tokens: 11_000, prompt_tokens_details: { cached_tokens: 4_000 } },
      },
    },
    ours: "0.03",
  },
];

function genaiPrice(testCase: Case): number {
  const provider = findProvider({ providerId: testCase.provider });
  if (provider === undefined) throw new Error(`genai-prices has no provider ${testCase.provider}`);
  const timestamp = testCase.options.at === undefined ? undefined : new Date(`${String(testCase.options.at)}T00:00:00Z`);
  const { model, usage } =
    "usage" in testCase.genai ? { model: testCase.model, usage: testCase.genai.usage } : extractUsage(provider, testCase.genai.response, testCase.genai.flavor);
  const result = calcPrice(usage, model ?? testCase.model, { provider, ...(timestamp === undefined ? {} : { timestamp }) });
  if (result === null) throw new Error(`genai-prices has no price for ${testCase.model}`);
  return result.total_price;
}

describe("estimateCost next to @pydantic/genai-prices 0.1.8", () => {
  test.each(CASES.map((c) => [c.name, c] as const))("%s", (_, testCase) => {
    const estimate = api.estimateCost(testCase.model, testCase.usage, testCase.options);
    expect(estimate.usdExact).toBe(testCase.ours);
    const theirs = genaiPrice(testCase);
    // genai-prices sums doubles (0.65 comes back as 0.6499999999999999): equal to 12 decimals is agreement.
    expect(theirs).toBeCloseTo(testCase.disagrees?.genaiPrices ?? estimate.usd, 12);
  });

  test("where genai-prices has no rule to compare with: excess-tokens tiers and at-or-above excess bands", () => {
    // Every genai-prices tier reprices the whole unit once input_tokens > start; no model in its data, nor in
    // the shipped registry, bills only the tokens past a threshold. The fixture's acme models cover the rule.
    expect(api.estimateCost("acme-excess", { inputTokens: 200_000, outputTokens: 0 }).usdExact).toBe("0.272"); // 128,000 × 1 + 72,000 × 2
  });
});
