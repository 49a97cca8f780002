/**
 * The validators a process keeps are keyed by the schema: a run with an edited schema, in the same process (watch
 * mode, the programmatic API), is judged by the edited schema, never by a validator compiled for the earlier one.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generate } from "../../../src/generator/generate";
import { parseRegistryText } from "../../../src/generator/input/load";
import { singleFileSource } from "../../../src/generator/input/registry-source";
import { passCheck } from "../../../src/generator/validate/compile-schema";
import { type JsonSchema, validateAgainstSchema } from "../../../src/generator/validate/validate-schema";
import { derivedCacheIn } from "../../../src/io/derived-cache";
import { FIXTURE_AS_OF } from "../../helpers/generate-fixture";
import { temporaryDirectory } from "../../helpers/typescript";

const ROOT = join(__dirname, "..", "..", "..");
const SCHEMA = join(ROOT, "schema", "model_registry.schema.json");
const REGISTRY = join(ROOT, "test", "fixtures", "extends", "base.yaml");

test("a schema edited between two runs in one process: the second run applies the edit", async () => {
  const dir = temporaryDirectory("compile-schema");
  try {
    const strict = JSON.parse(readFileSync(SCHEMA, "utf8")) as { definitions: Record<string, { properties: Record<string, Record<string, unknown>> }> };
    const entry = Object.values(strict.definitions).find((definition) => definition.properties?.context_window !== undefined)!;
    entry.properties.context_window = { description: "At most 10 tokens, in this test.", type: "integer", minimum: 1, maximum: 10 };
    const strictPath = join(dir.path, "strict.schema.json");
    writeFileSync(strictPath, JSON.stringify(strict));
    const options = { cwd: dir.path, registryPath: REGISTRY, mode: "validate" as const, asOf: FIXTURE_AS_OF, cache: join(dir.path, "cache") };
    const first = await generate({ ...options, schemaPath: SCHEMA });
    expect(first.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const second = await generate({ ...options, schemaPath: strictPath });
    expect(second.ok).toBe(false);
    expect(second.diagnostics.some((d) => d.severity === "error" && d.path?.endsWith("/context_window"))).toBe(true);
  } finally {
    dir.remove();
  }
});

// The standalone pass check (the code a build ships in dist/derived) is only reached with a cache; a run from sources
// has none, so it is exercised here with a cache of a temporary directory.
describe("the pass check kept as standalone code", () => {
  const registryText = readFileSync(REGISTRY, "utf8");
  const valid = parseRegistryText(REGISTRY, Buffer.from(registryText));
  const invalid = parseRegistryText(REGISTRY, Buffer.from(registryText.replace(/context_window: \d+/, "context_window: lots")));
  const schema = () => JSON.parse(readFileSync(SCHEMA, "utf8")) as JsonSchema;

  test("compiled, then read back from the cache in a fresh process: the same diagnostics as the detailed validator", async () => {
    const dir = temporaryDirectory("standalone-check");
    try {
      const detailed = [valid, invalid].map((loaded) => validateAgainstSchema(singleFileSource(loaded), schema()));
      expect(detailed[0]).toEqual([]);
      expect(detailed[1]!.map((d) => d.code)).toContain("schema/type");
      const withCache = async () => {
        let results: unknown[] = [];
        await jest.isolateModulesAsync(async () => {
          const { validateAgainstSchema: validate } = await import("../../../src/generator/validate/validate-schema");
          const { derivedCacheIn } = await import("../../../src/io/derived-cache");
          const cache = derivedCacheIn(dir.path);
          results = [valid, invalid].map((loaded) => validate(singleFileSource(loaded), schema(), cache));
        });
        return results;
      };
      expect(await withCache()).toEqual(detailed); // compiles and stores the code
      expect(readdirSync(dir.path).filter((name) => name.startsWith("validator-"))).toHaveLength(1);
      expect(await withCache()).toEqual(detailed); // runs the stored code
    } finally {
      dir.remove();
    }
  });

  test("kept per schema: with an edited schema the same data is judged by the edit", () => {
    const dir = temporaryDirectory("standalone-check-edit");
    try {
      const cache = derivedCacheIn(dir.path);
      const strict = schema();
      const entry = Object.values(strict.definitions as Record<string, { properties?: Record<string, Record<string, unknown>> }>).find(
        (definition) => definition.properties?.context_window !== undefined,
      )!;
      entry.properties!.context_window = { type: "integer", minimum: 1, maximum: 10 };
      expect(passCheck(schema(), cache)(valid.data)).toBe(true);
      expect(passCheck(strict, cache)(valid.data)).toBe(false);
    } finally {
      dir.remove();
    }
  });
});
