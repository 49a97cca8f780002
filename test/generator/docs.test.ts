import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as markdownPlugin from "prettier/plugins/markdown";
import * as prettier from "prettier/standalone";
import { parseDocument } from "yaml";
import { generate, type GenerateOptions } from "../../src/generator/generate";
import { FIXTURE_AS_OF } from "../helpers/generate-fixture";

const ROOT = join(__dirname, "..", "..");
const HOSTILE = join(ROOT, "test", "fixtures", "docs", "hostile", "model_registry.yaml");

interface MdNode {
  type: string;
  value?: string;
  url?: string;
  children?: MdNode[];
}

/**
 * prettier's own markdown parser (remark, GFM tables): a real parser, not a regex. Its standalone build: the Node
 * entry opens the process's stdin when it loads, which kept jest's worker from exiting ("A worker process has
 * failed to exit gracefully").
 */
async function parseMarkdown(text: string): Promise<MdNode> {
  const debug = (prettier as unknown as { __debug: { parse(text: string, options: object): Promise<{ ast: MdNode }> } }).__debug;
  return (await debug.parse(text, { parser: "markdown", plugins: [markdownPlugin] })).ast;
}

function nodesOf(node: MdNode, type: string): MdNode[] {
  return [...(node.type === type ? [node] : []), ...(node.children ?? []).flatMap((child) => nodesOf(child, type))];
}

/** A cell's rendered text: `<br>` is the one line break the emitter writes. */
function cellText(cell: MdNode): string {
  if (cell.type === "html") return cell.value === "<br>" ? "\n" : `<html ${cell.value}>`;
  if (cell.type === "text" || cell.type === "inlineCode") return cell.value ?? "";
  return (cell.children ?? []).map(cellText).join("");
}

function tempProject(registrySource: string, readme?: string): { dir: string; options: GenerateOptions } {
  const dir = mkdtempSync(join(tmpdir(), "docs-test-"));
  mkdirSync(join(dir, "models"));
  copyFileSync(registrySource, join(dir, "models", "model_registry.yaml"));
  if (readme !== undefined) writeFileSync(join(dir, "README.md"), readme);
  return {
    dir,
    options: {
      cwd: dir,
      // Lifecycle rules are judged on a fixed day: a fixture's shutdown date must not start warning as the clock moves.
      asOf: FIXTURE_AS_OF,
      docs: {
        markdownPath: join(dir, "models", "model_registry.md"),
        chartPath: join(dir, "docs", "model-map.svg"),
        ...(readme !== undefined ? { readmePath: join(dir, "README.md") } : {}),
      },
    },
  };
}

const README =
  "# Title\n\nBefore, with trailing spaces   \n\n<!-- registry:summary -->\nstale\n<!-- /registry:summary -->\n\n| a | b |\n|-|-|\nAfter *untouched*.\n";

