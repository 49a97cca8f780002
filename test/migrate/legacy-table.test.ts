import { readFileSync } from "node:fs";
import { join } from "node:path";
import { convertLegacyMarkdown } from "../../src/migrate/legacy-table";
import { formatReport } from "../../src/migrate/report";
import { entriesToYaml } from "../../src/migrate/yaml-out";
import { FIXTURES, LEGACY, validateModelsYaml } from "./helpers";

describe("the real legacy registry", () => {
  const { entries, report } = convertLegacyMarkdown(readFileSync(LEGACY, "utf8"), "2025-11-01");

  test("every row converts; the headers claim 63 but 53 rows are there", () => {
    expect(report.problems).toEqual([]);
    expect(entries).toHaveLength(53);
    expect(report.sections.map((s) => [s.name, s.claimed, s.actual])).toEqual([
      ["LOCAL MODELS", 20, 18],
      ["OPENAI MODELS", 11, 8],
      ["ANTHROPIC MODELS", 7, 7],
      ["BEDROCK MODELS", 8, 5],
      ["GOOGLE GEMINI MODELS", 6, 4],
      ["XAI GROK MODELS", 5, 5],
      ["AZURE OPENAI MODELS", 4, 4],
      ["DIAL GATEWAY MODELS", 2, 2],
    ]);
    expect(formatReport(report, "legacy")).toContain("total claimed 63, actual 53");
  });

  test("cells map to registry fields", () => {
    const byId = new Map(entries.map((e) => [e.id, e]));
    expect(byId.get("gpt-4o-mini")).toMatchObject({
      provider: "openai",
      context_window: 128000,
      pricing: { input: 0.15, output: 0.6 },
      speed_rating: 10,
      status: "production",
    });
    expect(byId.get("gpt-4o-mini")!.capabilities).toMatchObject({ input: ["text", "image"] });
    expect(byId.get("gpt-4o-mini")!.scores).toMatchObject({ coding: 0.6 });
    expect(byId.get("gemini-2.0-pro")!.context_window).toBe(2000000);
    expect(byId.get("deepseek-coder:1.3b")).toMatchObject({
      provider: "ollama",
      hardware: { parameters_billion: 1.3, download_size_gb: 0.776, min_ram_gb: 2 },
    });
    expect(byId.get("dial-claude-opus-4")!.provider).toBe("dial");
  });

  test("the YAML it writes passes the generator's validation", async () => {
    expect(await validateModelsYaml(entriesToYaml(entries, { withKey: true }))).toEqual([]);
  });
});

describe("a malformed table", () => {
  const { entries, report } = convertLegacyMarkdown(readFileSync(join(FIXTURES, "malformed-table/legacy.md"), "utf8"), "2025-11-01");
  const text = formatReport(report, "broken");

  test("converts the good rows and reports every bad cell and row", () => {
    expect(entries.map((e) => e.id)).toEqual(["llama3.1:8b", "gpt-ok"]);
    expect(text).toMatch(/mystery:7b\) \[Context = "lots"\]: not a token count/);
    expect(text).toMatch(/gpt-x\) \[Speed = "fast"\]: not a run of ⚡/);
    expect(text).toMatch(/cloud-y\) \[Provider = "Acme"\]: unknown provider name/);
    expect(text).toMatch(/cloud-y\) \[Cost Input = "€1\/M"\]/);
    expect(text).toMatch(/cloud-y\) \[Vision = "maybe"\]/);
    expect(text).toMatch(/cloud-y\) \[Status = "Retired"\]/);
    expect(text).toMatch(/row has 3 cells, the header has 11/);
  });

  test("counts rows per section against the claims", () => {
    expect(report.sections.map((s) => [s.claimed, s.actual])).toEqual([
      [3, 2],
      [4, 3],
    ]);
    expect(text).toContain("MISMATCH");
  });

  test("a file without a table says so", () => {
    expect(formatReport(convertLegacyMarkdown("# nothing here\n", "2025-11-01").report, "empty")).toContain("no markdown table found");
  });
});
