// The runtime API as plain functions over a `Registry` handle. Each function reaches only the code it needs, so a
// bundler that keeps one lookup drops the selection and cost engines (and the data, when no function is used).
import { ownValue } from "../shared/records";
import { MODEL_STATUSES } from "../shared/model-statuses";
import type { ModelStatus } from "../shared/registry-file";
import { kindOf, type ModelKind } from "../shared/model-kind";
import { closestMatch } from "../shared/suggest";
import { describe, envArgument, optionalBoolean, optionalKinds, optionalNonNegative, optionsArgument } from "./arguments";
import { blendedCostPer1MOf, estimateCostOf, pricePer1MOf, tokenPricesOf, type AnyUsage, type CostEstimate, type CostOptions } from "./cost";
import { hasOwnKey, sortedModelIds, sortedProviderIds, type AnyModelRecord, type AnyProviderRecord, type Registry } from "./data";
import { InvalidArgumentError, UnknownModelError, UnknownProviderError } from "./errors";
import { invocationIdOf } from "./invocation";
import { policyOf, type ResolveModelOptions } from "./lifecycle";
import { providerReadiness, resolveProviderBaseUrl, type BaseUrlResolution, type EnvLike, type ProviderReadiness } from "./providers";
import { selectFrom, type SelectionResult, type TaskRequirements } from "./select";

/** Which models `listModels` returns; every field narrows, an absent field does not filter. */
export interface ModelFilter<P extends string = string> {
  /** One provider or several. A provider literal narrows the returned IDs to that provider's. */
  providers?: P | readonly P[];
  statuses?: ModelStatus | readonly ModelStatus[];
  /** true: only models that take images; false: only models that don't. */
  vision?: boolean;
  /** true: only models with tool (function) calling; false: only models without. */
  functionCalling?: boolean;
  /** Only models that accept every one of these inputs (e.g. `["pdf", "audio"]`). */
  inputModalities?: readonly AnyModelRecord["capabilities"]["input"][number][];
  /** Only models that produce every one of these outputs. */
  outputModalities?: readonly AnyModelRecord["capabilities"]["output"][number][];
  /** true: only models that can constrain output to a JSON Schema. */
  structuredOutput?: boolean;
  /** true: only models with reasoning or thinking controls. */
  reasoning?: boolean;
  /** Minimum context window, tokens (a model that states none, such as an image model, does not match). */
  minContext?: number;
  /** Only models of these kinds (`"chat"`, `"embedding"`, …; an entry without `kind` is a chat model). Default: every kind. */
  kinds?: ModelKind | readonly ModelKind[];
  /** Maximum blended price, USD per 1M tokens ((3 × input + output) / 4); a model without both token prices does not match. */
  maxBlendedCostPer1M?: number;
  maxInputCostPer1M?: number;
  maxOutputCostPer1M?: number;
}

/** No registered ID or alias is longer; longer input gets no did-you-mean (edit distance is quadratic). */
const MAX_SUGGESTABLE_LENGTH = 128;

export function findModel(registry: Registry, id: string): AnyModelRecord | undefined {
  return typeof id === "string" && hasOwnKey(registry.data.models, id) ? registry.data.models[id] : undefined;
}

export function isModelId(registry: Registry, value: unknown): value is string {
  return typeof value === "string" && hasOwnKey(registry.data.models, value);
}

export function isActiveModelId(registry: Registry, value: unknown): value is string {
  return isModelId(registry, value) && registry.data.models[value]!.status !== "deprecated";
}

export function isDeprecatedModelId(registry: Registry, value: unknown): value is string {
  return isModelId(registry, value) && registry.data.models[value]!.status === "deprecated";
}

export function isModelAlias(registry: Registry, value: unknown): value is string {
  return typeof value === "string" && hasOwnKey(registry.data.aliases, value);
}

export function resolveAlias(registry: Registry, alias: string): string | undefined {
  return isModelAlias(registry, alias) ? registry.data.aliases[alias] : undefined;
}

export function resolveModelId(registry: Registry, name: string): string | undefined {
  return isModelId(registry, name) ? name : resolveAlias(registry, name);
}

