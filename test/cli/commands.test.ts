import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { cli, listFiles, REPO_ROOT, tempProject } from "./helpers";

const REGISTRY = ["--registry", "model_registry.yaml", "--out", "src/generated"];
const OUTPUT = "src/generated/models.generated.d.ts";
const DATA_MODULE = "src/generated/models.generated.js";

let project: ReturnType<typeof tempProject>;
beforeEach(() => (project = tempProject("small")));
afterEach(() => project.cleanup());

test("--help and --version", async () => {
  const help = await cli(["--help"], { cwd: project.dir });
  expect(help.code).toBe(0);
  for (const word of ["generate", "validate", "check", "--registry", "--out", "--docs", "--watch", "--quiet", "--version"]) {
    expect(help.stdout).toContain(word);
  }
  const version = await cli(["--version"], { cwd: project.dir });
  expect(version.stdout.trim()).toBe((JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8")) as { version: string }).version);
});

test.each([
  [["generate", "--output", "x"], "unknown option --output; did you mean --out?"],
  [["--output=x"], "unknown option --output; did you mean --out?"],
  [["--regsitry", "x.yaml"], "unknown option --regsitry; did you mean --registry?"],
  [["--silent"], "unknown option --silent; did you mean --quiet?"],
  [["--frobnicate"], "unknown option --frobnicate"],
  [["genrate"], 'unknown command "genrate"; did you mean `generate`?'],
  [["valdate", "--help"], 'unknown command "valdate"; did you mean `validate`?'],
  [
    ["selct", "--help"],
    'unknown command "selct"; did you mean `select`? (expected generate, validate, check, init, upgrade-schema, audit, refresh, usages or select)',
  ],
  [["-h", "audti"], 'unknown command "audti"; did you mean `audit`?'],
  [["check", "--watch"], "--watch cannot be combined with check"],
  [["--out"], "--out"],
])("%j is a usage error (exit 2)", async (argv, message) => {
  const run = await cli(argv, { cwd: project.dir });
  expect(run.code).toBe(2);
  expect(run.stderr).toContain(message);
  expect(listFiles(project.dir)).toEqual(["model_registry.yaml"]);
});

test("a registry named on the command line that does not exist is bad usage (exit 2), not a crash", async () => {
  const run = await cli(["generate", "--registry", "nope.yaml"], { cwd: project.dir });
  expect(run.code).toBe(2);
  expect(run.stderr).toContain("error: cannot find nope.yaml (--registry)");
  expect(run.stderr).not.toContain("bug");
});

test("the default registry missing is invalid input (exit 1), located", async () => {
  const run = await cli(["generate"], { cwd: project.dir });
  expect(run.code).toBe(1);
  expect(run.stderr).toContain("models/model_registry.yaml:1:1 - error yaml/unreadable: cannot read the registry file: the file does not exist");
  expect(run.stderr).toContain("hint: no registry yet? `npx model-registry init` writes a starter one here");
});

test("validate writes nothing", async () => {
  const before = listFiles(project.dir);
  const run = await cli(["validate", ...REGISTRY], { cwd: project.dir });
  expect(run.code).toBe(0);
  expect(run.stdout).toContain("registry is valid");
  expect(listFiles(project.dir)).toEqual(before);
});

test("generate writes once, then is up to date; check passes, then catches a stale file; --quiet prints nothing", async () => {
  const first = await cli(["generate", ...REGISTRY], { cwd: project.dir });
  expect(first.code).toBe(0);
  expect(first.stdout).toContain(`wrote ${OUTPUT}`);
  expect(first.stdout).toContain(`wrote ${DATA_MODULE}`);
  for (const name of ["models.generated.d.ts", "models.generated.js", "model-registry-runtime.d.ts", "model-registry-runtime.js"]) {
    expect(listFiles(project.dir)).toContain(join("src", "generated", name));
  }

  const second = await cli(["generate", ...REGISTRY], { cwd: project.dir });
  expect(second.stdout).toContain("already up to date");
  expect((await cli(["check", ...REGISTRY], { cwd: project.dir })).code).toBe(0);
  expect(await cli(["check", "--quiet", ...REGISTRY], { cwd: project.dir })).toEqual({ code: 0, stdout: "", stderr: "" });

  for (const file of [OUTPUT, DATA_MODULE]) writeFileSync(join(project.dir, file), readFileSync(join(project.dir, file), "utf8") + "// hand edit\n");
  const stale = await cli(["check", ...REGISTRY], { cwd: project.dir });
  expect(stale.code).toBe(1);
  expect(stale.stderr).toContain(`changed ${OUTPUT}`);
  expect(stale.stderr).toContain(`changed ${DATA_MODULE}`);
});

test("the declarations are printed in one fixed style whatever the project's formatter settings, so check agrees", async () => {
  writeFileSync(join(project.dir, ".prettierrc"), JSON.stringify({ useTabs: true, singleQuote: true }));
  expect((await cli(["generate", ...REGISTRY], { cwd: project.dir })).code).toBe(0);
  const generated = readFileSync(join(project.dir, OUTPUT), "utf8");

  expect(generated).toContain('  readonly GPT_4O: "gpt-4o";');
  expect(generated).not.toMatch(/^\t/m);
  expect(generated).not.toContain("\r");
  expect(generated.endsWith("\n")).toBe(true);
  expect((await cli(["check", ...REGISTRY], { cwd: project.dir })).code).toBe(0);
});

test("unquoted dates: validate passes with one located warning that says how to write them", async () => {
  writeFileSync(join(project.dir, "unquoted.yaml"), readFileSync(join(REPO_ROOT, "test/fixtures/warnings/unquoted-dates/registry.yaml")));
  const run = await cli(["validate", "--registry", "unquoted.yaml", "--as-of", "2026-12-01"], { cwd: project.dir });
  expect(run.code).toBe(0);
  expect(run.stderr).toContain(
    "unquoted.yaml:32:15 - warning yaml/unquoted-date: the date 2026-07-24 is not quoted (nor 3 more dates in this file): this registry reads it as text, but YAML 1.1 tools (js-yaml, PyYAML, ajv-cli) read a timestamp",
  );
  expect(run.stderr).toContain('hint: write dates in double quotes: "2026-07-24"');
  expect(run.stderr).toContain("Found 1 warning.");
});
