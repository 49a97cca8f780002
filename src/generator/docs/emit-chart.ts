import { GENERATED_BANNER } from "../emit/banner";
import { blendedPricePer1M } from "../../shared/pricing";
import { xmlText } from "../../shared/escape";
import type { NormalizedModel, NormalizedRegistry } from "../model/normalize";
import type { ModelScores } from "../../shared/registry-entry.generated";
import { kindOf } from "../../shared/model-kind";

/**
 * `docs/model-map.svg`: blended price per 1M tokens (log x) against coding score (y), one point per
 * active model, coloured by provider. Deterministic: fixed layout, fixed number formatting, labels
 * placed greedily in a fixed order; a label that fits nowhere is left off and the chart says how many.
 */

const WIDTH = 1100;
const HEIGHT = 680;
const PLOT = { left: 80, top: 70, right: 860, bottom: 610 };
const FREE_COLUMN = { left: PLOT.left, right: PLOT.left + 70 };
const FONT_SIZE = 11;
/** Generous average glyph width for sans-serif at FONT_SIZE, so estimated boxes contain the text. */
const CHAR_WIDTH = 6.4;
const POINT_RADIUS = 5;

/** Tableau 10: distinguishable, colour-blind friendly enough; cycles beyond ten providers. */
export const PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"];

/** The chart plots scores against token prices, so it shows only chat models that have scores. */
type RatedModel = NormalizedModel & { readonly entry: { readonly scores: ModelScores; readonly pricing: { readonly input: number; readonly output: number } } };

interface Point {
  model: RatedModel;
  color: string;
  x: number;
  y: number;
}

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Light and dark themes through prefers-color-scheme, as the timeline has. */
const STYLE = [
  "<style>",
  ".bg{fill:#ffffff}.fg{fill:#1f2328}.muted{fill:#59636e}.grid{stroke:#d8dee4}.frame{stroke:#8c959f;fill:none}",
  ".free{fill:#eef6ee;stroke:#8fbc8f}.free-text{fill:#3b6e3b}.point{stroke:#24292f}.leader{stroke:#6e7781}",
  "@media (prefers-color-scheme: dark){.bg{fill:#0d1117}.fg{fill:#e6edf3}.muted{fill:#9198a1}.grid{stroke:#30363d}.frame{stroke:#6e7681}",
  ".free{fill:#12261e;stroke:#2f6f4f}.free-text{fill:#7ee2a8}.point{stroke:#e6edf3}.leader{stroke:#8b949e}}",
  "</style>",
].join("");

/** Marks the chart as ours, so --docs never replaces an SVG someone else wrote at the same path. */
// XML forbids "--" inside a comment (a viewer then refuses the whole file), so the banner names no flag.
export const CHART_BANNER = `<!-- ${GENERATED_BANNER}. Regenerated from the registry YAML by model-registry generate. -->`;

