import { genaiPricesSource, installedGenaiPricesSource, installedGenaiPricesVersion, matchesModelId } from "../../../src/audit/sources/genai-prices";
import type { RegistryModel } from "../../../src/audit/types";
import { fixturePath, readJson } from "../fixtures";

const source = genaiPricesSource(readJson(fixturePath("genai-prices", "providers.json")) as unknown[], "genai-prices fixture");
const find = (fields: Partial<RegistryModel>) => source.find(fields as RegistryModel);

describe("matchesModelId", () => {
  it.each([
    [{ equals: "gpt-4o" }, "gpt-4o", true],
    [{ equals: "gpt-4o" }, "gpt-4o-mini", false],
    [{ starts_with: "claude-3-5" }, "claude-3-5-haiku", true],
    [{ ends_with: "-v1:0" }, "amazon.nova-pro-v1:0", true],
    [{ contains: "nova-pro" }, "us.amazon.nova-pro-v1:0", true],
    [{ regex: "^o\\d(-mini)?$" }, "o3-mini", true],
    [{ or: [{ equals: "a" }, { equals: "b" }] }, "b", true],
    [{ and: [{ starts_with: "claude" }, { contains: "2026" }] }, "claude-sonnet-4", false],
    [{ unknown: "x" }, "x", false],
    ["not-logic", "x", false],
  ])("%j on %s → %s", (logic, id, expected) => {
    expect(matchesModelId(logic, id)).toBe(expected);
  });
});

describe("genaiPricesSource on the fixture providers", () => {
  it("lists the mapped providers' own models, not the fallback's again", () => {
    expect(source.models.map((model) => model.key)).toEqual([
      "openai/gpt-agree",
      "openai/gpt-explained",
      "openai/gpt-retired",
      "openai/gpt-new",
      "openai/text-embedding-new",
      "openai/gpt-4o",
      "anthropic/claude-sonnet-9",
      "google/gemini-9-flash",
      "aws/regional.anthropic.claude-sonnet-9-v1:0",
      "aws/anthropic.claude-sonnet-9-v1:0",
    ]);
  });

  it.each([
    [
      "openai/gpt-agree",
      {
        chat: true,
        context_window: 400000,
        pricing: { input: 1.25, output: 10, cached_input: 0.125, tiers: [{ above_input_tokens: 271999, input: 2.5, output: 15 }] },
      },
    ],
    ["openai/text-embedding-new", { chat: false }],
    ["openai/gpt-retired", { deprecated: true }],
    ["anthropic/claude-sonnet-9", { pricing: { input: 3, output: 15, cached_input: 0.3, cache_write: 3.75, cache_write_1h: 6 } }],
    ["google/gemini-9-flash", { pricing: { input: 0.75, output: 3.75, periods: [{ from: "2027-01-01", input: 1.5, output: 7.5 }] } }],
  ])("%s", (key, expected) => {
    expect(source.models.find((model) => model.key === key)).toMatchObject(expected);
  });

  it.each([
    [{ id: "gpt-agree", provider: "openai" }, "openai/gpt-agree"],
    [{ id: "gpt-agree-2026-03-05", provider: "openai" }, "openai/gpt-agree"],
    [{ id: "gpt-explained-latest", provider: "openai" }, "openai/gpt-explained"],
    [{ id: "claude-sonnet", api_name: "claude-sonnet-9-20260101", provider: "anthropic" }, "anthropic/claude-sonnet-9"],
    [{ id: "claude-sonnet-9-latest", provider: "anthropic" }, undefined],
    [{ id: "claude-sonnet-9", provider: "anthropic" }, "anthropic/claude-sonnet-9"],
    // The exact ID beats the earlier, broader `regional.` match.
    [{ id: "anthropic.claude-sonnet-9-v1:0", provider: "bedrock" }, "aws/anthropic.claude-sonnet-9-v1:0"],
    [{ id: "azure/gpt-4o", provider: "azure" }, "openai/gpt-4o"],
    [{ id: "constructor", provider: "openai" }, undefined],
    [{ id: "llama3", provider: "ollama" }, undefined],
  ])("find(%j) → %s", (fields, key) => {
    expect(find(fields as Partial<RegistryModel>)?.key).toBe(key);
  });

  it("gives a fallback model the registry model's provider", () => {
    expect(find({ id: "azure/gpt-4o", provider: "azure" })?.provider).toBe("azure");
  });
});

describe("the providers added for issue 24", () => {
  const installed = installedGenaiPricesSource();
  const find = (model: Partial<RegistryModel>) => installed.find(model as RegistryModel);

  it("Vertex AI's Gemini and Claude copies are found in genai-prices' google provider, listed once", () => {
    expect(find({ id: "vertex/gemini-3.8-flash", api_name: "gemini-3.8-flash", provider: "vertex" })).toMatchObject({
      provider: "vertex",
      id: "gemini-3.8-flash",
    });
    expect(find({ id: "vertex-anthropic/claude-opus-4-8", api_name: "claude-opus-4-8", provider: "vertex-anthropic" })?.pricing).toMatchObject({
      input: 5,
      output: 25,
    });
    expect(installed.models.filter((model) => model.id === "gemini-3.8-flash").map((model) => model.provider)).toEqual(["google"]);
  });

  it("OpenRouter routes and Groq models are found by their api_name", () => {
    expect(find({ id: "openrouter/anthropic/claude-opus-4.8", api_name: "anthropic/claude-opus-4.8", provider: "openrouter" })?.key).toBe(
      "openrouter/anthropic/claude-opus-4.8",
    );
    expect(find({ id: "groq/openai/gpt-oss-120b", api_name: "openai/gpt-oss-120b", provider: "groq" })?.pricing).toMatchObject({ input: 0.15, output: 0.6 });
    expect(find({ id: "mistral-small-2603", provider: "mistral" })?.pricing).toMatchObject({ input: 0.15, output: 0.6 });
  });
});

describe("installedGenaiPricesSource (the pinned devDependency)", () => {
  const installed = installedGenaiPricesSource();

  it("is labelled with the exact package version", () => {
    expect(installedGenaiPricesVersion()).toBe("0.1.8");
    expect(installed.label).toBe("@pydantic/genai-prices@0.1.8");
  });

  it("holds the mapped providers and resolves tiers and dated prices", () => {
    const providers = new Set(installed.models.map((model) => model.provider));
    expect([...providers].sort()).toEqual(["anthropic", "azure", "bedrock", "deepseek", "google", "groq", "mistral", "openai", "openrouter", "xai"]);
    expect(installed.find({ id: "claude-opus-4-6", provider: "anthropic" } as RegistryModel)?.pricing?.tiers?.[0]).toMatchObject({
      above_input_tokens: 200000,
      input: 10,
      output: 37.5,
    });
    expect(installed.find({ id: "gemini-3.6-flash", provider: "google" } as RegistryModel)?.pricing?.periods).toEqual([
      { from: "2027-01-01", input: 1.5, output: 7.5, cached_input: 0.15 },
    ]);
  });
});
