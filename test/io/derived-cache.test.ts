// The derived-artifact cache: the compiled validator kept between runs, as code only where code may be kept. A hit must
// give exactly what computing gives (outputs and diagnostics), and a broken entry must cost only time.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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
  test("returns what was written for the same inputs, and nothing for other inputs", () => {
    const cache = derivedCacheIn(join(scratch, "cache"));
    expect(cache.read("validator", { a: 1 })).toBeUndefined();
    cache.write("validator", { a: 1 }, "code");
    expect(cache.read("validator", { a: 1 })).toBe("code");
    expect(cache.read("validator", { a: 2 })).toBeUndefined();
  });

  test("keeps the newest 32 entries of a kind, and no temporaries", () => {
    const directory = join(scratch, "cache");
    const cache = derivedCacheIn(directory);
    for (let index = 0; index < 40; index++) cache.write("validator", { index }, `code ${index}`);
    const names = readdirSync(directory);
    expect(names.filter((name) => name.startsWith("validator-"))).toHaveLength(32);
    expect(cache.read("validator", { index: 39 })).toBe("code 39");
    expect(cache.read("validator", { index: 7 })).toBeUndefined();
    expect(names.some((name) => name.endsWith(".tmp"))).toBe(false);
  });

  test("an entry changed on disk reads as a miss", () => {
    const directory = join(scratch, "cache");
    const cache = derivedCacheIn(directory);
    cache.write("validator", {}, "code");
    const [name] = readdirSync(directory);
    writeFileSync(join(directory, name!), readFileSync(join(directory, name!), "utf8").replace("code", "other code"));
    expect(cache.read("validator", {})).toBeUndefined();
  });

  test("a directory it cannot create costs the shortcut, not the run", () => {
    writeFileSync(join(scratch, "file"), "");
    const cache = derivedCacheIn(join(scratch, "file", "cache"));
    expect(() => cache.write("validator", {}, "code")).not.toThrow();
    expect(cache.read("validator", {})).toBeUndefined();
  });

  // Code running from sources has no build id, so it has no shipped entries to read: no cache, whatever the setting,
  // except the package's own dist/derived, which its build writes.
  test.each<[string, string | false | undefined, boolean]>([
    ["false: none", false, false],
    ["a project's directory: none (a project keeps no derived code)", "my-cache", false],
    ["default, from sources: none", undefined, false],
    ["the package's own dist/derived: that one, for the build to write", join(__dirname, "../../dist/derived"), true],
  ])("derivedCacheFor, %s", (_name, setting, expected) => {
    expect(derivedCacheFor(setting, scratch) !== undefined).toBe(expected);
    expect(existsSync(join(scratch, "my-cache"))).toBe(false);
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
    derivedCacheIn(join(project.dir, DERIVED)).write("validator", inputs, planted);
    const registry = join(project.dir, "model_registry.yaml");
    writeFileSync(registry, readFileSync(registry, "utf8").replace(/context_window: \d+/, 'context_window: "big"'));
    const result = await run();
    expect(existsSync(marker)).toBe(false);
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => d.code)).toContain("schema/type");
  });
});
