import type { ModelEntry, ProviderConfig } from "../../generated/models.generated";
import { createRegistryApi } from "../../src/runtime/api";
import type { AnyUsage, CostOptions } from "../../src/runtime/cost";
import { InvalidArgumentError, UnpricedUsageError } from "../../src/runtime/errors";

/**
 * Prices in units other than tokens, and the SDK usage of embeddings, images and transcriptions. The figures are
 * the shipped entries' (models/model_registry.yaml, verified 2026-12-07), copied so a data refresh does not move
 * these tests; `units-chat` and `units-rerank` are synthetic.
 */
const SOURCE = { all: "models/model_registry.yaml (2026-12-07)" };
const VECTOR = { input: ["text"], output: ["vector"], tool_calling: false } as ModelEntry["capabilities"];
const TEXT = { input: ["text"], output: ["text"], tool_calling: false } as ModelEntry["capabilities"];

function entry(id: string, kind: ModelEntry["kind"], pricing: ModelEntry["pricing"], extra: Partial<ModelEntry> = {}): ModelEntry {
  return { id, provider: "test", display_name: id, kind, status: "production", pricing, capabilities: TEXT, sources: SOURCE, verified: "2026-12-07", ...extra };
}

const MODELS: ModelEntry[] = [
  entry(
    "text-embedding-3-small",
    "embedding",
    { input: 0.02, service_tiers: { batch: { multiplier: 0.5 } } },
    { max_input_tokens: 8191, dimensions: 1536, capabilities: VECTOR },
  ),
  entry("dall-e-3", "image", {
    per_image: [
      { size: "1024x1024", quality: "standard", usd: 0.04 },
      { size: "1024x1792", quality: "standard", usd: 0.08 },
      { size: "1024x1024", quality: "hd", usd: 0.08 },
    ],
    service_tiers: { batch: { multiplier: 0.5 } },
  }),
  entry("dall-e-2", "image", {
    per_image: [
      { size: "256x256", usd: 0.016 },
      { size: "1024x1024", usd: 0.02 },
    ],
  }),
  entry("gpt-image-1", "image", { input: 5, cached_input: 1.25, input_image: 10, output_image: 40 }),
  entry("gpt-image-1.5", "image", { input: 5, input_image: 8, output: 10, output_image: 32 }),
  entry("tts-1", "speech", { characters_per_1m: 15 }),
  entry("gpt-4o-mini-tts", "speech", { input: 0.6, output_audio: 12 }),
  entry("whisper-1", "transcription", { audio_per_minute: 0.006 }),
  entry("units-per-second", "transcription", { audio_per_second: 0.0001 }),
  entry("units-odd-minute", "transcription", { audio_per_minute: 0.01 }),
  entry("gpt-4o-transcribe", "transcription", { input: 2.5, input_audio: 6, output: 10 }),
  entry("omni-moderation-latest", "moderation", { input: 0 }, { max_input_tokens: 32768 }),
  entry("units-rerank", "rerank", { requests_per_1k: 2 }),
  entry("units-chat", undefined, { input: 1.25, output: 10, cache_storage_per_1m_per_hour: 4.5 }, { context_window: 1_000_000, max_output_tokens: 65_536 }),
];

const PROVIDER: ProviderConfig = {
  display_name: "Test",
  base_url: "https://api.example.test/v1",
  auth: { type: "bearer" },
  env: { required: [] },
  docs_url: "https://example.test",
};
const api = createRegistryApi(
  { models: Object.fromEntries(MODELS.map((m) => [m.id, m])), providers: { test: PROVIDER }, aliases: {} },
  { warn: () => undefined },
);
const cost = (id: string, usage: unknown, options?: CostOptions) => api.estimateCost(id, usage as AnyUsage, options);

