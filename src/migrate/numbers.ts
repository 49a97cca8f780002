import { roundSignificant } from "../shared/pricing";

/** Above this (USD per 1M tokens) a figure is a unit error, as the schema says. */
export const MAX_PRICE_PER_1M = 1000;

/**
 * Legacy context sizes: `128K` → 128000, `2M` → 2000000, plain digits as-is. K and M are decimal (1000, 1000000):
 * the legacy table rounds marketing figures (`128K`, `131K`), so the decimal reading is the faithful one; the curated
 * registry then takes the exact figure from the provider or the reference snapshot.
 */
export function parseTokenCount(text: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([KkMm]?)\s*$/.exec(text);
  if (!match) return undefined;
  const unit = match[2]!.toUpperCase();
  const factor = unit === "K" ? 1000 : unit === "M" ? 1_000_000 : 1;
  const value = Math.round(Number(match[1]) * factor);
  return Number.isSafeInteger(value) && value > 0 ? value : undefined;
}

/** `$0.15/M`, `$0`, `$5/M` → USD per 1M tokens. */
export function parsePerMillionPrice(text: string): number | undefined {
  const match = /^\s*\$\s*(\d+(?:\.\d+)?)\s*(?:\/\s*M)?\s*$/.exec(text);
  return match ? Number(match[1]) : undefined;
}

/** Sizes such as `42GB`, `776MB`, `~90GB`, `8-12GB` (lower bound), `64GB+` → gigabytes. */
export function parseGigabytes(text: string): number | undefined {
  const match = /^\s*~?\s*(\d+(?:\.\d+)?)(?:\s*-\s*\d+(?:\.\d+)?)?\s*(GB|MB)\s*\+?\s*$/i.exec(text);
  if (!match) return undefined;
  const value = Number(match[1]);
  return roundSignificant(match[2]!.toUpperCase() === "MB" ? value / 1000 : value, 4);
}
