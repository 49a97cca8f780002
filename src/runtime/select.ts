import { blendedCostPer1MOf, estimateCostOf, type CostEstimate, type ServiceTier } from "./cost";
import { compareStrings } from "../shared/strings";
import type { AnyModelRecord } from "./data";
import { envArgument, optionalBoolean, optionsArgument, own, describe } from "./arguments";
import { InvalidArgumentError, ModelRegistryError } from "./errors";
import { deepFreeze } from "./freeze";
import type { EnvLike, ProviderReadiness } from "./providers";

/** The legacy orchestrator's task types. */
export type TaskType = "code_generation" | "debugging" | "architectural_design" | "documentation" | "testing" | "data_analysis" | "general" | "reasoning";

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
  /**
   * Minimum quality part (the task-weighted coding and reasoning score), 0..1. Default: the task's floor
   * (`TASK_QUALITY_FLOORS`) for the `balanced` and `quality` priorities, none for `cost` and `speed`.
   */
  minQuality?: number;
  requireVision?: boolean;
  requireFunctions?: boolean;
  /** Default `"balanced"`. */
  priority?: TaskPriority;
  /** Also consider `experimental` models. Default false. */
  allowExperimental?: boolean;
  /** When given, only models of these providers are considered. */
  providers?: readonly string[];
  /** When given, models whose provider lacks its required variables are excluded. Values are never read beyond "set or not". */
  env?: EnvLike;
  /** When given, the cost part scores what this workload costs on each model (via `estimateCost`), not the list price. */
  workload?: Workload;
  /** With `workload`: the most one workload may cost, USD. */
  maxWorkloadCost?: number;
}

/** A described request (or a batch of them) to price on every candidate. */
export interface Workload {
  inputTokens: number;
  outputTokens: number;
  /** Share of the input tokens read from the prompt cache, 0..1 (rounded to whole tokens). Default 0. */
  cacheHitRate?: number;
  /** Input tokens written to the prompt cache (5-minute writes at Anthropic). Default 0. */
  cacheWriteTokens?: number;
  /** Default `"standard"`; a model without this service tier is excluded. */
  serviceTier?: ServiceTier;
  /** When the workload runs: picks the price period in force. Default: now. */
  at?: Date | string;
}

export type ExclusionCode =
  | "deprecated"
  | "experimental-not-allowed"
  | "provider-not-configured"
  | "provider-not-chosen"
  | "context-too-small"
  | "too-expensive"
  | "reasoning-too-low"
  | "coding-too-low"
  | "unrated"
  | "below-task-floor"
  | "far-below-best"
  | "no-vision"
  | "no-function-calling"
  | "cannot-price-workload"
  | "workload-too-expensive";

export interface ExclusionReason {
  readonly code: ExclusionCode;
  readonly message: string;
}

