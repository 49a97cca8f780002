import { readFileSync } from "node:fs";
import { join } from "node:path";
import { convertLiteLlm } from "../../src/migrate/litellm";
import { formatReport } from "../../src/migrate/report";
import { entriesToYaml } from "../../src/migrate/yaml-out";
import { FIXTURES, SNAPSHOT, validateModelsYaml } from "./helpers";

describe("malformed LiteLLM JSON", () => {
  const json: unknown = JSON.parse(readFileSync(join(FIXTURES, "malformed-json/prices.json"), "utf8"));
  const { entries, report } = convertLiteLlm(json, { verified: "2026-07-24" });
  const text = formatReport(report, "fixture");

  test("converts chat models of known providers only, per-token → per-1k", () => {
    expect(entries.map((e) => e.id)).toEqual(["bad-date", "good-model", "retiring"]);
    expect(entries.find((e) => e.id === "good-model")).toMatchObject({
      context_window: 128000,
      max_output_tokens: 16384,
      pricing: { input: 2.5, output: 10, cached_input: 1.25 },
    });
  });

  test("reports every entry it could not map and why", () => {
    expect(text).toMatch(/no-context \[max_input_tokens = "undefined"\]: missing/);
    expect(text).toMatch(/string-price \[input_cost_per_token = "cheap"\]/);
    expect(text).toMatch(/per-million-typo: price above 1000 USD per 1M tokens \(2500000 \/ 10000000\); skipped as a likely unit error/);
    expect(text).toMatch(/retiring \[deprecation_date = "2026-05-15"\]: needs a replaced_by/);
    expect(text).toMatch(/bad-date \[deprecation_date = "soon"\]: not a YYYY-MM-DD/);
    expect(text).toMatch(/not-an-object: entry is not an object/);
  });

  test("a top level that is not an object is reported", () => {
    expect(convertLiteLlm([1, 2], { verified: "2026-07-24" }).report.problems[0]!.reason).toMatch(/not a JSON object/);
  });
});

describe("the real snapshot", () => {
  const json: unknown = JSON.parse(readFileSync(SNAPSHOT, "utf8"));

  test("anthropic, xai and azure import into YAML that passes validation", async () => {
    const { entries, report } = convertLiteLlm(json, { verified: "2026-07-24", providers: ["anthropic", "xai", "azure"] });
    expect(entries.length).toBeGreaterThan(50);
    expect(new Set(entries.map((e) => e.provider))).toEqual(new Set(["anthropic", "xai", "azure"]));
    expect(entries.find((e) => e.id === "azure/gpt-4o")).toMatchObject({ api_name: "gpt-4o", pricing: { input: 2.5, output: 10 } });
    expect(report.problems.every((p) => p.reason.length > 0)).toBe(true);
    expect(await validateModelsYaml(entriesToYaml(entries, { withKey: true }))).toEqual([]);
  });
});
