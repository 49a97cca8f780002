import type { ActiveModelId, ModelId, ModelRecord } from "../../generated/models.generated";
import { blendedCostPer1MOf } from "./cost";
import { compareCodeUnits, type AnyModelRecord } from "./data";
import { envArgument, optionalBoolean, optionsArgument, own, describe } from "./arguments";
import { InvalidArgumentError } from "./errors";
import { deepFreeze } from "./freeze";
import type { EnvLike, ProviderReadiness } from "./providers";

/** The legacy orchestrator's task types. */
export type TaskType =
  | "code_generation"
  | "debugging"
  | "architectural_design"
  | "documentation"
  | "testing"
  | "data_analysis"
  | "general"
  | "reasoning";

export type TaskPriority = "speed" | "cost" | "quality" | "balanced";

/** What a task needs (the legacy `TaskRequirements`, camelCased; scores are 0..1 as in the registry). */
export interface TaskRequirements {
  /** Sets how coding and reasoning scores weigh in the quality score. Default `"general"`. */
  taskType?: TaskType;
  /** Minimum context window in tokens. Default 4000. */
  minContext?: number;
  /** Maximum blended cost, USD per 1M tokens ((3 × input + output) / 4). */
  maxBlendedCost?: number;
  /** Minimum reasoning score, 0..1. */
  minReasoning?: number;
  /** Minimum coding score, 0..1. */
  minCoding?: number;
  requireVision?: boolean;
  requireFunctions?: boolean;
  /** Default `"balanced"`. */
  priority?: TaskPriority;
  /** Also consider `experimental` models. Default false. */
  allowExperimental?: boolean;
  /** When given, models whose provider lacks its required variables are excluded. Values are never read beyond "set or not". */
  env?: EnvLike;
}

export type ExclusionCode =
  | "deprecated"
  | "experimental-not-allowed"
  | "provider-not-configured"
  | "context-too-small"
  | "too-expensive"
  | "reasoning-too-low"
  | "coding-too-low"
  | "no-vision"
  | "no-function-calling";

export interface ExclusionReason {
  readonly code: ExclusionCode;
  readonly message: string;
}

/** A model left out, with every reason that applies (in the order of `ExclusionCode`). */
export interface ModelExclusion<Id extends string = ModelId> {
  readonly id: Id;
  readonly reasons: readonly ExclusionReason[];
}

/** The score's three parts, each 0..1 (see `selectModels`). */
export interface ScoreBreakdown {
  readonly quality: number;
  readonly cost: number;
  readonly speed: number;
}

/** A status the caller should know about: beta may have issues, experimental was opted into. */
export type CandidateFlag = "beta" | "experimental";

export interface SelectionCandidate<Id extends string = ActiveModelId, Model = ModelRecord> {
  readonly id: Id;
  readonly model: Model;
  /** 0..1, rounded to 6 decimals. */
  readonly score: number;
  readonly breakdown: ScoreBreakdown;
  readonly blendedCostPer1M: number;
  readonly flags: readonly CandidateFlag[];
}

export interface SelectionResult<Id extends string = ActiveModelId, ExcludedId extends string = ModelId, Model = ModelRecord> {
  /** Best first: score descending, then ID in code-unit order. */
  readonly candidates: readonly SelectionCandidate<Id, Model>[];
  /** Every other model, by ID. */
  readonly excluded: readonly ModelExclusion<ExcludedId>[];
}

/** How much the coding and the reasoning score count in the quality part, per task type. */
export const QUALITY_WEIGHTS: Readonly<Record<TaskType, { readonly coding: number; readonly reasoning: number }>> = deepFreeze({
  code_generation: { coding: 0.7, reasoning: 0.3 },
  debugging: { coding: 0.7, reasoning: 0.3 },
  testing: { coding: 0.7, reasoning: 0.3 },
  architectural_design: { coding: 0.3, reasoning: 0.7 },
  reasoning: { coding: 0.3, reasoning: 0.7 },
  data_analysis: { coding: 0.3, reasoning: 0.7 },
  documentation: { coding: 0.5, reasoning: 0.5 },
  general: { coding: 0.5, reasoning: 0.5 },
});