function unknownModel(registry: Registry, input: unknown): UnknownModelError {
  const text = String(input);
  const known = [...sortedModelIds(registry), ...Object.keys(registry.data.aliases)];
  return new UnknownModelError(text, text.length <= MAX_SUGGESTABLE_LENGTH ? closestMatch(text, known) : undefined);
}

export function getModel(registry: Registry, id: string): AnyModelRecord {
  const model = findModel(registry, id);
  if (model === undefined) throw unknownModel(registry, id);
  return model;
}

export function resolveModel(registry: Registry, name: string, options?: ResolveModelOptions): AnyModelRecord {
  const id = resolveModelId(registry, name);
  if (id === undefined) throw unknownModel(registry, name);
  const model = getModel(registry, id);
  policyOf(registry).enforce(model, options);
  return model;
}

export function getProviderConfig(registry: Registry, provider: string): AnyProviderRecord {
  if (typeof provider !== "string" || !hasOwnKey(registry.data.providers, provider)) throw new UnknownProviderError(String(provider));
  return registry.data.providers[provider]!;
}

export function listModels(registry: Registry, filter: ModelFilter = {}): AnyModelRecord[] {
  const matches = modelMatcher(filter, (provider) => getProviderConfig(registry, provider));
  return sortedModelIds(registry)
    .map((id) => registry.data.models[id]!)
    .filter(matches);
}

export function listModelIds(registry: Registry, filter?: ModelFilter): string[] {
  return listModels(registry, filter).map((model) => model.id);
}

export function selectModels(registry: Registry, requirements: TaskRequirements = {}): SelectionResult<string, string, AnyModelRecord> {
  const readiness = (providerId: string, env: EnvLike): ProviderReadiness | undefined =>
    hasOwnKey(registry.data.providers, providerId) ? providerReadiness(registry.data.providers[providerId]!, env) : undefined;
  return selectFrom(listModels(registry), requirements, readiness);
}

export function estimateCost(registry: Registry, id: string, usage: AnyUsage, options?: CostOptions): CostEstimate {
  return estimateCostOf(getModel(registry, id), usage, options);
}

export function blendedCostPer1M(registry: Registry, id: string): number {
  return blendedCostPer1MOf(getModel(registry, id));
}

export function pricePer1M(registry: Registry, id: string): { input: number; output: number } {
  return pricePer1MOf(getModel(registry, id));
}

export function checkProviderEnv(registry: Registry, env: EnvLike = process.env): Record<string, ProviderReadiness> {
  envArgument(env, "env");
  return Object.fromEntries(sortedProviderIds(registry).map((id) => [id, providerReadiness(registry.data.providers[id]!, env)]));
}

export function invocationId(registry: Registry, id: string, profile?: string): string {
  return invocationIdOf(getModel(registry, id), profile);
}

export function resolveBaseUrl(registry: Registry, provider: string, env: EnvLike = process.env, modelId?: string): BaseUrlResolution {
  envArgument(env, "env");
  const config = getProviderConfig(registry, provider);
  const model = modelId === undefined ? undefined : getModel(registry, modelId);
  if (model !== undefined && model.provider !== provider) {
    throw new InvalidArgumentError(`model "${model.id}" is served by "${model.provider}", not by "${provider}"`);
  }
  return resolveProviderBaseUrl(config, env, model);
}

export function availableModels(registry: Registry, env: EnvLike = process.env, filter: ModelFilter = {}): AnyModelRecord[] {
  envArgument(env, "env");
  const ready = new Set(sortedProviderIds(registry).filter((id) => providerReadiness(registry.data.providers[id]!, env).ready));
  return listModels(registry, filter).filter((model) => ready.has(model.provider));
}