describe("per image, by size and quality", () => {
  test.each([
    ["no image", "dall-e-3", [{ size: "1024x1024", quality: "standard", count: 0 }], "0"],
    ["one standard square", "dall-e-3", [{ size: "1024x1024", quality: "standard", count: 1 }], "0.04"],
    ["three standard squares", "dall-e-3", [{ size: "1024x1024", quality: "standard", count: 3 }], "0.12"],
    ["the same size at hd", "dall-e-3", [{ size: "1024x1024", quality: "hd", count: 1 }], "0.08"],
    [
      "two groups add up",
      "dall-e-3",
      [
        { size: "1024x1024", quality: "hd", count: 2 },
        { size: "1024x1792", quality: "standard", count: 1 },
      ],
      "0.24",
    ],
    ["a table without quality: any quality", "dall-e-2", [{ size: "256x256", count: 5 }], "0.08"],
  ])("%s", (_name, id, images, usdExact) => {
    expect(cost(id, { images }).usdExact).toBe(usdExact);
  });

  test("a line per group, with its size, quality and price; batch halves it", () => {
    const estimate = cost("dall-e-3", { images: [{ size: "1024x1792", quality: "standard", count: 2 }] }, { serviceTier: "batch" });
    expect(estimate.units).toEqual([
      {
        item: "image",
        quantity: "2",
        priceField: "per_image",
        price: 0.08,
        size: "1024x1792",
        quality: "standard",
        usd: 0.08,
        usdExact: "0.08",
        multiplier: 0.5,
      },
    ]);
    expect(estimate.lines).toEqual([]);
  });

  test.each([
    ["a size the table does not list", "dall-e-3", [{ size: "1792x1792", quality: "standard", count: 1 }], "no price for an image of 1792x1792, standard"],
    ["no size where the table prices by size", "dall-e-3", [{ quality: "hd", count: 1 }], "no price for an image of no size, hd"],
    [
      "a quality the table does not list",
      "dall-e-3",
      [{ size: "1024x1024", quality: "low", count: 1 }],
      "it prices: 1024x1024 standard, 1024x1792 standard, 1024x1024 hd",
    ],
    ["images on a model priced by tokens only", "gpt-image-1", [{ size: "1024x1024", quality: "low", count: 1 }], "no price per image"],
    ["images on a transcription model", "whisper-1", [{ size: "1024x1024", count: 1 }], "no price per image"],
  ])("%s: UnpricedUsageError, never $0", (_name, id, images, message) => {
    expect(() => cost(id, { images })).toThrow(UnpricedUsageError);
    expect(() => cost(id, { images })).toThrow(message);
  });
});

describe("audio, per minute or per second", () => {
  test.each([
    ["whisper-1", 0, "0"],
    ["whisper-1", 1, "0.0001"],
    ["whisper-1", 59, "0.0059"],
    ["whisper-1", 60, "0.006"],
    ["whisper-1", 61, "0.0061"],
    ["whisper-1", 0.5, "0.00005"],
    ["whisper-1", 3600, "0.36"],
    ["units-per-second", 12.5, "0.00125"],
    ["units-per-second", 0.000001, "0.0000000001"],
    // A sixtieth of $0.01 does not end: rounded half up at 1e-21 USD.
    ["units-odd-minute", 1, "0.000166666666666666667"],
    ["units-odd-minute", 60, "0.01"],
  ])("%s, %d s: $%s", (id, audioSeconds, usdExact) => {
    expect(cost(id, { audioSeconds }).usdExact).toBe(usdExact);
  });

  test("OpenAI transcription usage by duration", () => {
    const estimate = cost("whisper-1", { type: "duration", seconds: 61 });
    expect(estimate.usdExact).toBe("0.0061");
    expect(estimate.usage.shape).toBe("openai-transcription");
    expect(estimate.units[0]).toMatchObject({ item: "audio", quantity: "61", priceField: "audio_per_minute", price: 0.006 });
  });

  test("OpenAI transcription usage by tokens: audio input priced apart from the text prompt", () => {
    const usage = {
      type: "tokens",
      input_tokens: 1_000,
      output_tokens: 200,
      total_tokens: 1_200,
      input_token_details: { audio_tokens: 900, text_tokens: 100 },
    };
    const estimate = cost("gpt-4o-transcribe", usage);
    expect(estimate.usdExact).toBe("0.00765"); // 100 × 2.5 + 900 × 6 + 200 × 10, per 1M
    expect(estimate.lines.map((l) => [l.item, l.tokens, l.usdExact])).toEqual([
      ["input_audio", 900, "0.0054"],
      ["input", 100, "0.00025"],
      ["output", 200, "0.002"],
    ]);
  });

  test.each([
    ["a duration on a model priced by tokens", "gpt-4o-transcribe", { type: "duration", seconds: 10 }, "audio_per_second or audio_per_minute"],
    [
      "audio tokens on a model without an audio price (never billed as text)",
      "units-chat",
      { inputTokens: 100, outputTokens: 0, audioInputTokens: 50 },
      "no audio input-token price",
    ],
  ])("%s: UnpricedUsageError", (_name, id, usage, message) => {
    expect(() => cost(id, usage)).toThrow(UnpricedUsageError);
    expect(() => cost(id, usage)).toThrow(message);
  });

  test.each([
    [{ audioSeconds: -1 }, "audioSeconds must be a finite number >= 0"],
    [{ audioSeconds: 0.0000001 }, "audioSeconds must have at most 6 decimals"],
    [{ type: "duration", seconds: "61" }, "seconds must be a finite number >= 0"],
  ])("rejects %j", (usage, message) => {
    expect(() => cost("whisper-1", usage)).toThrow(InvalidArgumentError);
    expect(() => cost("whisper-1", usage)).toThrow(message);
  });
});

