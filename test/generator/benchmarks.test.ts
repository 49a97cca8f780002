/**
 * Published benchmark results: the rules the schema cannot state (each benchmark's range, no result after the
 * entry was verified, derived counts not hand-written), and the one formula that derives scores from them.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { generate } from "../../src/generator/generate";
import { normalizeRegistry } from "../../src/generator/model/normalize";
import { calibrate, derivedScores, MIN_MODELS_PER_BENCHMARK, UNMEASURED_LOCAL_CAP, type Calibration } from "../../src/generator/model/derive-scores";
import { AXIS_ANCHORS, BENCHMARKS, SELF_REPORTED_DISCOUNT } from "../../src/shared/benchmarks";
import type { ModelRegistryFile } from "../../src/shared/registry-file";
import { REPO_ROOT } from "../hardening/helpers";

const FIXTURES = join(REPO_ROOT, "test/fixtures/benchmarks");

const messages_ = (result: { diagnostics: Array<{ message: string }> }) => result.diagnostics.map((d) => d.message);

const validate = (fixture: string) =>
  generate({
    cwd: REPO_ROOT,
    registryPath: `test/fixtures/benchmarks/${fixture}/registry.yaml`,
    outDir: join(REPO_ROOT, "test/.tmp/unused"),
    mode: "validate",
    asOf: "2026-12-06",
  });

test("every broken benchmark rule is reported at once, where it stands, with what is expected", async () => {
  const result = await validate("invalid");
  expect(result.ok).toBe(false);
  expect(result.diagnostics.map((d) => `${d.code} ${d.line}:${d.column} ${d.path}`)).toEqual([
    "rule/derived-score-results 20:66 /models/0/scores/results",
    "rule/benchmark-out-of-range 22:36 /models/0/benchmarks/swe_bench_verified/value",
    "rule/benchmark-out-of-range 23:30 /models/0/benchmarks/lmarena_text/value",
    "rule/benchmark-out-of-range 24:30 /models/0/benchmarks/gpqa_diamond/value",
    "rule/benchmark-after-verified 24:78 /models/0/benchmarks/gpqa_diamond/date",
    "rule/same-weights-unknown 38:22 /models/1/same_weights_as",
    "rule/same-weights-with-benchmarks 39:5 /models/1/benchmarks",
  ]);
  expect(messages_(result)).toContain('"copy-model" has both benchmarks and same_weights_as "nowhere-model"; write the results once, on "nowhere-model"');
  const messages = result.diagnostics.map((d) => d.message);
  expect(messages).toContain('benchmarks.swe_bench_verified.value of "fraction-model" is 173; SWE-bench Verified figures lie between 0 and 100');
  expect(messages).toContain('benchmarks.gpqa_diamond.date of "fraction-model" is 2026-12-07, after the entry\'s verified day 2026-12-06');
  expect(messages).toContain('scores.results of "fraction-model" is derived by the generator from benchmarks; remove it');
  expect(result.diagnostics.find((d) => d.path?.endsWith("swe_bench_verified/value"))!.hint).toBe("write the percentage as published: 80.9 for 80.9%");
  expect(result.diagnostics.find((d) => d.path?.endsWith("lmarena_text/value"))!.hint).toBe("write the arena rating itself, not a rank");
});

describe("scores derived from benchmarks (docs/scoring.md)", () => {
  const registry = parse(readFileSync(join(FIXTURES, "derived", "registry.yaml"), "utf8")) as ModelRegistryFile;
  const best = calibrate(registry.models);
  const entry = (id: string) => registry.models.find((model) => model.id === id)!;
  const derived = (id: string) => derivedScores(entry(id), best, registry.providers[entry(id).provider]?.local === true)!;

  test("the fixture is a valid registry", async () => {
    expect((await validate("derived")).diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  });

  const scales = (calibration: Calibration) => ({ coding: [...calibration.coding], reasoning: [...calibration.reasoning] });
  const result = (value: number, self_reported = false) => ({ value, source: "https://board.example/results", date: "2026-11-01", self_reported });

  test(`each axis's anchor counts once ${MIN_MODELS_PER_BENCHMARK} models carry it; its top is the best value among them, worth 1`, () => {
    expect(scales(best)).toEqual({
      coding: [["swe_bench_verified", { best: 80, ceiling: 1 }]],
      reasoning: [["gpqa_diamond", { best: 85, ceiling: 1 }]],
    });
  });

  test("a benchmark carried only by models with no counted result on its axis does not count, however many carry it", () => {
    // Four small models on MMLU-Pro and LiveCodeBench outnumber the anchors' carriers; the anchors stay the roots.
    const small = ["s1", "s2", "s3", "s4"].map((id) => ({ ...entry("third"), id, benchmarks: { livecodebench: result(80), mmlu_pro: result(85) } }));
    expect(scales(calibrate([...registry.models, ...small]))).toEqual(scales(best));
    expect(derivedScores(small[0]!, calibrate([...registry.models, ...small]))).toEqual(entry("third").scores);
  });

  describe("a benchmark linked to the anchor is worth, at its best, the standing of the best-placed model linking it", () => {
    const small = ["s1", "s2", "s3"].map((id, i) => ({
      ...entry("third"),
      id,
      scores: undefined,
      benchmarks: { livecodebench: result(80 + i * 5, true), gpqa_diamond: result(40, true) },
    }));
    const link = (id: string, swe: number) => ({ ...entry("third"), id, benchmarks: { swe_bench_verified: result(swe), livecodebench: result(60) } });

    test.each([
      // [the linking models' SWE-bench Verified figures, LiveCodeBench's ceiling]
      [[40], 0.5],
      [[40, 60], 0.75],
      [[80], 1],
    ])("linked through SWE-bench Verified %j: ceiling %d", (swe, ceiling) => {
      const calibration = calibrate([...registry.models, ...small, ...swe.map((value, i) => link(`link${i}`, value))]);
      expect(calibration.coding.get("livecodebench")).toEqual({ best: 90, ceiling });
    });

    test("held-back case: small models leading a benchmark no frontier model carries stay below the frontier", () => {
      const models = [...registry.models, ...small, link("weak-link", 40)];
      const calibration = calibrate(models);
      const coding = (id: string) => derivedScores(models.find((model) => model.id === id)!, calibration)!.coding;
      // The best small model's 90 is worth the linking model's 0.5, discounted as self-reported: 0.45 < 1 (best).
      expect(coding("s3")).toBe(0.45);
      expect(Math.max(...small.map((model) => coding(model.id)))).toBeLessThan(coding("best"));
      expect(coding("weak-link")).toBeLessThan(coding("third"));
    });

    test("calibration runs in rounds: a benchmark linked through a calibrated one takes its carriers' standing there", () => {
      const terminal = ["t1", "t2", "t3"].map((id) => ({ ...entry("third"), id, benchmarks: { livecodebench: result(90), terminal_bench: result(70) } }));
      const calibration = calibrate([...registry.models, ...small, link("weak-link", 40), ...terminal]);
      // Terminal-Bench is linked through LiveCodeBench (ceiling 0.5), where its carriers stand at 90 / 90 × 0.5.
      expect(calibration.coding.get("terminal_bench")).toEqual({ best: 70, ceiling: 0.5 });
    });
  });

  const fixed: Calibration = {
    coding: new Map([
      ["swe_bench_verified", { best: 80, ceiling: 1 }],
      ["livecodebench", { best: 90, ceiling: 0.5 }],
    ]),
    reasoning: new Map([["gpqa_diamond", { best: 85, ceiling: 1 }]]),
  };
  test.each([
    // [results, coding, reasoning]: share = (value − floor) / (best − floor), clamped to 0..1, × ceiling, × 0.9 if self-reported
    ["LiveCodeBench at its best", { livecodebench: result(90) }, 0.5, 0.8],
    ["LiveCodeBench at its best, self-reported", { livecodebench: result(90, true) }, 0.45, 0.8],
    ["LiveCodeBench half way", { livecodebench: result(45) }, 0.25, 0.8],
    ["LiveCodeBench at its floor", { livecodebench: result(0) }, 0, 0.8],
    ["GPQA Diamond at chance (its floor)", { gpqa_diamond: result(25) }, 0.8, 0],
    ["GPQA Diamond below chance", { gpqa_diamond: result(20) }, 0.8, 0],
    ["GPQA Diamond at its best", { gpqa_diamond: result(85) }, 0.8, 1],
    ["SWE-bench Verified (weight 3) and LiveCodeBench (weight 1) at their best", { swe_bench_verified: result(80), livecodebench: result(90) }, 0.875, 0.8],
  ])("boundary: %s", (_name, benchmarks, coding, reasoning) => {
    expect(derivedScores({ ...entry("third"), benchmarks }, fixed)).toMatchObject({ coding, reasoning });
  });

  test("the anchors are in the set and inform their axes", () => {
    expect(BENCHMARKS[AXIS_ANCHORS.coding].axis).toBe("coding");
    expect(BENCHMARKS[AXIS_ANCHORS.reasoning].axis).toBe("reasoning");
  });

  test.each([
    // coding: SWE-bench Verified / 80; reasoning: (GPQA − 25) / (85 − 25); the maker's own figures × 0.9
    ["best", 1, 0.9, { coding: 1, reasoning: 1 }],
    ["half", 0.45, 0.5, { coding: 1, reasoning: 1 }],
    ["third", 0.75, 0.75, { coding: 1, reasoning: 1 }],
  ])("%s: coding %d, reasoning %d", (id, coding, reasoning, results) => {
    expect(derived(id)).toMatchObject({ coding, reasoning, basis: "benchmark", results });
  });

  test("the basis names each counted result with its date and whether the maker published it; uncounted ones are not named", () => {
    expect(derived("half").benchmark).toBe("Derived from SWE-bench Verified 40 (self-reported), 2026-11-01; GPQA Diamond 55, 2026-11-01 (docs/scoring.md)");
    expect(derived("third").benchmark).not.toContain("Aider");
  });

  test("an axis without a result keeps its tier value, and says so", () => {
    const onlyCoding = { ...entry("third"), benchmarks: { swe_bench_verified: entry("third").benchmarks!.swe_bench_verified! } };
    expect(derivedScores(onlyCoding, best)).toMatchObject({ coding: 0.75, reasoning: 0.8, results: { coding: 1, reasoning: 0 } });
    expect(derivedScores(onlyCoding, best)!.benchmark).toMatch(/reasoning kept at the tier value \(no result\)$/);
  });

  test.each([
    ["no scores and no results", {}, undefined],
    [
      "no scores, a coding result only",
      { benchmarks: { swe_bench_verified: { value: 60, source: "https://swe.example", date: "2026-11-01", self_reported: false } } },
      undefined,
    ],
    [
      "no scores, results on both axes",
      {
        benchmarks: {
          swe_bench_verified: { value: 60, source: "https://swe.example", date: "2026-11-01", self_reported: false },
          gpqa_diamond: { value: 55, source: "https://gpqa.example", date: "2026-11-01", self_reported: false },
        },
      },
      { coding: 0.75, reasoning: 0.5, basis: "benchmark" },
    ],
  ])("an entry without tier scores (%s) is unrated unless results give both scores", (_name, given, want) => {
    const { scores: _tier, benchmarks: _results, ...bare } = entry("third");
    const result = derivedScores({ ...bare, ...given }, best);
    if (want === undefined) expect(result).toBeUndefined();
    else expect(result).toMatchObject(want);
  });

  test("a reseller's copy (same_weights_as) takes the scores derived from the original's results, and says so", () => {
    const schema = JSON.parse(readFileSync(join(REPO_ROOT, "schema", "model_registry.schema.json"), "utf8"));
    const normalized = normalizeRegistry(registry, schema, "registry.yaml");
    const scores = (id: string) => normalized.models.find((model) => model.id === id)!.entry.scores;
    expect(scores("resold-half")).toEqual({ ...derived("half"), benchmark: `Same weights as half: ${derived("half").benchmark}` });
    expect(scores("half")).toEqual(derived("half"));
  });

  test("a local model without a counted result is not credited above the small tier", () => {
    expect(derived("lone")).toEqual({ coding: UNMEASURED_LOCAL_CAP, reasoning: UNMEASURED_LOCAL_CAP, basis: "tier" });
  });

  test("a local model measured on one axis keeps the small-tier cap on the other (a flagship tier is no measurement)", () => {
    const onlyCoding = {
      ...entry("third"),
      scores: { coding: 1, reasoning: 1, basis: "tier" as const },
      benchmarks: { swe_bench_verified: entry("third").benchmarks!.swe_bench_verified! },
    };
    expect(derivedScores(onlyCoding, best, true)).toMatchObject({ coding: 0.75, reasoning: UNMEASURED_LOCAL_CAP, results: { coding: 1, reasoning: 0 } });
    expect(derivedScores(onlyCoding, best, false)).toMatchObject({ coding: 0.75, reasoning: 1 });
  });

  test("an entry without results is returned unchanged; the same input always gives the same scores", () => {
    const plain = { ...entry("best"), benchmarks: undefined };
    expect(derivedScores(plain, best)).toBe(plain.scores);
    expect(derivedScores(entry("best"), calibrate([...registry.models].reverse()))).toEqual(derived("best"));
  });

  test("the benchmark table: each range holds its floor, weights are positive, the discount is below 1", () => {
    for (const definition of Object.values(BENCHMARKS)) {
      expect(definition.min).toBeLessThanOrEqual(definition.floor);
      expect(definition.floor).toBeLessThan(definition.max);
      expect(definition.weight).toBeGreaterThan(0);
    }
    expect(SELF_REPORTED_DISCOUNT).toBeGreaterThan(0);
    expect(SELF_REPORTED_DISCOUNT).toBeLessThan(1);
  });
});