function modelMatcher(filterArgument: ModelFilter, checkProvider: (provider: string) => unknown): (model: AnyModelRecord) => boolean {
  const filter = readFilter(filterArgument);
  const providers = asSet(filter.providers, "providers");
  providers?.forEach(checkProvider);
  const statuses = asSet(filter.statuses, "statuses");
  statuses?.forEach((status) => {
    if (!MODEL_STATUSES.includes(status as ModelStatus)) {
      throw new InvalidArgumentError(`unknown status ${JSON.stringify(status)}; expected one of ${MODEL_STATUSES.join(", ")}`);
    }
  });
  const kinds = optionalKinds(filter.kinds, "filter.kinds");
  return (model) =>
    (providers === undefined || providers.has(model.provider)) &&
    (statuses === undefined || statuses.has(model.status)) &&
    (filter.vision === undefined || model.capabilities.input.includes("image") === filter.vision) &&
    (filter.functionCalling === undefined || model.capabilities.tool_calling === filter.functionCalling) &&
    (filter.inputModalities === undefined || filter.inputModalities.every((m) => model.capabilities.input.includes(m))) &&
    (filter.outputModalities === undefined || filter.outputModalities.every((m) => model.capabilities.output.includes(m))) &&
    (filter.structuredOutput === undefined || (model.capabilities.structured_output === true) === filter.structuredOutput) &&
    (filter.reasoning === undefined || (model.capabilities.reasoning === true) === filter.reasoning) &&
    (kinds === undefined || kinds.has(kindOf(model))) &&
    (filter.minContext === undefined || (model.context_window !== undefined && model.context_window >= filter.minContext)) &&
    (filter.maxBlendedCostPer1M === undefined || (tokenPricesOf(model) !== undefined && blendedCostPer1MOf(model) <= filter.maxBlendedCostPer1M)) &&
    (filter.maxInputCostPer1M === undefined || (model.pricing.input !== undefined && model.pricing.input <= filter.maxInputCostPer1M)) &&
    (filter.maxOutputCostPer1M === undefined || (model.pricing.output !== undefined && model.pricing.output <= filter.maxOutputCostPer1M));
}

/** The filter's fields as own properties, type-checked: `vision: "yes"` or `minContext: NaN` throw instead of filtering silently. */
type CheckedFilter = { readonly [K in keyof ModelFilter]-?: ModelFilter[K] | undefined };

function readFilter(value: ModelFilter | undefined): CheckedFilter {
  const given = optionsArgument(value, "filter");
  // Every key is set (undefined when absent): reading the result can never fall through to Object.prototype.
  return {
    providers: ownValue(given, "providers"),
    statuses: ownValue(given, "statuses"),
    vision: optionalBoolean(given, "vision", "filter"),
    functionCalling: optionalBoolean(given, "functionCalling", "filter"),
    inputModalities: optionalStringList(given, "inputModalities"),
    outputModalities: optionalStringList(given, "outputModalities"),
    structuredOutput: optionalBoolean(given, "structuredOutput", "filter"),
    reasoning: optionalBoolean(given, "reasoning", "filter"),
    minContext: optionalNonNegative(given, "minContext", "filter"),
    kinds: ownValue(given, "kinds"),
    maxBlendedCostPer1M: optionalNonNegative(given, "maxBlendedCostPer1M", "filter"),
    maxInputCostPer1M: optionalNonNegative(given, "maxInputCostPer1M", "filter"),
    maxOutputCostPer1M: optionalNonNegative(given, "maxOutputCostPer1M", "filter"),
  } as CheckedFilter;
}

function asSet(value: unknown, name: string): Set<string> | undefined {
  if (value === undefined) return undefined;
  const items: unknown[] = typeof value === "string" ? [value] : Array.isArray(value) ? value : [value];
  const bad = items.find((item) => typeof item !== "string");
  if (bad !== undefined || (items.length === 0 && !Array.isArray(value))) {
    throw new InvalidArgumentError(`filter.${name} must be a string or an array of strings, got ${describe(bad ?? value)}`);
  }
  return new Set(items as string[]);
}

function optionalStringList(given: { readonly [key: string]: unknown }, key: string): readonly string[] | undefined {
  const value = ownValue(given, key);
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.some((item) => typeof item !== "string")) {
    throw new InvalidArgumentError(`filter.${key} must be an array of strings, got ${describe(value)}`);
  }
  return value as readonly string[];
}
