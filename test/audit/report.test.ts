import { auditRegistry, type AuditReport } from "../../src/audit/compare";
import { formatValue, renderAuditJson, renderAuditTable } from "../../src/audit/report";
import { genaiPricesSource } from "../../src/audit/sources/genai-prices";
import { liteLlmSource } from "../../src/audit/sources/litellm";
import { modelsDevSource, readModelsDevTree } from "../../src/audit/sources/models-dev";
import { fixturePath, fixtureRegistry, readJson } from "./fixtures";

const report: AuditReport = auditRegistry(
  fixtureRegistry(),
  [
    liteLlmSource(readJson(fixturePath("litellm", "prices.json"))),
    genaiPricesSource(readJson(fixturePath("genai-prices", "providers.json")) as unknown[], "genai-prices fixture"),
    modelsDevSource(readModelsDevTree(fixturePath("models-dev", "tree")), "models.dev fixture"),
  ],
  { asOf: "2026-12-01" },
);
const table = renderAuditTable(report);
const lines = table.split("\n");

describe("renderAuditTable", () => {
  it("opens with the as-of date and one aligned summary row per source", () => {
    expect(lines[0]).toBe("Audit as of 2026-12-01: 9 registry models");
    expect(lines.slice(2, 7)).toEqual([
      "source                             matched  agree  explained  unexplained  missing  deprecated  not listed",
      "---------------------------------  -------  -----  ---------  -----------  -------  ----------  ----------",
      "LiteLLM (last_updated 2026-07-24)  8        4      1 (1)      3 (5)        3        1           1",
      "genai-prices fixture               7        5      0 (0)      2 (2)        2        1           2",
      "models.dev fixture                 3        1      1 (1)      1 (2)        2        1           6",
    ]);
  });

  it("groups unexplained differences by provider and model, printing each once", () => {
    const start = lines.indexOf("Unexplained differences (5):");
    expect(lines.slice(start + 1, start + 8)).toEqual([
      "  provider  model                           field              registry    source",
      "  --------  ------------------------------  -----------------  ----------  --------------------",
      "  bedrock   anthropic.claude-sonnet-9-v1:0  pricing.input      3           3.3",
      "                                            pricing.output     15          16.5",
      "  openai    gpt-retired                     shutdown_date      —           2026-06-01",
      "                                            status             production  shut down 2026-06-01",
      "            gpt-unexplained                 max_output_tokens  32768       16384",
    ]);
  });

  it("lists explained differences apart, each followed by the sentence of the notes that explains it, quoted whole", () => {
    const start = lines.indexOf("Explained differences (1):");
    expect(lines.slice(start + 3, start + 5)).toEqual([
      "  openai    gpt-explained  pricing.output  8         9",
      '      notes: "LiteLLM still lists the launch output price of 9 per 1M."',
    ]);
  });

  it("names the models a source marks deprecated, and the missing ones newest first", () => {
    expect(table).toContain("Marked deprecated or gone by the source (1): gpt-retired");
    const models = lines.filter((line) => /^ {2}openai {4}gpt-(new|older-new) /.test(line));
    expect(models.slice(-2).map((line) => line.trim().split(/\s+/).slice(0, 3))).toEqual([
      ["openai", "gpt-new", "2026-11-20"],
      ["openai", "gpt-older-new", "2026-01-10"],
    ]);
  });

  it("cuts long missing lists, pointing at --json", () => {
    expect(renderAuditTable(report, { missingLimit: 1 })).toContain("… and 2 more (--json lists all)");
  });
});

describe("renderAuditJson", () => {
  it("round-trips the report", () => {
    expect(JSON.parse(renderAuditJson(report))).toEqual(JSON.parse(JSON.stringify(report)));
  });

  it("keeps every matched model with its verdict and source key", () => {
    const json = JSON.parse(renderAuditJson(report)) as AuditReport;
    expect(json.sources[0]?.models.find((model) => model.id === "anthropic.claude-sonnet-9-v1:0")).toMatchObject({
      verdict: "unexplained",
      sourceKey: "us.anthropic.claude-sonnet-9-v1:0",
    });
  });
});

describe("formatValue", () => {
  it.each([
    [null, "—"],
    [["text", "image"], "[text, image]"],
    [true, "true"],
    [0.075, "0.075"],
  ])("%j → %s", (value, expected) => {
    expect(formatValue(value)).toBe(expected);
  });
});
