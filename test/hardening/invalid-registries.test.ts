/**
 * The catalogue of bad inputs: one directory per case under test/fixtures/invalid/<case>/ holding
 * `registry.yaml` and `expected.json` (the exact diagnostics). Each case runs in a workspace whose
 * output directory already holds a good generated module, which must be byte-identical afterwards.
 *
 * To (re)create expected.json after an intended message change: UPDATE_FIXTURES=1 npm run jest -- test/hardening
 * and then read every changed file.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generate } from "../../src/generator/generate";
import { comparable, digestTree, FIXTURES, generateIn, removeDir, snapshotTree, workspaceWithPreviousOutput } from "./helpers";

const INVALID = join(FIXTURES, "invalid");
const cases = readdirSync(INVALID).sort();
const update = process.env.UPDATE_FIXTURES === "1";
/** What a good run leaves in the output directory: the declarations, the data module and the runtime beside them. */
const OUTPUT_FILES = [
  "model-registry-runtime.d.ts",
  "model-registry-runtime.js",
  "models.generated.d.ts",
  "models.generated.js",
  "models.generated.openai.d.ts",
  "models.generated.openai.js",
];

test("the catalogue holds at least 30 cases", () => {
  expect(cases.length).toBeGreaterThanOrEqual(30);
});

describe.each(cases)("invalid registry: %s", (name) => {
  test("fails with the expected located diagnostics and leaves the previous output byte-identical", async () => {
    const { dir, outDir } = await workspaceWithPreviousOutput();
    try {
      const before = digestTree(dir);
      const registry = readFileSync(join(INVALID, name, "registry.yaml"));
      const result = await generateIn(dir, registry);
      const expectedPath = join(INVALID, name, "expected.json");
      if (update) writeFileSync(expectedPath, JSON.stringify(comparable(result), null, 2) + "\n");
      // A case without its expected diagnostics proves nothing: it fails until UPDATE_FIXTURES=1 writes them.
      if (!existsSync(expectedPath)) throw new Error(`${name} has no expected.json; run UPDATE_FIXTURES=1 npm run jest -- test/hardening and read it`);
      const expected = JSON.parse(readFileSync(expectedPath, "utf8")) as ReturnType<typeof comparable>;

      expect(comparable(result)).toEqual(expected);
      expect(result.ok).toBe(false);
      expect(result.diagnostics.some((d) => d.severity === "error")).toBe(true);
      for (const diagnostic of result.diagnostics) {
        expect(diagnostic.line).toBeGreaterThanOrEqual(1);
        expect(diagnostic.column).toBeGreaterThanOrEqual(1);
      }
      expect(result.written).toEqual([]);
      // The registry file was replaced by the bad one; everything else must be untouched.
      const after = digestTree(dir);
      before.delete("registry.yaml");
      after.delete("registry.yaml");
      expect(after).toEqual(before);
      expect([...snapshotTree(outDir).keys()]).toEqual(OUTPUT_FILES);
    } finally {
      removeDir(dir);
    }
  });
});

test("a missing registry file is a located error, not an exception, and nothing is written", async () => {
  const { dir } = await workspaceWithPreviousOutput();
  try {
    const before = digestTree(dir);
    const result = await generate({ cwd: dir, registryPath: "no-such-registry.yaml", outDir: "generated" });
    expect(comparable(result)).toEqual({
      ok: false,
      diagnostics: [
        {
          severity: "error",
          code: "yaml/unreadable",
          message: "cannot read the registry file: the file does not exist",
          hint: "no registry yet? `npx model-registry init` writes a starter one here (`init --extends` one that builds on the shipped catalogue); or name yours with --registry",
          line: 1,
          column: 1,
        },
      ],
    });
    expect(digestTree(dir)).toEqual(before);
  } finally {
    removeDir(dir);
  }
});

// Decision: a provider with no models is a warning, not an error. A provider is often configured
// (endpoint, auth, env names) before its first model is added; its ID union is simply `never`.
test("a provider with no models is only a warning: generation still succeeds", async () => {
  const { dir } = await workspaceWithPreviousOutput();
  try {
    const result = await generateIn(dir, readFileSync(join(FIXTURES, "warnings/provider-without-models/registry.yaml")));
    expect(comparable(result)).toEqual({
      ok: true,
      diagnostics: [
        {
          severity: "warning",
          code: "rule/provider-without-models",
          message: 'provider "anthropic" has no models; its ID union would be empty',
          hint: "add a model for it or remove the provider",
          line: 11,
          column: 3,
          path: "/providers/anthropic",
        },
      ],
    });
    // The previous output came from the base registry: the runtime copy is unchanged, the registry's two files are
    // rewritten, and the new provider gets its (empty) module.
    expect(result.written).toEqual([
      "generated/models.generated.d.ts",
      "generated/models.generated.js",
      "generated/models.generated.anthropic.d.ts",
      "generated/models.generated.anthropic.js",
    ]);
    const declarations = readFileSync(join(dir, "generated/models.generated.d.ts"), "utf8");
    // Its ID union is the union of its active and its deprecated IDs, both empty.
    expect(declarations).toContain("export type AnthropicActiveModelId = never;");
    expect(declarations).toContain("export type AnthropicDeprecatedModelId = never;");
    expect(declarations).toMatch(/export type AnthropicModelId =\s+AnthropicActiveModelId \| AnthropicDeprecatedModelId;/);
    expect(declarations).toContain("export interface AnthropicModelConstants {}");
    expect(declarations).toContain("export declare const AnthropicModels: AnthropicModelConstants;");
    expect(readFileSync(join(dir, "generated/models.generated.js"), "utf8")).toContain(
      'const AnthropicModels = /* @__PURE__ */ runtime.deepFreeze(/* @__PURE__ */ JSON.parse("{}"));',
    );
  } finally {
    removeDir(dir);
  }
});

test("an alias bomb (billion laughs) is rejected fast, without expanding it", async () => {
  const { dir } = await workspaceWithPreviousOutput();
  try {
    // Ten levels of nine aliases each: 10^9 nodes if expanded.
    const bomb = readFileSync(join(INVALID, "alias-bomb/registry.yaml"));
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const result = await generateIn(dir, bomb, { mode: "validate" });
    const elapsedMs = performance.now() - started;
    const heapGrowthMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
    // Figures for the record (no timing assertions: the machine is shared).
    console.log(`alias bomb: rejected in ${elapsedMs.toFixed(1)} ms, heap growth ${heapGrowthMb.toFixed(1)} MB`);
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => d.code)).toEqual(["yaml/aliases"]);
  } finally {
    removeDir(dir);
  }
});
