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
  "WarnSink",
];

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

/**
 * The names a signature's types are written in: the registry's own, or one provider's (its ID unions, its ID as the
 * provider, its record type), for the module of that provider.
 */
export interface ApiScope {
  ModelId: string;
  ActiveModelId: string;
  DeprecatedModelId: string;
  ProviderId: string;
  ModelRecord: string;
}

export const REGISTRY_SCOPE: ApiScope = {
  ModelId: "ModelId",
  ActiveModelId: "ActiveModelId",
  DeprecatedModelId: "DeprecatedModelId",
  ProviderId: "ProviderId",
  ModelRecord: "ModelRecord",
};

/**
 * A function of the registry API: its JSDoc lines and its call signatures (overloads) as TypeScript text in a
 * scope's names. `registryOnly`: it answers across providers (aliases, the readiness of every provider), so a
 * provider's module leaves it out.
 */
export interface RegistryFunction {
  name: string;
  doc: readonly string[];
  signatures: (t: ApiScope) => readonly string[];
  registryOnly?: boolean;
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
    signatures: (t) => [`<K extends ${t.ModelId}>(id: K): ModelRegistry[K]`],
  },
  {
    name: "findModel",
    doc: ['The record for an untrusted string, or `undefined`. Only registered IDs count (`"toString"` finds nothing); aliases do not.'],
    signatures: (t) => [`(id: string): ${t.ModelRecord} | undefined`],
  },
  {
    name: "isModelId",
    doc: ["Whether `value` is a registered model ID (own keys only)."],
    signatures: (t) => [`(value: unknown): value is ${t.ModelId}`],
  },
  {
    name: "isActiveModelId",
    doc: ["Whether `value` is a registered model ID whose status is not `deprecated`."],
    signatures: (t) => [`(value: unknown): value is ${t.ActiveModelId}`],
  },
  {
    name: "isDeprecatedModelId",
    doc: ["Whether `value` is the ID of a deprecated model."],
    signatures: (t) => [`(value: unknown): value is ${t.DeprecatedModelId}`],
  },
  {
    name: "isModelAlias",
    registryOnly: true,
    doc: ["Whether `value` is an alias (a legacy name) of the registry."],
    signatures: () => ["(value: unknown): value is ModelAlias"],
  },
  {
    name: "resolveAlias",
    registryOnly: true,
    doc: ["The model ID an alias (legacy name) stands for; typed per alias for literals, `undefined` for unknown strings."],
    signatures: (t) => ["<A extends ModelAlias>(alias: A): ModelAliases[A]", `(alias: string): ${t.ModelId} | undefined`],
  },
  {
    name: "resolveModelId",
    registryOnly: true,
    doc: ["A registered ID as is, an alias as its target, anything else `undefined`."],
    signatures: (t) => [`<K extends ${t.ModelId}>(id: K): K`, "<A extends ModelAlias>(alias: A): ModelAliases[A]", `(name: string): ${t.ModelId} | undefined`],
  },
  {
    name: "resolveModel",
    registryOnly: true,
    doc: [
      "A model by ID or alias, with the lifecycle policy applied: a deprecated model resolves but warns once per ID per",
      "process (`options.warn` redirects it), throws `DeprecatedModelError` under `{ strict: true }`, and from its shutdown",
      "date on always throws `ModelRemovedError` naming the replacement. Unknown names throw `UnknownModelError`.",
    ],
    signatures: (t) => [
      `<K extends ${t.ModelId}>(id: K, options?: ResolveModelOptions): ModelRegistry[K]`,
      "<A extends ModelAlias>(alias: A, options?: ResolveModelOptions): ModelRegistry[ModelAliases[A]]",
      `(name: string, options?: ResolveModelOptions): ${t.ModelRecord}`,
    ],
  },
  {
    name: "listModels",
    doc: ["The models matching `filter` (all of them without one), in ID order; provider literals narrow `id` and `provider`."],
    signatures: (t) => [`<P extends ${t.ProviderId} = ${t.ProviderId}>(filter?: ModelFilter<P>): ListedModel<P>[]`],
  },
  {
    name: "listModelIds",
    doc: ["The IDs of `listModels(filter)`, narrowed to the filtered providers' ID unions."],
    signatures: (t) => [`<P extends ${t.ProviderId} = ${t.ProviderId}>(filter?: ModelFilter<P>): ModelIdByProvider[P][]`],
  },
  {
    name: "selectModels",
    doc: ["Ranks the models that meet `requirements` and explains every model left out (score = Wq·quality + Wc·cost + Ws·speed)."],
    signatures: (t) => [`(requirements?: TaskRequirements): SelectionResult<${t.ActiveModelId}, ${t.ModelId}, ${t.ModelRecord}>`],
  },
  {
    name: "estimateCost",
    doc: [
      "What `usage` costs on model `id`: the total in USD (exact decimals), line by line, and which prices were in force.",
      "`usage` is the registry's `TokenUsage` or the `usage` of an OpenAI, Anthropic or Vercel AI SDK call.",
    ],
    signatures: (t) => [`(id: ${t.ModelId}, usage: AnyUsage, options?: CostOptions): CostEstimate`],
  },
  {
    name: "blendedCostPer1M",
    doc: ["Blended list price, USD per 1M tokens: (3 × input + output) / 4."],
    signatures: (t) => [`(id: ${t.ModelId}): number`],
  },
  {
    name: "pricePer1M",
    doc: ["Input and output list prices, USD per 1M tokens."],
    signatures: (t) => [`(id: ${t.ModelId}): { input: number; output: number }`],
  },
  {
    name: "getProviderConfig",
    doc: ["A provider's configuration."],
    signatures: (t) => [`<P extends ${t.ProviderId}>(provider: P): ProviderRegistry[P]`],
  },
  {
    name: "checkProviderEnv",
    registryOnly: true,
    doc: ["Which providers have their required environment variables set (names only; values are never read beyond set or not)."],
    signatures: () => ["(env?: EnvLike): ProviderReadinessMap"],
  },
  {
    name: "invocationId",
    doc: ["The ID to send to the provider: the `api_name`, or the inference profile ID where the model needs one."],
    signatures: (t) => [`(id: ${t.ModelId}, profile?: string): string`],
  },
  {
    name: "resolveBaseUrl",
    doc: ["The provider's base URL with `{ENV_VAR}` and `{api_name}` placeholders filled, or what is missing."],
    signatures: (t) => [`<P extends ${t.ProviderId}>(provider: P, env?: EnvLike, modelId?: ModelIdByProvider[P]): BaseUrlResolution`],
  },
  {
    name: "availableModels",
    doc: ["The models whose provider is ready in `env`, matching `filter`."],
    signatures: (t) => [`<P extends ${t.ProviderId} = ${t.ProviderId}>(env?: EnvLike, filter?: ModelFilter<P>): ListedModel<P>[]`],
  },
];
