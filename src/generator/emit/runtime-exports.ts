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

/** The functions a generated module binds to its registry; each is the runtime function of the same name. */
export const BOUND_FUNCTIONS: readonly string[] = [
  "getModel",
  "findModel",
  "isModelId",
  "isActiveModelId",
  "isDeprecatedModelId",
  "isModelAlias",
  "resolveAlias",
  "resolveModelId",
  "resolveModel",
  "listModels",
  "listModelIds",
  "selectModels",
  "estimateCost",
  "blendedCostPer1M",
  "pricePer1M",
  "getProviderConfig",
  "checkProviderEnv",
  "invocationId",
  "resolveBaseUrl",
  "availableModels",
];
