/**
 * A very large valid registry (generated here, not committed) generates. Time and peak RSS are
 * measured in a child process and printed, never asserted (shared machine). 2,000 models keep the
 * test under ~20 s on CI; measure the 5,000-model case with
 *   LARGE_REGISTRY_MODELS=5000 npm run jest -- test/hardening/large-registry.test.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { makeTempDir, removeDir, REPO_ROOT } from "./helpers";

const MODEL_COUNT = Number(process.env.LARGE_REGISTRY_MODELS ?? 2000);

function largeRegistry(count: number): string {
  const lines = [
    "version: 2",
    "providers:",
    "  openai:",
    "    display_name: OpenAI",
    "    base_url: https://api.openai.com/v1",
    "    auth: { type: bearer }",
    "    env: { required: [OPENAI_API_KEY] }",
    "    docs_url: https://platform.openai.com/docs/models",
    "models:",
  ];
  for (let i = 0; i < count; i++) {
    lines.push(
      `  - id: model-${String(i).padStart(5, "0")}`,
      "    provider: openai",
      `    display_name: "Model ${i} ünïcödé ✓"`,
      `    context_window: ${8192 + i}`,
      "    max_output_tokens: 4096",
      `    pricing: { input: ${(i % 100) / 10}, output: ${(i % 100) / 5} }`,
      "    capabilities: { input: [text], output: [text], tool_calling: true }",
      "    scores: { coding: 0.5, reasoning: 0.5, basis: tier }",
      `    speed_rating: ${i % 11}`,
      `    status: ${i % 10 === 9 ? "deprecated" : "production"}`,
      ...(i % 10 === 9 ? ["    deprecation_date: 2025-01-01", "    replaced_by: model-00000"] : []),
      "    sources: { all: https://platform.openai.com/docs/models }",
      "    verified: 2026-07-24",
    );
  }
  return lines.join("\n") + "\n";
}

test(`a registry of ${MODEL_COUNT} models generates (time and memory measured)`, () => {
  const dir = makeTempDir();
  try {
    const yaml = largeRegistry(MODEL_COUNT);
    writeFileSync(join(dir, "registry.yaml"), yaml);
    const child = spawnSync(
      process.execPath,
      [join(REPO_ROOT, "node_modules/tsx/dist/cli.mjs"), join(__dirname, "measure-generate.ts"), dir, "registry.yaml"],
      { encoding: "utf8", cwd: REPO_ROOT },
    );
    expect(child.stderr).toBe("");
    const figures = JSON.parse(child.stdout) as { ok: boolean; errors: unknown[]; wallMs: number; peakRssMb: number };
    console.log(`${MODEL_COUNT} models, ${(yaml.length / 1e6).toFixed(2)} MB of YAML: ${JSON.stringify(figures)}`);
    expect(figures.errors).toEqual([]);
    expect(figures.ok).toBe(true);
    const output = readFileSync(join(dir, "generated/models.generated.d.ts"), "utf8");
    const last = String(MODEL_COUNT - 1).padStart(5, "0");
    expect(output).toContain(`"model-${last}"`);
    expect(output).toContain(`MODEL_${last}:`);
  } finally {
    removeDir(dir);
  }
});
