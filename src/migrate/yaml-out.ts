import { Document, isMap, isSeq, YAMLMap, type Node } from "yaml";
import type { ModelEntry } from "../generator/registry-file";

/** Canonical key order of a model entry, as in the curated registry. */
const KEY_ORDER = [
  "id", "provider", "display_name", "api_name", "context_window", "max_output_tokens",
  "cost_per_1k_input", "cost_per_1k_output", "cost_per_1k_cached_input", "capabilities", "speed_rating",
  "status", "min_api_version", "deprecation", "hardware", "best_for", "notes", "source", "verified",
];

function ordered(entry: ModelEntry): Record<string, unknown> {
  const record = entry as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of KEY_ORDER) if (record[key] !== undefined) out[key] = record[key];
  for (const key of Object.keys(record)) if (!(key in out) && record[key] !== undefined) out[key] = record[key];
  return out;
}

/** Entries as a YAML `models:` list fragment, readable like the curated file: flow-style capabilities and hardware. */
export function entriesToYaml(entries: ModelEntry[], options: { withKey?: boolean } = {}): string {
  if (entries.length === 0) return options.withKey ? "models: []\n" : "[]\n";
  const doc = new Document(entries.map(ordered));
  const seq = doc.contents;
  if (isSeq(seq)) {
    for (const item of seq.items) {
      if (!isMap(item)) continue;
      for (const key of ["capabilities", "hardware"]) {
        const value = item.get(key, true) as Node | undefined;
        if (value instanceof YAMLMap) value.flow = true;
      }
      item.spaceBefore = true;
    }
    (seq.items[0] as Node).spaceBefore = false;
  }
  const body = doc.toString({ lineWidth: 0 }).trimEnd() + "\n";
  if (!options.withKey) return body;
  return "models:\n" + body.split("\n").map((line) => (line === "" ? line : "  " + line)).join("\n");
}
