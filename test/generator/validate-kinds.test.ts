import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generateIn, makeTempDir, removeDir, REPO_ROOT } from "../hardening/helpers";

const BASE = readFileSync(join(REPO_ROOT, "test/fixtures/lifecycle/shutdown-schedule/registry.yaml"), "utf8");

/** One entry of the given kind, with `fields` in place of its kind's own lines (YAML, indented as in a model). */
function entry(kind: string | undefined, fields: string, capabilities = "{ input: [text], output: [text], tool_calling: false }"): string {
  return [
    "  - id: under-test",
    "    provider: openai",
    "    display_name: Under test",
    ...(kind === undefined ? [] : [`    kind: ${kind}`]),
    "    status: production",
    ...fields.split("\n").map((line) => `    ${line}`),
    `    capabilities: ${capabilities}`,
    "    sources: { all: https://platform.openai.com/docs/models }",
    '    verified: "2026-12-01"',
    "",
  ].join("\n");
}

const VECTOR = "{ input: [text], output: [vector], tool_calling: false }";
const EMBEDDING = "max_input_tokens: 8191\ndimensions: 1536\npricing: { input: 0.02 }";
const IMAGE_TABLE = "pricing:\n  per_image:\n    - { size: 1024x1024, quality: low, usd: 0.011 }\n    - { size: 1024x1536, quality: low, usd: 0.016 }";

/** Every kind's required fields (the schema's if/then) and the rules on which fields belong to which kind, with their location. */
test.each([
  ["an embedding model with its dimensions, input limit and input price", entry("embedding", EMBEDDING, VECTOR), []],
  [
    "an embedding model without dimensions",
    entry("embedding", "max_input_tokens: 8191\npricing: { input: 0.02 }", VECTOR),
    ["error schema/required /models/0"],
  ],
  [
    "an embedding model without an input price",
    entry("embedding", "max_input_tokens: 8191\ndimensions: 1536\npricing: { requests_per_1k: 1 }", VECTOR),
    ["error schema/required /models/0/pricing", "error rule/kind-price /models/0/pricing/requests_per_1k"],
  ],
  [
    "an embedding model with an output price",
    entry("embedding", `${EMBEDDING.replace("{ input: 0.02 }", "{ input: 0.02, output: 0.1 }")}`, VECTOR),
    ["error rule/kind-price /models/0/pricing/output"],
  ],
  [
    "an embedding model with routing scores",
    entry("embedding", `${EMBEDDING}\nscores: { coding: 0.5, reasoning: 0.5, basis: tier }`, VECTOR),
    ["error rule/kind-field /models/0/scores"],
  ],
  ["an embedding model whose output is text", entry("embedding", EMBEDDING), ["error rule/embedding-output /models/0/capabilities/output"]],
  [
    "a chat model (no kind) without a context window",
    entry(undefined, "max_output_tokens: 1000\npricing: { input: 1, output: 2 }"),
    ["error schema/required /models/0"],
  ],
  [
    "a chat model without an output price",
    entry("chat", "context_window: 8000\nmax_output_tokens: 1000\npricing: { input: 1 }"),
    ["error schema/required /models/0/pricing"],
  ],
  [
    "a chat model with dimensions",
    entry(undefined, "context_window: 8000\nmax_output_tokens: 1000\ndimensions: 8\npricing: { input: 1, output: 2 }"),
    ["error rule/kind-field /models/0/dimensions"],
  ],
  [
    "a chat model with a price per image",
    entry(undefined, "context_window: 8000\nmax_output_tokens: 1000\npricing: { input: 1, output: 2, per_image: [{ usd: 0.04 }] }"),
    ["error rule/kind-price /models/0/pricing/per_image"],
  ],
  [
    "a chat model returning vectors",
    entry(undefined, "context_window: 8000\nmax_output_tokens: 1000\npricing: { input: 1, output: 2 }", VECTOR),
    ["error rule/embedding-output /models/0/capabilities/output"],
  ],
  ["an image model priced per image by size and quality", entry("image", IMAGE_TABLE), []],
  ["an image model without any image price", entry("image", "pricing: { input: 5 }"), ["error schema/anyOf /models/0/pricing"]],
  [
    "an image model pricing one size twice",
    entry("image", `${IMAGE_TABLE}\n    - { size: 1024x1024, quality: low, usd: 0.02 }`),
    ["error rule/image-price-duplicate /models/0/pricing/per_image/2"],
  ],
  [
    "an image table whose rows state different fields",
    entry("image", `${IMAGE_TABLE}\n    - { size: 1536x1024, usd: 0.02 }`),
    ["error rule/image-price-fields /models/0/pricing/per_image/2"],
  ],
  [
    "an image size that is not WIDTHxHEIGHT",
    entry("image", "pricing: { per_image: [{ size: large, usd: 0.02 }] }"),
    ["error schema/pattern /models/0/pricing/per_image/0/size"],
  ],
  ["a speech model priced per 1M characters", entry("speech", "pricing: { characters_per_1m: 15 }"), []],
  [
    "a speech model that calls tools",
    entry("speech", "pricing: { characters_per_1m: 15 }", "{ input: [text], output: [audio], tool_calling: true }"),
    ["error rule/kind-capability /models/0/capabilities/tool_calling"],
  ],
  ["a transcription model priced per minute", entry("transcription", "pricing: { audio_per_minute: 0.006 }"), []],
  [
    "a transcription model priced per minute and per second",
    entry("transcription", "pricing: { audio_per_minute: 0.006, audio_per_second: 0.0001 }"),
    ["error rule/audio-price-twice /models/0/pricing/audio_per_second"],
  ],
  [
    "a transcription model priced per character",
    entry("transcription", "pricing: { audio_per_minute: 0.006, characters_per_1m: 1 }"),
    ["error rule/kind-price /models/0/pricing/characters_per_1m"],
  ],
  ["a free moderation model (price 0 stated)", entry("moderation", "pricing: { input: 0 }"), []],
  ["a moderation model without a stated price", entry("moderation", "pricing: { cached_input: 0 }"), ["error schema/required /models/0/pricing"]],
  ["a rerank model priced per 1K requests", entry("rerank", "pricing: { requests_per_1k: 2 }"), []],
  ["an unknown kind", entry("video", "pricing: { input: 1 }"), ["error schema/enum /models/0/kind"]],
])("%s", async (_name, model, expected) => {
  const dir = makeTempDir();
  try {
    const registry = BASE.replace("models:\n", `models:\n${model}\n`);
    const result = await generateIn(dir, registry, { mode: "validate" });
    const errors = result.diagnostics.filter((d) => d.severity === "error");
    expect(errors.map((d) => `${d.severity} ${d.code} ${d.path}`)).toEqual(expected);
    // Located: every error points into the entry under test (lines 13 on), with a column.
    for (const d of errors) {
      expect(d.line).toBeGreaterThanOrEqual(13);
      expect(d.column).toBeGreaterThan(0);
    }
  } finally {
    removeDir(dir);
  }
});
