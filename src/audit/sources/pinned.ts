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

export function pinnedSources(root: string): SourceSpec[] {
  return PINNED_SOURCES.map((spec) => (spec.path === undefined ? spec : { ...spec, path: join(root, spec.path) }));
}
