import type { Diagnostic } from "../../shared/diagnostics";
import { locateKey, type RegistrySource } from "../input/registry-source";
import { providerTypeName } from "../../shared/naming";
import { formatJsonPointer } from "../input/source-map";
import type { Declaration, ModuleModel } from "../emit/module-model";
import { declaredNames } from "../emit/module-model";
import { providerNames, registryModule } from "../emit/registry-module";
import { schemaTypes, UnsupportedSchemaError } from "../emit/schema-types";
import type { JsonSchema } from "./validate-schema";
import { judgeableRegistry } from "./judgeable";

/**
 * The names the generated module declares whatever the registry holds, and what declares each: the module of a
 * registry with no provider, model or alias, read from its model (the same rows that make every module).
 */
export function fixedDeclarations(schema: JsonSchema): ReadonlyMap<string, string> {
  let fixed = fixedBySchema.get(schema);
  if (fixed === undefined) {
    fixed = declarationsOfEmptyRegistry(schema);
    fixedBySchema.set(schema, fixed);
  }
  return fixed;
}

/** Per schema object: a run and watch mode ask for the same schema's names again and again. */
const fixedBySchema = new WeakMap<JsonSchema, ReadonlyMap<string, string>>();

function declarationsOfEmptyRegistry(schema: JsonSchema): ReadonlyMap<string, string> {
  const model = registryModule({ sourcePath: "", providers: [], models: [], aliases: [] }, entryTypes(schema), {
    command: "",
    schemaPath: "",
    runtimeSpecifier: "",
  });
  return new Map(declaredNames(model).map(({ name, kind }) => [name, describe(model, name, kind)]));
}

/** The names declared per provider, as the module model names them. */
export function providerDeclaredNames(providerId: string, displayName: string): string[] {
  return Object.values(providerNames(providerTypeName(providerId, displayName)));
}

/** Per-provider type names that collide with a name the generator declares anyway; located at the provider's key. */
export function reservedIdentifierCollisions(source: RegistrySource, schema: JsonSchema): Diagnostic[] {
  const { registry } = judgeableRegistry(source.data);
  const fixed = fixedDeclarations(schema);
  const diagnostics: Diagnostic[] = [];
  for (const [id, config] of Object.entries(registry.providers)) {
    if (config!.display_name === undefined) continue;
    const name = providerDeclaredNames(id, config!.display_name).find((declared) => fixed.has(declared));
    if (name === undefined) continue;
    const { path, ...at } = locateKey(source, ["providers"], id);
    diagnostics.push({
      severity: "error",
      code: "rule/reserved-identifier",
      message:
        `provider "${id}" (line ${at.line}, column ${at.column}) would generate the type ${name}, ` +
        `which the generated module already declares as ${fixed.get(name)}; two declarations of ${name} fail to compile (TS2300)`,
      ...at,
      path: formatJsonPointer(path),
      hint: `rename the provider ID (e.g. "${id}-ai"); the per-provider union is named after the ID or the display name`,
    });
  }
  return diagnostics;
}

/** The schema's types; one the converter rejects declares nothing here (the emit stage reports it). */
function entryTypes(schema: JsonSchema): Declaration[] {
  try {
    return schemaTypes(schema);
  } catch (error) {
    if (error instanceof UnsupportedSchemaError) return [];
    throw error;
  }
}

/** `the type ActiveModelId ("Every model that is not deprecated.")`: the kind and the first sentence of its doc. */
function describe(model: ModuleModel, name: string, kind: string): string {
  const doc = model.declarations.find((declaration) => declaration.name === name)?.doc?.[0];
  return `the ${kind} ${name}${doc === undefined ? "" : ` ("${doc.split(/(?<=\.)\s/)[0]}")`}`;
}
