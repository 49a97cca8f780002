import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/main";
import { sendJson, startLocalServer, type LocalServer } from "../helpers/local-server";

const FIXTURE = join(__dirname, "../fixtures/refresh/registry/model_registry.yaml");
const FAKE_KEY = "sk-FAKE-refresh-test-key-5a4b3c2d1e";
const AS_OF = "2026-12-06";

let dir: string;
let server: LocalServer | undefined;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "refresh-cli-"));
  copyFileSync(FIXTURE, join(dir, "model_registry.yaml"));
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  rmSync(dir, { recursive: true, force: true });
});

async function refresh(argv: string[], env: Record<string, string> = {}) {
  const out = { stdout: "", stderr: "" };
  const code = await runCli(["refresh", "--registry", "model_registry.yaml", "--as-of", AS_OF, ...argv], {
    stdout: { write: (t: string) => (out.stdout += t) },
    stderr: { write: (t: string) => (out.stderr += t) },
    env: { NO_COLOR: "1", ...env },
    cwd: dir,
  });
  return { code, ...out };
}

const registryText = () => readFileSync(join(dir, "model_registry.yaml"), "utf8");
const litellmEntry = (fields: Record<string, unknown>) => ({ litellm_provider: "openai", mode: "chat", ...fields });
/** LiteLLM and models.dev files saying the same about the models. */
function writeSources(gptX: { input: number; output: number }, gptY: { maxOutput: number } = { maxOutput: 16384 }): string[] {
  writeFileSync(
    join(dir, "litellm.json"),
    JSON.stringify({
      last_updated: "2026-12-05T00:00:00Z",
      "gpt-x": litellmEntry({ input_cost_per_token: gptX.input / 1e6, output_cost_per_token: gptX.output / 1e6, max_output_tokens: 128000 }),
      "gpt-y": litellmEntry({ input_cost_per_token: 0.5e-6, output_cost_per_token: 2e-6, max_output_tokens: gptY.maxOutput }),
    }),
  );
  writeFileSync(
    join(dir, "api.json"),
    JSON.stringify({
      openai: {
        models: {
          "gpt-x": { limit: { output: 128000 }, cost: { input: gptX.input, output: gptX.output } },
          "gpt-y": { limit: { output: gptY.maxOutput }, cost: { input: 0.5, output: 2 } },
        },
      },
    }),
  );
  return ["--source", "litellm=litellm.json", "--source", "models-dev=api.json"];
}

