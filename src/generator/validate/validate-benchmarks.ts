import { BENCHMARK_IDS, BENCHMARKS } from "../../shared/benchmarks";
import type { BenchmarkResult } from "../../shared/registry-entry.generated";
import type { ModelRegistryFile } from "../../shared/registry-file";
import type { Report } from "./validate-rules";

/** What the schema cannot say about published results: each benchmark's own range, and no result from after the entry was verified. */
export function checkBenchmarks(registry: ModelRegistryFile, report: Report): void {
  const ids = new Set(registry.models.map((model) => model.id));
  registry.models.forEach((model, index) => {
    checkSameWeights(model, index, ids, registry, report);
    if (model.scores?.results !== undefined) {
      report.error(
        "derived-score-results",
        ["models", index, "scores", "results"],
        `scores.results of "${model.id}" is derived by the generator from benchmarks; remove it`,
      );
    }
    for (const id of BENCHMARK_IDS) {
      const result = model.benchmarks?.[id] as BenchmarkResult | undefined;
      if (result === undefined) continue;
      const { name, min, max } = BENCHMARKS[id];
      const path = ["models", index, "benchmarks", id];
      if (typeof result.value === "number" && (result.value < min || result.value > max)) {
        report.error(
          "benchmark-out-of-range",
          [...path, "value"],
          `benchmarks.${id}.value of "${model.id}" is ${result.value}; ${name} figures lie between ${min} and ${max}`,
          id === "lmarena_text" ? "write the arena rating itself, not a rank" : "write the percentage as published: 80.9 for 80.9%",
        );
      }
      if (typeof result.date === "string" && typeof model.verified === "string" && result.date > model.verified) {
        report.error(
          "benchmark-after-verified",
          [...path, "date"],
          `benchmarks.${id}.date of "${model.id}" is ${result.date}, after the entry's verified day ${model.verified}`,
          "a result cannot be published after the day it was checked: fix the date or re-verify the entry",
        );
      }
    }
  });
}

/** `same_weights_as` names an entry that exists and holds the results itself; the results are written once, there. */
function checkSameWeights(
  model: ModelRegistryFile["models"][number],
  index: number,
  ids: ReadonlySet<string>,
  registry: ModelRegistryFile,
  report: Report,
): void {
  const target = model.same_weights_as;
  if (target === undefined) return;
  const path = ["models", index, "same_weights_as"];
  if (!ids.has(target)) {
    report.error("same-weights-unknown", path, `same_weights_as of "${model.id}" names "${target}", which is not a model of this registry`);
  } else if (registry.models.find((other) => other.id === target)?.same_weights_as !== undefined) {
    report.error(
      "same-weights-chain",
      path,
      `same_weights_as of "${model.id}" names "${target}", which itself serves other weights; name the entry that holds the results`,
    );
  }
  if (target === model.id) report.error("same-weights-self", path, `same_weights_as of "${model.id}" names the entry itself`);
  if (model.benchmarks !== undefined) {
    report.error(
      "same-weights-with-benchmarks",
      ["models", index, "benchmarks"],
      `"${model.id}" has both benchmarks and same_weights_as "${target}"; write the results once, on "${target}"`,
    );
  }
}
