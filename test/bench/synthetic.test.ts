import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { syntheticModels, syntheticRegistryYaml } from "../../bench/synthetic";
import { generate } from "../../src/generator/generate";

test.each([20, 63])("a synthetic registry of %i models validates with no errors", async (count) => {
  const dir = mkdtempSync(join(tmpdir(), "synthetic-"));
  try {
    writeFileSync(join(dir, "registry.yaml"), syntheticRegistryYaml(count, process.cwd()));
    const result = await generate({ cwd: dir, registryPath: "registry.yaml", outDir: "out", mode: "validate" });
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const data = parse(syntheticRegistryYaml(count, process.cwd())) as { models: Array<{ id: string }>; providers: object };
    expect(data.models).toHaveLength(count);
    expect(Object.keys(data.providers)).toHaveLength(14);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("synthetic models cover every provider, the awkward ID shapes and 15% deprecated", () => {
  const models = syntheticModels(1000);
  expect(new Set(models.map((m) => m.provider)).size).toBe(8);
  expect(new Set(models.map((m) => m.id)).size).toBe(1000);
  for (const character of [":", ".", "/"]) expect(models.some((m) => m.id.includes(character))).toBe(true);
  expect(models.filter((m) => m.status === "deprecated")).toHaveLength(150);
});
