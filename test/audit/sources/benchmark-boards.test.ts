import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { aiderPolyglotSource } from "../../../src/audit/sources/aider-polyglot";
import { providerOfModelId, runsOfModel } from "../../../src/audit/sources/benchmark-source";
import { loadAuditSource, loadBenchmarkSource, parseSourceSpec } from "../../../src/audit/sources/load";
import { sweBenchSource } from "../../../src/audit/sources/swe-bench";
import type { RegistryModel } from "../../../src/audit/types";

const BOARDS = join(__dirname, "../../fixtures/refresh/boards");
const AIDER = readFileSync(join(BOARDS, "polyglot_leaderboard.yml"), "utf8");
const SWE_BENCH = JSON.parse(readFileSync(join(BOARDS, "leaderboards.json"), "utf8")) as unknown;

const model = (provider: RegistryModel["provider"], id: string, api_name?: string) => ({ provider, id, ...(api_name ? { api_name } : {}) }) as RegistryModel;

test("the Aider board: one run per single-model row, named by its label and its --model argument", () => {
  const board = aiderPolyglotSource(AIDER, "board.yml", "Aider-AI/aider@abc board.yml");
  expect(board.label).toBe("Aider polyglot leaderboard (newest run 2025-08-25)");
  expect(board.runs.map((run) => [run.provider, run.ids, run.value, run.date, run.setting])).toEqual([
    ["openai", ["gpt-5"], 88, "2025-08-23", "high, edit format diff"],
    ["openai", ["gpt-5"], 86.7, "2025-08-25", "medium, edit format diff"],
    ["openai", ["gpt-4.1"], 52.4, "2025-04-14", "edit format diff"],
    ["anthropic", ["claude-sonnet-4-20250514"], 56.4, "2025-05-24", "no thinking, edit format diff"],
    ["anthropic", ["claude-sonnet-4-20250514"], 61.3, "2025-05-24", "32k thinking, edit format diff"],
    ["xai", ["grok-4"], 79.6, "2025-07-11", "high, edit format diff"],
  ]);
  // Left out: the architect pair "o3 (high) + gpt-4.1", and DeepSeek R1 (not a registry provider's model).
  expect(board.runs.some((run) => run.row.includes("+") || run.row.startsWith("DeepSeek"))).toBe(false);
});

test("the SWE-bench bash-only board: one run per single-model submission, named by its Model tag and folder", () => {
  const board = sweBenchSource(SWE_BENCH, "leaderboards.json", "SWE-bench/swe-bench.github.io@abc data/leaderboards.json");
  expect(board.label).toBe("SWE-bench bash-only leaderboard (newest run 2025-11-24)");
  expect(board.runs.map((run) => [run.provider, run.ids, run.value, run.setting])).toEqual([
    ["anthropic", ["claude-opus-4-5-20251101"], 74.4, "mini-SWE-agent, bash only"],
    ["openai", ["gpt-5-2025-08-07", "gpt-5"], 65, "mini-SWE-agent, bash only, medium reasoning"],
    ["openai", ["gpt-4.1-20250414", "gpt-4.1-2025-04-14"], 39.58, "mini-SWE-agent, bash only"],
  ]);
});

test.each([
  ["gpt-5", "openai", "gpt-5"],
  ["o3", "openai", "o3"],
  ["o4-mini", "openai", "o4-mini"],
  ["claude-opus-4-5", "anthropic", "claude-opus-4-5-20251101"],
  ["grok-4", "xai", "grok-4-0709"],
])("a registry model (%s) matches a run by the audit's exact IDs", (id, provider, apiName) => {
  const board = aiderPolyglotSource(
    `- model: ${id === "grok-4" ? "grok-4 (high)" : apiName}\n  command: aider --model openrouter/x/${id === "grok-4" ? "grok-4" : apiName}\n  pass_rate_2: 50.0\n  date: 2025-01-01\n`,
    "b.yml",
    "b.yml",
  );
  expect(runsOfModel(board, model(provider as RegistryModel["provider"], id, apiName))).toHaveLength(1);
  // Another model of the family does not match: no look-alikes.
  expect(runsOfModel(board, model(provider as RegistryModel["provider"], `${id}-mini`))).toHaveLength(0);
});

