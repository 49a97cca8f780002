/** The runtime's types a generated declaration file imports and re-exports, so app code needs one import. */
export const RUNTIME_TYPE_EXPORTS: readonly string[] = [
  "AnyUsage",
  "BaseUrlResolution",
  "CostEstimate",
  "CostOptions",
  "DeepReadonly",
  "DeprecationNotice",
  "EnvLike",
  "ModelFilter",
  "ProviderReadiness",
  "ResolveModelOptions",
  "SelectionResult",
  "TaskRequirements",
  "TokenUsage",
  "UnitUsage",
  "WarnSink",
];

/** The runtime's types the generated module's own declarations use (the rest are only re-exported). */
export const RUNTIME_TYPES_USED: readonly string[] = RUNTIME_TYPE_EXPORTS.filter(
  (name) => !["DeprecationNotice", "TokenUsage", "UnitUsage", "WarnSink"].includes(name),
);

/** The runtime's error classes and constants a generated module re-exports. */
export const RUNTIME_VALUE_EXPORTS: readonly string[] = [
  "DEPRECATED_MODEL_WARNING_CODE",
  "DeprecatedModelError",
  "InvalidArgumentError",
  "ModelRegistryError",
  "ModelRemovedError",
  "UnknownModelError",
  "UnknownProviderError",
  "UnpricedUsageError",
  "UnservableUsageError",
];

/** A function of the registry API: its JSDoc lines and its call signatures (overloads), as TypeScript text. */
export interface RegistryFunction {
  name: string;
  doc: readonly string[];
  signatures: readonly string[];
}

/**
 * The runtime API a generated module exports, bound to its registry: each is the runtime function of the same
 * name with the registry as its first argument. The one statement of the API's typed signatures, which both the
 * declaration file and the TypeScript module print.
 */
