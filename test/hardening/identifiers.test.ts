/**
 * Generated identifiers: every per-provider name is checked against the names the module declares
 * anyway, read from the module model that prints it, so a new generated name cannot silently reopen
 * the collision (the fixtures provider-id-active,
 * provider-id-deprecated and provider-type-name-collision cover the located errors).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { declaredNames, duplicateNames, type ModuleModel } from "../../src/generator/emit/module-model";
import { registryModule } from "../../src/generator/emit/registry-module";
import { schemaTypes } from "../../src/generator/emit/schema-types";
import { normalizeRegistry } from "../../src/generator/model/normalize";
import { fixedDeclarations, providerDeclaredNames } from "../../src/generator/validate/identifiers";
import type { ModelRegistryFile } from "../../src/shared/registry-file";
import { generateIn, makeTempDir, removeDir, REPO_ROOT } from "./helpers";

const SCHEMA = JSON.parse(readFileSync(join(REPO_ROOT, "schema/model_registry.schema.json"), "utf8"));

test("the names a registry's module declares are the fixed ones plus each provider's own", () => {
  const data = parse(readFileSync(join(REPO_ROOT, "models/model_registry.yaml"), "utf8")) as ModelRegistryFile;
  const model = registryModule(normalizeRegistry(data, SCHEMA, "models/model_registry.yaml"), schemaTypes(SCHEMA), {
    command: "npm run generate",
    schemaPath: "schema.json",
    runtimeSpecifier: "./runtime",
  });
  const perProvider = Object.entries(data.providers).flatMap(([id, config]) => providerDeclaredNames(id, config!.display_name));
  const declared = [...new Set(declaredNames(model).map(({ name }) => name))];
  expect(declared.filter((name) => !perProvider.includes(name)).sort()).toEqual([...fixedDeclarations(SCHEMA).keys()].sort());
  expect(perProvider.every((name) => declared.includes(name))).toBe(true);
  expect(duplicateNames(model)).toEqual([]);
});

test.each(["active", "deprecated"])("a provider named %s: exit-1 error before anything is written, also in validate mode", async (provider) => {
  const dir = makeTempDir();
  try {
    const registry = readFileSync(join(REPO_ROOT, `test/fixtures/invalid/provider-id-${provider}/registry.yaml`));
    for (const mode of ["write", "validate", "check"] as const) {
      const result = await generateIn(dir, registry, { mode });
      expect(result.ok).toBe(false);
      expect(result.diagnostics.map((d) => d.code)).toEqual(["rule/reserved-identifier"]);
      expect(result.written).toEqual([]);
    }
  } finally {
    removeDir(dir);
  }
});

test("two providers producing one type name: the error gives both lines", async () => {
  const dir = makeTempDir();
  try {
    const result = await generateIn(dir, readFileSync(join(REPO_ROOT, "test/fixtures/invalid/provider-type-name-collision/registry.yaml")));
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]!.message).toMatch(/^providers "openai" \(line 4\) and "open-ai" \(line \d+\) both produce the type name OpenAIModelId/);
  } finally {
    removeDir(dir);
  }
});

test("duplicateNames: a name bound twice or exported twice; a re-export beside the import of one name is neither", () => {
  const model = (declarations: ModuleModel["declarations"]): ModuleModel => ({
    banner: () => "",
    imports: [
      { from: "./runtime", kind: "types", names: ["AnyUsage"] },
      { from: "./runtime", kind: "types", names: ["AnyUsage"], reexport: true },
    ],
    declarations,
  });
  expect(duplicateNames(model([]))).toEqual([]);
  const type = (name: string) => ({ kind: "type" as const, name, type: "string" });
  expect(duplicateNames(model([type("ActiveModelId"), type("ActiveModelId"), type("AnyUsage")]))).toEqual(["ActiveModelId", "AnyUsage"]);
});
