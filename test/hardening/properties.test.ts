/**
 * Property-based tests (fast-check).
 *
 * Run counts are modest so CI stays fast. To run more, set FC_RUNS, which multiplies nothing but
 * replaces both counts, e.g.:  FC_RUNS=500 npm run jest -- test/hardening/properties.test.ts
 * A failure prints the seed and path; replay it with FC_SEED=<seed> (and FC_PATH=<path>).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { constantName } from "../../src/shared/naming";
import { checkDeclarations, loadGeneratedModule } from "./compile";
import { BASE_REGISTRY, generateIn, makeTempDir, removeDir, digestTree, snapshotTree, workspaceWithPreviousOutput } from "./helpers";

const DECLARATIONS = "generated/models.generated.d.ts";
const MODULE = "generated/models.generated.js";
const runs = (fallback: number) => Number(process.env.FC_RUNS ?? fallback);
const replay = process.env.FC_SEED ? { seed: Number(process.env.FC_SEED), path: process.env.FC_PATH } : {};

const ID_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9._:/@+-]{0,30}[A-Za-z0-9])?$/;
// All-digit IDs are rejected by the schema: as object keys they would sort before all others.
const modelId = fc.stringMatching(ID_PATTERN).filter((id) => !/^[0-9]+$/.test(id));
/** Any Unicode, including lone surrogates, control characters, emoji and bidi marks. */
const text = fc.oneof(
  fc.string({ unit: "binary", minLength: 1, maxLength: 40 }),
  fc.string({
    unit: fc.constantFrom("*/", "/*", "`", "${", "\\", '"', "'", "\n", "\u2028", "\u2029", "\u202E", "\uD800", "\uDC00", "😀", "</script>", "|", "@", " "),
    minLength: 1,
    maxLength: 12,
  }),
);
/** Prices the unit guard accepts without a word: 0, or 0.001 (output: 0.02) to 1,000 USD per 1M tokens. */
const price = (floor: number) => fc.oneof(fc.constant(0), fc.double({ min: floor, max: 1000, noNaN: true }));
const score = fc.double({ min: 0, max: 1, noNaN: true });

const modelFields = fc.record(
  {
    display_name: text,
    context_window: fc.integer({ min: 1, max: 10_000_000 }),
    pricing: fc.record({ input: price(0.001), output: price(0.02) }),
    capabilities: fc.record({
      input: fc.constantFrom(["text"], ["text", "image"], ["text", "image", "audio", "video", "pdf"]),
      output: fc.constantFrom(["text"], ["text", "audio"]),
      tool_calling: fc.boolean(),
    }),
    scores: fc.record({ coding: score, reasoning: score, basis: fc.constant("tier") }),
    speed_rating: fc.double({ min: 0, max: 10, noNaN: true }),
    status: fc.constantFrom("production", "beta", "experimental"),
    notes: text,
    best_for: text,
  },
  { requiredKeys: ["display_name", "context_window", "pricing", "capabilities", "scores", "speed_rating", "status"] },
);

const registry = fc.uniqueArray(fc.tuple(modelId, modelFields), { minLength: 1, maxLength: 6, selector: ([id]) => constantName(id) }).map((models) => ({
  version: 2,
  providers: {
    openai: {
      display_name: "OpenAI",
      base_url: "https://api.openai.com/v1",
      auth: { type: "bearer" },
      env: { required: ["OPENAI_API_KEY"] },
      docs_url: "https://platform.openai.com/docs/models",
    },
  },
  models: models.map(([id, fields]) => ({
    id,
    provider: "openai",
    ...fields,
    max_output_tokens: 1,
    sources: { all: "https://platform.openai.com/docs/models" },
    verified: "2026-07-24",
  })),
}));