describe("characters, requests and cache storage", () => {
  test.each([
    ["tts-1", { characters: 0 }, "0"],
    ["tts-1", { characters: 1 }, "0.000015"],
    ["tts-1", { characters: 999_999 }, "14.999985"],
    ["tts-1", { characters: 1_000_000 }, "15"],
    ["tts-1", { characters: 1_000_001 }, "15.000015"],
    ["units-rerank", { requests: 1 }, "0.002"],
    ["units-rerank", { requests: 999 }, "1.998"],
    ["units-rerank", { requests: 1_000 }, "2"],
    ["units-rerank", { requests: 1_001 }, "2.002"],
    ["units-chat", { cacheStorage: { tokens: 1_000_000, hours: 1 } }, "4.5"],
    ["units-chat", { cacheStorage: { tokens: 200_000, hours: 0.5 } }, "0.45"],
    ["units-chat", { cacheStorage: { tokens: 1, hours: 1 } }, "0.0000045"],
    ["units-chat", { cacheStorage: { tokens: 1_000_000, hours: 0 } }, "0"],
    ["units-chat", { inputTokens: 1_000, outputTokens: 100, cacheStorage: { tokens: 1_000_000, hours: 2 } }, "9.00225"],
  ])("%s %j: $%s", (id, usage, usdExact) => {
    expect(cost(id, usage).usdExact).toBe(usdExact);
  });

  test.each([
    ["characters on a transcription model", "whisper-1", { characters: 10 }, "characters_per_1m"],
    ["requests on a speech model", "tts-1", { requests: 1 }, "requests_per_1k"],
    ["cache storage on a model without a storage price", "gpt-image-1", { cacheStorage: { tokens: 10, hours: 1 } }, "cache_storage_per_1m_per_hour"],
    ["tokens on a rerank model priced per request", "units-rerank", { inputTokens: 10, outputTokens: 0 }, "no input-token price"],
    ["output tokens on an embedding model", "text-embedding-3-small", { inputTokens: 10, outputTokens: 1 }, "no output-token price"],
  ])("%s: UnpricedUsageError", (_name, id, usage, message) => {
    expect(() => cost(id, usage)).toThrow(UnpricedUsageError);
    expect(() => cost(id, usage)).toThrow(message);
  });

  test("a free moderation model costs $0 because its price is 0, with a line that says so", () => {
    const estimate = cost("omni-moderation-latest", { inputTokens: 1_000, outputTokens: 0 });
    expect(estimate.usdExact).toBe("0");
    expect(estimate.lines).toMatchObject([{ item: "input", tokens: 1_000, usdPer1M: 0, usdExact: "0" }]);
  });
});

