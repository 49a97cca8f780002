/**
 * Third-party input names a provider: only our own tables' own keys count. Names of Object.prototype
 * members are unknown providers like any other: reported and skipped, never fatal for the other entries.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runMigrateCli } from "../helpers/run-cli";
import { convertLegacyMarkdown } from "../../src/migrate/legacy-table";
import { convertLiteLlm } from "../../src/migrate/litellm";
import { formatReport } from "../../src/migrate/report";
import { entriesToYaml } from "../../src/migrate/yaml-out";
import { FIXTURES, ROOT } from "./helpers";

const FIXTURE = join(FIXTURES, "prototype-names");

describe("LiteLLM entries whose litellm_provider is a prototype name", () => {
  const json: unknown = JSON.parse(readFileSync(join(FIXTURE, "prices.json"), "utf8"));
  const { entries, report } = convertLiteLlm(json, { verified: "2026-07-24" });

  test("the good entries still convert, and none gets a prototype value as provider", () => {
    expect(entries.map((e) => [e.id, e.provider])).toEqual([
      ["good-model", "openai"],
      ["other-good", "anthropic"],
    ]);
    expect(() => entriesToYaml(entries, { withKey: true })).not.toThrow();
  });

  test("the report names every unmapped provider with its entry count", () => {
    expect(formatReport(report, "fixture")).toContain(
      'skipped, provider not mapped to the registry: "(number)" (1), "__proto__" (1), "constructor" (1), "hasOwnProperty" (1), "toString" (1)',
    );
  });
});

describe("legacy rows whose Provider cell is a prototype name", () => {
  const { entries, report } = convertLegacyMarkdown(readFileSync(join(FIXTURE, "legacy.md"), "utf8"), "2025-11-01");

  test("each is reported as an unknown provider and skipped; the other rows convert", () => {
    expect(entries.map((e) => [e.id, e.provider])).toEqual([
      ["gpt-4o", "openai"],
      ["gpt-new", "openai"],
    ]);
    expect(report.problems.map((p) => [p.field, p.value, p.reason])).toEqual([
      ["Provider", "__proto__", "unknown provider name"],
      ["Provider", "toString", "unknown provider name"],
      ["Provider", "constructor", "unknown provider name"],
    ]);
  });
});

describe("--verified", () => {
  test.each(["2026-99-99", "2026-02-30", "2026-13-01", "2026-00-10"])("%s is not a day of the calendar: usage error, exit 2, nothing written", async (date) => {
    const run = await runMigrateCli([join(FIXTURES, "small-table/legacy.md"), "--verified", date], { cwd: ROOT });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(`--verified must be a real date in YYYY-MM-DD form, got "${date}"`);
  });

  test("a real date is stamped into the entries", async () => {
    const run = await runMigrateCli([join(FIXTURES, "small-table/legacy.md"), "--verified", "2024-02-29"], { cwd: ROOT });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('verified: "2024-02-29"');
  });
});
