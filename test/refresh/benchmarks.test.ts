import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { aiderPolyglotSource } from "../../src/audit/sources/aider-polyglot";
import { sweBenchSource } from "../../src/audit/sources/swe-bench";
import { applyUpdates } from "../../src/refresh/apply";
import type { BenchmarkedModel } from "../../src/refresh/benchmarks";
import { planRefresh } from "../../src/refresh/propose";

const BOARDS = join(__dirname, "../fixtures/refresh/boards");
const AIDER = aiderPolyglotSource(readFileSync(join(BOARDS, "polyglot_leaderboard.yml"), "utf8"), "b.yml", "Aider-AI/aider@5dc9490 polyglot_leaderboard.yml");
const SWE = sweBenchSource(
  JSON.parse(readFileSync(join(BOARDS, "leaderboards.json"), "utf8")),
  "l.json",
  "SWE-bench/swe-bench.github.io@f1176b6 data/leaderboards.json",
);
const AS_OF = "2026-12-07";

const REGISTRY = `models:
  - id: gpt-5
    provider: openai
    status: production
  - id: claude-sonnet-4
    api_name: claude-sonnet-4-20250514
    provider: anthropic
    status: deprecated
    shutdown_date: "2026-06-15"
  - id: bedrock-sonnet-4
    provider: bedrock
    status: production
    same_weights_as: claude-sonnet-4
  - id: claude-opus-4-5
    api_name: claude-opus-4-5-20251101
    provider: anthropic
    status: production
    benchmarks:
      swe_bench_verified: { value: 80.9, source: "https://www.anthropic.com/news/claude-opus-4-5", date: "2025-11-24", self_reported: true }
  - id: grok-4
    api_name: grok-4-0709
    provider: xai
    status: deprecated
    shutdown_date: "2027-05-15"
  - id: gpt-4.1
    provider: openai
    status: production
    benchmarks:
      aider_polyglot: { value: 50.0, source: "Aider-AI/aider@5dc9490 polyglot_leaderboard.yml, run gpt-4.1", date: "2025-04-14", self_reported: false }
`;
const models = (text: string) => (parse(text) as { models: BenchmarkedModel[] }).models;
const plan = () => planRefresh(models(REGISTRY), [], AS_OF, { benchmarkSources: [AIDER, SWE] }).proposals;

test("each board's best run of a model is proposed, with the board as source and the other runs in the notes", () => {
  const byField = Object.fromEntries(plan().map((proposal) => [`${proposal.model} ${proposal.field}`, proposal]));
  expect(Object.keys(byField).sort()).toEqual([
    "claude-opus-4-5 benchmarks.swe_bench_verified",
    "claude-sonnet-4 benchmarks.aider_polyglot",
    "gpt-4.1 benchmarks.aider_polyglot",
    "gpt-5 benchmarks.aider_polyglot",
    "gpt-5 benchmarks.swe_bench_verified",
  ]);
  expect(byField["gpt-5 benchmarks.aider_polyglot"]).toMatchObject({
    kind: "update",
    old: null,
    new: 88,
    benchmark: {
      value: 88,
      source: "Aider-AI/aider@5dc9490 polyglot_leaderboard.yml, run gpt-5 (high)",
      date: "2025-08-23",
      self_reported: false,
      notes: "Best run: high, edit format diff. Other runs: gpt-5 (medium): 86.7 on 2025-08-25.",
    },
  });
  expect(byField["gpt-5 benchmarks.swe_bench_verified"]?.benchmark?.notes).toBe("Best run: mini-SWE-agent, bash only, medium reasoning.");
});

test("a deprecated original is still proposed while a copy serving its weights can be routed to; a deprecated model without one is not", () => {
  const proposals = plan();
  expect(proposals.some((proposal) => proposal.model === "claude-sonnet-4")).toBe(true);
  expect(proposals.some((proposal) => proposal.model === "bedrock-sonnet-4")).toBe(false);
  expect(proposals.some((proposal) => proposal.model === "grok-4")).toBe(false);
});

test("another source's figure is a disagreement; the same board's changed figure is an update; an equal figure is nothing", () => {
  const proposals = plan();
  expect(proposals.find((proposal) => proposal.model === "claude-opus-4-5")).toMatchObject({ kind: "disagreement", old: 80.9, new: 74.4 });
  expect(proposals.find((proposal) => proposal.model === "gpt-4.1")).toMatchObject({ kind: "update", old: 50, new: 52.4 });
  const same = REGISTRY.replace("value: 50.0", "value: 52.4");
  expect(planRefresh(models(same), [], AS_OF, { benchmarkSources: [AIDER] }).proposals.some((proposal) => proposal.model === "gpt-4.1")).toBe(false);
});

test("--write stores the result as one quoted flow mapping and leaves sources and verified alone", () => {
  const { text, applied, skipped } = applyUpdates(REGISTRY, plan(), AS_OF);
  expect(skipped).toEqual([]);
  expect(applied.map((proposal) => `${proposal.model} ${proposal.field}`)).toHaveLength(4);
  expect(text).toContain(
    '      aider_polyglot: { value: 88, source: "Aider-AI/aider@5dc9490 polyglot_leaderboard.yml, run gpt-5 (high)", date: "2025-08-23", self_reported: false, notes: "Best run: high, edit format diff. Other runs: gpt-5 (medium): 86.7 on 2025-08-25." }',
  );
  // The disagreement is not applied: Anthropic's own figure stays.
  expect(text).toContain("value: 80.9");
  expect(text).not.toMatch(/^\s+(verified|sources):/m);
  const written = models(text);
  expect(written.find((model) => model.id === "gpt-4.1")?.benchmarks?.aider_polyglot?.value).toBe(52.4);
  expect(written.find((model) => model.id === "bedrock-sonnet-4")?.benchmarks).toBeUndefined();
});
