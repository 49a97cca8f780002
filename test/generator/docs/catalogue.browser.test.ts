// The catalogue page in a real browser: the operating system's Chromium, driven by playwright-core, opening the
// file from disk as a person would. The shipped page (docs/catalogue.html, kept current by `generate --check`) is
// searched, filtered, sorted and opened; its expectations are computed here from the data the page carries, so they
// hold whatever the registry holds. A page generated from a hostile registry shows every string as text. A
// screenshot per viewport and colour scheme goes to test-artifacts/catalogue/ (git-ignored).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { scriptJson } from "../../../src/generator/docs/catalogue/emit-catalogue";
import { generate } from "../../../src/generator/generate";
import { FIXTURES, FIXTURE_AS_OF, assertClean } from "../../helpers/generate-fixture";
import { untilInPage } from "../../../bench/chromium";
import { chromiumOrSkip } from "../../helpers/chromium";
import { PROJECT_ROOT } from "../../helpers/typescript";

const SHIPPED_PAGE = join(PROJECT_ROOT, "docs", "catalogue.html");
const ARTIFACTS = join(PROJECT_ROOT, "test-artifacts", "catalogue");
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

interface Entry {
  id: string;
  provider: string;
  display_name: string;
  kind?: string;
  status: string;
  context_window?: number;
  pricing?: { input?: number; output?: number };
  capabilities?: { input?: string[]; tool_calling?: boolean; structured_output?: boolean; reasoning?: boolean };
  release_date?: string;
  shutdown_date?: string;
  replaced_by?: string;
  sources?: Record<string, string>;
  verified?: string;
  notes?: string;
}
interface PageData {
  providers: Array<{ id: string; display_name: string }>;
  models: Entry[];
  aliases: Array<[string, string]>;
}

/** The data as the page's script reads it: the inline JSON, parsed by Node. */
function dataOf(file: string): PageData {
  const html = readFileSync(file, "utf8");
  const json = /<script type="application\/json" id="catalogue-data">([^<]*)<\/script>/.exec(html)?.[1];
  if (json === undefined) throw new Error(`${file}: no inline data`);
  return JSON.parse(json) as PageData;
}

const { executablePath, describe: describeWithChromium } = chromiumOrSkip("catalogue page browser tests");

