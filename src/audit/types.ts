/**
 * The audit's view of the data. The registry side is the schema's entry type (`ModelEntry`): the schema is the
 * one statement of it, and providers are whatever the registry's `providers` map holds. The source side is the
 * normalised shape every public list is turned into, in the schema's field names and units.
 */
import type { ModelCapabilities, ModelEntry, ModelPricing, PricePeriod as RegistryPricePeriod, PriceTier as RegistryPriceTier } from "../shared/registry-file";

export type { Modality } from "../shared/registry-file";

/** The fields of a price table, USD per 1M tokens. */
type PriceField = "input" | "output" | "cached_input" | "cache_write" | "cache_write_1h";

/** Prices in USD per 1M tokens, each optional: a list states what it states. */
export type PriceTable = Partial<Pick<ModelPricing, PriceField>>;

export type PriceTier = RegistryPriceTier;

/** Prices in force for a time range; fields present override the base prices. `from` inclusive, `until` exclusive. */
export type PricePeriod = Pick<RegistryPricePeriod, "from" | "until" | "note" | PriceField>;

export type Capabilities = ModelCapabilities;

/** A registry entry, as the schema states it. */
export type RegistryModel = ModelEntry;

/** Keys of the three public lists the audit knows. */
export type SourceName = "litellm" | "genai-prices" | "models-dev";

/** A price schedule as a list states it: base prices, long-context tiers, and time-bounded overrides. */
export interface SourcePricing extends PriceTable {
  tiers?: PriceTier[];
  periods?: PricePeriod[];
}

/** One model of a public list, in registry terms. Every field is optional: a list states what it states. */
export interface SourceModel {
  /** A registry provider ID; adapters of providers the registry may not have (Mistral) use their own. */
  provider: string;
  /** The provider-side model ID (routing prefixes such as `azure/` or `gemini/` removed). */
  id: string;
  /** Where the model sits in the list (the LiteLLM key, the models.dev file, the genai-prices provider/model). */
  key: string;
  /** The model's human name, where the list states one (models.dev `name`, a list-models API's display name). */
  name?: string;
  /** Whether it is a chat/text-generation model; undefined when the list does not say. */
  chat?: boolean;
  release_date?: string;
  deprecation_date?: string;
  shutdown_date?: string;
  /** A "not sooner than" retirement date the provider published (Azure, Google): not a shutdown date. */
  earliest_shutdown_date?: string;
  deprecated?: boolean;
  context_window?: number;
  max_input_tokens?: number;
  max_output_tokens?: number;
  pricing?: SourcePricing;
  capabilities?: Partial<Capabilities>;
}

/** A public list ready to audit against: its models and how to find the one a registry model corresponds to. */
export interface AuditSource {
  /** The adapter's name: one of the three lists (`SourceName`) or another adapter's (`openai-sdk`, `openai-api`, …). */
  name: SourceName | (string & {});
  /** Human label with the list's date or version, e.g. "LiteLLM (last_updated 2026-07-24)". */
  label: string;
  models: readonly SourceModel[];
  /** The source model for a registry model, or undefined when the list does not have it. */
  find(model: RegistryModel): SourceModel | undefined;
  /** Words a sentence of `notes` names this source by (lower case); default: SOURCE_NAMES, else the name. */
  mentions?: readonly string[];
  /** Providers for which this is a first-party source (the provider's own SDK or API). */
  firstPartyFor?: readonly string[];
  /** What a changed figure's `sources.<group>` cites: `package@version`, a repository-relative path, an API. Default: the label. */
  citation?: string;
  /** The source is the provider's whole list (a list-models API): a registry model missing from it is worth reporting. */
  complete?: boolean;
}
