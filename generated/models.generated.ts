/**
 * GENERATED FILE - DO NOT EDIT.
 * Source: ../models/model_registry.yaml (validated against ../schema/model_registry.schema.json)
 * Regenerate: npm run generate
 */
/* eslint-disable */
// ---- Entry types, generated from the JSON Schema by json-schema-to-typescript ----
/**
 * bearer: `Authorization: Bearer <key>`. api-key-header: the key in the header named by `header`. aws-sigv4: AWS Signature V4. query-key: the key in the query parameter named by `query_param`. none: no credentials (local servers).
 */
export type AuthMethod =
  "bearer" | "api-key-header" | "aws-sigv4" | "query-key" | "none";
/**
 * production: fully supported, selected by default. beta: works (often a preview), may change, selectable and flagged. experimental: at own risk, selected only with an explicit opt-in. deprecated: announced for shutdown or shut down; never selected automatically, kept so legacy IDs still compile.
 */
export type ModelStatus = "production" | "beta" | "experimental" | "deprecated";
/**
 * Prices in force for a time range (an introductory price, an announced change), overriding the base prices they name.
 */
export type PricePeriod = PricePeriod1 & PricePeriod2;
export type PricePeriod1 = {
  [k: string]: unknown | undefined;
};
/**
 * Asynchronous batch API.
 */
export type ServiceTierPrice = {
  [k: string]: unknown | undefined;
} & {
  /**
   * Every standard price times this factor (batch: 0.5).
   */
  multiplier?: number;
  /**
   * Input (prompt) tokens, USD per 1M.
   */
  input?: number;
  /**
   * Output tokens (reasoning tokens included), USD per 1M.
   */
  output?: number;
  /**
   * Input tokens read from the prompt cache, USD per 1M.
   */
  cached_input?: number;
  /**
   * Input tokens written to the prompt cache (the default, shortest cache duration: 5 minutes at Anthropic), USD per 1M.
   */
  cache_write?: number;
  /**
   * Input tokens written to a 1-hour prompt cache, USD per 1M.
   */
  cache_write_1h?: number;
};
/**
 * Flex processing: slower, cheaper.
 */
export type ServiceTierPrice1 = {
  [k: string]: unknown | undefined;
} & {
  /**
   * Every standard price times this factor (batch: 0.5).
   */
  multiplier?: number;
  /**
   * Input (prompt) tokens, USD per 1M.
   */
  input?: number;
  /**
   * Output tokens (reasoning tokens included), USD per 1M.
   */
  output?: number;
  /**
   * Input tokens read from the prompt cache, USD per 1M.
   */
  cached_input?: number;
  /**
   * Input tokens written to the prompt cache (the default, shortest cache duration: 5 minutes at Anthropic), USD per 1M.
   */
  cache_write?: number;
  /**
   * Input tokens written to a 1-hour prompt cache, USD per 1M.
   */
  cache_write_1h?: number;
};
/**
 * Priority processing: faster, dearer.
 */
export type ServiceTierPrice2 = {
  [k: string]: unknown | undefined;
} & {
  /**
   * Every standard price times this factor (batch: 0.5).
   */
  multiplier?: number;
  /**
   * Input (prompt) tokens, USD per 1M.
   */
  input?: number;
  /**
   * Output tokens (reasoning tokens included), USD per 1M.
   */
  output?: number;
  /**
   * Input tokens read from the prompt cache, USD per 1M.
   */
  cached_input?: number;
  /**
   * Input tokens written to the prompt cache (the default, shortest cache duration: 5 minutes at Anthropic), USD per 1M.
   */
  cache_write?: number;
  /**
   * Input tokens written to a 1-hour prompt cache, USD per 1M.
   */
  cache_write_1h?: number;
};
/**
 * A kind of content a model reads or writes.
 */
export type Modality = "text" | "image" | "audio" | "video" | "pdf";
/**
 * tier: the three-level tier rule of docs/scoring.md (the fallback). benchmark: a public benchmark figure, named in `benchmark`.
 */
export type ScoreBasis = "tier" | "benchmark";
/**
 * A service tier's rates: a multiplier of the standard prices, or its own price table.
 */
export type ServiceTierPrice3 = ServiceTierPrice4 & ServiceTierPrice5;
export type ServiceTierPrice4 = {
  [k: string]: unknown | undefined;
};

/**
 * A model registry: provider configuration and every model an orchestrator can route to. Format version 2: prices per 1M tokens, price schedules, three token limits, modalities and lifecycle dates.
 */
export interface ModelRegistryFile {
  /**
   * Format version of this file. This schema is version 2; a version 1 file is rewritten by `model-registry upgrade-schema <file>`.
   */
  version: 2;
  /**
   * Provider configuration, keyed by provider ID.
   */
  providers: {
    [k: string]: ProviderConfig | undefined;
  };
  /**
   * Every model an orchestrator can route to, including deprecated ones kept so legacy IDs still compile.
   *
   * @minItems 1
   */
  models: ModelEntry[];
  /**
   * Other names (e.g. legacy registry IDs) that resolve to a registry model ID. An alias that starts with a provider ID and - or / (`azure-gpt-4o`) must resolve to a model of that provider.
   */
  aliases?: {
    /**
     * Registry model ID: letters, digits and . _ : / @ + -, starting and ending with a letter or digit, not only digits, at most 128 characters.
     */
    [k: string]: string | undefined;
  };
}
/**
 * How to reach and authenticate with one provider.
 */
export interface ProviderConfig {
  /**
   * Human name of the provider, as shown in docs.
   */
  display_name: string;
  /**
   * API base URL. `{ENV_VAR}` placeholders are filled from the environment (or env.defaults); `{api_name}` is filled with the model's api_name.
   */
  base_url: string;
  auth: ProviderAuth;
  env: ProviderEnv;
  /**
   * The provider's model documentation.
   */
  docs_url: string;
  /**
   * True for providers that run on the local machine and need no credentials.
   */
  local?: boolean;
}
/**
 * How requests authenticate.
 */
export interface ProviderAuth {
  type: AuthMethod;
  /**
   * Header that carries the API key (api-key-header).
   */
  header?: string;
  /**
   * Query parameter that carries the API key (query-key).
   */
  query_param?: string;
}
/**
 * Environment variables the provider reads (names only, never values).
 */
export interface ProviderEnv {
  /**
   * Variables that must be set. An item that is a list is satisfied by any one of its variables.
   */
  required: (string | string[])[];
  /**
   * Variables the provider reads when set.
   *
   * Items: Name of an environment variable (never its value).
   */
  optional?: string[];
  /**
   * Non-secret fallback values for variables used in base_url placeholders.
   */
  defaults?: {
    [k: string]: string | undefined;
  };
}
/**
 * One model: identity, limits, prices, capabilities, lifecycle and provenance.
 */
export interface ModelEntry {
  /**
   * Registry model ID: letters, digits and . _ : / @ + -, starting and ending with a letter or digit, not only digits, at most 128 characters.
   */
  id: string;
  /**
   * The provider that serves it: a key of `providers`.
   */
  provider: string;
  /**
   * Human name of the model, without the provider's name (docs add it).
   */
  display_name: string;
  /**
   * Provider-side model name when it differs from id (dated Anthropic IDs, Azure deployment names, Bedrock model IDs, Ollama tags).
   */
  api_name?: string;
  /**
   * When the provider released it, where published.
   */
  release_date?: string;
  status: ModelStatus;
  /**
   * Total context window: input and output tokens of one request together.
   */
  context_window: number;
  /**
   * Maximum input tokens, where the provider states it apart from the context window.
   */
  max_input_tokens?: number;
  /**
   * Maximum tokens in one response (reasoning tokens included).
   */
  max_output_tokens: number;
  pricing: ModelPricing;
  capabilities: ModelCapabilities;
  scores: ModelScores;
  /**
   * Relative speed, 0 (slowest) to 10 (fastest), on the three-level scale of docs/scoring.md (3.3, 6.7, 10).
   */
  speed_rating: number;
  /**
   * Oldest provider API version the model works with (YYYY-MM-DD, optionally -preview).
   */
  min_api_version?: string;
  /**
   * When the provider announced the deprecation. Only on deprecated models.
   */
  deprecation_date?: string;
  /**
   * When the provider stops serving the model (retirement, end of life). From this day on the model cannot be production, beta or experimental, and resolving it fails.
   */
  shutdown_date?: string;
  /**
   * Registry ID of the model to use instead. Required on deprecated models; its chain of replacements must end at a model that is not shut down, of the same provider unless `replacement_note` says why.
   */
  replaced_by?: string;
  /**
   * Why the replacement is of another provider (or anything else a migrating user must know).
   */
  replacement_note?: string;
  inference_profiles?: InferenceProfiles;
  /**
   * True when the base model ID cannot be invoked on demand: callers must use one of `inference_profiles`.
   */
  requires_inference_profile?: boolean;
  hardware?: ModelHardware;
  /**
   * What the model is good at, in a few words.
   */
  best_for?: string;
  /**
   * Where sources disagree, which one the entry follows and why; figures left out and why; anything else a maintainer should know.
   */
  notes?: string;
  sources: ModelSources;
  /**
   * When the figures were last checked against their sources.
   */
  verified: string;
}
/**
 * What the model costs, USD per 1M tokens: base prices, long-context tiers, time-based periods and service tiers.
 */
export interface ModelPricing {
  /**
   * Input (prompt) tokens, USD per 1M.
   */
  input: number;
  /**
   * Output tokens (reasoning tokens included), USD per 1M.
   */
  output: number;
  /**
   * Input tokens read from the prompt cache, USD per 1M.
   */
  cached_input?: number;
  /**
   * Input tokens written to the prompt cache (the default, shortest cache duration: 5 minutes at Anthropic), USD per 1M.
   */
  cache_write?: number;
  /**
   * Input tokens written to a 1-hour prompt cache, USD per 1M.
   */
  cache_write_1h?: number;
  /**
   * Long-context tiers, in ascending order of threshold.
   *
   * @minItems 1
   */
  tiers?: PriceTier[];
  /**
   * Time-based prices, in date order, not overlapping.
   *
   * @minItems 1
   */
  periods?: PricePeriod[];
  /**
   * Rates other than the standard one, where the provider publishes them.
   */
  service_tiers?: {
    batch?: ServiceTierPrice;
    flex?: ServiceTierPrice1;
    priority?: ServiceTierPrice2;
  };
}
/**
 * Prices for prompts above a size threshold (long-context pricing). Fields left out keep the base price.
 */
export interface PriceTier {
  /**
   * The tier applies when the request's input tokens exceed this number.
   */
  above_input_tokens: number;
  /**
   * whole-request (default): every token of the request is billed at the tier's prices. excess-tokens: only the input tokens above the threshold are.
   */
  applies_to?: "whole-request" | "excess-tokens";
  /**
   * Input (prompt) tokens, USD per 1M.
   */
  input?: number;
  /**
   * Output tokens (reasoning tokens included), USD per 1M.
   */
  output?: number;
  /**
   * Input tokens read from the prompt cache, USD per 1M.
   */
  cached_input?: number;
  /**
   * Input tokens written to the prompt cache (the default, shortest cache duration: 5 minutes at Anthropic), USD per 1M.
   */
  cache_write?: number;
  /**
   * Input tokens written to a 1-hour prompt cache, USD per 1M.
   */
  cache_write_1h?: number;
}
export interface PricePeriod2 {
  /**
   * First day the prices apply (inclusive, 00:00 UTC).
   */
  from?: string;
  /**
   * First day the prices no longer apply (exclusive, 00:00 UTC).
   */
  until?: string;
  /**
   * Input (prompt) tokens, USD per 1M.
   */
  input?: number;
  /**
   * Output tokens (reasoning tokens included), USD per 1M.
   */
  output?: number;
  /**
   * Input tokens read from the prompt cache, USD per 1M.
   */
  cached_input?: number;
  /**
   * Input tokens written to the prompt cache (the default, shortest cache duration: 5 minutes at Anthropic), USD per 1M.
   */
  cache_write?: number;
  /**
   * Input tokens written to a 1-hour prompt cache, USD per 1M.
   */
  cache_write_1h?: number;
  /**
   * What the period is (e.g. introductory price) and where it was announced.
   */
  note?: string;
}
/**
 * What a router filters on.
 */
export interface ModelCapabilities {
  /**
   * Content the model accepts.
   *
   * @minItems 1
   */
  input: Modality[];
  /**
   * Content the model produces.
   *
   * @minItems 1
   */
  output: Modality[];
  /**
   * Calls tools (functions) the request declares.
   */
  tool_calling: boolean;
  /**
   * Constrains its output to a JSON Schema. Absent: not stated by the sources.
   */
  structured_output?: boolean;
  /**
   * Exposes reasoning or thinking controls (effort, budget). Absent: not stated by the sources.
   */
  reasoning?: boolean;
}
/**
 * Routing scores and where they come from.
 */
export interface ModelScores {
  /**
   * Coding quality.
   */
  coding: number;
  /**
   * Reasoning quality.
   */
  reasoning: number;
  basis: ScoreBasis;
  /**
   * The public benchmark behind a `benchmark` score: name, date and source.
   */
  benchmark?: string;
}
/**
 * Bedrock cross-region inference profile IDs, keyed by geography prefix (us, eu, apac, global, …); each is `<prefix>.<api_name or id>`.
 */
export interface InferenceProfiles {
  [k: string]: string | undefined;
}
/**
 * What a locally run model needs.
 */
export interface ModelHardware {
  /**
   * Parameter count, in billions.
   */
  parameters_billion: number;
  /**
   * Download size, in GB.
   */
  download_size_gb: number;
  /**
   * Least memory it runs in, in GB.
   */
  min_ram_gb: number;
}
/**
 * Where each group of figures came from: `package@version` and file, `repository@commit path`, or a list and its date, or a URL. `all` covers every group not named.
 */
export interface ModelSources {
  /**
   * Source of every figure not covered by a more specific key.
   */
  all?: string;
  /**
   * Source of the model ID and api_name.
   */
  id?: string;
  /**
   * Source of the prices.
   */
  pricing?: string;
  /**
   * Source of context_window, max_input_tokens and max_output_tokens.
   */
  limits?: string;
  /**
   * Source of modalities and features.
   */
  capabilities?: string;
  /**
   * Source of status, deprecation and shutdown dates and the replacement.
   */
  lifecycle?: string;
  /**
   * Source of the release date.
   */
  release_date?: string;
  /**
   * Source of the routing scores.
   */
  scores?: string;
}
/**
 * How requests authenticate. `header` names the header for api-key-header; `query_param` names the parameter for query-key.
 */
export interface ProviderAuth1 {
  type: AuthMethod;
  /**
   * Header that carries the API key (api-key-header).
   */
  header?: string;
  /**
   * Query parameter that carries the API key (query-key).
   */
  query_param?: string;
}
/**
 * Environment variables the provider reads (names only). A `required` item that is a list means any one of those variables will do.
 */
export interface ProviderEnv1 {
  /**
   * Variables that must be set. An item that is a list is satisfied by any one of its variables.
   */
  required: (string | string[])[];
  /**
   * Variables the provider reads when set.
   *
   * Items: Name of an environment variable (never its value).
   */
  optional?: string[];
  /**
   * Non-secret fallback values for variables used in base_url placeholders.
   */
  defaults?: {
    [k: string]: string | undefined;
  };
}
export interface ServiceTierPrice5 {
  /**
   * Every standard price times this factor (batch: 0.5).
   */
  multiplier?: number;
  /**
   * Input (prompt) tokens, USD per 1M.
   */
  input?: number;
  /**
   * Output tokens (reasoning tokens included), USD per 1M.
   */
  output?: number;
  /**
   * Input tokens read from the prompt cache, USD per 1M.
   */
  cached_input?: number;
  /**
   * Input tokens written to the prompt cache (the default, shortest cache duration: 5 minutes at Anthropic), USD per 1M.
   */
  cache_write?: number;
  /**
   * Input tokens written to a 1-hour prompt cache, USD per 1M.
   */
  cache_write_1h?: number;
}

// ---- Identifiers ----
/** Every provider ID in the registry. */
export type ProviderId =
  | "anthropic"
  | "azure"
  | "bedrock"
  | "dial"
  | "google"
  | "ollama"
  | "openai"
  | "xai";
/** Model IDs served by Anthropic. */
export type AnthropicModelId =
  | "claude-3-5-sonnet"
  | "claude-3-7-sonnet"
  | "claude-3-haiku"
  | "claude-3-opus"
  | "claude-haiku-4-5"
  | "claude-opus-4"
  | "claude-opus-4-1"
  | "claude-opus-4-5"
  | "claude-opus-4-6"
  | "claude-opus-4-7"
  | "claude-opus-4-8"
  | "claude-opus-5"
  | "claude-sonnet-4"
  | "claude-sonnet-4-5"
  | "claude-sonnet-4-6"
  | "claude-sonnet-5";
/** Model IDs served by Azure OpenAI. */
export type AzureModelId =
  | "azure/gpt-4"
  | "azure/gpt-4-turbo"
  | "azure/gpt-4.1"
  | "azure/gpt-4.1-mini"
  | "azure/gpt-4o"
  | "azure/gpt-4o-mini"
  | "azure/gpt-5"
  | "azure/gpt-5-mini"
  | "azure/gpt-5.1"
  | "azure/gpt-5.4"
  | "azure/gpt-5.4-mini"
  | "azure/o3"
  | "azure/o4-mini";
/** Model IDs served by Bedrock. */
export type BedrockModelId =
  | "amazon.nova-2-lite-v1:0"
  | "amazon.nova-lite-v1:0"
  | "amazon.nova-micro-v1:0"
  | "amazon.nova-pro-v1:0"
  | "amazon.titan-text-express-v1"
  | "anthropic.claude-3-5-sonnet-20241022-v2:0"
  | "anthropic.claude-3-opus-20240229-v1:0"
  | "anthropic.claude-haiku-4-5-20251001-v1:0"
  | "anthropic.claude-opus-4-7"
  | "anthropic.claude-sonnet-4-5-20250929-v1:0"
  | "anthropic.claude-sonnet-4-6"
  | "meta.llama3-1-405b-instruct-v1:0"
  | "meta.llama3-1-70b-instruct-v1:0"
  | "meta.llama3-3-70b-instruct-v1:0"
  | "meta.llama4-maverick-17b-instruct-v1:0"
  | "meta.llama4-scout-17b-instruct-v1:0"
  | "us.amazon.nova-premier-v1:0";
/** Model IDs served by DIAL. */
export type DIALModelId =
  | "dial-claude-opus-4"
  | "dial-claude-opus-4-5"
  | "dial-claude-sonnet-4"
  | "dial-claude-sonnet-4-5"
  | "dial-gemini-2.5-pro"
  | "dial-gpt-4.1";
/** Model IDs served by Google. */
export type GoogleModelId =
  | "gemini-1.5-flash"
  | "gemini-1.5-pro"
  | "gemini-2.0-flash"
  | "gemini-2.0-flash-lite"
  | "gemini-2.0-pro"
  | "gemini-2.5-flash"
  | "gemini-2.5-flash-lite"
  | "gemini-2.5-pro"
  | "gemini-3-flash-preview"
  | "gemini-3-pro-preview"
  | "gemini-3.1-flash-lite"
  | "gemini-3.1-pro-preview"
  | "gemini-3.5-flash"
  | "gemini-3.5-flash-lite"
  | "gemini-3.6-flash";
/** Model IDs served by Ollama. */
export type OllamaModelId =
  | "codellama:13b"
  | "codellama:13b-code"
  | "codellama:34b"
  | "deepseek-coder:1.3b"
  | "deepseek-r1:70b"
  | "gemma:7b"
  | "llama3.1:405b"
  | "llama3.1:70b"
  | "llama3.1:8b"
  | "llama3.2:11b"
  | "llama3.2:3b"
  | "llama3.2:90b"
  | "llama3:70b"
  | "llama3:8b"
  | "magicoder:7b"
  | "qwen2.5:32b"
  | "qwen2.5:7b-instruct"
  | "qwen3:8b";
/** Model IDs served by OpenAI. */
export type OpenAIModelId =
  | "gpt-3.5-turbo"
  | "gpt-4"
  | "gpt-4-turbo"
  | "gpt-4.1"
  | "gpt-4.1-mini"
  | "gpt-4.1-nano"
  | "gpt-4o"
  | "gpt-4o-mini"
  | "gpt-5"
  | "gpt-5-mini"
  | "gpt-5-nano"
  | "gpt-5.1"
  | "gpt-5.2"
  | "gpt-5.4"
  | "gpt-5.4-mini"
  | "gpt-5.4-nano"
  | "gpt-5.5"
  | "gpt-5.6"
  | "o1"
  | "o1-mini"
  | "o1-pro"
  | "o3"
  | "o3-mini"
  | "o3-pro"
  | "o4-mini";
/** Model IDs served by xAI. */
export type XAIModelId =
  | "grok-2-vision-1212"
  | "grok-3"
  | "grok-3-mini"
  | "grok-4"
  | "grok-4-1-fast-non-reasoning"
  | "grok-4-1-fast-reasoning"
  | "grok-4-fast-non-reasoning"
  | "grok-4-fast-reasoning"
  | "grok-4.20-0309-reasoning"
  | "grok-4.3"
  | "grok-4.5"
  | "grok-code-fast-1";
/** Every model ID in the registry. A misspelt or removed ID is a compile error. */
export type ModelId =
  | AnthropicModelId
  | AzureModelId
  | BedrockModelId
  | DIALModelId
  | GoogleModelId
  | OllamaModelId
  | OpenAIModelId
  | XAIModelId;

/** Model IDs per provider. */
export interface ModelIdByProvider {
  readonly anthropic: AnthropicModelId;
  readonly azure: AzureModelId;
  readonly bedrock: BedrockModelId;
  readonly dial: DIALModelId;
  readonly google: GoogleModelId;
  readonly ollama: OllamaModelId;
  readonly openai: OpenAIModelId;
  readonly xai: XAIModelId;
}

