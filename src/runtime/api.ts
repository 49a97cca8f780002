import type { Modality, ModelStatus, ProviderId } from "../../generated/models.generated";
import { closestMatch } from "../shared/suggest";
import { blendedCostPer1MOf, estimateCostOf, pricePer1MOf, type AnyUsage, type CostEstimate, type CostOptions } from "./cost";
import { compareCodeUnits, hasOwnKey, type AnyModelRecord, type AnyProviderRecord, type RegistryData } from "./data";
import { describe, envArgument, optionalBoolean, optionalNonNegative, optionsArgument, own } from "./arguments";
import { InvalidArgumentError, UnknownModelError, UnknownProviderError } from "./errors";
import { invocationIdOf } from "./invocation";
import { DeprecationPolicy, emitProcessWarning, type ResolveModelOptions, type WarnSink } from "./lifecycle";
import { providerReadiness, resolveProviderBaseUrl, type BaseUrlResolution, type EnvLike, type ProviderReadiness } from "./providers";
import { selectFrom, type SelectionResult, type TaskRequirements } from "./select";

/** Which models `listModels` returns; every field narrows, an absent field does not filter. */
export interface ModelFilter<P extends string = ProviderId> {
  /** One provider or several. A provider literal narrows the returned IDs to that provider's. */
  providers?: P | readonly P[];
  statuses?: ModelStatus | readonly ModelStatus[];
  /** true: only models that take images; false: only models that don't. */
  vision?: boolean;
  /** true: only models with tool (function) calling; false: only models without. */
  functionCalling?: boolean;
  /** Only models that accept every one of these inputs (e.g. `["pdf", "audio"]`). */
  inputModalities?: readonly Modality[];
  /** Only models that produce every one of these outputs. */
  outputModalities?: readonly Modality[];
  /** true: only models that can constrain output to a JSON Schema. */
  structuredOutput?: boolean;
  /** true: only models with reasoning or thinking controls. */
  reasoning?: boolean;
  /** Minimum context window, tokens. */
  minContext?: number;
  /** Maximum blended price, USD per 1M tokens ((3 × input + output) / 4). */
  maxBlendedCostPer1M?: number;
  maxInputCostPer1M?: number;
  maxOutputCostPer1M?: number;
}

export interface RegistryApiOptions {
  /** Default sink for deprecation warnings. Default: `process.emitWarning`. */
  warn?: WarnSink;
}

/** The runtime API over one registry, on plain strings; the package entry exports it typed for the generated registry. */
export interface RegistryApi {
  getModel(id: string): AnyModelRecord;
  findModel(id: string): AnyModelRecord | undefined;
  isModelId(value: unknown): value is string;
  isActiveModelId(value: unknown): value is string;
  isDeprecatedModelId(value: unknown): value is string;
  isModelAlias(value: unknown): value is string;
  resolveAlias(alias: string): string | undefined;
  resolveModelId(name: string): string | undefined;
  resolveModel(name: string, options?: ResolveModelOptions): AnyModelRecord;
  listModels(filter?: ModelFilter<string>): AnyModelRecord[];
  selectModels(requirements?: TaskRequirements): SelectionResult<string, string, AnyModelRecord>;
  estimateCost(id: string, usage: AnyUsage, options?: CostOptions): CostEstimate;
  blendedCostPer1M(id: string): number;
  pricePer1M(id: string): { input: number; output: number };
  getProviderConfig(provider: string): AnyProviderRecord;
  checkProviderEnv(env?: EnvLike): Record<string, ProviderReadiness>;
  resolveBaseUrl(provider: string, env?: EnvLike, modelId?: string): BaseUrlResolution;
  invocationId(id: string, profile?: string): string;
  availableModels(env?: EnvLike, filter?: ModelFilter<string>): AnyModelRecord[];
}

