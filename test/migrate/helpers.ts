import { FIXTURE_AS_OF } from "../helpers/generate-fixture";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { generate } from "../../src/generator/generate";

export const ROOT = resolve(__dirname, "../..");
export const FIXTURES = join(ROOT, "test/fixtures/migrate");
export { LEGACY_PATH as LEGACY, SNAPSHOT_PATH as SNAPSHOT } from "../data/registry-data";

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "migrate-test-"));
}

/** The real registry's header (version + providers) with the given `models:` YAML, validated like `generate --check`. */
export async function validateModelsYaml(modelsYaml: string): Promise<Array<{ code: string; message: string }>> {
  const registry = readFileSync(join(ROOT, "models/model_registry.yaml"), "utf8");
  const header = registry.slice(0, registry.indexOf("\nmodels:\n") + 1);
  const dir = tempDir();
  const file = join(dir, "model_registry.yaml");
  writeFileSync(file, header + modelsYaml);
  const result = await generate({
    mode: "validate",
    registryPath: file,
    cwd: dir,
    asOf: FIXTURE_AS_OF,
    schemaPath: join(ROOT, "schema/model_registry.schema.json"),
  });
  return result.diagnostics.filter((d) => d.severity === "error").map((d) => ({ code: d.code, message: d.message }));
}
