import type { ModelEntry, ProviderConfig } from "../shared/registry-file";
import { compareStrings } from "../shared/string-order";
import type { DeprecationPolicy, WarnSink } from "./lifecycle";

export { hasOwnKey } from "../shared/records";

/** Read-only at every depth, as the frozen data is. */
export type DeepReadonly<T> = T extends readonly (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** A model record with no literal types: what the runtime works on, whatever registry it was given. */
export type AnyModelRecord = DeepReadonly<ModelEntry>;
/** A provider configuration with no literal types. */
export type AnyProviderRecord = DeepReadonly<ProviderConfig>;

/** The data a registry API runs on: a generated module's frozen registry, or a small one in a test. */
export interface RegistryData {
  readonly models: { readonly [id: string]: AnyModelRecord };
  readonly providers: { readonly [id: string]: AnyProviderRecord };
  readonly aliases: { readonly [alias: string]: string };
}

/**
 * One registry as the runtime functions take it: the data plus what is derived from it on first use (sorted
 * IDs, the deprecation policy that warns once per model ID). Creating one does no work, so a generated module
 * can create it at load time and a bundler can drop it when no function is used.
 */
export interface Registry {
  readonly data: RegistryData;
  /** Default sink for deprecation warnings. Default: `process.emitWarning`. */
  readonly warn: WarnSink | undefined;
  /** @internal Filled on first use. */
  readonly memo: { modelIds?: readonly string[]; providerIds?: readonly string[]; policy?: DeprecationPolicy };
}

export interface RegistryOptions {
  /** Default sink for deprecation warnings. Default: `process.emitWarning`. */
  warn?: WarnSink;
}

/**
 * A generated module's tables, typed by its own interfaces: TypeScript does not index an interface by `string`, so
 * they are not `RegistryData` to the compiler, though they are the same objects.
 */
export interface GeneratedRegistryData {
  readonly models: object;
  readonly providers: object;
  readonly aliases: object;
}

/** A registry handle over `data`, which should already be frozen (see `deepFreeze`). */
export function defineRegistry(data: RegistryData | GeneratedRegistryData, options: RegistryOptions = {}): Registry {
  return { data: data as RegistryData, warn: options.warn, memo: {} };
}

export function sortedModelIds(registry: Registry): readonly string[] {
  return (registry.memo.modelIds ??= Object.keys(registry.data.models).sort(compareStrings));
}

export function sortedProviderIds(registry: Registry): readonly string[] {
  return (registry.memo.providerIds ??= Object.keys(registry.data.providers).sort(compareStrings));
}