const MODEL_STATUSES: readonly ModelStatus[] = ["production", "beta", "experimental", "deprecated"];
/** No registered ID or alias is longer; longer input gets no did-you-mean (edit distance is quadratic). */
const MAX_SUGGESTABLE_LENGTH = 128;

export function createRegistryApi(data: RegistryData, options: RegistryApiOptions = {}): RegistryApi {
  const modelIds = Object.keys(data.models).sort(compareCodeUnits);
  const providerIds = Object.keys(data.providers).sort(compareCodeUnits);
  const policy = new DeprecationPolicy(options.warn ?? emitProcessWarning, (id) => (hasOwnKey(data.models, id) ? data.models[id] : undefined));

  const findModel = (id: string): AnyModelRecord | undefined =>
    typeof id === "string" && hasOwnKey(data.models, id) ? data.models[id] : undefined;
  const isModelId = (value: unknown): value is string => typeof value === "string" && hasOwnKey(data.models, value);
  const resolveAlias = (alias: string): string | undefined =>
    typeof alias === "string" && hasOwnKey(data.aliases, alias) ? data.aliases[alias] : undefined;
  const resolveModelId = (name: string): string | undefined => (isModelId(name) ? name : resolveAlias(name));

  const unknownModel = (input: string): UnknownModelError => {
    const text = String(input);
    const suggestion = text.length <= MAX_SUGGESTABLE_LENGTH ? closestMatch(text, [...modelIds, ...Object.keys(data.aliases)]) : undefined;
    return new UnknownModelError(text, suggestion);
  };
  const getModel = (id: string): AnyModelRecord => {
    const model = findModel(id);
    if (model === undefined) throw unknownModel(id);
    return model;
  };
  const getProviderConfig = (provider: string): AnyProviderRecord => {
    if (typeof provider !== "string" || !hasOwnKey(data.providers, provider)) throw new UnknownProviderError(String(provider));
    return data.providers[provider]!;
  };
  const readiness = (providerId: string, env: EnvLike): ProviderReadiness | undefined =>
    hasOwnKey(data.providers, providerId) ? providerReadiness(data.providers[providerId]!, env) : undefined;

  const listModels = (filter: ModelFilter<string> = {}): AnyModelRecord[] => {
    const matches = modelMatcher(filter, getProviderConfig);
    return modelIds.map((id) => data.models[id]!).filter(matches);
  };

  return {
    getModel,
    findModel,
    isModelId,
    isActiveModelId: (value): value is string => isModelId(value) && data.models[value]!.status !== "deprecated",
    isDeprecatedModelId: (value): value is string => isModelId(value) && data.models[value]!.status === "deprecated",
    isModelAlias: (value): value is string => typeof value === "string" && hasOwnKey(data.aliases, value),
    resolveAlias,
    resolveModelId,
    resolveModel(name, resolveOptions) {
      const id = resolveModelId(name);
      if (id === undefined) throw unknownModel(name);
      const model = getModel(id);
      policy.enforce(model, resolveOptions);
      return model;
    },
    listModels,
    selectModels: (requirements = {}) => selectFrom(listModels(), requirements, readiness),
    estimateCost: (id, usage, costOptions) => estimateCostOf(getModel(id), usage, costOptions),
    blendedCostPer1M: (id) => blendedCostPer1MOf(getModel(id)),
    pricePer1M: (id) => pricePer1MOf(getModel(id)),
    getProviderConfig,
    checkProviderEnv(env = process.env) {
      envArgument(env, "env");
      return Object.fromEntries(providerIds.map((id) => [id, providerReadiness(data.providers[id]!, env)]));
    },
    invocationId: (id, profile) => invocationIdOf(getModel(id), profile),
    resolveBaseUrl(provider, env = process.env, modelId) {
      envArgument(env, "env");
      const config = getProviderConfig(provider);
      const model = modelId === undefined ? undefined : getModel(modelId);
      if (model !== undefined && model.provider !== provider) {
        throw new InvalidArgumentError(`model "${model.id}" is served by "${model.provider}", not by "${provider}"`);
      }
      return resolveProviderBaseUrl(config, env, model);
    },
    availableModels(env = process.env, filter = {}) {
      envArgument(env, "env");
      const ready = new Set(providerIds.filter((id) => providerReadiness(data.providers[id]!, env).ready));
      return listModels(filter).filter((model) => ready.has(model.provider));
    },
  };
}