export function emitChart(registry: NormalizedRegistry): string {
  const active = registry.models.filter((m): m is RatedModel => m.entry.status !== "deprecated" && m.entry.scores !== undefined && kindOf(m.entry) === "chat");
  const providers = registry.providers.filter((p) => p.modelIds.some((id) => active.some((m) => m.id === id)));
  const colorOf = new Map(providers.map((p, i) => [p.id, PALETTE[i % PALETTE.length]!]));
  // The free column is there only when some model is free (local models).
  const hasFree = active.some((model) => blendedPricePer1M(model.entry.pricing) === 0);
  const priceLeft = hasFree ? FREE_COLUMN.right + 20 : PLOT.left;
  const xScale = priceScale(
    active.map((model) => blendedPricePer1M(model.entry.pricing)).filter((price) => price > 0),
    priceLeft,
  );
  const yScale = scoreScale(active.map((m) => m.entry.scores.coding));
  const points = swarmWithinScore(
    active.map((model) => {
      const price = blendedPricePer1M(model.entry.pricing);
      return {
        model,
        color: colorOf.get(model.entry.provider) ?? PALETTE[0]!,
        x: price > 0 ? xScale.toX(price) : freeColumnX(model, active),
        y: yScale.toY(model.entry.scores.coding),
      };
    }),
    yScale.bandHeight,
  );
  const labels = placeLabels(points);
  const omitted = points.length - labels.length;

  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="DejaVu Sans, Verdana, Arial, sans-serif" font-size="${FONT_SIZE}">`,
    CHART_BANNER,
    `<title>Blended price per 1M tokens against coding score, ${active.length} active models</title>`,
    STYLE,
    `<rect class="bg" width="${WIDTH}" height="${HEIGHT}"/>`,
    `<text class="fg" x="${PLOT.left}" y="30" font-size="17" font-weight="bold">Price against coding score: ${active.length} active models</text>`,
    `<text class="muted" x="${PLOT.left}" y="50">Blended price = (3 × input + output) / 4, USD per 1M tokens, log scale. Models with the same score are spread within its band. Deprecated and unrated models are not shown.</text>`,
    ...(hasFree ? freeColumn() : []),
    ...xAxis(xScale, priceLeft),
    ...yAxis(yScale, hasFree ? FREE_COLUMN.left : priceLeft),
    ...points.map(
      (p) =>
        `<circle class="point" cx="${n(p.x)}" cy="${n(p.y)}" r="${POINT_RADIUS}" fill="${p.color}" fill-opacity="0.85" stroke-width="0.6"><title>${xmlText(p.model.id)}: ${money(blendedPricePer1M(p.model.entry.pricing))}/1M, coding ${n(p.model.entry.scores.coding, 2)}</title></circle>`,
    ),
    ...labels.flatMap((label) => [
      `<line class="leader" x1="${n(label.point.x)}" y1="${n(label.point.y)}" x2="${n(label.anchorX)}" y2="${n(label.anchorY)}" stroke-width="0.8"/>`,
      `<text class="fg" x="${n(label.box.x1)}" y="${n(label.box.y2 - 3)}">${xmlText(label.point.model.id)}</text>`,
    ]),
    ...legend(
      providers.map((p) => ({ name: p.config.display_name, color: colorOf.get(p.id)!, count: active.filter((m) => m.entry.provider === p.id).length })),
    ),
    `<text class="muted" x="${PLOT.left}" y="${HEIGHT - 12}">${
      omitted === 0
        ? "Every point is labelled with its model ID."
        : `${labels.length} of ${points.length} points labelled (a label is left off where it would overlap); hover a point for its ID, or see the tables in models/model_registry.md.`
    }</text>`,
    "</svg>",
  ];
  return parts.join("\n") + "\n";
}

interface PriceScale {
  min: number;
  max: number;
  toX(price: number): number;
}

/** Whole decades around the prices, so ticks fall on $0.01, $0.1, $1, … */
function priceScale(prices: readonly number[], left: number): PriceScale {
  const low = prices.length === 0 ? 0.1 : Math.min(...prices);
  const high = prices.length === 0 ? 10 : Math.max(...prices);
  const min = 10 ** Math.floor(Math.log10(low));
  const max = 10 ** Math.max(Math.ceil(Math.log10(high)), Math.log10(min) + 1);
  const span = Math.log10(max) - Math.log10(min);
  return {
    min,
    max,
    toX: (price) => left + ((Math.log10(price) - Math.log10(min)) / span) * (PLOT.right - left),
  };
}

interface ScoreScale {
  min: number;
  /** Pixels between two scores a tenth apart: how far a score's points may spread. */
  bandHeight: number;
  toY(score: number): number;
}

/** From the lowest score rounded down to a tenth (at most 0.5) up to 1. */
function scoreScale(scores: readonly number[]): ScoreScale {
  const min = Math.min(0.5, Math.floor(Math.min(1, ...scores) * 10) / 10);
  const pad = 14;
  const span = PLOT.bottom - PLOT.top - 2 * pad;
  return { min, bandHeight: (span / (1 - min)) * 0.1, toY: (score) => PLOT.bottom - pad - ((score - min) / (1 - min)) * span };
}

/** Free models sit in their own column, spread across it in ID order. */
function freeColumnX(model: RatedModel, active: readonly RatedModel[]): number {
  const free = active.filter((m) => blendedPricePer1M(m.entry.pricing) === 0);
  const index = free.indexOf(model);
  const centre = (FREE_COLUMN.left + FREE_COLUMN.right) / 2;
  return centre + (free.length <= 1 ? 0 : (index / (free.length - 1) - 0.5) * (FREE_COLUMN.right - FREE_COLUMN.left - 20));
}

/**
 * Scores come in few levels, so many points share one: each is moved up or down, as little as it can, until it
 * clears the points placed before it (a beeswarm along the score axis, in price order), within its score's band so
 * it still reads as that score. Price (x) is never moved. A point that cannot clear stays at its level's offset
 * closest to free space; the chart's labels and tooltips still name it.
 */
function swarmWithinScore(points: Point[], bandHeight: number): Point[] {
  const reach = Math.max(0, bandHeight / 2 - POINT_RADIUS);
  const step = POINT_RADIUS * 1.1;
  const offsets = [0];
  for (let k = 1; k * step <= reach; k++) offsets.push(k * step, -k * step);
  const placed: Point[] = [];
  const ordered = [...points].sort((a, b) => a.x - b.x || a.y - b.y || (a.model.id < b.model.id ? -1 : 1));
  for (const point of ordered) {
    const level = point.y;
    const inside = offsets.filter((offset) => level + offset >= PLOT.top + POINT_RADIUS && level + offset <= PLOT.bottom - POINT_RADIUS);
    const clearance = (y: number) => Math.min(Infinity, ...placed.map((other) => Math.hypot(other.x - point.x, other.y - y)));
    const free = inside.find((offset) => clearance(level + offset) >= 2 * POINT_RADIUS + 1);
    point.y = level + (free ?? inside.reduce((best, offset) => (clearance(level + offset) > clearance(level + best) ? offset : best), 0));
    placed.push(point);
  }
  return points;
}

interface Label {
  point: Point;
  box: Box;
  anchorX: number;
  anchorY: number;
}

/**
 * Greedy placement, top to bottom, right to left; candidates ring the point at growing distance. A label
 * keeps clear of other labels and, by a margin, of other points, so it never reads as theirs.
 */
function placeLabels(points: readonly Point[]): Label[] {
  const margin = POINT_RADIUS + 6;
  const placed: Box[] = [];
  const order = [...points].sort((a, b) => a.y - b.y || b.x - a.x || (a.model.id < b.model.id ? -1 : 1));
  const labels: Label[] = [];
  for (const point of order) {
    const width = point.model.id.length * CHAR_WIDTH;
    const height = FONT_SIZE + 3;
    const clear = (b: Box) =>
      insideChart(b) &&
      !placed.some((t) => overlaps(t, b)) &&
      !points.some((other) => {
        if (other === point) return overlaps(box(other.x - POINT_RADIUS, other.y - POINT_RADIUS, 2 * POINT_RADIUS, 2 * POINT_RADIUS), b);
        return overlaps(box(other.x - margin, other.y - margin, 2 * margin, 2 * margin), b);
      });
    const found = candidates(point, width, height).find(clear);
    if (!found) continue;
    placed.push(found);
    const anchorX = found.x2 < point.x ? found.x2 : Math.max(found.x1, point.x);
    const anchorY = found.y2 < point.y ? found.y2 : found.y1 > point.y ? found.y1 : (found.y1 + found.y2) / 2;
    labels.push({ point, box: found, anchorX, anchorY });
  }
  return labels;
}

function candidates(point: Point, width: number, height: number): Box[] {
  const boxes: Box[] = [];
  const gap = POINT_RADIUS + 3;
  for (const distance of [0, 12, 24, 36, 48]) {
    const right = point.x + gap + distance / 2;
    const left = point.x - gap - distance / 2 - width;
    const middle = point.y - height / 2;
    boxes.push(
      box(right, middle - distance, width, height),
      box(left, middle - distance, width, height),
      box(right, middle + distance, width, height),
      box(left, middle + distance, width, height),
    );
    if (distance > 0) {
      boxes.push(box(point.x - width / 2, point.y - gap - height - distance + 12, width, height));
      boxes.push(box(point.x - width / 2, point.y + gap + distance - 12, width, height));
    }
  }
  return boxes;
}

function box(x: number, y: number, width: number, height: number): Box {
  return { x1: x, y1: y, x2: x + width, y2: y + height };
}

function insideChart(b: Box): boolean {
  return b.x1 >= FREE_COLUMN.left + 2 && b.x2 <= PLOT.right + 20 && b.y1 >= PLOT.top && b.y2 <= PLOT.bottom;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

function freeColumn(): string[] {
  const centre = (FREE_COLUMN.left + FREE_COLUMN.right) / 2;
  return [
    `<rect class="free" x="${FREE_COLUMN.left}" y="${PLOT.top}" width="${FREE_COLUMN.right - FREE_COLUMN.left}" height="${PLOT.bottom - PLOT.top}" stroke-dasharray="4 3"/>`,
    `<text class="free-text" x="${centre}" y="${PLOT.bottom + 18}" text-anchor="middle" font-weight="bold">free</text>`,
    `<text class="free-text" x="${centre}" y="${PLOT.bottom + 32}" text-anchor="middle">(local)</text>`,
  ];
}

function xAxis(scale: PriceScale, left: number): string[] {
  const parts = [
    `<rect class="frame" x="${left}" y="${PLOT.top}" width="${PLOT.right - left}" height="${PLOT.bottom - PLOT.top}"/>`,
    `<text class="fg" x="${(left + PLOT.right) / 2}" y="${PLOT.bottom + 40}" text-anchor="middle">Blended USD per 1M tokens (log scale)</text>`,
  ];
  for (let exponent = Math.round(Math.log10(scale.min)); exponent <= Math.round(Math.log10(scale.max)); exponent++) {
    const price = 10 ** exponent;
    const x = n(scale.toX(price));
    parts.push(
      `<line class="grid" x1="${x}" y1="${PLOT.top}" x2="${x}" y2="${PLOT.bottom}"/>`,
      `<text class="muted" x="${x}" y="${PLOT.bottom + 18}" text-anchor="middle">${money(price)}</text>`,
    );
  }
  return parts;
}

function yAxis(scale: ScoreScale, left: number): string[] {
  const parts = [`<text class="fg" transform="translate(24 ${(PLOT.top + PLOT.bottom) / 2}) rotate(-90)" text-anchor="middle">Coding score (0–1)</text>`];
  for (let tenth = Math.round(scale.min * 10); tenth <= 10; tenth++) {
    const y = n(scale.toY(tenth / 10));
    parts.push(
      `<line class="grid" x1="${left}" y1="${y}" x2="${PLOT.right}" y2="${y}"/>`,
      `<text class="muted" x="${left - 8}" y="${n(Number(y) + 4)}" text-anchor="end">${(tenth / 10).toFixed(1)}</text>`,
    );
  }
  return parts;
}

function legend(entries: ReadonlyArray<{ name: string; color: string; count: number }>): string[] {
  const x = PLOT.right + 40;
  const parts = [`<text class="fg" x="${x}" y="${PLOT.top + 4}" font-weight="bold">Provider (active models)</text>`];
  entries.forEach((entry, i) => {
    const y = PLOT.top + 26 + i * 22;
    parts.push(
      `<circle class="point" cx="${x + 6}" cy="${y - 4}" r="${POINT_RADIUS}" fill="${entry.color}" stroke-width="0.6"/>`,
      `<text class="fg" x="${x + 18}" y="${y}">${xmlText(truncate(entry.name, 22))} (${entry.count})</text>`,
    );
  });
  return parts;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Fixed-precision coordinates: the same input always prints the same bytes. */
function n(value: number, digits = 1): string {
  const fixed = value.toFixed(digits);
  return fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed;
}

function money(value: number): string {
  if (value >= 1) return `$${n(value, 2)}`;
  return `$${Number(value.toPrecision(2)).toString()}`;
}
