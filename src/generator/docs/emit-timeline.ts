import { startOfDayUtc } from "../../shared/dates";
import { PALETTE, CHART_BANNER } from "./emit-chart";
import { xmlText } from "../../shared/escape";
import type { NormalizedModel, NormalizedRegistry } from "../model/normalize";

/**
 * `docs/model-timeline.svg`: one row per model with a shutdown date, in shutdown order: a bar from its
 * deprecation date (when published) to its shutdown, labelled with the model to move to. Deterministic:
 * the axis spans the registry's own dates and nothing depends on the day it is generated. In place of a
 * "today" line, which would change the file every day, a line marks the data's own date: the newest
 * `verified` of any entry, the day the registry was last checked against its sources. Light and dark
 * themes through prefers-color-scheme.
 */

const WIDTH = 1100;
const LABEL_RIGHT = 400;
/** The right margin holds the shutdown date beside the last dot, so every date sits right of its own dot. */
const PLOT = { left: 420, right: WIDTH - 80, top: 90 };
const ROW_HEIGHT = 18;
const FONT_SIZE = 11;
const MAX_LABEL = 62;

const STYLE = [
  "<style>",
  ".bg{fill:#ffffff}.fg{fill:#1f2328}.muted{fill:#59636e}.grid{stroke:#d1d9e0}.row{fill:#f6f8fa}.now{stroke:#cf222e}.now-text{fill:#cf222e}",
  "@media (prefers-color-scheme: dark){.bg{fill:#0d1117}.fg{fill:#e6edf3}.muted{fill:#9198a1}.grid{stroke:#3d444d}.row{fill:#151b23}.now{stroke:#ff7b72}.now-text{fill:#ff7b72}}",
  "</style>",
].join("");

interface Row {
  model: NormalizedModel;
  color: string;
  start: string;
  end: string;
}

/** Models with a shutdown date, in the order the timeline (and the markdown lifecycle table) lists them. */
export function modelsByShutdown(registry: NormalizedRegistry): NormalizedModel[] {
  return registry.models
    .filter((model) => model.entry.shutdown_date !== undefined)
    .sort((a, b) =>
      a.entry.shutdown_date! < b.entry.shutdown_date! ? -1 : a.entry.shutdown_date! > b.entry.shutdown_date! ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
    );
}

export function emitTimeline(registry: NormalizedRegistry): string {
  const colorOf = new Map(registry.providers.map((provider, index) => [provider.id, PALETTE[index % PALETTE.length]!]));
  const rows: Row[] = modelsByShutdown(registry).map((model) => ({
    model,
    color: colorOf.get(model.entry.provider) ?? PALETTE[0]!,
    start: earlier(model.entry.deprecation_date, model.entry.shutdown_date!),
    end: model.entry.shutdown_date!,
  }));
  const height = PLOT.top + Math.max(rows.length, 1) * ROW_HEIGHT + 50;
  const dataDate = newestVerified(registry);
  const scale = timeScale(rows, dataDate);
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="DejaVu Sans, Verdana, Arial, sans-serif" font-size="${FONT_SIZE}">`,
    CHART_BANNER,
    STYLE,
    `<title>Model shutdown timeline: ${rows.length} models with a shutdown date</title>`,
    `<rect class="bg" width="${WIDTH}" height="${height}"/>`,
    `<text class="fg" x="20" y="30" font-size="17" font-weight="bold">Shutdown timeline: ${rows.length} model${rows.length === 1 ? "" : "s"}</text>`,
    `<text class="muted" x="20" y="50">Bar: from the deprecation date (where published) to the shutdown date (dot, date beside it). Label: model → the model to move to. Dashed line: the newest date the data was verified.</text>`,
    ...(rows.length === 0
      ? [`<text class="muted" x="20" y="${PLOT.top + 12}">No model has a shutdown date.</text>`]
      : [...axis(scale, height), ...rows.flatMap((row, index) => rowParts(row, index, scale)), ...dataDateLine(dataDate, scale, height)]),
    ...providerLegend(registry, colorOf, rows, height),
    "</svg>",
  ];
  return parts.join("\n") + "\n";
}

function earlier(date: string | undefined, other: string): string {
  return date !== undefined && date < other ? date : other;
}

interface TimeScale {
  /** First day of the first month shown, and of the month after the last. */
  from: string;
  to: string;
  toX(date: string): number;
}

function timeScale(rows: readonly Row[], dataDate: string | undefined): TimeScale {
  const dates = [...rows.flatMap((row) => [row.start, row.end]), ...(dataDate === undefined ? [] : [dataDate])].sort();
  const from = monthStart(dates[0] ?? "2000-01-01");
  const to = nextMonthStart(dates[dates.length - 1] ?? "2000-01-01");
  const span = startOfDayUtc(to) - startOfDayUtc(from);
  return { from, to, toX: (date) => PLOT.left + ((startOfDayUtc(date) - startOfDayUtc(from)) / span) * (PLOT.right - PLOT.left) };
}

function monthStart(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

function nextMonthStart(date: string): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, "0")}-01`;
}

