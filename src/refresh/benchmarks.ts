import { runsOfModel, type BenchmarkRun, type BenchmarkSource } from "../audit/sources/benchmark-source";
import type { RegistryModel } from "../audit/types";
import type { BenchmarkResult } from "../shared/registry-entry.generated";
import type { Proposal } from "./propose";

export type { BenchmarkResult };

/** The registry fields benchmark proposals read besides the audit's. */
/** A registry entry: the schema's entry type holds `benchmarks` and `same_weights_as`. */
export type BenchmarkedModel = RegistryModel;

/**
 * What the benchmark boards say each entry should carry (docs/refresh.md, "Benchmark results"):
 *
 * - a board's best run of the entry's model, when the entry has no result for that benchmark: an update
 *   (`--write` adds `{ value, source, date, self_reported: false, notes }`);
 * - a different figure from the same board the entry already cites: an update (the board changed);
 * - a different figure where the entry cites another source: a disagreement, never applied (a person chooses).
 *
 * Results serve routing, and selection never picks a deprecated entry: an entry is proposed while it can be picked
 * (not deprecated, not shut down on the as-of day) or one of its resold copies can. Copies (`same_weights_as`) take
 * their results from the original, so only originals are proposed.
 */
export function planBenchmarks(models: readonly BenchmarkedModel[], sources: readonly BenchmarkSource[], asOf: string): Proposal[] {
  const routable = (model: BenchmarkedModel) => model.status !== "deprecated" && (model.shutdown_date === undefined || asOf < model.shutdown_date);
  const routableCopies = new Set(models.filter((model) => model.same_weights_as !== undefined && routable(model)).map((model) => model.same_weights_as));
  const proposals: Proposal[] = [];
  for (const model of models) {
    if (model.same_weights_as !== undefined || !(routable(model) || routableCopies.has(model.id))) continue;
    for (const source of sources) {
      const byBenchmark = new Map<string, BenchmarkRun[]>();
      for (const run of runsOfModel(source, model)) byBenchmark.set(run.benchmark, [...(byBenchmark.get(run.benchmark) ?? []), run]);
      for (const [benchmark, runs] of byBenchmark) {
        const proposal = benchmarkProposal(model, source, benchmark, runs);
        if (proposal !== undefined) proposals.push(proposal);
      }
    }
  }
  return proposals;
}

function benchmarkProposal(model: BenchmarkedModel, source: BenchmarkSource, benchmark: string, runs: readonly BenchmarkRun[]): Proposal | undefined {
  const result = boardResult(source, runs);
  const existing = (model.benchmarks as Readonly<Record<string, BenchmarkResult | undefined>> | undefined)?.[benchmark];
  if (existing !== undefined && existing.value === result.value) return undefined;
  const base = {
    provider: model.provider,
    model: model.id,
    field: `benchmarks.${benchmark}`,
    group: "benchmarks" as const,
    old: existing?.value ?? null,
    new: result.value,
    claims: [{ source: source.label, value: result.value, firstParty: false, citation: source.citation }],
    benchmark: result,
  };
  if (existing === undefined) return { ...base, kind: "update", why: `an independent run on ${source.label}; the entry has no ${benchmark} result` };
  if (existing.source.includes(source.citation)) return { ...base, kind: "update", why: `${source.label} changed the figure the entry cites` };
  return {
    ...base,
    kind: "disagreement",
    why: `the entry cites another source (${existing.self_reported ? "the maker's own figure" : "an independent figure"}, ${existing.date}): a person chooses`,
  };
}

/**
 * The board's best run of the model (the highest figure, then the newest): a board lists one model under several
 * settings (reasoning effort, thinking budget), and the registry keeps what the model achieves at its best
 * published setting. The other runs are named in the notes.
 */
function boardResult(source: BenchmarkSource, runs: readonly BenchmarkRun[]): BenchmarkResult {
  const ranked = [...runs].sort((a, b) => b.value - a.value || b.date.localeCompare(a.date) || a.row.localeCompare(b.row));
  const best = ranked[0]!;
  const others = ranked.slice(1).map((run) => `${run.row}: ${run.value} on ${run.date}`);
  const notes = [`Best run: ${best.setting || "default setting"}.`, others.length > 0 ? `Other runs: ${others.join("; ")}.` : ""].filter(Boolean).join(" ");
  return { value: best.value, source: `${source.citation}, run ${best.row}`, date: best.date, self_reported: false, notes };
}
