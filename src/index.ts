/**
 * @lattice-lock/model-registry: the lattice-lock registry (types, frozen constants and the runtime API typed by
 * its unions). Importing this module loads no YAML/JSON-Schema/formatting tooling and reads no file.
 *
 * The shipped registry is one generated registry like any other: `generated/models.generated.*` is what
 * `model-registry generate` writes for `models/model_registry.yaml`, here bound to the runtime in `src/runtime`.
 */

// The generated interface `ModelRegistry` (one property per model) is exported as `ModelRegistryShape`, because
// `ModelRegistry` names the legacy class, as it did before.
export * from "../generated/models.generated";
export type { ModelRegistry as ModelRegistryShape } from "../generated/models.generated";
export {
  COST_HALF_SCORE_USD_PER_1M,
  DEFAULT_MIN_CONTEXT,
  PRIORITY_WEIGHTS,
  QUALITY_WEIGHTS,
  TASK_QUALITY_FLOORS,
  TIER_ESTIMATE_WEIGHT,
  BEST_QUALITY_DISTANCE,
  scoreEvidence,
  createRegistryApi,
  type AnthropicUsage,
  type CandidateFlag,
  type CostItem,
  type CostLine,
  type ExclusionCode,
  type ExclusionReason,
  type FeeLine,
  type ModelExclusion,
  type OpenAIChatUsage,
  type OpenAIResponsesUsage,
  type PriceInForce,
  type PriceSource,
  type RegistryApi,
  type RegistryData,
  type ScoreBreakdown,
  type SelectionCandidate,
  type ServiceTier,
  type TaskPriority,
  type TaskType,
  type TierInForce,
  type UnservableReason,
  type UsageRead,
  type UsageShape,
  type VercelAIUsage,
  type VercelAIV4Usage,
  type Workload,
} from "./runtime";
export { ModelRegistry } from "./legacy";

// Every exported value is deep-frozen, functions and classes included: no caller can change a table
// (e.g. PRIORITY_WEIGHTS) or a method for every other caller in the process.
import * as generatedModule from "../generated/models.generated";
import * as legacyModule from "./legacy";
import * as runtimeModule from "./runtime";

runtimeModule.freezeExportedValues(generatedModule, runtimeModule, legacyModule);
