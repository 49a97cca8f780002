import type { BenchmarkId } from "../../shared/benchmarks";
import { candidateIds, canonicalModelId } from "../ids";
import type { RegistryModel } from "../types";

/**
 * A machine-readable benchmark board (the Aider leaderboard, SWE-bench's bash-only board) as `refresh` reads it:
 * one row per published run, with the provider-side IDs the run names. Matching a run to a registry entry uses
 * the audit's ID matching (`candidateIds`): exact IDs only, never a look-alike.
 */
export interface BenchmarkRun {
  benchmark: BenchmarkId;
  /** The registry provider whose model family the run's ID belongs to. */
  provider: string;
  /** Provider-side IDs the run names (routing prefixes removed), best first. */
  ids: readonly string[];
  /** The row as the board names it (model label, folder). */
  row: string;
  /** Percent, as the board states it. */
  value: number;
  /** The day the run was made or published (YYYY-MM-DD). */
  date: string;
  /** The setting of the run worth recording (edit format, reasoning effort, harness). */
  setting: string;
}

export interface BenchmarkSource {
  name: string;
  /** Human label with the board's newest run date, e.g. "Aider polyglot leaderboard (newest run 2025-10-03)". */
  label: string;
  /** What a result's `source` cites: the origin repository@commit and path when the pinned copy says, else its path. */
  citation: string;
  runs: readonly BenchmarkRun[];
}

/** Model families of the registry's first-party providers, by the start of the provider-side ID. */
const FAMILIES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:gpt-|chatgpt-|o\d(?:-|$))/, "openai"],
  [/^claude-/, "anthropic"],
  [/^(?:gemini-|gemma-)/, "google"],
  [/^grok-/, "xai"],
];

/** The registry provider of a provider-side model ID, by its family; undefined for models of other makers. */
export function providerOfModelId(id: string): string | undefined {
  return FAMILIES.find(([pattern]) => pattern.test(id))?.[1];
}

/** The runs of a board that name one of a registry model's IDs (its provider's, exactly as `audit` matches). */
export function runsOfModel(source: BenchmarkSource, model: RegistryModel): BenchmarkRun[] {
  const wanted = new Set(candidateIds(model));
  return source.runs.filter(
    (run) => run.provider === model.provider && run.ids.some((id) => wanted.has(id) || wanted.has(canonicalModelId(model.provider, id))),
  );
}

/** The newest run date of a board, for its label. */
export function newestRunDate(runs: readonly BenchmarkRun[]): string | undefined {
  return runs
    .map((run) => run.date)
    .sort()
    .at(-1);
}
