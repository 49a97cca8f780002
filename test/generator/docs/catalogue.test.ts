// The catalogue page as text: inline data that no string can leave, a policy that allows only the page's own style
// and script, byte-stable output, and the drift check. What it does in a browser: catalogue.browser.test.ts.
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Script } from "node:vm";
import { parse } from "yaml";
import { scriptJson } from "../../../src/generator/docs/catalogue/emit-catalogue";
import { CATALOGUE_SCRIPT } from "../../../src/generator/docs/catalogue/page-script";
import { CATALOGUE_STYLE } from "../../../src/generator/docs/catalogue/page-style";
import { generate, type GenerateOptions } from "../../../src/generator/generate";
import { FIXTURES, FIXTURE_AS_OF, assertClean } from "../../helpers/generate-fixture";
import { runModelRegistry } from "../../helpers/run-cli";

const HOSTILE = join(FIXTURES, "docs", "catalogue-hostile", "model_registry.yaml");

function project(): { dir: string; options: GenerateOptions; page: string } {
  const dir = mkdtempSync(join(tmpdir(), "catalogue-"));
  mkdirSync(join(dir, "models"));
  copyFileSync(HOSTILE, join(dir, "models", "model_registry.yaml"));
  const page = join(dir, "docs", "catalogue.html");
  const docs = { markdownPath: join(dir, "models", "model_registry.md"), chartPath: join(dir, "docs", "model-map.svg"), cataloguePath: page };
  return { dir, page, options: { cwd: dir, asOf: FIXTURE_AS_OF, docs: { ...docs, timelinePath: join(dir, "docs", "model-timeline.svg") } } };
}

/** The text of every element `<tag …>…</tag>` in the page, with its opening tag. */
function elements(html: string, tag: string): Array<{ open: string; body: string }> {
  return [...html.matchAll(new RegExp(`(<${tag}\\b[^>]*>)([^]*?)</${tag}>`, "gi"))].map((match) => ({ open: match[1]!, body: match[2]! }));
}

describe("the catalogue page of a registry of hostile strings", () => {
  let dir: string;
  let html: string;
  beforeAll(async () => {
    const made = project();
    dir = made.dir;
    assertClean(await generate(made.options));
    html = readFileSync(made.page, "utf8");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("has exactly the page's two scripts and its one style sheet: no string opened an element", () => {
    expect(elements(html, "script").map((script) => script.open)).toEqual(['<script type="application/json" id="catalogue-data">', "<script>"]);
    expect(elements(html, "style")).toHaveLength(1);
    // Outside the inline data no string of the registry appears at all: the script builds the page from the data.
    const outsideData = html.replace(elements(html, "script")[0]!.body, "");
    for (const needle of ["pwned", "Evil", "evil-script", "onerror"]) expect(outsideData).not.toContain(needle);
  });

  test("the inline data holds no <, >, &, U+2028 or U+2029 and reads back as the registry", () => {
    const json = elements(html, "script")[0]!.body;
    expect(json).not.toMatch(/[<>&\u2028\u2029\u202E]/);
    const data = JSON.parse(json) as { models: Array<{ id: string; display_name: string; notes?: string }>; providers: Array<{ display_name: string }> };
    const source = parse(readFileSync(HOSTILE, "utf8")) as { models: Array<{ id: string; display_name: string; notes?: string }> };
    for (const entry of source.models) {
      const shown = data.models.find((model) => model.id === entry.id)!;
      expect(shown.display_name).toBe(entry.display_name);
      expect(shown.notes).toBe(entry.notes);
    }
    expect(data.providers.map((provider) => provider.display_name)).toContain("Evil </script><script>window.pwned=1</script> & <b>Co</b>");
  });

  test("its Content-Security-Policy allows this style and this script by hash, data: images, and nothing else", () => {
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!;
    const hash = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
    const script = elements(html, "script")[1]!.body;
    const style = elements(html, "style")[0]!.body;
    expect(script).toBe(CATALOGUE_SCRIPT);
    expect(style).toBe(CATALOGUE_STYLE);
    expect(policy.split("; ")).toEqual([
      "default-src 'none'",
      "img-src data:",
      `style-src ${hash(style)}`,
      `script-src ${hash(script)}`,
      "base-uri 'none'",
      "form-action 'none'",
    ]);
    // No URL other than the charts' data: images and the page's own #model= links.
    expect(html.match(/(?:src|href)="[^"]*"/g)!.map((attribute) => attribute.replace(/^(src|href)="(data:image\/svg\+xml;base64,|#)[^"]*"$/, "$1=ok"))).toEqual(
      ["href=ok", "src=ok", "src=ok"],
    );
  });

  test("the same registry gives the same bytes, whatever the time zone", async () => {
    const again = project();
    const zone = process.env.TZ;
    try {
      process.env.TZ = "Pacific/Kiritimati";
      assertClean(await generate(again.options));
      expect(readFileSync(again.page, "utf8")).toBe(html);
    } finally {
      process.env.TZ = zone;
      rmSync(again.dir, { recursive: true, force: true });
    }
  });
});

describe("the page's script and style", () => {
  test("parse as JavaScript, and neither can close its element or open a comment", () => {
    expect(() => new Script(CATALOGUE_SCRIPT)).not.toThrow();
    for (const text of [CATALOGUE_SCRIPT, CATALOGUE_STYLE]) expect(text).not.toMatch(/<\/(script|style)|<!--|<script/i);
  });

  test("inline JSON escapes what would end a script element, and JSON.parse reads it back", () => {
    const value = { a: "</script><!-- & \u2028\u2029 \u202E >" };
    const text = scriptJson(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029\u202E]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

test("generate --check fails when the page was edited by hand, names it, and generate restores it; docs.catalogue sets its path", async () => {
  const dir = mkdtempSync(join(tmpdir(), "catalogue-cli-"));
  try {
    mkdirSync(join(dir, "models"));
    writeFileSync(join(dir, "package.json"), '{ "name": "app", "private": true }\n');
    copyFileSync(HOSTILE, join(dir, "models", "model_registry.yaml"));
    writeFileSync(join(dir, "model-registry.config.json"), JSON.stringify({ docs: { catalogue: "site/models.html" } }));
    const run = (...args: string[]) => runModelRegistry([...args, "--as-of", FIXTURE_AS_OF], { cwd: dir, env: { NO_COLOR: "1" } });
    const first = await run("generate");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("wrote site/models.html");
    const page = join(dir, "site", "models.html");
    writeFileSync(page, readFileSync(page, "utf8").replace("<h1>Model catalogue</h1>", "<h1>Edited</h1>"));
    const stale = await run("check");
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/changed\s+site\/models\.html/);
    expect((await run("generate")).stdout.trim()).toBe("✓ wrote site/models.html");
    expect((await run("check")).code).toBe(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
