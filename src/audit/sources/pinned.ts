import { join } from "node:path";
import type { SourceSpec } from "./load";

/**
 * The dated copies the audit is tested against (data/sources/README.md), relative to the repository root: the
 * default for `model-registry audit` when no `--source` is given.
 */
export const PINNED_SOURCES: readonly SourceSpec[] = [
  { name: "litellm", path: "data/sources/litellm/model_prices_and_context_window-2026-07-24.json" },
  { name: "genai-prices" },
  { name: "models-dev", path: "data/sources/models-dev" },
];

/** The pinned benchmark boards `refresh` reads by default when the project holds them (data/sources/README.md). */
export const PINNED_BENCHMARK_SOURCES: readonly SourceSpec[] = [
  { name: "aider-polyglot", path: "data/sources/aider/polyglot_leaderboard-2025-10-04.yml" },
  { name: "swe-bench", path: "data/sources/swe-bench/leaderboards-bash-only-2025-12-10.json" },
];

export function pinnedSources(root: string): SourceSpec[] {
  return PINNED_SOURCES.map((spec) => (spec.path === undefined ? spec : { ...spec, path: join(root, spec.path) }));
}
