import type { ModelEntry, ModelPricing, ProviderConfig } from "../../generated/models.generated";
import { createRegistryApi } from "../../src/runtime/api";
import type { RegistryData } from "../../src/runtime/data";

/**
 * The cost tests' own registry, so that a data refresh of the shipped registry does not change their figures.
 * Each real model carries the prices of the page cited in `sources.pricing`, as of the date in `verified`;
 * the `acme` models are synthetic, one per rule no listed provider uses (excess-tokens bands, at-or-above).
 */
const PRICING_PAGES = {
  anthropic: "https://platform.claude.com/docs/en/about-claude/pricing (model pricing, long context pricing, prompt caching, batch processing)",
  google: "https://ai.google.dev/gemini-api/docs/pricing (Gemini 2.5 Pro: prompts <= 200k tokens / > 200k tokens; Batch: 50% of the interactive price)",
  openai: "https://platform.openai.com/docs/pricing (Standard, Batch and Priority tables)",
  gpt56:
    "OpenAI's GPT-5.6 Sol prices as recorded by @pydantic/genai-prices 0.1.8 (price_comments cite https://docs.aws.amazon.com/bedrock/latest/userguide/model-card-openai-gpt-56-sol.html: 'At 272K input tokens and above, input and cache are 2x and output 1.5x'; Sol cut 20% input / 33% output on 2026-08-21)",
} as const;

function model(
  id: string,
  provider: string,
  limits: { context: number; maxInput?: number; maxOutput: number },
  pricing: ModelPricing,
  source: string,
): ModelEntry {
  return {
    id,
    provider,
    display_name: id,
    status: "production",
    context_window: limits.context,
    ...(limits.maxInput === undefined ? {} : { max_input_tokens: limits.maxInput }),
    max_output_tokens: limits.maxOutput,
    pricing,
    capabilities: { input: ["text"], output: ["text"], tool_calling: true },
    scores: { coding: 0.8, reasoning: 0.8, basis: "tier" },
    speed_rating: 5,
    sources: { pricing: source },
    verified: "2026-12-01",
  };
}

const MODELS: ModelEntry[] = [
  // Claude Sonnet 4.5 with the 1M-context beta: > 200K input tokens (cache reads and writes counted) reprices the whole request.
  model(
    "claude-sonnet-4-5",
    "anthropic",
    { context: 1_000_000, maxOutput: 64_000 },
    {
      input: 3,
      output: 15,
      cached_input: 0.3,
      cache_write: 3.75,
      cache_write_1h: 6,
      tiers: [{ above_input_tokens: 200_000, applies_to: "whole-request", input: 6, output: 22.5, cached_input: 0.6, cache_write: 7.5, cache_write_1h: 12 }],
      service_tiers: { batch: { multiplier: 0.5 } },
      fees: { web_search_per_1k: 10 }, // "Web search: $10 per 1,000 searches"
    },
    PRICING_PAGES.anthropic,
  ),
  model(
    "gemini-2.5-pro",
    "google",
    { context: 1_114_112, maxInput: 1_048_576, maxOutput: 65_536 },
    {
      input: 1.25,
      output: 10,
      cached_input: 0.125,
      tiers: [{ above_input_tokens: 200_000, applies_to: "whole-request", input: 2.5, output: 15, cached_input: 0.25 }],
      service_tiers: { batch: { multiplier: 0.5 } },
    },
    PRICING_PAGES.google,
  ),
  // GPT-4o: a priority table of its own, batch at half price, no flex.
  model(
    "gpt-4o",
    "openai",
    { context: 128_000, maxOutput: 16_384 },
    {
      input: 2.5,
      output: 10,
      cached_input: 1.25,
      service_tiers: { batch: { multiplier: 0.5 }, priority: { input: 4.25, output: 17, cached_input: 2.125 } },
    },
    PRICING_PAGES.openai,
  ),
  // GPT-5.6 Sol: launch price until the 2026-08-21 cut, long-context prices from 272K tokens on.
  model(
    "gpt-5.6-sol",
    "openai",
    { context: 1_050_000, maxInput: 922_000, maxOutput: 128_000 },
    {
      input: 4,
      output: 20,
      cached_input: 0.4,
      cache_write: 5,
      tiers: [{ above_input_tokens: 272_000, boundary: "at-or-above", input: 8, output: 30, cached_input: 0.8, cache_write: 10 }],
      periods: [{ until: "2026-08-21", input: 5, output: 30, cached_input: 0.5, cache_write: 6.25, note: "launch price" }],
      service_tiers: { batch: { multiplier: 0.5 }, flex: { multiplier: 0.5 }, priority: { multiplier: 2 } },
    },
    PRICING_PAGES.gpt56,
  ),
  // Synthetic: the tokens past 128K at $2, past 512K at $4; output always $10.
  model(
    "acme-excess",
    "acme",
    { context: 1_000_000, maxOutput: 100_000 },
    {
      input: 1,
      output: 10,
      cached_input: 0.1,
      cache_write: 1.25,
      tiers: [
        { above_input_tokens: 128_000, applies_to: "excess-tokens", input: 2, cached_input: 0.2 },
        { above_input_tokens: 512_000, applies_to: "excess-tokens", input: 4, cached_input: 0.4 },
      ],
    },
    "synthetic",
  ),
  // Synthetic: the same bands counted from token number 128,000 (at-or-above).
  model(
    "acme-excess-at",
    "acme",
    { context: 1_000_000, maxOutput: 100_000 },
    {
      input: 1,
      output: 10,
      tiers: [{ above_input_tokens: 128_000, applies_to: "excess-tokens", boundary: "at-or-above", input: 2 }],
    },
    "synthetic",
  ),
  // Synthetic: a 1-hour cache write the registry has no price for; a priority table and a period.
  model(
    "acme-plain",
    "acme",
    { context: 100_000, maxInput: 80_000, maxOutput: 8_000 },
    {
      input: 1,
      output: 2,
      cache_write: 1.25,
      tiers: [{ above_input_tokens: 50_000, input: 2, output: 4 }],
      periods: [{ from: "2026-01-01", until: "2026-02-01", input: 0.5, output: 1, note: "January sale" }],
      service_tiers: { priority: { input: 3, output: 6 } },
    },
    "synthetic",
  ),
];

const PROVIDER: ProviderConfig = {
  display_name: "Test provider",
  base_url: "https://api.example.test/v1",
  auth: { type: "bearer" },
  env: { required: [] },
  docs_url: "https://example.test/docs",
};

export function costRegistryData(): RegistryData {
  return {
    models: Object.fromEntries(MODELS.map((entry) => [entry.id, entry])),
    providers: Object.fromEntries(["anthropic", "google", "openai", "acme"].map((id) => [id, PROVIDER])),
    aliases: {},
  };
}

export function costRegistryApi() {
  return createRegistryApi(costRegistryData(), { warn: () => undefined });
}