describe("generated docs from a registry with hostile display names", () => {
  let dir: string;
  let markdown: string;
  let svg: string;
  beforeAll(async () => {
    const project = tempProject(HOSTILE);
    dir = project.dir;
    const result = await generate(project.options);
    expect(result.diagnostics).toEqual([]);
    markdown = readFileSync(join(dir, "models", "model_registry.md"), "utf8");
    svg = readFileSync(join(dir, "docs", "model-map.svg"), "utf8");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("every table keeps its column count on every row", async () => {
    const tables = nodesOf(await parseMarkdown(markdown), "table");
    expect(tables.length).toBeGreaterThanOrEqual(5);
    for (const table of tables) {
      const widths = table.children!.map((row) => row.children!.length);
      expect(new Set(widths).size).toBe(1);
    }
  });

  test("display names render as exactly their text: no HTML, code, emphasis or links leak", async () => {
    const ast = await parseMarkdown(markdown);
    const html = nodesOf(ast, "html").map((n) => n.value);
    expect(html.filter((value) => value !== "<br>" && !value!.startsWith("<!-- GENERATED FILE"))).toEqual([]);
    expect(nodesOf(ast, "emphasis")).toEqual([]);
    expect(nodesOf(ast, "delete")).toEqual([]);
    expect(nodesOf(ast, "link").map((n) => n.url)).toEqual(["https://acme.example/docs", "https://local.example/"]);

    const names = new Map<string, string>();
    for (const table of nodesOf(ast, "table")) {
      const [header, ...rows] = table.children!;
      if (cellText(header!.children![1]!) !== "Name") continue;
      for (const row of rows) names.set(cellText(row.children![0]!), cellText(row.children![1]!));
    }
    const data = parseDocument(readFileSync(HOSTILE, "utf8")).toJS() as { models: Array<{ id: string; display_name: string }> };
    for (const model of data.models) {
      const expected = model.display_name
        .replace(/\r\n/g, "\n")
        .replace(/\t/g, " ")
        .replace(/ *\n */g, "\n");
      expect(names.get(model.id)).toBe(expected);
    }
  });

  test("the SVG escapes text and holds one point per active model", () => {
    expect(svg).not.toMatch(/<script|<b>/);
    expect(svg).toContain("Acme | &lt;b&gt;Labs&lt;/b&gt; &amp; … (3)"); // legend names are cut at 22 characters
    expect(svg.match(/<circle class="point" cx=[^>]*r="5" fill="[^"]*" fill-opacity/g)).toHaveLength(4); // 5 models, 1 deprecated
    expect(svg).not.toMatch(/NaN|Infinity|undefined/);
    expect(svg).toMatch(/>free<\/text>/);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^]*<\/svg>\n$/);
  });

  test("the markdown embeds the chart by a relative link and states the computed summary", () => {
    expect(markdown).toMatch(/^<!-- GENERATED FILE - DO NOT EDIT\. Source: model_registry\.yaml\. Regenerate: npx model-registry generate -->/);
    expect(markdown).toContain("](../docs/model-map.svg)");
    expect(markdown).toContain("5 models from 2 providers. 2 production, 1 beta, 1 experimental, 1 deprecated.");
  });
});

describe("--check covers the generated docs and the README block", () => {
  // Which file a hand edit makes stale, and what a run rewrites, does not depend on the data: a three-model registry
  // writes every doc and the README block as the shipped one does, in a fraction of the time (5 runs per case).
  const registry = join(ROOT, "test", "fixtures", "cli", "small", "model_registry.yaml");

  test.each([
    ["models/model_registry.md", (text: string) => text.replace("# Model registry", "# Model registry (edited)")],
    ["docs/model-map.svg", (text: string) => text.replace("</svg>", "<!-- hand edit --></svg>")],
    ["README.md", (text: string) => text.replace(/(<!-- registry:summary -->\n)/, "$1hand edit\n")],
  ])("a hand edit of %s fails the check; regenerating fixes it and keeps the rest of the README", async (file, edit) => {
    const { dir, options } = tempProject(registry, README);
    try {
      expect((await generate(options)).ok).toBe(true);
      const readme = readFileSync(join(dir, "README.md"), "utf8");
      expect(readme.startsWith("# Title\n\nBefore, with trailing spaces   \n\n<!-- registry:summary -->\n")).toBe(true);
      expect(readme.endsWith("<!-- /registry:summary -->\n\n| a | b |\n|-|-|\nAfter *untouched*.\n")).toBe(true);
      expect(readme).toMatch(/\*\*\d+ models from \d+ providers\*\*/);
      expect((await generate({ ...options, mode: "check" })).ok).toBe(true);

      const path = join(dir, file);
      const original = readFileSync(path, "utf8");
      writeFileSync(path, edit(original));
      const stale = await generate({ ...options, mode: "check" });
      expect(stale.ok).toBe(false);
      expect(stale.stale.map(({ path, state }) => ({ path, state }))).toEqual([{ path: file, state: "changed" }]);
      expect(stale.stale[0]).toMatchObject({ current: edit(original), expected: original });

      expect((await generate(options)).written).toEqual([file]);
      expect(readFileSync(path, "utf8")).toBe(original);
      expect((await generate({ ...options, mode: "check" })).ok).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a README without the markers is left alone, with a warning", async () => {
    const text = "# No markers here\n";
    const { dir, options } = tempProject(registry, text);
    try {
      const result = await generate(options);
      expect(result.ok).toBe(true);
      const docsDiagnostics = result.diagnostics.filter((d) => d.code !== "rule/shutdown-soon");
      expect(docsDiagnostics).toMatchObject([{ severity: "warning", code: "docs/readme-markers", file: "README.md" }]);
      expect(result.files.map((f) => f.path)).not.toContain(join(dir, "README.md"));
      expect(readFileSync(join(dir, "README.md"), "utf8")).toBe(text);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("two runs write byte-identical docs", async () => {
    const { dir, options } = tempProject(join(ROOT, "models", "model_registry.yaml"), README);
    try {
      const first = await generate(options);
      const second = await generate(options);
      expect(second.written).toEqual([]);
      expect(second.files).toEqual(first.files);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
