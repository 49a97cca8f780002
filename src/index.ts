/**
 * @lattice-lock/model-registry: the generated registry (types and frozen constants) and the runtime API over it.
 * Importing this module loads no YAML/JSON-Schema/formatting tooling and reads no file: everything is in code.
 */

// Generated ID unions, record types and constants. The generated interface `ModelRegistry` (one property per
// model) is exported as `ModelRegistryShape`, because `ModelRegistry` names the legacy class, as it did before.
export * from "../generated/models.generated";
export type { ModelRegistry as ModelRegistryShape } from "../generated/models.generated";

export {
  availableModels,
  blendedCostPer1M,
  checkProviderEnv,
  estimateCost,
  findModel,
  getModel,
  getProviderConfig,
  invocationId,
  isActiveModelId,
  isDeprecatedModelId,
  isModelAlias,
  isModelId,
  listModelIds,
  listModels,
  pricePer1M,
  resolveAlias,
  resolveBaseUrl,
  resolveModel,
  resolveModelId,
  selectModels,
  type ListedModel,
  type ProviderReadinessMap,
} from "./runtime/functions";
export type { ModelFilter } from "./runtime/api";
export type {
  AnthropicUsage,
  AnyUsage,
  CostEstimate,
  CostItem,
  CostLine,
  CostOptions,
  FeeLine,
  OpenAIChatUsage,
  OpenAIResponsesUsage,
  PriceInForce,
  PriceSource,
  ServiceTier,
  TierInForce,
  TokenUsage,
  UsageRead,
  UsageShape,
  VercelAIUsage,
  VercelAIV4Usage,
} from "./runtime/cost";
export type { BaseUrlResolution, EnvLike, ProviderReadiness } from "./runtime/providers";
export {
  COST_HALF_SCORE_USD_PER_1M,
  DEFAULT_MIN_CONTEXT,
  PRIORITY_WEIGHTS,
  QUALITY_WEIGHTS,
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
} from "./runtime/select";
export { DEPRECATED_MODEL_WARNING_CODE, type DeprecationNotice, type ResolveModelOptions, type WarnSink } from "./runtime/lifecycle";
export {
  DeprecatedModelError,
  InvalidArgumentError,
  ModelRegistryError,
  ModelRemovedError,
  UnknownModelError,
  UnpricedUsageError,
  UnknownProviderError,
  UnservableUsageError,
  type UnservableReason,
} from "./runtime/errors";
export { ModelRegistry } from "./runtime/legacy";

// Every exported value is deep-frozen, functions and classes included: no caller can change a table
// (e.g. PRIORITY_WEIGHTS) or a method for every other caller in the process.
import * as generatedModule from "../generated/models.generated";
import * as errorsModule from "./runtime/errors";
import * as functionsModule from "./runtime/functions";
import * as legacyModule from "./runtime/legacy";
import * as lifecycleModule from "./runtime/lifecycle";
import * as selectModule from "./runtime/select";
import { freezeExportedValues } from "./runtime/freeze";

freezeExportedValues(generatedModule, functionsModule, selectModule, lifecycleModule, errorsModule, legacyModule);
