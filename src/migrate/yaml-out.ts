import { Document, isMap, isScalar, isSeq, visit, YAMLMap, type Node } from "yaml";
import { ISO_DATE_FORM } from "../shared/dates";
import type { ModelEntry } from "../shared/registry-file";

/** Canonical key order of a model entry, as in the curated registry. */
const KEY_ORDER = [
  "id",
  "provider",
  "display_name",
  "api_name",
  "release_date",
  "status",
  "context_window",
  "max_input_tokens",
  "max_output_tokens",
  "pricing",
  "capabilities",
  "scores",
  "speed_rating",
  "min_api_version",
  "deprecation_date",
  "shutdown_date",
  "replaced_by",
  "replacement_note",
  "inference_profiles",
  "requires_inference_profile",
  "hardware",
  "best_for",
  "notes",
  "sources",
  "verified",
];

/** Maps printed on one line when they hold only scalars (and lists of scalars): they read like a table row. */
const FLOW_WHEN_FLAT = new Set(["pricing", "capabilities", "scores", "hardware"]);

function ordered(entry: ModelEntry): Record<string, unknown> {
  const record = entry as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of KEY_ORDER) if (record[key] !== undefined) out[key] = record[key];
  for (const key of Object.keys(record)) if (!(key in out) && record[key] !== undefined) out[key] = record[key];
  return out;
}

function isFlat(map: YAMLMap): boolean {
  return map.items.every(({ value }) => isScalar(value) || (isSeq(value) && value.items.every(isScalar)));
}

/** Flat maps and lists nested in a block map (price tiers, periods, service tiers) go on one line each. */
function flowNested(node: unknown): void {
  if (isSeq(node)) {
    node.items.forEach((item) => (isMap(item) && isFlat(item) ? (item.flow = true) : flowNested(item)));
  } else if (isMap(node)) {
    for (const { value } of node.items) {
      if (isSeq(value) && value.items.every(isScalar)) value.flow = true;
      else if (isMap(value) && isFlat(value)) value.flow = true;
      else flowNested(value);
    }
  }
}

/**
 * Quotes every date: YAML 1.1 readers (js-yaml, PyYAML, ajv-cli) take a plain 2026-01-05 as a timestamp,
 * this generator (YAML 1.2) as text, so only a quoted date reads the same everywhere.
 */
export function quoteDates(document: Document): void {
  visit(document, {
    Scalar(_key, node) {
      if (typeof node.value === "string" && ISO_DATE_FORM.test(node.value)) node.type = "QUOTE_DOUBLE";
    },
  });
}

/** Entries as a YAML `models:` list fragment, readable like the curated file: small maps in flow style. */
export function entriesToYaml(entries: ModelEntry[], options: { withKey?: boolean } = {}): string {
  if (entries.length === 0) return options.withKey ? "models: []\n" : "[]\n";
  const doc = new Document(entries.map(ordered));
  quoteDates(doc);
  const seq = doc.contents;
  if (isSeq(seq)) {
    for (const item of seq.items) {
      if (!isMap(item)) continue;
      for (const pair of item.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : "";
        const value = pair.value as Node | undefined;
        if (!(value instanceof YAMLMap)) continue;
        if (FLOW_WHEN_FLAT.has(key) && isFlat(value)) value.flow = true;
        else flowNested(value);
      }
      item.spaceBefore = true;
    }
    (seq.items[0] as Node).spaceBefore = false;
  }
  const body = doc.toString({ lineWidth: 0, flowCollectionPadding: true }).trimEnd() + "\n";
  const unpadded = body.replace(/\[ ([^[\]"'#]*) \]/g, "[$1]");
  if (!options.withKey) return unpadded;
  return (
    "models:\n" +
    unpadded
      .split("\n")
      .map((line) => (line === "" ? line : "  " + line))
      .join("\n")
  );
}