/** Models that will be removed: never selected automatically. */
export type DeprecatedModelId =
  | "azure/gpt-4"
  | "azure/gpt-4-turbo"
  | "claude-3-5-sonnet"
  | "claude-3-7-sonnet"
  | "claude-3-opus"
  | "claude-opus-4"
  | "claude-opus-4-1"
  | "claude-sonnet-4"
  | "dial-claude-opus-4"
  | "dial-claude-sonnet-4"
  | "gemini-1.5-flash"
  | "gemini-1.5-pro"
  | "gemini-2.0-flash"
  | "gemini-2.0-flash-lite"
  | "gemini-2.0-pro"
  | "gemini-3-pro-preview"
  | "grok-2-vision-1212"
  | "grok-3"
  | "grok-3-mini"
  | "grok-4"
  | "grok-4-1-fast-non-reasoning"
  | "grok-4-1-fast-reasoning"
  | "grok-4-fast-non-reasoning"
  | "grok-4-fast-reasoning"
  | "grok-code-fast-1"
  | "o1-mini";
/** Every model that is not deprecated. Use it where a deprecated ID must not compile. */
export type ActiveModelId =
  | "amazon.nova-2-lite-v1:0"
  | "amazon.nova-lite-v1:0"
  | "amazon.nova-micro-v1:0"
  | "amazon.nova-pro-v1:0"
  | "amazon.titan-text-express-v1"
  | "anthropic.claude-3-5-sonnet-20241022-v2:0"
  | "anthropic.claude-3-opus-20240229-v1:0"
  | "anthropic.claude-haiku-4-5-20251001-v1:0"
  | "anthropic.claude-opus-4-7"
  | "anthropic.claude-sonnet-4-5-20250929-v1:0"
  | "anthropic.claude-sonnet-4-6"
  | "azure/gpt-4.1"
  | "azure/gpt-4.1-mini"
  | "azure/gpt-4o"
  | "azure/gpt-4o-mini"
  | "azure/gpt-5"
  | "azure/gpt-5-mini"
  | "azure/gpt-5.1"
  | "azure/gpt-5.4"
  | "azure/gpt-5.4-mini"
  | "azure/o3"
  | "azure/o4-mini"
  | "claude-3-haiku"
  | "claude-haiku-4-5"
  | "claude-opus-4-5"
  | "claude-opus-4-6"
  | "claude-opus-4-7"
  | "claude-opus-4-8"
  | "claude-opus-5"
  | "claude-sonnet-4-5"
  | "claude-sonnet-4-6"
  | "claude-sonnet-5"
  | "codellama:13b"
  | "codellama:13b-code"
  | "codellama:34b"
  | "deepseek-coder:1.3b"
  | "deepseek-r1:70b"
  | "dial-claude-opus-4-5"
  | "dial-claude-sonnet-4-5"
  | "dial-gemini-2.5-pro"
  | "dial-gpt-4.1"
  | "gemini-2.5-flash"
  | "gemini-2.5-flash-lite"
  | "gemini-2.5-pro"
  | "gemini-3-flash-preview"
  | "gemini-3.1-flash-lite"
  | "gemini-3.1-pro-preview"
  | "gemini-3.5-flash"
  | "gemini-3.5-flash-lite"
  | "gemini-3.6-flash"
  | "gemma:7b"
  | "gpt-3.5-turbo"
  | "gpt-4"
  | "gpt-4-turbo"
  | "gpt-4.1"
  | "gpt-4.1-mini"
  | "gpt-4.1-nano"
  | "gpt-4o"
  | "gpt-4o-mini"
  | "gpt-5"
  | "gpt-5-mini"
  | "gpt-5-nano"
  | "gpt-5.1"
  | "gpt-5.2"
  | "gpt-5.4"
  | "gpt-5.4-mini"
  | "gpt-5.4-nano"
  | "gpt-5.5"
  | "gpt-5.6"
  | "grok-4.20-0309-reasoning"
  | "grok-4.3"
  | "grok-4.5"
  | "llama3.1:405b"
  | "llama3.1:70b"
  | "llama3.1:8b"
  | "llama3.2:11b"
  | "llama3.2:3b"
  | "llama3.2:90b"
  | "llama3:70b"
  | "llama3:8b"
  | "magicoder:7b"
  | "meta.llama3-1-405b-instruct-v1:0"
  | "meta.llama3-1-70b-instruct-v1:0"
  | "meta.llama3-3-70b-instruct-v1:0"
  | "meta.llama4-maverick-17b-instruct-v1:0"
  | "meta.llama4-scout-17b-instruct-v1:0"
  | "o1"
  | "o1-pro"
  | "o3"
  | "o3-mini"
  | "o3-pro"
  | "o4-mini"
  | "qwen2.5:32b"
  | "qwen2.5:7b-instruct"
  | "qwen3:8b"
  | "us.amazon.nova-premier-v1:0";
/** Other names (legacy IDs) that resolve to a model. */
export type ModelAlias =
  | "azure-gpt-4"
  | "azure-gpt-4-turbo"
  | "azure-gpt-4o"
  | "bedrock-claude-3-opus"
  | "bedrock-claude-3.5-sonnet"
  | "bedrock-llama-3.1-405b"
  | "bedrock-llama-3.1-70b"
  | "bedrock-titan-text-express"
  | "claude-3.5-sonnet"
  | "claude-opus-4.1"
  | "claude-sonnet-4.5";