test("random valid registries generate declarations that type-check and a module that loads to exactly the input", async () => {
  const dir = makeTempDir();
  try {
    await fc.assert(
      fc.asyncProperty(registry, async (data) => {
        // JSON is YAML: every string (lone surrogates included) is written as an exact escape.
        const result = await generateIn(dir, JSON.stringify(data, null, 1));
        expect(result.diagnostics).toEqual([]);
        const module = loadGeneratedModule(join(dir, MODULE));
        // Every figure exactly; provenance (notes, sources) stays in the registry file.
        const figures = data.models.map(({ notes: _notes, sources: _sources, ...model }: { notes?: unknown; sources?: unknown; id: string }) => model);
        expect(module.MODELS).toEqual(Object.fromEntries(figures.map((model) => [model.id, model])));
        expect(module.MODEL_IDS).toEqual(data.models.map((model) => model.id).sort());
        // The declarations type every constant the module holds as its model ID, and every ID as a key.
        const constants = Object.entries(module.Models as Record<string, string>);
        expect(constants.map(([, id]) => id).sort()).toEqual(data.models.map((model) => model.id).sort());
        const consumer = [
          ...constants.map(([name, id], i) => `export const constant${i}: ${JSON.stringify(id)} = generated.Models.${name};`),
          ...data.models.map((model, i) => `export const model${i}: "openai" = generated.getModel(${JSON.stringify(model.id)}).provider;`),
        ].join("\n");
        const checked = checkDeclarations(join(dir, DECLARATIONS), consumer + "\n");
        expect(checked.diagnostics).toEqual([]);
      }),
      { numRuns: runs(15), ...replay },
    );
  } finally {
    removeDir(dir);
  }
});

/** A change to the registry text that a careless edit or a bad import could make. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant("delete-line" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("duplicate-line" as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant("replace-value" as const),
    at: fc.nat(),
    value: fc.oneof(
      fc.string({ unit: "binary", maxLength: 12 }),
      fc.constantFrom("", "-1", "1e400", ".nan", "[]", "{}", "~", "!!js/function x", "*a", "&a x", "<<: *a", '"', "'", "{", "- x", "|", ">", "0x1F", "yes"),
    ),
  }),
  fc.record({ kind: fc.constant("insert-bytes" as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }) }),
  fc.record({ kind: fc.constant("indent-line" as const), at: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(original: Buffer, change: Mutation): Buffer {
  if (change.kind === "insert-bytes") {
    const at = change.at % (original.length + 1);
    return Buffer.concat([original.subarray(0, at), Buffer.from(change.bytes), original.subarray(at)]);
  }
  const lines = original.toString("utf8").split("\n");
  const at = change.at % lines.length;
  const line = lines[at]!;
  if (change.kind === "delete-line") lines.splice(at, 1);
  else if (change.kind === "duplicate-line") lines.splice(at, 0, line);
  else if (change.kind === "indent-line") lines[at] = change.by >= 0 ? " ".repeat(change.by) + line : line.slice(-change.by);
  else lines[at] = line.includes(": ") ? line.slice(0, line.indexOf(": ") + 2) + change.value : change.value;
  return Buffer.from(lines.join("\n"), "utf8");
}

test("random mutations of a valid registry: still valid, or a clean located error; never a throw, never a partial write", async () => {
  const { dir, outDir } = await workspaceWithPreviousOutput();
  const base = readFileSync(BASE_REGISTRY);
  const previousFiles = snapshotTree(outDir);
  const previous = digestTree(outDir);
  try {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (changes) => {
        const bytes = changes.reduce(mutate, base);
        const result = await generateIn(dir, bytes); // a throw fails the property
        if (result.ok) {
          // Valid after all: restore the previous output for the next run.
          for (const [path, contents] of previousFiles) writeFileSync(join(outDir, path), contents);
          return;
        }
        expect(result.written).toEqual([]);
        expect(digestTree(outDir)).toEqual(previous);
        for (const diagnostic of result.diagnostics) {
          expect(diagnostic.line).toBeGreaterThanOrEqual(1);
          expect(diagnostic.column).toBeGreaterThanOrEqual(1);
          expect(diagnostic.message.length).toBeGreaterThan(10);
          expect(diagnostic.message).not.toMatch(/\n\s+at |undefined|\[object Object\]/);
        }
      }),
      { numRuns: runs(50), ...replay },
    );
  } finally {
    removeDir(dir);
  }
});
