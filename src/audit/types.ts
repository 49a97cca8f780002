/**
 * The audit's own view of the data: the v2 registry entry fields it reads, and the normalised shape every
 * public list is turned into. Declared here (not imported from the generator) so the audit works on v2 entries
 * whatever the loader looks like.
 */

export type RegistryProvider = "openai" | "anthropic" | "google" | "xai" | "bedrock" | "azure" | "dial" | "ollama";
export const REGISTRY_PROVIDERS: readonly RegistryProvider[] = ["openai", "anthropic", "google", "xai", "bedrock", "azure", "dial", "ollama"];

export type Modality = "text" | "image" | "audio" | "video" | "pdf";
export type ModelStatus = "production" | "beta" | "experimental" | "deprecated";

/** Prices in USD per 1M tokens. */
export interface PriceTable {
  input?: number;
  output?: number;
  cached_input?: number;
  cache_write?: number;
  cache_write_1h?: number;
}

export interface PriceTier extends PriceTable {
  /** The tier applies when the prompt has more than this many tokens. */
  above_input_tokens: number;
  applies_to?: "whole-request" | "excess-tokens";
}

/** Prices in force for a time range; fields present override the base prices. `from` inclusive, `until` exclusive. */
export interface PricePeriod extends PriceTable {
  from?: string;
  until?: string;
  note?: string;
}

export interface RegistryPricing extends PriceTable {
  input: number;
  output: number;
  tiers?: PriceTier[];
  periods?: PricePeriod[];
}

export interface Capabilities {
  input: Modality[];
  output: Modality[];
  tool_calling: boolean;
  structured_output: boolean;
  reasoning: boolean;
}

/** The fields of a v2 registry entry the audit reads (docs: data-refresh FORMAT.md). */
export interface RegistryModel {
  id: string;
  provider: RegistryProvider;
  api_name?: string;
  status: ModelStatus;
  context_window: number;
  max_input_tokens?: number;
  max_output_tokens: number;
  pricing: RegistryPricing;
  capabilities: Capabilities;
  release_date?: string;
  deprecation_date?: string;
  shutdown_date?: string;
  earliest_shutdown_date?: string;
  replaced_by?: string;
  notes?: string;
  sources?: Record<string, string>;
}

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
