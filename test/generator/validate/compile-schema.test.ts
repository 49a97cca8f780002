/**
 * The validators a process keeps are keyed by the schema: a run with an edited schema, in the same process (watch
 * mode, the programmatic API), is judged by the edited schema, never by a validator compiled for the earlier one.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generate } from "../../../src/generator/generate";
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
