import { join } from "node:path";
import { liteLlmSource } from "../../../src/audit/sources/litellm";
import type { RegistryModel } from "../../../src/audit/types";
import { PINNED, fixturePath, readJson, registryModel } from "../fixtures";

const source = liteLlmSource(readJson(fixturePath("litellm", "prices.json")));
const byKey = (key: string) => source.models.find((model) => model.key === key);

describe("liteLlmSource on the fixture list", () => {
  it("labels the list with its last_updated date", () => {
    expect(source.name).toBe("litellm");
    expect(source.label).toBe("LiteLLM (last_updated 2026-07-24)");
  });

  it("keeps only mapped providers, ordered by provider preference", () => {
    expect(source.models.map((model) => model.key)).not.toContain("mistral-large");
    const keys = source.models.map((model) => model.key);
    expect(keys.indexOf("gemini/gemini-9-flash")).toBeLessThan(keys.indexOf("gemini-9-flash"));
    expect(keys.indexOf("us.anthropic.claude-sonnet-9-v1:0")).toBeLessThan(keys.indexOf("bedrock/us-east-1/anthropic.claude-sonnet-9-v1:0"));
  });

  it.each([
    ["gpt-agree", { provider: "openai", id: "gpt-agree", chat: true, max_input_tokens: 272000, max_output_tokens: 128000 }],
    ["text-embedding-new", { chat: false }],
    ["gemini/gemini-9-flash", { provider: "google", id: "gemini-9-flash" }],
    ["azure/us/gpt-4o", { provider: "azure", id: "us/gpt-4o" }],
    ["gpt-retired", { shutdown_date: "2026-06-01" }],
  ])("%s", (key, expected) => {
    expect(byKey(key)).toMatchObject(expected);
  });

  it("converts per-token prices to per 1M, with tiers, cache reads and 5-minute / 1-hour cache writes", () => {
    expect(byKey("gpt-agree")?.pricing).toEqual({
      input: 1.25,
      output: 10,
      cached_input: 0.125,
      tiers: [{ above_input_tokens: 272000, input: 2.5, output: 15 }],
    });
    expect(byKey("claude-sonnet-9-20260101")?.pricing).toEqual({ input: 3, output: 15, cached_input: 0.3, cache_write: 3.75, cache_write_1h: 6 });
  });

  it("reads capabilities from supports_* flags and supported_modalities (+ supports_pdf_input)", () => {
    expect(byKey("gpt-agree")?.capabilities).toEqual({ tool_calling: true, structured_output: true, reasoning: true, input: ["text", "image"] });
    expect(byKey("claude-sonnet-9-20260101")?.capabilities).toEqual({ input: ["text", "image", "pdf"] });
    expect(byKey("gpt-explained")?.capabilities).toBeUndefined();
  });

  it.each([
    [{ id: "gpt-agree", provider: "openai" }, "gpt-agree"],
    [{ id: "claude-sonnet", provider: "anthropic", api_name: "claude-sonnet-9-20260101" }, "claude-sonnet-9-20260101"],
    [{ id: "anthropic.claude-sonnet-9-v1:0", provider: "bedrock" }, "us.anthropic.claude-sonnet-9-v1:0"],
    [{ id: "azure/gpt-4o", provider: "azure" }, "azure/gpt-4o"],
    [{ id: "gemini-9-flash", provider: "google" }, "gemini/gemini-9-flash"],
    [{ id: "constructor", provider: "openai" }, "constructor"],
    [{ id: "__proto__", provider: "openai" }, "__proto__"],
    [{ id: "toString", provider: "openai" }, undefined],
    [{ id: "gpt-agree", provider: "xai" }, undefined],
  ])("find(%j) → %s", (fields, key) => {
    expect(source.find(fields as RegistryModel)?.key).toBe(key);
  });

  it("rejects a file that is not an object of entries", () => {
    expect(() => liteLlmSource([])).toThrow(/not a JSON object/);
  });
});

describe("liteLlmSource on the pinned 2026-07-24 copy", () => {
  const pinned = liteLlmSource(readJson(join(PINNED, "litellm", "model_prices_and_context_window-2026-07-24.json")));

  it("holds the mapped providers' 1,057 entries", () => {
    expect(pinned.models).toHaveLength(1057);
  });

  it("finds a dated Anthropic model through api_name with its long-context tier", () => {
    const listed = pinned.find({ ...registryModel("claude-sonnet"), api_name: "claude-sonnet-4-5-20250929" });
    expect(listed?.pricing?.tiers).toEqual([{ above_input_tokens: 200000, input: 6, output: 22.5, cache_write: 7.5, cached_input: 0.6 }]);
  });
});
