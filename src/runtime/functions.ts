import type {
  ActiveModelId,
  DeprecatedModelId,
  ModelAlias,
  ModelAliases,
  ModelId,
  ModelIdByProvider,
  ModelRecord,
  ModelRegistry,
  ProviderId,
  ProviderRegistry,
} from "../../generated/models.generated";
import { createRegistryApi, type ModelFilter } from "./api";
import type { AnyUsage, CostEstimate, CostOptions } from "./cost";
import { GENERATED_REGISTRY_DATA } from "./data";
import type { ResolveModelOptions } from "./lifecycle";
import type { BaseUrlResolution, EnvLike, ProviderReadiness } from "./providers";
import type { SelectionResult, TaskRequirements } from "./select";

// The functions below are the package's API over the generated registry. They add the literal types; the
// work is done by one RegistryApi instance, so its deprecation warnings are once per model ID per process.
const api = createRegistryApi(GENERATED_REGISTRY_DATA);

/** A model of provider `P` whose `id` is typed as one of that provider's model IDs. */
export type ListedModel<P extends ProviderId = ProviderId> = ModelRecord<P> & { readonly id: ModelIdByProvider[P] };

/** Each provider's readiness. */
export type ProviderReadinessMap = { readonly [P in ProviderId]: ProviderReadiness };

/**
 * The record of a registered model, typed precisely for the key (`getModel("gpt-4")` is a `DeprecatedModelRecord<"openai">`).
 * Total: a misspelt ID does not compile, and nothing is `undefined`. Does not warn for deprecated models; use
 * `resolveModel` where the lifecycle policy should apply. Throws `UnknownModelError` if called with an
 * unregistered string by a caller that bypassed the types.
 */
export function getModel<K extends ModelId>(id: K): ModelRegistry[K] {
  return api.getModel(id) as unknown as ModelRegistry[K];
}

/** The record for an untrusted string, or `undefined`. Only registered IDs count (`"toString"` finds nothing); aliases do not. */
export function findModel(id: string): ModelRecord | undefined {
  return api.findModel(id) as ModelRecord | undefined;
}

/** Whether `value` is a registered model ID (own keys only: `"constructor"`, `"__proto__"` are not). */
export function isModelId(value: unknown): value is ModelId {
  return api.isModelId(value);
}

/** Whether `value` is a registered model ID whose status is not `deprecated`. */
export function isActiveModelId(value: unknown): value is ActiveModelId {
  return api.isActiveModelId(value);
}

/** Whether `value` is the ID of a deprecated model. */
export function isDeprecatedModelId(value: unknown): value is DeprecatedModelId {
  return api.isDeprecatedModelId(value);
}

/** Whether `value` is an alias (a legacy name) of the registry. */
export function isModelAlias(value: unknown): value is ModelAlias {
  return api.isModelAlias(value);
}

/** The model ID an alias (legacy name) stands for; typed per alias for literals, `undefined` for unknown strings. */
export function resolveAlias<A extends ModelAlias>(alias: A): ModelAliases[A];
export function resolveAlias(alias: string): ModelId | undefined;
export function resolveAlias(alias: string): ModelId | undefined {
  return api.resolveAlias(alias) as ModelId | undefined;
}

/** A registered ID as is, an alias as its target, anything else `undefined`. */
export function resolveModelId<K extends ModelId>(id: K): K;
export function resolveModelId<A extends ModelAlias>(alias: A): ModelAliases[A];
export function resolveModelId(name: string): ModelId | undefined;
export function resolveModelId(name: string): ModelId | undefined {
  return api.resolveModelId(name) as ModelId | undefined;
}

/**
 * A model by ID or alias, with the lifecycle policy applied: a deprecated model resolves but warns once per
 * ID per process (replacement and removal date in the message; `options.warn` redirects it), throws
 * `DeprecatedModelError` under `{ strict: true }`, and from its removal date on always throws
 * `ModelRemovedError` naming the replacement. Unknown names throw `UnknownModelError` (with a did-you-mean).
 */
