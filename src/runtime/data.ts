import {
  MODEL_ALIASES,
  MODELS,
  PROVIDERS,
  type DeepReadonly,
  type ModelEntry,
  type ProviderConfig,
} from "../../generated/models.generated";

/** A model record with no literal types: what the runtime works on, whatever registry it was given. */
export type AnyModelRecord = DeepReadonly<ModelEntry>;
/** A provider configuration with no literal types. */
export type AnyProviderRecord = DeepReadonly<ProviderConfig>;

/** The data a registry API runs on. The package binds it to the generated module; tests inject small registries. */
export interface RegistryData {
  readonly models: { readonly [id: string]: AnyModelRecord };
  readonly providers: { readonly [id: string]: AnyProviderRecord };
  readonly aliases: { readonly [alias: string]: string };
}

/** The generated, deep-frozen registry. The per-key interfaces have no index signature, hence the one cast here. */
export const GENERATED_REGISTRY_DATA: RegistryData = Object.freeze({
  models: MODELS as unknown as RegistryData["models"],
  providers: PROVIDERS as unknown as RegistryData["providers"],
  aliases: MODEL_ALIASES as unknown as RegistryData["aliases"],
});

/** `Object.hasOwn` for a lookup table: inherited names such as `toString` or `__proto__` are not keys. */
export function hasOwnKey(table: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(table, key);
}

/** Code-unit order, independent of the machine's locale. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