describeWithChromium("the catalogue page in Chromium", () => {
  let browser: Browser;
  const data = dataOf(SHIPPED_PAGE);
  const kindOf = (entry: Entry) => entry.kind ?? "chat";

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: executablePath! });
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Opens a page file with the given viewport and colour scheme; collects errors and every request it makes. */
  async function open(file: string, options: { viewport?: { width: number; height: number }; colorScheme?: "light" | "dark" } = {}) {
    const context = await browser.newContext({ viewport: options.viewport ?? DESKTOP, colorScheme: options.colorScheme ?? "light" });
    const page = await context.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on("dialog", (dialog) => {
      problems.push(`a ${dialog.type()} dialog opened: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector("html[data-ready]");
    return { page, problems, requests, close: () => context.close() };
  }

  const rowIds = (page: Page) => page.$$eval("#results-body tr td.model a", (links) => links.map((link) => link.textContent));
  /** Evaluated in the page; written as text because this repository type-checks without the DOM library. */
  const inPage = <T>(page: Page, expression: string) => page.evaluate(expression) as Promise<T>;
  const columnTexts = async (page: Page, key: string) => {
    const index = (await page.$$eval("#results-head th", (cells) => cells.map((cell) => cell.getAttribute("data-key")))).indexOf(key);
    return page.$$eval("#results-body tr", (rows, column) => rows.map((row) => row.children[column]?.textContent ?? ""), index);
  };
  const count = (page: Page) => page.textContent("#count");
  /** The count line: the page lists the first 300 matches and says so when there are more. */
  const counted = (n: number) => `${n} models${n > 300 ? "; showing the first 300" : ""}`;
  const sortedIds = (entries: Entry[]) => entries.map((entry) => entry.id).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

  test("loads from disk with no request but the file itself, no error, and lists every model", async () => {
    const { page, problems, requests, close } = await open(SHIPPED_PAGE);
    expect(problems).toEqual([]);
    expect(requests.filter((url) => !url.startsWith("file:") && !url.startsWith("data:"))).toEqual([]);
    expect(await count(page)).toBe(counted(data.models.length));
    expect(await rowIds(page)).toEqual(sortedIds(data.models).slice(0, 300));
    // The two charts generated in the same run, in the page and drawn (lazily: once scrolled to).
    // Each chart scrolled to in turn: the timeline is tall enough that the chart above it is out of lazy-loading range.
    for (const caption of await page.locator("#charts figcaption").all()) await caption.scrollIntoViewIfNeeded();
    await untilInPage(page, '[...document.querySelectorAll("#charts img")].every((image) => image.complete && image.naturalWidth > 0)');
    const charts = await page.$$eval("#charts img", (images) => images.map((image) => ({ alt: image.alt, width: image.naturalWidth })));
    expect(charts.map((chart) => chart.alt)).toEqual([expect.stringContaining("Blended price"), expect.stringContaining("Shutdown timeline")]);
    for (const chart of charts) expect(chart.width).toBeGreaterThan(500);
    await close();
  });

  test("searches IDs, names and aliases", async () => {
    const { page, close } = await open(SHIPPED_PAGE);
    const [alias, target] = data.aliases[0]!;
    await page.fill("#search", alias.toUpperCase());
    expect(await rowIds(page)).toContain(target);
    const sample = data.models.find((entry) => entry.display_name.includes(" "))!;
    const word = sample.display_name.split(" ").at(-1)!.toLowerCase();
    await page.fill("#search", word);
    const expected = data.models.filter((entry) => {
      const aliases = data.aliases.filter(([, to]) => to === entry.id).map(([name]) => name);
      return [entry.id, entry.display_name, ...aliases].join("\n").toLowerCase().includes(word);
    });
    // api_name is searched too; it only ever adds matches.
    expect(await rowIds(page)).toEqual(expect.arrayContaining(sortedIds(expected).slice(0, 300)));
    await page.fill("#search", "no-such-model-anywhere");
    expect(await count(page)).toBe(`0 of ${data.models.length} models match`);
    expect(await page.textContent("#results-body")).toContain("No model matches");
    await close();
  });

  test("filters by provider, kind, status, capability and minimum context, with options built from the data", async () => {
    const { page, close } = await open(SHIPPED_PAGE);
    const kinds = [...new Set(data.models.map(kindOf))].sort();
    expect(await page.$$eval("#kind option", (options) => options.map((option) => option.value))).toEqual(["", ...kinds]);
    const provider = data.providers.find((candidate) => data.models.some((entry) => entry.provider === candidate.id))!;
    await page.selectOption("#provider", provider.id);
    const ofProvider = data.models.filter((entry) => entry.provider === provider.id);
    expect(await count(page)).toBe(`${ofProvider.length} of ${data.models.length} models match`);
    expect(new Set(await columnTexts(page, "provider"))).toEqual(new Set([provider.display_name]));

    await page.selectOption("#provider", "");
    await page.selectOption("#status", "production");
    await page.check("#cap-vision");
    await page.check("#cap-tools");
    await page.selectOption("#context", "128000");
    const expected = data.models.filter(
      (entry) =>
        entry.status === "production" &&
        entry.capabilities?.input?.includes("image") === true &&
        entry.capabilities.tool_calling === true &&
        (entry.context_window ?? 0) >= 128_000,
    );
    expect(await rowIds(page)).toEqual(sortedIds(expected).slice(0, 300));
    await page.check("#cap-reasoning");
    await page.check("#cap-structured");
    const stricter = expected.filter((entry) => entry.capabilities?.reasoning === true && entry.capabilities.structured_output === true);
    expect(await rowIds(page)).toEqual(sortedIds(stricter).slice(0, 300));
    await page.selectOption("#kind", kinds[0]!);
    await page.click("#clear");
    expect(await count(page)).toBe(counted(data.models.length));
    await close();
  });

  test("sorts by a column header (numbers as numbers, missing values last) and by the sort control", async () => {
    const { page, close } = await open(SHIPPED_PAGE);
    const contextHeader = page.locator('#results-head th[data-key="context"]');
    await contextHeader.locator("button").click();
    await expect(contextHeader.getAttribute("aria-sort")).resolves.toBe("ascending");
    const ascending = (await columnTexts(page, "context")).map((text) => Number(text.replace(/,/g, "")));
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await contextHeader.locator("button").click();
    await expect(contextHeader.getAttribute("aria-sort")).resolves.toBe("descending");
    const descending = (await columnTexts(page, "context")).map((text) => Number(text.replace(/,/g, "")));
    expect(descending[0]).toBe(Math.max(...data.models.map((entry) => entry.context_window ?? 0)));

    await page.selectOption("#sort", "input");
    await page.selectOption("#order", "asc");
    const prices = (await columnTexts(page, "input")).filter((text) => text !== "–").map((text) => Number(text.replace(/[$,† ]/g, "")));
    expect(prices).toEqual([...prices].sort((a, b) => a - b));

    for (const [key, field] of [
      ["shutdown", "shutdown_date"],
      ["release", "release_date"],
    ] as const) {
      await page.selectOption("#sort", key);
      await page.selectOption("#order", "desc");
      const dates = await columnTexts(page, key);
      const dated = data.models.filter((entry) => entry[field] !== undefined).length;
      const shown = dates.slice(0, Math.min(dated, dates.length));
      expect(shown).toEqual([...shown].sort().reverse());
      expect(shown.every((text) => /^\d{4}-\d{2}-\d{2}$/.test(text))).toBe(true);
      expect(dates.slice(shown.length).every((text) => text === "–")).toBe(true);
    }
    await close();
  });

  test("opens a model: every figure with its source and verified date, the replacement chain, its aliases", async () => {
    const { page, problems, close } = await open(SHIPPED_PAGE);
    const byId = new Map(data.models.map((entry) => [entry.id, entry]));
    const model = data.models.find((entry) => entry.replaced_by !== undefined && data.aliases.some(([, to]) => to === entry.id))!;
    await page.fill("#search", model.id);
    await page.click(`#results-body a[href="#model=${encodeURIComponent(model.id)}"]`);
    await page.waitForSelector("dialog#detail[open]");
    const dialog = page.locator("dialog#detail");
    expect(await page.textContent("#detail-title")).toBe(model.display_name);
    const text = (await dialog.textContent())!;
    expect(text).toContain(`verified ${model.verified}`);
    for (const source of Object.values(model.sources ?? {})) expect(text).toContain(source);
    if (model.pricing?.input !== undefined) expect(text).toMatch(/Input\$\d/);
    for (const [alias] of data.aliases.filter(([, to]) => to === model.id)) expect(text).toContain(alias);
    let end = model;
    while (end.replaced_by !== undefined && byId.has(end.replaced_by)) end = byId.get(end.replaced_by)!;
    expect(await dialog.locator("ol.chain li").last().textContent()).toContain(`${end.id} (${end.status}): move to this one`);
    expect(page.url()).toContain(`#model=${encodeURIComponent(model.id)}`);

    // A link in the chain opens that model in place.
    await dialog.locator("ol.chain a").last().click();
    await untilInPage(page, `document.getElementById("detail-title").textContent === ${JSON.stringify(end.display_name)}`);
    await page.keyboard.press("Escape");
    await expect(dialog.isVisible()).resolves.toBe(false);
    // The dialog's close event (a task of its own) takes the model out of the address.
    await untilInPage(page, '!location.hash.startsWith("#model=")');
    expect(problems).toEqual([]);
    await close();
  });

  test("a link to a model opens it on load", async () => {
    const model = data.models.find((entry) => entry.notes !== undefined)!;
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    await page.goto(`${pathToFileURL(SHIPPED_PAGE).href}#model=${encodeURIComponent(model.id)}`);
    await page.waitForSelector("html[data-ready]");
    expect(await page.textContent("#detail-title")).toBe(model.display_name);
    expect(await page.textContent("#detail-body .notes")).toBe(model.notes);
    await context.close();
  });

  test("is usable from the keyboard alone", async () => {
    const { page, close } = await open(SHIPPED_PAGE);
    await page.keyboard.press("/");
    expect(await inPage(page, "document.activeElement.id")).toBe("search");
    const target = sortedIds(data.models)[0]!;
    await page.keyboard.type(target);
    // Through the filters to the first row's link.
    for (let step = 0; step < 40; step++) {
      await page.keyboard.press("Tab");
      if (await inPage(page, 'document.activeElement.closest("#results-body") !== null')) break;
    }
    expect(await inPage(page, "document.activeElement.textContent")).toBe(target);
    await page.keyboard.press("Enter");
    await page.waitForSelector("dialog#detail[open]");
    await page.keyboard.press("Escape");
    await expect(page.locator("dialog#detail").isVisible()).resolves.toBe(false);
    // Focus goes back to where it was (on the dialog's close event, a task of its own).
    await untilInPage(page, `document.activeElement.textContent === ${JSON.stringify(target)}`);
    // A header sorts from the keyboard.
    await page.focus('#results-head th[data-key="output"] button');
    await page.keyboard.press("Enter");
    expect(await page.getAttribute('#results-head th[data-key="output"]', "aria-sort")).toBe("ascending");
    await close();
  });

  test("reads on a phone and in dark mode; screenshots per viewport", async () => {
    const shots: string[] = [];
    for (const [name, viewport] of [
      ["desktop", DESKTOP],
      ["phone", PHONE],
    ] as const) {
      for (const colorScheme of ["light", "dark"] as const) {
        const { page, problems, close } = await open(SHIPPED_PAGE, { viewport, colorScheme });
        // Nothing wider than the screen: the table turns into one card per model on a phone.
        expect(await inPage<number>(page, "document.documentElement.scrollWidth")).toBeLessThanOrEqual(viewport.width);
        const background = await inPage(page, "getComputedStyle(document.body).backgroundColor");
        expect(background).toBe(colorScheme === "dark" ? "rgb(13, 17, 23)" : "rgb(255, 255, 255)");
        const file = join(ARTIFACTS, `catalogue-${name}-${colorScheme}.png`);
        await page.screenshot({ path: file });
        shots.push(file);
        const model = data.models.find((entry) => entry.replaced_by !== undefined)!;
        await inPage(page, `location.hash = ${JSON.stringify(`#model=${encodeURIComponent(model.id)}`)}`);
        await page.waitForSelector("dialog#detail[open]");
        const detail = join(ARTIFACTS, `catalogue-${name}-${colorScheme}-model.png`);
        await page.screenshot({ path: detail });
        shots.push(detail);
        expect(problems).toEqual([]);
        await close();
      }
    }
    expect(shots).toHaveLength(8);
  });

  test("builds the kind filter from the data: an entry without a kind is a chat model", async () => {
    // The page's data with kinds added to a few entries (the script is unchanged, so its policy hash still holds).
    const html = readFileSync(SHIPPED_PAGE, "utf8");
    const kinds = ["embedding", "embedding", "image", "rerank"];
    const models = data.models.map((entry, index) => (index < kinds.length ? { ...entry, kind: kinds[index] } : entry));
    const dir = mkdtempSync(join(tmpdir(), "catalogue-kinds-"));
    const file = join(dir, "catalogue.html");
    writeFileSync(
      file,
      html.replace(/(id="catalogue-data">)[^<]*/, (_, open: string) => `${open}${scriptJson({ ...data, models })}`),
    );
    try {
      const { page, problems, close } = await open(file);
      const kindOf = (entry: Entry) => (entry as { kind?: string }).kind ?? "chat";
      const tally = new Map<string, number>();
      for (const entry of models) tally.set(kindOf(entry), (tally.get(kindOf(entry)) ?? 0) + 1);
      const expected = [...tally].sort(([a], [b]) => (a < b ? -1 : 1)).map(([kind, n]) => `${kind} (${n})`);
      expect(await page.$$eval("#kind option", (options) => options.map((option) => option.textContent))).toEqual(["All kinds", ...expected]);
      await page.selectOption("#kind", "embedding");
      const embeddings = models.filter((entry) => kindOf(entry) === "embedding");
      expect(await rowIds(page)).toEqual(sortedIds(embeddings));
      expect(await columnTexts(page, "kind")).toEqual(embeddings.map(() => "embedding"));
      expect(problems).toEqual([]);
      await close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe("a registry of hostile strings", () => {
    let dir: string;
    let pageFile: string;
    const hostile = join(FIXTURES, "docs", "catalogue-hostile", "model_registry.yaml");

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), "catalogue-browser-"));
      pageFile = join(dir, "catalogue.html");
      const result = await generate({
        registryPath: hostile,
        outDir: join(dir, "generated"),
        cwd: dir,
        asOf: FIXTURE_AS_OF,
        docs: {
          markdownPath: join(dir, "model_registry.md"),
          chartPath: join(dir, "map.svg"),
          timelinePath: join(dir, "timeline.svg"),
          cataloguePath: pageFile,
        },
      });
      assertClean(result);
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    test("shows every string as text: no markup, no script, hidden characters named", async () => {
      const { page, problems, close } = await open(pageFile, { viewport: PHONE, colorScheme: "dark" });
      const hostileData = dataOf(pageFile);
      expect(await inPage(page, "window.pwned")).toBeUndefined();
      expect(await inPage(page, "document.scripts.length")).toBe(2);
      expect(await inPage(page, '[document.querySelectorAll("b, em").length, document.images.length]')).toEqual([0, 2]);
      const provider = hostileData.providers.find((candidate) => candidate.id === "evil")!;
      expect(await page.$$eval("#provider option", (options) => options.map((option) => option.textContent))).toContain(`${provider.display_name} (3)`);
      const evil = hostileData.models.find((entry) => entry.id === "evil-script")!;
      expect(await page.textContent('#results-body a[href="#model=evil-script"] + .name')).toBe(evil.display_name);

      await page.fill("#search", "evil-latest");
      await page.click('#results-body a[href="#model=evil-script"]');
      await page.waitForSelector("dialog#detail[open]");
      expect(await page.textContent("#detail-title")).toBe(evil.display_name);
      const notes = await page.textContent("#detail-body .notes");
      expect(notes).toBe(evil.notes!.replace("\u2028", "<U+2028>").replace("\u202E", "<U+202E>"));
      const text = (await page.textContent("#detail-body"))!;
      for (const source of Object.values(evil.sources!)) expect(text).toContain(source);
      expect(text).toContain("launch price <em>then</em> & after");
      expect(await page.$$eval("#detail-body a[href^='http']", (links) => links.map((link) => link.getAttribute("href")))).toEqual([
        "https://evil.example/docs?a=1&b=2",
      ]);
      await page.screenshot({ path: join(ARTIFACTS, "catalogue-hostile-phone-dark-model.png") });
      expect(await inPage(page, "window.pwned")).toBeUndefined();
      expect(problems).toEqual([]);
      await close();
    });
  });
});