test("providerOfModelId knows the four first-party families and no one else's", () => {
  expect(
    ["gpt-5", "chatgpt-4o-latest", "o3-pro", "claude-3-7-sonnet-20250219", "gemini-2.5-pro", "gemma-3-27b-it", "grok-3-mini-beta"].map(providerOfModelId),
  ).toEqual(["openai", "openai", "openai", "anthropic", "google", "google", "xai"]);
  expect(["deepseek-reasoner", "qwen3-32b", "omni-x", "kimi-k2"].map(providerOfModelId)).toEqual([undefined, undefined, undefined, undefined]);
});

describe("bad board files are refused with where and why", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "boards-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const load = (name: string, file: string, text: string) => {
    writeFileSync(join(dir, file), text);
    return () => loadBenchmarkSource({ name, path: join(dir, file) }, { projectRoot: dir });
  };

  test.each([
    ["aider-polyglot", "a.yml", "- model: gpt-5\n  command: [unclosed\n", /^a\.yml:\d+:\d+: not valid YAML/],
    ["aider-polyglot", "a.yml", "model: gpt-5\n", /^a\.yml: the Aider leaderboard is not a YAML list of runs/],
    [
      "aider-polyglot",
      "a.yml",
      "- model: gpt-5\n  command: aider --model gpt-5\n  pass_rate_2: lots\n  date: 2025-01-01\n",
      /^a\.yml:1:3: data\[0\]\.pass_rate_2 is not a percentage/,
    ],
    [
      "aider-polyglot",
      "a.yml",
      "- model: gpt-5\n  command: aider --model gpt-5\n  pass_rate_2: 50\n  date: yesterday\n",
      /data\[0\]\.date is not a YYYY-MM-DD date/,
    ],
    ["swe-bench", "s.json", '{"leaderboards": [', /^s\.json:1:\d+: not valid JSON/],
    ["swe-bench", "s.json", '{"boards": []}', /^s\.json: SWE-bench leaderboard data: no "leaderboards" list/],
    ["swe-bench", "s.json", '{"leaderboards": [{"name": "Verified", "results": []}]}', /no "bash-only" board/],
    [
      "swe-bench",
      "s.json",
      '{"leaderboards": [{"name": "bash-only", "results": [{"folder": "x", "date": "2025-01-01", "resolved": 120, "tags": []}]}]}',
      /bash-only\.results\[0\]\.resolved is not a percentage/,
    ],
    ["swe-bench", "s.json", '{"__proto__": {}}', /the key "__proto__" is not allowed/],
  ])("%s %s %#", (name, file, text, message) => {
    expect(load(name, file, text)).toThrow(message);
  });

  test("a pinned copy's ORIGIN line is what its results cite; without one, the project-relative path", () => {
    const board = () => loadBenchmarkSource({ name: "aider-polyglot", path: join(dir, "board.yml") }, { projectRoot: dir });
    writeFileSync(join(dir, "board.yml"), AIDER);
    expect(board().citation).toBe("board.yml");
    writeFileSync(join(dir, "ORIGIN"), "Aider-AI/aider@5dc9490 aider/website/_data/polyglot_leaderboard.yml\n\nmore words\n");
    expect(board().citation).toBe("Aider-AI/aider@5dc9490 aider/website/_data/polyglot_leaderboard.yml");
  });
});

test("the boards are named sources that need a path, and audit refuses them", () => {
  expect(parseSourceSpec("swe-bench=x.json")).toEqual({ name: "swe-bench", path: "x.json" });
  expect(() => parseSourceSpec("aider-polyglot")).toThrow('source "aider-polyglot" needs a path');
  expect(() => loadAuditSource({ name: "swe-bench", path: "x.json" })).toThrow("holds benchmark results, not model figures: only refresh reads it");
});
