import { createHash } from "node:crypto";
import { plainText, visibleJson } from "../../../shared/escape";
import { GENERATED_BANNER } from "../../emit/banner";
import { summaryLine } from "../emit-markdown";
import type { NormalizedRegistry } from "../../model/normalize";
import { CATALOGUE_SCRIPT } from "./page-script";
import { CATALOGUE_STYLE } from "./page-style";

export interface CatalogueEmitOptions {
  /** How to regenerate, shown in the banner. */
  command: string;
  /** The registry YAML as named in the banner and the footer (relative to the page). */
  sourcePath: string;
  /** The price chart and the shutdown timeline, as generated in the same run; shown in the page. */
  chartSvg: string;
  timelineSvg?: string;
}

/**
 * `docs/catalogue.html`: one static page a person opens from disk. The registry is inline as JSON (every `<`, `>`,
 * `&` and line separator escaped, so no string can end the script element), the page's own script builds the
 * search, filters, sortable list and each model's section from it with textContent, and the two charts are inline
 * as data: images. A Content-Security-Policy allows only this style sheet and this script (by hash) and data:
 * images: the page makes no request, and no markup smuggled into the data could run.
 */
export function emitCatalogue(registry: NormalizedRegistry, options: CatalogueEmitOptions): string {
  const summary = `${summaryLine(registry)}${verifiedRange(registry)}`;
  const charts = [
    figure(options.chartSvg, "Blended price per 1M tokens (log scale) against coding score, one point per active model", "Price against coding score"),
    ...(options.timelineSvg === undefined
      ? []
      : [figure(options.timelineSvg, "Shutdown timeline, one bar per model from deprecation to shutdown", "Shutdown timeline")]),
  ];
  const policy = [
    "default-src 'none'",
    "img-src data:",
    `style-src '${sha256(CATALOGUE_STYLE)}'`,
    `script-src '${sha256(CATALOGUE_SCRIPT)}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  return [
    "<!DOCTYPE html>",
    `<!-- ${GENERATED_BANNER}. Source: ${commentText(options.sourcePath)}. Regenerate: ${commentText(options.command)} -->`,
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${policy}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<title>Model catalogue: ${summary}</title>`,
    `<style>${CATALOGUE_STYLE}</style>`,
    "</head>",
    "<body>",
    '<a class="skip" href="#results">Skip to the list</a>',
    "<header>",
    "<h1>Model catalogue</h1>",
    `<p class="muted">${summary}. Open a model for every figure with its source.</p>`,
    "</header>",
    "<main>",
    "<noscript><p>This page builds its list with its own script, which is turned off. The same data is in the markdown registry next to the YAML.</p></noscript>",
    '<form id="filters" role="search" aria-label="Search and filter models">',
    '<div class="field grow"><label for="search">Search ID, name or alias</label><input id="search" type="search" autocomplete="off" spellcheck="false" placeholder="e.g. gpt-5 or sonnet (press / to focus)"></div>',
    '<div class="field"><label for="provider">Provider</label><select id="provider"></select></div>',
    '<div class="field"><label for="kind">Kind</label><select id="kind"></select></div>',
    '<div class="field"><label for="status">Status</label><select id="status"></select></div>',
    '<div class="field"><label for="context">Minimum context</label><select id="context"></select></div>',
    '<fieldset id="capabilities"></fieldset>',
    '<div class="field"><label for="sort">Sort by</label><select id="sort"></select></div>',
    '<div class="field"><label for="order">Order</label><select id="order"><option value="asc">Ascending</option><option value="desc">Descending</option></select></div>',
    '<button type="button" id="clear">Clear</button>',
    "</form>",
    '<p id="count" role="status" aria-live="polite"></p>',
    '<div class="table-wrap"><table id="results" role="table"><caption class="visually-hidden">Models; the column headers sort</caption><thead id="results-head" role="rowgroup"></thead><tbody id="results-body" role="rowgroup"></tbody></table></div>',
    '<p class="muted">† The price has long-context tiers or dated periods: open the model for them. Missing values sort last.</p>',
    '<button type="button" id="more" hidden>Show more</button>',
    '<section id="charts" aria-labelledby="charts-title">',
    '<h2 id="charts-title">Charts</h2>',
    ...charts,
    "</section>",
    "</main>",
    `<footer><p>Generated from ${htmlText(options.sourcePath)} by model-registry; it changes only when the registry does.</p></footer>`,
    '<dialog id="detail" aria-labelledby="detail-title">',
    '<div class="detail-head"><h2 id="detail-title"></h2><button type="button" id="detail-close">Close</button></div>',
    '<div id="detail-body" class="detail-body"></div>',
    "</dialog>",
    `<script type="application/json" id="catalogue-data">${scriptJson(catalogueData(registry))}</script>`,
    `<script>${CATALOGUE_SCRIPT}</script>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

/** What the page's script reads: every entry as normalized (with its sources and notes), the providers and the aliases. */
function catalogueData(registry: NormalizedRegistry): unknown {
  return {
    providers: registry.providers.map((provider) => ({ id: provider.id, ...provider.config })),
    models: registry.models.map((model) => model.entry),
    aliases: registry.aliases.map((alias) => [alias.alias, alias.target]),
  };
}

/**
 * JSON text that cannot leave a `<script>` element or start a comment inside it: `<`, `>` and `&` as `\u` escapes,
 * and (through visibleJson) U+2028/U+2029 and invisible or bidi-control characters too. JSON.parse reads it back
 * unchanged.
 */
export function scriptJson(value: unknown): string {
  return visibleJson(value).replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
}

function figure(svg: string, alt: string, caption: string): string {
  const source = `data:image/svg+xml;base64,${Buffer.from(svg, "utf8").toString("base64")}`;
  const size = /<svg[^>]*\swidth="(\d+)"[^>]*\sheight="(\d+)"/.exec(svg);
  const dimensions = size === null ? "" : ` width="${size[1]}" height="${size[2]}"`;
  // Below the list: drawn when scrolled to, so a large registry's charts do not hold up the list.
  return `<figure><img src="${source}"${dimensions} alt="${htmlText(alt)}" loading="lazy" decoding="async"><figcaption>${htmlText(caption)}</figcaption></figure>`;
}

function verifiedRange(registry: NormalizedRegistry): string {
  const dates = registry.models
    .map((model) => model.entry.verified)
    .filter((date): date is string => typeof date === "string")
    .sort();
  const oldest = dates[0];
  const newest = dates.at(-1);
  if (oldest === undefined || newest === undefined) return "";
  return oldest === newest ? `, figures verified ${htmlText(newest)}` : `, figures verified between ${htmlText(oldest)} and ${htmlText(newest)}`;
}

function sha256(text: string): string {
  return `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;
}

function htmlText(value: string): string {
  return plainText(value).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Text inside an HTML comment: cannot end it (`-->`, `--!>`) or open another. */
function commentText(value: string): string {
  return htmlText(value).replace(/--/g, "-&#45;");
}
