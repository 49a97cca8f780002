import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generate } from "../../src/generator/generate";
import { errorLines } from "../helpers/cli-output";
import { runModelRegistry } from "../helpers/run-cli";

const ROOT = join(__dirname, "..", "..");

function run(cwd: string, ...args: string[]) {
  return runModelRegistry(args, { cwd, env: { NO_COLOR: "1" } });
}

/** What the CLI's --docs means for a project in `dir` whose registry is models/model_registry.yaml. */
function defaultDocs(dir: string) {
  return {
    markdownPath: join(dir, "models", "model_registry.md"),
    chartPath: join(dir, "docs", "model-map.svg"),
    timelinePath: join(dir, "docs", "model-timeline.svg"),
    readmePath: join(dir, "README.md"),
  };
}

test("the CLI's --docs writes the docs next to the registry, and check --docs fails after a hand edit", async () => {
  const dir = mkdtempSync(join(tmpdir(), "docs-cli-"));
  try {
    mkdirSync(join(dir, "models"));
    // --docs writes the chart and README of the project that owns the registry: the nearest package.json.
    writeFileSync(join(dir, "package.json"), '{ "name": "app", "private": true }\n');
    // Where --docs writes and what check --docs reports do not depend on the data: a three-model registry.
    copyFileSync(join(ROOT, "test", "fixtures", "cli", "small", "model_registry.yaml"), join(dir, "models", "model_registry.yaml"));
    writeFileSync(join(dir, "README.md"), "# App\n\n<!-- registry:summary -->\n<!-- /registry:summary -->\n\nRest.\n");

    const first = await run(dir, "generate", "--docs");
    expect(errorLines(first.stderr)).toEqual([]);
    expect(first.code).toBe(0);
    for (const file of ["models/model_registry.md", "docs/model-map.svg", "README.md"]) expect(first.stdout).toContain(`wrote ${file}`);
    expect(existsSync(join(dir, "generated", "models.generated.d.ts"))).toBe(true);

    const markdown = join(dir, "models", "model_registry.md");
    writeFileSync(markdown, readFileSync(markdown, "utf8").replace("| production |", "| beta |"));
    const stale = await run(dir, "generate", "--check", "--docs");
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/changed\s+models\/model_registry\.md/);

    const regenerated = await run(dir, "generate", "--docs");
    expect(regenerated.code).toBe(0);
    expect(regenerated.stdout.trim()).toBe("✓ wrote models/model_registry.md");
    expect((await generate({ cwd: dir, mode: "check", docs: defaultDocs(dir) })).ok).toBe(true);
    expect(readFileSync(join(dir, "README.md"), "utf8")).toMatch(
      /^# App\n\n<!-- registry:summary -->\n\*\*\d+ models[^]*\n<!-- \/registry:summary -->\n\nRest\.\n$/,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
