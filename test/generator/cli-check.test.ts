// The drift check and the write-if-changed behaviour, exercised as a user runs them (`model-registry check`,
// `npm run generate -- --check`), in-process on the shipped providers and a few models in a temporary directory, with
// this repository's package.json settings. Exit codes: 0 ok, 1 stale or invalid, 2 usage. The bin as a real
// process is covered once in test/cli/bins.test.ts.
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseDocument, isMap, isSeq } from "yaml";
import { GENERATED_DECLARATIONS_NAME } from "../../src/generator/generate";
import { shippedProvidersFewModels } from "../helpers/generate-fixture";
import { PROJECT_ROOT, temporaryDirectory } from "../helpers/typescript";
import { errorLines } from "../helpers/cli-output";
import { runModelRegistry } from "../helpers/run-cli";

function cli(...args: string[]) {
  return runModelRegistry(args, { cwd: PROJECT_ROOT, env: { NO_COLOR: "1" } });
}

/** `npm run generate -- <args>`: the script in package.json is `model-registry generate`. */
function npmGenerate(...args: string[]) {
  return cli("generate", ...args);
}

const scratch = temporaryDirectory("cli-check");
afterAll(() => scratch.remove());

const registry = join(scratch.path, "models", "model_registry.yaml");
const outDir = join(scratch.path, "generated");
const modulePath = join(outDir, GENERATED_DECLARATIONS_NAME);
/** The data module beside the declarations (package.json's settings, which these runs read: CommonJS, runtime from src/). */
const dataModulePath = join(outDir, "models.generated.js");
const paths = ["--registry", registry, "--out", outDir];

beforeAll(() => {
  mkdirSync(join(scratch.path, "models"));
  // Every shipped provider with a few models, gpt-4o (edited below, its module line past 400 characters) among them:
  // the check's behaviour, not the catalogue, is under test (npm test checks the shipped outputs themselves).
  writeFileSync(registry, shippedProvidersFewModels(["gpt-4o"]));
});

/** Changes one model's display name in the YAML copy, keeping its comments and layout. */
function editDisplayName(modelId: string, displayName: string): void {
  const document = parseDocument(readFileSync(registry, "utf8"));
  const models = document.get("models");
  if (!isSeq(models)) throw new Error("models is not a list");
  const index = models.items.findIndex((item) => isMap(item) && item.get("id") === modelId);
  if (index < 0) throw new Error(`no model ${modelId}`);
  document.setIn(["models", index, "display_name"], displayName);
  writeFileSync(registry, document.toString());
}

test("--check on a directory with no output exits 1, lists the file as missing and writes nothing", async () => {
  const result = await cli("check", ...paths);
  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(/missing\s+\S*generated\/models\.generated\.d\.ts/);
  expect(result.stderr).toMatch(/missing\s+\S*generated\/models\.generated\.js/);
  expect(() => readdirSync(outDir)).toThrow();
});

test("generate writes the module; `npm run generate -- --check` then exits 0", async () => {
  // The npm script adds --docs, so the bin writes the docs too (beside the temp registry).
  const generated = await cli("generate", "--docs", ...paths);
  expect(errorLines(generated.stderr)).toEqual([]);
  expect(generated.code).toBe(0);
  expect(generated.stdout).toContain("wrote");

  const check = await npmGenerate("--check", ...paths);
  expect(errorLines(check.stderr)).toEqual([]);
  expect(check.code).toBe(0);
  expect(check.stdout).toContain("up to date");
});

test("generating again leaves the output untouched (same bytes, same mtime)", async () => {
  const files = readdirSync(outDir).map((name) => join(outDir, name));
  const names = files.map((path) => path.slice(outDir.length + 1)).sort();
  expect(names).toEqual(expect.arrayContaining(["models.generated.d.ts", "models.generated.js", "models.generated.openai.d.ts", "models.generated.openai.js"]));
  expect(names.every((name) => /^models\.generated(\.[a-z-]+)?\.(d\.ts|js)$/.test(name))).toBe(true);
  const before = files.map((path) => ({ bytes: readFileSync(path), mtimeMs: statSync(path).mtimeMs }));
  const again = await npmGenerate(...paths);
  expect(again.code).toBe(0);
  expect(again.stdout).toContain("already up to date");
  files.forEach((path, i) => {
    expect(statSync(path).mtimeMs).toBe(before[i]!.mtimeMs);
    expect(readFileSync(path).equals(before[i]!.bytes)).toBe(true);
  });
});

test("a comment-only edit of the YAML does not make the output stale", async () => {
  writeFileSync(registry, readFileSync(registry, "utf8") + "\n# a trailing comment changes no data\n");
  expect((await cli("check", ...paths)).code).toBe(0);
});

test("after a data change in the YAML, `npm run generate -- --check` exits 1, names the stale file and writes nothing", async () => {
  const before = [readFileSync(modulePath), readFileSync(dataModulePath)];
  editDisplayName("gpt-4o", "GPT-4o (renamed)");
  const check = await npmGenerate("--check", ...paths);
  expect(check.code).toBe(1);
  expect(check.stderr).toContain("Stale generated output");
  // The name is in the declarations' doc comments and in the module's data: both are stale.
  expect(check.stderr).toMatch(/changed\s+\S*generated\/models\.generated\.d\.ts/);
  expect(check.stderr).toMatch(/changed\s+\S*generated\/models\.generated\.js/);
  // What would change, as a unified diff: the renamed model's doc comment, the long data line cut short.
  expect(check.stderr).toMatch(/^--- a\/\S*generated\/models\.generated\.d\.ts$/m);
  expect(check.stderr).toMatch(/^\+.*GPT-4o \(renamed\) \(OpenAI\): /m);
  expect(check.stderr).toMatch(/^-.*GPT-4o \(OpenAI\): /m);
  expect(check.stderr).toMatch(/lines? cut at 400 characters/);
  // The data is one model per line: the module's diff is that model's line, old and new.
  expect(check.stderr).toMatch(/^-\["gpt-4o",\{"id":"gpt-4o","provider":"openai","display_name":"GPT-4o",/m);
  expect(check.stderr).toMatch(/^\+\["gpt-4o",\{"id":"gpt-4o","provider":"openai","display_name":"GPT-4o \(renamed\)",/m);
  expect(readFileSync(modulePath).equals(before[0]!)).toBe(true);
  expect(readFileSync(dataModulePath).equals(before[1]!)).toBe(true);

  expect((await cli("generate", ...paths)).code).toBe(0);
  expect(readFileSync(modulePath, "utf8")).toContain("GPT-4o (renamed) (OpenAI): ");
  expect(readFileSync(dataModulePath, "utf8")).toContain('"display_name":"GPT-4o (renamed)"');
  expect((await cli("check", ...paths)).code).toBe(0);
});

test("an unknown flag is a usage error: exit 2, a pointer to --help, nothing written", async () => {
  const before = [readFileSync(modulePath), readFileSync(dataModulePath)];
  const result = await cli("generate", "--frobnicate", ...paths);
  expect(result.code).toBe(2);
  expect(result.stderr).toContain("--frobnicate");
  expect(result.stderr).toContain("Run `model-registry --help` for usage.");
  expect(readFileSync(modulePath).equals(before[0]!)).toBe(true);
  expect(readFileSync(dataModulePath).equals(before[1]!)).toBe(true);
});
