// The programmatic generate() reads the project's settings as the CLI does: the same project gives the same files.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generate } from "../src/api";
import { cli, listFiles, tempPackage } from "./cli/helpers";

const SETTINGS = { registry: "model_registry.yaml", outDir: "src/models", command: "npm run models", language: "js", docs: true };

function digests(dir: string, under: string): Record<string, string> {
  const root = join(dir, under);
  return Object.fromEntries(
    listFiles(root)
      .filter((name) => name.includes("."))
      .map((name) => [
        name,
        createHash("sha256")
          .update(readFileSync(join(root, name)))
          .digest("hex"),
      ]),
  );
}

test("generate() with a model-registry.config.json writes what `model-registry generate` writes", async () => {
  const viaCli = tempPackage("small");
  const viaApi = tempPackage("small");
  try {
    for (const { dir } of [viaCli, viaApi]) writeFileSync(join(dir, "model-registry.config.json"), JSON.stringify(SETTINGS));
    const run = await cli(["generate", "--as-of", "2026-12-01"], { cwd: viaCli.dir });
    expect(run.code).toBe(0);
    const result = await generate({ cwd: viaApi.dir, asOf: "2026-12-01" });
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(result.written.length).toBeGreaterThan(0);
    const files = digests(viaApi.dir, "src/models");
    expect(Object.keys(files)).toContain("models.generated.js");
    expect(files).toEqual(digests(viaCli.dir, "src/models"));
    expect(readFileSync(join(viaApi.dir, "model_registry.md"), "utf8")).toBe(readFileSync(join(viaCli.dir, "model_registry.md"), "utf8"));
  } finally {
    viaCli.cleanup();
    viaApi.cleanup();
  }
});

test("options given to generate() win over the settings file, and config: false reads none", async () => {
  const project = tempPackage("small");
  try {
    writeFileSync(join(project.dir, "model-registry.config.json"), JSON.stringify({ ...SETTINGS, registry: "missing.yaml" }));
    const overridden = await generate({ cwd: project.dir, registryPath: "model_registry.yaml", mode: "validate", asOf: "2026-12-01" });
    expect(overridden.ok).toBe(true);
    const unconfigured = await generate({ cwd: project.dir, config: false, registryPath: "model_registry.yaml", mode: "check", asOf: "2026-12-01" });
    expect(unconfigured.files.map((file) => file.path).every((path) => path.startsWith(join(project.dir, "generated")))).toBe(true);
  } finally {
    project.cleanup();
  }
});
