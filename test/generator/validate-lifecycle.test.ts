/**
 * Lifecycle rules are judged on an as-of date: the same registry is valid, announced or invalid depending on the
 * day, and the generated output never depends on it.
 */
import { join } from "node:path";
import { generate } from "../../src/generator/generate";
import { REPO_ROOT } from "../hardening/helpers";

const REGISTRY = "test/fixtures/lifecycle/shutdown-schedule/registry.yaml";

async function diagnosticsOn(asOf: string, mode: "validate" | "check" = "validate") {
  const result = await generate({ cwd: REPO_ROOT, registryPath: REGISTRY, outDir: join(REPO_ROOT, "test/.tmp/unused"), mode, asOf });
  return {
    result,
    found: result.diagnostics.map((d) => `${d.severity} ${d.code} ${d.line}:${d.column} ${d.message}`),
  };
}

describe("shutdown dates against the as-of date", () => {
  test.each([
    ["2026-12-01", []],
    ["2026-12-14", []],
    [
      "2026-12-15",
      [
        'warning rule/shutdown-soon 38:20 model "gpt-4.1" shuts down on 2027-01-14, in 30 days; its replacement is "gpt-6-luna"',
        'warning rule/shutdown-soon 53:20 model "gpt-4o" shuts down on 2027-01-14, in 30 days; no replacement is named',
      ],
    ],
    [
      "2027-01-13",
      [
        'warning rule/shutdown-soon 38:20 model "gpt-4.1" shuts down on 2027-01-14, in 1 day; its replacement is "gpt-6-luna"',
        'warning rule/shutdown-soon 53:20 model "gpt-4o" shuts down on 2027-01-14, in 1 day; no replacement is named',
      ],
    ],
    [
      "2027-01-14",
      [
        'error rule/shut-down-model-active 46:13 model "gpt-4o" was shut down on 2027-01-14 (on or before 2027-01-14) but is marked production; a shut-down model must be deprecated',
      ],
    ],
  ])("as of %s", async (asOf, expected) => {
    expect((await diagnosticsOn(asOf)).found).toEqual(expected);
  });

  test("the generated output is the same whatever the as-of date", async () => {
    const early = await diagnosticsOn("2026-12-01", "check");
    const warned = await diagnosticsOn("2027-01-13", "check");
    expect(early.result.files.map((f) => f.contents)).toEqual(warned.result.files.map((f) => f.contents));
    expect(early.result.files[0]!.contents).toContain('@deprecated Use "gpt-6-luna" instead (deprecated 2026-10-14, shuts down 2027-01-14).');
  });
});
