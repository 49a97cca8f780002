import { Document, isMap, isSeq, YAMLMap, type Node } from "yaml";
import type { ModelEntry } from "../generator/registry-file";

/** Canonical key order of a model entry, as in the curated registry. */
const KEY_ORDER = [
  "id", "provider", "display_name", "api_name", "release_date", "status", "context_window", "max_input_tokens",
  "max_output_tokens", "pricing", "capabilities", "scores", "speed_rating", "min_api_version", "deprecation_date",
  "shutdown_date", "replaced_by", "replacement_note", "inference_profiles", "requires_inference_profile", "hardware",
  "best_for", "notes", "sources", "verified",
];

function ordered(entry: ModelEntry): Record<string, unknown> {
  const record = entry as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of KEY_ORDER) if (record[key] !== undefined) out[key] = record[key];
  for (const key of Object.keys(record)) if (!(key in out) && record[key] !== undefined) out[key] = record[key];
  return out;
}

/** Entries as a YAML `models:` list fragment, readable like the curated file: small maps in flow style. */
export function entriesToYaml(entries: ModelEntry[], options: { withKey?: boolean } = {}): string {
  if (entries.length === 0) return options.withKey ? "models: []\n" : "[]\n";
  const doc = new Document(entries.map(ordered));
  const seq = doc.contents;
  if (isSeq(seq)) {
    for (const item of seq.items) {
      if (!isMap(item)) continue;
      for (const key of ["pricing", "capabilities", "scores", "hardware", "sources"]) {
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
