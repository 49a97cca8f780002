import { formatUsd } from "./format-number";
import type { ModelKind } from "./registry-entry.generated";

export type { ModelKind } from "./registry-entry.generated";

/** Every kind, in the schema's order: `chat` first, the default of an entry that states none. */
export const MODEL_KINDS: readonly ModelKind[] = ["chat", "embedding", "image", "speech", "transcription", "moderation", "rerank"];

/** The entry's kind: `chat` when it states none (every entry written before kinds existed). */
export function kindOf(entry: { readonly kind?: ModelKind | undefined }): ModelKind {
  return entry.kind ?? "chat";
}

type UnitPrices = Readonly<Partial<Record<UnitPriceField, number>>> & { readonly per_image?: readonly { readonly usd: number }[] };

type UnitPriceField =
  | "input"
  | "output"
  | "input_audio"
  | "output_audio"
  | "input_image"
  | "output_image"
  | "audio_per_minute"
  | "audio_per_second"
  | "characters_per_1m"
  | "requests_per_1k"
  | "cache_storage_per_1m_per_hour";

/** Each price field and the unit it is stated in, in the order a summary lists them. */
const UNIT_LABELS: ReadonlyArray<readonly [UnitPriceField, string]> = [
  ["input", "1M input tokens"],
  ["input_audio", "1M audio input tokens"],
  ["input_image", "1M image input tokens"],
  ["output", "1M output tokens"],
  ["output_audio", "1M audio output tokens"],
  ["output_image", "1M image output tokens"],
  ["audio_per_minute", "minute of audio"],
  ["audio_per_second", "second of audio"],
  ["characters_per_1m", "1M characters"],
  ["requests_per_1k", "1K requests"],
  ["cache_storage_per_1m_per_hour", "1M cached tokens per hour"],
];

/** The base prices in the units the provider bills: `$0.02 / 1M input tokens`, `$0.016–$0.25 / image (6 sizes and qualities)`. */
export function unitPriceSummary(pricing: UnitPrices): string[] {
  const parts = UNIT_LABELS.flatMap(([field, unit]) => {
    const price = pricing[field];
    return price === undefined ? [] : [`${formatUsd(price)} / ${unit}`];
  });
  const images = pricing.per_image;
  if (images !== undefined) {
    const prices = images.map((image) => image.usd);
    const low = Math.min(...prices);
    const high = Math.max(...prices);
    const range = low === high ? formatUsd(low) : `${formatUsd(low)}–${formatUsd(high)}`;
    parts.push(`${range} / image${images.length > 1 ? ` (${images.length} sizes and qualities)` : ""}`);
  }
  return parts;
}

/** "an embedding model", "a chat model": a kind in a sentence. */
export function kindPhrase(kind: ModelKind): string {
  return `${/^[aeiou]/.test(kind) ? "an" : "a"} ${kind} model`;
}
