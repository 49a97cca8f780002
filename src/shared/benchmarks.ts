import type { Benchmarks } from "./registry-entry.generated";

export type BenchmarkId = keyof Benchmarks;

/** Which derived score a benchmark informs; an arena rating informs both. */
type BenchmarkAxis = "coding" | "reasoning" | "both";

export interface BenchmarkDefinition {
  readonly name: string;
  readonly axis: BenchmarkAxis;
  /** The range a published figure can fall in; a value outside it is a typo or another scale. */
  readonly min: number;
  readonly max: number;
  /** The figure that earns nothing (chance, or the arena's baseline): normalisation starts here. */
  readonly floor: number;
  /** Its weight among the benchmarks of its axis (docs/scoring.md says why). */
  readonly weight: number;
}

/** The fixed set of benchmarks an entry may carry, in the schema's order (docs/scoring.md). */
export const BENCHMARKS: Readonly<Record<BenchmarkId, BenchmarkDefinition>> = {
  swe_bench_verified: { name: "SWE-bench Verified", axis: "coding", min: 0, max: 100, floor: 0, weight: 3 },
  swe_bench_pro: { name: "SWE-bench Pro", axis: "coding", min: 0, max: 100, floor: 0, weight: 3 },
  aider_polyglot: { name: "Aider polyglot", axis: "coding", min: 0, max: 100, floor: 0, weight: 2 },
  livecodebench: { name: "LiveCodeBench", axis: "coding", min: 0, max: 100, floor: 0, weight: 1 },
  terminal_bench: { name: "Terminal-Bench 2.0", axis: "coding", min: 0, max: 100, floor: 0, weight: 2 },
  gpqa_diamond: { name: "GPQA Diamond", axis: "reasoning", min: 0, max: 100, floor: 25, weight: 1 },
  aime_2025: { name: "AIME 2025", axis: "reasoning", min: 0, max: 100, floor: 0, weight: 1 },
  hle: { name: "Humanity's Last Exam", axis: "reasoning", min: 0, max: 100, floor: 0, weight: 3 },
  mmlu_pro: { name: "MMLU-Pro", axis: "reasoning", min: 0, max: 100, floor: 10, weight: 1 },
  lmarena_text: { name: "LMArena text", axis: "both", min: 800, max: 2000, floor: 1000, weight: 1 },
};

export const BENCHMARK_IDS = Object.keys(BENCHMARKS) as BenchmarkId[];

/**
 * Each axis's anchor: the benchmark normalised against its best carrier (docs/scoring.md). Every maker of a frontier
 * model publishes it and the frontier leads it, so the top of its scale is a frontier model's figure; every other
 * benchmark of the axis is calibrated through the models that carry both.
 */
export const AXIS_ANCHORS: Readonly<Record<"coding" | "reasoning", BenchmarkId>> = { coding: "swe_bench_verified", reasoning: "gpqa_diamond" };

/** A maker's own figure counts this much of its normalised value: the scaffold and setting are the maker's choice. */
export const SELF_REPORTED_DISCOUNT = 0.9;

export function informs(benchmark: BenchmarkId, axis: "coding" | "reasoning"): boolean {
  const own = BENCHMARKS[benchmark].axis;
  return own === axis || own === "both";
}
