import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { emitTimeline } from "../../src/generator/docs/emit-timeline";
import { generate } from "../../src/generator/generate";
import type { NormalizedRegistry } from "../../src/generator/model/normalize";
import { PROJECT } from "./helpers";

const REGISTRY = join(PROJECT, "registry/model_registry.yaml");

/** The docs of the fixture registry, generated with the clock (and the default as-of date) set to `now`. */
async function docsOn(now: string, dir: string): Promise<{ markdown: string; timeline: string }> {
  jest.useFakeTimers({
    now: new Date(now),
    doNotFake: [
      "nextTick",
      "setImmediate",
      "setTimeout",
      "setInterval",
      "clearTimeout",
      "clearInterval",
      "clearImmediate",
      "queueMicrotask",
      "hrtime",
      "performance",
    ],
  });
  try {
    const result = await generate({
      registryPath: REGISTRY,
      outDir: join(dir, "generated"),
      mode: "check",
      cwd: dir,
      docs: { markdownPath: join(dir, "models.md"), chartPath: join(dir, "docs/model-map.svg"), timelinePath: join(dir, "docs/model-timeline.svg") },
    });
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const contents = (suffix: string) => result.files.find((file) => file.path.endsWith(suffix))!.contents;
    return { markdown: contents("models.md"), timeline: contents("model-timeline.svg") };
  } finally {
    jest.useRealTimers();
  }
}

describe("the lifecycle docs", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "model-registry-lifecycle-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("are byte-identical whatever day they are generated", async () => {
    const early = await docsOn("2025-01-01T12:00:00Z", dir);
    const late = await docsOn("2031-06-30T23:59:00Z", dir);
    expect(late.markdown).toBe(early.markdown);
    expect(late.timeline).toBe(early.timeline);
  });

  it("list every model with a shutdown date in date order, with the model to move to, and call none past", async () => {
    const { markdown } = await docsOn("2026-12-01T00:00:00Z", dir);
    const section = markdown.slice(markdown.indexOf("## Lifecycle"), markdown.indexOf("## Aliases"));
    expect(section).toContain("![Shutdown timeline, one bar per model from deprecation to shutdown](docs/model-timeline.svg)");
    const rows = section.split("\n").filter((line) => /^\| \d{4}-/.test(line));
    expect(rows).toEqual([
      "| 2026-06-06 | `gpt-4` | `openai` | deprecated | 2025-06-06 | `gpt-4o` |",
      "| 2026-09-24 | `gemini-1.0-pro` | `google` | deprecated | 2026-02-15 | `claude-sonnet-4-5` |",
      "| 2026-12-15 | `claude-3-opus` | `anthropic` | deprecated | 2026-06-30 | `claude-opus-4-1` |",
      "| 2026-12-20 | `gpt-4-turbo` | `openai` | deprecated | 2026-06-01 | `gpt-4o` |",
      "| 2027-01-10 | `gpt-4o-audio-preview` | `openai` | deprecated | 2026-10-15 | `gpt-4o` |",
      "| 2027-02-01 | `claude-3-haiku` | `anthropic` | deprecated | 2026-08-01 | `claude-haiku-lite` |",
      "| 2027-02-15 | `o1-mini` | `openai` | deprecated | 2026-10-01 | `o3-mini` |",
    ]);
    expect(section).toContain("Deprecated with no shutdown date announced: `gpt-3.5-turbo` → `gpt-4o-mini`.");
    expect(section).not.toMatch(/\bpast\b|\bago\b|days left/i);
  });

  it("draw one row per model with a shutdown date, themed for light and dark", async () => {
    const { timeline } = await docsOn("2026-12-01T00:00:00Z", dir);
    expect(timeline).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(timeline).toContain("@media (prefers-color-scheme: dark)");
    expect(timeline.match(/<circle cx="[\d.]+" cy/g)).toHaveLength(7 + 3); // seven shutdowns, three providers in the legend
    expect(timeline).toContain(">gpt-4 → gpt-4o</text>");
    expect(timeline).toContain(">Jan 2027</text>");
  });
});

describe("the timeline escapes every string", () => {
  it("leaves no markup from the registry in the SVG", () => {
    const hostile = '<script>alert("x")</script>&\'';
    const registry = {
      sourcePath: "r.yaml",
      aliases: [],
      providers: [{ id: "evil", typeName: "Evil", config: { display_name: hostile }, modelIds: [hostile] }],
      models: [
        {
          id: hostile,
          constantName: "X",
          finalReplacement: `${hostile}-next`,
          entry: { id: hostile, provider: "evil", status: "deprecated", deprecation_date: "2026-01-01", shutdown_date: "2026-03-01" },
        },
      ],
    } as unknown as NormalizedRegistry;
    const svg = emitTimeline(registry);
    expect(svg).not.toContain("<script");
    expect(svg).not.toContain('"x"');
    expect(svg).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&apos;");
  });
});
