// The catalogue page in Chromium: how soon it is interactive after opening it from disk, and how long a search, a
// filter or a sort takes to answer (handler, style and layout; then the next frame). Three pages: the shipped one,
// a synthetic 5,000-model registry's, and the shipped entries repeated to 5,000 (their notes and sources make each
// entry several times heavier than a synthetic one). Raw runs; scripts/bench.ts summarises them.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { scriptJson } from "../src/generator/docs/catalogue/emit-catalogue";
import { generate } from "../src/generator/generate";
import { findChromium, untilInPage } from "./chromium";
import { syntheticRegistryYaml } from "./synthetic";

export interface CataloguePageRuns {
  label: string;
  models: number;
  bytes: number;
  /** From navigation start to the end of the page's script (list built, controls wired), per run. */
  readyMs: number[];
  /** The page's script alone: reading the data, building the controls and the first rows, per run. */
  scriptMs: number[];
  /** Largest contentful paint, per run. */
  largestPaintMs: number[];
  /**
   * CPU time of the page's main thread up to interactive, per run: what the wall time would be on an idle machine,
   * nearly (this one is shared; the wall times above include waiting for a core).
   */
  cpuMs: number[];
  /** Per action: the time to the DOM updated and laid out, to the next frame, and the main thread's CPU time, per run. */
  actions: Record<string, { answerMs: number[]; frameMs: number[]; cpuMs: number[] }>;
}

/** Typing a query letter by letter, a query that matches nothing, clearing it, a filter and a sort. */
const ACTIONS: ReadonlyArray<{ name: string; control: string; value: string; event: string }> = [
  { name: "search g", control: "search", value: "g", event: "input" },
  { name: "search gp", control: "search", value: "gp", event: "input" },
  { name: "search gpt", control: "search", value: "gpt", event: "input" },
  { name: "search gpt-4o", control: "search", value: "gpt-4o", event: "input" },
  { name: "search (no match)", control: "search", value: "zzz-no-such-model", event: "input" },
  { name: "search cleared", control: "search", value: "", event: "input" },
  { name: "filter status", control: "status", value: "production", event: "change" },
  { name: "sort by context", control: "sort", value: "context", event: "change" },
];

// Run in the page as text: a function passed to page.evaluate would be serialised with whatever helpers the
// TypeScript loader added to it.
const MEASURE_ACTION = `(async (action) => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  await frame();
  const control = document.getElementById(action.control);
  const start = performance.now();
  control.value = action.value;
  control.dispatchEvent(new Event(action.event, { bubbles: true }));
  void document.body.offsetHeight;
  const answered = performance.now();
  await frame();
  return { answerMs: answered - start, frameMs: performance.now() - start };
})`;

const LOAD_FIGURES = `new Promise((resolve) => {
  const ready = performance.getEntriesByName("catalogue-ready")[0].startTime;
  const script = ready - performance.getEntriesByName("catalogue-start")[0].startTime;
  new PerformanceObserver((list) => resolve({ ready, script, largestPaint: list.getEntries().at(-1).startTime }))
    .observe({ type: "largest-contentful-paint", buffered: true });
})`;