/** How much quality, cost and speed count in the score, per priority. Each row sums to 1. */
export const PRIORITY_WEIGHTS: Readonly<Record<TaskPriority, ScoreBreakdown>> = deepFreeze({
  quality: { quality: 0.7, cost: 0.15, speed: 0.15 },
  cost: { quality: 0.2, cost: 0.7, speed: 0.1 },
  speed: { quality: 0.2, cost: 0.1, speed: 0.7 },
  balanced: { quality: 0.4, cost: 0.3, speed: 0.3 },
});

/** The blended price (USD per 1M tokens) at which the cost part is 0.5: cost = 1 / (1 + blended / this). */
export const COST_HALF_SCORE_USD_PER_1M = 1;

export const DEFAULT_MIN_CONTEXT = 4000;

interface NormalizedRequirements {
  taskType: TaskType;
  priority: TaskPriority;
  minContext: number;
  maxBlendedCost: number | undefined;
  minReasoning: number | undefined;
  minCoding: number | undefined;
  requireVision: boolean;
  requireFunctions: boolean;
  allowExperimental: boolean;
  env: EnvLike | undefined;
}

/** The selection over `models` (already in ID order); `readinessOf` is consulted only when `requirements.env` is set. */
export function selectFrom(
  models: readonly AnyModelRecord[],
  requirements: TaskRequirements,
  readinessOf: (providerId: string, env: EnvLike) => ProviderReadiness | undefined,
): SelectionResult<string, string, AnyModelRecord> {
  const needs = normalizeRequirements(requirements);
  const candidates: SelectionCandidate<string, AnyModelRecord>[] = [];
  const excluded: ModelExclusion<string>[] = [];
  for (const model of models) {
    const blended = blendedCostPer1MOf(model);
    const reasons = exclusionReasons(model, blended, needs, readinessOf);
    if (reasons.length > 0) excluded.push({ id: model.id, reasons });
    else candidates.push(candidate(model, blended, needs));
  }
  candidates.sort((a, b) => b.score - a.score || compareCodeUnits(a.id, b.id));
  return { candidates, excluded };
}

function candidate(model: AnyModelRecord, blended: number, needs: NormalizedRequirements): SelectionCandidate<string, AnyModelRecord> {
  const qualityWeights = QUALITY_WEIGHTS[needs.taskType];
  const breakdown: ScoreBreakdown = {
    quality: round6(
      qualityWeights.coding * model.capabilities.coding_score + qualityWeights.reasoning * model.capabilities.reasoning_score,
    ),
    cost: round6(1 / (1 + blended / COST_HALF_SCORE_USD_PER_1M)),
    speed: round6(model.speed_rating / 10),
  };
  const weights = PRIORITY_WEIGHTS[needs.priority];
  const score = round6(weights.quality * breakdown.quality + weights.cost * breakdown.cost + weights.speed * breakdown.speed);
  const flags: CandidateFlag[] = model.status === "beta" || model.status === "experimental" ? [model.status] : [];
  return { id: model.id, model, score, breakdown, blendedCostPer1M: blended, flags };
}

