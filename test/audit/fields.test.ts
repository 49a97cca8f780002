import { fieldDifferences, sameNumber } from "../../src/audit/fields";
import type { RegistryModel, SourceModel } from "../../src/audit/types";

it.each([
  [2.5, 2.5000001, true],
  [0.075, 0.0750000000001, true],
  [2.5, 2.6, false],
  [0, 0, true],
  [0, 1e-9, false],
])("%d ≈ %d: %s", (a, b, expected) => {
  expect(sameNumber(a, b)).toBe(expected);
});

describe("an entry of another kind than chat is compared on the figures its kind carries", () => {
  const embedding: RegistryModel = {
    id: "embed-x",
    provider: "openai",
    display_name: "Embed X",
    kind: "embedding",
    status: "production",
    max_input_tokens: 8191,
    dimensions: 1536,
    pricing: { input: 0.02 },
    capabilities: { input: ["text"], output: ["vector"], tool_calling: false },
    sources: { all: "https://example.com" },
    verified: "2026-12-01",
  };
  const listed = (extra: Partial<SourceModel>): SourceModel => ({ provider: "openai", id: "embed-x", key: "embed-x", ...extra });
  it.each([
    ["a chat-style context window and output limit", { context_window: 8192, max_output_tokens: 1536 }, []],
    ["text output and reasoning: false", { capabilities: { output: ["text"], reasoning: false } }, []],
    ["an output price of 0 (nothing billed)", { pricing: { input: 0.02, output: 0 } }, []],
    ["another input price", { pricing: { input: 0.1 } }, ["pricing.input"]],
    ["another input limit", { max_input_tokens: 8192 }, ["max_input_tokens"]],
    ["an output price above 0", { pricing: { input: 0.02, output: 0.1 } }, ["pricing.output"]],
  ] as const)("%s", (_name, extra, fields) => {
    expect(fieldDifferences(embedding, listed(extra as Partial<SourceModel>), "2026-12-06").map((d) => d.field)).toEqual(fields);
  });

  it("a chat entry is compared on every field", () => {
    const { kind: _kind, dimensions: _dimensions, ...rest } = embedding;
    const chat: RegistryModel = { ...rest, context_window: 8191, max_output_tokens: 1536, pricing: { input: 0.02, output: 0 } };
    expect(fieldDifferences(chat, listed({ context_window: 8192 }), "2026-12-06").map((d) => d.field)).toEqual(["context_window"]);
  });
});
