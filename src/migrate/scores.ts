/**
 * The one score method (docs/scoring.md): legacy quality stars 3/4/5 → coding and reasoning 0.6/0.8/1.0 (stars / 5);
 * legacy speed bolts 1/2/3 → speed_rating 3.3/6.7/10 (bolts / 3 × 10, one decimal).
 */
export function starsToScore(stars: number): number {
  return Math.round((stars / 5) * 100) / 100;
}

export function boltsToSpeed(bolts: number): number {
  return Math.round((bolts / 3) * 100) / 10;
}

/** Counts a run of one symbol (⭐, ⚡), ignoring spaces and emoji variation selectors; undefined if anything else is there. */
export function countSymbol(text: string, symbol: string): number | undefined {
  const cleaned = text.replace(/\s|\uFE0F/g, "");
  if (cleaned.length === 0) return undefined;
  const count = [...cleaned].filter((c) => c === symbol).length;
  return count * [...symbol].length === [...cleaned].length ? count : undefined;
}

/** Tier rule for models the legacy table does not score (docs/scoring.md): flagship 5★ 1⚡, mid 4★ 2⚡, small 3★ 3⚡. */
export type Tier = "flagship" | "mid" | "small";

const TIER_STARS: Record<Tier, number> = { flagship: 5, mid: 4, small: 3 };
const TIER_BOLTS: Record<Tier, number> = { flagship: 1, mid: 2, small: 3 };

/** The scores a tier gives, through the same conversion as legacy stars and bolts. */
export function tierScores(tier: Tier): { score: number; speed: number } {
  return { score: starsToScore(TIER_STARS[tier]), speed: boltsToSpeed(TIER_BOLTS[tier]) };
}
