/**
 * Docs get the same protection as the TS module: invisible and bidi-control characters from the YAML
 * are shown by name, never emitted raw into markdown, SVG or the README; and no registry path can
 * put a summary marker inside the README block (which would break the block for every later run).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generate, type GenerateOptions } from "../../src/generator/generate";
import { BASE_REGISTRY, makeTempDir } from "./helpers";

const HIDDEN = /[\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/;
const README = "# P\n\n<!-- registry:summary -->\n<!-- /registry:summary -->\n\nRest.\n";

function project(registryRelative: string, registry: string): { dir: string; options: GenerateOptions } {
  const dir = makeTempDir("docs-escaping-");
  writeFileSync(join(dir, "package.json"), '{ "name": "p", "private": true }\n');
  writeFileSync(join(dir, "README.md"), README);
  mkdirSync(join(dir, registryRelative, ".."), { recursive: true });
  writeFileSync(join(dir, registryRelative), registry);
  const markdownPath = registryRelative.replace(/\.yaml$/, ".md");
  return {
    dir,
    options: {
      cwd: dir,
      registryPath: registryRelative,
      outDir: "generated",
      docs: { markdownPath, chartPath: "docs/model-map.svg", readmePath: "README.md" },
    },
  };
}

test("bidi overrides and zero-width characters in names are shown by name in markdown, SVG and README", async () => {
  const registry = readFileSync(BASE_REGISTRY, "utf8")
    .replace("display_name: OpenAI\n", 'display_name: "Open\\u202EIA\\u200B"\n')
    .replace("display_name: GPT-4o\n", 'display_name: "GPT\\u2066-4o\\uFEFF\\u200F"\n');
  const { dir, options } = project("models/model_registry.yaml", registry);
  try {
    const result = await generate(options);
    expect(result.ok).toBe(true);
    for (const file of ["models/model_registry.md", "docs/model-map.svg", "README.md"]) {
      const text = readFileSync(join(dir, file), "utf8");
      expect([file, HIDDEN.test(text)]).toEqual([file, false]);
    }
    expect(readFileSync(join(dir, "models/model_registry.md"), "utf8")).toContain("GPT&lt;U+2066&gt;-4o");
    expect(readFileSync(join(dir, "docs/model-map.svg"), "utf8")).not.toContain("\u2066");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a registry path containing the README end marker leaves the block intact, run after run", async () => {
  const { dir, options } = project("x<!-- /registry:summary -->/model_registry.yaml", readFileSync(BASE_REGISTRY, "utf8"));
  try {
    expect((await generate(options)).ok).toBe(true);
    const readme = readFileSync(join(dir, "README.md"), "utf8");
    expect(readme.split("<!-- /registry:summary -->")).toHaveLength(2);
    expect(readme.split("<!-- registry:summary -->")).toHaveLength(2);
    writeFileSync(join(dir, options.registryPath!), readFileSync(BASE_REGISTRY, "utf8").replace("display_name: GPT-4o\n", "display_name: GPT-4o two\n"));
    const second = await generate(options);
    expect(second.diagnostics).toEqual([]);
    expect((await generate({ ...options, mode: "check" })).ok).toBe(true);
    expect(readFileSync(join(dir, "README.md"), "utf8")).toMatch(/^# P\n\n<!-- registry:summary -->\n[^]*\n<!-- \/registry:summary -->\n\nRest\.\n$/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
