// `model-registry init` in a fresh project, then `generate` on what it wrote: the copied starter, and with
// --extends a registry that is the whole shipped catalogue (the package linked into the project's node_modules,
// as npm installs it).
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { cli, REPO_ROOT } from "./helpers";

const SHIPPED_MODELS = (parse(readFileSync(join(REPO_ROOT, "models/model_registry.yaml"), "utf8")) as { models: unknown[] }).models.length;

let app: string;
beforeEach(() => {
  app = mkdtempSync(join(tmpdir(), "model-registry-init-"));
  writeFileSync(join(app, "package.json"), '{ "name": "app", "private": true }\n');
});
afterEach(() => rmSync(app, { recursive: true, force: true }));

function installCatalogue(): void {
  mkdirSync(join(app, "node_modules", "@lattice-lock"), { recursive: true });
  symlinkSync(REPO_ROOT, join(app, "node_modules", "@lattice-lock", "model-registry"), "dir");
}

const generate = () => cli(["generate", "--as-of", "2026-12-01"], { cwd: app });
const generatedIds = () => require(join(app, "src/generated/models.generated.js")).MODEL_IDS as string[];

test("init copies four catalogue models; generate then writes their module", async () => {
  expect((await cli(["init"], { cwd: app })).code).toBe(0);
  const starter = readFileSync(join(app, "models/model_registry.yaml"), "utf8");
  expect(starter).not.toContain("extends:");
  // Plain words for an app developer: no maintainers' working vocabulary or trackers' names in the notes.
  for (const jargon of ["docs corpus", "corpus", "codersera", "api-evangelist"]) expect(starter).not.toContain(jargon);
  expect(starter).toContain('notes: "Copied from the catalogue of @lattice-lock/model-registry');
  expect(await generate()).toMatchObject({ code: 0 });
  expect(generatedIds()).toHaveLength(4);
});

test("init --extends writes a registry of the whole catalogue; an override in it changes one price", async () => {
  installCatalogue();
  const init = await cli(["init", "--extends"], { cwd: app });
  expect(init).toMatchObject({ code: 0, stderr: "" });
  const registryPath = join(app, "models/model_registry.yaml");
  const registry = readFileSync(registryPath, "utf8");
  expect(registry).toContain('extends: "@lattice-lock/model-registry"');
  expect(registry.split("\n")[0]).toBe("# yaml-language-server: $schema=../node_modules/@lattice-lock/model-registry/schema/model_registry.schema.json");
  expect(await generate()).toMatchObject({ code: 0 });
  expect(generatedIds()).toHaveLength(SHIPPED_MODELS);

  // The commented example, uncommented, is a working override.
  writeFileSync(registryPath, registry.replace(/^# (overrides:| {2}models:| {4}- id: gpt-6-luna| {6}pricing: .*)$/gm, "$1"));
  expect(await generate()).toMatchObject({ code: 0 });
  jest.resetModules();
  const { MODELS } = require(join(app, "src/generated/models.generated.js")) as { MODELS: Record<string, { pricing: { input: number } }> };
  expect(MODELS["gpt-6-luna"]!.pricing.input).toBe(0.05);
});

test("init --extends without the package in the project writes nothing and says how to install it", async () => {
  const init = await cli(["init", "--extends"], { cwd: app });
  expect(init.code).toBe(1);
  expect(init.stderr).toContain("no package @lattice-lock/model-registry is installed");
  expect(init.stderr).toContain("npm install --save-dev @lattice-lock/model-registry");
  expect(existsSync(join(app, "models"))).toBe(false);
  expect(readFileSync(join(app, "package.json"), "utf8")).not.toContain("generate");
});

describe("package.json init cannot edit: a located error, exit 1, nothing written", () => {
  test.each([
    [
      "scripts is a string",
      '{\n  "name": "app",\n  "scripts": "jest --ci"\n}\n',
      'package.json:3:3: "scripts" must be an object of script names to commands, got a string ("jest --ci")',
    ],
    ["scripts is an array", '{ "scripts": ["a"] }\n', '"scripts" must be an object of script names to commands, got an array'],
    ["invalid JSON", '{ "name": "app",\n  "private": tru }\n', "not valid JSON"],
    ["null", "null\n", "package.json:1:1: must be a JSON object, got null"],
    ["an array", "[]\n", "package.json:1:1: must be a JSON object, got an array"],
  ])("%s", async (_name, manifest, message) => {
    writeFileSync(join(app, "package.json"), manifest);
    const run = await cli(["init"], { cwd: app });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(/internal error| {4}at /);
    expect(readFileSync(join(app, "package.json"), "utf8")).toBe(manifest);
    expect(existsSync(join(app, "models"))).toBe(false);
  });
});

describe("package.json init edits keeps everything but the added script", () => {
  test.each([
    ["a BOM", '\uFEFF{\n  "name": "app"\n}\n', '\uFEFF{\n  "name": "app",\n  "scripts": {\n    "generate": "model-registry generate"\n  }\n}\n'],
    [
      "tabs and CRLF",
      '{\r\n\t"name": "app",\r\n\t"scripts": {\r\n\t\t"test": "jest"\r\n\t}\r\n}\r\n',
      '{\r\n\t"name": "app",\r\n\t"scripts": {\r\n\t\t"test": "jest",\r\n\t\t"generate": "model-registry generate"\r\n\t}\r\n}\r\n',
    ],
  ])("%s (init --force)", async (_name, manifest, expected) => {
    writeFileSync(join(app, "package.json"), manifest);
    expect((await cli(["init", "--force"], { cwd: app })).code).toBe(0);
    expect(readFileSync(join(app, "package.json"), "utf8")).toBe(expected);
  });

  test("a package.json with a generate script is not touched", async () => {
    const manifest = '{"name":"app","scripts":{"generate":"my-generator"}}';
    writeFileSync(join(app, "package.json"), manifest);
    expect((await cli(["init"], { cwd: app })).code).toBe(0);
    expect(readFileSync(join(app, "package.json"), "utf8")).toBe(manifest);
  });

  test("a symlinked package.json stays a link; its target gets the script", async () => {
    const shared = join(app, "shared.json");
    writeFileSync(shared, '{ "name": "app" }\n');
    rmSync(join(app, "package.json"));
    symlinkSync(shared, join(app, "package.json"));
    expect((await cli(["init"], { cwd: app })).code).toBe(0);
    expect(lstatSync(join(app, "package.json")).isSymbolicLink()).toBe(true);
    expect(JSON.parse(readFileSync(shared, "utf8")).scripts).toEqual({ generate: "model-registry generate" });
  });
});
