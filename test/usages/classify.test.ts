/**
 * What `--fix` may rewrite to, judged on entries made for each case: every capability the old model had and the
 * replacement lacks is a loss (tool calling, structured output and reasoning as much as a modality), and the new
 * name is escaped for the quotes it is written between.
 */
import type { ModelEntry } from "../../src/shared/registry-file";
import { classifyUses, lostCapabilities } from "../../src/usages/classify";
import { buildUsageRegistry } from "../../src/usages/registry";
import type { ModelUse } from "../../src/usages/use";

type Capabilities = ModelEntry["capabilities"];

function entry(id: string, capabilities: Partial<Capabilities> = {}, extra: Partial<ModelEntry> = {}): ModelEntry {
  return {
    id,
    provider: "openai",
    display_name: id,
    status: "production",
    context_window: 100_000,
    max_output_tokens: 4_000,
    pricing: { input: 1, output: 2 },
    capabilities: { input: ["text"], output: ["text"], tool_calling: true, ...capabilities },
    scores: { coding: 0.8, reasoning: 0.8, basis: "tier" },
    speed_rating: 6.7,
    verified: "2026-12-01",
    ...extra,
  } as ModelEntry;
}

describe("lostCapabilities", () => {
  test.each<[string, Partial<Capabilities>, Partial<Capabilities>, string[]]>([
    ["nothing lost", { structured_output: true }, { structured_output: true }, []],
    ["tool calling", { tool_calling: true }, { tool_calling: false }, ["tool-calling"]],
    ["structured output", { structured_output: true }, {}, ["structured-output"]],
    ["reasoning", { reasoning: true }, { reasoning: false }, ["reasoning"]],
    ["a modality in and out", { input: ["text", "pdf"], output: ["text", "audio"] }, { input: ["text"], output: ["text"] }, ["pdf-input", "audio-output"]],
    ["a capability gained is no loss", {}, { reasoning: true, input: ["text", "image"] }, []],
  ])("%s", (_name, before, after, expected) => {
    expect(lostCapabilities(entry("old", before), entry("new", after))).toEqual(expected);
  });
});

describe("the replacement text is escaped for the quotes around the use", () => {
  const old = entry("old-model", {}, { status: "deprecated", replaced_by: "new-model", api_name: "old-api" });
  const replacement = entry("new-model", {}, { api_name: 'new\\api"v2' });
  const registry = buildUsageRegistry([old, replacement], {}, "test");
  const use = (quote: string): ModelUse => ({
    file: "/p/a.ts",
    line: 1,
    column: 1,
    start: 0,
    end: 7,
    name: "old-api",
    via: "api_name",
    kind: "literal",
    modelId: "old-model",
    quote,
  });

  test.each([
    ['"', 'new\\\\api\\"v2'],
    ["'", 'new\\\\api"v2'],
  ])("between %s quotes", (quote, text) => {
    const [classified] = classifyUses([use(quote)], registry, { asOf: "2026-12-01" });
    expect(classified!.fix).toEqual({ kind: "rewrite", replacement: "new-model", text });
  });
});