test("--write applies what two sources agree on, keeps the old price as a dated period, validates, and never shows the key", async () => {
  const sources = writeSources({ input: 5, output: 30 });
  // A hostile list-models server that echoes the key back as a model ID.
  server = await startLocalServer((request, response) =>
    sendJson(response, { data: [{ id: "gpt-x" }, { id: `gpt-${String(request.headers.authorization).slice(7)}` }] }),
  );
  const result = await refresh([...sources, "--source", "openai-api", "--base-url", `openai-api=${server.url}/v1`, "--write", "--json"], {
    OPENAI_API_KEY: FAKE_KEY,
  });
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  const text = registryText();
  expect(text).toContain(
    '- { until: 2026-12-06, input: 4, output: 20, note: "price before 2026-12-06; changed per LiteLLM (last_updated 2026-12-05), models.dev (api.json) (refresh 2026-12-06)" }',
  );
  expect(text).toMatch(/pricing:\n {6}input: 5\n {6}output: 30\n {6}cached_input: 0.4\n/);
  expect(text).toContain("      pricing: api.json; litellm.json (read 2026-12-06)");
  expect(text).toContain("# The flagship: its launch price was a promotion.");
  const report = JSON.parse(result.stdout) as { applied: unknown[]; plan: { proposals: { kind: string; model: string }[] } };
  expect(report.applied).toEqual([
    { model: "gpt-x", field: "pricing.input" },
    { model: "gpt-x", field: "pricing.output" },
  ]);
  expect(report.plan.proposals.filter((p) => p.kind === "absent").map((p) => p.model)).toEqual(["gpt-y"]);
  expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${FAKE_KEY}`);
  for (const output of [result.stdout, result.stderr, text]) expect(output).not.toContain(FAKE_KEY);
});

test("--check: exit 1 while the sources show changes neither applied nor explained, 0 when they agree", async () => {
  const changed = writeSources({ input: 5, output: 30 });
  expect((await refresh([...changed, "--check"])).code).toBe(1);
  const agreeing = writeSources({ input: 4, output: 20 });
  const result = await refresh([...agreeing, "--check"]);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
});

test("a note that names the field and the value it departs from keeps --check quiet", async () => {
  const sources = writeSources({ input: 5, output: 20 });
  writeFileSync(
    join(dir, "model_registry.yaml"),
    registryText().replace(
      "Launch figures from the provider's page.",
      "Launch figures from the provider's page. LiteLLM and models.dev list an input price of $5; the promotion is still on.",
    ),
  );
  const result = await refresh([...sources, "--check"]);
  expect(result.code).toBe(0);
  expect(result.stdout).toContain("differences are explained by the entries' notes and stay quiet");
});

test("a source that cannot be read is reported with where and why; the others proceed", async () => {
  const sources = writeSources({ input: 5, output: 30 });
  writeFileSync(join(dir, "litellm.json"), '{\n  "gpt-x": {\n    "litellm_provider": ');
  const result = await refresh(sources);
  expect(result.code).toBe(0);
  expect(result.stdout).toMatch(/- litellm: NOT READ — litellm\.json:3:25: not valid JSON/);
  expect(result.stdout).toMatch(/- models-dev: models\.dev \(api\.json\) \(2 models\)/);
  expect(result.stdout).toMatch(/\| gpt-x \| pricing\.input \| 4 → 5 \|/);
});

test("a refused key names the variable, not the key, and the other sources proceed", async () => {
  const sources = writeSources({ input: 4, output: 20 });
  server = await startLocalServer((_request, response) => sendJson(response, { error: { message: `Incorrect API key provided: ${FAKE_KEY}` } }, 401));
  const result = await refresh([...sources, "--source", "openai-api", "--base-url", `openai-api=${server.url}/v1`], { OPENAI_API_KEY: FAKE_KEY });
  expect(result.code).toBe(0);
  expect(result.stdout).toContain(
    `- openai-api: NOT READ — ${server.url}/v1/models: HTTP 401: OPENAI_API_KEY holds no valid key for this API (the key is not shown)`,
  );
  expect(result.stdout + result.stderr).not.toContain(FAKE_KEY);
});

test("an API's base URL comes from the registry's provider config when --base-url does not name it", async () => {
  server = await startLocalServer((_request, response) => sendJson(response, { data: [{ id: "gpt-x" }, { id: "gpt-y" }] }));
  writeFileSync(join(dir, "model_registry.yaml"), registryText().replace("base_url: https://api.openai.com/v1", `base_url: ${server.url}/v1`));
  const result = await refresh(["--source", "openai-api"], { OPENAI_API_KEY: FAKE_KEY });
  expect(result.stderr).toBe("");
  expect(result.stdout).toContain("- openai-api: openai GET /v1/models (read 2026-12-06) (2 models)");
  expect(server.requests.map((request) => `${request.method} ${request.url}`)).toEqual(["GET /v1/models"]);
});

test("an API whose key is not set is skipped, and says so", async () => {
  const result = await refresh(["--source", "xai-api"]);
  expect(result.code).toBe(0);
  expect(result.stdout).toContain("- xai-api: skipped — XAI_API_KEY is not set");
});

test("a refresh that would make the registry invalid writes nothing", async () => {
  const sources = writeSources({ input: 4, output: 20 }, { maxOutput: 999999 });
  const before = registryText();
  const result = await refresh([...sources, "--write"]);
  expect(result.code).toBe(1);
  expect(result.stderr).toContain("The refreshed registry would not be valid, so nothing was written.");
  expect(registryText()).toBe(before);
  expect(require("node:fs").readdirSync(dir).sort()).toEqual(["api.json", "litellm.json", "model_registry.yaml"]);
});

test.each([
  [["--base-url", "nope"], "--base-url expects NAME=http(s)://…"],
  [["--source", "openai-sdk=x"], 'source "openai-sdk" takes no path'],
])("%j is a usage error", async (argv, message) => {
  const result = await refresh(argv);
  expect(result.code).toBe(2);
  expect(result.stderr).toContain(message);
});

describe("interrupted --write: the registry is the old file or the new one", () => {
  test("aborted before the rename (SIGINT through the bin's abort signal): exit 130, nothing written", async () => {
    const sources = writeSources({ input: 5, output: 30 });
    const before = registryText();
    let stderr = "";
    const code = await runCli(["refresh", "--registry", "model_registry.yaml", "--as-of", AS_OF, ...sources, "--write"], {
      stdout: { write: () => undefined },
      stderr: { write: (t: string) => (stderr += t) },
      env: {},
      cwd: dir,
      signal: AbortSignal.abort("SIGINT"),
    });
    expect(code).toBe(130);
    expect(stderr).toContain("Interrupted by SIGINT: nothing was written");
    expect(registryText()).toBe(before);
  });

  test.each([300, 1500, 3000, 6000])(
    "the bin sent SIGINT after %i ms leaves a whole registry, old or new",
    async (delayMs) => {
      const { spawn } = await import("node:child_process");
      const { binCommand } = await import("./helpers");
      const sources = writeSources({ input: 5, output: 30 });
      const before = registryText();
      const [node, script] = binCommand("model-registry");
      const child = spawn(node, [script, "refresh", "--registry", "model_registry.yaml", "--as-of", AS_OF, ...sources, "--write"], {
        cwd: dir,
        stdio: "ignore",
      });
      const timer = setTimeout(() => child.kill("SIGINT"), delayMs);
      const code = await new Promise<number | null>((resolve) => child.on("exit", (exit) => resolve(exit)));
      clearTimeout(timer);
      const after = registryText();
      // 0: it finished (the new file); 130: the handler stopped it before the rename; null: killed before the
      // handlers were installed (node still starting). Only a finished run changes the file, and then wholly.
      expect([0, 130, null]).toContain(code);
      if (code === 0) expect(after).toContain("- { until: 2026-12-06, input: 4, output: 20");
      else expect(after).toBe(before);
      expect(
        require("node:fs")
          .readdirSync(dir)
          .filter((name: string) => name.startsWith(".")),
      ).toEqual([]);
    },
    60_000,
  );
});

test("a new model the sources settle is appended by --write; one decided against in package.json stays out of --check", async () => {
  const sources = writeSources({ input: 4, output: 20 });
  const listed = JSON.parse(readFileSync(join(dir, "litellm.json"), "utf8")) as Record<string, unknown>;
  listed["gpt-z"] = litellmEntry({ input_cost_per_token: 1e-6, output_cost_per_token: 4e-6, max_output_tokens: 32000, supports_function_calling: true });
  listed["gpt-w"] = listed["gpt-z"];
  writeFileSync(join(dir, "litellm.json"), JSON.stringify(listed));
  const models = JSON.parse(readFileSync(join(dir, "api.json"), "utf8")) as { openai: { models: Record<string, unknown> } };
  const modelsDev = (name: string) => ({
    name,
    tool_call: true,
    limit: { context: 200000, output: 32000 },
    cost: { input: 1, output: 4 },
    modalities: { input: ["text"], output: ["text"] },
  });
  models.openai.models["gpt-z"] = modelsDev("GPT Z");
  models.openai.models["gpt-w"] = modelsDev("GPT W");
  writeFileSync(join(dir, "api.json"), JSON.stringify(models));
  writeFileSync(join(dir, "package.json"), JSON.stringify({ modelRegistry: { refresh: { notAdded: { "openai/gpt-w": "a person read its page" } } } }));

  const written = await refresh([...sources, "--write"]);
  expect(written.stderr).toBe("");
  expect(written.stdout).toContain("Applied 0 update(s) and 1 addition(s) to the registry.");
  expect(written.stdout).toContain("| openai | gpt-w | not added: a person read its page |");
  expect(registryText()).toContain("  - id: gpt-z\n    provider: openai\n    display_name: GPT Z\n");
  expect(registryText()).not.toContain("gpt-w");
  expect((await refresh([...sources, "--check"])).code).toBe(0);
});

test("OpenRouter: the API at the registry's base URL is first-party for its routes' prices; --write applies them, keeping the old price as a period", async () => {
  const listing = JSON.parse(readFileSync(join(__dirname, "../fixtures/refresh/api/openrouter-models.json"), "utf8")) as unknown;
  server = await startLocalServer((_request, response) => sendJson(response, listing));
  const registry = readFileSync(join(__dirname, "../fixtures/refresh/openrouter/model_registry.yaml"), "utf8");
  writeFileSync(join(dir, "model_registry.yaml"), registry.replace("base_url: https://openrouter.ai/api/v1", `base_url: ${server.url}/api/v1`));
  const result = await refresh(["--source", "openrouter-api", "--write", "--json"], { OPENROUTER_API_KEY: FAKE_KEY });
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  expect(server.requests.map((request) => `${request.method} ${request.url} ${request.headers.authorization}`)).toEqual([
    `GET /api/v1/models Bearer ${FAKE_KEY}`,
  ]);
  const report = JSON.parse(result.stdout) as { applied: { model: string; field: string }[] };
  expect(report.applied).toEqual([{ model: "openrouter/anthropic/claude-opus-4.8", field: "pricing.input" }]);
  const route = registryText().slice(registryText().indexOf("id: openrouter/anthropic/claude-opus-4.8"));
  expect(route).toMatch(/input: 5\b/);
  expect(route).toMatch(/until: "?2026-12-06"?, input: 5\.5/);
  expect(result.stdout + registryText()).not.toContain(FAKE_KEY);
});

test("benchmark boards: refresh reports a board's result and --write stores it on a registry that stays valid", async () => {
  // The fixture's two models renamed to IDs the real boards list.
  writeFileSync(join(dir, "model_registry.yaml"), registryText().replace("id: gpt-x", "id: gpt-5").replace("id: gpt-y", "id: gpt-4.1"));
  const boards = join(__dirname, "../fixtures/refresh/boards");
  const sources = ["--source", `aider-polyglot=${join(boards, "polyglot_leaderboard.yml")}`, "--source", `swe-bench=${join(boards, "leaderboards.json")}`];
  const report = await refresh(["--offline", ...sources]);
  expect(report.code).toBe(0);
  expect(report.stdout).toContain("- aider-polyglot: Aider polyglot leaderboard (newest run 2025-08-25) (6 runs of registry providers' models)");
  expect(report.stdout).toContain("| gpt-5 | benchmarks.aider_polyglot | — → 88 | Aider polyglot leaderboard (newest run 2025-08-25): 88 |");
  const written = await refresh(["--offline", ...sources, "--write"]);
  expect(written.stderr).toBe("");
  expect(written.code).toBe(0);
  expect(registryText()).toContain(
    '      aider_polyglot: { value: 88, source: "polyglot_leaderboard.yml, run gpt-5 (high)", date: "2025-08-23", self_reported: false,',
  );
  expect(registryText()).toContain('      swe_bench_verified: { value: 65, source: "leaderboards.json, run 20250807_mini-v1.7.0_gpt-5"');
  // The board's GPT-4.1 run names a dated snapshot (gpt-4.1-2025-04-14), not the registry's gpt-4.1: exact IDs only.
  expect(registryText()).not.toContain("mini-v1.0.0_gpt-4.1");
  expect((await refresh(["--offline", ...sources, "--check"])).code).toBe(0);
});

describe("a curated provider (package.json modelRegistry.refresh.curated)", () => {
  const REASON = "the routes an orchestrator uses";
  async function curatedOpenRouter(): Promise<(argv: string[]) => ReturnType<typeof refresh>> {
    const listing = JSON.parse(readFileSync(join(__dirname, "../fixtures/refresh/api/openrouter-models.json"), "utf8")) as { data: object[] };
    listing.data.push({ ...listing.data[0], id: "vendor/new-route", canonical_slug: "vendor/new-route", name: "Vendor: New Route" });
    server = await startLocalServer((_request, response) => sendJson(response, listing));
    const registry = readFileSync(join(__dirname, "../fixtures/refresh/openrouter/model_registry.yaml"), "utf8").replace(
      "base_url: https://openrouter.ai/api/v1",
      `base_url: ${server.url}/api/v1`,
    );
    const route = registry.slice(registry.indexOf("  - id: openrouter/anthropic/claude-opus-4.8"));
    writeFileSync(join(dir, "model_registry.yaml"), `${registry}\n${route.replaceAll("claude-opus-4.8", "claude-gone-1")}`);
    writeFileSync(join(dir, "package.json"), JSON.stringify({ modelRegistry: { refresh: { curated: { openrouter: REASON } } } }));
    return (argv) => refresh(["--source", "openrouter-api", ...argv], { OPENROUTER_API_KEY: FAKE_KEY });
  }

  test("its new routes are counted and listed in --json, never pending; its routes are still updated and reported absent", async () => {
    const run = await curatedOpenRouter();
    const json = await run(["--json"]);
    expect(json.stderr).toBe("");
    const report = JSON.parse(json.stdout) as { pending: number; plan: { curated: unknown; proposals: { kind: string; model: string; field: string }[] } };
    expect(report.plan.curated).toEqual([{ provider: "openrouter", reason: REASON, models: ["vendor/new-route"] }]);
    expect(report.plan.proposals.map(({ kind, model, field }) => `${kind} ${model} ${field}`)).toEqual([
      "update openrouter/anthropic/claude-opus-4.8 pricing.input",
      "absent openrouter/anthropic/claude-gone-1 (listed)",
    ]);
    expect(report.pending).toBe(1);
    const markdown = await run([]);
    expect(markdown.stdout).toContain(`- openrouter: 1 model of its list not in the registry: curated provider (${REASON})`);
    expect((await run(["--check"])).code).toBe(1);

    const written = await run(["--write"]);
    expect(written.stdout).toContain("Applied 1 update(s) and 0 addition(s) to the registry.");
    expect(registryText()).not.toContain("vendor/new-route");
    expect((await run(["--check"])).code).toBe(0);
  });

  test("a wrong setting is refused with the file, the key and what is expected, all at once (exit 1)", async () => {
    writeFileSync(
      join(dir, "package.json"),
      JSON.stringify({ modelRegistry: { refresh: { curated: { openruoter: "typo", openai: 3 }, notAdded: ["openai/gpt-w"], cureted: {} } } }),
    );
    const result = await refresh(["--source", "openrouter-api"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(`${join(dir, "package.json")} (modelRegistry.refresh): unknown setting "cureted" (expected one of notAdded, curated)`);
    expect(result.stderr).toContain('"notAdded" must map "provider/id" to a reason (a string), got ["openai/gpt-w"]');
    expect(result.stderr).toContain('"curated.openai" must be a reason (a non-empty string), got 3');
    expect(result.stderr).toContain('"curated.openruoter": no provider "openruoter" in the registry (its providers: ');
  });
});
