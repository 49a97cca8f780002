import { jsDocText, tsString } from "../../shared/escape";
import type { NormalizedProvider, NormalizedRegistry } from "../model/normalize";
import { generatedBanner } from "./banner";
import type { Declaration, ModuleModel } from "./module-model";
import { boundApi, providerNames, referencedNames, value } from "./registry-module";
import { REGISTRY_API, RUNTIME_TYPE_EXPORTS } from "./runtime-exports";

export interface ProviderModuleOptions {
  /** The registry's module, as this one imports it (its data and types). */
  mainSpecifier: string;
  runtimeSpecifier: string;
  command: string;
}

/** The registry's types a provider module's signatures may name, besides its own ID unions and the runtime's types. */
const REGISTRY_TYPES = ["ModelRegistry", "ModelRecord", "ListedModel", "ModelIdByProvider", "ProviderRegistry"];

/**
 * One provider's module (`models.generated.openai`): its models and the registry API over them alone, typed by that
 * provider's unions; the API rows that answer across providers (aliases, every provider's readiness) stay in the
 * registry's module. It reads its data from the registry's module, whose other values a bundler then drops, so an
 * app that imports only this module bundles one provider's data.
 */
export function providerModule(registry: NormalizedRegistry, provider: NormalizedProvider, options: ProviderModuleOptions): ModuleModel {
  const names = providerNames(provider.typeName);
  const id = tsString(provider.id);
  const scope = {
    ModelId: names.modelId,
    ActiveModelId: names.activeModelId,
    DeprecatedModelId: names.deprecatedModelId,
    ProviderId: id,
    ModelRecord: `ModelRecord<${id}>`,
  };
  const providerName = jsDocText(provider.config.display_name);
  const declarations: Declaration[] = [
    value(
      "MODELS",
      `{ readonly [K in ${names.modelId}]: ModelRegistry[K] }`,
      `runtime.tableFromLines(${names.modelLines})`,
      `${providerName}'s models, deep-frozen, keyed by model ID.`,
    ),
    value("MODEL_IDS", `readonly ${names.modelId}[]`, "runtime.frozenKeys(MODELS)", `${providerName}'s model IDs, sorted.`),
    ...boundApi(
      "{}",
      scope,
      REGISTRY_API.filter((fn) => fn.registryOnly !== true),
    ),
  ];
  const ownTypes = [...REGISTRY_TYPES, names.modelId, names.activeModelId, names.deprecatedModelId, ...RUNTIME_TYPE_EXPORTS];
  return {
    banner: (flavour) =>
      generatedBanner(
        [
          `${providerName}'s models from ${jsDocText(registry.sourcePath)}, and the registry API over them alone: a bundle`,
          "that imports only this module holds no other provider's data.",
        ],
        options.command,
        flavour === "typescript",
      ),
    imports: [
      { from: options.runtimeSpecifier, kind: "namespace", names: ["runtime"] },
      { from: options.mainSpecifier, kind: "values", names: [names.modelLines, "PROVIDERS"] },
      { from: options.mainSpecifier, kind: "types", names: referencedNames(declarations, ownTypes) },
    ],
    declarations,
  };
}