export function resolveModel<K extends ModelId>(id: K, options?: ResolveModelOptions): ModelRegistry[K];
export function resolveModel<A extends ModelAlias>(alias: A, options?: ResolveModelOptions): ModelRegistry[ModelAliases[A]];
export function resolveModel(name: string, options?: ResolveModelOptions): ModelRecord;
export function resolveModel(name: string, options?: ResolveModelOptions): ModelRecord {
  return api.resolveModel(name, options) as ModelRecord;
}

/**
 * The models matching `filter` (all of them without one), in ID order. With provider literals the result's
 * `id` and `provider` are narrowed: `listModels({ providers: "openai" })` is a `ListedModel<"openai">[]`.
 * Unknown providers or statuses throw.
 */
export function listModels<P extends ProviderId = ProviderId>(filter?: ModelFilter<P>): ListedModel<P>[] {
  return api.listModels(filter) as ListedModel<P>[];
}

/** The IDs of `listModels(filter)`, narrowed to the filtered providers' ID unions. */
export function listModelIds<P extends ProviderId = ProviderId>(filter?: ModelFilter<P>): ModelIdByProvider[P][] {
  return api.listModels(filter).map((model) => model.id) as ModelIdByProvider[P][];
}

/**
 * Ranks the models that meet `requirements` and explains every model left out. Deprecated models are never
 * candidates, experimental ones only with `allowExperimental`, beta ones are flagged. See the "Runtime API" section of README.md
 * for the scoring formula: score = Wq·quality + Wc·cost + Ws·speed, ties broken by ID.
 */
export function selectModels(requirements: TaskRequirements = {}): SelectionResult {
  return api.selectModels(requirements) as SelectionResult;
}

/**
 * What `usage` costs on model `id`: the total in USD (exact decimal arithmetic), line by line, and which prices
 * were in force (dated period, long-context tier, service tier). `usage` is the registry's `TokenUsage` or the
 * `usage` an OpenAI (Chat Completions, Responses), Anthropic or Vercel AI SDK call returned. Throws
 * `UnservableUsageError` for usage the model could not have served, `UnpricedUsageError` where the registry has no price.
 */
export function estimateCost(id: ModelId, usage: AnyUsage, options?: CostOptions): CostEstimate {
  return api.estimateCost(id, usage, options);
}

/** (3 × input + output) / 4 in USD per 1M tokens, the legacy orchestrator's blended price. */
export function blendedCostPer1M(id: ModelId): number {
  return api.blendedCostPer1M(id);
}

/** Input and output price in USD per 1M tokens. */
export function pricePer1M(id: ModelId): { input: number; output: number } {
  return api.pricePer1M(id);
}

/** A provider's configuration (environment variable names, never values). */
export function getProviderConfig<P extends ProviderId>(provider: P): ProviderRegistry[P] {
  return api.getProviderConfig(provider) as ProviderRegistry[P];
}

/**
 * Per provider, whether its required variables are set (`{ ready, missing }`); an any-of requirement is met
 * by any one of its variables. Looks only at whether variables are set; never returns, logs or keeps values.
 */
export function checkProviderEnv(env: EnvLike = process.env): ProviderReadinessMap {
  return api.checkProviderEnv(env) as ProviderReadinessMap;
}

/**
 * The provider's base URL with `{VARIABLE}` placeholders filled from `env` (then the provider's
 * `env.defaults`) and `{api_name}` from `model`; `{ ok: false, missing }` names what is unset.
 */
/**
 * The ID to send to the provider for model `id`: its `api_name` (else its ID), or for a model that can only be
 * invoked through a cross-region inference profile (Bedrock), that profile's ID: `profile` ("us", "eu", "apac",
 * "global", …) or, when none is named, "global". A profile the model lacks throws `InvalidArgumentError`.
 */
export function invocationId(id: ModelId, profile?: string): string {
  return api.invocationId(id, profile);
}

export function resolveBaseUrl<P extends ProviderId>(
  provider: P,
  env: EnvLike = process.env,
  model?: ModelIdByProvider[P],
): BaseUrlResolution {
  return api.resolveBaseUrl(provider, env, model);
}

/** The models (optionally filtered) whose provider is ready in `env`; a local provider such as Ollama needs no key. */
export function availableModels<P extends ProviderId = ProviderId>(
  env: EnvLike = process.env,
  filter?: ModelFilter<P>,
): ListedModel<P>[] {
  return api.availableModels(env, filter) as ListedModel<P>[];
}