function modelMatcher(
  filterArgument: ModelFilter<string>,
  checkProvider: (provider: string) => unknown,
): (model: AnyModelRecord) => boolean {
  const filter = readFilter(filterArgument);
  const providers = asSet(filter.providers, "providers");
  providers?.forEach(checkProvider);
  const statuses = asSet(filter.statuses, "statuses");
  statuses?.forEach((status) => {
    if (!MODEL_STATUSES.includes(status as ModelStatus)) {
      throw new InvalidArgumentError(`unknown status ${JSON.stringify(status)}; expected one of ${MODEL_STATUSES.join(", ")}`);
    }
  });
  return (model) =>
    (providers === undefined || providers.has(model.provider)) &&
    (statuses === undefined || statuses.has(model.status)) &&
    (filter.vision === undefined || model.capabilities.input.includes("image") === filter.vision) &&
    (filter.functionCalling === undefined || model.capabilities.tool_calling === filter.functionCalling) &&
    (filter.inputModalities === undefined || filter.inputModalities.every((m) => model.capabilities.input.includes(m))) &&
    (filter.outputModalities === undefined || filter.outputModalities.every((m) => model.capabilities.output.includes(m))) &&
    (filter.structuredOutput === undefined || (model.capabilities.structured_output === true) === filter.structuredOutput) &&
    (filter.reasoning === undefined || (model.capabilities.reasoning === true) === filter.reasoning) &&
    (filter.minContext === undefined || model.context_window >= filter.minContext) &&
    (filter.maxBlendedCostPer1M === undefined || blendedCostPer1MOf(model) <= filter.maxBlendedCostPer1M) &&
    (filter.maxInputCostPer1M === undefined || pricePer1MOf(model).input <= filter.maxInputCostPer1M) &&
    (filter.maxOutputCostPer1M === undefined || pricePer1MOf(model).output <= filter.maxOutputCostPer1M);
}

/** The filter's fields as own properties, type-checked: `vision: "yes"` or `minContext: NaN` throw instead of filtering silently. */
type CheckedFilter = { readonly [K in keyof ModelFilter<string>]-?: ModelFilter<string>[K] | undefined };

function readFilter(value: ModelFilter<string> | undefined): CheckedFilter {
  const given = optionsArgument(value, "filter");
  // Every key is set (undefined when absent): reading the result can never fall through to Object.prototype.
  return {
    providers: own(given, "providers"),
    statuses: own(given, "statuses"),
    vision: optionalBoolean(given, "vision", "filter"),
    functionCalling: optionalBoolean(given, "functionCalling", "filter"),
    minContext: optionalNonNegative(given, "minContext", "filter"),
    maxBlendedCostPer1M: optionalNonNegative(given, "maxBlendedCostPer1M", "filter"),
    maxInputCostPer1M: optionalNonNegative(given, "maxInputCostPer1M", "filter"),
    maxOutputCostPer1M: optionalNonNegative(given, "maxOutputCostPer1M", "filter"),
  } as CheckedFilter;
}

function asSet(value: unknown, name: string): Set<string> | undefined {
  if (value === undefined) return undefined;
  const items: unknown[] = typeof value === "string" ? [value] : Array.isArray(value) ? value : [value];
  const bad = items.find((item) => typeof item !== "string");
  if (bad !== undefined || items.length === 0 && !Array.isArray(value)) {
    throw new InvalidArgumentError(`filter.${name} must be a string or an array of strings, got ${describe(bad ?? value)}`);
  }
  return new Set(items as string[]);
}
