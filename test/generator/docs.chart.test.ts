import { readFileSync } from "node:fs";
import { emitChart } from "../../src/generator/docs/emit-chart";
import { markdownCell, xmlText } from "../../src/shared/escape";
import type { NormalizedRegistry } from "../../src/generator/model/normalize";

const PROVIDERS = ["anthropic", "azure", "bedrock", "dial", "google", "ollama", "openai", "xai"];

/** A deterministic synthetic registry of `count` models: spread prices, coarse scores, some free, some deprecated. */
function syntheticRegistry(count: number): NormalizedRegistry {
  const models = Array.from({ length: count }, (_, i) => {
    const provider = PROVIDERS[i % PROVIDERS.length]!;
    const input = provider === "ollama" ? 0 : Number((0.1 * 1.13 ** ((i * 37) % 60)).toFixed(3));
    return {
      id: `${provider}-model-${String(i).padStart(3, "0")}`,
      constantName: `M${i}`,
      entry: {
        provider,
        pricing: { input, output: input * 4 },
        scores: { coding: 0.5 + ((i * 7) % 11) / 20 },
        status: i % 9 === 0 ? "deprecated" : "production",
      },
    };
  });
  return {
    sourcePath: "models/model_registry.yaml",
    aliases: [],
    models,
    providers: PROVIDERS.map((id) => ({
      id,
      typeName: id,
      config: { display_name: id },
      modelIds: models.filter((m) => m.entry.provider === id).map((m) => m.id),
    })),
  } as unknown as NormalizedRegistry;
}

const LABEL = /<line class="leader" [^>]*\/>\n<text class="fg" x="([\d.-]+)" y="([\d.-]+)">([^<]+)<\/text>/g;

describe.each([10, 70, 100])("the chart at %i models", (count) => {
  const registry = syntheticRegistry(count);
  const svg = emitChart(registry);
  const active = registry.models.filter((m) => m.entry.status !== "deprecated");

  test("is deterministic and well-formed, one point per active model", () => {
    expect(emitChart(syntheticRegistry(count))).toBe(svg);
    expect(svg).not.toMatch(/NaN|Infinity|undefined|e[-+]\d/);
    expect(svg.match(/fill-opacity="0.85"/g)).toHaveLength(active.length);
    expect(svg).toContain(`${active.length} active models`);
  });

  test("labels do not overlap each other, and the footer says how many were placed", () => {
    const boxes = [...svg.matchAll(LABEL)].map((m) => {
      const x = Number(m[1]);
      const baseline = Number(m[2]);
      return { x1: x, x2: x + m[3]!.length * 6.4, y1: baseline - 11, y2: baseline + 3 };
    });
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        expect(a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2).toBe(false);
      }
    }
    if (boxes.length === active.length) expect(svg).toContain("Every point is labelled");
    else expect(svg).toContain(`${boxes.length} of ${active.length} points labelled`);
    expect(boxes.length).toBeGreaterThanOrEqual(Math.min(active.length, 60));
  });
});

test("escapers neutralise markup, control characters and lone surrogates", () => {
  expect(xmlText(`a<b>&"'\u0000\ud800 z`)).toBe("a&lt;b&gt;&amp;&quot;&apos; \ufffd z");
  expect(markdownCell("a|b\nc `d` <e> *f* _g_ [h] ~i~ $j$ \\ www.x.com me@x.com http://x")).toBe(
    "a\\|b<br>c \\`d\\` &lt;e&gt; \\*f\\* \\_g\\_ \\[h\\] \\~i\\~ \\$j\\$ \\\\ www\\.x.com me\\@x.com http\\://x",
  );
});

test("the generated SVGs are well-formed XML comments-wise: no comment holds '--' (viewers refuse such files)", () => {
  for (const file of ["docs/model-map.svg", "docs/model-timeline.svg"]) {
    const comments = [...readFileSync(file, "utf8").matchAll(/<!--([\s\S]*?)-->/g)].map((m) => m[1]!);
    expect(comments.length).toBeGreaterThan(0);
    for (const body of comments) expect(body.includes("--")).toBe(false);
  }
});
