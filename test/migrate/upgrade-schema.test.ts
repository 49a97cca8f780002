import { applyPatch } from "diff";
import { execFileSync } from "node:child_process";
import { chmodSync, copyFileSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { runModelRegistry } from "../helpers/run-cli";
import { generate } from "../../src/generator/generate";
import { shiftDecimalPoint, upgradeRegistryText } from "../../src/migrate/upgrade-schema";
import { REPO_ROOT, TEST_AS_OF } from "../hardening/helpers";

const FIXTURES = join(REPO_ROOT, "test/fixtures/upgrade");
const V1_REGISTRY = join(FIXTURES, "v1-registry-2026-11-24/model_registry.yaml");

function upgraded(text: string): string {
  const outcome = upgradeRegistryText(text);
  if (outcome.kind !== "upgraded") throw new Error(`expected an upgrade, got ${JSON.stringify(outcome)}`);
  return outcome.text;
}

/** The v1 fields the tests below compare, and any other field by name. */
interface V1Model {
  [field: string]: unknown;
  cost_per_1k_input: number;
  cost_per_1k_output: number;
  cost_per_1k_cached_input?: number;
  deprecation?: { date?: string; removal_date?: string; replaced_by?: string };
  capabilities: { supports_vision: boolean; supports_function_calling: boolean; coding_score: number; reasoning_score: number };
  source: string;
}

/** The v2 fields they become. */
interface V2Model {
  [field: string]: unknown;
  pricing: { input: number; output: number; cached_input?: number };
  deprecation_date?: string;
  shutdown_date?: string;
  replaced_by?: string;
  capabilities: { input: string[]; tool_calling: boolean };
  scores: unknown;
  sources: unknown;
}

const commentLines = (text: string) =>
  text
    .split("\n")
    .filter((line) => line.includes("#"))
    .map((line) => line.slice(line.indexOf("#")));

describe("upgrade-schema on the v1 registry of 2026-11-24 (122 models)", () => {
  const before = readFileSync(V1_REGISTRY, "utf8");
  const after = upgraded(before);
  const v1 = parse(before) as { models: V1Model[] };
  const v2 = parse(after) as { version: number; models: V2Model[] };

  test("keeps every comment, the model order and every field it does not rename", () => {
    expect(commentLines(after)).toEqual(commentLines(before));
    expect(v2.models.map((m) => m.id)).toEqual(v1.models.map((m) => m.id));
    const untouched = ["id", "provider", "display_name", "api_name", "context_window", "max_output_tokens", "speed_rating", "status", "notes", "verified"];
    v2.models.forEach((model, index) => {
      for (const key of untouched) expect(model[key]).toEqual(v1.models[index]![key]);
    });
  });

  test("prices become per-1M figures, exactly ×1000", () => {
    v2.models.forEach((model, index) => {
      const old = v1.models[index]!;
      expect(model.pricing.input).toBe(Number((old.cost_per_1k_input * 1000).toPrecision(12)));
      expect(model.pricing.output).toBe(Number((old.cost_per_1k_output * 1000).toPrecision(12)));
      if (old.cost_per_1k_cached_input !== undefined) expect(model.pricing.cached_input).toBe(Number((old.cost_per_1k_cached_input * 1000).toPrecision(12)));
      expect(String(model.pricing.input)).not.toMatch(/000000|99999/);
    });
  });

  test("lifecycle, capabilities, scores and sources move to their v2 fields", () => {
    v2.models.forEach((model, index) => {
      const old = v1.models[index]!;
      expect(model.deprecation_date).toBe(old.deprecation?.date);
      expect(model.shutdown_date).toBe(old.deprecation?.removal_date);
      expect(model.replaced_by).toBe(old.deprecation?.replaced_by);
      expect(model.capabilities.input.includes("image")).toBe(old.capabilities.supports_vision);
      expect(model.capabilities.tool_calling).toBe(old.capabilities.supports_function_calling);
      expect(model.scores).toEqual({ coding: old.capabilities.coding_score, reasoning: old.capabilities.reasoning_score, basis: "tier" });
      expect(model.sources).toEqual({ all: old.source });
    });
  });

  test("the upgraded file passes the v2 schema; the v2 rules then find what v1 let through", async () => {
    const dir = mkdtempSync(join(tmpdir(), "upgrade-"));
    try {
      writeFileSync(join(dir, "model_registry.yaml"), after);
      const result = await generate({ cwd: dir, registryPath: "model_registry.yaml", mode: "validate", asOf: TEST_AS_OF });
      expect(result.diagnostics.filter((d) => d.code.startsWith("schema/"))).toEqual([]);
      // v1 allowed an alias named after Azure that resolved to an Anthropic model.
      expect(result.diagnostics.map((d) => d.code)).toEqual(["rule/alias-crosses-providers"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a second run changes nothing", () => {
    expect(upgradeRegistryText(after)).toEqual({ kind: "already-current" });
  });
});

test("comments in every place (above keys, after values, inside blocks) survive, byte for byte against the expected file", () => {
  const input = readFileSync(join(FIXTURES, "comments/model_registry.yaml"), "utf8");
  expect(upgraded(input)).toBe(readFileSync(join(FIXTURES, "comments/expected.yaml"), "utf8"));
});

test.each([
  ["version: 3\nmodels: []\n", "the file has version 3; only version 1 can be upgraded"],
  ["- a list\n", "the file is not a registry: its top level is not a mapping"],
  [
    'version: 1\nmodels:\n  - id: x\n    capabilities: { coding_score: 1, reasoning_score: 1, supports_vision: "yes", supports_function_calling: true }\n',
    "fix these first, then run the upgrade again: models[0].capabilities.supports_vision must be true or false",
  ],
])("refuses %j with a clear reason", (text, message) => {
  expect(upgradeRegistryText(text)).toEqual({ kind: "failed", message });
});

test.each([
  [0.00015, 3, 0.15],
  [2.5e-7, 6, 0.25],
  [Infinity, 3, Infinity],
])("shiftDecimalPoint(%p, %p) = %p", (value, places, expected) => {
  expect(shiftDecimalPoint(value, places)).toBe(expected);
});

describe("the CLI", () => {
  const cli = (argv: string[], cwd: string) => runModelRegistry(argv, { cwd, env: { NO_COLOR: "1" } });

  test("a FIFO named as the file is refused at once, not read (it would block for ever): an unreadable registry, exit 1", async () => {
    const dir = mkdtempSync(join(tmpdir(), "upgrade-fifo-"));
    try {
      execFileSync("mkfifo", [join(dir, "registry.yaml")]);
      const run = await cli(["upgrade-schema", "registry.yaml"], dir);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain("cannot read registry.yaml: it is a named pipe (FIFO), not a regular file");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("validate names the upgrade command for a v1 file; upgrade-schema rewrites it in place; validate then reads it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "upgrade-cli-"));
    try {
      copyFileSync(join(FIXTURES, "comments/model_registry.yaml"), join(dir, "model_registry.yaml"));
      const first = await cli(["validate", "--registry", "model_registry.yaml", "--as-of", TEST_AS_OF], dir);
      expect(first.code).toBe(1);
      expect(first.stderr).toContain("error schema/old-version: this registry is format version 1");
      expect(first.stderr).toContain("hint: run `model-registry upgrade-schema model_registry.yaml` to rewrite it as version 2 in place");

      const upgrade = await cli(["upgrade-schema", "model_registry.yaml"], dir);
      expect(upgrade.code).toBe(0);
      expect(upgrade.stdout).toContain("upgraded model_registry.yaml to format version 2 (2 models)");
      expect(readFileSync(join(dir, "model_registry.yaml"), "utf8")).toBe(readFileSync(join(FIXTURES, "comments/expected.yaml"), "utf8"));

      expect((await cli(["validate", "--registry", "model_registry.yaml", "--as-of", TEST_AS_OF], dir)).code).toBe(0);
      const again = await cli(["upgrade-schema", "model_registry.yaml"], dir);
      expect(again.code).toBe(0);
      expect(again.stdout).toContain("is already format version 2; nothing to do");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("--dry-run prints a unified diff that turns the file into the upgrade, and writes nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "upgrade-dry-run-"));
    try {
      copyFileSync(join(FIXTURES, "comments/model_registry.yaml"), join(dir, "model_registry.yaml"));
      const before = readFileSync(join(dir, "model_registry.yaml"), "utf8");
      const run = await cli(["upgrade-schema", "--dry-run", "model_registry.yaml"], dir);
      expect(run.code).toBe(0);
      expect(run.stdout.startsWith("--- a/model_registry.yaml\n+++ b/model_registry.yaml\n@@ ")).toBe(true);
      expect(applyPatch(before, run.stdout)).toBe(readFileSync(join(FIXTURES, "comments/expected.yaml"), "utf8"));
      expect(readFileSync(join(dir, "model_registry.yaml"), "utf8")).toBe(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test.each([
    [["upgrade-schema", "--help"], 0, "Usage: model-registry upgrade-schema"],
    [["upgrade-schema", "a.yaml", "b.yaml"], 2, 'unexpected argument "b.yaml"'],
    [["upgrade-schema", "--frobnicate"], 2, "unknown option --frobnicate"],
    [["upgrade-schema", "--dry-rnu"], 2, "unknown option --dry-rnu; did you mean --dry-run?"],
    [["upgrade-schema", "no-such-file.yaml"], 2, "cannot find no-such-file.yaml (the registry to upgrade)"],
  ])("%j exits %d", async (argv, code, text) => {
    const run = await cli(argv, REPO_ROOT);
    expect(run.code).toBe(code);
    expect(run.stdout + run.stderr).toContain(text);
  });
});

test("an alias without its anchor is a failed upgrade, not a crash", () => {
  const outcome = upgradeRegistryText("version: 1\nmodels:\n  - id: x\n    notes: *nothere\n");
  expect(outcome.kind).toBe("failed");
});

describe("upgrade-schema validates what it would write, and changes only the upgraded entries", () => {
  const cli = (argv: string[], cwd: string) => runModelRegistry(argv, { cwd, env: { NO_COLOR: "1" } });
  const V1 = readFileSync(join(FIXTURES, "comments/model_registry.yaml"), "utf8");
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "upgrade-safe-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test.each([
    ["a price that overflows per 1M", V1.replace("cost_per_1k_input: 0.0025", "cost_per_1k_input: 1e306"), "schema/"],
    ["a deprecation without replaced_by", V1.replace("      replaced_by: gpt-4o\n", ""), "replaced_by"],
    [
      "an existing scores key",
      V1.replace("    speed_rating: 6.7\n", "    speed_rating: 6.7\n    scores: { coding: 0.8, reasoning: 0.8, basis: tier }\n"),
      "yaml/duplicate-key",
    ],
    ["an existing pricing key", V1.replace("    speed_rating: 3.3\n", "    speed_rating: 3.3\n    pricing: { input: 30, output: 60 }\n"), "yaml/duplicate-key"],
  ])("%s: refused with the reason, exit 1, the file unchanged", async (_name, text, reason) => {
    writeFileSync(join(dir, "model_registry.yaml"), text);
    const run = await cli(["upgrade-schema", "model_registry.yaml"], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("the upgraded file would not validate");
    expect(run.stderr).toContain(reason);
    expect(readFileSync(join(dir, "model_registry.yaml"), "utf8")).toBe(text);
    expect(readdirSync(dir)).toEqual(["model_registry.yaml"]);
  });

  test("keeps a byte order mark, CRLF line endings and the mode", async () => {
    writeFileSync(join(dir, "model_registry.yaml"), "\uFEFF" + V1.replace(/\n/g, "\r\n"));
    chmodSync(join(dir, "model_registry.yaml"), 0o640);
    expect((await cli(["upgrade-schema", "model_registry.yaml"], dir)).code).toBe(0);
    const expected = readFileSync(join(FIXTURES, "comments/expected.yaml"), "utf8");
    expect(readFileSync(join(dir, "model_registry.yaml"), "utf8")).toBe("\uFEFF" + expected.replace(/\n/g, "\r\n"));
    expect(statSync(join(dir, "model_registry.yaml")).mode & 0o777).toBe(0o640);
  });

  test("a symlinked registry stays a link: the shared file it points to is upgraded", async () => {
    writeFileSync(join(dir, "shared.yaml"), V1);
    symlinkSync(join(dir, "shared.yaml"), join(dir, "model_registry.yaml"));
    expect((await cli(["upgrade-schema", "model_registry.yaml"], dir)).code).toBe(0);
    expect(lstatSync(join(dir, "model_registry.yaml")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, "shared.yaml"), "utf8")).toBe(readFileSync(join(FIXTURES, "comments/expected.yaml"), "utf8"));
  });
});