/** A gridline at every month start (heavier at each new year); a label at each quarter. */
function axis(scale: TimeScale, height: number): string[] {
  const bottom = height - 40;
  const parts: string[] = [];
  for (let month = scale.from; month <= scale.to; month = nextMonthStart(month)) {
    const x = n(scale.toX(month));
    const monthNumber = Number(month.slice(5, 7));
    parts.push(`<line class="grid" x1="${x}" y1="${PLOT.top - 8}" x2="${x}" y2="${bottom}" stroke-width="${monthNumber === 1 ? 1.5 : 0.6}"/>`);
    if ((monthNumber - 1) % 3 === 0) {
      parts.push(`<text class="muted" x="${x}" y="${PLOT.top - 14}" text-anchor="middle">${MONTHS[monthNumber - 1]!} ${month.slice(0, 4)}</text>`);
    }
  }
  return parts;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function rowParts(row: Row, index: number, scale: TimeScale): string[] {
  const top = PLOT.top + index * ROW_HEIGHT;
  const middle = top + ROW_HEIGHT / 2;
  const x1 = scale.toX(row.start);
  const x2 = scale.toX(row.end);
  const { entry, finalReplacement } = row.model;
  const label = `${row.model.id} → ${finalReplacement ?? "no replacement"}`;
  const tooltip = `${row.model.id} (${entry.provider}): ${entry.deprecation_date === undefined ? "" : `deprecated ${entry.deprecation_date}, `}shuts down ${entry.shutdown_date}; move to ${finalReplacement ?? "(none named)"}`;
  return [
    ...(index % 2 === 0 ? [`<rect class="row" x="10" y="${top}" width="${WIDTH - 20}" height="${ROW_HEIGHT}"/>`] : []),
    `<text class="fg" x="${LABEL_RIGHT}" y="${n(middle + 4)}" text-anchor="end">${xmlText(truncate(label, MAX_LABEL))}</text>`,
    `<g><title>${xmlText(tooltip)}</title>`,
    `<rect x="${n(x1)}" y="${n(middle - 3)}" width="${n(Math.max(x2 - x1, 1))}" height="6" rx="3" fill="${row.color}" fill-opacity="0.55"/>`,
    `<circle cx="${n(x2)}" cy="${n(middle)}" r="4.5" fill="${row.color}" stroke="#888" stroke-width="0.6"/>`,
    dateLabel(entry.shutdown_date!, x2, middle),
    "</g>",
  ];
}

/** The shutdown date right of its dot (the plot leaves room for it at the right edge). */
function dateLabel(date: string, x2: number, middle: number): string {
  return `<text class="muted" x="${n(x2 + 8)}" y="${n(middle + 4)}" font-size="10">${xmlText(date)}</text>`;
}

/** The newest `verified` date of any entry: how current the data is, stated by the data itself. */
function newestVerified(registry: NormalizedRegistry): string | undefined {
  // ISO dates sort as strings.
  return registry.models
    .map((model) => model.entry.verified)
    .filter((date): date is string => typeof date === "string")
    .sort()
    .at(-1);
}

function dataDateLine(date: string | undefined, scale: TimeScale, height: number): string[] {
  if (date === undefined) return [];
  const x = n(scale.toX(date));
  return [
    `<line class="now" x1="${x}" y1="${PLOT.top - 8}" x2="${x}" y2="${height - 40}" stroke-width="1.5" stroke-dasharray="5 3"/>`,
    `<text class="now-text" x="${x}" y="${PLOT.top - 26}" text-anchor="middle" font-size="10">data as of ${xmlText(date)}</text>`,
  ];
}

function providerLegend(registry: NormalizedRegistry, colorOf: ReadonlyMap<string, string>, rows: readonly Row[], height: number): string[] {
  const shown = registry.providers.filter((provider) => rows.some((row) => row.model.entry.provider === provider.id));
  const y = height - 16;
  let x = 20;
  return shown.flatMap((provider) => {
    const text = truncate(provider.config.display_name, 22);
    const parts = [
      `<circle cx="${x + 5}" cy="${y - 4}" r="4.5" fill="${colorOf.get(provider.id)!}"/>`,
      `<text class="fg" x="${x + 14}" y="${y}">${xmlText(text)}</text>`,
    ];
    x += 30 + text.length * 6.4;
    return parts;
  });
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function n(value: number): string {
  const fixed = value.toFixed(1);
  return fixed.endsWith(".0") ? fixed.slice(0, -2) : fixed;
}
