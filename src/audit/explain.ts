import type { FieldValue, RawDifference } from "./fields";
import type { AuditSource, RegistryModel, SourceName } from "./types";

/**
 * When a difference counts as explained — the convention entries follow (docs/audit.md):
 *
 *   A difference in field F between an entry and source S is explained when one sentence of the entry's
 *   `notes` names S (e.g. LiteLLM · genai-prices · models.dev · openai@…, case-insensitive), names F (a word of
 *   F's vocabulary below: "input", "output", "context", "shutdown", …) and names the value S states that the
 *   entry departs from ("128000", "128K", "$4", "2026-12-02", "pdf") — or states a rule that covers it (a
 *   sentence with the word "rule").
 *
 * e.g. "LiteLLM lists max_output_tokens 128000; the provider's page says 64000, which this entry follows." explains
 * LiteLLM's output limit of 128000, and nothing else: not another output limit, not the input price. Each
 * difference is judged on its own. `sources` alone never explains a difference: it records where a figure came
 * from, and when it cites S itself a difference means S changed or the figure was copied wrong.
 */
export type FieldGroup = "pricing" | "limits" | "capabilities" | "lifecycle" | "release_date";

const SOURCE_NAMES: Readonly<Record<SourceName, readonly string[]>> = {
  litellm: ["litellm"],
  "genai-prices": ["genai-prices", "genai_prices"],
  "models-dev": ["models.dev"],
};

/** The words a sentence names a source by: the adapter's own, else the three lists' names, else its name. */
export function sourceMentions(source: Pick<AuditSource, "name" | "mentions">): readonly string[] {
  return source.mentions ?? (Object.hasOwn(SOURCE_NAMES, source.name) ? SOURCE_NAMES[source.name as SourceName] : [source.name.toLowerCase()]);
}

/** Field → the words that name it, first match of the field path's prefix wins. */
const FIELD_VOCABULARY: ReadonlyArray<readonly [string, RegExp]> = [
  ["pricing.tiers", /tier|above|long[- ]context/],
  ["pricing.cached_input", /cache[ds]?[ -]?(?:read|input|hit)|cached/],
  ["pricing.cache_write_1h", /1[- ]?h(?:our)?\b.*cache|cache.*1[- ]?h(?:our)?\b/],
  ["pricing.cache_write", /cache[ -]?writ/],
  ["pricing.input", /\binput\b|prompt/],
  ["pricing.output", /\boutput\b|completion/],
  ["context_window", /context/],
  ["max_input_tokens", /max_input|input (?:token )?limit|input tokens|max input/],
  ["max_output_tokens", /max_output|output (?:token )?limit|output tokens|max output/],
  ["capabilities.input", /\binput\b|modalit/],
  ["capabilities.output", /\boutput\b|modalit/],
  ["capabilities.tool_calling", /tool/],
  ["capabilities.structured_output", /structured/],
  ["capabilities.reasoning", /reasoning/],
  ["release_date", /release/],
  ["deprecation_date", /deprecat/],
  ["earliest_shutdown_date", /not sooner|earliest|no earlier/],
  ["shutdown_date", /shutdown|shut down|retire|end[- ]of[- ]life|sunset/],
  ["status", /status|deprecat|retire|shut ?down|sunset|end[- ]of[- ]life/],
];

const RULE = /\brule\b/i;

/** The sentence of `notes` that explains `difference` against a source named by `mentions`, if there is one. */
export function explanationFor(model: Pick<RegistryModel, "notes">, mentions: readonly string[], difference: RawDifference): string | undefined {
  const fieldWords = FIELD_VOCABULARY.find(
    ([prefix]) => difference.field === prefix || difference.field.startsWith(`${prefix}.`) || difference.field.startsWith(`${prefix}[`),
  )?.[1];
  if (fieldWords === undefined) return undefined;
  return sentences(model.notes ?? "").find((sentence) => {
    const lower = sentence.toLowerCase();
    if (!mentions.some((name) => lower.includes(name))) return false;
    const rest = withoutNames(lower, mentions);
    return fieldWords.test(rest) && (RULE.test(rest) || namesValue(rest, difference));
  });
}

/** A sentence names the source's value: a number in any usual spelling, a date, a differing modality; a flag or a status is named by its field. */
function namesValue(sentence: string, difference: RawDifference): boolean {
  const value = difference.source;
  if (typeof value === "boolean" || difference.field === "status") return true;
  if (typeof value === "number") return numberSpellings(value).some((spelling) => containsNumber(sentence, spelling));
  if (typeof value === "string") return sentence.includes(value.toLowerCase());
  if (Array.isArray(value)) {
    const registry = Array.isArray(difference.registry) ? (difference.registry as readonly string[]) : [];
    const differing = [...value.filter((item) => !registry.includes(item)), ...registry.filter((item) => !value.includes(item))];
    return differing.some((item) => new RegExp(`\\b${escapeRegExp(item.toLowerCase())}\\b`).test(sentence));
  }
  return false;
}

/** 128000 → 128000, 128,000, 128k; 1048576 → 1,048,576, 1024k, 1m; 0.4 → 0.4, 0.40. */
export function numberSpellings(value: FieldValue): string[] {
  if (typeof value !== "number") return [];
  const spellings = new Set([String(value), value.toLocaleString("en-US", { maximumFractionDigits: 10 })]);
  if (!Number.isInteger(value)) spellings.add(value.toFixed(2));
  for (const [unit, suffix] of [
    [1000, "k"],
    [1024, "k"],
    [1_000_000, "m"],
    [1_048_576, "m"],
  ] as const) {
    if (value >= unit && value % unit === 0) spellings.add(`${value / unit}${suffix}`);
  }
  return [...spellings];
}

function containsNumber(sentence: string, spelling: string): boolean {
  return new RegExp(`(?<![\\d.,])${escapeRegExp(spelling)}(?![\\d]|[.,]\\d)`).test(sentence);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The field's words are looked for outside the source's names: "genai-prices" alone does not talk about prices. */
function withoutNames(sentence: string, mentions: readonly string[]): string {
  return mentions.reduce((text, name) => text.split(name).join(" "), sentence);
}

/** Sentence ends are `.`, `;`, `!` or `?` followed by whitespace, so "models.dev" and "0.1.8" stay whole. */
function sentences(notes: string): string[] {
  return notes
    .split(/(?<=[.;!?])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}