function exclusionReasons(
  model: AnyModelRecord,
  blended: number,
  needs: NormalizedRequirements,
  readinessOf: (providerId: string, env: EnvLike) => ProviderReadiness | undefined,
): ExclusionReason[] {
  const reasons: ExclusionReason[] = [];
  const add = (code: ExclusionCode, message: string) => reasons.push({ code, message });
  const capabilities = model.capabilities;
  if (model.status === "deprecated") {
    const replacement = model.deprecation?.replaced_by;
    add("deprecated", `deprecated, never selected automatically${replacement === undefined ? "" : `; use "${replacement}"`}`);
  }
  if (model.status === "experimental" && !needs.allowExperimental) {
    add("experimental-not-allowed", "experimental; set allowExperimental to consider it");
  }
  if (needs.env !== undefined) {
    const readiness = readinessOf(model.provider, needs.env);
    if (readiness === undefined) add("provider-not-configured", `provider "${model.provider}" is not in the registry`);
    else if (!readiness.ready) {
      add("provider-not-configured", `provider "${model.provider}" is not configured: missing ${readiness.missing.join(" and ")}`);
    }
  }
  if (model.context_window < needs.minContext) {
    add("context-too-small", `context window ${model.context_window} tokens < required ${needs.minContext}`);
  }
  if (needs.maxBlendedCost !== undefined && blended > needs.maxBlendedCost) {
    add("too-expensive", `blended cost $${blended} per 1M tokens > maximum $${needs.maxBlendedCost}`);
  }
  if (needs.minReasoning !== undefined && capabilities.reasoning_score < needs.minReasoning) {
    add("reasoning-too-low", `reasoning score ${capabilities.reasoning_score} < required ${needs.minReasoning}`);
  }
  if (needs.minCoding !== undefined && capabilities.coding_score < needs.minCoding) {
    add("coding-too-low", `coding score ${capabilities.coding_score} < required ${needs.minCoding}`);
  }
  if (needs.requireVision && !capabilities.supports_vision) add("no-vision", "does not support vision");
  if (needs.requireFunctions && !capabilities.supports_function_calling) {
    add("no-function-calling", "does not support function calling");
  }
  return reasons;
}

function normalizeRequirements(requirements: TaskRequirements): NormalizedRequirements {
  const given = optionsArgument(requirements, "requirements");
  const taskType = (own(given, "taskType") ?? "general") as TaskType;
  if (typeof taskType !== "string" || !Object.prototype.hasOwnProperty.call(QUALITY_WEIGHTS, taskType)) {
    throw new InvalidArgumentError(`unknown taskType ${describe(taskType)}; expected one of ${Object.keys(QUALITY_WEIGHTS).join(", ")}`);
  }
  const priority = (own(given, "priority") ?? "balanced") as TaskPriority;
  if (typeof priority !== "string" || !Object.prototype.hasOwnProperty.call(PRIORITY_WEIGHTS, priority)) {
    throw new InvalidArgumentError(`unknown priority ${describe(priority)}; expected one of ${Object.keys(PRIORITY_WEIGHTS).join(", ")}`);
  }
  const env = own(given, "env") as EnvLike | undefined;
  return {
    taskType,
    priority,
    minContext: nonNegative((own(given, "minContext") ?? DEFAULT_MIN_CONTEXT) as number, "minContext"),
    maxBlendedCost: optional(own(given, "maxBlendedCost") as number | undefined, (value) => nonNegative(value, "maxBlendedCost")),
    minReasoning: optional(own(given, "minReasoning") as number | undefined, (value) => unitScore(value, "minReasoning")),
    minCoding: optional(own(given, "minCoding") as number | undefined, (value) => unitScore(value, "minCoding")),
    requireVision: optionalBoolean(given, "requireVision", "requirements") ?? false,
    requireFunctions: optionalBoolean(given, "requireFunctions", "requirements") ?? false,
    allowExperimental: optionalBoolean(given, "allowExperimental", "requirements") ?? false,
    env: env === undefined ? undefined : envArgument(env, "requirements.env"),
  };
}

function optional<T>(value: T | undefined, check: (value: T) => T): T | undefined {
  return value === undefined ? undefined : check(value);
}

function nonNegative(value: number, name: string): number {
  if (typeof value !== "number" || !(value >= 0)) throw new InvalidArgumentError(`${name} must be a number >= 0, got ${describe(value)}`);
  return value;
}

function unitScore(value: number, name: string): number {
  if (typeof value !== "number" || !(value >= 0 && value <= 1)) {
    throw new InvalidArgumentError(
      `${name} must be between 0 and 1, got ${describe(value)} (registry scores are 0..1: divide a legacy 0-100 score by 100)`,
    );
  }
  return value;
}

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