export async function measureCataloguePages(root: string, reps: number): Promise<{ chromium: string; pages: CataloguePageRuns[] } | { skipped: string }> {
  const executablePath = findChromium();
  if (executablePath === undefined) return { skipped: "no Chromium on PATH or in CHROMIUM_PATH" };
  const scratch = mkdtempSync(join(tmpdir(), "bench-catalogue-"));
  const browser = await chromium.launch({ executablePath });
  try {
    const shipped = join(root, "docs", "catalogue.html");
    const pages = [
      { label: "shipped", file: shipped },
      { label: "synthetic-5000", file: await syntheticPage(root, scratch, 5000) },
      { label: "shipped entries ×≈5000", file: repeatedPage(shipped, scratch, 5000) },
    ];
    const results: CataloguePageRuns[] = [];
    for (const { label, file } of pages) {
      const runs: CataloguePageRuns = {
        label,
        models: modelCount(file),
        bytes: statSync(file).size,
        readyMs: [],
        scriptMs: [],
        largestPaintMs: [],
        cpuMs: [],
        actions: {},
      };
      for (let rep = 0; rep < reps; rep++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        const devtools = await context.newCDPSession(page);
        await devtools.send("Performance.enable", { timeDomain: "threadTicks" });
        const threadMs = async () => (await devtools.send("Performance.getMetrics")).metrics.find((metric) => metric.name === "ThreadTime")!.value * 1000;
        await page.goto(pathToFileURL(file).href);
        await page.waitForSelector("html[data-ready]");
        runs.cpuMs.push(await threadMs());
        const load = (await page.evaluate(LOAD_FIGURES)) as { ready: number; script: number; largestPaint: number };
        runs.readyMs.push(load.ready);
        runs.scriptMs.push(load.script);
        runs.largestPaintMs.push(load.largestPaint);
        // A person reads before typing: the rows the page builds while idle are there by then.
        await untilInPage(page, 'performance.getEntriesByName("catalogue-rows-built").length > 0');
        for (const action of ACTIONS) {
          const before = await threadMs();
          const figures = (await page.evaluate(`${MEASURE_ACTION}(${JSON.stringify(action)})`)) as { answerMs: number; frameMs: number };
          const cpuMs = (await threadMs()) - before;
          const runsOf = (runs.actions[action.name] ??= { answerMs: [], frameMs: [], cpuMs: [] });
          runsOf.answerMs.push(figures.answerMs);
          runsOf.frameMs.push(figures.frameMs);
          runsOf.cpuMs.push(cpuMs);
        }
        await context.close();
      }
      results.push(runs);
    }
    return { chromium: `${executablePath} ${browser.version()}`, pages: results };
  } finally {
    await browser.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function syntheticPage(root: string, scratch: string, count: number): Promise<string> {
  const dir = join(scratch, `synthetic-${count}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "registry.yaml"), syntheticRegistryYaml(count, root));
  const page = join(dir, "catalogue.html");
  const result = await generate({
    cwd: dir,
    registryPath: join(dir, "registry.yaml"),
    outDir: join(dir, "out"),
    cache: false,
    docs: { markdownPath: join(dir, "registry.md"), chartPath: join(dir, "map.svg"), timelinePath: join(dir, "timeline.svg"), cataloguePath: page },
  });
  if (!result.ok) throw new Error(`the synthetic ${count}-model registry did not generate: ${JSON.stringify(result.diagnostics.slice(0, 3))}`);
  return page;
}

const DATA = /(<script type="application\/json" id="catalogue-data">)([^<]*)(<\/script>)/;

/** The shipped page with its entries repeated (IDs and replacements suffixed per copy) until there are `count`. */
function repeatedPage(shipped: string, scratch: string, count: number): string {
  const html = readFileSync(shipped, "utf8");
  const data = JSON.parse(DATA.exec(html)![2]!) as { models: Array<Record<string, unknown>>; aliases: string[][] };
  const copies = Math.ceil(count / data.models.length);
  const copy = (id: unknown, index: number) => (index === 0 ? id : `${String(id)}~${index}`);
  const models = Array.from({ length: copies }, (_, index) =>
    data.models.map((entry) => ({
      ...entry,
      id: copy(entry.id, index),
      ...(entry.replaced_by === undefined ? {} : { replaced_by: copy(entry.replaced_by, index) }),
    })),
  ).flat();
  const page = join(scratch, "repeated.html");
  writeFileSync(
    page,
    html.replace(DATA, (_, open: string, _json: string, close: string) => `${open}${scriptJson({ ...data, models })}${close}`),
  );
  return page;
}

function modelCount(file: string): number {
  return (JSON.parse(DATA.exec(readFileSync(file, "utf8"))![2]!) as { models: unknown[] }).models.length;
}