export const REGISTRY_API: readonly RegistryFunction[] = [
  {
    name: "getModel",
    doc: [
      "The record of a registered model, typed precisely for the key. Total: a misspelt ID does not compile, and nothing is",
      "`undefined`. Does not warn for deprecated models; use `resolveModel` where the lifecycle policy should apply. Throws",
      "`UnknownModelError` if called with an unregistered string by a caller that bypassed the types.",
    ],
    signatures: ["<K extends ModelId>(id: K): ModelRegistry[K]"],
  },
  {
    name: "findModel",
    doc: ['The record for an untrusted string, or `undefined`. Only registered IDs count (`"toString"` finds nothing); aliases do not.'],
    signatures: ["(id: string): ModelRecord | undefined"],
  },
  {
    name: "isModelId",
    doc: ["Whether `value` is a registered model ID (own keys only)."],
    signatures: ["(value: unknown): value is ModelId"],
  },
  {
    name: "isActiveModelId",
    doc: ["Whether `value` is a registered model ID whose status is not `deprecated`."],
    signatures: ["(value: unknown): value is ActiveModelId"],
  },
  {
    name: "isDeprecatedModelId",
    doc: ["Whether `value` is the ID of a deprecated model."],
    signatures: ["(value: unknown): value is DeprecatedModelId"],
  },
  {
    name: "isModelAlias",
    doc: ["Whether `value` is an alias (a legacy name) of the registry."],
    signatures: ["(value: unknown): value is ModelAlias"],
  },
  {
    name: "resolveAlias",
    doc: ["The model ID an alias (legacy name) stands for; typed per alias for literals, `undefined` for unknown strings."],
    signatures: ["<A extends ModelAlias>(alias: A): ModelAliases[A]", "(alias: string): ModelId | undefined"],
  },
  {
    name: "resolveModelId",
    doc: ["A registered ID as is, an alias as its target, anything else `undefined`."],
    signatures: ["<K extends ModelId>(id: K): K", "<A extends ModelAlias>(alias: A): ModelAliases[A]", "(name: string): ModelId | undefined"],
  },
  {
    name: "resolveModel",
    doc: [
      "A model by ID or alias, with the lifecycle policy applied: a deprecated model resolves but warns once per ID per",
      "process (`options.warn` redirects it), throws `DeprecatedModelError` under `{ strict: true }`, and from its shutdown",
      "date on always throws `ModelRemovedError` naming the replacement. Unknown names throw `UnknownModelError`.",
    ],
    signatures: [
      "<K extends ModelId>(id: K, options?: ResolveModelOptions): ModelRegistry[K]",
      "<A extends ModelAlias>(alias: A, options?: ResolveModelOptions): ModelRegistry[ModelAliases[A]]",
      "(name: string, options?: ResolveModelOptions): ModelRecord",
    ],
  },
  {
    name: "listModels",
    doc: ["The models matching `filter` (all of them without one), in ID order; provider literals narrow `id` and `provider`."],
    signatures: ["<P extends ProviderId = ProviderId>(filter?: ModelFilter<P>): ListedModel<P>[]"],
  },
  {
    name: "listModelIds",
    doc: ["The IDs of `listModels(filter)`, narrowed to the filtered providers' ID unions."],
    signatures: ["<P extends ProviderId = ProviderId>(filter?: ModelFilter<P>): ModelIdByProvider[P][]"],
  },
  {
    name: "selectModels",
    doc: [
      "Ranks the models that meet `requirements` and explains every model left out (score = Wq·quality + Wc·cost + Ws·speed).",
      "Only chat models are considered unless `requirements.kinds` names other kinds.",
    ],
    signatures: [
      '(requirements?: TaskRequirements & { kinds?: "chat" | readonly "chat"[] }): SelectionResult<Extract<ActiveModelId, ChatModelId>, ModelId, ChatModelRecord>',
      "(requirements: TaskRequirements): SelectionResult<ActiveModelId, ModelId, ModelRecord>",
    ],
  },
  {
    name: "estimateCost",
    doc: [
      "What `usage` costs on model `id`: the total in USD (exact decimals), line by line, and which prices were in force.",
      "`usage` is the registry's `TokenUsage` or `UnitUsage` (images, audio seconds, characters, requests, cache storage)",
      "or the `usage` of an OpenAI, Anthropic or Vercel AI SDK call (chat, embeddings, images, transcriptions).",
      "A unit the model has no price for throws `UnpricedUsageError`: never $0 by omission.",
    ],
    signatures: ["(id: ModelId, usage: AnyUsage, options?: CostOptions): CostEstimate"],
  },
  {
    name: "blendedCostPer1M",
    doc: ["Blended list price, USD per 1M tokens: (3 × input + output) / 4. Chat models only."],
    signatures: ["(id: ChatModelId): number"],
  },
  {
    name: "pricePer1M",
    doc: ["Input and output list prices, USD per 1M tokens. Chat models only."],
    signatures: ["(id: ChatModelId): { input: number; output: number }"],
  },
  {
    name: "getProviderConfig",
    doc: ["A provider's configuration."],
    signatures: ["<P extends ProviderId>(provider: P): ProviderRegistry[P]"],
  },
  {
    name: "checkProviderEnv",
    doc: ["Which providers have their required environment variables set (names only; values are never read beyond set or not)."],
    signatures: ["(env?: EnvLike): ProviderReadinessMap"],
  },
  {
    name: "invocationId",
    doc: ["The ID to send to the provider: the `api_name`, or the inference profile ID where the model needs one."],
    signatures: ["(id: ModelId, profile?: string): string"],
  },
  {
    name: "resolveBaseUrl",
    doc: ["The provider's base URL with `{ENV_VAR}` and `{api_name}` placeholders filled, or what is missing."],
    signatures: ["<P extends ProviderId>(provider: P, env?: EnvLike, modelId?: ModelIdByProvider[P]): BaseUrlResolution"],
  },
  {
    name: "availableModels",
    doc: ["The models whose provider is ready in `env`, matching `filter`."],
    signatures: ["<P extends ProviderId = ProviderId>(env?: EnvLike, filter?: ModelFilter<P>): ListedModel<P>[]"],
  },
];

/** The functions a generated module binds to its registry; each is the runtime function of the same name. */
export const BOUND_FUNCTIONS: readonly string[] = REGISTRY_API.map((fn) => fn.name);
