/**
 * GENERATED FILE - DO NOT EDIT.
 * OpenAI's models from ../models/model_registry.yaml, and the registry API over them alone: a bundle
 * that imports only this module holds no other provider's data.
 * Regenerate: npm run generate
 */
/* eslint-disable */

import type {
  AnyUsage,
  BaseUrlResolution,
  CostEstimate,
  CostOptions,
  EnvLike,
  ListedModel,
  ModelFilter,
  ModelIdByProvider,
  ModelRecord,
  ModelRegistry,
  OpenAIActiveModelId,
  OpenAIDeprecatedModelId,
  OpenAIModelId,
  ProviderRegistry,
  SelectionResult,
  TaskRequirements,
} from "./models.generated.js";

/** OpenAI's models, deep-frozen, keyed by model ID. */
export declare const MODELS: { readonly [K in OpenAIModelId]: ModelRegistry[K] };

/** OpenAI's model IDs, sorted. */
export declare const MODEL_IDS: readonly OpenAIModelId[];

/**
 * The record of a registered model, typed precisely for the key. Total: a misspelt ID does not compile, and nothing is
 * `undefined`. Does not warn for deprecated models; use `resolveModel` where the lifecycle policy should apply. Throws
 * `UnknownModelError` if called with an unregistered string by a caller that bypassed the types.
 */
export declare function getModel<K extends OpenAIModelId>(id: K): ModelRegistry[K];

/**
 * The record for an untrusted string, or `undefined`. Only registered IDs count (`"toString"` finds nothing); aliases do not.
 */
export declare function findModel(id: string): ModelRecord<"openai"> | undefined;

/** Whether `value` is a registered model ID (own keys only). */
export declare function isModelId(value: unknown): value is OpenAIModelId;

/** Whether `value` is a registered model ID whose status is not `deprecated`. */
export declare function isActiveModelId(value: unknown): value is OpenAIActiveModelId;

/** Whether `value` is the ID of a deprecated model. */
export declare function isDeprecatedModelId(value: unknown): value is OpenAIDeprecatedModelId;

/**
 * The models matching `filter` (all of them without one), in ID order; provider literals narrow `id` and `provider`.
 */
export declare function listModels<P extends "openai" = "openai">(filter?: ModelFilter<P>): ListedModel<P>[];

/** The IDs of `listModels(filter)`, narrowed to the filtered providers' ID unions. */
export declare function listModelIds<P extends "openai" = "openai">(filter?: ModelFilter<P>): ModelIdByProvider[P][];

/**
 * Ranks the models that meet `requirements` and explains every model left out (score = Wq·quality + Wc·cost + Ws·speed).
 */
export declare function selectModels(requirements?: TaskRequirements): SelectionResult<OpenAIActiveModelId, OpenAIModelId, ModelRecord<"openai">>;

/**
 * What `usage` costs on model `id`: the total in USD (exact decimals), line by line, and which prices were in force.
 * `usage` is the registry's `TokenUsage` or the `usage` of an OpenAI, Anthropic or Vercel AI SDK call.
 */
export declare function estimateCost(id: OpenAIModelId, usage: AnyUsage, options?: CostOptions): CostEstimate;

/** Blended list price, USD per 1M tokens: (3 × input + output) / 4. */
export declare function blendedCostPer1M(id: OpenAIModelId): number;

/** Input and output list prices, USD per 1M tokens. */
export declare function pricePer1M(id: OpenAIModelId): { input: number; output: number };

/** A provider's configuration. */
export declare function getProviderConfig<P extends "openai">(provider: P): ProviderRegistry[P];

/** The ID to send to the provider: the `api_name`, or the inference profile ID where the model needs one. */
export declare function invocationId(id: OpenAIModelId, profile?: string): string;

/** The provider's base URL with `{ENV_VAR}` and `{api_name}` placeholders filled, or what is missing. */
export declare function resolveBaseUrl<P extends "openai">(provider: P, env?: EnvLike, modelId?: ModelIdByProvider[P]): BaseUrlResolution;

/** The models whose provider is ready in `env`, matching `filter`. */
export declare function availableModels<P extends "openai" = "openai">(env?: EnvLike, filter?: ModelFilter<P>): ListedModel<P>[];
