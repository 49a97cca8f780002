import type { Diagnostic } from "../../shared/diagnostics";
import { locateKey, type RegistrySource } from "../input/registry-source";
import { providerTypeName } from "../../shared/naming";
import { formatJsonPointer } from "../input/source-map";
import { BOUND_FUNCTIONS, RUNTIME_TYPE_EXPORTS, RUNTIME_VALUE_EXPORTS } from "../emit/runtime-exports";
import { judgeableRegistry } from "./judgeable";

/**
 * Top-level names the generated module always declares, whatever the registry holds, and what each
 * one is. A provider whose per-provider union (`<Name>ModelId`) lands on one of these would make
 * the module declare it twice (TS2300 in every consumer). test/hardening/identifiers.test.ts checks
 * this list against the names the emitter really declares.
 */
export const RESERVED_IDENTIFIERS: Readonly<Record<string, string>> = Object.freeze({
  ProviderId: "the union of provider IDs",
  ModelId: "the union of model IDs",
  ModelIdByProvider: "the map from provider to its model IDs",
  ActiveModelId: "the union of the IDs of models that are not deprecated",
  DeprecatedModelId: "the union of the IDs of deprecated models",
  ModelAlias: "the union of aliases",
  ChatModelId: "the union of chat model IDs",
  EmbeddingModelId: "the union of embedding model IDs",
  ImageModelId: "the union of image model IDs",
  SpeechModelId: "the union of speech model IDs",
  TranscriptionModelId: "the union of transcription model IDs",
  ModerationModelId: "the union of moderation model IDs",
  RerankModelId: "the union of rerank model IDs",
  ModelIdByKind: "the map from kind to its model IDs",
  OtherKindModelId: "the union of the IDs of models that are not chat models",
  ChatModelRecord: "the record type of a chat model",
  DeprecatedChatModelRecord: "the record type of a deprecated chat model",
  ActiveChatModelRecords: "the mapped type of a provider's active chat records",
  ModelKind: "a type generated from the JSON Schema",
  ImagePrice: "a type generated from the JSON Schema",
  ModelAliases: "the alias table type",
  ModelRegistry: "the per-key registry interface",
  ActiveModelRecords: "the mapped type of a provider's active records",
  ModelRecord: "the record type of a model",
  DeprecatedModelRecord: "the record type of a deprecated model",
  ProviderRegistry: "the provider table type",
  ProviderRecord: "the record type of a provider",
  DeepReadonly: "the deep-readonly helper type",
  ModelRegistryFile: "a type generated from the JSON Schema",
  ModelEntry: "a type generated from the JSON Schema",
  ModelCapabilities: "a type generated from the JSON Schema",
  ModelHardware: "a type generated from the JSON Schema",
  InferenceProfiles: "a type generated from the JSON Schema",
  Modality: "a type generated from the JSON Schema",
  ModelPricing: "a type generated from the JSON Schema",
  ModelScores: "a type generated from the JSON Schema",
  ModelScores1: "a type generated from the JSON Schema",
  ModelSources: "a type generated from the JSON Schema",
  PricePeriod: "a type generated from the JSON Schema",
  PricePeriod1: "a type generated from the JSON Schema",
  PricePeriod2: "a type generated from the JSON Schema",
  PriceTier: "a type generated from the JSON Schema",
  ProviderAuth1: "a type generated from the JSON Schema",
  ProviderEnv1: "a type generated from the JSON Schema",
  ScoreBasis: "a type generated from the JSON Schema",
  Benchmarks: "a type generated from the JSON Schema",
  Benchmarks1: "a type generated from the JSON Schema",
  BenchmarkResult: "a type generated from the JSON Schema",
  BenchmarkResult1: "a type generated from the JSON Schema",
  BenchmarkResult2: "a type generated from the JSON Schema",
  BenchmarkResult3: "a type generated from the JSON Schema",
  BenchmarkResult4: "a type generated from the JSON Schema",
  BenchmarkResult5: "a type generated from the JSON Schema",
  BenchmarkResult6: "a type generated from the JSON Schema",
  BenchmarkResult7: "a type generated from the JSON Schema",
  BenchmarkResult8: "a type generated from the JSON Schema",
  BenchmarkResult9: "a type generated from the JSON Schema",
  BenchmarkResult10: "a type generated from the JSON Schema",
  ScoreResults: "a type generated from the JSON Schema",
  ScoreResults1: "a type generated from the JSON Schema",
  ServiceTierPrice: "a type generated from the JSON Schema",
  ServiceTierPrice1: "a type generated from the JSON Schema",
  ServiceTierPrice2: "a type generated from the JSON Schema",
  ServiceTierPrice3: "a type generated from the JSON Schema",
  ServiceTierPrice4: "a type generated from the JSON Schema",
  ServiceTierPrice5: "a type generated from the JSON Schema",
  ModelStatus: "a type generated from the JSON Schema",
  ProviderConfig: "a type generated from the JSON Schema",
  ProviderAuth: "a type generated from the JSON Schema",
  ProviderEnv: "a type generated from the JSON Schema",
  AuthMethod: "a type generated from the JSON Schema",
  MODELS: "the model data",
  MODEL_IDS: "the list of model IDs",
  PROVIDERS: "the provider data",
  PROVIDER_IDS: "the list of provider IDs",
  MODEL_ALIASES: "the alias data",
  Models: "the named model constants",
  ModelConstants: "the type of the named model constants",
  ListedModel: "the record type of a listed model",
  ProviderReadinessMap: "the provider readiness table type",
  REGISTRY: "the registry handle of the TypeScript module",
  __providerLines: "the provider data, one provider per line",
  __aliasLines: "the alias data, one alias per line",
  RegistryFunction: "the runtime function type of the TypeScript module",
  ...Object.fromEntries(RUNTIME_TYPE_EXPORTS.map((name) => [name, "a type of the runtime"])),
  ...Object.fromEntries(RUNTIME_VALUE_EXPORTS.map((name) => [name, "an export of the runtime"])),
  ...Object.fromEntries(BOUND_FUNCTIONS.map((name) => [name, "a runtime function bound to the registry"])),
});

