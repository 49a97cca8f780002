import { BENCHMARK_IDS, BENCHMARKS } from "../../shared/benchmarks";
import { markdownCell, markdownCode } from "../../shared/escape";
import type { BenchmarkResult } from "../../shared/registry-entry.generated";
import { calibrate } from "../model/derive-scores";
import type { NormalizedRegistry } from "../model/normalize";
import type { ModelEntry } from "../../shared/registry-file";

/**
 * The "Scores and evidence" section: per provider, how many current models carry a published result, then each
 * such model's scores with the results behind them. Everything else is scored by tier (docs/scoring.md).
 */
export function evidenceSection(registry: NormalizedRegistry): string[] {
  const current = registry.models.filter((model) => model.entry.status !== "deprecated");
  const byId = new Map(registry.models.map((model) => [model.id, model.entry]));
  // A reseller's copy carries the results of the entry whose weights it serves.
  const resultsOf = (entry: ModelEntry) => (entry.same_weights_as === undefined ? entry : (byId.get(entry.same_weights_as) ?? entry)).benchmarks;
  const hasResults = (model: (typeof current)[number]) => BENCHMARK_IDS.some((id) => resultsOf(model.entry)?.[id] !== undefined);
  const coverage = registry.providers
    .map((provider) => {
      const models = current.filter((model) => model.entry.provider === provider.id);
      return [`${markdownCell(provider.config.display_name)} (${markdownCode(provider.id)})`, String(models.filter(hasResults).length), String(models.length)];
    })
    .filter((row) => row[2] !== "0");
  const rows = current.filter(hasResults).map((model) => {
    const scores = model.entry.scores;
    const own = BENCHMARK_IDS.flatMap((id) => {
      const result = resultsOf(model.entry)?.[id] as BenchmarkResult | undefined;
      return result === undefined ? [] : [`${BENCHMARKS[id].name} ${result.value}${result.self_reported ? "*" : ""} (${result.date})`];
    });
    const results = model.entry.same_weights_as === undefined ? own : [`same weights as ${model.entry.same_weights_as}`];
    return [
      markdownCode(model.id),
      String(scores?.coding ?? "—"),
      String(scores?.reasoning ?? "—"),
      scores?.basis ?? "unrated",
      markdownCell(results.join("; ")),
    ];
  });
  const calibration = calibrate(registry.models.map((model) => model.entry));
  const scales = (["coding", "reasoning"] as const).flatMap((axis) =>
    [...calibration[axis]].map(([id, scale]) => [
      markdownCell(BENCHMARKS[id].name),
      axis,
      String(scale.best),
      scale.ceiling.toFixed(2),
      String(registry.models.filter((model) => model.entry.benchmarks?.[id] !== undefined).length),
    ]),
  );
  return [
    "Scores derive from published benchmark results where at least three models carry the benchmark and it is linked to its axis's anchor (docs/scoring.md); every other score is the tier estimate (`basis: tier`), which selection weighs at 0.8 and ranks after measured models.",
    table(["Provider", "current models with a published result", "current models"], coverage),
    "Counted benchmarks: a result's share is (value − floor) / (best − floor) × the ceiling, the standing of the best-placed model linking the benchmark to its axis's anchor.",
    table(["Benchmark", "axis", "best", "ceiling", "models carrying it"], scales),
    "\\* the model's maker published the figure (counted × 0.9).",
    table(["Model", "Coding", "Reasoning", "Basis", "Published results"], rows),
  ];
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, header.map(() => "---"), ...rows].map((cells) => `| ${cells.join(" | ")} |`).join("\n");
}
