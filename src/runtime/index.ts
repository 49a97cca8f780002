/**
 * The model registry runtime: lookups, selection, cost estimates, provider environment checks and the lifecycle
 * policy over any registry's data. No dependencies, no file access: a generated module binds these functions to
 * its registry (and types them by its unions); `createRegistryApi` binds them to data built at run time.
 */
export {
  defineRegistry,
  type AnyModelRecord,
  type AnyProviderRecord,
  type DeepReadonly,
  type GeneratedRegistryData,
  type Registry,
  type RegistryData,
  type RegistryOptions,
} from "./data";
export { deepFreeze, freezeExportedValues } from "./freeze";
export { frozenKeys, tableFromLines } from "./lines";
export * from "./registry-functions";
export { createRegistryApi, type RegistryApi, type RegistryApiOptions } from "./api";
export type {
  AnthropicUsage,
  AnyUsage,
  CostEstimate,
  CostItem,
  CostLine,
  CostOptions,
  FeeLine,
  ImageCount,
  OpenAIChatUsage,
  OpenAIEmbeddingUsage,
  OpenAIImagesUsage,
  OpenAIResponsesUsage,
  OpenAITranscriptionUsage,
  PriceInForce,
  PriceSource,
  ServiceTier,
  TierInForce,
  TokenUsage,
  UnitItem,
  UnitLine,
  UnitUsage,
  UsageRead,
  UsageShape,
  VercelAIEmbeddingUsage,
  VercelAIUsage,
  VercelAIV4Usage,
} from "./cost";
export type { BaseUrlResolution, EnvLike, ProviderReadiness } from "./providers";
export {
  COST_HALF_SCORE_USD_PER_1M,
  DEFAULT_MIN_CONTEXT,
  PRIORITY_WEIGHTS,
  QUALITY_WEIGHTS,
  TASK_QUALITY_FLOORS,
  TIER_ESTIMATE_WEIGHT,
  BEST_QUALITY_DISTANCE,
  scoreEvidence,
  type CandidateFlag,
  type ExclusionCode,
  type ExclusionReason,
  type ModelExclusion,
  type ScoreBreakdown,
  type SelectionCandidate,
  type SelectionResult,
  type TaskPriority,
  type TaskRequirements,
  type TaskType,
  type Workload,
} from "./select";
export {
  DEPRECATED_MODEL_WARNING_CODE,
  type DeprecationNotice,
  type ResolveModelOptions,
  type WarnSink,
} from "./lifecycle";
export {
  DeprecatedModelError,
  InvalidArgumentError,
  ModelRegistryError,
  ModelRemovedError,
  UnknownModelError,
  UnknownProviderError,
  UnpricedUsageError,
  UnservableUsageError,
  type UnservableReason,
} from "./errors";
export type {
  AuthMethod,
  ImagePrice,
  Modality,
  ModelEntry,
  ModelKind,
  ModelPricing,
  ModelRegistryFile,
  ModelStatus,
  PricePeriod,
  PriceTier,
  ProviderConfig,
  ServiceTierPrice,
} from "../shared/registry-file";