/** A model left out, with every reason that applies (in the order of `ExclusionCode`). */
export interface ModelExclusion<Id extends string = string> {
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

export interface SelectionCandidate<Id extends string = string, Model = AnyModelRecord> {
  readonly id: Id;
  readonly model: Model;
  /** 0..1, rounded to 6 decimals. */
  readonly score: number;
  readonly breakdown: ScoreBreakdown;
  readonly blendedCostPer1M: number;
  /** What `requirements.workload` costs on this model; undefined without a workload. */
  readonly workloadCost: CostEstimate | undefined;
  readonly flags: readonly CandidateFlag[];
}

export interface SelectionResult<Id extends string = string, ExcludedId extends string = string, Model = AnyModelRecord> {
  /** Best first: score descending, then ID in code-unit order. */
  readonly candidates: readonly SelectionCandidate<Id, Model>[];
  /** Every other model, by ID. */
  readonly excluded: readonly ModelExclusion<ExcludedId>[];
  /** One sentence on the top pick: why it ranks first and what its scores rest on (or why nothing qualified). */
  readonly explanation: string;
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

/**
 * The least quality part a model needs for a task under the `balanced` and `quality` priorities: the small tier
 * (0.6) is below every floor, so a tiny model cannot win a task on being free and fast alone (docs/scoring.md).
 */
export const TASK_QUALITY_FLOORS: Readonly<Record<TaskType, number>> = deepFreeze({
  code_generation: 0.65,
  debugging: 0.65,
  testing: 0.65,
  architectural_design: 0.65,
  reasoning: 0.65,
  data_analysis: 0.65,
  documentation: 0.62,
  general: 0.62,
});

/**
 * The share of a tier score (an estimate, no published result behind it) that counts in the quality part:
 * a tier flagship (1.0) counts as 0.8, level with a measured model at 80% of the best published results.
 */
export const TIER_ESTIMATE_WEIGHT = 0.8;

/**
 * How far below the best candidate's quality part a model may be and stay a candidate, per priority: `quality` keeps
 * the near-best only (cost and speed then choose among them), `cost` picks
 * the cheapest model within 0.25 of the best, not the cheapest model at all. `speed` has no such bound.
 */
export const BEST_QUALITY_DISTANCE: Readonly<Record<TaskPriority, number | undefined>> = deepFreeze({
  quality: 0.05,
  balanced: 0.2,
  cost: 0.25,
  speed: undefined,
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
  minQuality: number | undefined;
  requireVision: boolean;
  requireFunctions: boolean;
  allowExperimental: boolean;
  env: EnvLike | undefined;
  providers: ReadonlySet<string> | undefined;
  workload: Workload | undefined;
  maxWorkloadCost: number | undefined;
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
    const workload = priceWorkload(model, needs);
    const reasons = [...exclusionReasons(model, blended, needs, readinessOf), ...workloadReasons(workload, needs)];
    if (isRated(model)) reasons.push(...floorReasons(model, needs));
    else reasons.push(UNRATED);
    if (isRated(model) && reasons.length === 0) candidates.push(candidate(model, blended, workload.estimate, needs));
    else excluded.push({ id: model.id, reasons });
  }
  const kept = withinReachOfBest(candidates, excluded, needs);
  excluded.sort((a, b) => compareStrings(a.id, b.id));
  // Measured first: where any candidate's scores rest on published results, tier-only candidates rank after them.
  const measuredFirst = kept.some((c) => evidenceRank(c.model) === 0);
  kept.sort(
    (a, b) =>
      (measuredFirst ? evidenceRank(a.model) - evidenceRank(b.model) : 0) ||
      b.score - a.score ||
      evidenceRank(a.model) - evidenceRank(b.model) ||
      copyRank(a.model) - copyRank(b.model) ||
      compareStrings(a.id, b.id),
  );
  return { candidates: kept, excluded, explanation: explainTopPick(kept, excluded.length, needs, measuredFirst) };
}

/** Moves candidates whose quality part is further below the best candidate's than the priority allows to `excluded`. */
function withinReachOfBest(
  candidates: SelectionCandidate<string, AnyModelRecord>[],
  excluded: ModelExclusion<string>[],
  needs: NormalizedRequirements,
): SelectionCandidate<string, AnyModelRecord>[] {
  const distance = BEST_QUALITY_DISTANCE[needs.priority];
  if (distance === undefined || candidates.length === 0) return candidates;
  const best = candidates.reduce((a, b) => (b.breakdown.quality > a.breakdown.quality || (b.breakdown.quality === a.breakdown.quality && b.id < a.id) ? b : a));
  const bound = round6(best.breakdown.quality - distance);
  return candidates.filter((c) => {
    if (c.breakdown.quality >= bound) return true;
    const message = `quality ${c.breakdown.quality} is more than ${distance} below the best candidate's ${best.breakdown.quality} (${best.id}) for ${needs.priority}`;
    excluded.push({ id: c.id, reasons: [{ code: "far-below-best", message }] });
    return false;
  });
}

/** At equal scores the entry holding the results ranks before a reseller's copy of the same weights. */
function copyRank(model: AnyModelRecord): number {
  return (model as { same_weights_as?: string }).same_weights_as === undefined ? 0 : 1;
}

/** The weights a model serves: its own ID, or the entry its `same_weights_as` names. */
function weightsOf(model: AnyModelRecord): string {
  return (model as { same_weights_as?: string }).same_weights_as ?? model.id;
}

/** A model with routing scores: published results or a tier set by hand (an entry may have neither). */
type RatedModel = AnyModelRecord & { readonly scores: NonNullable<AnyModelRecord["scores"]> };

function isRated(model: AnyModelRecord): model is RatedModel {
  return model.scores !== undefined;
}

const UNRATED: ExclusionReason = {
  code: "unrated",
  message: "unrated: no published benchmark result and no tier score, so its quality is unknown (scores are never guessed)",
};

/** 0 when a model's scores rest on published results (on either axis), 1 when on the tier estimate alone. */
function evidenceRank(model: AnyModelRecord): number {
  if (!isRated(model)) return 2;
  const counted = resultCounts(model);
  return counted.coding + counted.reasoning > 0 ? 0 : 1;
}

function qualityOf(model: RatedModel, taskType: TaskType): number {
  const weights = QUALITY_WEIGHTS[taskType];
  const counted = resultCounts(model);
  const coding = model.scores.coding * (counted.coding > 0 ? 1 : TIER_ESTIMATE_WEIGHT);
  const reasoning = model.scores.reasoning * (counted.reasoning > 0 ? 1 : TIER_ESTIMATE_WEIGHT);
  return round6(weights.coding * coding + weights.reasoning * reasoning);
}

/** How many published results each score rests on; a hand-set `benchmark` basis without counts counts as one each. */
function resultCounts(model: RatedModel): { coding: number; reasoning: number } {
  const scores = model.scores as RatedModel["scores"] & { results?: { coding: number; reasoning: number } };
  if (scores.basis !== "benchmark") return { coding: 0, reasoning: 0 };
  return scores.results ?? { coding: 1, reasoning: 1 };
}

function floorReasons(model: RatedModel, needs: NormalizedRequirements): ExclusionReason[] {
  if (needs.minQuality === undefined) return [];
  const quality = qualityOf(model, needs.taskType);
  if (quality >= needs.minQuality) return [];
  return [{ code: "below-task-floor", message: `quality ${quality} for ${needs.taskType} < floor ${needs.minQuality}` }];
}

/** What a model's scores rest on, in a few words. */
export function scoreEvidence(model: AnyModelRecord): string {
  if (!isRated(model)) return "nothing (unrated: no published result, no tier score)";
  if (model.scores.basis !== "benchmark") return "tier estimate (no published benchmark result)";
  const counted = resultCounts(model);
  const count = (n: number) => (n === 0 ? "tier" : `${n} result${n === 1 ? "" : "s"}`);
  return `benchmarks (coding: ${count(counted.coding)}, reasoning: ${count(counted.reasoning)})`;
}

function explainTopPick(
  candidates: readonly SelectionCandidate<string, AnyModelRecord>[],
  excluded: number,
  needs: NormalizedRequirements,
  measuredFirst: boolean,
): string {
  const top = candidates[0];
  const task = `${needs.taskType}/${needs.priority}`;
  if (top === undefined) return `No model qualifies for ${task}: all ${excluded} were excluded (see excluded for each reason).`;
  const weights = PRIORITY_WEIGHTS[needs.priority];
  const { quality, cost, speed } = top.breakdown;
  // The runner-up is the best candidate serving other weights: a reseller's copy of the top pick is no alternative.
  const runnerUp = candidates.find((c) => weightsOf(c.model) !== weightsOf(top.model));
  const margin =
    runnerUp === undefined
      ? "the only weights that qualify"
      : `${round6(top.score - runnerUp.score)} ${top.score >= runnerUp.score ? "ahead of" : "behind"} ${runnerUp.id}`;
  const order = measuredFirst ? "measured models ranked first" : "no candidate has published results";
  return (
    `${top.id} ranks first for ${task} with score ${top.score} (${weights.quality} × quality ${quality} + ${weights.cost} × cost ${cost} + ` +
    `${weights.speed} × speed ${speed}), ${margin}, its scores resting on ${scoreEvidence(top.model)} (${order}); ${candidates.length} qualified, ${excluded} excluded.`
  );
}

type WorkloadPrice = { estimate: CostEstimate | undefined; error: ModelRegistryError | undefined };

function priceWorkload(model: AnyModelRecord, needs: NormalizedRequirements): WorkloadPrice {
  const workload = needs.workload;
  if (workload === undefined) return { estimate: undefined, error: undefined };
  const usage = {
    inputTokens: workload.inputTokens,
    outputTokens: workload.outputTokens,
    cachedInputTokens: Math.round(workload.inputTokens * (workload.cacheHitRate ?? 0)),
    cacheWriteTokens: workload.cacheWriteTokens ?? 0,
  };
  try {
    return { estimate: estimateCostOf(model, usage, { serviceTier: workload.serviceTier, at: workload.at }), error: undefined };
  } catch (error) {
    if (error instanceof ModelRegistryError && error.code !== "INVALID_ARGUMENT") return { estimate: undefined, error };
    throw error;
  }
}

function workloadReasons({ estimate, error }: WorkloadPrice, needs: NormalizedRequirements): ExclusionReason[] {
  if (error !== undefined) return [{ code: "cannot-price-workload", message: error.message }];
  if (estimate !== undefined && needs.maxWorkloadCost !== undefined && estimate.usd > needs.maxWorkloadCost) {
    return [{ code: "workload-too-expensive", message: `the workload costs $${estimate.usdExact} > maximum $${needs.maxWorkloadCost}` }];
  }
  return [];
}

/** The price the cost part scores, USD per 1M tokens: the workload's cost per 1M of its tokens, or the blended list price. */
function scoredPricePer1M(blended: number, workloadCost: CostEstimate | undefined, workload: Workload | undefined): number {
  if (workloadCost === undefined || workload === undefined) return blended;
  const tokens = workload.inputTokens + workload.outputTokens;
  return tokens === 0 ? 0 : (workloadCost.usd * 1_000_000) / tokens;
}

function candidate(
  model: RatedModel,
  blended: number,
  workloadCost: CostEstimate | undefined,
  needs: NormalizedRequirements,
): SelectionCandidate<string, AnyModelRecord> {
  const breakdown: ScoreBreakdown = {
    quality: qualityOf(model, needs.taskType),
    cost: round6(1 / (1 + scoredPricePer1M(blended, workloadCost, needs.workload) / COST_HALF_SCORE_USD_PER_1M)),
    // No speed rating scores as the slowest: a missing figure must not rank above a stated one.
    speed: round6((model.speed_rating ?? 0) / 10),
  };
  const weights = PRIORITY_WEIGHTS[needs.priority];
  const score = round6(weights.quality * breakdown.quality + weights.cost * breakdown.cost + weights.speed * breakdown.speed);
  const flags: CandidateFlag[] = model.status === "beta" || model.status === "experimental" ? [model.status] : [];
  return { id: model.id, model, score, breakdown, blendedCostPer1M: blended, workloadCost, flags };
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
    const replacement = model.replaced_by;
    add("deprecated", `deprecated, never selected automatically${replacement === undefined ? "" : `; use "${replacement}"`}`);
  }
  if (model.status === "experimental" && !needs.allowExperimental) {
    add("experimental-not-allowed", "experimental; set allowExperimental to consider it");
  }
  if (needs.providers !== undefined && !needs.providers.has(model.provider)) {
    add("provider-not-chosen", `provider "${model.provider}" is not among the chosen ${[...needs.providers].join(", ")}`);
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
  if (needs.minReasoning !== undefined && model.scores !== undefined && model.scores.reasoning < needs.minReasoning) {
    add("reasoning-too-low", `reasoning score ${model.scores.reasoning} < required ${needs.minReasoning}`);
  }
  if (needs.minCoding !== undefined && model.scores !== undefined && model.scores.coding < needs.minCoding) {
    add("coding-too-low", `coding score ${model.scores.coding} < required ${needs.minCoding}`);
  }
  if (needs.requireVision && !capabilities.input.includes("image")) add("no-vision", "does not support vision");
  if (needs.requireFunctions && !capabilities.tool_calling) {
    add("no-function-calling", "does not support function calling");
  }
  return reasons;
}

function normalizeRequirements(requirements: TaskRequirements): NormalizedRequirements {
  const given = optionsArgument(requirements, "requirements");
  const taskType = (own(given, "taskType") ?? "general") as TaskType;
  if (typeof taskType !== "string" || !Object.hasOwn(QUALITY_WEIGHTS, taskType)) {
    throw new InvalidArgumentError(`unknown taskType ${describe(taskType)}; expected one of ${Object.keys(QUALITY_WEIGHTS).join(", ")}`);
  }
  const priority = (own(given, "priority") ?? "balanced") as TaskPriority;
  if (typeof priority !== "string" || !Object.hasOwn(PRIORITY_WEIGHTS, priority)) {
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
    minQuality:
      optional(own(given, "minQuality") as number | undefined, (value) => unitScore(value, "minQuality")) ??
      (priority === "balanced" || priority === "quality" ? TASK_QUALITY_FLOORS[taskType] : undefined),
    requireVision: optionalBoolean(given, "requireVision", "requirements") ?? false,
    requireFunctions: optionalBoolean(given, "requireFunctions", "requirements") ?? false,
    allowExperimental: optionalBoolean(given, "allowExperimental", "requirements") ?? false,
    env: env === undefined ? undefined : envArgument(env, "requirements.env"),
    providers: own(given, "providers") === undefined ? undefined : checkedProviders(own(given, "providers") as readonly string[]),
    workload: optional(own(given, "workload") as Workload | undefined, checkedWorkload),
    maxWorkloadCost: optional(own(given, "maxWorkloadCost") as number | undefined, (value) => nonNegative(value, "maxWorkloadCost")),
  };
}

/** The workload's own properties only: a polluted Object.prototype.cacheHitRate, .serviceTier or .at changes nothing. */
function checkedWorkload(given: Workload): Workload {
  const fields = optionsArgument(given, "workload");
  const workload = Object.assign(
    Object.create(null) as object,
    Object.fromEntries(
      (["inputTokens", "outputTokens", "cacheHitRate", "cacheWriteTokens", "serviceTier", "at"] as const).flatMap((key) =>
        own(fields, key) === undefined ? [] : [[key, own(fields, key)]],
      ),
    ),
  ) as unknown as Workload;
  const rate = workload.cacheHitRate;
  if (rate !== undefined && !(typeof rate === "number" && rate >= 0 && rate <= 1)) {
    throw new InvalidArgumentError(`workload.cacheHitRate must be between 0 and 1, got ${String(rate)}`);
  }
  return workload;
}

function checkedProviders(given: readonly string[]): ReadonlySet<string> {
  if (!Array.isArray(given) || !given.every((id) => typeof id === "string")) {
    throw new InvalidArgumentError(`providers must be a list of provider IDs, got ${describe(given)}`);
  }
  return new Set([...given].sort(compareStrings));
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
    throw new InvalidArgumentError(`${name} must be between 0 and 1, got ${describe(value)} (registry scores are 0..1: divide a legacy 0-100 score by 100)`);
  }
  return value;
}

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
