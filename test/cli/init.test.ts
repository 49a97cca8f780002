// `model-registry init` in a fresh project, then `generate` on what it wrote: the copied starter, and with
// --extends a registry that is the whole shipped catalogue (the package linked into the project's node_modules,
// as npm installs it).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
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
  writeFileSync(registryPath, registry.replace(/^# (overrides:|  models:|    - id: gpt-6-luna|      pricing: .*)$/gm, "$1"));
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
