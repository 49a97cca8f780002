import { join } from "node:path";
import { modelsDevSource, readModelsDevTree } from "../../../src/audit/sources/models-dev";
import type { RegistryModel } from "../../../src/audit/types";
import { PINNED, fixturePath, readJson } from "../fixtures";

const tree = modelsDevSource(readModelsDevTree(fixturePath("models-dev", "tree")), "models.dev fixture tree");
const api = modelsDevSource(readJson(fixturePath("models-dev", "api.json")), "models.dev fixture api.json");
const byId = (id: string) => tree.models.find((model) => model.id === id);

describe("modelsDevSource on a providers/ TOML tree", () => {
  it("reads every model file of the mapped providers", () => {
    expect(tree.models.map((model) => model.key)).toEqual([
      "providers/openai/models/gpt-agree.toml",
      "providers/openai/models/gpt-new.toml",
      "providers/openai/models/gpt-older-new.toml",
      "providers/openai/models/gpt-retired.toml",
      "providers/openai/models/text-embedding-new.toml",
      "providers/amazon-bedrock/models/anthropic.claude-sonnet-9-v1:0.toml",
    ]);
  });

  it.each([
    ["gpt-agree", { provider: "openai", chat: true, release_date: "2026-03-05", context_window: 400000, max_input_tokens: 272000, max_output_tokens: 128000 }],
    ["gpt-retired", { deprecated: true }],
    ["text-embedding-new", { chat: false }],
  ])("%s", (id, expected) => {
    expect(byId(id)).toMatchObject(expected);
  });

  it("reads [[cost.tiers]] and capabilities", () => {
    expect(byId("gpt-agree")?.pricing).toEqual({
      input: 1.25,
      output: 10,
      cached_input: 0.125,
      tiers: [{ above_input_tokens: 272000, input: 2.5, output: 15 }],
    });
    expect(byId("gpt-agree")?.capabilities).toEqual({
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
      structured_output: true,
      reasoning: true,
    });
  });

  it("resolves base_model (CRLF file): base fields, own overrides deep-merged, base_model_omit paths removed", () => {
    expect(byId("anthropic.claude-sonnet-9-v1:0")).toMatchObject({
      provider: "bedrock",
      release_date: "2026-01-01",
      context_window: 200000,
      max_output_tokens: 32000,
      pricing: { input: 3, output: 15, cached_input: 0.3 },
    });
    expect(byId("anthropic.claude-sonnet-9-v1:0")?.pricing).not.toHaveProperty("tiers");
    expect(byId("anthropic.claude-sonnet-9-v1:0")?.pricing).not.toHaveProperty("cache_write");
  });

  it("finds bedrock models through their region-prefixed registry ID", () => {
    expect(tree.find({ id: "us.anthropic.claude-sonnet-9-v1:0", provider: "bedrock" } as RegistryModel)?.id).toBe("anthropic.claude-sonnet-9-v1:0");
  });
});

describe("modelsDevSource on an api.json catalogue", () => {
  it("reads only the mapped providers (Mistral is one since the new providers) and the legacy context_over_200k tier", () => {
    expect(api.models.map((model) => model.id)).toEqual(["constructor", "gpt-agree", "mistral-large"]);
    expect(api.models.find((model) => model.id === "gpt-agree")?.pricing?.tiers).toEqual([{ above_input_tokens: 200000, input: 2.5, output: 15 }]);
  });

  it.each([
    ["constructor", "constructor"],
    ["hasOwnProperty", undefined],
    ["__proto__", undefined],
  ])("find(%s) → %s, own keys only", (id, expected) => {
    expect(api.find({ id, provider: "openai" } as RegistryModel)?.id).toBe(expected);
  });

  it("rejects a catalogue that is not an object", () => {
    expect(() => modelsDevSource("nope")).toThrow(/not an object/);
  });
});

describe("readModelsDevTree on the pinned f3fc692 copy", () => {
  const pinned = modelsDevSource(readModelsDevTree(join(PINNED, "models-dev")));

  it("resolves every base_model and reads all 753 models (319 of the first six providers, 434 of the six added 2026-12-07)", () => {
    expect(pinned.models).toHaveLength(753);
    expect(pinned.find({ id: "openai.gpt-5.4", provider: "bedrock" } as RegistryModel)).toMatchObject({
      release_date: "2026-03-05",
      context_window: 272000,
      max_output_tokens: 128000,
    });
  });

  it("finds the new providers' entries: Vertex's Claude without @default, Groq and OpenRouter by api_name", () => {
    const find = (model: Partial<RegistryModel>) => pinned.find(model as RegistryModel);
    expect(find({ id: "vertex-anthropic/claude-sonnet-5", api_name: "claude-sonnet-5", provider: "vertex-anthropic" })?.key).toBe(
      "providers/google-vertex-anthropic/models/claude-sonnet-5@default.toml",
    );
    expect(find({ id: "groq/openai/gpt-oss-20b", api_name: "openai/gpt-oss-20b", provider: "groq" })).toMatchObject({
      context_window: 131072,
      max_output_tokens: 65536,
    });
    expect(find({ id: "openrouter/x-ai/grok-4.3", api_name: "x-ai/grok-4.3", provider: "openrouter" })?.key).toBe(
      "providers/openrouter/models/x-ai/grok-4.3.toml",
    );
    expect(find({ id: "deepseek-v4-pro", provider: "deepseek" })?.release_date).toBe("2026-04-24");
  });
});