// ---- Registry types ----
/** Read-only at every depth, as the frozen data is. */
export type DeepReadonly<T> = T extends readonly (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;
/** A model entry as stored in MODELS. */
export type ModelRecord<P extends ProviderId = ProviderId> =
  DeepReadonly<ModelEntry> & { readonly provider: P };
/** A deprecated model entry: its deprecation date and replacement are always present. */
export type DeprecatedModelRecord<P extends ProviderId = ProviderId> =
  ModelRecord<P> & {
    readonly status: "deprecated";
    readonly deprecation_date: string;
    readonly replaced_by: string;
  };
/** A provider's configuration as stored in PROVIDERS. */
export type ProviderRecord = DeepReadonly<ProviderConfig>;

/** The registry's type: one property per model, so deprecated keys carry @deprecated to every use site. */
export interface ModelRegistry {
  /** Amazon Nova 2 Lite (Bedrock): 1,000,000-token context, $0.30 in / $2.50 out per 1M tokens, production. */
  readonly "amazon.nova-2-lite-v1:0": ModelRecord<"bedrock">;
  /** Amazon Nova Lite (Bedrock): 300,000-token context, $0.06 in / $0.24 out per 1M tokens, production. */
  readonly "amazon.nova-lite-v1:0": ModelRecord<"bedrock">;
  /** Amazon Nova Micro (Bedrock): 128,000-token context, $0.035 in / $0.14 out per 1M tokens, production. */
  readonly "amazon.nova-micro-v1:0": ModelRecord<"bedrock">;
  /** Amazon Nova Pro (Bedrock): 300,000-token context, $0.80 in / $3.20 out per 1M tokens, production. */
  readonly "amazon.nova-pro-v1:0": ModelRecord<"bedrock">;
  /** Amazon Titan Text Express (Bedrock): 8,192-token context, $1.30 in / $1.70 out per 1M tokens, production. */
  readonly "amazon.titan-text-express-v1": ModelRecord<"bedrock">;
  /** Claude Sonnet 3.5 v2 (Bedrock) (Bedrock): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, production. */
  readonly "anthropic.claude-3-5-sonnet-20241022-v2:0": ModelRecord<"bedrock">;
  /** Claude Opus 3 (Bedrock) (Bedrock): 200,000-token context, $15.00 in / $75.00 out per 1M tokens, production. */
  readonly "anthropic.claude-3-opus-20240229-v1:0": ModelRecord<"bedrock">;
  /** Claude Haiku 4.5 (Bedrock) (Bedrock): 200,000-token context, $1.00 in / $5.00 out per 1M tokens, production. */
  readonly "anthropic.claude-haiku-4-5-20251001-v1:0": ModelRecord<"bedrock">;
  /** Claude Opus 4.7 (Bedrock) (Bedrock): 1,000,000-token context, $5.00 in / $25.00 out per 1M tokens, production. */
  readonly "anthropic.claude-opus-4-7": ModelRecord<"bedrock">;
  /** Claude Sonnet 4.5 (Bedrock) (Bedrock): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, production. */
  readonly "anthropic.claude-sonnet-4-5-20250929-v1:0": ModelRecord<"bedrock">;
  /** Claude Sonnet 4.6 (Bedrock) (Bedrock): 1,000,000-token context, $3.00 in / $15.00 out per 1M tokens, production. */
  readonly "anthropic.claude-sonnet-4-6": ModelRecord<"bedrock">;
  /**
   * GPT-4 (Azure) (Azure OpenAI): 8,192-token context, $30.00 in / $60.00 out per 1M tokens, deprecated.
   * @deprecated Use "azure/gpt-4.1" instead (deprecated 2025-06-06, shuts down 2025-06-06).
   */
  readonly "azure/gpt-4": DeprecatedModelRecord<"azure">;
  /**
   * GPT-4 Turbo (Azure) (Azure OpenAI): 128,000-token context, $10.00 in / $30.00 out per 1M tokens, deprecated.
   * @deprecated Use "azure/gpt-4.1" instead (deprecated 2025-06-06, shuts down 2025-06-06).
   */
  readonly "azure/gpt-4-turbo": DeprecatedModelRecord<"azure">;
  /** GPT-4.1 (Azure) (Azure OpenAI): 1,047,576-token context, $2.00 in / $8.00 out per 1M tokens, production. */
  readonly "azure/gpt-4.1": ModelRecord<"azure">;
  /** GPT-4.1 mini (Azure) (Azure OpenAI): 1,047,576-token context, $0.40 in / $1.60 out per 1M tokens, production. */
  readonly "azure/gpt-4.1-mini": ModelRecord<"azure">;
  /** GPT-4o (Azure) (Azure OpenAI): 128,000-token context, $2.50 in / $10.00 out per 1M tokens, production. */
  readonly "azure/gpt-4o": ModelRecord<"azure">;
  /** GPT-4o mini (Azure) (Azure OpenAI): 128,000-token context, $0.165 in / $0.66 out per 1M tokens, production. */
  readonly "azure/gpt-4o-mini": ModelRecord<"azure">;
  /** GPT-5 (Azure) (Azure OpenAI): 272,000-token context, $1.25 in / $10.00 out per 1M tokens, production. */
  readonly "azure/gpt-5": ModelRecord<"azure">;
  /** GPT-5 mini (Azure) (Azure OpenAI): 272,000-token context, $0.25 in / $2.00 out per 1M tokens, production. */
  readonly "azure/gpt-5-mini": ModelRecord<"azure">;
  /** GPT-5.1 (Azure) (Azure OpenAI): 272,000-token context, $1.25 in / $10.00 out per 1M tokens, production. */
  readonly "azure/gpt-5.1": ModelRecord<"azure">;
  /** GPT-5.4 (Azure) (Azure OpenAI): 1,050,000-token context, $2.50 in / $15.00 out per 1M tokens, production. */
  readonly "azure/gpt-5.4": ModelRecord<"azure">;
  /** GPT-5.4 mini (Azure) (Azure OpenAI): 1,050,000-token context, $0.75 in / $4.50 out per 1M tokens, production. */
  readonly "azure/gpt-5.4-mini": ModelRecord<"azure">;
  /** o3 (Azure) (Azure OpenAI): 200,000-token context, $2.00 in / $8.00 out per 1M tokens, production. */
  readonly "azure/o3": ModelRecord<"azure">;
  /** o4-mini (Azure) (Azure OpenAI): 200,000-token context, $1.10 in / $4.40 out per 1M tokens, production. */
  readonly "azure/o4-mini": ModelRecord<"azure">;
  /**
   * Claude Sonnet 3.5 (Anthropic): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use "claude-sonnet-4-6" instead (deprecated 2025-08-13, shuts down 2025-10-22).
   */
  readonly "claude-3-5-sonnet": DeprecatedModelRecord<"anthropic">;
  /**
   * Claude Sonnet 3.7 (Anthropic): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use "claude-sonnet-4-6" instead (deprecated 2025-10-28, shuts down 2026-02-19).
   */
  readonly "claude-3-7-sonnet": DeprecatedModelRecord<"anthropic">;
  /** Claude Haiku 3 (Anthropic): 200,000-token context, $0.25 in / $1.25 out per 1M tokens, production. */
  readonly "claude-3-haiku": ModelRecord<"anthropic">;
  /**
   * Claude Opus 3 (Anthropic): 200,000-token context, $15.00 in / $75.00 out per 1M tokens, deprecated.
   * @deprecated Use "claude-opus-4-7" instead (deprecated 2025-06-30, shuts down 2026-01-05).
   */
  readonly "claude-3-opus": DeprecatedModelRecord<"anthropic">;
  /** Claude Haiku 4.5 (Anthropic): 200,000-token context, $1.00 in / $5.00 out per 1M tokens, production. */
  readonly "claude-haiku-4-5": ModelRecord<"anthropic">;
  /**
   * Claude Opus 4 (Anthropic): 200,000-token context, $15.00 in / $75.00 out per 1M tokens, deprecated.
   * @deprecated Use "claude-opus-4-7" instead (deprecated 2026-05-14, shuts down 2026-05-14).
   */
  readonly "claude-opus-4": DeprecatedModelRecord<"anthropic">;
  /**
   * Claude Opus 4.1 (Anthropic): 200,000-token context, $15.00 in / $75.00 out per 1M tokens, deprecated.
   * @deprecated Use "claude-opus-4-7" instead (deprecated 2026-08-05, shuts down 2026-08-05).
   */
  readonly "claude-opus-4-1": DeprecatedModelRecord<"anthropic">;
  /** Claude Opus 4.5 (Anthropic): 200,000-token context, $5.00 in / $25.00 out per 1M tokens, production. */
  readonly "claude-opus-4-5": ModelRecord<"anthropic">;
  /** Claude Opus 4.6 (Anthropic): 1,000,000-token context, $5.00 in / $25.00 out per 1M tokens, production. */
  readonly "claude-opus-4-6": ModelRecord<"anthropic">;
  /** Claude Opus 4.7 (Anthropic): 1,000,000-token context, $5.00 in / $25.00 out per 1M tokens, production. */
  readonly "claude-opus-4-7": ModelRecord<"anthropic">;
  /** Claude Opus 4.8 (Anthropic): 1,000,000-token context, $5.00 in / $25.00 out per 1M tokens, production. */
  readonly "claude-opus-4-8": ModelRecord<"anthropic">;
  /** Claude Opus 5 (Anthropic): 1,000,000-token context, $5.00 in / $25.00 out per 1M tokens, production. */
  readonly "claude-opus-5": ModelRecord<"anthropic">;
  /**
   * Claude Sonnet 4 (Anthropic): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use "claude-sonnet-4-6" instead (deprecated 2026-05-14, shuts down 2026-05-14).
   */
  readonly "claude-sonnet-4": DeprecatedModelRecord<"anthropic">;
  /** Claude Sonnet 4.5 (Anthropic): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, production. */
  readonly "claude-sonnet-4-5": ModelRecord<"anthropic">;
  /** Claude Sonnet 4.6 (Anthropic): 1,000,000-token context, $3.00 in / $15.00 out per 1M tokens, production. */
  readonly "claude-sonnet-4-6": ModelRecord<"anthropic">;
  /** Claude Sonnet 5 (Anthropic): 1,000,000-token context, $2.00 in / $10.00 out per 1M tokens, production. */
  readonly "claude-sonnet-5": ModelRecord<"anthropic">;
  /** codellama:13b (Ollama): 16,384-token context, $0.00 in / $0.00 out per 1M tokens, production. */
  readonly "codellama:13b": ModelRecord<"ollama">;
  /** codellama:13b-code (Ollama): 16,384-token context, $0.00 in / $0.00 out per 1M tokens, production. */
  readonly "codellama:13b-code": ModelRecord<"ollama">;
  /** codellama:34b (Ollama): 16,384-token context, $0.00 in / $0.00 out per 1M tokens, production. */
  readonly "codellama:34b": ModelRecord<"ollama">;
  /** deepseek-coder:1.3b (Ollama): 16,384-token context, $0.00 in / $0.00 out per 1M tokens, production. */
  readonly "deepseek-coder:1.3b": ModelRecord<"ollama">;
  /** deepseek-r1:70b (Ollama): 131,072-token context, $0.00 in / $0.00 out per 1M tokens, production. */
  readonly "deepseek-r1:70b": ModelRecord<"ollama">;
  /**
   * Claude Opus 4 (DIAL) (DIAL): 200,000-token context, $15.00 in / $75.00 out per 1M tokens, deprecated.
   * @deprecated Use "dial-claude-opus-4-5" instead (deprecated 2026-05-14, shuts down 2026-05-14).
   */
  readonly "dial-claude-opus-4": DeprecatedModelRecord<"dial">;
  /** Claude Opus 4.5 (DIAL) (DIAL): 200,000-token context, $5.00 in / $25.00 out per 1M tokens, production. */
  readonly "dial-claude-opus-4-5": ModelRecord<"dial">;
  /**
   * Claude Sonnet 4 (DIAL) (DIAL): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use "dial-claude-sonnet-4-5" instead (deprecated 2026-05-14, shuts down 2026-05-14).
   */
  readonly "dial-claude-sonnet-4": DeprecatedModelRecord<"dial">;
  /** Claude Sonnet 4.5 (DIAL) (DIAL): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, production. */
  readonly "dial-claude-sonnet-4-5": ModelRecord<"dial">;
  /** Gemini 2.5 Pro (DIAL) (DIAL): 1,048,576-token context, $1.25 in / $10.00 out per 1M tokens, production. */
  readonly "dial-gemini-2.5-pro": ModelRecord<"dial">;
  /** GPT-4.1 (DIAL) (DIAL): 1,047,576-token context, $2.00 in / $8.00 out per 1M tokens, production. */
  readonly "dial-gpt-4.1": ModelRecord<"dial">;
  /**
   * Gemini 1.5 Flash (Google): 1,048,576-token context, $0.075 in / $0.30 out per 1M tokens, deprecated.
   * @deprecated Use "gemini-2.5-flash" instead (deprecated 2025-09-24, shuts down 2025-09-24).
   */
  readonly "gemini-1.5-flash": DeprecatedModelRecord<"google">;
  /**
   * Gemini 1.5 Pro (Google): 2,097,152-token context, $1.25 in / $5.00 out per 1M tokens, deprecated.
   * @deprecated Use "gemini-2.5-pro" instead (deprecated 2025-09-24, shuts down 2025-09-24).
   */
  readonly "gemini-1.5-pro": DeprecatedModelRecord<"google">;
  /**
   * Gemini 2.0 Flash (Google): 1,048,576-token context, $0.10 in / $0.40 out per 1M tokens, deprecated.
   * @deprecated Use "gemini-2.5-flash" instead (deprecated 2026-06-01, shuts down 2026-06-01).
   */
  readonly "gemini-2.0-flash": DeprecatedModelRecord<"google">;
  /**
   * Gemini 2.0 Flash-Lite (Google): 1,048,576-token context, $0.075 in / $0.30 out per 1M tokens, deprecated.
   * @deprecated Use "gemini-2.5-flash-lite" instead (deprecated 2026-06-01, shuts down 2026-06-01).
   */
  readonly "gemini-2.0-flash-lite": DeprecatedModelRecord<"google">;
  /**
   * Gemini 2.0 Pro (experimental) (Google): 2,097,152-token context, $0.00 in / $0.00 out per 1M tokens, deprecated.
   * @deprecated Use "gemini-2.5-pro" instead (deprecated 2025-03-25).
   */
  readonly "gemini-2.0-pro": DeprecatedModelRecord<"google">;
  /** Gemini 2.5 Flash (Google): 1,048,576-token context, $0.30 in / $2.50 out per 1M tokens, production. */
  readonly "gemini-2.5-flash": ModelRecord<"google">;
  /** Gemini 2.5 Flash-Lite (Google): 1,048,576-token context, $0.10 in / $0.40 out per 1M tokens, production. */
  readonly "gemini-2.5-flash-lite": ModelRecord<"google">;
  /** Gemini 2.5 Pro (Google): 1,048,576-token context, $1.25 in / $10.00 out per 1M tokens, production. */
  readonly "gemini-2.5-pro": ModelRecord<"google">;
  /** Gemini 3 Flash (preview) (Google): 1,048,576-token context, $0.50 in / $3.00 out per 1M tokens, beta. */
  readonly "gemini-3-flash-preview": ModelRecord<"google">;
  /**
   * Gemini 3 Pro (preview) (Google): 1,048,576-token context, $2.00 in / $12.00 out per 1M tokens, deprecated.
   * @deprecated Use "gemini-3.1-pro-preview" instead (deprecated 2026-03-09, shuts down 2026-03-09).
   */
  readonly "gemini-3-pro-preview": DeprecatedModelRecord<"google">;
  /** Gemini 3.1 Flash-Lite (Google): 1,048,576-token context, $0.25 in / $1.50 out per 1M tokens, production. */
  readonly "gemini-3.1-flash-lite": ModelRecord<"google">;
  /** Gemini 3.1 Pro (preview) (Google): 1,048,576-token context, $2.00 in / $12.00 out per 1M tokens, beta. */
  readonly "gemini-3.1-pro-preview": ModelRecord<"google">;
  /** Gemini 3.5 Flash (Google): 1,048,576-token context, $1.50 in / $9.00 out per 1M tokens, production. */
  readonly "gemini-3.5-flash": ModelRecord<"google">;
  /** Gemini 3.5 Flash-Lite (Google): 1,048,576-token context, $0.30 in / $2.50 out per 1M tokens, production. */
  readonly "gemini-3.5-flash-lite": ModelRecord<"google">;
  /** Gemini 3.6 Flash (Google): 1,048,576-token context, $1.50 in / $7.50 out per 1M tokens, production. */
  readonly "gemini-3.6-flash": ModelRecord<"google">;
  /** gemma:7b (Ollama): 8,192-token context, $0.00 in / $0.00 out per 1M tokens, production. */
  readonly "gemma:7b": ModelRecord<"ollama">;
  /** GPT-3.5 Turbo (OpenAI): 16,385-token context, $0.50 in / $1.50 out per 1M tokens, production. */
  readonly "gpt-3.5-turbo": ModelRecord<"openai">;
  /** GPT-4 (OpenAI): 8,192-token context, $30.00 in / $60.00 out per 1M tokens, production. */
  readonly "gpt-4": ModelRecord<"openai">;
  /** GPT-4 Turbo (OpenAI): 128,000-token context, $10.00 in / $30.00 out per 1M tokens, production. */
  readonly "gpt-4-turbo": ModelRecord<"openai">;
  /** GPT-4.1 (OpenAI): 1,047,576-token context, $2.00 in / $8.00 out per 1M tokens, production. */
  readonly "gpt-4.1": ModelRecord<"openai">;
  /** GPT-4.1 mini (OpenAI): 1,047,576-token context, $0.40 in / $1.60 out per 1M tokens, production. */
  readonly "gpt-4.1-mini": ModelRecord<"openai">;
  /** GPT-4.1 nano (OpenAI): 1,047,576-token context, $0.10 in / $0.40 out per 1M tokens, production. */
  readonly "gpt-4.1-nano": ModelRecord<"openai">;
  /** GPT-4o (OpenAI): 128,000-token context, $2.50 in / $10.00 out per 1M tokens, production. */
  readonly "gpt-4o": ModelRecord<"openai">;
  /** GPT-4o mini (OpenAI): 128,000-token context, $0.15 in / $0.60 out per 1M tokens, production. */
  readonly "gpt-4o-mini": ModelRecord<"openai">;
  /** GPT-5 (OpenAI): 272,000-token context, $1.25 in / $10.00 out per 1M tokens, production. */
  readonly "gpt-5": ModelRecord<"openai">;
  /** GPT-5 mini (OpenAI): 272,000-token context, $0.25 in / $2.00 out per 1M tokens, production. */
  readonly "gpt-5-mini": ModelRecord<"openai">;
  /** GPT-5 nano (OpenAI): 272,000-token context, $0.05 in / $0.40 out per 1M tokens, production. */
  readonly "gpt-5-nano": ModelRecord<"openai">;
  /** GPT-5.1 (OpenAI): 272,000-token context, $1.25 in / $10.00 out per 1M tokens, production. */
  readonly "gpt-5.1": ModelRecord<"openai">;
  /** GPT-5.2 (OpenAI): 272,000-token context, $1.75 in / $14.00 out per 1M tokens, production. */
  readonly "gpt-5.2": ModelRecord<"openai">;
  /** GPT-5.4 (OpenAI): 1,050,000-token context, $2.50 in / $15.00 out per 1M tokens, production. */
  readonly "gpt-5.4": ModelRecord<"openai">;
  /** GPT-5.4 mini (OpenAI): 1,050,000-token context, $0.75 in / $4.50 out per 1M tokens, production. */
  readonly "gpt-5.4-mini": ModelRecord<"openai">;
  /** GPT-5.4 nano (OpenAI): 1,050,000-token context, $0.20 in / $1.25 out per 1M tokens, production. */
  readonly "gpt-5.4-nano": ModelRecord<"openai">;
  /** GPT-5.5 (OpenAI): 1,050,000-token context, $5.00 in / $30.00 out per 1M tokens, production. */
  readonly "gpt-5.5": ModelRecord<"openai">;
  /** GPT-5.6 (OpenAI): 1,050,000-token context, $5.00 in / $30.00 out per 1M tokens, production. */
  readonly "gpt-5.6": ModelRecord<"openai">;
  /**
   * Grok 2 Vision (xAI): 32,768-token context, $2.00 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use "grok-4.3" instead (deprecated 2026-02-28, shuts down 2026-02-28).
   */
  readonly "grok-2-vision-1212": DeprecatedModelRecord<"xai">;
  /**
   * Grok 3 (xAI): 131,072-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use "grok-4.3" instead (deprecated 2026-05-15, shuts down 2026-05-15).
   */
  readonly "grok-3": DeprecatedModelRecord<"xai">;
  /**
   * Grok 3 mini (xAI): 131,072-token context, $0.30 in / $0.50 out per 1M tokens, deprecated.
   * @deprecated Use "grok-4.3" instead (deprecated 2026-02-28, shuts down 2026-02-28).
   */
  readonly "grok-3-mini": DeprecatedModelRecord<"xai">;
  /**
   * Grok 4 (xAI): 256,000-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use "grok-4.5" instead (deprecated 2026-05-15, shuts down 2026-05-15).
   */
  readonly "grok-4": DeprecatedModelRecord<"xai">;
  /**
   * Grok 4.1 Fast (non-reasoning) (xAI): 2,000,000-token context, $0.20 in / $0.50 out per 1M tokens, deprecated.
   * @deprecated Use "grok-4.3" instead (deprecated 2026-05-15, shuts down 2026-05-15).
   */
  readonly "grok-4-1-fast-non-reasoning": DeprecatedModelRecord<"xai">;
  /**
   * Grok 4.1 Fast (reasoning) (xAI): 2,000,000-token context, $0.20 in / $0.50 out per 1M tokens, deprecated.
   * @deprecated Use "grok-4.3" instead (deprecated 2026-05-15, shuts down 2026-05-15).
   */
  readonly "grok-4-1-fast-reasoning": DeprecatedModelRecord<"xai">;
  /**
   * Grok 4 Fast (non-reasoning) (xAI): 2,000,000-token context, $0.20 in / $0.50 out per 1M tokens, deprecated.
   * @deprecated Use "grok-4.3" instead (deprecated 2026-05-15, shuts down 2026-05-15).
   */
  readonly "grok-4-fast-non-reasoning": DeprecatedModelRecord<"xai">;
  /**
   * Grok 4 Fast (reasoning) (xAI): 2,000,000-token context, $0.20 in / $0.50 out per 1M tokens, deprecated.
   * @deprecated Use "grok-4.3" instead (deprecated 2026-05-15, shuts down 2026-05-15).
   */
  readonly "grok-4-fast-reasoning": DeprecatedModelRecord<"xai">;
  /** Grok 4.20 (reasoning) (xAI): 2,000,000-token context, $2.00 in / $6.00 out per 1M tokens, production. */
  readonly "grok-4.20-0309-reasoning": ModelRecord<"xai">;
  /** Grok 4.3 (xAI): 1,000,000-token context, $1.25 in / $2.50 out per 1M tokens, production. */
  readonly "grok-4.3": ModelRecord<"xai">;
  /** Grok 4.5 (xAI): 500,000-token context, $2.00 in / $6.00 out per 1M tokens, production. */
  readonly "grok-4.5": ModelRecord<"xai">;
  /**
   * Grok Code Fast 1 (xAI): 256,000-token context, $0.20 in / $1.50 out per 1M tokens, deprecated.
   * @deprecated Use "grok-4.3" instead (deprecated 2026-05-15, shuts down 2026-05-15).
   */
  readonly "grok-code-fast-1": DeprecatedModelRecord<"xai">;
  /** llama3.1:405b (Ollama): 131,072-token context, $0.00 in / $0.00 out per 1M tokens, production. */
  readonly "llama3.1:405b": ModelRecord<"ollama">;
  /** llama3.1:70b (Ollama): 131,072-token context, $0.00 in / $0.00 out per 1M tokens, production. */
  readonly "llama3.1:70b": ModelRecord<"ollama">;
  /** llama3.1:8b (Ollama): 131,072-token context, $0.00 in / $0.00 out per 1M tokens, production. */
  readonly "llama3.1:8b": ModelRecord<"ollama">;
  /** llama3.2:11b (Ollama): 131,072-token context, $0.00 in / $0.00 out per 1M tokens, production. */
  readonly "llama3.2:11b": ModelRecord<"ollama">;
  /** llama3.2:3b (Ollama): 131,072-token context, $0.00 in / $0.00 out per 1M tokens, production. */
  readonly "llama3.2:3b": ModelRecord<"ollama">;
  /** llama3.2:90b (Ollama): 131,072-token context, $0.00 in / $0.00 out per 1M tokens, production. */
  readonly "llama3.2:90b": ModelRecord<"ollama">;
  /** llama3:70b (Ollama): 8,192-token context, $0.00 in / $0.00 out per 1M tokens, production. */
  readonly "llama3:70b": ModelRecord<"ollama">;
  /** llama3:8b (Ollama): 8,192-token context, $0.00 in / $0.00 out per 1M tokens, production. */
  readonly "llama3:8b": ModelRecord<"ollama">;
  /** magicoder:7b (Ollama): 16,384-token context, $0.00 in / $0.00 out per 1M tokens, production. */
  readonly "magicoder:7b": ModelRecord<"ollama">;
  /** Llama 3.1 405B (Bedrock) (Bedrock): 128,000-token context, $5.32 in / $16.00 out per 1M tokens, production. */
  readonly "meta.llama3-1-405b-instruct-v1:0": ModelRecord<"bedrock">;
  /** Llama 3.1 70B (Bedrock) (Bedrock): 128,000-token context, $0.99 in / $0.99 out per 1M tokens, production. */
  readonly "meta.llama3-1-70b-instruct-v1:0": ModelRecord<"bedrock">;
  /** Llama 3.3 70B (Bedrock) (Bedrock): 128,000-token context, $0.72 in / $0.72 out per 1M tokens, production. */
  readonly "meta.llama3-3-70b-instruct-v1:0": ModelRecord<"bedrock">;
  /** Llama 4 Maverick 17B (Bedrock) (Bedrock): 128,000-token context, $0.24 in / $0.97 out per 1M tokens, production. */
  readonly "meta.llama4-maverick-17b-instruct-v1:0": ModelRecord<"bedrock">;
  /** Llama 4 Scout 17B (Bedrock) (Bedrock): 128,000-token context, $0.17 in / $0.66 out per 1M tokens, production. */
  readonly "meta.llama4-scout-17b-instruct-v1:0": ModelRecord<"bedrock">;
  /** o1 (OpenAI): 200,000-token context, $15.00 in / $60.00 out per 1M tokens, production. */
  readonly o1: ModelRecord<"openai">;
  /**
   * o1-mini (OpenAI): 128,000-token context, $1.10 in / $4.40 out per 1M tokens, deprecated.
   * @deprecated Use "o4-mini" instead (deprecated 2025-04-28, shuts down 2025-10-27).
   */
  readonly "o1-mini": DeprecatedModelRecord<"openai">;
  /** o1-pro (OpenAI): 200,000-token context, $150.00 in / $600.00 out per 1M tokens, production. */
  readonly "o1-pro": ModelRecord<"openai">;
  /** o3 (OpenAI): 200,000-token context, $2.00 in / $8.00 out per 1M tokens, production. */
  readonly o3: ModelRecord<"openai">;
  /** o3-mini (OpenAI): 200,000-token context, $1.10 in / $4.40 out per 1M tokens, production. */
  readonly "o3-mini": ModelRecord<"openai">;
  /** o3-pro (OpenAI): 200,000-token context, $20.00 in / $80.00 out per 1M tokens, production. */
  readonly "o3-pro": ModelRecord<"openai">;
  /** o4-mini (OpenAI): 200,000-token context, $1.10 in / $4.40 out per 1M tokens, production. */
  readonly "o4-mini": ModelRecord<"openai">;
  /** qwen2.5:32b (Ollama): 32,768-token context, $0.00 in / $0.00 out per 1M tokens, production. */
  readonly "qwen2.5:32b": ModelRecord<"ollama">;
  /** qwen2.5:7b-instruct (Ollama): 32,768-token context, $0.00 in / $0.00 out per 1M tokens, production. */
  readonly "qwen2.5:7b-instruct": ModelRecord<"ollama">;
  /** qwen3:8b (Ollama): 40,960-token context, $0.00 in / $0.00 out per 1M tokens, production. */
  readonly "qwen3:8b": ModelRecord<"ollama">;
  /** Amazon Nova Premier (Bedrock): 1,000,000-token context, $2.50 in / $12.50 out per 1M tokens, production. */
  readonly "us.amazon.nova-premier-v1:0": ModelRecord<"bedrock">;
}

/** The providers' type: one property per provider. */
export interface ProviderRegistry {
  readonly anthropic: ProviderRecord;
  readonly azure: ProviderRecord;
  readonly bedrock: ProviderRecord;
  readonly dial: ProviderRecord;
  readonly google: ProviderRecord;
  readonly ollama: ProviderRecord;
  readonly openai: ProviderRecord;
  readonly xai: ProviderRecord;
}

/** Each alias and the model ID it resolves to. */
export interface ModelAliases {
  /** @deprecated Resolves to the deprecated model "azure/gpt-4". */
  readonly "azure-gpt-4": "azure/gpt-4";
  /** @deprecated Resolves to the deprecated model "azure/gpt-4-turbo". */
  readonly "azure-gpt-4-turbo": "azure/gpt-4-turbo";
  readonly "azure-gpt-4o": "azure/gpt-4o";
  readonly "bedrock-claude-3-opus": "anthropic.claude-3-opus-20240229-v1:0";
  readonly "bedrock-claude-3.5-sonnet": "anthropic.claude-3-5-sonnet-20241022-v2:0";
  readonly "bedrock-llama-3.1-405b": "meta.llama3-1-405b-instruct-v1:0";
  readonly "bedrock-llama-3.1-70b": "meta.llama3-1-70b-instruct-v1:0";
  readonly "bedrock-titan-text-express": "amazon.titan-text-express-v1";
  /** @deprecated Resolves to the deprecated model "claude-3-5-sonnet". */
  readonly "claude-3.5-sonnet": "claude-3-5-sonnet";
  /** @deprecated Resolves to the deprecated model "claude-opus-4-1". */
  readonly "claude-opus-4.1": "claude-opus-4-1";
  readonly "claude-sonnet-4.5": "claude-sonnet-4-5";
}

// ---- Data ----
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

const MODEL_DATA = {
  "amazon.nova-2-lite-v1:0": {
    id: "amazon.nova-2-lite-v1:0",
    provider: "bedrock",
    display_name: "Amazon Nova 2 Lite",
    status: "production",
    context_window: 1000000,
    max_output_tokens: 64000,
    pricing: {
      input: 0.3,
      output: 2.5,
      cached_input: 0.075,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.8,
      reasoning: 0.8,
      basis: "tier",
    },
    speed_rating: 6.7,
    sources: {
      all: "https://aws.amazon.com/bedrock/pricing/",
    },
    verified: "2026-07-24",
  },
  "amazon.nova-lite-v1:0": {
    id: "amazon.nova-lite-v1:0",
    provider: "bedrock",
    display_name: "Amazon Nova Lite",
    status: "production",
    context_window: 300000,
    max_output_tokens: 10000,
    pricing: {
      input: 0.06,
      output: 0.24,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.6,
      reasoning: 0.6,
      basis: "tier",
    },
    speed_rating: 10,
    sources: {
      all: "https://aws.amazon.com/bedrock/pricing/",
    },
    verified: "2026-07-24",
  },
  "amazon.nova-micro-v1:0": {
    id: "amazon.nova-micro-v1:0",
    provider: "bedrock",
    display_name: "Amazon Nova Micro",
    status: "production",
    context_window: 128000,
    max_output_tokens: 10000,
    pricing: {
      input: 0.035,
      output: 0.14,
    },
    capabilities: {
      input: ["text"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.6,
      reasoning: 0.6,
      basis: "tier",
    },
    speed_rating: 10,
    sources: {
      all: "https://aws.amazon.com/bedrock/pricing/",
    },
    verified: "2026-07-24",
  },
  "amazon.nova-pro-v1:0": {
    id: "amazon.nova-pro-v1:0",
    provider: "bedrock",
    display_name: "Amazon Nova Pro",
    status: "production",
    context_window: 300000,
    max_output_tokens: 10000,
    pricing: {
      input: 0.8,
      output: 3.2,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.8,
      reasoning: 0.8,
      basis: "tier",
    },
    speed_rating: 6.7,
    sources: {
      all: "https://aws.amazon.com/bedrock/pricing/",
    },
    verified: "2026-07-24",
  },
  "amazon.titan-text-express-v1": {
    id: "amazon.titan-text-express-v1",
    provider: "bedrock",
    display_name: "Amazon Titan Text Express",
    status: "production",
    context_window: 8192,
    max_output_tokens: 8192,
    pricing: {
      input: 1.3,
      output: 1.7,
    },
    capabilities: {
      input: ["text"],
      output: ["text"],
      tool_calling: false,
    },
    scores: {
      coding: 0.6,
      reasoning: 0.6,
      basis: "tier",
    },
    speed_rating: 10,
    best_for: "AWS native",
    notes:
      "Context and output are AWS's documented 8K; LiteLLM lists 42,000 / 8,000 for this model, which matches no AWS document. Prices equal the snapshot.",
    sources: {
      all: "https://aws.amazon.com/bedrock/pricing/",
    },
    verified: "2026-07-24",
  },
  "anthropic.claude-3-5-sonnet-20241022-v2:0": {
    id: "anthropic.claude-3-5-sonnet-20241022-v2:0",
    provider: "bedrock",
    display_name: "Claude Sonnet 3.5 v2 (Bedrock)",
    status: "production",
    context_window: 200000,
    max_output_tokens: 8192,
    pricing: {
      input: 3,
      output: 15,
      cached_input: 0.3,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.8,
      reasoning: 0.8,
      basis: "tier",
    },
    speed_rating: 6.7,
    best_for: "Balanced Claude",
    notes:
      "context_window is Claude 3.5 Sonnet's 200K; LiteLLM's 1,000,000 for this entry is wrong (the model never had a 1M window). Anthropic retired it on its own API on 2025-10-22; no Bedrock end-of-life date in the snapshot.",
    sources: {
      all: "https://aws.amazon.com/bedrock/pricing/",
    },
    verified: "2026-07-24",
  },
  "anthropic.claude-3-opus-20240229-v1:0": {
    id: "anthropic.claude-3-opus-20240229-v1:0",
    provider: "bedrock",
    display_name: "Claude Opus 3 (Bedrock)",
    status: "production",
    context_window: 200000,
    max_output_tokens: 4096,
    pricing: {
      input: 15,
      output: 75,
      cached_input: 1.5,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 1,
      reasoning: 1,
      basis: "tier",
    },
    speed_rating: 3.3,
    best_for: "Premium reasoning",
    notes:
      "Anthropic retired Claude Opus 3 on its own API on 2026-01-05; the snapshot records no Bedrock end-of-life date, so it stays production here.",
    sources: {
      all: "https://aws.amazon.com/bedrock/pricing/",
    },
    verified: "2026-07-24",
  },
  "anthropic.claude-haiku-4-5-20251001-v1:0": {
    id: "anthropic.claude-haiku-4-5-20251001-v1:0",
    provider: "bedrock",
    display_name: "Claude Haiku 4.5 (Bedrock)",
    status: "production",
    context_window: 200000,
    max_output_tokens: 64000,
    pricing: {
      input: 1,
      output: 5,
      cached_input: 0.1,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.6,
      reasoning: 0.6,
      basis: "tier",
    },
    speed_rating: 10,
    sources: {
      all: "https://aws.amazon.com/bedrock/pricing/",
    },
    verified: "2026-07-24",
  },
  "anthropic.claude-opus-4-7": {
    id: "anthropic.claude-opus-4-7",
    provider: "bedrock",
    display_name: "Claude Opus 4.7 (Bedrock)",
    status: "production",
    context_window: 1000000,
    max_output_tokens: 128000,
    pricing: {
      input: 5,
      output: 25,
      cached_input: 0.5,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 1,
      reasoning: 1,
      basis: "tier",
    },
    speed_rating: 3.3,
    sources: {
      all: "https://aws.amazon.com/bedrock/pricing/",
    },
    verified: "2026-07-24",
  },
  "anthropic.claude-sonnet-4-5-20250929-v1:0": {
    id: "anthropic.claude-sonnet-4-5-20250929-v1:0",
    provider: "bedrock",
    display_name: "Claude Sonnet 4.5 (Bedrock)",
    status: "production",
    context_window: 200000,
    max_output_tokens: 64000,
    pricing: {
      input: 3,
      output: 15,
      cached_input: 0.3,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.8,
      reasoning: 0.8,
      basis: "tier",
    },
    speed_rating: 6.7,
    sources: {
      all: "https://aws.amazon.com/bedrock/pricing/",
    },
    verified: "2026-07-24",
  },
  "anthropic.claude-sonnet-4-6": {
    id: "anthropic.claude-sonnet-4-6",
    provider: "bedrock",
    display_name: "Claude Sonnet 4.6 (Bedrock)",
    status: "production",
    context_window: 1000000,
    max_output_tokens: 64000,
    pricing: {
      input: 3,
      output: 15,
      cached_input: 0.3,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.8,
      reasoning: 0.8,
      basis: "tier",
    },
    speed_rating: 6.7,
    sources: {
      all: "https://aws.amazon.com/bedrock/pricing/",
    },
    verified: "2026-07-24",
  },
  "azure/gpt-4": {
    id: "azure/gpt-4",
    provider: "azure",
    display_name: "GPT-4 (Azure)",
    api_name: "gpt-4",
    status: "deprecated",
    context_window: 8192,
    max_output_tokens: 4096,
    pricing: {
      input: 30,
      output: 60,
    },
    capabilities: {
      input: ["text"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 1,
      reasoning: 1,
      basis: "tier",
    },
    speed_rating: 3.3,
    deprecation_date: "2025-06-06",
    shutdown_date: "2025-06-06",
    replaced_by: "azure/gpt-4.1",
    best_for: "Enterprise GPT-4",
    notes:
      "Azure's model retirements page lists the GPT-4 (0613) version for retirement; announcement date not recorded, so deprecation.date is the removal date.",
    sources: {
      all: "https://learn.microsoft.com/en-us/azure/ai-foundry/openai/concepts/model-retirements",
    },
    verified: "2026-07-24",
  },
  "azure/gpt-4-turbo": {
    id: "azure/gpt-4-turbo",
    provider: "azure",
    display_name: "GPT-4 Turbo (Azure)",
    api_name: "gpt-4-turbo",
    status: "deprecated",
    context_window: 128000,
    max_output_tokens: 4096,
    pricing: {
      input: 10,
      output: 30,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.8,
      reasoning: 0.8,
      basis: "tier",
    },
    speed_rating: 6.7,
    deprecation_date: "2025-06-06",
    shutdown_date: "2025-06-06",
    replaced_by: "azure/gpt-4.1",
    best_for: "Enterprise GPT-4 Turbo",
    notes:
      "Azure's model retirements page lists the GPT-4 and GPT-4 Turbo versions for retirement; announcement date not recorded, so deprecation.date is the removal date.",
    sources: {
      all: "https://learn.microsoft.com/en-us/azure/ai-foundry/openai/concepts/model-retirements",
    },
    verified: "2026-07-24",
  },
  "azure/gpt-4.1": {
    id: "azure/gpt-4.1",
    provider: "azure",
    display_name: "GPT-4.1 (Azure)",
    api_name: "gpt-4.1",
    status: "production",
    context_window: 1047576,
    max_output_tokens: 32768,
    pricing: {
      input: 2,
      output: 8,
      cached_input: 0.5,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.8,
      reasoning: 0.8,
      basis: "tier",
    },
    speed_rating: 6.7,
    sources: {
      all: "https://azure.microsoft.com/en-us/pricing/details/cognitive-services/openai-service/",
    },
    verified: "2026-07-24",
  },
  "azure/gpt-4.1-mini": {
    id: "azure/gpt-4.1-mini",
    provider: "azure",
    display_name: "GPT-4.1 mini (Azure)",
    api_name: "gpt-4.1-mini",
    status: "production",
    context_window: 1047576,
    max_output_tokens: 32768,
    pricing: {
      input: 0.4,
      output: 1.6,
      cached_input: 0.1,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.8,
      reasoning: 0.8,
      basis: "tier",
    },
    speed_rating: 6.7,
    sources: {
      all: "https://azure.microsoft.com/en-us/pricing/details/cognitive-services/openai-service/",
    },
    verified: "2026-07-24",
  },
  "azure/gpt-4o": {
    id: "azure/gpt-4o",
    provider: "azure",
    display_name: "GPT-4o (Azure)",
    api_name: "gpt-4o",
    status: "production",
    context_window: 128000,
    max_output_tokens: 16384,
    pricing: {
      input: 2.5,
      output: 10,
      cached_input: 1.25,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.8,
      reasoning: 0.8,
      basis: "tier",
    },
    speed_rating: 6.7,
    best_for: "Enterprise GPT-4o",
    notes:
      "Legacy table said $5/$15 per 1M; Azure and the snapshot list $2.50/$10.",
    sources: {
      all: "https://azure.microsoft.com/en-us/pricing/details/cognitive-services/openai-service/",
    },
    verified: "2026-07-24",
  },
  "azure/gpt-4o-mini": {
    id: "azure/gpt-4o-mini",
    provider: "azure",
    display_name: "GPT-4o mini (Azure)",
    api_name: "gpt-4o-mini",
    status: "production",
    context_window: 128000,
    max_output_tokens: 16384,
    pricing: {
      input: 0.165,
      output: 0.66,
      cached_input: 0.075,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.6,
      reasoning: 0.6,
      basis: "tier",
    },
    speed_rating: 10,
    sources: {
      all: "https://azure.microsoft.com/en-us/pricing/details/cognitive-services/openai-service/",
    },
    verified: "2026-07-24",
  },
  "azure/gpt-5": {
    id: "azure/gpt-5",
    provider: "azure",
    display_name: "GPT-5 (Azure)",
    api_name: "gpt-5",
    status: "production",
    context_window: 272000,
    max_output_tokens: 128000,
    pricing: {
      input: 1.25,
      output: 10,
      cached_input: 0.125,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 1,
      reasoning: 1,
      basis: "tier",
    },
    speed_rating: 3.3,
    sources: {
      all: "https://azure.microsoft.com/en-us/pricing/details/cognitive-services/openai-service/",
    },
    verified: "2026-07-24",
  },
  "azure/gpt-5-mini": {
    id: "azure/gpt-5-mini",
    provider: "azure",
    display_name: "GPT-5 mini (Azure)",
    api_name: "gpt-5-mini",
    status: "production",
    context_window: 272000,
    max_output_tokens: 128000,
    pricing: {
      input: 0.25,
      output: 2,
      cached_input: 0.025,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.8,
      reasoning: 0.8,
      basis: "tier",
    },
    speed_rating: 6.7,
    sources: {
      all: "https://azure.microsoft.com/en-us/pricing/details/cognitive-services/openai-service/",
    },
    verified: "2026-07-24",
  },
  "azure/gpt-5.1": {
    id: "azure/gpt-5.1",
    provider: "azure",
    display_name: "GPT-5.1 (Azure)",
    api_name: "gpt-5.1",
    status: "production",
    context_window: 272000,
    max_output_tokens: 128000,
    pricing: {
      input: 1.25,
      output: 10,
      cached_input: 0.125,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 1,
      reasoning: 1,
      basis: "tier",
    },
    speed_rating: 3.3,
    sources: {
      all: "https://azure.microsoft.com/en-us/pricing/details/cognitive-services/openai-service/",
    },
    verified: "2026-07-24",
  },
  "azure/gpt-5.4": {
    id: "azure/gpt-5.4",
    provider: "azure",
    display_name: "GPT-5.4 (Azure)",
    api_name: "gpt-5.4",
    status: "production",
    context_window: 1050000,
    max_output_tokens: 128000,
    pricing: {
      input: 2.5,
      output: 15,
      cached_input: 0.25,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 1,
      reasoning: 1,
      basis: "tier",
    },
    speed_rating: 3.3,
    sources: {
      all: "https://azure.microsoft.com/en-us/pricing/details/cognitive-services/openai-service/",
    },
    verified: "2026-07-24",
  },
  "azure/gpt-5.4-mini": {
    id: "azure/gpt-5.4-mini",
    provider: "azure",
    display_name: "GPT-5.4 mini (Azure)",
    api_name: "gpt-5.4-mini",
    status: "production",
    context_window: 1050000,
    max_output_tokens: 128000,
    pricing: {
      input: 0.75,
      output: 4.5,
      cached_input: 0.075,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.8,
      reasoning: 0.8,
      basis: "tier",
    },
    speed_rating: 6.7,
    sources: {
      all: "https://azure.microsoft.com/en-us/pricing/details/cognitive-services/openai-service/",
    },
    verified: "2026-07-24",
  },
  "azure/o3": {
    id: "azure/o3",
    provider: "azure",
    display_name: "o3 (Azure)",
    api_name: "o3",
    status: "production",
    context_window: 200000,
    max_output_tokens: 100000,
    pricing: {
      input: 2,
      output: 8,
      cached_input: 0.5,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 1,
      reasoning: 1,
      basis: "tier",
    },
    speed_rating: 3.3,
    sources: {
      all: "https://azure.microsoft.com/en-us/pricing/details/cognitive-services/openai-service/",
    },
    verified: "2026-07-24",
  },
  "azure/o4-mini": {
    id: "azure/o4-mini",
    provider: "azure",
    display_name: "o4-mini (Azure)",
    api_name: "o4-mini",
    status: "production",
    context_window: 200000,
    max_output_tokens: 100000,
    pricing: {
      input: 1.1,
      output: 4.4,
      cached_input: 0.275,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.8,
      reasoning: 0.8,
      basis: "tier",
    },
    speed_rating: 6.7,
    sources: {
      all: "https://azure.microsoft.com/en-us/pricing/details/cognitive-services/openai-service/",
    },
    verified: "2026-07-24",
  },
  "claude-3-5-sonnet": {
    id: "claude-3-5-sonnet",
    provider: "anthropic",
    display_name: "Claude Sonnet 3.5",
    api_name: "claude-3-5-sonnet-20241022",
    status: "deprecated",
    context_window: 200000,
    max_output_tokens: 8192,
    pricing: {
      input: 3,
      output: 15,
      cached_input: 0.3,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.8,
      reasoning: 0.8,
      basis: "tier",
    },
    speed_rating: 6.7,
    deprecation_date: "2025-08-13",
    shutdown_date: "2025-10-22",
    replaced_by: "claude-sonnet-4-6",
    best_for: "Popular balanced",
    notes:
      "Retired by Anthropic; not in the snapshot. Figures are Anthropic's last published ones.",
    sources: {
      all: "https://docs.anthropic.com/en/docs/about-claude/model-deprecations",
    },
    verified: "2026-07-24",
  },
  "claude-3-7-sonnet": {
    id: "claude-3-7-sonnet",
    provider: "anthropic",
    display_name: "Claude Sonnet 3.7",
    api_name: "claude-3-7-sonnet-20250219",
    status: "deprecated",
    context_window: 200000,
    max_output_tokens: 64000,
    pricing: {
      input: 3,
      output: 15,
      cached_input: 0.3,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.8,
      reasoning: 0.8,
      basis: "tier",
    },
    speed_rating: 6.7,
    deprecation_date: "2025-10-28",
    shutdown_date: "2026-02-19",
    replaced_by: "claude-sonnet-4-6",
    sources: {
      all: "https://docs.anthropic.com/en/docs/about-claude/model-deprecations",
    },
    verified: "2026-07-24",
  },
  "claude-3-haiku": {
    id: "claude-3-haiku",
    provider: "anthropic",
    display_name: "Claude Haiku 3",
    api_name: "claude-3-haiku-20240307",
    status: "production",
    context_window: 200000,
    max_output_tokens: 4096,
    pricing: {
      input: 0.25,
      output: 1.25,
      cached_input: 0.03,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.6,
      reasoning: 0.6,
      basis: "tier",
    },
    speed_rating: 10,
    best_for: "Fast, cost-effective",
    sources: {
      all: "https://docs.anthropic.com/en/docs/about-claude/models/overview",
    },
    verified: "2026-07-24",
  },
  "claude-3-opus": {
    id: "claude-3-opus",
    provider: "anthropic",
    display_name: "Claude Opus 3",
    api_name: "claude-3-opus-20240229",
    status: "deprecated",
    context_window: 200000,
    max_output_tokens: 4096,
    pricing: {
      input: 15,
      output: 75,
      cached_input: 1.5,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 1,
      reasoning: 1,
      basis: "tier",
    },
    speed_rating: 3.3,
    deprecation_date: "2025-06-30",
    shutdown_date: "2026-01-05",
    replaced_by: "claude-opus-4-7",
    best_for: "Previous gen premium",
    notes:
      "Removal date from Anthropic's deprecations page (2026-01-05); the snapshot's deprecation_date 2026-05-01 is stale.",
    sources: {
      all: "https://docs.anthropic.com/en/docs/about-claude/model-deprecations",
    },
    verified: "2026-07-24",
  },
  "claude-haiku-4-5": {
    id: "claude-haiku-4-5",
    provider: "anthropic",
    display_name: "Claude Haiku 4.5",
    api_name: "claude-haiku-4-5-20251001",
    status: "production",
    context_window: 200000,
    max_output_tokens: 64000,
    pricing: {
      input: 1,
      output: 5,
      cached_input: 0.1,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.6,
      reasoning: 0.6,
      basis: "tier",
    },
    speed_rating: 10,
    sources: {
      all: "https://docs.anthropic.com/en/docs/about-claude/models/overview",
    },
    verified: "2026-07-24",
  },
  "claude-opus-4": {
    id: "claude-opus-4",
    provider: "anthropic",
    display_name: "Claude Opus 4",
    api_name: "claude-opus-4-20250514",
    status: "deprecated",
    context_window: 200000,
    max_output_tokens: 32000,
    pricing: {
      input: 15,
      output: 75,
      cached_input: 1.5,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 1,
      reasoning: 1,
      basis: "tier",
    },
    speed_rating: 3.3,
    deprecation_date: "2026-05-14",
    shutdown_date: "2026-05-14",
    replaced_by: "claude-opus-4-7",
    best_for: "Premium Claude",
    notes:
      "Announcement date not recorded; deprecation.date is set to the removal date (from the LiteLLM snapshot's deprecation_date).",
    sources: {
      all: "https://docs.anthropic.com/en/docs/about-claude/model-deprecations",
    },
    verified: "2026-07-24",
  },
  "claude-opus-4-1": {
    id: "claude-opus-4-1",
    provider: "anthropic",
    display_name: "Claude Opus 4.1",
    api_name: "claude-opus-4-1-20250805",
    status: "deprecated",
    context_window: 200000,
    max_output_tokens: 32000,
    pricing: {
      input: 15,
      output: 75,
      cached_input: 1.5,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 1,
      reasoning: 1,
      basis: "tier",
    },
    speed_rating: 3.3,
    deprecation_date: "2026-08-05",
    shutdown_date: "2026-08-05",
    replaced_by: "claude-opus-4-7",
    best_for: "Top reasoning",
    notes:
      "Announcement date not recorded; deprecation.date is set to the removal date (from the LiteLLM snapshot's deprecation_date). Legacy table said $20/$100 per 1M; Anthropic and the snapshot list $15/$75.",
    sources: {
      all: "https://docs.anthropic.com/en/docs/about-claude/model-deprecations",
    },
    verified: "2026-07-24",
  },
  "claude-opus-4-5": {
    id: "claude-opus-4-5",
    provider: "anthropic",
    display_name: "Claude Opus 4.5",
    api_name: "claude-opus-4-5-20251101",
    status: "production",
    context_window: 200000,
    max_output_tokens: 64000,
    pricing: {
      input: 5,
      output: 25,
      cached_input: 0.5,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 1,
      reasoning: 1,
      basis: "tier",
    },
    speed_rating: 3.3,
    sources: {
      all: "https://docs.anthropic.com/en/docs/about-claude/models/overview",
    },
    verified: "2026-07-24",
  },
  "claude-opus-4-6": {
    id: "claude-opus-4-6",
    provider: "anthropic",
    display_name: "Claude Opus 4.6",
    status: "production",
    context_window: 1000000,
    max_output_tokens: 128000,
    pricing: {
      input: 5,
      output: 25,
      cached_input: 0.5,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 1,
      reasoning: 1,
      basis: "tier",
    },
    speed_rating: 3.3,
    sources: {
      all: "https://docs.anthropic.com/en/docs/about-claude/models/overview",
    },
    verified: "2026-07-24",
  },
  "claude-opus-4-7": {
    id: "claude-opus-4-7",
    provider: "anthropic",
    display_name: "Claude Opus 4.7",
    status: "production",
    context_window: 1000000,
    max_output_tokens: 128000,
    pricing: {
      input: 5,
      output: 25,
      cached_input: 0.5,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 1,
      reasoning: 1,
      basis: "tier",
    },
    speed_rating: 3.3,
    sources: {
      all: "https://docs.anthropic.com/en/docs/about-claude/models/overview",
    },
    verified: "2026-07-24",
  },
  "claude-opus-4-8": {
    id: "claude-opus-4-8",
    provider: "anthropic",
    display_name: "Claude Opus 4.8",
    status: "production",
    context_window: 1000000,
    max_output_tokens: 128000,
    pricing: {
      input: 5,
      output: 25,
      cached_input: 0.5,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 1,
      reasoning: 1,
      basis: "tier",
    },
    speed_rating: 3.3,
    sources: {
      all: "https://docs.anthropic.com/en/docs/about-claude/models/overview",
    },
    verified: "2026-07-24",
  },
  "claude-opus-5": {
    id: "claude-opus-5",
    provider: "anthropic",
    display_name: "Claude Opus 5",
    status: "production",
    context_window: 1000000,
    max_output_tokens: 128000,
    pricing: {
      input: 5,
      output: 25,
      cached_input: 0.5,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 1,
      reasoning: 1,
      basis: "tier",
    },
    speed_rating: 3.3,
    sources: {
      all: "https://docs.anthropic.com/en/docs/about-claude/models/overview",
    },
    verified: "2026-07-24",
  },
  "claude-sonnet-4": {
    id: "claude-sonnet-4",
    provider: "anthropic",
    display_name: "Claude Sonnet 4",
    api_name: "claude-sonnet-4-20250514",
    status: "deprecated",
    context_window: 200000,
    max_output_tokens: 64000,
    pricing: {
      input: 3,
      output: 15,
      cached_input: 0.3,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.8,
      reasoning: 0.8,
      basis: "tier",
    },
    speed_rating: 6.7,
    deprecation_date: "2026-05-14",
    shutdown_date: "2026-05-14",
    replaced_by: "claude-sonnet-4-6",
    best_for: "Balanced tasks",
    notes:
      "Announcement date not recorded; deprecation.date is set to the removal date (from the LiteLLM snapshot's deprecation_date). context_window is the standard 200K; LiteLLM lists 1,000,000, which needs the context-1m beta header and is billed at long-context prices.",
    sources: {
      all: "https://docs.anthropic.com/en/docs/about-claude/model-deprecations",
    },
    verified: "2026-07-24",
  },
  "claude-sonnet-4-5": {
    id: "claude-sonnet-4-5",
    provider: "anthropic",
    display_name: "Claude Sonnet 4.5",
    api_name: "claude-sonnet-4-5-20250929",
    status: "production",
    context_window: 200000,
    max_output_tokens: 64000,
    pricing: {
      input: 3,
      output: 15,
      cached_input: 0.3,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 1,
      reasoning: 1,
      basis: "tier",
    },
    speed_rating: 6.7,
    best_for: "Latest balanced",
    notes:
      "Legacy table said $4/$20 per 1M; Anthropic and the snapshot list $3/$15.",
    sources: {
      all: "https://docs.anthropic.com/en/docs/about-claude/models/overview",
    },
    verified: "2026-07-24",
  },
  "claude-sonnet-4-6": {
    id: "claude-sonnet-4-6",
    provider: "anthropic",
    display_name: "Claude Sonnet 4.6",
    status: "production",
    context_window: 1000000,
    max_output_tokens: 64000,
    pricing: {
      input: 3,
      output: 15,
      cached_input: 0.3,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.8,
      reasoning: 0.8,
      basis: "tier",
    },
    speed_rating: 6.7,
    sources: {
      all: "https://docs.anthropic.com/en/docs/about-claude/models/overview",
    },
    verified: "2026-07-24",
  },
  "claude-sonnet-5": {
    id: "claude-sonnet-5",
    provider: "anthropic",
    display_name: "Claude Sonnet 5",
    status: "production",
    context_window: 1000000,
    max_output_tokens: 128000,
    pricing: {
      input: 2,
      output: 10,
      cached_input: 0.2,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.8,
      reasoning: 0.8,
      basis: "tier",
    },
    speed_rating: 6.7,
    sources: {
      all: "https://docs.anthropic.com/en/docs/about-claude/models/overview",
    },
    verified: "2026-07-24",
  },
  "codellama:13b": {
    id: "codellama:13b",
    provider: "ollama",
    display_name: "codellama:13b",
    status: "production",
    context_window: 16384,
    max_output_tokens: 16384,
    pricing: {
      input: 0,
      output: 0,
    },
    capabilities: {
      input: ["text"],
      output: ["text"],
      tool_calling: false,
    },
    scores: {
      coding: 0.8,
      reasoning: 0.8,
      basis: "tier",
    },
    speed_rating: 6.7,
    hardware: {
      parameters_billion: 13,
      download_size_gb: 7.4,
      min_ram_gb: 16,
    },
    best_for: "High-quality code",
    notes:
      "Legacy table said 100K context; the Ollama tag's context_length is 16384.",
    sources: {
      all: "https://ollama.com/library/codellama",
    },
    verified: "2026-07-24",
  },
  "codellama:13b-code": {
    id: "codellama:13b-code",
    provider: "ollama",
    display_name: "codellama:13b-code",
    status: "production",
    context_window: 16384,
    max_output_tokens: 16384,
    pricing: {
      input: 0,
      output: 0,
    },
    capabilities: {
      input: ["text"],
      output: ["text"],
      tool_calling: false,
    },
    scores: {
      coding: 0.8,
      reasoning: 0.8,
      basis: "tier",
    },
    speed_rating: 6.7,
    hardware: {
      parameters_billion: 13,
      download_size_gb: 7.4,
      min_ram_gb: 16,
    },
    best_for: "Code generation focus",
    notes:
      "Legacy table said 100K context; the Ollama tag's context_length is 16384.",
    sources: {
      all: "https://ollama.com/library/codellama",
    },
    verified: "2026-07-24",
  },
  "codellama:34b": {
    id: "codellama:34b",
    provider: "ollama",
    display_name: "codellama:34b",
    status: "production",
    context_window: 16384,
    max_output_tokens: 16384,
    pricing: {
      input: 0,
      output: 0,
    },
    capabilities: {
      input: ["text"],
      output: ["text"],
      tool_calling: false,
    },
    scores: {
      coding: 1,
      reasoning: 1,
      basis: "tier",
    },
    speed_rating: 3.3,
    hardware: {
      parameters_billion: 34,
      download_size_gb: 19,
      min_ram_gb: 32,
    },
    best_for: "Best code quality",
    notes:
      "Legacy table said 100K context; the Ollama tag's context_length is 16384.",
    sources: {
      all: "https://ollama.com/library/codellama",
    },
    verified: "2026-07-24",
  },
  "deepseek-coder:1.3b": {
    id: "deepseek-coder:1.3b",
    provider: "ollama",
    display_name: "deepseek-coder:1.3b",
    status: "production",
    context_window: 16384,
    max_output_tokens: 16384,
    pricing: {
      input: 0,
      output: 0,
    },
    capabilities: {
      input: ["text"],
      output: ["text"],
      tool_calling: false,
    },
    scores: {
      coding: 0.6,
      reasoning: 0.6,
      basis: "tier",
    },
    speed_rating: 10,
    hardware: {
      parameters_billion: 1.3,
      download_size_gb: 0.776,
      min_ram_gb: 2,
    },
    best_for: "Quick code snippets",
    sources: {
      all: "https://ollama.com/library/deepseek-coder",
    },
    verified: "2026-07-24",
  },
  "deepseek-r1:70b": {
    id: "deepseek-r1:70b",
    provider: "ollama",
    display_name: "deepseek-r1:70b",
    status: "production",
    context_window: 131072,
    max_output_tokens: 131072,
    pricing: {
      input: 0,
      output: 0,
    },
    capabilities: {
      input: ["text"],
      output: ["text"],
      tool_calling: false,
    },
    scores: {
      coding: 1,
      reasoning: 1,
      basis: "tier",
    },
    speed_rating: 3.3,
    hardware: {
      parameters_billion: 70,
      download_size_gb: 42,
      min_ram_gb: 64,
    },
    best_for: "Ultimate reasoning",
    sources: {
      all: "https://ollama.com/library/deepseek-r1",
    },
    verified: "2026-07-24",
  },
  "dial-claude-opus-4": {
    id: "dial-claude-opus-4",
    provider: "dial",
    display_name: "Claude Opus 4 (DIAL)",
    api_name: "anthropic.claude-opus-4-20250514-v1:0",
    status: "deprecated",
    context_window: 200000,
    max_output_tokens: 32000,
    pricing: {
      input: 15,
      output: 75,
      cached_input: 1.5,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 1,
      reasoning: 1,
      basis: "tier",
    },
    speed_rating: 3.3,
    deprecation_date: "2026-05-14",
    shutdown_date: "2026-05-14",
    replaced_by: "dial-claude-opus-4-5",
    best_for: "Enterprise access",
    notes:
      "DIAL deployment names are set per installation; api_name here is the upstream model ID the deployment forwards to. Figures are the upstream provider's. Follows Anthropic's retirement of Claude Opus 4 (2026-05-14); announcement date not recorded; deprecation.date is set to the removal date (from the LiteLLM snapshot's deprecation_date).",
    sources: {
      all: "https://docs.epam-rail.com/",
    },
    verified: "2026-07-24",
  },
  "dial-claude-opus-4-5": {
    id: "dial-claude-opus-4-5",
    provider: "dial",
    display_name: "Claude Opus 4.5 (DIAL)",
    api_name: "anthropic.claude-opus-4-5-20251101-v1:0",
    status: "production",
    context_window: 200000,
    max_output_tokens: 64000,
    pricing: {
      input: 5,
      output: 25,
      cached_input: 0.5,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 1,
      reasoning: 1,
      basis: "tier",
    },
    speed_rating: 3.3,
    notes:
      "DIAL deployment names are set per installation; api_name here is the upstream model ID the deployment forwards to. Figures are the upstream provider's.",
    sources: {
      all: "https://docs.epam-rail.com/",
    },
    verified: "2026-07-24",
  },
  "dial-claude-sonnet-4": {
    id: "dial-claude-sonnet-4",
    provider: "dial",
    display_name: "Claude Sonnet 4 (DIAL)",
    api_name: "anthropic.claude-sonnet-4-20250514-v1:0",
    status: "deprecated",
    context_window: 200000,
    max_output_tokens: 64000,
    pricing: {
      input: 3,
      output: 15,
      cached_input: 0.3,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.8,
      reasoning: 0.8,
      basis: "tier",
    },
    speed_rating: 6.7,
    deprecation_date: "2026-05-14",
    shutdown_date: "2026-05-14",
    replaced_by: "dial-claude-sonnet-4-5",
    best_for: "Enterprise balanced",
    notes:
      "DIAL deployment names are set per installation; api_name here is the upstream model ID the deployment forwards to. Figures are the upstream provider's. Follows Anthropic's retirement of Claude Sonnet 4 (2026-05-14); announcement date not recorded, so deprecation.date is the removal date. context_window is the standard 200K; LiteLLM's 1,000,000 needs a beta header and long-context prices.",
    sources: {
      all: "https://docs.epam-rail.com/",
    },
    verified: "2026-07-24",
  },
  "dial-claude-sonnet-4-5": {
    id: "dial-claude-sonnet-4-5",
    provider: "dial",
    display_name: "Claude Sonnet 4.5 (DIAL)",
    api_name: "anthropic.claude-sonnet-4-5-20250929-v1:0",
    status: "production",
    context_window: 200000,
    max_output_tokens: 64000,
    pricing: {
      input: 3,
      output: 15,
      cached_input: 0.3,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.8,
      reasoning: 0.8,
      basis: "tier",
    },
    speed_rating: 6.7,
    notes:
      "DIAL deployment names are set per installation; api_name here is the upstream model ID the deployment forwards to. Figures are the upstream provider's.",
    sources: {
      all: "https://docs.epam-rail.com/",
    },
    verified: "2026-07-24",
  },
  "dial-gemini-2.5-pro": {
    id: "dial-gemini-2.5-pro",
    provider: "dial",
    display_name: "Gemini 2.5 Pro (DIAL)",
    api_name: "gemini-2.5-pro",
    status: "production",
    context_window: 1048576,
    max_output_tokens: 65535,
    pricing: {
      input: 1.25,
      output: 10,
      cached_input: 0.125,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 1,
      reasoning: 1,
      basis: "tier",
    },
    speed_rating: 3.3,
    notes:
      "DIAL deployment names are set per installation; api_name here is the upstream model ID the deployment forwards to. Figures are the upstream provider's.",
    sources: {
      all: "https://docs.epam-rail.com/",
    },
    verified: "2026-07-24",
  },
  "dial-gpt-4.1": {
    id: "dial-gpt-4.1",
    provider: "dial",
    display_name: "GPT-4.1 (DIAL)",
    api_name: "gpt-4.1",
    status: "production",
    context_window: 1047576,
    max_output_tokens: 32768,
    pricing: {
      input: 2,
      output: 8,
      cached_input: 0.5,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.8,
      reasoning: 0.8,
      basis: "tier",
    },
    speed_rating: 6.7,
    notes:
      "DIAL deployment names are set per installation; api_name here is the upstream model ID the deployment forwards to. Figures are the upstream provider's.",
    sources: {
      all: "https://docs.epam-rail.com/",
    },
    verified: "2026-07-24",
  },
  "gemini-1.5-flash": {
    id: "gemini-1.5-flash",
    provider: "google",
    display_name: "Gemini 1.5 Flash",
    api_name: "gemini-1.5-flash-002",
    status: "deprecated",
    context_window: 1048576,
    max_output_tokens: 8192,
    pricing: {
      input: 0.075,
      output: 0.3,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.6,
      reasoning: 0.6,
      basis: "tier",
    },
    speed_rating: 10,
    deprecation_date: "2025-09-24",
    shutdown_date: "2025-09-24",
    replaced_by: "gemini-2.5-flash",
    best_for: "Previous gen flash",
    notes:
      "Shut down; the snapshot only lists it as an embedding entry. Figures are Google's last published ones (prompts up to 128K). Announcement date not recorded; deprecation.date is set to the removal date.",
    sources: {
      all: "https://ai.google.dev/gemini-api/docs/deprecations",
    },
    verified: "2026-07-24",
  },
  "gemini-1.5-pro": {
    id: "gemini-1.5-pro",
    provider: "google",
    display_name: "Gemini 1.5 Pro",
    api_name: "gemini-1.5-pro-002",
    status: "deprecated",
    context_window: 2097152,
    max_output_tokens: 8192,
    pricing: {
      input: 1.25,
      output: 5,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.8,
      reasoning: 0.8,
      basis: "tier",
    },
    speed_rating: 6.7,
    deprecation_date: "2025-09-24",
    shutdown_date: "2025-09-24",
    replaced_by: "gemini-2.5-pro",
    best_for: "Previous gen pro",
    notes:
      "Shut down; not in the snapshot. Figures are Google's last published ones (prompts up to 128K). Announcement date not recorded; deprecation.date is set to the removal date.",
    sources: {
      all: "https://ai.google.dev/gemini-api/docs/deprecations",
    },
    verified: "2026-07-24",
  },
  "gemini-2.0-flash": {
    id: "gemini-2.0-flash",
    provider: "google",
    display_name: "Gemini 2.0 Flash",
    status: "deprecated",
    context_window: 1048576,
    max_output_tokens: 8192,
    pricing: {
      input: 0.1,
      output: 0.4,
      cached_input: 0.025,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.8,
      reasoning: 0.8,
      basis: "tier",
    },
    speed_rating: 10,
    deprecation_date: "2026-06-01",
    shutdown_date: "2026-06-01",
    replaced_by: "gemini-2.5-flash",
    best_for: "Fast responses",
    notes:
      "Announcement date not recorded; deprecation.date is set to the removal date (from the LiteLLM snapshot's deprecation_date).",
    sources: {
      all: "https://ai.google.dev/gemini-api/docs/deprecations",
    },
    verified: "2026-07-24",
  },
  "gemini-2.0-flash-lite": {
    id: "gemini-2.0-flash-lite",
    provider: "google",
    display_name: "Gemini 2.0 Flash-Lite",
    status: "deprecated",
    context_window: 1048576,
    max_output_tokens: 8192,
    pricing: {
      input: 0.075,
      output: 0.3,
      cached_input: 0.01875,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.6,
      reasoning: 0.6,
      basis: "tier",
    },
    speed_rating: 10,
    deprecation_date: "2026-06-01",
    shutdown_date: "2026-06-01",
    replaced_by: "gemini-2.5-flash-lite",
    notes:
      "Announcement date not recorded; deprecation.date is set to the removal date (from the LiteLLM snapshot's deprecation_date).",
    sources: {
      all: "https://ai.google.dev/gemini-api/docs/deprecations",
    },
    verified: "2026-07-24",
  },
  "gemini-2.0-pro": {
    id: "gemini-2.0-pro",
    provider: "google",
    display_name: "Gemini 2.0 Pro (experimental)",
    api_name: "gemini-2.0-pro-exp-02-05",
    status: "deprecated",
    context_window: 2097152,
    max_output_tokens: 8192,
    pricing: {
      input: 0,
      output: 0,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 1,
      reasoning: 1,
      basis: "tier",
    },
    speed_rating: 6.7,
    deprecation_date: "2025-03-25",
    replaced_by: "gemini-2.5-pro",
    best_for: "Research, analysis",
    notes:
      "Only ever an experimental, free-of-charge model (gemini-2.0-pro-exp-02-05), superseded by Gemini 2.5 Pro (announced 2025-03-25); no removal date published. The legacy table's $1.5/$6 per 1M was never a real price. Not in the snapshot.",
    sources: {
      all: "https://ai.google.dev/gemini-api/docs/deprecations",
    },
    verified: "2026-07-24",
  },
  "gemini-2.5-flash": {
    id: "gemini-2.5-flash",
    provider: "google",
    display_name: "Gemini 2.5 Flash",
    status: "production",
    context_window: 1048576,
    max_output_tokens: 65535,
    pricing: {
      input: 0.3,
      output: 2.5,
      cached_input: 0.03,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.8,
      reasoning: 0.8,
      basis: "tier",
    },
    speed_rating: 6.7,
    sources: {
      all: "https://ai.google.dev/gemini-api/docs/pricing",
    },
    verified: "2026-07-24",
  },
  "gemini-2.5-flash-lite": {
    id: "gemini-2.5-flash-lite",
    provider: "google",
    display_name: "Gemini 2.5 Flash-Lite",
    status: "production",
    context_window: 1048576,
    max_output_tokens: 65535,
    pricing: {
      input: 0.1,
      output: 0.4,
      cached_input: 0.01,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.6,
      reasoning: 0.6,
      basis: "tier",
    },
    speed_rating: 10,
    sources: {
      all: "https://ai.google.dev/gemini-api/docs/pricing",
    },
    verified: "2026-07-24",
  },
  "gemini-2.5-pro": {
    id: "gemini-2.5-pro",
    provider: "google",
    display_name: "Gemini 2.5 Pro",
    status: "production",
    context_window: 1048576,
    max_output_tokens: 65535,
    pricing: {
      input: 1.25,
      output: 10,
      cached_input: 0.125,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 1,
      reasoning: 1,
      basis: "tier",
    },
    speed_rating: 3.3,
    sources: {
      all: "https://ai.google.dev/gemini-api/docs/pricing",
    },
    verified: "2026-07-24",
  },
  "gemini-3-flash-preview": {
    id: "gemini-3-flash-preview",
    provider: "google",
    display_name: "Gemini 3 Flash (preview)",
    status: "beta",
    context_window: 1048576,
    max_output_tokens: 65535,
    pricing: {
      input: 0.5,
      output: 3,
      cached_input: 0.05,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.8,
      reasoning: 0.8,
      basis: "tier",
    },
    speed_rating: 6.7,
    sources: {
      all: "https://ai.google.dev/gemini-api/docs/pricing",
    },
    verified: "2026-07-24",
  },
  "gemini-3-pro-preview": {
    id: "gemini-3-pro-preview",
    provider: "google",
    display_name: "Gemini 3 Pro (preview)",
    status: "deprecated",
    context_window: 1048576,
    max_output_tokens: 65535,
    pricing: {
      input: 2,
      output: 12,
      cached_input: 0.2,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 1,
      reasoning: 1,
      basis: "tier",
    },
    speed_rating: 3.3,
    deprecation_date: "2026-03-09",
    shutdown_date: "2026-03-09",
    replaced_by: "gemini-3.1-pro-preview",
    notes:
      "Announcement date not recorded; deprecation.date is set to the removal date (from the LiteLLM snapshot's deprecation_date).",
    sources: {
      all: "https://ai.google.dev/gemini-api/docs/deprecations",
    },
    verified: "2026-07-24",
  },
  "gemini-3.1-flash-lite": {
    id: "gemini-3.1-flash-lite",
    provider: "google",
    display_name: "Gemini 3.1 Flash-Lite",
    status: "production",
    context_window: 1048576,
    max_output_tokens: 65536,
    pricing: {
      input: 0.25,
      output: 1.5,
      cached_input: 0.025,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.6,
      reasoning: 0.6,
      basis: "tier",
    },
    speed_rating: 10,
    sources: {
      all: "https://ai.google.dev/gemini-api/docs/pricing",
    },
    verified: "2026-07-24",
  },
  "gemini-3.1-pro-preview": {
    id: "gemini-3.1-pro-preview",
    provider: "google",
    display_name: "Gemini 3.1 Pro (preview)",
    status: "beta",
    context_window: 1048576,
    max_output_tokens: 65536,
    pricing: {
      input: 2,
      output: 12,
      cached_input: 0.2,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 1,
      reasoning: 1,
      basis: "tier",
    },
    speed_rating: 3.3,
    sources: {
      all: "https://ai.google.dev/gemini-api/docs/pricing",
    },
    verified: "2026-07-24",
  },
  "gemini-3.5-flash": {
    id: "gemini-3.5-flash",
    provider: "google",
    display_name: "Gemini 3.5 Flash",
    status: "production",
    context_window: 1048576,
    max_output_tokens: 65535,
    pricing: {
      input: 1.5,
      output: 9,
      cached_input: 0.15,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.8,
      reasoning: 0.8,
      basis: "tier",
    },
    speed_rating: 6.7,
    sources: {
      all: "https://ai.google.dev/gemini-api/docs/pricing",
    },
    verified: "2026-07-24",
  },
  "gemini-3.5-flash-lite": {
    id: "gemini-3.5-flash-lite",
    provider: "google",
    display_name: "Gemini 3.5 Flash-Lite",
    status: "production",
    context_window: 1048576,
    max_output_tokens: 65536,
    pricing: {
      input: 0.3,
      output: 2.5,
      cached_input: 0.03,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.6,
      reasoning: 0.6,
      basis: "tier",
    },
    speed_rating: 10,
    sources: {
      all: "https://ai.google.dev/gemini-api/docs/pricing",
    },
    verified: "2026-07-24",
  },
  "gemini-3.6-flash": {
    id: "gemini-3.6-flash",
    provider: "google",
    display_name: "Gemini 3.6 Flash",
    status: "production",
    context_window: 1048576,
    max_output_tokens: 65536,
    pricing: {
      input: 1.5,
      output: 7.5,
      cached_input: 0.15,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.8,
      reasoning: 0.8,
      basis: "tier",
    },
    speed_rating: 6.7,
    sources: {
      all: "https://ai.google.dev/gemini-api/docs/pricing",
    },
    verified: "2026-07-24",
  },
  "gemma:7b": {
    id: "gemma:7b",
    provider: "ollama",
    display_name: "gemma:7b",
    status: "production",
    context_window: 8192,
    max_output_tokens: 8192,
    pricing: {
      input: 0,
      output: 0,
    },
    capabilities: {
      input: ["text"],
      output: ["text"],
      tool_calling: false,
    },
    scores: {
      coding: 0.8,
      reasoning: 0.8,
      basis: "tier",
    },
    speed_rating: 6.7,
    hardware: {
      parameters_billion: 7,
      download_size_gb: 5,
      min_ram_gb: 8,
    },
    best_for: "Google's balanced model",
    sources: {
      all: "https://ollama.com/library/gemma",
    },
    verified: "2026-07-24",
  },
  "gpt-3.5-turbo": {
    id: "gpt-3.5-turbo",
    provider: "openai",
    display_name: "GPT-3.5 Turbo",
    status: "production",
    context_window: 16385,
    max_output_tokens: 4096,
    pricing: {
      input: 0.5,
      output: 1.5,
    },
    capabilities: {
      input: ["text"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.6,
      reasoning: 0.6,
      basis: "tier",
    },
    speed_rating: 10,
    best_for: "Quick tasks",
    sources: {
      all: "https://platform.openai.com/docs/pricing",
    },
    verified: "2026-07-24",
  },
  "gpt-4": {
    id: "gpt-4",
    provider: "openai",
    display_name: "GPT-4",
    status: "production",
    context_window: 8192,
    max_output_tokens: 4096,
    pricing: {
      input: 30,
      output: 60,
    },
    capabilities: {
      input: ["text"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 1,
      reasoning: 1,
      basis: "tier",
    },
    speed_rating: 3.3,
    best_for: "Complex reasoning",
    sources: {
      all: "https://platform.openai.com/docs/pricing",
    },
    verified: "2026-07-24",
  },
  "gpt-4-turbo": {
    id: "gpt-4-turbo",
    provider: "openai",
    display_name: "GPT-4 Turbo",
    status: "production",
    context_window: 128000,
    max_output_tokens: 4096,
    pricing: {
      input: 10,
      output: 30,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.8,
      reasoning: 0.8,
      basis: "tier",
    },
    speed_rating: 6.7,
    best_for: "Vision, function calling",
    sources: {
      all: "https://platform.openai.com/docs/pricing",
    },
    verified: "2026-07-24",
  },
  "gpt-4.1": {
    id: "gpt-4.1",
    provider: "openai",
    display_name: "GPT-4.1",
    status: "production",
    context_window: 1047576,
    max_output_tokens: 32768,
    pricing: {
      input: 2,
      output: 8,
      cached_input: 0.5,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.8,
      reasoning: 0.8,
      basis: "tier",
    },
    speed_rating: 6.7,
    sources: {
      all: "https://platform.openai.com/docs/pricing",
    },
    verified: "2026-07-24",
  },
  "gpt-4.1-mini": {
    id: "gpt-4.1-mini",
    provider: "openai",
    display_name: "GPT-4.1 mini",
    status: "production",
    context_window: 1047576,
    max_output_tokens: 32768,
    pricing: {
      input: 0.4,
      output: 1.6,
      cached_input: 0.1,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.8,
      reasoning: 0.8,
      basis: "tier",
    },
    speed_rating: 6.7,
    sources: {
      all: "https://platform.openai.com/docs/pricing",
    },
    verified: "2026-07-24",
  },
  "gpt-4.1-nano": {
    id: "gpt-4.1-nano",
    provider: "openai",
    display_name: "GPT-4.1 nano",
    status: "production",
    context_window: 1047576,
    max_output_tokens: 32768,
    pricing: {
      input: 0.1,
      output: 0.4,
      cached_input: 0.025,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.6,
      reasoning: 0.6,
      basis: "tier",
    },
    speed_rating: 10,
    sources: {
      all: "https://platform.openai.com/docs/pricing",
    },
    verified: "2026-07-24",
  },
  "gpt-4o": {
    id: "gpt-4o",
    provider: "openai",
    display_name: "GPT-4o",
    status: "production",
    context_window: 128000,
    max_output_tokens: 16384,
    pricing: {
      input: 2.5,
      output: 10,
      cached_input: 1.25,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.8,
      reasoning: 0.8,
      basis: "tier",
    },
    speed_rating: 6.7,
    best_for: "Vision, balanced tasks",
    sources: {
      all: "https://platform.openai.com/docs/pricing",
    },
    verified: "2026-07-24",
  },
  "gpt-4o-mini": {
    id: "gpt-4o-mini",
    provider: "openai",
    display_name: "GPT-4o mini",
    status: "production",
    context_window: 128000,
    max_output_tokens: 16384,
    pricing: {
      input: 0.15,
      output: 0.6,
      cached_input: 0.075,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.6,
      reasoning: 0.6,
      basis: "tier",
    },
    speed_rating: 10,
    best_for: "Fast, cost-effective",
    sources: {
      all: "https://platform.openai.com/docs/pricing",
    },
    verified: "2026-07-24",
  },
  "gpt-5": {
    id: "gpt-5",
    provider: "openai",
    display_name: "GPT-5",
    status: "production",
    context_window: 272000,
    max_output_tokens: 128000,
    pricing: {
      input: 1.25,
      output: 10,
      cached_input: 0.125,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 1,
      reasoning: 1,
      basis: "tier",
    },
    speed_rating: 3.3,
    sources: {
      all: "https://platform.openai.com/docs/pricing",
    },
    verified: "2026-07-24",
  },
  "gpt-5-mini": {
    id: "gpt-5-mini",
    provider: "openai",
    display_name: "GPT-5 mini",
    status: "production",
    context_window: 272000,
    max_output_tokens: 128000,
    pricing: {
      input: 0.25,
      output: 2,
      cached_input: 0.025,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.8,
      reasoning: 0.8,
      basis: "tier",
    },
    speed_rating: 6.7,
    sources: {
      all: "https://platform.openai.com/docs/pricing",
    },
    verified: "2026-07-24",
  },
  "gpt-5-nano": {
    id: "gpt-5-nano",
    provider: "openai",
    display_name: "GPT-5 nano",
    status: "production",
    context_window: 272000,
    max_output_tokens: 128000,
    pricing: {
      input: 0.05,
      output: 0.4,
      cached_input: 0.005,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.6,
      reasoning: 0.6,
      basis: "tier",
    },
    speed_rating: 10,
    sources: {
      all: "https://platform.openai.com/docs/pricing",
    },
    verified: "2026-07-24",
  },
  "gpt-5.1": {
    id: "gpt-5.1",
    provider: "openai",
    display_name: "GPT-5.1",
    status: "production",
    context_window: 272000,
    max_output_tokens: 128000,
    pricing: {
      input: 1.25,
      output: 10,
      cached_input: 0.125,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 1,
      reasoning: 1,
      basis: "tier",
    },
    speed_rating: 3.3,
    sources: {
      all: "https://platform.openai.com/docs/pricing",
    },
    verified: "2026-07-24",
  },
  "gpt-5.2": {
    id: "gpt-5.2",
    provider: "openai",
    display_name: "GPT-5.2",
    status: "production",
    context_window: 272000,
    max_output_tokens: 128000,
    pricing: {
      input: 1.75,
      output: 14,
      cached_input: 0.175,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 1,
      reasoning: 1,
      basis: "tier",
    },
    speed_rating: 3.3,
    sources: {
      all: "https://platform.openai.com/docs/pricing",
    },
    verified: "2026-07-24",
  },
  "gpt-5.4": {
    id: "gpt-5.4",
    provider: "openai",
    display_name: "GPT-5.4",
    status: "production",
    context_window: 1050000,
    max_output_tokens: 128000,
    pricing: {
      input: 2.5,
      output: 15,
      cached_input: 0.25,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 1,
      reasoning: 1,
      basis: "tier",
    },
    speed_rating: 3.3,
    sources: {
      all: "https://platform.openai.com/docs/pricing",
    },
    verified: "2026-07-24",
  },
  "gpt-5.4-mini": {
    id: "gpt-5.4-mini",
    provider: "openai",
    display_name: "GPT-5.4 mini",
    status: "production",
    context_window: 1050000,
    max_output_tokens: 128000,
    pricing: {
      input: 0.75,
      output: 4.5,
      cached_input: 0.075,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.8,
      reasoning: 0.8,
      basis: "tier",
    },
    speed_rating: 6.7,
    sources: {
      all: "https://platform.openai.com/docs/pricing",
    },
    verified: "2026-07-24",
  },
  "gpt-5.4-nano": {
    id: "gpt-5.4-nano",
    provider: "openai",
    display_name: "GPT-5.4 nano",
    status: "production",
    context_window: 1050000,
    max_output_tokens: 128000,
    pricing: {
      input: 0.2,
      output: 1.25,
      cached_input: 0.02,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.6,
      reasoning: 0.6,
      basis: "tier",
    },
    speed_rating: 10,
    sources: {
      all: "https://platform.openai.com/docs/pricing",
    },
    verified: "2026-07-24",
  },
  "gpt-5.5": {
    id: "gpt-5.5",
    provider: "openai",
    display_name: "GPT-5.5",
    status: "production",
    context_window: 1050000,
    max_output_tokens: 128000,
    pricing: {
      input: 5,
      output: 30,
      cached_input: 0.5,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 1,
      reasoning: 1,
      basis: "tier",
    },
    speed_rating: 3.3,
    sources: {
      all: "https://platform.openai.com/docs/pricing",
    },
    verified: "2026-07-24",
  },
  "gpt-5.6": {
    id: "gpt-5.6",
    provider: "openai",
    display_name: "GPT-5.6",
    status: "production",
    context_window: 1050000,
    max_output_tokens: 128000,
    pricing: {
      input: 5,
      output: 30,
      cached_input: 0.5,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 1,
      reasoning: 1,
      basis: "tier",
    },
    speed_rating: 3.3,
    sources: {
      all: "https://platform.openai.com/docs/pricing",
    },
    verified: "2026-07-24",
  },
  "grok-2-vision-1212": {
    id: "grok-2-vision-1212",
    provider: "xai",
    display_name: "Grok 2 Vision",
    status: "deprecated",
    context_window: 32768,
    max_output_tokens: 32768,
    pricing: {
      input: 2,
      output: 10,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.6,
      reasoning: 0.6,
      basis: "tier",
    },
    speed_rating: 6.7,
    deprecation_date: "2026-02-28",
    shutdown_date: "2026-02-28",
    replaced_by: "grok-4.3",
    best_for: "Image analysis",
    notes:
      "Announcement date not recorded; deprecation.date is set to the removal date (from the LiteLLM snapshot's deprecation_date).",
    sources: {
      all: "https://docs.x.ai/docs/models",
    },
    verified: "2026-07-24",
  },
  "grok-3": {
    id: "grok-3",
    provider: "xai",
    display_name: "Grok 3",
    status: "deprecated",
    context_window: 131072,
    max_output_tokens: 131072,
    pricing: {
      input: 3,
      output: 15,
      cached_input: 0.75,
    },
    capabilities: {
      input: ["text"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.8,
      reasoning: 0.8,
      basis: "tier",
    },
    speed_rating: 6.7,
    deprecation_date: "2026-05-15",
    shutdown_date: "2026-05-15",
    replaced_by: "grok-4.3",
    best_for: "General tasks",
    notes:
      "Announcement date not recorded; deprecation.date is set to the removal date (from the LiteLLM snapshot's deprecation_date).",
    sources: {
      all: "https://docs.x.ai/docs/models",
    },
    verified: "2026-07-24",
  },
  "grok-3-mini": {
    id: "grok-3-mini",
    provider: "xai",
    display_name: "Grok 3 mini",
    status: "deprecated",
    context_window: 131072,
    max_output_tokens: 131072,
    pricing: {
      input: 0.3,
      output: 0.5,
      cached_input: 0.075,
    },
    capabilities: {
      input: ["text"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.6,
      reasoning: 0.6,
      basis: "tier",
    },
    speed_rating: 10,
    deprecation_date: "2026-02-28",
    shutdown_date: "2026-02-28",
    replaced_by: "grok-4.3",
    notes:
      "Announcement date not recorded; deprecation.date is set to the removal date (from the LiteLLM snapshot's deprecation_date).",
    sources: {
      all: "https://docs.x.ai/docs/models",
    },
    verified: "2026-07-24",
  },
  "grok-4": {
    id: "grok-4",
    provider: "xai",
    display_name: "Grok 4",
    api_name: "grok-4-0709",
    status: "deprecated",
    context_window: 256000,
    max_output_tokens: 256000,
    pricing: {
      input: 3,
      output: 15,
    },
    capabilities: {
      input: ["text"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 1,
      reasoning: 1,
      basis: "tier",
    },
    speed_rating: 3.3,
    deprecation_date: "2026-05-15",
    shutdown_date: "2026-05-15",
    replaced_by: "grok-4.5",
    notes:
      "Announcement date not recorded; deprecation.date is set to the removal date (from the LiteLLM snapshot's deprecation_date).",
    sources: {
      all: "https://docs.x.ai/docs/models",
    },
    verified: "2026-07-24",
  },
  "grok-4-1-fast-non-reasoning": {
    id: "grok-4-1-fast-non-reasoning",
    provider: "xai",
    display_name: "Grok 4.1 Fast (non-reasoning)",
    status: "deprecated",
    context_window: 2000000,
    max_output_tokens: 2000000,
    pricing: {
      input: 0.2,
      output: 0.5,
      cached_input: 0.05,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.6,
      reasoning: 0.6,
      basis: "tier",
    },
    speed_rating: 10,
    deprecation_date: "2026-05-15",
    shutdown_date: "2026-05-15",
    replaced_by: "grok-4.3",
    notes:
      "Announcement date not recorded; deprecation.date is set to the removal date (from the LiteLLM snapshot's deprecation_date).",
    sources: {
      all: "https://docs.x.ai/docs/models",
    },
    verified: "2026-07-24",
  },
  "grok-4-1-fast-reasoning": {
    id: "grok-4-1-fast-reasoning",
    provider: "xai",
    display_name: "Grok 4.1 Fast (reasoning)",
    status: "deprecated",
    context_window: 2000000,
    max_output_tokens: 2000000,
    pricing: {
      input: 0.2,
      output: 0.5,
      cached_input: 0.05,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.8,
      reasoning: 0.8,
      basis: "tier",
    },
    speed_rating: 6.7,
    deprecation_date: "2026-05-15",
    shutdown_date: "2026-05-15",
    replaced_by: "grok-4.3",
    notes:
      "Announcement date not recorded; deprecation.date is set to the removal date (from the LiteLLM snapshot's deprecation_date).",
    sources: {
      all: "https://docs.x.ai/docs/models",
    },
    verified: "2026-07-24",
  },
  "grok-4-fast-non-reasoning": {
    id: "grok-4-fast-non-reasoning",
    provider: "xai",
    display_name: "Grok 4 Fast (non-reasoning)",
    status: "deprecated",
    context_window: 2000000,
    max_output_tokens: 2000000,
    pricing: {
      input: 0.2,
      output: 0.5,
      cached_input: 0.05,
    },
    capabilities: {
      input: ["text"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.8,
      reasoning: 0.8,
      basis: "tier",
    },
    speed_rating: 10,
    deprecation_date: "2026-05-15",
    shutdown_date: "2026-05-15",
    replaced_by: "grok-4.3",
    best_for: "Fast processing",
    notes:
      "Announcement date not recorded; deprecation.date is set to the removal date (from the LiteLLM snapshot's deprecation_date).",
    sources: {
      all: "https://docs.x.ai/docs/models",
    },
    verified: "2026-07-24",
  },
  "grok-4-fast-reasoning": {
    id: "grok-4-fast-reasoning",
    provider: "xai",
    display_name: "Grok 4 Fast (reasoning)",
    status: "deprecated",
    context_window: 2000000,
    max_output_tokens: 2000000,
    pricing: {
      input: 0.2,
      output: 0.5,
      cached_input: 0.05,
    },
    capabilities: {
      input: ["text"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 1,
      reasoning: 1,
      basis: "tier",
    },
    speed_rating: 6.7,
    deprecation_date: "2026-05-15",
    shutdown_date: "2026-05-15",
    replaced_by: "grok-4.3",
    best_for: "Complex reasoning",
    notes:
      "Announcement date not recorded; deprecation.date is set to the removal date (from the LiteLLM snapshot's deprecation_date).",
    sources: {
      all: "https://docs.x.ai/docs/models",
    },
    verified: "2026-07-24",
  },
  "grok-4.20-0309-reasoning": {
    id: "grok-4.20-0309-reasoning",
    provider: "xai",
    display_name: "Grok 4.20 (reasoning)",
    status: "production",
    context_window: 2000000,
    max_output_tokens: 2000000,
    pricing: {
      input: 2,
      output: 6,
      cached_input: 0.2,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 1,
      reasoning: 1,
      basis: "tier",
    },
    speed_rating: 3.3,
    sources: {
      all: "https://docs.x.ai/docs/models",
    },
    verified: "2026-07-24",
  },
  "grok-4.3": {
    id: "grok-4.3",
    provider: "xai",
    display_name: "Grok 4.3",
    status: "production",
    context_window: 1000000,
    max_output_tokens: 1000000,
    pricing: {
      input: 1.25,
      output: 2.5,
      cached_input: 0.2,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.8,
      reasoning: 0.8,
      basis: "tier",
    },
    speed_rating: 6.7,
    sources: {
      all: "https://docs.x.ai/docs/models",
    },
    verified: "2026-07-24",
  },
  "grok-4.5": {
    id: "grok-4.5",
    provider: "xai",
    display_name: "Grok 4.5",
    status: "production",
    context_window: 500000,
    max_output_tokens: 500000,
    pricing: {
      input: 2,
      output: 6,
      cached_input: 0.5,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 1,
      reasoning: 1,
      basis: "tier",
    },
    speed_rating: 3.3,
    sources: {
      all: "https://docs.x.ai/docs/models",
    },
    verified: "2026-07-24",
  },
  "grok-code-fast-1": {
    id: "grok-code-fast-1",
    provider: "xai",
    display_name: "Grok Code Fast 1",
    status: "deprecated",
    context_window: 256000,
    max_output_tokens: 256000,
    pricing: {
      input: 0.2,
      output: 1.5,
      cached_input: 0.02,
    },
    capabilities: {
      input: ["text"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.8,
      reasoning: 0.8,
      basis: "tier",
    },
    speed_rating: 6.7,
    deprecation_date: "2026-05-15",
    shutdown_date: "2026-05-15",
    replaced_by: "grok-4.3",
    best_for: "Code generation",
    notes:
      "Announcement date not recorded; deprecation.date is set to the removal date (from the LiteLLM snapshot's deprecation_date).",
    sources: {
      all: "https://docs.x.ai/docs/models",
    },
    verified: "2026-07-24",
  },
  "llama3.1:405b": {
    id: "llama3.1:405b",
    provider: "ollama",
    display_name: "llama3.1:405b",
    status: "production",
    context_window: 131072,
    max_output_tokens: 131072,
    pricing: {
      input: 0,
      output: 0,
    },
    capabilities: {
      input: ["text"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 1,
      reasoning: 1,
      basis: "tier",
    },
    speed_rating: 3.3,
    hardware: {
      parameters_billion: 405,
      download_size_gb: 240,
      min_ram_gb: 256,
    },
    best_for: "Largest local model",
    sources: {
      all: "https://ollama.com/library/llama3.1",
    },
    verified: "2026-07-24",
  },
  "llama3.1:70b": {
    id: "llama3.1:70b",
    provider: "ollama",
    display_name: "llama3.1:70b",
    status: "production",
    context_window: 131072,
    max_output_tokens: 131072,
    pricing: {
      input: 0,
      output: 0,
    },
    capabilities: {
      input: ["text"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 1,
      reasoning: 1,
      basis: "tier",
    },
    speed_rating: 3.3,
    hardware: {
      parameters_billion: 70,
      download_size_gb: 42,
      min_ram_gb: 64,
    },
    best_for: "High-end reasoning & analysis",
    sources: {
      all: "https://ollama.com/library/llama3.1",
    },
    verified: "2026-07-24",
  },
  "llama3.1:8b": {
    id: "llama3.1:8b",
    provider: "ollama",
    display_name: "llama3.1:8b",
    status: "production",
    context_window: 131072,
    max_output_tokens: 131072,
    pricing: {
      input: 0,
      output: 0,
    },
    capabilities: {
      input: ["text"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.6,
      reasoning: 0.6,
      basis: "tier",
    },
    speed_rating: 6.7,
    hardware: {
      parameters_billion: 8,
      download_size_gb: 4.9,
      min_ram_gb: 8,
    },
    best_for: "General tasks",
    sources: {
      all: "https://ollama.com/library/llama3.1",
    },
    verified: "2026-07-24",
  },
  "llama3.2:11b": {
    id: "llama3.2:11b",
    provider: "ollama",
    display_name: "llama3.2:11b",
    api_name: "llama3.2-vision:11b",
    status: "production",
    context_window: 131072,
    max_output_tokens: 131072,
    pricing: {
      input: 0,
      output: 0,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: false,
    },
    scores: {
      coding: 0.8,
      reasoning: 0.8,
      basis: "tier",
    },
    speed_rating: 6.7,
    hardware: {
      parameters_billion: 11,
      download_size_gb: 11,
      min_ram_gb: 16,
    },
    best_for: "Vision capable mid-size",
    notes:
      "The legacy ID names no real tag: the vision models are published as llama3.2-vision.",
    sources: {
      all: "https://ollama.com/library/llama3.2-vision",
    },
    verified: "2026-07-24",
  },
  "llama3.2:3b": {
    id: "llama3.2:3b",
    provider: "ollama",
    display_name: "llama3.2:3b",
    status: "production",
    context_window: 131072,
    max_output_tokens: 131072,
    pricing: {
      input: 0,
      output: 0,
    },
    capabilities: {
      input: ["text"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.6,
      reasoning: 0.6,
      basis: "tier",
    },
    speed_rating: 10,
    hardware: {
      parameters_billion: 3,
      download_size_gb: 2,
      min_ram_gb: 4,
    },
    best_for: "Fast conversations",
    sources: {
      all: "https://ollama.com/library/llama3.2",
    },
    verified: "2026-07-24",
  },
  "llama3.2:90b": {
    id: "llama3.2:90b",
    provider: "ollama",
    display_name: "llama3.2:90b",
    api_name: "llama3.2-vision:90b",
    status: "production",
    context_window: 131072,
    max_output_tokens: 131072,
    pricing: {
      input: 0,
      output: 0,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: false,
    },
    scores: {
      coding: 1,
      reasoning: 1,
      basis: "tier",
    },
    speed_rating: 3.3,
    hardware: {
      parameters_billion: 90,
      download_size_gb: 90,
      min_ram_gb: 128,
    },
    best_for: "Vision capable flagship",
    notes:
      "The legacy ID names no real tag: the vision models are published as llama3.2-vision.",
    sources: {
      all: "https://ollama.com/library/llama3.2-vision",
    },
    verified: "2026-07-24",
  },
  "llama3:70b": {
    id: "llama3:70b",
    provider: "ollama",
    display_name: "llama3:70b",
    status: "production",
    context_window: 8192,
    max_output_tokens: 8192,
    pricing: {
      input: 0,
      output: 0,
    },
    capabilities: {
      input: ["text"],
      output: ["text"],
      tool_calling: false,
    },
    scores: {
      coding: 0.8,
      reasoning: 0.8,
      basis: "tier",
    },
    speed_rating: 3.3,
    hardware: {
      parameters_billion: 70,
      download_size_gb: 40,
      min_ram_gb: 64,
    },
    best_for: "Previous gen high quality",
    sources: {
      all: "https://ollama.com/library/llama3",
    },
    verified: "2026-07-24",
  },
  "llama3:8b": {
    id: "llama3:8b",
    provider: "ollama",
    display_name: "llama3:8b",
    status: "production",
    context_window: 8192,
    max_output_tokens: 8192,
    pricing: {
      input: 0,
      output: 0,
    },
    capabilities: {
      input: ["text"],
      output: ["text"],
      tool_calling: false,
    },
    scores: {
      coding: 0.6,
      reasoning: 0.6,
      basis: "tier",
    },
    speed_rating: 6.7,
    hardware: {
      parameters_billion: 8,
      download_size_gb: 4.7,
      min_ram_gb: 8,
    },
    best_for: "General conversations",
    sources: {
      all: "https://ollama.com/library/llama3",
    },
    verified: "2026-07-24",
  },
  "magicoder:7b": {
    id: "magicoder:7b",
    provider: "ollama",
    display_name: "magicoder:7b",
    status: "production",
    context_window: 16384,
    max_output_tokens: 16384,
    pricing: {
      input: 0,
      output: 0,
    },
    capabilities: {
      input: ["text"],
      output: ["text"],
      tool_calling: false,
    },
    scores: {
      coding: 0.8,
      reasoning: 0.8,
      basis: "tier",
    },
    speed_rating: 6.7,
    hardware: {
      parameters_billion: 7,
      download_size_gb: 3.8,
      min_ram_gb: 8,
    },
    best_for: "Optimal code balance",
    sources: {
      all: "https://ollama.com/library/magicoder",
    },
    verified: "2026-07-24",
  },
  "meta.llama3-1-405b-instruct-v1:0": {
    id: "meta.llama3-1-405b-instruct-v1:0",
    provider: "bedrock",
    display_name: "Llama 3.1 405B (Bedrock)",
    status: "production",
    context_window: 128000,
    max_output_tokens: 4096,
    pricing: {
      input: 5.32,
      output: 16,
    },
    capabilities: {
      input: ["text"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 1,
      reasoning: 1,
      basis: "tier",
    },
    speed_rating: 3.3,
    best_for: "Massive model power",
    notes: "Legacy table said 32K context; Bedrock and the snapshot list 128K.",
    sources: {
      all: "https://aws.amazon.com/bedrock/pricing/",
    },
    verified: "2026-07-24",
  },
  "meta.llama3-1-70b-instruct-v1:0": {
    id: "meta.llama3-1-70b-instruct-v1:0",
    provider: "bedrock",
    display_name: "Llama 3.1 70B (Bedrock)",
    status: "production",
    context_window: 128000,
    max_output_tokens: 2048,
    pricing: {
      input: 0.99,
      output: 0.99,
    },
    capabilities: {
      input: ["text"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.8,
      reasoning: 0.8,
      basis: "tier",
    },
    speed_rating: 6.7,
    best_for: "Strong reasoning",
    notes:
      "Legacy table said 32K context and $2.65/$3.5 per 1M (Llama 3 70B's price); the snapshot lists 128K and $0.99/$0.99.",
    sources: {
      all: "https://aws.amazon.com/bedrock/pricing/",
    },
    verified: "2026-07-24",
  },
  "meta.llama3-3-70b-instruct-v1:0": {
    id: "meta.llama3-3-70b-instruct-v1:0",
    provider: "bedrock",
    display_name: "Llama 3.3 70B (Bedrock)",
    status: "production",
    context_window: 128000,
    max_output_tokens: 4096,
    pricing: {
      input: 0.72,
      output: 0.72,
    },
    capabilities: {
      input: ["text"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.8,
      reasoning: 0.8,
      basis: "tier",
    },
    speed_rating: 6.7,
    sources: {
      all: "https://aws.amazon.com/bedrock/pricing/",
    },
    verified: "2026-07-24",
  },
  "meta.llama4-maverick-17b-instruct-v1:0": {
    id: "meta.llama4-maverick-17b-instruct-v1:0",
    provider: "bedrock",
    display_name: "Llama 4 Maverick 17B (Bedrock)",
    status: "production",
    context_window: 128000,
    max_output_tokens: 4096,
    pricing: {
      input: 0.24,
      output: 0.97,
    },
    capabilities: {
      input: ["text"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.8,
      reasoning: 0.8,
      basis: "tier",
    },
    speed_rating: 6.7,
    sources: {
      all: "https://aws.amazon.com/bedrock/pricing/",
    },
    verified: "2026-07-24",
  },
  "meta.llama4-scout-17b-instruct-v1:0": {
    id: "meta.llama4-scout-17b-instruct-v1:0",
    provider: "bedrock",
    display_name: "Llama 4 Scout 17B (Bedrock)",
    status: "production",
    context_window: 128000,
    max_output_tokens: 4096,
    pricing: {
      input: 0.17,
      output: 0.66,
    },
    capabilities: {
      input: ["text"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.6,
      reasoning: 0.6,
      basis: "tier",
    },
    speed_rating: 10,
    sources: {
      all: "https://aws.amazon.com/bedrock/pricing/",
    },
    verified: "2026-07-24",
  },
  o1: {
    id: "o1",
    provider: "openai",
    display_name: "o1",
    status: "production",
    context_window: 200000,
    max_output_tokens: 100000,
    pricing: {
      input: 15,
      output: 60,
      cached_input: 7.5,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 1,
      reasoning: 1,
      basis: "tier",
    },
    speed_rating: 3.3,
    best_for: "Deep reasoning",
    sources: {
      all: "https://platform.openai.com/docs/pricing",
    },
    verified: "2026-07-24",
  },
  "o1-mini": {
    id: "o1-mini",
    provider: "openai",
    display_name: "o1-mini",
    status: "deprecated",
    context_window: 128000,
    max_output_tokens: 65536,
    pricing: {
      input: 1.1,
      output: 4.4,
      cached_input: 0.55,
    },
    capabilities: {
      input: ["text"],
      output: ["text"],
      tool_calling: false,
    },
    scores: {
      coding: 0.8,
      reasoning: 0.8,
      basis: "tier",
    },
    speed_rating: 6.7,
    deprecation_date: "2025-04-28",
    shutdown_date: "2025-10-27",
    replaced_by: "o4-mini",
    best_for: "Balanced reasoning",
    notes:
      "Removed from the API; not in the snapshot. Figures are OpenAI's last published ones (128K context, 65,536 output, $1.10/$4.40 per 1M); the legacy table's 200K and $3/$12 were wrong.",
    sources: {
      all: "https://platform.openai.com/docs/deprecations",
    },
    verified: "2026-07-24",
  },
  "o1-pro": {
    id: "o1-pro",
    provider: "openai",
    display_name: "o1-pro",
    status: "production",
    context_window: 200000,
    max_output_tokens: 100000,
    pricing: {
      input: 150,
      output: 600,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 1,
      reasoning: 1,
      basis: "tier",
    },
    speed_rating: 3.3,
    best_for: "Ultimate reasoning",
    notes:
      "Legacy table said $60/$240 per 1M; OpenAI and the snapshot list $150/$600.",
    sources: {
      all: "https://platform.openai.com/docs/pricing",
    },
    verified: "2026-07-24",
  },
  o3: {
    id: "o3",
    provider: "openai",
    display_name: "o3",
    status: "production",
    context_window: 200000,
    max_output_tokens: 100000,
    pricing: {
      input: 2,
      output: 8,
      cached_input: 0.5,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 1,
      reasoning: 1,
      basis: "tier",
    },
    speed_rating: 3.3,
    sources: {
      all: "https://platform.openai.com/docs/pricing",
    },
    verified: "2026-07-24",
  },
  "o3-mini": {
    id: "o3-mini",
    provider: "openai",
    display_name: "o3-mini",
    status: "production",
    context_window: 200000,
    max_output_tokens: 100000,
    pricing: {
      input: 1.1,
      output: 4.4,
      cached_input: 0.55,
    },
    capabilities: {
      input: ["text"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.8,
      reasoning: 0.8,
      basis: "tier",
    },
    speed_rating: 6.7,
    sources: {
      all: "https://platform.openai.com/docs/pricing",
    },
    verified: "2026-07-24",
  },
  "o3-pro": {
    id: "o3-pro",
    provider: "openai",
    display_name: "o3-pro",
    status: "production",
    context_window: 200000,
    max_output_tokens: 100000,
    pricing: {
      input: 20,
      output: 80,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 1,
      reasoning: 1,
      basis: "tier",
    },
    speed_rating: 3.3,
    sources: {
      all: "https://platform.openai.com/docs/pricing",
    },
    verified: "2026-07-24",
  },
  "o4-mini": {
    id: "o4-mini",
    provider: "openai",
    display_name: "o4-mini",
    status: "production",
    context_window: 200000,
    max_output_tokens: 100000,
    pricing: {
      input: 1.1,
      output: 4.4,
      cached_input: 0.275,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.8,
      reasoning: 0.8,
      basis: "tier",
    },
    speed_rating: 6.7,
    sources: {
      all: "https://platform.openai.com/docs/pricing",
    },
    verified: "2026-07-24",
  },
  "qwen2.5:32b": {
    id: "qwen2.5:32b",
    provider: "ollama",
    display_name: "qwen2.5:32b",
    api_name: "qwen2.5:32b-instruct-q4_K_M",
    status: "production",
    context_window: 32768,
    max_output_tokens: 32768,
    pricing: {
      input: 0,
      output: 0,
    },
    capabilities: {
      input: ["text"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 1,
      reasoning: 1,
      basis: "tier",
    },
    speed_rating: 3.3,
    hardware: {
      parameters_billion: 32,
      download_size_gb: 19,
      min_ram_gb: 32,
    },
    best_for: "Premium intelligence",
    notes:
      "Legacy table said 128K context; the Ollama tag's context_length is 32768.",
    sources: {
      all: "https://ollama.com/library/qwen2.5",
    },
    verified: "2026-07-24",
  },
  "qwen2.5:7b-instruct": {
    id: "qwen2.5:7b-instruct",
    provider: "ollama",
    display_name: "qwen2.5:7b-instruct",
    status: "production",
    context_window: 32768,
    max_output_tokens: 32768,
    pricing: {
      input: 0,
      output: 0,
    },
    capabilities: {
      input: ["text"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.8,
      reasoning: 0.8,
      basis: "tier",
    },
    speed_rating: 6.7,
    hardware: {
      parameters_billion: 7,
      download_size_gb: 4.7,
      min_ram_gb: 8,
    },
    best_for: "Instruction-tuned Qwen",
    notes:
      "Legacy table said 128K context; the Ollama tag's context_length is 32768.",
    sources: {
      all: "https://ollama.com/library/qwen2.5",
    },
    verified: "2026-07-24",
  },
  "qwen3:8b": {
    id: "qwen3:8b",
    provider: "ollama",
    display_name: "qwen3:8b",
    status: "production",
    context_window: 40960,
    max_output_tokens: 40960,
    pricing: {
      input: 0,
      output: 0,
    },
    capabilities: {
      input: ["text"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 0.8,
      reasoning: 0.8,
      basis: "tier",
    },
    speed_rating: 6.7,
    hardware: {
      parameters_billion: 8,
      download_size_gb: 5.2,
      min_ram_gb: 12,
    },
    best_for: "Multilingual reasoning",
    notes:
      "Legacy table said 128K context; the Ollama tag's context_length is 40960.",
    sources: {
      all: "https://ollama.com/library/qwen3",
    },
    verified: "2026-07-24",
  },
  "us.amazon.nova-premier-v1:0": {
    id: "us.amazon.nova-premier-v1:0",
    provider: "bedrock",
    display_name: "Amazon Nova Premier",
    status: "production",
    context_window: 1000000,
    max_output_tokens: 10000,
    pricing: {
      input: 2.5,
      output: 12.5,
    },
    capabilities: {
      input: ["text", "image"],
      output: ["text"],
      tool_calling: true,
    },
    scores: {
      coding: 1,
      reasoning: 1,
      basis: "tier",
    },
    speed_rating: 3.3,
    sources: {
      all: "https://aws.amazon.com/bedrock/pricing/",
    },
    verified: "2026-07-24",
  },
};
/** The registry, deep-frozen, keyed by model ID. */
export const MODELS = deepFreeze(MODEL_DATA) as unknown as ModelRegistry;
/** Every model ID, sorted. */
export const MODEL_IDS = Object.freeze(
  Object.keys(MODEL_DATA),
) as readonly ModelId[];
const PROVIDER_DATA = {
  anthropic: {
    display_name: "Anthropic",
    base_url: "https://api.anthropic.com/v1",
    auth: {
      type: "api-key-header",
      header: "x-api-key",
    },
    env: {
      required: ["ANTHROPIC_API_KEY"],
    },
    docs_url: "https://docs.anthropic.com/en/docs/about-claude/models",
  },
  azure: {
    display_name: "Azure OpenAI",
    base_url:
      "{AZURE_OPENAI_ENDPOINT}/openai/deployments/{api_name}?api-version={AZURE_OPENAI_API_VERSION}",
    auth: {
      type: "api-key-header",
      header: "api-key",
    },
    env: {
      required: ["AZURE_OPENAI_API_KEY", "AZURE_OPENAI_ENDPOINT"],
      optional: ["AZURE_OPENAI_API_VERSION"],
      defaults: {
        AZURE_OPENAI_API_VERSION: "2024-10-21",
      },
    },
    docs_url:
      "https://learn.microsoft.com/en-us/azure/ai-services/openai/concepts/models",
  },
  bedrock: {
    display_name: "Bedrock",
    base_url: "https://bedrock-runtime.{AWS_REGION}.amazonaws.com",
    auth: {
      type: "aws-sigv4",
    },
    env: {
      required: [
        ["AWS_ACCESS_KEY_ID", "AWS_PROFILE"],
        ["AWS_REGION", "AWS_DEFAULT_REGION"],
      ],
      optional: ["AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"],
    },
    docs_url:
      "https://docs.aws.amazon.com/bedrock/latest/userguide/models-supported.html",
  },
  dial: {
    display_name: "DIAL",
    base_url: "{DIAL_ENDPOINT}/openai/deployments/{api_name}",
    auth: {
      type: "api-key-header",
      header: "Api-Key",
    },
    env: {
      required: ["DIAL_API_KEY", "DIAL_ENDPOINT"],
    },
    docs_url: "https://docs.epam-rail.com/",
  },
  google: {
    display_name: "Google",
    base_url: "https://generativelanguage.googleapis.com/v1beta",
    auth: {
      type: "api-key-header",
      header: "x-goog-api-key",
    },
    env: {
      required: ["GOOGLE_API_KEY"],
    },
    docs_url: "https://ai.google.dev/gemini-api/docs/models",
  },
  ollama: {
    display_name: "Ollama",
    base_url: "{OLLAMA_BASE_URL}",
    auth: {
      type: "none",
    },
    env: {
      required: [],
      optional: ["OLLAMA_BASE_URL"],
      defaults: {
        OLLAMA_BASE_URL: "http://localhost:11434/v1",
      },
    },
    docs_url: "https://ollama.com/library",
    local: true,
  },
  openai: {
    display_name: "OpenAI",
    base_url: "https://api.openai.com/v1",
    auth: {
      type: "bearer",
    },
    env: {
      required: ["OPENAI_API_KEY"],
      optional: ["OPENAI_ORGANIZATION"],
    },
    docs_url: "https://platform.openai.com/docs/models",
  },
  xai: {
    display_name: "xAI",
    base_url: "https://api.x.ai/v1",
    auth: {
      type: "bearer",
    },
    env: {
      required: ["XAI_API_KEY"],
    },
    docs_url: "https://docs.x.ai/docs/models",
  },
};
/** Provider configuration (environment variable names only, never values). */
export const PROVIDERS = deepFreeze(
  PROVIDER_DATA,
) as unknown as ProviderRegistry;
/** Every provider ID, sorted. */
export const PROVIDER_IDS = Object.freeze(
  Object.keys(PROVIDER_DATA),
) as readonly ProviderId[];
/** Other names (legacy IDs) and the registry model each resolves to. */
export const MODEL_ALIASES = deepFreeze({
  "azure-gpt-4": "azure/gpt-4",
  "azure-gpt-4-turbo": "azure/gpt-4-turbo",
  "azure-gpt-4o": "azure/gpt-4o",
  "bedrock-claude-3-opus": "anthropic.claude-3-opus-20240229-v1:0",
  "bedrock-claude-3.5-sonnet": "anthropic.claude-3-5-sonnet-20241022-v2:0",
  "bedrock-llama-3.1-405b": "meta.llama3-1-405b-instruct-v1:0",
  "bedrock-llama-3.1-70b": "meta.llama3-1-70b-instruct-v1:0",
  "bedrock-titan-text-express": "amazon.titan-text-express-v1",
  "claude-3.5-sonnet": "claude-3-5-sonnet",
  "claude-opus-4.1": "claude-opus-4-1",
  "claude-sonnet-4.5": "claude-sonnet-4-5",
}) as unknown as ModelAliases;
/** Named constants for every model ID (`Models.GPT_4O === "gpt-4o"`); deprecated ones are struck through in editors. */
export const Models = Object.freeze({
  /**
   * `amazon.nova-2-lite-v1:0`: Amazon Nova 2 Lite (Bedrock): 1,000,000-token context, $0.30 in / $2.50 out per 1M tokens, production.
   */
  AMAZON_NOVA_2_LITE_V1_0: "amazon.nova-2-lite-v1:0",
  /**
   * `amazon.nova-lite-v1:0`: Amazon Nova Lite (Bedrock): 300,000-token context, $0.06 in / $0.24 out per 1M tokens, production.
   */
  AMAZON_NOVA_LITE_V1_0: "amazon.nova-lite-v1:0",
  /**
   * `amazon.nova-micro-v1:0`: Amazon Nova Micro (Bedrock): 128,000-token context, $0.035 in / $0.14 out per 1M tokens, production.
   */
  AMAZON_NOVA_MICRO_V1_0: "amazon.nova-micro-v1:0",
  /**
   * `amazon.nova-pro-v1:0`: Amazon Nova Pro (Bedrock): 300,000-token context, $0.80 in / $3.20 out per 1M tokens, production.
   */
  AMAZON_NOVA_PRO_V1_0: "amazon.nova-pro-v1:0",
  /**
   * `amazon.titan-text-express-v1`: Amazon Titan Text Express (Bedrock): 8,192-token context, $1.30 in / $1.70 out per 1M tokens, production.
   */
  AMAZON_TITAN_TEXT_EXPRESS_V1: "amazon.titan-text-express-v1",
  /**
   * `anthropic.claude-3-5-sonnet-20241022-v2:0`: Claude Sonnet 3.5 v2 (Bedrock) (Bedrock): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, production.
   */
  ANTHROPIC_CLAUDE_3_5_SONNET_20241022_V2_0:
    "anthropic.claude-3-5-sonnet-20241022-v2:0",
  /**
   * `anthropic.claude-3-opus-20240229-v1:0`: Claude Opus 3 (Bedrock) (Bedrock): 200,000-token context, $15.00 in / $75.00 out per 1M tokens, production.
   */
  ANTHROPIC_CLAUDE_3_OPUS_20240229_V1_0:
    "anthropic.claude-3-opus-20240229-v1:0",
  /**
   * `anthropic.claude-haiku-4-5-20251001-v1:0`: Claude Haiku 4.5 (Bedrock) (Bedrock): 200,000-token context, $1.00 in / $5.00 out per 1M tokens, production.
   */
  ANTHROPIC_CLAUDE_HAIKU_4_5_20251001_V1_0:
    "anthropic.claude-haiku-4-5-20251001-v1:0",
  /**
   * `anthropic.claude-opus-4-7`: Claude Opus 4.7 (Bedrock) (Bedrock): 1,000,000-token context, $5.00 in / $25.00 out per 1M tokens, production.
   */
  ANTHROPIC_CLAUDE_OPUS_4_7: "anthropic.claude-opus-4-7",
  /**
   * `anthropic.claude-sonnet-4-5-20250929-v1:0`: Claude Sonnet 4.5 (Bedrock) (Bedrock): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, production.
   */
  ANTHROPIC_CLAUDE_SONNET_4_5_20250929_V1_0:
    "anthropic.claude-sonnet-4-5-20250929-v1:0",
  /**
   * `anthropic.claude-sonnet-4-6`: Claude Sonnet 4.6 (Bedrock) (Bedrock): 1,000,000-token context, $3.00 in / $15.00 out per 1M tokens, production.
   */
  ANTHROPIC_CLAUDE_SONNET_4_6: "anthropic.claude-sonnet-4-6",
  /**
   * `azure/gpt-4`: GPT-4 (Azure) (Azure OpenAI): 8,192-token context, $30.00 in / $60.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.AZURE_GPT_4_1 instead (deprecated 2025-06-06, shuts down 2025-06-06).
   */
  AZURE_GPT_4: "azure/gpt-4",
  /**
   * `azure/gpt-4-turbo`: GPT-4 Turbo (Azure) (Azure OpenAI): 128,000-token context, $10.00 in / $30.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.AZURE_GPT_4_1 instead (deprecated 2025-06-06, shuts down 2025-06-06).
   */
  AZURE_GPT_4_TURBO: "azure/gpt-4-turbo",
  /**
   * `azure/gpt-4.1`: GPT-4.1 (Azure) (Azure OpenAI): 1,047,576-token context, $2.00 in / $8.00 out per 1M tokens, production.
   */
  AZURE_GPT_4_1: "azure/gpt-4.1",
  /**
   * `azure/gpt-4.1-mini`: GPT-4.1 mini (Azure) (Azure OpenAI): 1,047,576-token context, $0.40 in / $1.60 out per 1M tokens, production.
   */
  AZURE_GPT_4_1_MINI: "azure/gpt-4.1-mini",
  /**
   * `azure/gpt-4o`: GPT-4o (Azure) (Azure OpenAI): 128,000-token context, $2.50 in / $10.00 out per 1M tokens, production.
   */
  AZURE_GPT_4O: "azure/gpt-4o",
  /**
   * `azure/gpt-4o-mini`: GPT-4o mini (Azure) (Azure OpenAI): 128,000-token context, $0.165 in / $0.66 out per 1M tokens, production.
   */
  AZURE_GPT_4O_MINI: "azure/gpt-4o-mini",
  /**
   * `azure/gpt-5`: GPT-5 (Azure) (Azure OpenAI): 272,000-token context, $1.25 in / $10.00 out per 1M tokens, production.
   */
  AZURE_GPT_5: "azure/gpt-5",
  /**
   * `azure/gpt-5-mini`: GPT-5 mini (Azure) (Azure OpenAI): 272,000-token context, $0.25 in / $2.00 out per 1M tokens, production.
   */
  AZURE_GPT_5_MINI: "azure/gpt-5-mini",
  /**
   * `azure/gpt-5.1`: GPT-5.1 (Azure) (Azure OpenAI): 272,000-token context, $1.25 in / $10.00 out per 1M tokens, production.
   */
  AZURE_GPT_5_1: "azure/gpt-5.1",
  /**
   * `azure/gpt-5.4`: GPT-5.4 (Azure) (Azure OpenAI): 1,050,000-token context, $2.50 in / $15.00 out per 1M tokens, production.
   */
  AZURE_GPT_5_4: "azure/gpt-5.4",
  /**
   * `azure/gpt-5.4-mini`: GPT-5.4 mini (Azure) (Azure OpenAI): 1,050,000-token context, $0.75 in / $4.50 out per 1M tokens, production.
   */
  AZURE_GPT_5_4_MINI: "azure/gpt-5.4-mini",
  /**
   * `azure/o3`: o3 (Azure) (Azure OpenAI): 200,000-token context, $2.00 in / $8.00 out per 1M tokens, production.
   */
  AZURE_O3: "azure/o3",
  /**
   * `azure/o4-mini`: o4-mini (Azure) (Azure OpenAI): 200,000-token context, $1.10 in / $4.40 out per 1M tokens, production.
   */
  AZURE_O4_MINI: "azure/o4-mini",
  /**
   * `claude-3-5-sonnet`: Claude Sonnet 3.5 (Anthropic): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.CLAUDE_SONNET_4_6 instead (deprecated 2025-08-13, shuts down 2025-10-22).
   */
  CLAUDE_3_5_SONNET: "claude-3-5-sonnet",
  /**
   * `claude-3-7-sonnet`: Claude Sonnet 3.7 (Anthropic): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.CLAUDE_SONNET_4_6 instead (deprecated 2025-10-28, shuts down 2026-02-19).
   */
  CLAUDE_3_7_SONNET: "claude-3-7-sonnet",
  /**
   * `claude-3-haiku`: Claude Haiku 3 (Anthropic): 200,000-token context, $0.25 in / $1.25 out per 1M tokens, production.
   */
  CLAUDE_3_HAIKU: "claude-3-haiku",
  /**
   * `claude-3-opus`: Claude Opus 3 (Anthropic): 200,000-token context, $15.00 in / $75.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.CLAUDE_OPUS_4_7 instead (deprecated 2025-06-30, shuts down 2026-01-05).
   */
  CLAUDE_3_OPUS: "claude-3-opus",
  /**
   * `claude-haiku-4-5`: Claude Haiku 4.5 (Anthropic): 200,000-token context, $1.00 in / $5.00 out per 1M tokens, production.
   */
  CLAUDE_HAIKU_4_5: "claude-haiku-4-5",
  /**
   * `claude-opus-4`: Claude Opus 4 (Anthropic): 200,000-token context, $15.00 in / $75.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.CLAUDE_OPUS_4_7 instead (deprecated 2026-05-14, shuts down 2026-05-14).
   */
  CLAUDE_OPUS_4: "claude-opus-4",
  /**
   * `claude-opus-4-1`: Claude Opus 4.1 (Anthropic): 200,000-token context, $15.00 in / $75.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.CLAUDE_OPUS_4_7 instead (deprecated 2026-08-05, shuts down 2026-08-05).
   */
  CLAUDE_OPUS_4_1: "claude-opus-4-1",
  /**
   * `claude-opus-4-5`: Claude Opus 4.5 (Anthropic): 200,000-token context, $5.00 in / $25.00 out per 1M tokens, production.
   */
  CLAUDE_OPUS_4_5: "claude-opus-4-5",
  /**
   * `claude-opus-4-6`: Claude Opus 4.6 (Anthropic): 1,000,000-token context, $5.00 in / $25.00 out per 1M tokens, production.
   */
  CLAUDE_OPUS_4_6: "claude-opus-4-6",
  /**
   * `claude-opus-4-7`: Claude Opus 4.7 (Anthropic): 1,000,000-token context, $5.00 in / $25.00 out per 1M tokens, production.
   */
  CLAUDE_OPUS_4_7: "claude-opus-4-7",
  /**
   * `claude-opus-4-8`: Claude Opus 4.8 (Anthropic): 1,000,000-token context, $5.00 in / $25.00 out per 1M tokens, production.
   */
  CLAUDE_OPUS_4_8: "claude-opus-4-8",
  /**
   * `claude-opus-5`: Claude Opus 5 (Anthropic): 1,000,000-token context, $5.00 in / $25.00 out per 1M tokens, production.
   */
  CLAUDE_OPUS_5: "claude-opus-5",
  /**
   * `claude-sonnet-4`: Claude Sonnet 4 (Anthropic): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.CLAUDE_SONNET_4_6 instead (deprecated 2026-05-14, shuts down 2026-05-14).
   */
  CLAUDE_SONNET_4: "claude-sonnet-4",
  /**
   * `claude-sonnet-4-5`: Claude Sonnet 4.5 (Anthropic): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, production.
   */
  CLAUDE_SONNET_4_5: "claude-sonnet-4-5",
  /**
   * `claude-sonnet-4-6`: Claude Sonnet 4.6 (Anthropic): 1,000,000-token context, $3.00 in / $15.00 out per 1M tokens, production.
   */
  CLAUDE_SONNET_4_6: "claude-sonnet-4-6",
  /**
   * `claude-sonnet-5`: Claude Sonnet 5 (Anthropic): 1,000,000-token context, $2.00 in / $10.00 out per 1M tokens, production.
   */
  CLAUDE_SONNET_5: "claude-sonnet-5",
  /**
   * `codellama:13b`: codellama:13b (Ollama): 16,384-token context, $0.00 in / $0.00 out per 1M tokens, production.
   */
  CODELLAMA_13B: "codellama:13b",
  /**
   * `codellama:13b-code`: codellama:13b-code (Ollama): 16,384-token context, $0.00 in / $0.00 out per 1M tokens, production.
   */
  CODELLAMA_13B_CODE: "codellama:13b-code",
  /**
   * `codellama:34b`: codellama:34b (Ollama): 16,384-token context, $0.00 in / $0.00 out per 1M tokens, production.
   */
  CODELLAMA_34B: "codellama:34b",
  /**
   * `deepseek-coder:1.3b`: deepseek-coder:1.3b (Ollama): 16,384-token context, $0.00 in / $0.00 out per 1M tokens, production.
   */
  DEEPSEEK_CODER_1_3B: "deepseek-coder:1.3b",
  /**
   * `deepseek-r1:70b`: deepseek-r1:70b (Ollama): 131,072-token context, $0.00 in / $0.00 out per 1M tokens, production.
   */
  DEEPSEEK_R1_70B: "deepseek-r1:70b",
  /**
   * `dial-claude-opus-4`: Claude Opus 4 (DIAL) (DIAL): 200,000-token context, $15.00 in / $75.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.DIAL_CLAUDE_OPUS_4_5 instead (deprecated 2026-05-14, shuts down 2026-05-14).
   */
  DIAL_CLAUDE_OPUS_4: "dial-claude-opus-4",
  /**
   * `dial-claude-opus-4-5`: Claude Opus 4.5 (DIAL) (DIAL): 200,000-token context, $5.00 in / $25.00 out per 1M tokens, production.
   */
  DIAL_CLAUDE_OPUS_4_5: "dial-claude-opus-4-5",
  /**
   * `dial-claude-sonnet-4`: Claude Sonnet 4 (DIAL) (DIAL): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.DIAL_CLAUDE_SONNET_4_5 instead (deprecated 2026-05-14, shuts down 2026-05-14).
   */
  DIAL_CLAUDE_SONNET_4: "dial-claude-sonnet-4",
  /**
   * `dial-claude-sonnet-4-5`: Claude Sonnet 4.5 (DIAL) (DIAL): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, production.
   */
  DIAL_CLAUDE_SONNET_4_5: "dial-claude-sonnet-4-5",
  /**
   * `dial-gemini-2.5-pro`: Gemini 2.5 Pro (DIAL) (DIAL): 1,048,576-token context, $1.25 in / $10.00 out per 1M tokens, production.
   */
  DIAL_GEMINI_2_5_PRO: "dial-gemini-2.5-pro",
  /**
   * `dial-gpt-4.1`: GPT-4.1 (DIAL) (DIAL): 1,047,576-token context, $2.00 in / $8.00 out per 1M tokens, production.
   */
  DIAL_GPT_4_1: "dial-gpt-4.1",
  /**
   * `gemini-1.5-flash`: Gemini 1.5 Flash (Google): 1,048,576-token context, $0.075 in / $0.30 out per 1M tokens, deprecated.
   * @deprecated Use Models.GEMINI_2_5_FLASH instead (deprecated 2025-09-24, shuts down 2025-09-24).
   */
  GEMINI_1_5_FLASH: "gemini-1.5-flash",
  /**
   * `gemini-1.5-pro`: Gemini 1.5 Pro (Google): 2,097,152-token context, $1.25 in / $5.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GEMINI_2_5_PRO instead (deprecated 2025-09-24, shuts down 2025-09-24).
   */
  GEMINI_1_5_PRO: "gemini-1.5-pro",
  /**
   * `gemini-2.0-flash`: Gemini 2.0 Flash (Google): 1,048,576-token context, $0.10 in / $0.40 out per 1M tokens, deprecated.
   * @deprecated Use Models.GEMINI_2_5_FLASH instead (deprecated 2026-06-01, shuts down 2026-06-01).
   */
  GEMINI_2_0_FLASH: "gemini-2.0-flash",
  /**
   * `gemini-2.0-flash-lite`: Gemini 2.0 Flash-Lite (Google): 1,048,576-token context, $0.075 in / $0.30 out per 1M tokens, deprecated.
   * @deprecated Use Models.GEMINI_2_5_FLASH_LITE instead (deprecated 2026-06-01, shuts down 2026-06-01).
   */
  GEMINI_2_0_FLASH_LITE: "gemini-2.0-flash-lite",
  /**
   * `gemini-2.0-pro`: Gemini 2.0 Pro (experimental) (Google): 2,097,152-token context, $0.00 in / $0.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GEMINI_2_5_PRO instead (deprecated 2025-03-25).
   */
  GEMINI_2_0_PRO: "gemini-2.0-pro",
  /**
   * `gemini-2.5-flash`: Gemini 2.5 Flash (Google): 1,048,576-token context, $0.30 in / $2.50 out per 1M tokens, production.
   */
  GEMINI_2_5_FLASH: "gemini-2.5-flash",
  /**
   * `gemini-2.5-flash-lite`: Gemini 2.5 Flash-Lite (Google): 1,048,576-token context, $0.10 in / $0.40 out per 1M tokens, production.
   */
  GEMINI_2_5_FLASH_LITE: "gemini-2.5-flash-lite",
  /**
   * `gemini-2.5-pro`: Gemini 2.5 Pro (Google): 1,048,576-token context, $1.25 in / $10.00 out per 1M tokens, production.
   */
  GEMINI_2_5_PRO: "gemini-2.5-pro",
  /**
   * `gemini-3-flash-preview`: Gemini 3 Flash (preview) (Google): 1,048,576-token context, $0.50 in / $3.00 out per 1M tokens, beta.
   */
  GEMINI_3_FLASH_PREVIEW: "gemini-3-flash-preview",
  /**
   * `gemini-3-pro-preview`: Gemini 3 Pro (preview) (Google): 1,048,576-token context, $2.00 in / $12.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GEMINI_3_1_PRO_PREVIEW instead (deprecated 2026-03-09, shuts down 2026-03-09).
   */
  GEMINI_3_PRO_PREVIEW: "gemini-3-pro-preview",
  /**
   * `gemini-3.1-flash-lite`: Gemini 3.1 Flash-Lite (Google): 1,048,576-token context, $0.25 in / $1.50 out per 1M tokens, production.
   */
  GEMINI_3_1_FLASH_LITE: "gemini-3.1-flash-lite",
  /**
   * `gemini-3.1-pro-preview`: Gemini 3.1 Pro (preview) (Google): 1,048,576-token context, $2.00 in / $12.00 out per 1M tokens, beta.
   */
  GEMINI_3_1_PRO_PREVIEW: "gemini-3.1-pro-preview",
  /**
   * `gemini-3.5-flash`: Gemini 3.5 Flash (Google): 1,048,576-token context, $1.50 in / $9.00 out per 1M tokens, production.
   */
  GEMINI_3_5_FLASH: "gemini-3.5-flash",
  /**
   * `gemini-3.5-flash-lite`: Gemini 3.5 Flash-Lite (Google): 1,048,576-token context, $0.30 in / $2.50 out per 1M tokens, production.
   */
  GEMINI_3_5_FLASH_LITE: "gemini-3.5-flash-lite",
  /**
   * `gemini-3.6-flash`: Gemini 3.6 Flash (Google): 1,048,576-token context, $1.50 in / $7.50 out per 1M tokens, production.
   */
  GEMINI_3_6_FLASH: "gemini-3.6-flash",
  /**
   * `gemma:7b`: gemma:7b (Ollama): 8,192-token context, $0.00 in / $0.00 out per 1M tokens, production.
   */
  GEMMA_7B: "gemma:7b",
  /**
   * `gpt-3.5-turbo`: GPT-3.5 Turbo (OpenAI): 16,385-token context, $0.50 in / $1.50 out per 1M tokens, production.
   */
  GPT_3_5_TURBO: "gpt-3.5-turbo",
  /**
   * `gpt-4`: GPT-4 (OpenAI): 8,192-token context, $30.00 in / $60.00 out per 1M tokens, production.
   */
  GPT_4: "gpt-4",
  /**
   * `gpt-4-turbo`: GPT-4 Turbo (OpenAI): 128,000-token context, $10.00 in / $30.00 out per 1M tokens, production.
   */
  GPT_4_TURBO: "gpt-4-turbo",
  /**
   * `gpt-4.1`: GPT-4.1 (OpenAI): 1,047,576-token context, $2.00 in / $8.00 out per 1M tokens, production.
   */
  GPT_4_1: "gpt-4.1",
  /**
   * `gpt-4.1-mini`: GPT-4.1 mini (OpenAI): 1,047,576-token context, $0.40 in / $1.60 out per 1M tokens, production.
   */
  GPT_4_1_MINI: "gpt-4.1-mini",
  /**
   * `gpt-4.1-nano`: GPT-4.1 nano (OpenAI): 1,047,576-token context, $0.10 in / $0.40 out per 1M tokens, production.
   */
  GPT_4_1_NANO: "gpt-4.1-nano",
  /**
   * `gpt-4o`: GPT-4o (OpenAI): 128,000-token context, $2.50 in / $10.00 out per 1M tokens, production.
   */
  GPT_4O: "gpt-4o",
  /**
   * `gpt-4o-mini`: GPT-4o mini (OpenAI): 128,000-token context, $0.15 in / $0.60 out per 1M tokens, production.
   */
  GPT_4O_MINI: "gpt-4o-mini",
  /**
   * `gpt-5`: GPT-5 (OpenAI): 272,000-token context, $1.25 in / $10.00 out per 1M tokens, production.
   */
  GPT_5: "gpt-5",
  /**
   * `gpt-5-mini`: GPT-5 mini (OpenAI): 272,000-token context, $0.25 in / $2.00 out per 1M tokens, production.
   */
  GPT_5_MINI: "gpt-5-mini",
  /**
   * `gpt-5-nano`: GPT-5 nano (OpenAI): 272,000-token context, $0.05 in / $0.40 out per 1M tokens, production.
   */
  GPT_5_NANO: "gpt-5-nano",
  /**
   * `gpt-5.1`: GPT-5.1 (OpenAI): 272,000-token context, $1.25 in / $10.00 out per 1M tokens, production.
   */
  GPT_5_1: "gpt-5.1",
  /**
   * `gpt-5.2`: GPT-5.2 (OpenAI): 272,000-token context, $1.75 in / $14.00 out per 1M tokens, production.
   */
  GPT_5_2: "gpt-5.2",
  /**
   * `gpt-5.4`: GPT-5.4 (OpenAI): 1,050,000-token context, $2.50 in / $15.00 out per 1M tokens, production.
   */
  GPT_5_4: "gpt-5.4",
  /**
   * `gpt-5.4-mini`: GPT-5.4 mini (OpenAI): 1,050,000-token context, $0.75 in / $4.50 out per 1M tokens, production.
   */
  GPT_5_4_MINI: "gpt-5.4-mini",
  /**
   * `gpt-5.4-nano`: GPT-5.4 nano (OpenAI): 1,050,000-token context, $0.20 in / $1.25 out per 1M tokens, production.
   */
  GPT_5_4_NANO: "gpt-5.4-nano",
  /**
   * `gpt-5.5`: GPT-5.5 (OpenAI): 1,050,000-token context, $5.00 in / $30.00 out per 1M tokens, production.
   */
  GPT_5_5: "gpt-5.5",
  /**
   * `gpt-5.6`: GPT-5.6 (OpenAI): 1,050,000-token context, $5.00 in / $30.00 out per 1M tokens, production.
   */
  GPT_5_6: "gpt-5.6",
  /**
   * `grok-2-vision-1212`: Grok 2 Vision (xAI): 32,768-token context, $2.00 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GROK_4_3 instead (deprecated 2026-02-28, shuts down 2026-02-28).
   */
  GROK_2_VISION_1212: "grok-2-vision-1212",
  /**
   * `grok-3`: Grok 3 (xAI): 131,072-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GROK_4_3 instead (deprecated 2026-05-15, shuts down 2026-05-15).
   */
  GROK_3: "grok-3",
  /**
   * `grok-3-mini`: Grok 3 mini (xAI): 131,072-token context, $0.30 in / $0.50 out per 1M tokens, deprecated.
   * @deprecated Use Models.GROK_4_3 instead (deprecated 2026-02-28, shuts down 2026-02-28).
   */
  GROK_3_MINI: "grok-3-mini",
  /**
   * `grok-4`: Grok 4 (xAI): 256,000-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GROK_4_5 instead (deprecated 2026-05-15, shuts down 2026-05-15).
   */
  GROK_4: "grok-4",
  /**
   * `grok-4-1-fast-non-reasoning`: Grok 4.1 Fast (non-reasoning) (xAI): 2,000,000-token context, $0.20 in / $0.50 out per 1M tokens, deprecated.
   * @deprecated Use Models.GROK_4_3 instead (deprecated 2026-05-15, shuts down 2026-05-15).
   */
  GROK_4_1_FAST_NON_REASONING: "grok-4-1-fast-non-reasoning",
  /**
   * `grok-4-1-fast-reasoning`: Grok 4.1 Fast (reasoning) (xAI): 2,000,000-token context, $0.20 in / $0.50 out per 1M tokens, deprecated.
   * @deprecated Use Models.GROK_4_3 instead (deprecated 2026-05-15, shuts down 2026-05-15).
   */
  GROK_4_1_FAST_REASONING: "grok-4-1-fast-reasoning",
  /**
   * `grok-4-fast-non-reasoning`: Grok 4 Fast (non-reasoning) (xAI): 2,000,000-token context, $0.20 in / $0.50 out per 1M tokens, deprecated.
   * @deprecated Use Models.GROK_4_3 instead (deprecated 2026-05-15, shuts down 2026-05-15).
   */
  GROK_4_FAST_NON_REASONING: "grok-4-fast-non-reasoning",
  /**
   * `grok-4-fast-reasoning`: Grok 4 Fast (reasoning) (xAI): 2,000,000-token context, $0.20 in / $0.50 out per 1M tokens, deprecated.
   * @deprecated Use Models.GROK_4_3 instead (deprecated 2026-05-15, shuts down 2026-05-15).
   */
  GROK_4_FAST_REASONING: "grok-4-fast-reasoning",
  /**
   * `grok-4.20-0309-reasoning`: Grok 4.20 (reasoning) (xAI): 2,000,000-token context, $2.00 in / $6.00 out per 1M tokens, production.
   */
  GROK_4_20_0309_REASONING: "grok-4.20-0309-reasoning",
  /**
   * `grok-4.3`: Grok 4.3 (xAI): 1,000,000-token context, $1.25 in / $2.50 out per 1M tokens, production.
   */
  GROK_4_3: "grok-4.3",
  /**
   * `grok-4.5`: Grok 4.5 (xAI): 500,000-token context, $2.00 in / $6.00 out per 1M tokens, production.
   */
  GROK_4_5: "grok-4.5",
  /**
   * `grok-code-fast-1`: Grok Code Fast 1 (xAI): 256,000-token context, $0.20 in / $1.50 out per 1M tokens, deprecated.
   * @deprecated Use Models.GROK_4_3 instead (deprecated 2026-05-15, shuts down 2026-05-15).
   */
  GROK_CODE_FAST_1: "grok-code-fast-1",
  /**
   * `llama3.1:405b`: llama3.1:405b (Ollama): 131,072-token context, $0.00 in / $0.00 out per 1M tokens, production.
   */
  LLAMA3_1_405B: "llama3.1:405b",
  /**
   * `llama3.1:70b`: llama3.1:70b (Ollama): 131,072-token context, $0.00 in / $0.00 out per 1M tokens, production.
   */
  LLAMA3_1_70B: "llama3.1:70b",
  /**
   * `llama3.1:8b`: llama3.1:8b (Ollama): 131,072-token context, $0.00 in / $0.00 out per 1M tokens, production.
   */
  LLAMA3_1_8B: "llama3.1:8b",
  /**
   * `llama3.2:11b`: llama3.2:11b (Ollama): 131,072-token context, $0.00 in / $0.00 out per 1M tokens, production.
   */
  LLAMA3_2_11B: "llama3.2:11b",
  /**
   * `llama3.2:3b`: llama3.2:3b (Ollama): 131,072-token context, $0.00 in / $0.00 out per 1M tokens, production.
   */
  LLAMA3_2_3B: "llama3.2:3b",
  /**
   * `llama3.2:90b`: llama3.2:90b (Ollama): 131,072-token context, $0.00 in / $0.00 out per 1M tokens, production.
   */
  LLAMA3_2_90B: "llama3.2:90b",
  /**
   * `llama3:70b`: llama3:70b (Ollama): 8,192-token context, $0.00 in / $0.00 out per 1M tokens, production.
   */
  LLAMA3_70B: "llama3:70b",
  /**
   * `llama3:8b`: llama3:8b (Ollama): 8,192-token context, $0.00 in / $0.00 out per 1M tokens, production.
   */
  LLAMA3_8B: "llama3:8b",
  /**
   * `magicoder:7b`: magicoder:7b (Ollama): 16,384-token context, $0.00 in / $0.00 out per 1M tokens, production.
   */
  MAGICODER_7B: "magicoder:7b",
  /**
   * `meta.llama3-1-405b-instruct-v1:0`: Llama 3.1 405B (Bedrock) (Bedrock): 128,000-token context, $5.32 in / $16.00 out per 1M tokens, production.
   */
  META_LLAMA3_1_405B_INSTRUCT_V1_0: "meta.llama3-1-405b-instruct-v1:0",
  /**
   * `meta.llama3-1-70b-instruct-v1:0`: Llama 3.1 70B (Bedrock) (Bedrock): 128,000-token context, $0.99 in / $0.99 out per 1M tokens, production.
   */
  META_LLAMA3_1_70B_INSTRUCT_V1_0: "meta.llama3-1-70b-instruct-v1:0",
  /**
   * `meta.llama3-3-70b-instruct-v1:0`: Llama 3.3 70B (Bedrock) (Bedrock): 128,000-token context, $0.72 in / $0.72 out per 1M tokens, production.
   */
  META_LLAMA3_3_70B_INSTRUCT_V1_0: "meta.llama3-3-70b-instruct-v1:0",
  /**
   * `meta.llama4-maverick-17b-instruct-v1:0`: Llama 4 Maverick 17B (Bedrock) (Bedrock): 128,000-token context, $0.24 in / $0.97 out per 1M tokens, production.
   */
  META_LLAMA4_MAVERICK_17B_INSTRUCT_V1_0:
    "meta.llama4-maverick-17b-instruct-v1:0",
  /**
   * `meta.llama4-scout-17b-instruct-v1:0`: Llama 4 Scout 17B (Bedrock) (Bedrock): 128,000-token context, $0.17 in / $0.66 out per 1M tokens, production.
   */
  META_LLAMA4_SCOUT_17B_INSTRUCT_V1_0: "meta.llama4-scout-17b-instruct-v1:0",
  /**
   * `o1`: o1 (OpenAI): 200,000-token context, $15.00 in / $60.00 out per 1M tokens, production.
   */
  O1: "o1",
  /**
   * `o1-mini`: o1-mini (OpenAI): 128,000-token context, $1.10 in / $4.40 out per 1M tokens, deprecated.
   * @deprecated Use Models.O4_MINI instead (deprecated 2025-04-28, shuts down 2025-10-27).
   */
  O1_MINI: "o1-mini",
  /**
   * `o1-pro`: o1-pro (OpenAI): 200,000-token context, $150.00 in / $600.00 out per 1M tokens, production.
   */
  O1_PRO: "o1-pro",
  /**
   * `o3`: o3 (OpenAI): 200,000-token context, $2.00 in / $8.00 out per 1M tokens, production.
   */
  O3: "o3",
  /**
   * `o3-mini`: o3-mini (OpenAI): 200,000-token context, $1.10 in / $4.40 out per 1M tokens, production.
   */
  O3_MINI: "o3-mini",
  /**
   * `o3-pro`: o3-pro (OpenAI): 200,000-token context, $20.00 in / $80.00 out per 1M tokens, production.
   */
  O3_PRO: "o3-pro",
  /**
   * `o4-mini`: o4-mini (OpenAI): 200,000-token context, $1.10 in / $4.40 out per 1M tokens, production.
   */
  O4_MINI: "o4-mini",
  /**
   * `qwen2.5:32b`: qwen2.5:32b (Ollama): 32,768-token context, $0.00 in / $0.00 out per 1M tokens, production.
   */
  QWEN2_5_32B: "qwen2.5:32b",
  /**
   * `qwen2.5:7b-instruct`: qwen2.5:7b-instruct (Ollama): 32,768-token context, $0.00 in / $0.00 out per 1M tokens, production.
   */
  QWEN2_5_7B_INSTRUCT: "qwen2.5:7b-instruct",
  /**
   * `qwen3:8b`: qwen3:8b (Ollama): 40,960-token context, $0.00 in / $0.00 out per 1M tokens, production.
   */
  QWEN3_8B: "qwen3:8b",
  /**
   * `us.amazon.nova-premier-v1:0`: Amazon Nova Premier (Bedrock): 1,000,000-token context, $2.50 in / $12.50 out per 1M tokens, production.
   */
  US_AMAZON_NOVA_PREMIER_V1_0: "us.amazon.nova-premier-v1:0",
} as const);
