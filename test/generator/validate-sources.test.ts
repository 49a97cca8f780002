/**
 * `sources` cite what anyone can read again; a path of the machine that wrote the entry is rejected where it
 * stands, every one at once.
 */
import { join } from "node:path";
import { generate } from "../../src/generator/generate";
import { machinePath } from "../../src/generator/validate/validate-sources";
import { REPO_ROOT } from "../hardening/helpers";

describe("machinePath", () => {
  test.each([
    ["LiteLLM (2026-07-24) /work/shared/reference/litellm.json xai/grok-4", "/work/shared/reference/litellm.json"],
    ["/home/me/models.toml", "/home/me/models.toml"],
    ["v1 registry (/Users/me/registry.yaml)", "/Users/me/registry.yaml"],
    ["notes in ~/refresh/google.yaml", "~/refresh/google.yaml"],
    ["C:\\work\\prices.json", "C:\\work\\prices.json"],
    ["copy at D:/data/prices.json", "D:/data/prices.json"],
    ["file:///tmp/prices.json", "file:///tmp/prices.json"],
    ["OpenAI GET /v1/models; /work/x/y.json", "/work/x/y.json"],
  ])("%s names %s", (text, path) => {
    expect(machinePath(text)).toBe(path);
  });

  test.each([
    "data/sources/litellm/model_prices_and_context_window-2026-07-24.json gpt-4o",
    "@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider x-ai)",
    "anomalyco/models.dev@f3fc692 providers/openai/models/gpt-4o.toml",
    "https://platform.openai.com/docs/models/gpt-4o; ai.google.dev/gemini-api/docs/deprecations",
    "OpenAI GET /v1/models; Gemini GET /v1beta/models; Ollama /api/tags",
    "input/output ratio 1/4; Batch/Flex 0.5x",
    "v1 registry (models/model_registry.yaml at commit d5fb72b)",
  ])("%s names none", (text) => {
    expect(machinePath(text)).toBeUndefined();
  });
});

test("every sources line naming a machine path is an error at its value", async () => {
  const result = await generate({
    cwd: REPO_ROOT,
    registryPath: "test/fixtures/sources/machine-paths/registry.yaml",
    outDir: join(REPO_ROOT, "test/.tmp/unused"),
    mode: "validate",
    asOf: "2026-12-06",
  });
  expect(result.diagnostics.map((d) => `${d.severity} ${d.code} ${d.line}:${d.column} ${d.path}`)).toEqual([
    "error rule/source-machine-path 24:16 /models/0/sources/pricing",
    "error rule/source-machine-path 27:18 /models/0/sources/lifecycle",
  ]);
  expect(result.diagnostics[0]!.message).toBe(
    'sources.pricing of "gpt-4o" names "/work/shared/reference/litellm.json", a path on one machine; cite a repository-relative path (data/sources/…), package@version, repository@commit path or a URL',
  );
});
