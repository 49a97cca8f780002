import { AXIS_ANCHORS, BENCHMARK_IDS, BENCHMARKS, SELF_REPORTED_DISCOUNT, informs, type BenchmarkId } from "../../shared/benchmarks";
import type { BenchmarkResult, ModelEntry, ModelScores } from "../../shared/registry-entry.generated";

type Axis = "coding" | "reasoning";

/**
 * A benchmark counts only when at least this many models carry it: with fewer, the top of its scale would be one
 * model's own figure, and a lone result would score 1 however it compares with the rest of the registry.
 */
export const MIN_MODELS_PER_BENCHMARK = 3;

/**
 * How a counted benchmark's figures become a share of an axis: `best` is the highest value any model has on it,
 * `ceiling` the share that best value is worth (1 for the axis's anchor; for another benchmark, the highest standing
 * on the axis's earlier-counted benchmarks of any model that carries it).
 */
interface Scale {
  readonly best: number;
  readonly ceiling: number;
}

/** Per axis, the counted benchmarks and their scales (docs/scoring.md). */
export type Calibration = Readonly<Record<Axis, ReadonlyMap<BenchmarkId, Scale>>>;

/**
 * The counted benchmarks of each axis and their scales. The axis's anchor (AXIS_ANCHORS) counts with ceiling 1 once
 * MIN_MODELS_PER_BENCHMARK models carry it. Then, round by round, a benchmark with as many carriers counts once some
 * carrier also has a result on a benchmark counted in an earlier round; its ceiling is the highest standing (the
 * undiscounted share over those earlier benchmarks) of such a carrier. A result therefore lifts no model above the
 * best-placed model that links its benchmark to the anchor: LiveCodeBench linked only through small open models
 * cannot put them level with the frontier.
 */
export function calibrate(entries: readonly ModelEntry[]): Calibration {
  const carriers = new Map<BenchmarkId, ModelEntry[]>();
  for (const entry of entries) {
    for (const id of BENCHMARK_IDS) if (resultOf(entry, id) !== undefined) carriers.set(id, [...(carriers.get(id) ?? []), entry]);
  }
  const eligible = BENCHMARK_IDS.filter((id) => (carriers.get(id)?.length ?? 0) >= MIN_MODELS_PER_BENCHMARK);
  const bestOf = (id: BenchmarkId) => Math.max(...carriers.get(id)!.map((entry) => resultOf(entry, id)!.value));
  const axisScales = (axis: Axis): ReadonlyMap<BenchmarkId, Scale> => {
    const anchor = AXIS_ANCHORS[axis];
    if (!eligible.includes(anchor)) return new Map();
    const counted = new Map<BenchmarkId, Scale>([[anchor, { best: bestOf(anchor), ceiling: 1 }]]);
    for (;;) {
      const round = new Map<BenchmarkId, Scale>();
      for (const id of eligible.filter((candidate) => informs(candidate, axis) && !counted.has(candidate))) {
        const standings = carriers.get(id)!.flatMap((entry) => standingOf(entry, counted) ?? []);
        if (standings.length > 0) round.set(id, { best: bestOf(id), ceiling: Math.max(...standings) });
      }
      if (round.size === 0) break;
      for (const [id, scale] of round) counted.set(id, scale);
    }
    return new Map(BENCHMARK_IDS.filter((id) => counted.has(id)).map((id) => [id, counted.get(id)!]));
  };
  return { coding: axisScales("coding"), reasoning: axisScales("reasoning") };
}

/** The weighted mean of the entry's undiscounted shares over the given benchmarks; undefined without a result there. */
function standingOf(entry: ModelEntry, scales: ReadonlyMap<BenchmarkId, Scale>): number | undefined {
  const used = [...scales.keys()].filter((id) => resultOf(entry, id) !== undefined);
  if (used.length === 0) return undefined;
  return weightedMean(used.map((id) => [BENCHMARKS[id].weight, share(id, resultOf(entry, id)!.value, scales.get(id)!)]));
}

/**
 * The entry's scores, derived from its benchmarks by the formula of docs/scoring.md: per axis, the weighted mean
 * of each counted result's share on its benchmark's calibrated scale (a maker's own figure discounted). An axis without a result keeps its tier value (a local model's capped at UNMEASURED_LOCAL_CAP);
 * an entry without counted results is returned as is. Undefined (unrated) where an axis has neither a result nor a
 * tier value: a score is never guessed.
 */
export function derivedScores(entry: ModelEntry, calibration: Calibration, local = false): ModelScores | undefined {
  const results = BENCHMARK_IDS.filter((id) => resultOf(entry, id) !== undefined && (calibration.coding.has(id) || calibration.reasoning.has(id)));
  const tier = entry.scores;
  if (results.length === 0) return local && tier !== undefined ? unmeasuredLocalScores(tier) : tier;
  const coding = axisScore(entry, calibration.coding);
  const reasoning = axisScore(entry, calibration.reasoning);
  // A local model's axis without a result is as unmeasured as a whole unmeasured local model.
  const fallback = local && tier !== undefined ? unmeasuredLocalScores(tier) : tier;
  const codingScore = coding?.score ?? fallback?.coding;
  const reasoningScore = reasoning?.score ?? fallback?.reasoning;
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

function axisScore(entry: ModelEntry, scales: ReadonlyMap<BenchmarkId, Scale>): { score: number; count: number } | undefined {
  const used = [...scales.keys()].filter((id) => resultOf(entry, id) !== undefined);
  if (used.length === 0) return undefined;
  const shares = used.map((id): [number, number] => {
    const result = resultOf(entry, id)!;
    const value = share(id, result.value, scales.get(id)!);
    return [BENCHMARKS[id].weight, result.self_reported ? value * SELF_REPORTED_DISCOUNT : value];
  });
  return { score: Math.round(weightedMean(shares) * 1000) / 1000, count: used.length };
}

/** 0 at the benchmark's floor, the scale's ceiling at the best value any model has, linear between. */
function share(id: BenchmarkId, value: number, { best, ceiling }: Scale): number {
  const { floor } = BENCHMARKS[id];
  const span = best - floor;
  return span <= 0 ? 0 : Math.min(1, Math.max(0, (value - floor) / span)) * ceiling;
}

function weightedMean(pairs: ReadonlyArray<readonly [weight: number, value: number]>): number {
  const weights = pairs.reduce((sum, [weight]) => sum + weight, 0);
  return pairs.reduce((sum, [weight, value]) => sum + weight * value, 0) / weights;
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
