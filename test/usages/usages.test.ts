import { readFileSync } from "node:fs";
import { join } from "node:path";
import { BASE_ARGS, cli, compile, CONFIG_FILES, expected, EXPECTED, listFiles, PROJECT, projectCopy } from "./helpers";

describe("model-registry usages on the fixture project", () => {
  it("reports every use, grouped by urgency, exactly", async () => {
    const run = await cli(BASE_ARGS, PROJECT);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(expected("report.txt"));
  });

  it("reads the registry the generated module names, the same as when --registry names it", async () => {
    const fromModule = JSON.parse((await cli([...BASE_ARGS, "--json"], PROJECT)).stdout);
    const fromYaml = JSON.parse((await cli([...BASE_ARGS, "--json", "--registry", "registry/model_registry.yaml"], PROJECT)).stdout);
    expect([fromModule.registry, fromYaml.registry]).toEqual(["registry/model_registry.yaml", "registry/model_registry.yaml"]);
    expect(fromYaml.uses).toEqual(fromModule.uses);
  });

  it("--json gives each use with its lifecycle and fix plan", async () => {
    const run = await cli([...BASE_ARGS, "--json"], PROJECT);
    const report = JSON.parse(run.stdout);
    expect(report.asOf).toBe("2026-12-01");
    expect(report.uses).toHaveLength(27);
    expect(report.uses.find((use: { file: string; line: number }) => use.file === "src/client.ts" && use.line === 7)).toEqual({
      file: "src/client.ts",
      line: 7,
      column: 10,
      text: "gpt-4",
      as: "id",
      kind: "typed",
      model: "gpt-4",
      provider: "openai",
      status: "deprecated",
      deprecationDate: "2025-06-06",
      shutdownDate: "2026-06-06",
      daysLeft: -178,
      replacement: "gpt-4o",
      urgency: "shut-down",
      fix: { safe: true, text: "gpt-4o" },
    });
    const kinds = new Set(report.uses.map((use: { kind: string }) => use.kind));
    expect([...kinds].sort()).toEqual(["computed", "config", "constant", "literal", "typed"]);
  });

  it("--format sarif is SARIF 2.1.0 with one located result per finding", async () => {
    const sarif = JSON.parse((await cli([...BASE_ARGS, "--format", "sarif"], PROJECT)).stdout);
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.runs).toHaveLength(1);
    const [run] = sarif.runs;
    const ruleIds = run.tool.driver.rules.map((rule: { id: string }) => rule.id);
    expect(run.results).toHaveLength(19); // every use except the eight of current models
    for (const result of run.results) {
      expect(ruleIds[result.ruleIndex]).toBe(result.ruleId);
      expect(["error", "warning", "note"]).toContain(result.level);
      expect(typeof result.message.text).toBe("string");
      const { artifactLocation, region } = result.locations[0].physicalLocation;
      expect(artifactLocation.uriBaseId).toBe("SRCROOT");
      expect(artifactLocation.uri).not.toMatch(/^\//);
      expect(region.startLine).toBeGreaterThanOrEqual(1);
      expect(region.endColumn).toBeGreaterThan(region.startColumn);
    }
    const atLine7 = run.results.find(
      (result: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> }) => {
        const { artifactLocation, region } = result.locations[0]!.physicalLocation;
        return artifactLocation.uri === "src/client.ts" && region.startLine === 7;
      },
    );
    expect(atLine7).toMatchObject({
      ruleId: "model-shut-down",
      level: "error",
      message: { text: "gpt-4 (openai, deprecated): shut down on 2026-06-06 (178 days ago); move to gpt-4o." },
      locations: [{ physicalLocation: { artifactLocation: { uri: "src/client.ts" }, region: { startLine: 7, startColumn: 10, endColumn: 17 } } }],
    });
    expect(run.originalUriBaseIds.SRCROOT.uri).toMatch(/^file:\/\/.*\/$/);
  });

  it("--fail-within exits 1 and names the uses over the gate", async () => {
    const run = await cli([...BASE_ARGS, "--fail-within", "30"], PROJECT);
    expect(run.code).toBe(1);
    expect(run.stderr.split("\n")[0]).toBe("error: 12 uses of a model that shuts down within 30 days (or already has):");
    expect(run.stderr).toContain("  src/client.ts:7:10  gpt-4 (2026-06-06)\n");
  });

  it("scans the files and globs given instead of a tsconfig project", async () => {
    const run = await cli(
      ["usages", "--as-of", "2026-12-01", "--registry", "registry/model_registry.yaml", "--json", "src/**/*.js", "config/app.yaml"],
      PROJECT,
    );
    expect(run.stderr).toBe("");
    const uses = JSON.parse(run.stdout).uses.map((use: { file: string; line: number; model: string }) => `${use.file}:${use.line} ${use.model}`);
    expect(uses).toEqual(["config/app.yaml:1 gpt-4", "config/app.yaml:2 o1-mini", "config/app.yaml:2 claude-3-opus", "src/legacy.js:3 gpt-4-turbo"]);
  });

  it("--fail-within passes when every used model is further out", async () => {
    const run = await cli(
      ["usages", "--as-of", "2026-12-01", "--registry", "registry/model_registry.yaml", "config/models.json", "--fail-within", "10"],
      PROJECT,
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("2 uses of 2 models");
  });

  it("--fix --dry-run prints the rewrites and a unified diff, and writes nothing", async () => {
    const copy = projectCopy();
    try {
      const before = snapshot(copy.dir);
      const run = await cli([...BASE_ARGS, "--fix", "--dry-run"], copy.dir);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(expected("fix-dry-run.txt"));
      expect(snapshot(copy.dir)).toEqual(before);
    } finally {
      copy.cleanup();
    }
  });

  it("--fix rewrites the safe uses exactly, and the fixed project compiles", async () => {
    const copy = projectCopy();
    try {
      const run = await cli([...BASE_ARGS, "--fix"], copy.dir);
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(expected("fix.txt"));
      for (const file of listFiles(join(EXPECTED, "fixed"))) {
        expect([file, readFileSync(join(copy.dir, file), "utf8")]).toEqual([file, expected(join("fixed", file))]);
      }
      expect(compile(join(copy.dir, "tsconfig.json"))).toEqual([]);
      const after = JSON.parse((await cli([...BASE_ARGS, "--json"], copy.dir)).stdout);
      const stillDue = after.uses.filter((use: { fix: { safe: boolean } | null }) => use.fix?.safe === true);
      expect(stillDue.map((use: { file: string; line: number }) => `${use.file}:${use.line}`)).toEqual(["src/client.ts:12"]);
    } finally {
      copy.cleanup();
    }
  });

  it("the fixture project compiles as it is", () => {
    expect(compile(join(PROJECT, "tsconfig.json"))).toEqual([]);
  });
});

