// The derived-artifact cache: the compiled validator kept between runs, as code only where code may be kept. A hit must
// give exactly what computing gives (outputs and diagnostics), and a broken entry must cost only time.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { GenerateOptions, GenerateResult } from "../../src/generator/generate";
import { derivedCacheFor, derivedCacheIn } from "../../src/io/derived-cache";
import { FIXTURE_AS_OF } from "../helpers/generate-fixture";
import { tempPackage } from "../cli/helpers";

const DERIVED = "node_modules/.cache/model-registry/derived";

let scratch: string;
beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), "derived-cache-"));
});
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

describe("derivedCacheIn", () => {
  test("a cache that may hold code returns what was written for the same inputs, and nothing for other inputs", () => {
    const cache = derivedCacheIn(join(scratch, "cache"), { holdsCode: true });
    expect(cache.read("validator", { a: 1 })).toBeUndefined();
    cache.write("validator", { a: 1 }, "code");
    expect(cache.read("validator", { a: 1 })).toBe("code");
    expect(cache.read("validator", { a: 2 })).toBeUndefined();
  });

  test("keeps the newest 32 entries of a kind; a project's cache keeps no code at all", () => {
    const directory = join(scratch, "cache");
    const cache = derivedCacheIn(directory, { holdsCode: true });
    for (let index = 0; index < 40; index++) cache.write("validator", { index }, `code ${index}`);
    const names = readdirSync(directory);
    expect(names.filter((name) => name.startsWith("validator-"))).toHaveLength(32);
    expect(cache.read("validator", { index: 39 })).toBe("code 39");
    expect(cache.read("validator", { index: 7 })).toBeUndefined();
    expect(names.some((name) => name.endsWith(".tmp"))).toBe(false);
    const project = derivedCacheIn(join(scratch, "project"));
    project.write("validator", { index: 0 }, "code");
    expect([existsSync(join(scratch, "project")), project.read("validator", { index: 0 })]).toEqual([false, undefined]);
  });

  test("a directory it cannot create costs the shortcut, not the run", () => {
    writeFileSync(join(scratch, "file"), "");
    const cache = derivedCacheIn(join(scratch, "file", "cache"), { holdsCode: true });
    expect(() => cache.write("validator", {}, "code")).not.toThrow();
    expect(cache.read("validator", {})).toBeUndefined();
  });

  // Where the cache lives is seen only through what it may hold; a project's cache holds no code, so these rows
  // say only whether a run has a cache at all.
  test.each<[string, string | false | undefined, boolean, boolean]>([
    ["false: none", false, true, false],
    ["a directory: that one", "my-cache", false, true],
    ["default with node_modules: beside the run records", undefined, true, true],
    ["default without node_modules: none", undefined, false, false],
  ])("derivedCacheFor, %s", (_name, setting, withNodeModules, expected) => {
    writeFileSync(join(scratch, "package.json"), "{}\n");
    if (withNodeModules) mkdirSync(join(scratch, "node_modules"));
    expect(derivedCacheFor(setting, join(scratch, "models", "registry.yaml"), scratch) !== undefined).toBe(expected);
  });
});

describe("generate with a warm cache", () => {
  let project: ReturnType<typeof tempPackage>;
  beforeEach(() => {
    project = tempPackage("small");
  });
  afterEach(() => project.cleanup());

  /** Each run in fresh module instances, as in a new process: the in-memory caches of compiled schemas start empty. */
  const run = async (extra: Partial<GenerateOptions> = {}): Promise<GenerateResult> => {
    let result: GenerateResult | undefined;
    await jest.isolateModulesAsync(async () => {
      const { generate } = await import("../../src/generator/generate");
      result = await generate({ cwd: project.dir, registryPath: "model_registry.yaml", outDir: "out", asOf: FIXTURE_AS_OF, ...extra });
    });
    return result!;
  };
  const outputs = (result: GenerateResult) => result.files.map((file) => [file.path, file.contents]);

  test("a project's run stores nothing (the printer needs no cached text; validator code is never cached in a project); runs write the same bytes with and without cache", async () => {
    const first = await run();
    expect(first.ok).toBe(true);
    expect(existsSync(join(project.dir, DERIVED)) ? readdirSync(join(project.dir, DERIVED)) : []).toEqual([]);
    const warm = await run();
    const uncached = await run({ cache: false });
    expect(outputs(warm)).toEqual(outputs(first));
    expect(outputs(uncached)).toEqual(outputs(first));
  });

  test("an invalid registry is reported in full, as without a cache", async () => {
    await run();
    const registry = join(project.dir, "model_registry.yaml");
    writeFileSync(registry, readFileSync(registry, "utf8").replace(/context_window: \d+/, "context_window: lots"));
    const warm = await run();
    const uncached = await run({ cache: false });
    expect(warm.ok).toBe(false);
    expect(warm.diagnostics.map((d) => d.code)).toContain("schema/type");
    expect(warm.diagnostics).toEqual(uncached.diagnostics);
  });

  test("validator code planted in the project's cache, with a correct digest, is never run and lets nothing through", async () => {
    await run();
    const marker = join(scratch, "planted-code-ran");
    const planted = `require("node:fs").writeFileSync(${JSON.stringify(marker)}, "ran"); module.exports = () => true;`;
    const schema = JSON.parse(readFileSync(join(__dirname, "../../schema/model_registry.schema.json"), "utf8"));
    const inputs = { schema: JSON.stringify(schema), ajv: require("ajv/package.json").version, formats: require("ajv-formats/package.json").version };
    // A writer of the cache directory can do everything the generator's own writer does, digests included.
    derivedCacheIn(join(project.dir, DERIVED), { holdsCode: true }).write("validator", inputs, planted);
    const registry = join(project.dir, "model_registry.yaml");
    writeFileSync(registry, readFileSync(registry, "utf8").replace(/context_window: \d+/, 'context_window: "big"'));
    const result = await run();
    expect(existsSync(marker)).toBe(false);
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => d.code)).toContain("schema/type");
  });
});
