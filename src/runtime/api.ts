import type { AnyUsage, CostEstimate, CostOptions } from "./cost";
import { defineRegistry, type AnyModelRecord, type AnyProviderRecord, type GeneratedRegistryData, type RegistryData, type RegistryOptions } from "./data";
import type { ResolveModelOptions } from "./lifecycle";
import type { BaseUrlResolution, EnvLike, ProviderReadiness } from "./providers";
import {
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
  type ModelFilter,
} from "./registry-functions";
import type { SelectionResult, TaskRequirements } from "./select";

export type RegistryApiOptions = RegistryOptions;

/**
 * The runtime API over one registry, on plain strings, as one object. A generated module exports the same
 * functions typed by its registry's unions; this form is for registries built at run time (and for tests).
 */
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
  listModels(filter?: ModelFilter): AnyModelRecord[];
  listModelIds(filter?: ModelFilter): string[];
  selectModels(requirements?: TaskRequirements): SelectionResult<string, string, AnyModelRecord>;
  estimateCost(id: string, usage: AnyUsage, options?: CostOptions): CostEstimate;
  blendedCostPer1M(id: string): number;
  pricePer1M(id: string): { input: number; output: number };
  getProviderConfig(provider: string): AnyProviderRecord;
  checkProviderEnv(env?: EnvLike): Record<string, ProviderReadiness>;
  resolveBaseUrl(provider: string, env?: EnvLike, modelId?: string): BaseUrlResolution;
  invocationId(id: string, profile?: string): string;
  availableModels(env?: EnvLike, filter?: ModelFilter): AnyModelRecord[];
}

export function createRegistryApi(data: RegistryData | GeneratedRegistryData, options: RegistryApiOptions = {}): RegistryApi {
  const registry = defineRegistry(data, options);
  return {
    getModel: (id) => getModel(registry, id),
    findModel: (id) => findModel(registry, id),
    isModelId: (value): value is string => isModelId(registry, value),
    isActiveModelId: (value): value is string => isActiveModelId(registry, value),
    isDeprecatedModelId: (value): value is string => isDeprecatedModelId(registry, value),
    isModelAlias: (value): value is string => isModelAlias(registry, value),
    resolveAlias: (alias) => resolveAlias(registry, alias),
    resolveModelId: (name) => resolveModelId(registry, name),
    resolveModel: (name, resolveOptions) => resolveModel(registry, name, resolveOptions),
    listModels: (filter) => listModels(registry, filter),
    listModelIds: (filter) => listModelIds(registry, filter),
    selectModels: (requirements) => selectModels(registry, requirements),
    estimateCost: (id, usage, costOptions) => estimateCost(registry, id, usage, costOptions),
    blendedCostPer1M: (id) => blendedCostPer1M(registry, id),
    pricePer1M: (id) => pricePer1M(registry, id),
    getProviderConfig: (provider) => getProviderConfig(registry, provider),
    checkProviderEnv: (env) => checkProviderEnv(registry, env),
    resolveBaseUrl: (provider, env, modelId) => resolveBaseUrl(registry, provider, env, modelId),
    invocationId: (id, profile) => invocationId(registry, id, profile),
    availableModels: (env, filter) => availableModels(registry, env, filter),
  };
}