describe("model-registry usages arguments", () => {
  it("--help prints the usage", async () => {
    const run = await cli(["usages", "--help"], PROJECT);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: model-registry usages/);
    expect(run.stdout).toContain("--fail-within <days>");
  });

  it.each([
    [["--as-of", "2026-02-30"], '--as-of must be a calendar date, YYYY-MM-DD; got "2026-02-30"'],
    [["--format", "xml"], '--format must be text, json or sarif; got "xml"'],
    [["--fail-within", "soon"], '--fail-within takes a whole number of days; got "soon"'],
    [["--dry-run"], "--dry-run only makes sense with --fix"],
    [["--frobnicate"], "unknown option --frobnicate"],
    [["--projcet", "tsconfig.json"], "unknown option --projcet; did you mean --project?"],
    [["--project", "missing.json"], "cannot read missing.json: no such file"],
    [["--registry", "nope.yaml"], "cannot find nope.yaml (--registry)"],
    [["missing.ts"], "cannot read missing.ts: no such file"],
    [["--project", "registry/model_registry.yaml"], "cannot load registry/model_registry.yaml"],
    [["registry/notes.txt"], "expected a TypeScript/JavaScript, JSON, YAML or .env file"],
  ])("%j is a usage error (exit 2)", async (args, message) => {
    const run = await cli(["usages", ...args], PROJECT);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });

  // A project without a generated module: test/usages/directories.test.ts (the configured registry, else the shipped catalogue).
});

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((file) => [file, readFileSync(join(dir, file), "utf8")]));
}

test("an invalid registry is invalid input (exit 1), not bad usage", async () => {
  const run = await cli(["usages", ...CONFIG_FILES, "--registry", "registry/notes.txt"], PROJECT);
  expect(run.code).toBe(1);
  expect(run.stderr).toContain("registry/notes.txt:");
});

test("the gate exits 1 and lists the uses over it", async () => {
  const run = await cli([...BASE_ARGS, "--fail-within", "0", "--json"], PROJECT);
  expect(run.code).toBe(1);
  expect(JSON.parse(run.stdout).uses).toHaveLength(27);
  expect(run.stderr).toMatch(/^error: 5 uses of a model that shuts down within 0 days/);
});