describe("SDK usage of embeddings and images", () => {
  test.each([
    ["OpenAI CreateEmbeddingResponse.usage", { prompt_tokens: 8_191, total_tokens: 8_191 }, "openai-embedding", "0.00016382"],
    ["OpenAI embeddings over many inputs (above one input's limit)", { prompt_tokens: 20_000, total_tokens: 20_000 }, "openai-embedding", "0.0004"],
    ["AI SDK embed/embedMany usage", { tokens: 1_000_000 }, "vercel-ai-embedding", "0.02"],
    ["AI SDK embed usage of nothing", { tokens: 0 }, "vercel-ai-embedding", "0"],
    ["the registry's own usage", { inputTokens: 50_000_000, outputTokens: 0 }, "registry", "1"],
  ])("%s", (_name, usage, shape, usdExact) => {
    const estimate = cost("text-embedding-3-small", usage);
    expect(estimate.usage.shape).toBe(shape);
    expect(estimate.usdExact).toBe(usdExact);
  });

  test("embedding batch at half price", () => {
    expect(cost("text-embedding-3-small", { prompt_tokens: 1_000_000, total_tokens: 1_000_000 }, { serviceTier: "batch" }).usdExact).toBe("0.01");
  });

  const imageUsage = { input_tokens: 100, input_tokens_details: { image_tokens: 40, text_tokens: 60 }, output_tokens: 4_160, total_tokens: 4_260 };

  test("OpenAI ImagesResponse.usage: text and image input apart, output as image tokens", () => {
    const estimate = cost("gpt-image-1", imageUsage);
    expect(estimate.usage.shape).toBe("openai-images");
    expect(estimate.usdExact).toBe("0.1671"); // (60 × 5 + 40 × 10 + 4,160 × 40) / 1M
    expect(estimate.lines.map((l) => [l.item, l.tokens])).toEqual([
      ["input_image", 40],
      ["input", 60],
      ["output_image", 4_160],
    ]);
  });

  test("output details split text from image tokens, each at its price", () => {
    const usage = { ...imageUsage, output_tokens_details: { image_tokens: 4_000, text_tokens: 160 } };
    expect(cost("gpt-image-1.5", usage).usdExact).toBe("0.13022"); // (60 × 5 + 40 × 8 + 160 × 10 + 4,000 × 32) / 1M
    expect(() => cost("gpt-image-1", usage)).toThrow("no output-token price");
  });

  test("speech by tokens: audio output priced apart", () => {
    expect(cost("gpt-4o-mini-tts", { inputTokens: 1_000, outputTokens: 10_000, audioOutputTokens: 10_000 }).usdExact).toBe("0.1206");
  });
});

describe("kinds in selection and lists", () => {
  test("selectModels leaves other kinds out unless asked, and says so", () => {
    const chatOnly = api.selectModels({ minQuality: 0 });
    const embedding = chatOnly.excluded.find((e) => e.id === "text-embedding-3-small")!;
    expect(embedding.reasons[0]).toEqual({
      code: "other-kind",
      message: "an embedding model; selectModels considers chat models unless requirements.kinds names embedding",
    });
    const asked = api.selectModels({ minQuality: 0, kinds: ["chat", "embedding"] });
    const reasons = asked.excluded.find((e) => e.id === "text-embedding-3-small")!.reasons.map((r) => r.code);
    expect(reasons).not.toContain("other-kind");
    expect(reasons).toEqual(["no-token-prices", "unrated"]);
  });

  test("listModels filters by kind; an unknown kind is an error", () => {
    expect(api.listModelIds({ kinds: "image" })).toEqual(["dall-e-2", "dall-e-3", "gpt-image-1", "gpt-image-1.5"]);
    expect(api.listModelIds({ kinds: ["chat"] })).toEqual(["units-chat"]);
    expect(() => api.listModels({ kinds: "video" as never })).toThrow(InvalidArgumentError);
  });

  test("the chat-only price functions refuse a model without both token prices", () => {
    expect(() => api.pricePer1M("text-embedding-3-small")).toThrow(UnpricedUsageError);
    expect(() => api.blendedCostPer1M("whisper-1")).toThrow('"whisper-1" is a transcription model without both an input and an output price per 1M tokens');
    expect(api.blendedCostPer1M("units-chat")).toBe(3.4375);
  });
});