/** The names declared per provider, as emit-declarations declares them. */
export function providerDeclaredNames(providerId: string, displayName: string): string[] {
  const stem = providerTypeName(providerId, displayName);
  return [`${stem}ModelId`, `${stem}ActiveModelId`, `${stem}DeprecatedModelId`, `${stem}Models`, `${stem}ModelConstants`, `__modelLines_${stem}`];
}

/** Per-provider type names that collide with a name the generator declares anyway; located at the provider's key. */
export function reservedIdentifierCollisions(source: RegistrySource): Diagnostic[] {
  const { registry } = judgeableRegistry(source.data);
  const diagnostics: Diagnostic[] = [];
  for (const [id, config] of Object.entries(registry.providers)) {
    if (config!.display_name === undefined) continue;
    const name = providerDeclaredNames(id, config!.display_name).find((declared) => Object.hasOwn(RESERVED_IDENTIFIERS, declared));
    if (name === undefined) continue;
    const { path, ...at } = locateKey(source, ["providers"], id);
    diagnostics.push({
      severity: "error",
      code: "rule/reserved-identifier",
      message:
        `provider "${id}" (line ${at.line}, column ${at.column}) would generate the type ${name}, ` +
        `which the generated module already declares as ${RESERVED_IDENTIFIERS[name]}; two declarations of ${name} fail to compile (TS2300)`,
      ...at,
      path: formatJsonPointer(path),
      hint: `rename the provider ID (e.g. "${id}-ai"); the per-provider union is named after the ID or the display name`,
    });
  }
  return diagnostics;
}

const TOP_LEVEL_DECLARATION = /^(?:export\s+)?(?:declare\s+)?(const|let|var|type|interface|function|class|enum)\s+([A-Za-z_$][\w$]*)/gm;

/** Names the module text declares more than once at top level: the last line of defence before writing. */
export function duplicateDeclarations(moduleText: string): string[] {
  const kinds = new Map<string, string[]>();
  for (const match of moduleText.matchAll(TOP_LEVEL_DECLARATION)) kinds.set(match[2]!, [...(kinds.get(match[2]!) ?? []), match[1]!]);
  // A function declared several times is one function with overloads.
  return [...kinds].filter(([, list]) => list.length > 1 && !list.every((kind) => kind === "function")).map(([name]) => name);
}
