import { BENCHMARK_IDS, BENCHMARKS, SELF_REPORTED_DISCOUNT, informs, type BenchmarkId } from "../../shared/benchmarks";
import type { BenchmarkResult, ModelEntry, ModelScores } from "../../shared/registry-entry.generated";

type Axis = "coding" | "reasoning";

/**
 * A benchmark counts only when at least this many models carry it: with fewer, the top of its scale would be one
 * model's own figure, and a lone result would score 1 however it compares with the rest of the registry.
 */
export const MIN_MODELS_PER_BENCHMARK = 3;

/** Each counted benchmark's best published value over every model carrying it: the top of its normalised scale. */
export type BestValues = ReadonlyMap<BenchmarkId, number>;

/**
 * The counted benchmarks and their best values. Besides MIN_MODELS_PER_BENCHMARK carriers, a benchmark must be
 * linked to its axis: it is the axis's most carried benchmark, or some model carries it and another counted
 * benchmark of the axis. An unlinked benchmark's best is the best of another league (LiveCodeBench carried only by
 * small open models would rank them level with the frontier); it counts once a linking result is published.
 */
export function bestValues(entries: readonly ModelEntry[]): BestValues {
  const carriers = new Map<BenchmarkId, ModelEntry[]>();
  for (const entry of entries) {
    for (const id of BENCHMARK_IDS) if (resultOf(entry, id) !== undefined) carriers.set(id, [...(carriers.get(id) ?? []), entry]);
  }
  const eligible = BENCHMARK_IDS.filter((id) => (carriers.get(id)?.length ?? 0) >= MIN_MODELS_PER_BENCHMARK);
  const counted = new Set<BenchmarkId>();
  for (const axis of ["coding", "reasoning"] as const) {
    const onAxis = eligible.filter((id) => BENCHMARKS[id].axis === axis);
    const anchor = [...onAxis].sort((a, b) => carriers.get(b)!.length - carriers.get(a)!.length)[0];
    if (anchor !== undefined) counted.add(anchor);
  }
  for (let grew = true; grew; ) {
    grew = false;
    for (const id of eligible) {
      if (counted.has(id)) continue;
      const linked = carriers.get(id)!.some((entry) => [...counted].some((other) => linksAxis(id, other) && resultOf(entry, other) !== undefined));
      if (linked) {
        counted.add(id);
        grew = true;
      }
    }
  }
  return new Map(BENCHMARK_IDS.filter((id) => counted.has(id)).map((id) => [id, Math.max(...carriers.get(id)!.map((entry) => resultOf(entry, id)!.value))]));
}

/** Two benchmarks share an axis when either informs both, or they inform the same one. */
function linksAxis(a: BenchmarkId, b: BenchmarkId): boolean {
  return BENCHMARKS[a].axis === "both" || BENCHMARKS[b].axis === "both" || BENCHMARKS[a].axis === BENCHMARKS[b].axis;
}

/**
 * The entry's scores, derived from its benchmarks by the formula of docs/scoring.md: per axis, the weighted mean
 * of each result normalised between the benchmark's floor and the best value any model has (a maker's own
 * figure discounted). An axis without a result keeps its tier value; an entry without counted results is returned as is.
 * Undefined (unrated) where an axis has neither a result nor a tier value: a score is never guessed.
 */
export function derivedScores(entry: ModelEntry, best: BestValues, local = false): ModelScores | undefined {
  const results = BENCHMARK_IDS.filter((id) => resultOf(entry, id) !== undefined && best.has(id));
  const tier = entry.scores;
  if (results.length === 0) return local && tier !== undefined ? unmeasuredLocalScores(tier) : tier;
  const coding = axisScore(entry, results, "coding", best);
  const reasoning = axisScore(entry, results, "reasoning", best);
  const codingScore = coding?.score ?? tier?.coding;
  const reasoningScore = reasoning?.score ?? tier?.reasoning;
  if (codingScore === undefined || reasoningScore === undefined) return undefined;
  return {
    coding: codingScore,
    reasoning: reasoningScore,
    basis: "benchmark",
    benchmark: describeBasis(entry, results, coding === undefined, reasoning === undefined),
    results: { coding: coding?.count ?? 0, reasoning: reasoning?.count ?? 0 },
  };
}

/**
 * Weights run on the user's machine, quantised, at whatever speed it allows: without a published result for them,
 * a local model is not credited above the small tier, whatever its tier said (docs/scoring.md).
 */
export const UNMEASURED_LOCAL_CAP = 0.6;

function unmeasuredLocalScores(scores: ModelScores): ModelScores {
  return { ...scores, coding: Math.min(scores.coding, UNMEASURED_LOCAL_CAP), reasoning: Math.min(scores.reasoning, UNMEASURED_LOCAL_CAP) };
}

function axisScore(entry: ModelEntry, results: readonly BenchmarkId[], axis: Axis, best: BestValues): { score: number; count: number } | undefined {
  const used = results.filter((id) => informs(id, axis));
  if (used.length === 0) return undefined;
  let weighted = 0;
  let weights = 0;
  for (const id of used) {
    const { weight } = BENCHMARKS[id];
    weighted += weight * normalised(id, resultOf(entry, id)!, best.get(id)!);
    weights += weight;
  }
  return { score: Math.round((weighted / weights) * 1000) / 1000, count: used.length };
}

/** 0 at the benchmark's floor, 1 at the best value any model has; a maker's own figure counts SELF_REPORTED_DISCOUNT of that. */
export function normalised(id: BenchmarkId, result: BenchmarkResult, best: number): number {
  const { floor } = BENCHMARKS[id];
  const span = best - floor;
  const share = span <= 0 ? 0 : Math.min(1, Math.max(0, (result.value - floor) / span));
  return result.self_reported ? share * SELF_REPORTED_DISCOUNT : share;
}

function describeBasis(entry: ModelEntry, results: readonly BenchmarkId[], codingFromTier: boolean, reasoningFromTier: boolean): string {
  const listed = results.map((id) => {
    const result = resultOf(entry, id)!;
    return `${BENCHMARKS[id].name} ${result.value}${result.self_reported ? " (self-reported)" : ""}, ${result.date}`;
  });
  const tier = [codingFromTier ? "coding" : undefined, reasoningFromTier ? "reasoning" : undefined].filter((axis) => axis !== undefined);
  const kept = tier.length === 0 ? "" : `; ${tier.join(" and ")} kept at the tier value (no result)`;
  return `Derived from ${listed.join("; ")} (docs/scoring.md)${kept}`;
}

function resultOf(entry: ModelEntry, id: BenchmarkId): BenchmarkResult | undefined {
  return entry.benchmarks?.[id] as BenchmarkResult | undefined;
}
