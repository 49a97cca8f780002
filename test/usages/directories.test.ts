// `usages <directory>` in an app that has not generated its module yet: the directory is scanned, the registry is
// the project's configured one (else the shipped catalogue) and the report says which; strings that look like a
// model ID the registry lacks are listed, not skipped.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli, REPO_ROOT } from "./helpers";

const SCENARIO = join(REPO_ROOT, "test/fixtures/usages/configured-app");
const APP = join(SCENARIO, "project");
const EXPECTED_REPORT = readFileSync(join(SCENARIO, "expected/report.txt"), "utf8");

test.each([["."], ["./"], [APP]])("usages %s scans the app with its configured registry", async (dir) => {
  const run = await cli(["usages", dir, "--as-of", "2026-12-01"], APP);
  expect(run).toEqual({ code: 0, stdout: EXPECTED_REPORT, stderr: "" });
});

test("usages src/ scans only the sources under it", async () => {
  const report = JSON.parse((await cli(["usages", "src/", "--as-of", "2026-12-01", "--json"], APP)).stdout);
  expect(report.registry).toBe("models/model_registry.yaml, set in model-registry.config.json");
  expect(report.uses.map((use: { file: string; line: number }) => `${use.file}:${use.line}`)).toEqual(["src/chat.ts:2", "src/chat.ts:3"]);
  expect(report.unknown).toEqual([
    { file: "src/chat.ts", line: 5, column: 23, text: "gpt-9-turbo", suggestion: "gpt-4-turbo" },
    { file: "src/chat.ts", line: 6, column: 21, text: "gpt-4o-mni", suggestion: "gpt-4o-mini" },
    { file: "src/chat.ts", line: 7, column: 23, text: "anthropic/claude-opus-9", suggestion: null },
  ]);
});

test("SARIF lists an unknown model ID as a model-unknown warning", async () => {
  const sarif = JSON.parse((await cli(["usages", "src/", "--as-of", "2026-12-01", "--format", "sarif"], APP)).stdout);
  const unknown = sarif.runs[0].results.filter((result: { ruleId: string }) => result.ruleId === "model-unknown");
  expect(unknown.map((result: { level: string; message: { text: string } }) => [result.level, result.message.text])).toContainEqual([
    "warning",
    "gpt-4o-mni looks like a model ID but is not in the registry. Did you mean gpt-4o-mini?",
  ]);
});

describe("an app with no registry of its own", () => {
  let app: string;
  beforeEach(() => {
    app = mkdtempSync(join(tmpdir(), "model-registry-usages-dir-"));
    writeFileSync(join(app, "package.json"), '{ "name": "app", "private": true }\n');
    mkdirSync(join(app, "src"));
    writeFileSync(join(app, "src/main.ts"), 'export const model = "gpt-4o";\nexport const next = "gpt-99";\n');
  });
  afterEach(() => rmSync(app, { recursive: true, force: true }));

  test("usages . uses the shipped catalogue and says so", async () => {
    const run = await cli(["usages", ".", "--json"], app);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.registry).toMatch(/^the catalogue shipped with @lattice-lock\/model-registry \d+\.\d+\.\d+/);
    expect(report.uses.map((use: { model: string }) => use.model)).toEqual(["gpt-4o"]);
    expect(report.unknown.map((name: { text: string }) => name.text)).toEqual(["gpt-99"]);
  });

  test("a directory with nothing to scan is a usage error", async () => {
    mkdirSync(join(app, "empty"));
    const run = await cli(["usages", "empty"], app);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("nothing to scan");
  });
});
