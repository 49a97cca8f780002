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
   * When the provider announced the deprecation, where it published the date. Only on deprecated models.
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
   * Charges per call rather than per token, where the provider publishes them. Not scaled by a service tier's multiplier.
   */
  fees?: {
    /**
     * USD per 1,000 server-side web search calls (Anthropic's web search tool: usage.server_tool_use.web_search_requests). The tokens the results add are billed as input.
     */
    web_search_per_1k?: number;
  };
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
   * The threshold, counted over every input token of the request (cache reads and writes included): see boundary for which side a prompt of exactly this size falls on.
   */
  above_input_tokens: number;
  /**
   * whole-request (default): once the prompt is in the tier, every token of the request (input, cache reads and writes, output) is billed at the tier's prices. excess-tokens: only the input tokens past the threshold are (a cached prefix counts first, uncached input last); output keeps the lower price, so such a tier sets no output price.
   */
  applies_to?: "whole-request" | "excess-tokens";
  /**
   * above (default): a prompt of exactly above_input_tokens tokens keeps the lower prices and the tier starts with the next token ("prompts > 200K tokens", as OpenAI, Anthropic, Google and xAI state theirs). at-or-above: a prompt of exactly above_input_tokens tokens is already in the tier ("200K tokens or more"); with excess-tokens the tier's price starts at token number above_input_tokens.
   */
  boundary?: "above" | "at-or-above";
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
   * Source of pricing.fees.
   */
  fees?: string;
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
  | "claude-fable-5"
  | "claude-fable-5-1"
  | "claude-fable-5-2"
  | "claude-haiku-4-5"
  | "claude-haiku-5-5"
  | "claude-opus-4"
  | "claude-opus-4-1"
  | "claude-opus-4-5"
  | "claude-opus-4-6"
  | "claude-opus-4-7"
  | "claude-opus-4-8"
  | "claude-opus-5"
  | "claude-opus-5-5"
  | "claude-sonnet-4"
  | "claude-sonnet-4-5"
  | "claude-sonnet-4-6"
  | "claude-sonnet-5"
  | "claude-sonnet-5-5";
/** Model IDs served by Azure OpenAI. */
export type AzureModelId =
  | "azure/claude-3-5-sonnet"
  | "azure/gpt-4"
  | "azure/gpt-4-turbo"
  | "azure/gpt-4.1"
  | "azure/gpt-4.1-mini"
  | "azure/gpt-4.1-nano"
  | "azure/gpt-4o"
  | "azure/gpt-4o-mini"
  | "azure/gpt-5"
  | "azure/gpt-5-codex"
  | "azure/gpt-5-mini"
  | "azure/gpt-5-nano"
  | "azure/gpt-5-pro"
  | "azure/gpt-5.1"
  | "azure/gpt-5.1-codex"
  | "azure/gpt-5.1-codex-max"
  | "azure/gpt-5.1-codex-mini"
  | "azure/gpt-5.2"
  | "azure/gpt-5.2-codex"
  | "azure/gpt-5.3-codex"
  | "azure/gpt-5.4"
  | "azure/gpt-5.4-mini"
  | "azure/gpt-5.4-nano"
  | "azure/gpt-5.4-pro"
  | "azure/gpt-5.5"
  | "azure/gpt-5.6-luna"
  | "azure/gpt-5.6-sol"
  | "azure/gpt-5.6-terra"
  | "azure/gpt-6-astra"
  | "azure/gpt-6-luna"
  | "azure/gpt-6-sol"
  | "azure/gpt-6.1-sol"
  | "azure/gpt-chat-latest"
  | "azure/o3"
  | "azure/o3-pro"
  | "azure/o4-mini";
/** Model IDs served by Bedrock. */
export type BedrockModelId =
  | "amazon.nova-2-lite-v1:0"
  | "amazon.nova-2-pro-preview-20251202-v1:0"
  | "amazon.nova-lite-v1:0"
  | "amazon.nova-micro-v1:0"
  | "amazon.nova-pro-v1:0"
  | "amazon.titan-text-express-v1"
  | "anthropic.claude-3-5-sonnet-20241022-v2:0"
  | "anthropic.claude-3-opus-20240229-v1:0"
  | "anthropic.claude-fable-5"
  | "anthropic.claude-fable-5-1"
  | "anthropic.claude-haiku-4-5-20251001-v1:0"
  | "anthropic.claude-opus-4-1-20250805-v1:0"
  | "anthropic.claude-opus-4-5-20251101-v1:0"
  | "anthropic.claude-opus-4-6-v1"
  | "anthropic.claude-opus-4-7"
  | "anthropic.claude-opus-4-8"
  | "anthropic.claude-opus-5"
  | "anthropic.claude-opus-5-5"
  | "anthropic.claude-sonnet-4-5-20250929-v1:0"
  | "anthropic.claude-sonnet-4-6"
  | "anthropic.claude-sonnet-5"
  | "anthropic.claude-sonnet-5-5"
  | "deepseek.r1-v1:0"
  | "deepseek.v3-v1:0"
  | "deepseek.v3.2"
  | "google.gemma-3-12b-it"
  | "google.gemma-3-27b-it"
  | "google.gemma-3-4b-it"
  | "meta.llama3-1-405b-instruct-v1:0"
  | "meta.llama3-1-70b-instruct-v1:0"
  | "meta.llama3-1-8b-instruct-v1:0"
  | "meta.llama3-3-70b-instruct-v1:0"
  | "meta.llama4-maverick-17b-instruct-v1:0"
  | "meta.llama4-scout-17b-instruct-v1:0"
  | "minimax.minimax-m2"
  | "minimax.minimax-m2.1"
  | "minimax.minimax-m2.5"
  | "mistral.devstral-2-123b"
  | "mistral.magistral-small-2509"
  | "mistral.ministral-3-14b-instruct"
  | "mistral.ministral-3-3b-instruct"
  | "mistral.ministral-3-8b-instruct"
  | "mistral.mistral-large-3-675b-instruct"
  | "mistral.pixtral-large-2502-v1:0"
  | "moonshot.kimi-k2-thinking"
  | "moonshotai.kimi-k2.5"
  | "nvidia.nemotron-nano-12b-v2"
  | "nvidia.nemotron-nano-3-30b"
  | "nvidia.nemotron-nano-9b-v2"
  | "nvidia.nemotron-super-3-120b"
  | "openai.gpt-5.4"
  | "openai.gpt-5.5"
  | "openai.gpt-oss-120b-1:0"
  | "openai.gpt-oss-20b-1:0"
  | "qwen.qwen3-235b-a22b-2507-v1:0"
  | "qwen.qwen3-32b-v1:0"
  | "qwen.qwen3-coder-30b-a3b-v1:0"
  | "qwen.qwen3-coder-480b-a35b-v1:0"
  | "qwen.qwen3-coder-next"
  | "qwen.qwen3-next-80b-a3b"
  | "qwen.qwen3-vl-235b-a22b"
  | "us.amazon.nova-premier-v1:0"
  | "writer.palmyra-x4-v1:0"
  | "writer.palmyra-x5-v1:0"
  | "xai.grok-4.3"
  | "zai.glm-4.7"
  | "zai.glm-4.7-flash"
  | "zai.glm-5";
/** Model IDs served by DIAL. */
export type DIALModelId =
  | "dial-claude-opus-4"
  | "dial-claude-opus-4-5"
  | "dial-claude-opus-4-8"
  | "dial-claude-sonnet-4"
  | "dial-claude-sonnet-4-5"
  | "dial-claude-sonnet-4-6"
  | "dial-gemini-2.5-pro"
  | "dial-gemini-3.1-pro-preview"
  | "dial-gpt-4.1"
  | "dial-gpt-5.4";
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
  | "gemini-3.1-pro-preview-customtools"
  | "gemini-3.5-flash"
  | "gemini-3.5-flash-lite"
  | "gemini-3.6-flash"
  | "gemini-3.7-flash"
  | "gemini-3.8-flash"
  | "gemini-4-argon"
  | "gemini-4-carbon"
  | "gemini-4-hydrogen"
  | "gemini-4-neon"
  | "gemma-4-26b-a4b-it"
  | "gemma-4-31b-it";
/** Model IDs served by Ollama. */
export type OllamaModelId =
  | "codellama:13b"
  | "codellama:13b-code"
  | "codellama:34b"
  | "deepseek-coder:1.3b"
  | "deepseek-r1:70b"
  | "gemma:7b"
  | "gpt-oss:120b"
  | "gpt-oss:20b"
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
  | "gpt-5-pro"
  | "gpt-5.1"
  | "gpt-5.2"
  | "gpt-5.2-pro"
  | "gpt-5.4"
  | "gpt-5.4-mini"
  | "gpt-5.4-nano"
  | "gpt-5.4-pro"
  | "gpt-5.5"
  | "gpt-5.5-pro"
  | "gpt-5.6"
  | "gpt-5.6-luna"
  | "gpt-5.6-terra"
  | "gpt-6-astra"
  | "gpt-6-luna"
  | "gpt-6-sol"
  | "gpt-6.1-sol"
  | "gpt-6.1-terra"
  | "gpt-6.2-astra"
  | "gpt-6.2-sol"
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
  | "grok-4.20-0309-non-reasoning"
  | "grok-4.20-0309-reasoning"
  | "grok-4.20-multi-agent-0309"
  | "grok-4.3"
  | "grok-4.5"
  | "grok-4.6"
  | "grok-4.7"
  | "grok-build-0.1"
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
  | "anthropic.claude-3-5-sonnet-20241022-v2:0"
  | "anthropic.claude-3-opus-20240229-v1:0"
  | "anthropic.claude-opus-4-1-20250805-v1:0"
  | "azure/claude-3-5-sonnet"
  | "azure/gpt-4"
  | "azure/gpt-4-turbo"
  | "azure/gpt-4.1"
  | "azure/gpt-4.1-mini"
  | "azure/gpt-4.1-nano"
  | "azure/gpt-4o"
  | "azure/gpt-4o-mini"
  | "azure/gpt-5"
  | "azure/gpt-5-codex"
  | "azure/gpt-5-mini"
  | "azure/gpt-5-nano"
  | "azure/gpt-5-pro"
  | "azure/gpt-5.1"
  | "azure/gpt-5.1-codex"
  | "azure/gpt-5.1-codex-mini"
  | "azure/o3"
  | "azure/o3-pro"
  | "azure/o4-mini"
  | "claude-3-5-sonnet"
  | "claude-3-7-sonnet"
  | "claude-3-haiku"
  | "claude-3-opus"
  | "claude-opus-4"
  | "claude-opus-4-1"
  | "claude-opus-4-5"
  | "claude-sonnet-4"
  | "claude-sonnet-4-5"
  | "dial-claude-opus-4"
  | "dial-claude-opus-4-5"
  | "dial-claude-sonnet-4"
  | "dial-claude-sonnet-4-5"
  | "dial-gemini-2.5-pro"
  | "dial-gpt-4.1"
  | "gemini-1.5-flash"
  | "gemini-1.5-pro"
  | "gemini-2.0-flash"
  | "gemini-2.0-flash-lite"
  | "gemini-2.0-pro"
  | "gemini-2.5-flash"
  | "gemini-2.5-pro"
  | "gemini-3-flash-preview"
  | "gemini-3-pro-preview"
  | "gemini-3.5-flash"
  | "gemini-3.7-flash"
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
  | "gpt-5-pro"
  | "gpt-5.1"
  | "gpt-5.4-nano"
  | "grok-2-vision-1212"
  | "grok-3"
  | "grok-3-mini"
  | "grok-4"
  | "grok-4-1-fast-non-reasoning"
  | "grok-4-1-fast-reasoning"
  | "grok-4-fast-non-reasoning"
  | "grok-4-fast-reasoning"
  | "grok-code-fast-1"
  | "meta.llama3-1-405b-instruct-v1:0"
  | "o1"
  | "o1-mini"
  | "o1-pro"
  | "o3"
  | "o3-mini"
  | "o3-pro"
  | "o4-mini"
  | "us.amazon.nova-premier-v1:0";
/** Every model that is not deprecated. Use it where a deprecated ID must not compile. */
export type ActiveModelId =
  | "amazon.nova-2-lite-v1:0"
  | "amazon.nova-2-pro-preview-20251202-v1:0"
  | "amazon.nova-lite-v1:0"
  | "amazon.nova-micro-v1:0"
  | "amazon.nova-pro-v1:0"
  | "amazon.titan-text-express-v1"
  | "anthropic.claude-fable-5"
  | "anthropic.claude-fable-5-1"
  | "anthropic.claude-haiku-4-5-20251001-v1:0"
  | "anthropic.claude-opus-4-5-20251101-v1:0"
  | "anthropic.claude-opus-4-6-v1"
  | "anthropic.claude-opus-4-7"
  | "anthropic.claude-opus-4-8"
  | "anthropic.claude-opus-5"
  | "anthropic.claude-opus-5-5"
  | "anthropic.claude-sonnet-4-5-20250929-v1:0"
  | "anthropic.claude-sonnet-4-6"
  | "anthropic.claude-sonnet-5"
  | "anthropic.claude-sonnet-5-5"
  | "azure/gpt-5.1-codex-max"
  | "azure/gpt-5.2"
  | "azure/gpt-5.2-codex"
  | "azure/gpt-5.3-codex"
  | "azure/gpt-5.4"
  | "azure/gpt-5.4-mini"
  | "azure/gpt-5.4-nano"
  | "azure/gpt-5.4-pro"
  | "azure/gpt-5.5"
  | "azure/gpt-5.6-luna"
  | "azure/gpt-5.6-sol"
  | "azure/gpt-5.6-terra"
  | "azure/gpt-6-astra"
  | "azure/gpt-6-luna"
  | "azure/gpt-6-sol"
  | "azure/gpt-6.1-sol"
  | "azure/gpt-chat-latest"
  | "claude-fable-5"
  | "claude-fable-5-1"
  | "claude-fable-5-2"
  | "claude-haiku-4-5"
  | "claude-haiku-5-5"
  | "claude-opus-4-6"
  | "claude-opus-4-7"
  | "claude-opus-4-8"
  | "claude-opus-5"
  | "claude-opus-5-5"
  | "claude-sonnet-4-6"
  | "claude-sonnet-5"
  | "claude-sonnet-5-5"
  | "codellama:13b"
  | "codellama:13b-code"
  | "codellama:34b"
  | "deepseek-coder:1.3b"
  | "deepseek-r1:70b"
  | "deepseek.r1-v1:0"
  | "deepseek.v3-v1:0"
  | "deepseek.v3.2"
  | "dial-claude-opus-4-8"
  | "dial-claude-sonnet-4-6"
  | "dial-gemini-3.1-pro-preview"
  | "dial-gpt-5.4"
  | "gemini-2.5-flash-lite"
  | "gemini-3.1-flash-lite"
  | "gemini-3.1-pro-preview"
  | "gemini-3.1-pro-preview-customtools"
  | "gemini-3.5-flash-lite"
  | "gemini-3.6-flash"
  | "gemini-3.8-flash"
  | "gemini-4-argon"
  | "gemini-4-carbon"
  | "gemini-4-hydrogen"
  | "gemini-4-neon"
  | "gemma-4-26b-a4b-it"
  | "gemma-4-31b-it"
  | "gemma:7b"
  | "google.gemma-3-12b-it"
  | "google.gemma-3-27b-it"
  | "google.gemma-3-4b-it"
  | "gpt-5.2"
  | "gpt-5.2-pro"
  | "gpt-5.4"
  | "gpt-5.4-mini"
  | "gpt-5.4-pro"
  | "gpt-5.5"
  | "gpt-5.5-pro"
  | "gpt-5.6"
  | "gpt-5.6-luna"
  | "gpt-5.6-terra"
  | "gpt-6-astra"
  | "gpt-6-luna"
  | "gpt-6-sol"
  | "gpt-6.1-sol"
  | "gpt-6.1-terra"
  | "gpt-6.2-astra"
  | "gpt-6.2-sol"
  | "gpt-oss:120b"
  | "gpt-oss:20b"
  | "grok-4.20-0309-non-reasoning"
  | "grok-4.20-0309-reasoning"
  | "grok-4.20-multi-agent-0309"
  | "grok-4.3"
  | "grok-4.5"
  | "grok-4.6"
  | "grok-4.7"
  | "grok-build-0.1"
  | "llama3.1:405b"
  | "llama3.1:70b"
  | "llama3.1:8b"
  | "llama3.2:11b"
  | "llama3.2:3b"
  | "llama3.2:90b"
  | "llama3:70b"
  | "llama3:8b"
  | "magicoder:7b"
  | "meta.llama3-1-70b-instruct-v1:0"
  | "meta.llama3-1-8b-instruct-v1:0"
  | "meta.llama3-3-70b-instruct-v1:0"
  | "meta.llama4-maverick-17b-instruct-v1:0"
  | "meta.llama4-scout-17b-instruct-v1:0"
  | "minimax.minimax-m2"
  | "minimax.minimax-m2.1"
  | "minimax.minimax-m2.5"
  | "mistral.devstral-2-123b"
  | "mistral.magistral-small-2509"
  | "mistral.ministral-3-14b-instruct"
  | "mistral.ministral-3-3b-instruct"
  | "mistral.ministral-3-8b-instruct"
  | "mistral.mistral-large-3-675b-instruct"
  | "mistral.pixtral-large-2502-v1:0"
  | "moonshot.kimi-k2-thinking"
  | "moonshotai.kimi-k2.5"
  | "nvidia.nemotron-nano-12b-v2"
  | "nvidia.nemotron-nano-3-30b"
  | "nvidia.nemotron-nano-9b-v2"
  | "nvidia.nemotron-super-3-120b"
  | "openai.gpt-5.4"
  | "openai.gpt-5.5"
  | "openai.gpt-oss-120b-1:0"
  | "openai.gpt-oss-20b-1:0"
  | "qwen.qwen3-235b-a22b-2507-v1:0"
  | "qwen.qwen3-32b-v1:0"
  | "qwen.qwen3-coder-30b-a3b-v1:0"
  | "qwen.qwen3-coder-480b-a35b-v1:0"
  | "qwen.qwen3-coder-next"
  | "qwen.qwen3-next-80b-a3b"
  | "qwen.qwen3-vl-235b-a22b"
  | "qwen2.5:32b"
  | "qwen2.5:7b-instruct"
  | "qwen3:8b"
  | "writer.palmyra-x4-v1:0"
  | "writer.palmyra-x5-v1:0"
  | "xai.grok-4.3"
  | "zai.glm-4.7"
  | "zai.glm-4.7-flash"
  | "zai.glm-5";
/** Other names (legacy IDs) that resolve to a model. */
export type ModelAlias =
  | "azure-claude-3.5-sonnet"
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
/** A deprecated model entry: its replacement is always present. */
export type DeprecatedModelRecord<P extends ProviderId = ProviderId> =
  ModelRecord<P> & {
    readonly status: "deprecated";
    readonly replaced_by: string;
  };
/** A provider's configuration as stored in PROVIDERS. */
export type ProviderRecord = DeepReadonly<ProviderConfig>;

/** The registry's type: one property per model, so deprecated keys carry @deprecated to every use site. */
export interface ModelRegistry {
  /** Amazon Nova 2 Lite (Bedrock): 1,000,000-token context, $0.30 in / $2.50 out per 1M tokens, production. */
  readonly "amazon.nova-2-lite-v1:0": ModelRecord<"bedrock">;
  /** Amazon Nova 2 Pro (Preview) (Bedrock): 1,000,000-token context, $2.1875 in / $17.50 out per 1M tokens, beta. */
  readonly "amazon.nova-2-pro-preview-20251202-v1:0": ModelRecord<"bedrock">;
  /** Amazon Nova Lite (Bedrock): 300,000-token context, $0.06 in / $0.24 out per 1M tokens, production. */
  readonly "amazon.nova-lite-v1:0": ModelRecord<"bedrock">;
  /** Amazon Nova Micro (Bedrock): 128,000-token context, $0.035 in / $0.14 out per 1M tokens, production. */
  readonly "amazon.nova-micro-v1:0": ModelRecord<"bedrock">;
  /** Amazon Nova Pro (Bedrock): 300,000-token context, $0.80 in / $3.20 out per 1M tokens, production. */
  readonly "amazon.nova-pro-v1:0": ModelRecord<"bedrock">;
  /** Amazon Titan Text Express (Bedrock): 8,192-token context, $0.20 in / $0.60 out per 1M tokens, production. */
  readonly "amazon.titan-text-express-v1": ModelRecord<"bedrock">;
  /**
   * Claude Sonnet 3.5 v2 (Bedrock): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use "anthropic.claude-sonnet-5" instead (shuts down 2026-07-30).
   */
  readonly "anthropic.claude-3-5-sonnet-20241022-v2:0": DeprecatedModelRecord<"bedrock">;
  /**
   * Claude Opus 3 (Bedrock): 200,000-token context, $15.00 in / $75.00 out per 1M tokens, deprecated.
   * @deprecated Use "anthropic.claude-opus-4-8" instead.
   */
  readonly "anthropic.claude-3-opus-20240229-v1:0": DeprecatedModelRecord<"bedrock">;
  /** Claude Fable 5 (Bedrock): 1,000,000-token context, $10.00 in / $50.00 out per 1M tokens, production. */
  readonly "anthropic.claude-fable-5": ModelRecord<"bedrock">;
  /** Claude Fable 5.1 (Bedrock): 1,000,000-token context, $10.00 in / $50.00 out per 1M tokens, production. */
  readonly "anthropic.claude-fable-5-1": ModelRecord<"bedrock">;
  /** Claude Haiku 4.5 (Bedrock): 200,000-token context, $1.00 in / $5.00 out per 1M tokens, production. */
  readonly "anthropic.claude-haiku-4-5-20251001-v1:0": ModelRecord<"bedrock">;
  /**
   * Claude Opus 4.1 (Bedrock): 200,000-token context, $15.00 in / $75.00 out per 1M tokens, deprecated.
   * @deprecated Use "anthropic.claude-opus-4-8" instead (deprecated 2026-07-08, shuts down 2027-01-08).
   */
  readonly "anthropic.claude-opus-4-1-20250805-v1:0": DeprecatedModelRecord<"bedrock">;
  /** Claude Opus 4.5 (Bedrock): 200,000-token context, $5.00 in / $25.00 out per 1M tokens, production. */
  readonly "anthropic.claude-opus-4-5-20251101-v1:0": ModelRecord<"bedrock">;
  /** Claude Opus 4.6 (Bedrock): 1,000,000-token context, $5.00 in / $25.00 out per 1M tokens, production. */
  readonly "anthropic.claude-opus-4-6-v1": ModelRecord<"bedrock">;
  /** Claude Opus 4.7 (Bedrock): 1,000,000-token context, $5.00 in / $25.00 out per 1M tokens, production. */
  readonly "anthropic.claude-opus-4-7": ModelRecord<"bedrock">;
  /** Claude Opus 4.8 (Bedrock): 1,000,000-token context, $5.00 in / $25.00 out per 1M tokens, production. */
  readonly "anthropic.claude-opus-4-8": ModelRecord<"bedrock">;
  /** Claude Opus 5 (Bedrock): 1,000,000-token context, $5.00 in / $25.00 out per 1M tokens, production. */
  readonly "anthropic.claude-opus-5": ModelRecord<"bedrock">;
  /** Claude Opus 5.5 (Bedrock): 1,000,000-token context, $4.00 in / $20.00 out per 1M tokens, production. */
  readonly "anthropic.claude-opus-5-5": ModelRecord<"bedrock">;
  /** Claude Sonnet 4.5 (Bedrock): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, production. */
  readonly "anthropic.claude-sonnet-4-5-20250929-v1:0": ModelRecord<"bedrock">;
  /** Claude Sonnet 4.6 (Bedrock): 1,000,000-token context, $3.00 in / $15.00 out per 1M tokens, production. */
  readonly "anthropic.claude-sonnet-4-6": ModelRecord<"bedrock">;
  /** Claude Sonnet 5 (Bedrock): 1,000,000-token context, $2.00 in / $10.00 out per 1M tokens, production. */
  readonly "anthropic.claude-sonnet-5": ModelRecord<"bedrock">;
  /** Claude Sonnet 5.5 (Bedrock): 1,000,000-token context, $2.00 in / $10.00 out per 1M tokens, production. */
  readonly "anthropic.claude-sonnet-5-5": ModelRecord<"bedrock">;
  /**
   * Claude Sonnet 3.5 (legacy registry row) (Azure OpenAI): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use "claude-sonnet-4-6" instead (shuts down 2025-10-22).
   */
  readonly "azure/claude-3-5-sonnet": DeprecatedModelRecord<"azure">;
  /**
   * GPT-4 (Azure OpenAI): 8,192-token context, $30.00 in / $60.00 out per 1M tokens, deprecated.
   * @deprecated Use "azure/gpt-5.6-sol" instead (deprecated 2025-06-06, shuts down 2025-06-06).
   */
  readonly "azure/gpt-4": DeprecatedModelRecord<"azure">;
  /**
   * GPT-4 Turbo (Azure OpenAI): 128,000-token context, $10.00 in / $30.00 out per 1M tokens, deprecated.
   * @deprecated Use "azure/gpt-5.6-sol" instead (deprecated 2025-06-06, shuts down 2025-06-06).
   */
  readonly "azure/gpt-4-turbo": DeprecatedModelRecord<"azure">;
  /**
   * GPT-4.1 (Azure OpenAI): 1,047,576-token context, $2.00 in / $8.00 out per 1M tokens, deprecated.
   * @deprecated Use "azure/gpt-5.6-terra" instead (deprecated 2026-04-14, shuts down 2027-04-14).
   */
  readonly "azure/gpt-4.1": DeprecatedModelRecord<"azure">;
  /**
   * GPT-4.1 mini (Azure OpenAI): 1,047,576-token context, $0.40 in / $1.60 out per 1M tokens, deprecated.
   * @deprecated Use "azure/gpt-5.6-luna" instead (deprecated 2026-04-14, shuts down 2027-04-14).
   */
  readonly "azure/gpt-4.1-mini": DeprecatedModelRecord<"azure">;
  /**
   * GPT-4.1 nano (Azure OpenAI): 1,047,576-token context, $0.10 in / $0.40 out per 1M tokens, deprecated.
   * @deprecated Use "azure/gpt-6-luna" instead (deprecated 2026-04-14, shuts down 2027-04-14).
   */
  readonly "azure/gpt-4.1-nano": DeprecatedModelRecord<"azure">;
  /**
   * GPT-4o (Azure OpenAI): 128,000-token context, $2.50 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use "azure/gpt-5.6-sol" instead (deprecated 2025-11-20, shuts down 2027-04-14).
   */
  readonly "azure/gpt-4o": DeprecatedModelRecord<"azure">;
  /**
   * GPT-4o mini (Azure OpenAI): 128,000-token context, $0.15 in / $0.60 out per 1M tokens, deprecated.
   * @deprecated Use "azure/gpt-6-luna" instead (deprecated 2025-07-18, shuts down 2027-04-14).
   */
  readonly "azure/gpt-4o-mini": DeprecatedModelRecord<"azure">;
  /**
   * GPT-5 (Azure OpenAI): 400,000-token context, $1.25 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use "azure/gpt-5.6-sol" instead (deprecated 2026-08-07, shuts down 2027-02-09).
   */
  readonly "azure/gpt-5": DeprecatedModelRecord<"azure">;
  /**
   * GPT-5 Codex (Azure OpenAI): 400,000-token context, $1.25 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use "azure/gpt-5.3-codex" instead (deprecated 2026-09-15, shuts down 2027-03-17).
   */
  readonly "azure/gpt-5-codex": DeprecatedModelRecord<"azure">;
  /**
   * GPT-5 mini (Azure OpenAI): 400,000-token context, $0.25 in / $2.00 out per 1M tokens, deprecated.
   * @deprecated Use "azure/gpt-5.6-terra" instead (deprecated 2026-08-07, shuts down 2027-02-09).
   */
  readonly "azure/gpt-5-mini": DeprecatedModelRecord<"azure">;
  /**
   * GPT-5 nano (Azure OpenAI): 400,000-token context, $0.05 in / $0.40 out per 1M tokens, deprecated.
   * @deprecated Use "azure/gpt-5.6-luna" instead (deprecated 2026-08-07, shuts down 2027-02-09).
   */
  readonly "azure/gpt-5-nano": DeprecatedModelRecord<"azure">;
  /**
   * GPT-5 Pro (Azure OpenAI): 400,000-token context, $15.00 in / $120.00 out per 1M tokens, deprecated.
   * @deprecated Use "azure/gpt-5.4-pro" instead (deprecated 2026-10-06, shuts down 2027-04-07).
   */
  readonly "azure/gpt-5-pro": DeprecatedModelRecord<"azure">;
  /**
   * GPT-5.1 (Azure OpenAI): 400,000-token context, $1.25 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use "azure/gpt-5.6-sol" instead (deprecated 2026-11-13, shuts down 2027-05-15).
   */
  readonly "azure/gpt-5.1": DeprecatedModelRecord<"azure">;
  /**
   * GPT-5.1 Codex (Azure OpenAI): 400,000-token context, $1.25 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use "azure/gpt-5.3-codex" instead (deprecated 2026-11-13, shuts down 2027-05-15).
   */
  readonly "azure/gpt-5.1-codex": DeprecatedModelRecord<"azure">;
  /** GPT-5.1 Codex Max (Azure OpenAI): 400,000-token context, $1.25 in / $10.00 out per 1M tokens, production. */
  readonly "azure/gpt-5.1-codex-max": ModelRecord<"azure">;
  /**
   * GPT-5.1 Codex mini (Azure OpenAI): 400,000-token context, $0.25 in / $2.00 out per 1M tokens, deprecated.
   * @deprecated Use "azure/gpt-5.6-terra" instead (deprecated 2026-11-13, shuts down 2027-05-15).
   */
  readonly "azure/gpt-5.1-codex-mini": DeprecatedModelRecord<"azure">;
  /** GPT-5.2 (Azure OpenAI): 400,000-token context, $1.75 in / $14.00 out per 1M tokens, production. */
  readonly "azure/gpt-5.2": ModelRecord<"azure">;
  /** GPT-5.2 Codex (Azure OpenAI): 400,000-token context, $1.75 in / $14.00 out per 1M tokens, production. */
  readonly "azure/gpt-5.2-codex": ModelRecord<"azure">;
  /** GPT-5.3 Codex (Azure OpenAI): 400,000-token context, $1.75 in / $14.00 out per 1M tokens, production. */
  readonly "azure/gpt-5.3-codex": ModelRecord<"azure">;
  /** GPT-5.4 (Azure OpenAI): 1,050,000-token context, $2.50 in / $15.00 out per 1M tokens, production. */
  readonly "azure/gpt-5.4": ModelRecord<"azure">;
  /** GPT-5.4 mini (Azure OpenAI): 400,000-token context, $0.75 in / $4.50 out per 1M tokens, production. */
  readonly "azure/gpt-5.4-mini": ModelRecord<"azure">;
  /** GPT-5.4 nano (Azure OpenAI): 400,000-token context, $0.20 in / $1.25 out per 1M tokens, production. */
  readonly "azure/gpt-5.4-nano": ModelRecord<"azure">;
  /** GPT-5.4 Pro (Azure OpenAI): 1,050,000-token context, $30.00 in / $180.00 out per 1M tokens, production. */
  readonly "azure/gpt-5.4-pro": ModelRecord<"azure">;
  /** GPT-5.5 (Azure OpenAI): 1,050,000-token context, $5.00 in / $30.00 out per 1M tokens, production. */
  readonly "azure/gpt-5.5": ModelRecord<"azure">;
  /** GPT-5.6 Luna (Azure OpenAI): 1,050,000-token context, $0.20 in / $1.20 out per 1M tokens, production. */
  readonly "azure/gpt-5.6-luna": ModelRecord<"azure">;
  /** GPT-5.6 Sol (Azure OpenAI): 1,050,000-token context, $4.00 in / $20.00 out per 1M tokens, production. */
  readonly "azure/gpt-5.6-sol": ModelRecord<"azure">;
  /** GPT-5.6 Terra (Azure OpenAI): 1,050,000-token context, $2.00 in / $12.00 out per 1M tokens, production. */
  readonly "azure/gpt-5.6-terra": ModelRecord<"azure">;
  /** GPT-6 Astra (Azure OpenAI): 1,050,000-token context, $10.00 in / $50.00 out per 1M tokens, production. */
  readonly "azure/gpt-6-astra": ModelRecord<"azure">;
  /** GPT-6 Luna (Azure OpenAI): 1,050,000-token context, $0.10 in / $0.50 out per 1M tokens, production. */
  readonly "azure/gpt-6-luna": ModelRecord<"azure">;
  /** GPT-6 Sol (Azure OpenAI): 1,050,000-token context, $2.00 in / $10.00 out per 1M tokens, production. */
  readonly "azure/gpt-6-sol": ModelRecord<"azure">;
  /** GPT-6.1 Sol (Azure OpenAI): 1,050,000-token context, $2.00 in / $10.00 out per 1M tokens, production. */
  readonly "azure/gpt-6.1-sol": ModelRecord<"azure">;
  /** GPT chat-latest (Azure OpenAI): 400,000-token context, $5.00 in / $30.00 out per 1M tokens, beta. */
  readonly "azure/gpt-chat-latest": ModelRecord<"azure">;
  /**
   * o3 (Azure OpenAI): 200,000-token context, $2.00 in / $8.00 out per 1M tokens, deprecated.
   * @deprecated Use "azure/gpt-5.6-sol" instead (deprecated 2026-04-16, shuts down 2026-10-21).
   */
  readonly "azure/o3": DeprecatedModelRecord<"azure">;
  /**
   * o3-pro (Azure OpenAI): 200,000-token context, $20.00 in / $80.00 out per 1M tokens, deprecated.
   * @deprecated Use "azure/gpt-5.6-sol" instead (deprecated 2026-06-10, shuts down 2026-12-17).
   */
  readonly "azure/o3-pro": DeprecatedModelRecord<"azure">;
  /**
   * o4-mini (Azure OpenAI): 200,000-token context, $1.10 in / $4.40 out per 1M tokens, deprecated.
   * @deprecated Use "azure/gpt-5.6-terra" instead (deprecated 2026-04-16, shuts down 2026-10-16).
   */
  readonly "azure/o4-mini": DeprecatedModelRecord<"azure">;
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
  /**
   * Claude Haiku 3 (Anthropic): 200,000-token context, $0.25 in / $1.25 out per 1M tokens, deprecated.
   * @deprecated Use "claude-haiku-4-5" instead (shuts down 2026-04-19).
   */
  readonly "claude-3-haiku": DeprecatedModelRecord<"anthropic">;
  /**
   * Claude Opus 3 (Anthropic): 200,000-token context, $15.00 in / $75.00 out per 1M tokens, deprecated.
   * @deprecated Use "claude-opus-4-7" instead (deprecated 2025-06-30, shuts down 2026-01-05).
   */
  readonly "claude-3-opus": DeprecatedModelRecord<"anthropic">;
  /** Claude Fable 5 (Anthropic): 1,000,000-token context, $10.00 in / $50.00 out per 1M tokens, production. */
  readonly "claude-fable-5": ModelRecord<"anthropic">;
  /** Claude Fable 5.1 (Anthropic): 1,000,000-token context, $10.00 in / $50.00 out per 1M tokens, production. */
  readonly "claude-fable-5-1": ModelRecord<"anthropic">;
  /** Claude Fable 5.2 (Anthropic): 1,000,000-token context, $8.00 in / $40.00 out per 1M tokens, production. */
  readonly "claude-fable-5-2": ModelRecord<"anthropic">;
  /** Claude Haiku 4.5 (Anthropic): 200,000-token context, $1.00 in / $5.00 out per 1M tokens, production. */
  readonly "claude-haiku-4-5": ModelRecord<"anthropic">;
  /** Claude Haiku 5.5 (Anthropic): 1,000,000-token context, $0.10 in / $0.50 out per 1M tokens, production. */
  readonly "claude-haiku-5-5": ModelRecord<"anthropic">;
  /**
   * Claude Opus 4 (Anthropic): 200,000-token context, $15.00 in / $75.00 out per 1M tokens, deprecated.
   * @deprecated Use "claude-opus-4-8" instead (deprecated 2026-04-14, shuts down 2026-06-15).
   */
  readonly "claude-opus-4": DeprecatedModelRecord<"anthropic">;
  /**
   * Claude Opus 4.1 (Anthropic): 200,000-token context, $15.00 in / $75.00 out per 1M tokens, deprecated.
   * @deprecated Use "claude-opus-4-8" instead (deprecated 2026-06-05, shuts down 2026-08-05).
   */
  readonly "claude-opus-4-1": DeprecatedModelRecord<"anthropic">;
  /**
   * Claude Opus 4.5 (Anthropic): 200,000-token context, $5.00 in / $25.00 out per 1M tokens, deprecated.
   * @deprecated Use "claude-opus-5-5" instead (deprecated 2026-11-23, shuts down 2027-01-22).
   */
  readonly "claude-opus-4-5": DeprecatedModelRecord<"anthropic">;
  /** Claude Opus 4.6 (Anthropic): 1,000,000-token context, $5.00 in / $25.00 out per 1M tokens, production. */
  readonly "claude-opus-4-6": ModelRecord<"anthropic">;
  /** Claude Opus 4.7 (Anthropic): 1,000,000-token context, $5.00 in / $25.00 out per 1M tokens, production. */
  readonly "claude-opus-4-7": ModelRecord<"anthropic">;
  /** Claude Opus 4.8 (Anthropic): 1,000,000-token context, $5.00 in / $25.00 out per 1M tokens, production. */
  readonly "claude-opus-4-8": ModelRecord<"anthropic">;
  /** Claude Opus 5 (Anthropic): 1,000,000-token context, $5.00 in / $25.00 out per 1M tokens, production. */
  readonly "claude-opus-5": ModelRecord<"anthropic">;
  /** Claude Opus 5.5 (Anthropic): 1,000,000-token context, $4.00 in / $20.00 out per 1M tokens, production. */
  readonly "claude-opus-5-5": ModelRecord<"anthropic">;
  /**
   * Claude Sonnet 4 (Anthropic): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use "claude-sonnet-4-6" instead (deprecated 2026-04-14, shuts down 2026-06-15).
   */
  readonly "claude-sonnet-4": DeprecatedModelRecord<"anthropic">;
  /**
   * Claude Sonnet 4.5 (Anthropic): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use "claude-sonnet-5-5" instead (deprecated 2026-09-30, shuts down 2026-11-30).
   */
  readonly "claude-sonnet-4-5": DeprecatedModelRecord<"anthropic">;
  /** Claude Sonnet 4.6 (Anthropic): 1,000,000-token context, $3.00 in / $15.00 out per 1M tokens, production. */
  readonly "claude-sonnet-4-6": ModelRecord<"anthropic">;
  /** Claude Sonnet 5 (Anthropic): 1,000,000-token context, $2.00 in / $10.00 out per 1M tokens, production. */
  readonly "claude-sonnet-5": ModelRecord<"anthropic">;
  /** Claude Sonnet 5.5 (Anthropic): 1,000,000-token context, $2.00 in / $10.00 out per 1M tokens, production. */
  readonly "claude-sonnet-5-5": ModelRecord<"anthropic">;
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
  /** DeepSeek R1 (Bedrock): 128,000-token context, $1.35 in / $5.40 out per 1M tokens, production. */
  readonly "deepseek.r1-v1:0": ModelRecord<"bedrock">;
  /** DeepSeek V3.1 (Bedrock): 163,840-token context, $0.58 in / $1.68 out per 1M tokens, production. */
  readonly "deepseek.v3-v1:0": ModelRecord<"bedrock">;
  /** DeepSeek V3.2 (Bedrock): 163,840-token context, $0.62 in / $1.85 out per 1M tokens, production. */
  readonly "deepseek.v3.2": ModelRecord<"bedrock">;
  /**
   * Claude Opus 4 (DIAL): 200,000-token context, $15.00 in / $75.00 out per 1M tokens, deprecated.
   * @deprecated Use "dial-claude-opus-4-8" instead (deprecated 2026-04-14, shuts down 2026-06-15).
   */
  readonly "dial-claude-opus-4": DeprecatedModelRecord<"dial">;
  /**
   * Claude Opus 4.5 (DIAL): 200,000-token context, $5.00 in / $25.00 out per 1M tokens, deprecated.
   * @deprecated Use "dial-claude-opus-4-8" instead (deprecated 2026-11-23, shuts down 2027-01-22).
   */
  readonly "dial-claude-opus-4-5": DeprecatedModelRecord<"dial">;
  /** Claude Opus 4.8 (DIAL): 1,000,000-token context, $5.00 in / $25.00 out per 1M tokens, production. */
  readonly "dial-claude-opus-4-8": ModelRecord<"dial">;
  /**
   * Claude Sonnet 4 (DIAL): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use "dial-claude-sonnet-4-6" instead (deprecated 2026-04-14, shuts down 2026-06-15).
   */
  readonly "dial-claude-sonnet-4": DeprecatedModelRecord<"dial">;
  /**
   * Claude Sonnet 4.5 (DIAL): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use "dial-claude-sonnet-4-6" instead (deprecated 2026-09-30, shuts down 2026-11-30).
   */
  readonly "dial-claude-sonnet-4-5": DeprecatedModelRecord<"dial">;
  /** Claude Sonnet 4.6 (DIAL): 1,000,000-token context, $3.00 in / $15.00 out per 1M tokens, production. */
  readonly "dial-claude-sonnet-4-6": ModelRecord<"dial">;
  /**
   * Gemini 2.5 Pro (DIAL): 1,114,112-token context, $1.25 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use "dial-gemini-3.1-pro-preview" instead (shuts down 2026-12-01).
   */
  readonly "dial-gemini-2.5-pro": DeprecatedModelRecord<"dial">;
  /** Gemini 3.1 Pro Preview (DIAL): 1,114,112-token context, $2.00 in / $12.00 out per 1M tokens, beta. */
  readonly "dial-gemini-3.1-pro-preview": ModelRecord<"dial">;
  /**
   * GPT-4.1 (DIAL): 1,047,576-token context, $2.00 in / $8.00 out per 1M tokens, deprecated.
   * @deprecated Use "dial-gpt-5.4" instead (deprecated 2026-10-14, shuts down 2027-01-14).
   */
  readonly "dial-gpt-4.1": DeprecatedModelRecord<"dial">;
  /** GPT-5.4 (DIAL): 1,050,000-token context, $2.50 in / $15.00 out per 1M tokens, production. */
  readonly "dial-gpt-5.4": ModelRecord<"dial">;
  /**
   * Gemini 1.5 Flash (Google): 1,056,768-token context, $0.075 in / $0.30 out per 1M tokens, deprecated.
   * @deprecated Use "gemini-3.5-flash-lite" instead (shuts down 2025-09-24).
   */
  readonly "gemini-1.5-flash": DeprecatedModelRecord<"google">;
  /**
   * Gemini 1.5 Pro (Google): 2,105,344-token context, $1.25 in / $5.00 out per 1M tokens, deprecated.
   * @deprecated Use "gemini-3.8-flash" instead (shuts down 2025-09-24).
   */
  readonly "gemini-1.5-pro": DeprecatedModelRecord<"google">;
  /**
   * Gemini 2.0 Flash (Google): 1,056,768-token context, $0.10 in / $0.40 out per 1M tokens, deprecated.
   * @deprecated Use "gemini-3.1-flash-lite" instead (deprecated 2026-02-18, shuts down 2026-06-01).
   */
  readonly "gemini-2.0-flash": DeprecatedModelRecord<"google">;
  /**
   * Gemini 2.0 Flash-Lite (Google): 1,056,768-token context, $0.075 in / $0.30 out per 1M tokens, deprecated.
   * @deprecated Use "gemini-3.1-flash-lite" instead (deprecated 2026-02-18, shuts down 2026-06-01).
   */
  readonly "gemini-2.0-flash-lite": DeprecatedModelRecord<"google">;
  /**
   * Gemini 2.0 Pro (experimental) (Google): 2,105,344-token context, $0.00 in / $0.00 out per 1M tokens, deprecated.
   * @deprecated Use "gemini-3.8-flash" instead (deprecated 2025-03-25).
   */
  readonly "gemini-2.0-pro": DeprecatedModelRecord<"google">;
  /**
   * Gemini 2.5 Flash (Google): 1,114,112-token context, $0.30 in / $2.50 out per 1M tokens, deprecated.
   * @deprecated Use "gemini-3.5-flash-lite" instead (shuts down 2026-12-01).
   */
  readonly "gemini-2.5-flash": DeprecatedModelRecord<"google">;
  /** Gemini 2.5 Flash-Lite (Google): 1,114,112-token context, $0.10 in / $0.40 out per 1M tokens, production. */
  readonly "gemini-2.5-flash-lite": ModelRecord<"google">;
  /**
   * Gemini 2.5 Pro (Google): 1,114,112-token context, $1.25 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use "gemini-3.8-flash" instead (shuts down 2026-12-01).
   */
  readonly "gemini-2.5-pro": DeprecatedModelRecord<"google">;
  /**
   * Gemini 3 Flash (preview) (Google): 1,114,112-token context, $0.50 in / $3.00 out per 1M tokens, deprecated.
   * @deprecated Use "gemini-3.6-flash" instead.
   */
  readonly "gemini-3-flash-preview": DeprecatedModelRecord<"google">;
  /**
   * Gemini 3 Pro (preview) (Google): 1,114,112-token context, $2.00 in / $12.00 out per 1M tokens, deprecated.
   * @deprecated Use "gemini-3.1-pro-preview" instead (shuts down 2026-03-09).
   */
  readonly "gemini-3-pro-preview": DeprecatedModelRecord<"google">;
  /** Gemini 3.1 Flash-Lite (Google): 1,114,112-token context, $0.25 in / $1.50 out per 1M tokens, production. */
  readonly "gemini-3.1-flash-lite": ModelRecord<"google">;
  /** Gemini 3.1 Pro (preview) (Google): 1,114,112-token context, $2.00 in / $12.00 out per 1M tokens, beta. */
  readonly "gemini-3.1-pro-preview": ModelRecord<"google">;
  /** Gemini 3.1 Pro Custom Tools (preview) (Google): 1,114,112-token context, $2.00 in / $12.00 out per 1M tokens, beta. */
  readonly "gemini-3.1-pro-preview-customtools": ModelRecord<"google">;
  /**
   * Gemini 3.5 Flash (Google): 1,114,112-token context, $1.50 in / $9.00 out per 1M tokens, deprecated.
   * @deprecated Use "gemini-3.6-flash" instead (deprecated 2026-10-08).
   */
  readonly "gemini-3.5-flash": DeprecatedModelRecord<"google">;
  /** Gemini 3.5 Flash-Lite (Google): 1,114,112-token context, $0.30 in / $2.50 out per 1M tokens, production. */
  readonly "gemini-3.5-flash-lite": ModelRecord<"google">;
  /** Gemini 3.6 Flash (Google): 1,114,112-token context, $1.50 in / $7.50 out per 1M tokens, production. */
  readonly "gemini-3.6-flash": ModelRecord<"google">;
  /**
   * Gemini 3.7 Flash (Google): 1,114,112-token context, $1.50 in / $7.50 out per 1M tokens, deprecated.
   * @deprecated Use "gemini-3.8-flash" instead (deprecated 2026-10-08).
   */
  readonly "gemini-3.7-flash": DeprecatedModelRecord<"google">;
  /** Gemini 3.8 Flash (Google): 1,114,112-token context, $1.50 in / $7.50 out per 1M tokens, production. */
  readonly "gemini-3.8-flash": ModelRecord<"google">;
  /** Gemini 4 Argon (Google): 1,048,576-token context, $4.00 in / $20.00 out per 1M tokens, production. */
  readonly "gemini-4-argon": ModelRecord<"google">;
  /** Gemini 4 Carbon (Google): 1,048,576-token context, $4.00 in / $20.00 out per 1M tokens, production. */
  readonly "gemini-4-carbon": ModelRecord<"google">;
  /** Gemini 4 Hydrogen (Google): 1,048,576-token context, $1.50 in / $7.50 out per 1M tokens, production. */
  readonly "gemini-4-hydrogen": ModelRecord<"google">;
  /** Gemini 4 Neon (Google): 1,048,576-token context, $3.00 in / $15.00 out per 1M tokens, production. */
  readonly "gemini-4-neon": ModelRecord<"google">;
  /** Gemma 4 26B A4B (Google): 262,144-token context, $0.00 in / $0.00 out per 1M tokens, production. */
  readonly "gemma-4-26b-a4b-it": ModelRecord<"google">;
  /** Gemma 4 31B (Google): 262,144-token context, $0.00 in / $0.00 out per 1M tokens, production. */
  readonly "gemma-4-31b-it": ModelRecord<"google">;
  /** gemma:7b (Ollama): 8,192-token context, $0.00 in / $0.00 out per 1M tokens, production. */
  readonly "gemma:7b": ModelRecord<"ollama">;
  /** Gemma 3 12B (Bedrock): 128,000-token context, $0.09 in / $0.29 out per 1M tokens, production. */
  readonly "google.gemma-3-12b-it": ModelRecord<"bedrock">;
  /** Gemma 3 27B (Bedrock): 128,000-token context, $0.23 in / $0.38 out per 1M tokens, production. */
  readonly "google.gemma-3-27b-it": ModelRecord<"bedrock">;
  /** Gemma 3 4B (Bedrock): 128,000-token context, $0.04 in / $0.08 out per 1M tokens, production. */
  readonly "google.gemma-3-4b-it": ModelRecord<"bedrock">;
  /**
   * GPT-3.5 Turbo (OpenAI): 16,385-token context, $0.50 in / $1.50 out per 1M tokens, deprecated.
   * @deprecated Use "gpt-5.6-terra" instead (deprecated 2026-04-22, shuts down 2026-10-23).
   */
  readonly "gpt-3.5-turbo": DeprecatedModelRecord<"openai">;
  /**
   * GPT-4 (OpenAI): 8,192-token context, $30.00 in / $60.00 out per 1M tokens, deprecated.
   * @deprecated Use "gpt-5.6" instead (deprecated 2026-04-22, shuts down 2026-10-23).
   */
  readonly "gpt-4": DeprecatedModelRecord<"openai">;
  /**
   * GPT-4 Turbo (OpenAI): 128,000-token context, $10.00 in / $30.00 out per 1M tokens, deprecated.
   * @deprecated Use "gpt-5.6" instead (deprecated 2026-04-22, shuts down 2026-10-23).
   */
  readonly "gpt-4-turbo": DeprecatedModelRecord<"openai">;
  /**
   * GPT-4.1 (OpenAI): 1,047,576-token context, $2.00 in / $8.00 out per 1M tokens, deprecated.
   * @deprecated Use "gpt-6-luna" instead (deprecated 2026-10-14, shuts down 2027-01-14).
   */
  readonly "gpt-4.1": DeprecatedModelRecord<"openai">;
  /**
   * GPT-4.1 mini (OpenAI): 1,047,576-token context, $0.40 in / $1.60 out per 1M tokens, deprecated.
   * @deprecated Use "gpt-6-luna" instead (deprecated 2026-10-14, shuts down 2027-01-14).
   */
  readonly "gpt-4.1-mini": DeprecatedModelRecord<"openai">;
  /**
   * GPT-4.1 nano (OpenAI): 1,047,576-token context, $0.10 in / $0.40 out per 1M tokens, deprecated.
   * @deprecated Use "gpt-5.6-luna" instead (deprecated 2026-04-22, shuts down 2026-10-23).
   */
  readonly "gpt-4.1-nano": DeprecatedModelRecord<"openai">;
  /**
   * GPT-4o (OpenAI): 128,000-token context, $2.50 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use "gpt-6-luna" instead (deprecated 2026-10-14, shuts down 2027-01-14).
   */
  readonly "gpt-4o": DeprecatedModelRecord<"openai">;
  /**
   * GPT-4o mini (OpenAI): 128,000-token context, $0.15 in / $0.60 out per 1M tokens, deprecated.
   * @deprecated Use "gpt-6-luna" instead (deprecated 2026-10-14, shuts down 2027-01-14).
   */
  readonly "gpt-4o-mini": DeprecatedModelRecord<"openai">;
  /**
   * GPT-5 (OpenAI): 400,000-token context, $1.25 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use "gpt-6.1-sol" instead (deprecated 2026-06-11, shuts down 2026-12-11).
   */
  readonly "gpt-5": DeprecatedModelRecord<"openai">;
  /**
   * GPT-5 mini (OpenAI): 400,000-token context, $0.25 in / $2.00 out per 1M tokens, deprecated.
   * @deprecated Use "gpt-6.1-terra" instead (deprecated 2026-06-11, shuts down 2026-12-11).
   */
  readonly "gpt-5-mini": DeprecatedModelRecord<"openai">;
  /**
   * GPT-5 nano (OpenAI): 400,000-token context, $0.05 in / $0.40 out per 1M tokens, deprecated.
   * @deprecated Use "gpt-6-luna" instead (deprecated 2026-06-11, shuts down 2026-12-11).
   */
  readonly "gpt-5-nano": DeprecatedModelRecord<"openai">;
  /**
   * GPT-5 Pro (OpenAI): 400,000-token context, $15.00 in / $120.00 out per 1M tokens, deprecated.
   * @deprecated Use "gpt-6.1-sol" instead (deprecated 2026-06-11, shuts down 2026-12-11).
   */
  readonly "gpt-5-pro": DeprecatedModelRecord<"openai">;
  /**
   * GPT-5.1 (OpenAI): 400,000-token context, $1.25 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use "gpt-6.2-sol" instead (shuts down 2027-04-01).
   */
  readonly "gpt-5.1": DeprecatedModelRecord<"openai">;
  /** GPT-5.2 (OpenAI): 400,000-token context, $1.75 in / $14.00 out per 1M tokens, production. */
  readonly "gpt-5.2": ModelRecord<"openai">;
  /** GPT-5.2 Pro (OpenAI): 400,000-token context, $21.00 in / $168.00 out per 1M tokens, production. */
  readonly "gpt-5.2-pro": ModelRecord<"openai">;
  /** GPT-5.4 (OpenAI): 1,050,000-token context, $2.50 in / $15.00 out per 1M tokens, production. */
  readonly "gpt-5.4": ModelRecord<"openai">;
  /** GPT-5.4 mini (OpenAI): 400,000-token context, $0.75 in / $4.50 out per 1M tokens, production. */
  readonly "gpt-5.4-mini": ModelRecord<"openai">;
  /**
   * GPT-5.4 nano (OpenAI): 400,000-token context, $0.20 in / $1.25 out per 1M tokens, deprecated.
   * @deprecated Use "gpt-6-luna" instead (shuts down 2027-04-01).
   */
  readonly "gpt-5.4-nano": DeprecatedModelRecord<"openai">;
  /** GPT-5.4 Pro (OpenAI): 1,050,000-token context, $30.00 in / $180.00 out per 1M tokens, production. */
  readonly "gpt-5.4-pro": ModelRecord<"openai">;
  /** GPT-5.5 (OpenAI): 1,050,000-token context, $5.00 in / $30.00 out per 1M tokens, production. */
  readonly "gpt-5.5": ModelRecord<"openai">;
  /** GPT-5.5 Pro (OpenAI): 1,050,000-token context, $30.00 in / $180.00 out per 1M tokens, production. */
  readonly "gpt-5.5-pro": ModelRecord<"openai">;
  /** GPT-5.6 Sol (OpenAI): 1,050,000-token context, $4.00 in / $20.00 out per 1M tokens, production. */
  readonly "gpt-5.6": ModelRecord<"openai">;
  /** GPT-5.6 Luna (OpenAI): 1,050,000-token context, $0.20 in / $1.20 out per 1M tokens, production. */
  readonly "gpt-5.6-luna": ModelRecord<"openai">;
  /** GPT-5.6 Terra (OpenAI): 1,050,000-token context, $2.00 in / $12.00 out per 1M tokens, production. */
  readonly "gpt-5.6-terra": ModelRecord<"openai">;
  /** GPT-6 Astra (OpenAI): 1,050,000-token context, $10.00 in / $50.00 out per 1M tokens, production. */
  readonly "gpt-6-astra": ModelRecord<"openai">;
  /** GPT-6 Luna (OpenAI): 1,050,000-token context, $0.10 in / $0.50 out per 1M tokens, production. */
  readonly "gpt-6-luna": ModelRecord<"openai">;
  /** GPT-6 Sol (OpenAI): 1,050,000-token context, $2.00 in / $10.00 out per 1M tokens, production. */
  readonly "gpt-6-sol": ModelRecord<"openai">;
  /** GPT-6.1 Sol (OpenAI): 1,050,000-token context, $2.00 in / $10.00 out per 1M tokens, production. */
  readonly "gpt-6.1-sol": ModelRecord<"openai">;
  /** GPT-6.1 Terra (OpenAI): 1,050,000-token context, $1.00 in / $5.00 out per 1M tokens, production. */
  readonly "gpt-6.1-terra": ModelRecord<"openai">;
  /** GPT-6.2 Astra (OpenAI): 1,050,000-token context, $8.00 in / $40.00 out per 1M tokens, production. */
  readonly "gpt-6.2-astra": ModelRecord<"openai">;
  /** GPT-6.2 Sol (OpenAI): 1,050,000-token context, $2.00 in / $10.00 out per 1M tokens, production. */
  readonly "gpt-6.2-sol": ModelRecord<"openai">;
  /** gpt-oss:120b (Ollama): 131,072-token context, $0.00 in / $0.00 out per 1M tokens, production. */
  readonly "gpt-oss:120b": ModelRecord<"ollama">;
  /** gpt-oss:20b (Ollama): 131,072-token context, $0.00 in / $0.00 out per 1M tokens, production. */
  readonly "gpt-oss:20b": ModelRecord<"ollama">;
  /**
   * Grok 2 Vision (xAI): 32,768-token context, $2.00 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use "grok-4.3" instead (shuts down 2026-02-28).
   */
  readonly "grok-2-vision-1212": DeprecatedModelRecord<"xai">;
  /**
   * Grok 3 (xAI): 131,072-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use "grok-4.3" instead (deprecated 2026-05-06, shuts down 2026-05-15).
   */
  readonly "grok-3": DeprecatedModelRecord<"xai">;
  /**
   * Grok 3 mini (xAI): 131,072-token context, $0.30 in / $0.50 out per 1M tokens, deprecated.
   * @deprecated Use "grok-4.3" instead (shuts down 2026-02-28).
   */
  readonly "grok-3-mini": DeprecatedModelRecord<"xai">;
  /**
   * Grok 4 (xAI): 256,000-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use "grok-4.5" instead (deprecated 2026-05-06, shuts down 2026-05-15).
   */
  readonly "grok-4": DeprecatedModelRecord<"xai">;
  /**
   * Grok 4.1 Fast (non-reasoning) (xAI): 2,000,000-token context, $0.20 in / $0.50 out per 1M tokens, deprecated.
   * @deprecated Use "grok-4.20-0309-non-reasoning" instead (deprecated 2026-05-06, shuts down 2026-05-15).
   */
  readonly "grok-4-1-fast-non-reasoning": DeprecatedModelRecord<"xai">;
  /**
   * Grok 4.1 Fast (reasoning) (xAI): 2,000,000-token context, $0.20 in / $0.50 out per 1M tokens, deprecated.
   * @deprecated Use "grok-4.3" instead (deprecated 2026-05-06, shuts down 2026-05-15).
   */
  readonly "grok-4-1-fast-reasoning": DeprecatedModelRecord<"xai">;
  /**
   * Grok 4 Fast (non-reasoning) (xAI): 2,000,000-token context, $0.20 in / $0.50 out per 1M tokens, deprecated.
   * @deprecated Use "grok-4.20-0309-non-reasoning" instead (deprecated 2026-05-06, shuts down 2026-05-15).
   */
  readonly "grok-4-fast-non-reasoning": DeprecatedModelRecord<"xai">;
  /**
   * Grok 4 Fast (reasoning) (xAI): 2,000,000-token context, $0.20 in / $0.50 out per 1M tokens, deprecated.
   * @deprecated Use "grok-4.3" instead (deprecated 2026-05-06, shuts down 2026-05-15).
   */
  readonly "grok-4-fast-reasoning": DeprecatedModelRecord<"xai">;
  /** Grok 4.20 (non-reasoning) (xAI): 1,000,000-token context, $1.25 in / $2.50 out per 1M tokens, production. */
  readonly "grok-4.20-0309-non-reasoning": ModelRecord<"xai">;
  /** Grok 4.20 (reasoning) (xAI): 1,000,000-token context, $1.25 in / $2.50 out per 1M tokens, production. */
  readonly "grok-4.20-0309-reasoning": ModelRecord<"xai">;
  /** Grok 4.20 Multi-Agent (xAI): 1,000,000-token context, $2.00 in / $6.00 out per 1M tokens, production. */
  readonly "grok-4.20-multi-agent-0309": ModelRecord<"xai">;
  /** Grok 4.3 (xAI): 1,000,000-token context, $1.25 in / $2.50 out per 1M tokens, production. */
  readonly "grok-4.3": ModelRecord<"xai">;
  /** Grok 4.5 (xAI): 500,000-token context, $2.00 in / $6.00 out per 1M tokens, production. */
  readonly "grok-4.5": ModelRecord<"xai">;
  /** Grok 4.6 (xAI): 500,000-token context, $2.00 in / $6.00 out per 1M tokens, production. */
  readonly "grok-4.6": ModelRecord<"xai">;
  /** Grok 4.7 (xAI): 500,000-token context, $2.00 in / $6.00 out per 1M tokens, production. */
  readonly "grok-4.7": ModelRecord<"xai">;
  /** Grok Build 0.1 (xAI): 256,000-token context, $1.00 in / $2.00 out per 1M tokens, production. */
  readonly "grok-build-0.1": ModelRecord<"xai">;
  /**
   * Grok Code Fast 1 (xAI): 256,000-token context, $0.20 in / $1.50 out per 1M tokens, deprecated.
   * @deprecated Use "grok-4.3" instead (deprecated 2026-05-06, shuts down 2026-05-15).
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
  /**
   * Llama 3.1 405B (Bedrock): 128,000-token context, $5.32 in / $16.00 out per 1M tokens, deprecated.
   * @deprecated Use "meta.llama4-maverick-17b-instruct-v1:0" instead (shuts down 2026-07-07).
   */
  readonly "meta.llama3-1-405b-instruct-v1:0": DeprecatedModelRecord<"bedrock">;
  /** Llama 3.1 70B (Bedrock): 128,000-token context, $0.72 in / $0.72 out per 1M tokens, production. */
  readonly "meta.llama3-1-70b-instruct-v1:0": ModelRecord<"bedrock">;
  /** Llama 3.1 8B (Bedrock): 128,000-token context, $0.22 in / $0.22 out per 1M tokens, production. */
  readonly "meta.llama3-1-8b-instruct-v1:0": ModelRecord<"bedrock">;
  /** Llama 3.3 70B (Bedrock): 128,000-token context, $0.72 in / $0.72 out per 1M tokens, production. */
  readonly "meta.llama3-3-70b-instruct-v1:0": ModelRecord<"bedrock">;
  /** Llama 4 Maverick 17B (Bedrock): 1,000,000-token context, $0.24 in / $0.97 out per 1M tokens, production. */
  readonly "meta.llama4-maverick-17b-instruct-v1:0": ModelRecord<"bedrock">;
  /** Llama 4 Scout 17B (Bedrock): 128,000-token context, $0.17 in / $0.66 out per 1M tokens, production. */
  readonly "meta.llama4-scout-17b-instruct-v1:0": ModelRecord<"bedrock">;
  /** MiniMax M2 (Bedrock): 204,608-token context, $0.30 in / $1.20 out per 1M tokens, production. */
  readonly "minimax.minimax-m2": ModelRecord<"bedrock">;
  /** MiniMax M2.1 (Bedrock): 204,800-token context, $0.30 in / $1.20 out per 1M tokens, production. */
  readonly "minimax.minimax-m2.1": ModelRecord<"bedrock">;
  /** MiniMax M2.5 (Bedrock): 196,608-token context, $0.30 in / $1.20 out per 1M tokens, production. */
  readonly "minimax.minimax-m2.5": ModelRecord<"bedrock">;
  /** Devstral 2 123B (Bedrock): 256,000-token context, $0.40 in / $2.00 out per 1M tokens, production. */
  readonly "mistral.devstral-2-123b": ModelRecord<"bedrock">;
  /** Magistral Small 1.2 (Bedrock): 128,000-token context, $0.50 in / $1.50 out per 1M tokens, production. */
  readonly "mistral.magistral-small-2509": ModelRecord<"bedrock">;
  /** Ministral 3 14B (Bedrock): 128,000-token context, $0.20 in / $0.20 out per 1M tokens, production. */
  readonly "mistral.ministral-3-14b-instruct": ModelRecord<"bedrock">;
  /** Ministral 3 3B (Bedrock): 256,000-token context, $0.10 in / $0.10 out per 1M tokens, production. */
  readonly "mistral.ministral-3-3b-instruct": ModelRecord<"bedrock">;
  /** Ministral 3 8B (Bedrock): 128,000-token context, $0.15 in / $0.15 out per 1M tokens, production. */
  readonly "mistral.ministral-3-8b-instruct": ModelRecord<"bedrock">;
  /** Mistral Large 3 (Bedrock): 256,000-token context, $0.50 in / $1.50 out per 1M tokens, production. */
  readonly "mistral.mistral-large-3-675b-instruct": ModelRecord<"bedrock">;
  /** Pixtral Large (25.02) (Bedrock): 128,000-token context, $2.00 in / $6.00 out per 1M tokens, production. */
  readonly "mistral.pixtral-large-2502-v1:0": ModelRecord<"bedrock">;
  /** Kimi K2 Thinking (Bedrock): 262,143-token context, $0.60 in / $2.50 out per 1M tokens, production. */
  readonly "moonshot.kimi-k2-thinking": ModelRecord<"bedrock">;
  /** Kimi K2.5 (Bedrock): 262,143-token context, $0.60 in / $3.00 out per 1M tokens, production. */
  readonly "moonshotai.kimi-k2.5": ModelRecord<"bedrock">;
  /** Nemotron Nano 12B v2 VL (Bedrock): 128,000-token context, $0.20 in / $0.60 out per 1M tokens, production. */
  readonly "nvidia.nemotron-nano-12b-v2": ModelRecord<"bedrock">;
  /** Nemotron 3 Nano 30B (Bedrock): 256,000-token context, $0.06 in / $0.24 out per 1M tokens, production. */
  readonly "nvidia.nemotron-nano-3-30b": ModelRecord<"bedrock">;
  /** Nemotron Nano 9B v2 (Bedrock): 128,000-token context, $0.06 in / $0.23 out per 1M tokens, production. */
  readonly "nvidia.nemotron-nano-9b-v2": ModelRecord<"bedrock">;
  /** Nemotron 3 Super 120B (Bedrock): 262,144-token context, $0.15 in / $0.65 out per 1M tokens, production. */
  readonly "nvidia.nemotron-super-3-120b": ModelRecord<"bedrock">;
  /**
   * o1 (OpenAI): 200,000-token context, $15.00 in / $60.00 out per 1M tokens, deprecated.
   * @deprecated Use "gpt-5.6" instead (deprecated 2026-04-22, shuts down 2026-10-23).
   */
  readonly o1: DeprecatedModelRecord<"openai">;
  /**
   * o1-mini (OpenAI): 128,000-token context, $1.10 in / $4.40 out per 1M tokens, deprecated.
   * @deprecated Use "gpt-5.6-terra" instead (deprecated 2025-04-28, shuts down 2025-10-27).
   */
  readonly "o1-mini": DeprecatedModelRecord<"openai">;
  /**
   * o1-pro (OpenAI): 200,000-token context, $150.00 in / $600.00 out per 1M tokens, deprecated.
   * @deprecated Use "gpt-5.6" instead (deprecated 2026-04-22, shuts down 2026-10-23).
   */
  readonly "o1-pro": DeprecatedModelRecord<"openai">;
  /**
   * o3 (OpenAI): 200,000-token context, $2.00 in / $8.00 out per 1M tokens, deprecated.
   * @deprecated Use "gpt-6.1-sol" instead (deprecated 2026-06-11, shuts down 2026-12-11).
   */
  readonly o3: DeprecatedModelRecord<"openai">;
  /**
   * o3-mini (OpenAI): 200,000-token context, $1.10 in / $4.40 out per 1M tokens, deprecated.
   * @deprecated Use "gpt-5.6" instead (deprecated 2026-04-22, shuts down 2026-10-23).
   */
  readonly "o3-mini": DeprecatedModelRecord<"openai">;
  /**
   * o3-pro (OpenAI): 200,000-token context, $20.00 in / $80.00 out per 1M tokens, deprecated.
   * @deprecated Use "gpt-6.1-sol" instead (deprecated 2026-06-11, shuts down 2026-12-11).
   */
  readonly "o3-pro": DeprecatedModelRecord<"openai">;
  /**
   * o4-mini (OpenAI): 200,000-token context, $1.10 in / $4.40 out per 1M tokens, deprecated.
   * @deprecated Use "gpt-5.6-terra" instead (deprecated 2026-04-22, shuts down 2026-10-23).
   */
  readonly "o4-mini": DeprecatedModelRecord<"openai">;
  /** GPT-5.4 (Bedrock): 272,000-token context, $2.75 in / $16.50 out per 1M tokens, production. */
  readonly "openai.gpt-5.4": ModelRecord<"bedrock">;
  /** GPT-5.5 (Bedrock): 272,000-token context, $5.50 in / $33.00 out per 1M tokens, production. */
  readonly "openai.gpt-5.5": ModelRecord<"bedrock">;
  /** gpt-oss-120b (Bedrock): 128,000-token context, $0.15 in / $0.60 out per 1M tokens, production. */
  readonly "openai.gpt-oss-120b-1:0": ModelRecord<"bedrock">;
  /** gpt-oss-20b (Bedrock): 128,000-token context, $0.07 in / $0.30 out per 1M tokens, production. */
  readonly "openai.gpt-oss-20b-1:0": ModelRecord<"bedrock">;
  /** Qwen3 235B A22B 2507 (Bedrock): 262,144-token context, $0.22 in / $0.88 out per 1M tokens, production. */
  readonly "qwen.qwen3-235b-a22b-2507-v1:0": ModelRecord<"bedrock">;
  /** Qwen3 32B (Bedrock): 131,072-token context, $0.15 in / $0.60 out per 1M tokens, production. */
  readonly "qwen.qwen3-32b-v1:0": ModelRecord<"bedrock">;
  /** Qwen3 Coder 30B A3B (Bedrock): 262,144-token context, $0.15 in / $0.60 out per 1M tokens, production. */
  readonly "qwen.qwen3-coder-30b-a3b-v1:0": ModelRecord<"bedrock">;
  /** Qwen3 Coder 480B A35B (Bedrock): 131,072-token context, $0.22 in / $1.80 out per 1M tokens, production. */
  readonly "qwen.qwen3-coder-480b-a35b-v1:0": ModelRecord<"bedrock">;
  /** Qwen3 Coder Next (Bedrock): 131,072-token context, $0.22 in / $1.80 out per 1M tokens, production. */
  readonly "qwen.qwen3-coder-next": ModelRecord<"bedrock">;
  /** Qwen3 Next 80B A3B (Bedrock): 128,000-token context, $0.15 in / $1.20 out per 1M tokens, production. */
  readonly "qwen.qwen3-next-80b-a3b": ModelRecord<"bedrock">;
  /** Qwen3 VL 235B A22B (Bedrock): 256,000-token context, $0.53 in / $2.66 out per 1M tokens, production. */
  readonly "qwen.qwen3-vl-235b-a22b": ModelRecord<"bedrock">;
  /** qwen2.5:32b (Ollama): 32,768-token context, $0.00 in / $0.00 out per 1M tokens, production. */
  readonly "qwen2.5:32b": ModelRecord<"ollama">;
  /** qwen2.5:7b-instruct (Ollama): 32,768-token context, $0.00 in / $0.00 out per 1M tokens, production. */
  readonly "qwen2.5:7b-instruct": ModelRecord<"ollama">;
  /** qwen3:8b (Ollama): 40,960-token context, $0.00 in / $0.00 out per 1M tokens, production. */
  readonly "qwen3:8b": ModelRecord<"ollama">;
  /**
   * Amazon Nova Premier (Bedrock): 1,000,000-token context, $2.50 in / $12.50 out per 1M tokens, deprecated.
   * @deprecated Use "amazon.nova-2-lite-v1:0" instead (shuts down 2026-09-14).
   */
  readonly "us.amazon.nova-premier-v1:0": DeprecatedModelRecord<"bedrock">;
  /** Palmyra X4 (Bedrock): 128,000-token context, $2.50 in / $10.00 out per 1M tokens, production. */
  readonly "writer.palmyra-x4-v1:0": ModelRecord<"bedrock">;
  /** Palmyra X5 (Bedrock): 1,000,000-token context, $0.60 in / $6.00 out per 1M tokens, production. */
  readonly "writer.palmyra-x5-v1:0": ModelRecord<"bedrock">;
  /** Grok 4.3 (Bedrock): 1,000,000-token context, $1.25 in / $2.50 out per 1M tokens, production. */
  readonly "xai.grok-4.3": ModelRecord<"bedrock">;
  /** GLM-4.7 (Bedrock): 204,800-token context, $0.60 in / $2.20 out per 1M tokens, production. */
  readonly "zai.glm-4.7": ModelRecord<"bedrock">;
  /** GLM-4.7-Flash (Bedrock): 200,000-token context, $0.07 in / $0.40 out per 1M tokens, production. */
  readonly "zai.glm-4.7-flash": ModelRecord<"bedrock">;
  /** GLM-5 (Bedrock): 202,752-token context, $1.00 in / $3.20 out per 1M tokens, production. */
  readonly "zai.glm-5": ModelRecord<"bedrock">;
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
  /** @deprecated Resolves to the deprecated model "azure/claude-3-5-sonnet". */
  readonly "azure-claude-3.5-sonnet": "azure/claude-3-5-sonnet";
  /** @deprecated Resolves to the deprecated model "azure/gpt-4". */
  readonly "azure-gpt-4": "azure/gpt-4";
  /** @deprecated Resolves to the deprecated model "azure/gpt-4-turbo". */
  readonly "azure-gpt-4-turbo": "azure/gpt-4-turbo";
  /** @deprecated Resolves to the deprecated model "azure/gpt-4o". */
  readonly "azure-gpt-4o": "azure/gpt-4o";
  /** @deprecated Resolves to the deprecated model "anthropic.claude-3-opus-20240229-v1:0". */
  readonly "bedrock-claude-3-opus": "anthropic.claude-3-opus-20240229-v1:0";
  /** @deprecated Resolves to the deprecated model "anthropic.claude-3-5-sonnet-20241022-v2:0". */
  readonly "bedrock-claude-3.5-sonnet": "anthropic.claude-3-5-sonnet-20241022-v2:0";
  /** @deprecated Resolves to the deprecated model "meta.llama3-1-405b-instruct-v1:0". */
  readonly "bedrock-llama-3.1-405b": "meta.llama3-1-405b-instruct-v1:0";
  readonly "bedrock-llama-3.1-70b": "meta.llama3-1-70b-instruct-v1:0";
  readonly "bedrock-titan-text-express": "amazon.titan-text-express-v1";
  /** @deprecated Resolves to the deprecated model "claude-3-5-sonnet". */
  readonly "claude-3.5-sonnet": "claude-3-5-sonnet";
  /** @deprecated Resolves to the deprecated model "claude-opus-4-1". */
  readonly "claude-opus-4.1": "claude-opus-4-1";
  /** @deprecated Resolves to the deprecated model "claude-sonnet-4-5". */
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

const MODEL_DATA = JSON.parse(
  '{"amazon.nova-2-lite-v1:0":{"id":"amazon.nova-2-lite-v1:0","provider":"bedrock","display_name":"Amazon Nova 2 Lite","release_date":"2025-12-02","status":"production","context_window":1000000,"max_output_tokens":64000,"pricing":{"input":0.3,"output":2.5,"cached_input":0.075},"capabilities":{"input":["text","image","video","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"inference_profiles":{"apac":"apac.amazon.nova-2-lite-v1:0","eu":"eu.amazon.nova-2-lite-v1:0","global":"global.amazon.nova-2-lite-v1:0","us":"us.amazon.nova-2-lite-v1:0"},"requires_inference_profile":true,"best_for":"Low-cost long-context reasoning","notes":"Prices are the global-profile rate; us./eu./jp. geo profiles cost 0.33 / 2.75 (cache read 0.0825) per genai-prices and LiteLLM; cache writes are free (redpanda-data/ai-sdk-go#166). models.dev (2026-07-02) still says 128K context / 4096 output / 0.33-2.75 (older figures); LiteLLM and genai-prices (1M) are followed. The nova_grounding system tool works only on geo profiles, not global. models.dev (2026-07-02) prices 0.33 / 2.75 are the geo-profile rates, while this entry lists the global-profile price. models.dev (2026-07-02) lists no PDF input modality, while LiteLLM (2026-07-24) flags PDF input, which is kept. models.dev (2026-07-02) gives release 2024-12-01, a placeholder that predates the model, so the 2025-12-02 launch date is kept.","sources":{"id":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json (global./us./eu./apac. rows); earendil-works/pi#7311, langchain-ai/langchain-aws#1019, stdapi-ai/stdapi.ai#92 (bare ID rejected for on-demand)","pricing":"@pydantic/genai-prices@0.1.8 (published 2026-09-23) dist/index.js provider aws global.amazon.nova-2-lite-v1:0 / regional.amazon.nova-2-lite-v1:0; LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json amazon.nova-2-lite-v1:0","limits":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json amazon.nova-2-lite-v1:0; @pydantic/genai-prices@0.1.8 (published 2026-09-23) dist/index.js provider aws (context_window 1000000)","capabilities":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json amazon.nova-2-lite-v1:0; models.dev@f3fc692 providers/amazon-bedrock/models/amazon.nova-2-lite-v1:0.toml","lifecycle":"@ai-sdk/amazon-bedrock@5.0.101 (2026-09-29) src/amazon-bedrock-chat-language-model-options.ts CHANGELOG 5.0.98 (Nova 2 Lite fixes); not in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)","release_date":"run-llama/ParseBench#82 (Nova 2 Lite released 2025-12-02); aws-samples/bedrock-engineer#279 (2025-12-02)"},"verified":"2026-12-01"},"amazon.nova-2-pro-preview-20251202-v1:0":{"id":"amazon.nova-2-pro-preview-20251202-v1:0","provider":"bedrock","display_name":"Amazon Nova 2 Pro (Preview)","status":"beta","context_window":1000000,"max_output_tokens":64000,"pricing":{"input":2.1875,"output":17.5,"cached_input":0.546875},"capabilities":{"input":["text","image","video","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"inference_profiles":{"apac":"apac.amazon.nova-2-pro-preview-20251202-v1:0","eu":"eu.amazon.nova-2-pro-preview-20251202-v1:0","us":"us.amazon.nova-2-pro-preview-20251202-v1:0"},"notes":"Preview model; only LiteLLM (2026-07-24) lists it (not in models.dev, genai-prices or the AI SDK list), so availability today is unverified. Whether a GA Nova 2 Pro ID exists could not be checked. requires_inference_profile not set (unsourced).","sources":{"id":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json (us./eu./apac. rows)","pricing":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json amazon.nova-2-pro-preview-20251202-v1:0","limits":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json amazon.nova-2-pro-preview-20251202-v1:0","capabilities":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json amazon.nova-2-pro-preview-20251202-v1:0","lifecycle":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json; awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy) (names Nova 2 Pro as Nova Premier\'s replacement)"},"verified":"2026-12-01"},"amazon.nova-lite-v1:0":{"id":"amazon.nova-lite-v1:0","provider":"bedrock","display_name":"Amazon Nova Lite","release_date":"2024-12-03","status":"production","context_window":300000,"max_output_tokens":10000,"pricing":{"input":0.06,"output":0.24,"cached_input":0.015},"capabilities":{"input":["text","image","video","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":false},"scores":{"coding":0.6,"reasoning":0.6,"basis":"tier"},"speed_rating":10,"inference_profiles":{"apac":"apac.amazon.nova-lite-v1:0","eu":"eu.amazon.nova-lite-v1:0","us":"us.amazon.nova-lite-v1:0"},"notes":"max_output_tokens 10000 follows LiteLLM (newer snapshot); models.dev says 8192. cached_input added from genai-prices (25% of input). The base ID still works on-demand in some regions; elsewhere use a profile (LiteLLM lists geo profiles at slightly different prices). models.dev (2026-07-02) lists max_output_tokens 8192 against LiteLLM\'s 10000, which this entry follows. Input modalities are the union of the two lists: LiteLLM (2026-07-24) flags PDF but has no video-input flag, models.dev (2026-07-02) lists video but not PDF, and Nova Pro/Lite accept both.","sources":{"id":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json (us./eu./apac. rows)","pricing":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json amazon.nova-lite-v1:0; @pydantic/genai-prices@0.1.8 (published 2026-09-23) dist/index.js provider aws amazon.nova-lite-v1:0 (cache read)","limits":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json amazon.nova-lite-v1:0","capabilities":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json amazon.nova-lite-v1:0; models.dev@f3fc692 providers/amazon-bedrock/models/amazon.nova-lite-v1:0.toml","lifecycle":"not in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy); models.dev@f3fc692 providers/amazon-bedrock/models/amazon.nova-lite-v1:0.toml","release_date":"models.dev@f3fc692 providers/amazon-bedrock/models/amazon.nova-lite-v1:0.toml"},"verified":"2026-12-01"},"amazon.nova-micro-v1:0":{"id":"amazon.nova-micro-v1:0","provider":"bedrock","display_name":"Amazon Nova Micro","release_date":"2024-12-03","status":"production","context_window":128000,"max_output_tokens":10000,"pricing":{"input":0.035,"output":0.14,"cached_input":0.00875},"capabilities":{"input":["text"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":false},"scores":{"coding":0.6,"reasoning":0.6,"basis":"tier"},"speed_rating":10,"inference_profiles":{"apac":"apac.amazon.nova-micro-v1:0","eu":"eu.amazon.nova-micro-v1:0","us":"us.amazon.nova-micro-v1:0"},"notes":"max_output_tokens 10000 follows LiteLLM (newer snapshot); models.dev says 8192. cached_input added from genai-prices (25% of input). The base ID still works on-demand in some regions; elsewhere use a profile (LiteLLM lists geo profiles at slightly different prices). models.dev (2026-07-02) lists max_output_tokens 8192 against LiteLLM\'s 10000, which this entry follows.","sources":{"id":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json (us./eu./apac. rows)","pricing":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json amazon.nova-micro-v1:0; @pydantic/genai-prices@0.1.8 (published 2026-09-23) dist/index.js provider aws amazon.nova-micro-v1:0 (cache read)","limits":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json amazon.nova-micro-v1:0","capabilities":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json amazon.nova-micro-v1:0; models.dev@f3fc692 providers/amazon-bedrock/models/amazon.nova-micro-v1:0.toml","lifecycle":"not in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy); models.dev@f3fc692 providers/amazon-bedrock/models/amazon.nova-micro-v1:0.toml","release_date":"models.dev@f3fc692 providers/amazon-bedrock/models/amazon.nova-micro-v1:0.toml"},"verified":"2026-12-01"},"amazon.nova-pro-v1:0":{"id":"amazon.nova-pro-v1:0","provider":"bedrock","display_name":"Amazon Nova Pro","release_date":"2024-12-03","status":"production","context_window":300000,"max_output_tokens":10000,"pricing":{"input":0.8,"output":3.2,"cached_input":0.2},"capabilities":{"input":["text","image","video","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":false},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"inference_profiles":{"apac":"apac.amazon.nova-pro-v1:0","eu":"eu.amazon.nova-pro-v1:0","us":"us.amazon.nova-pro-v1:0"},"notes":"max_output_tokens 10000 follows LiteLLM (newer snapshot); models.dev says 8192. cached_input added from genai-prices (25% of input). The base ID still works on-demand in some regions; elsewhere use a profile (LiteLLM lists geo profiles at slightly different prices). models.dev (2026-07-02) lists max_output_tokens 8192 against LiteLLM\'s 10000, which this entry follows. Input modalities are the union of the two lists: LiteLLM (2026-07-24) flags PDF but has no video-input flag, models.dev (2026-07-02) lists video but not PDF, and Nova Pro/Lite accept both.","sources":{"id":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json (us./eu./apac. rows)","pricing":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json amazon.nova-pro-v1:0; @pydantic/genai-prices@0.1.8 (published 2026-09-23) dist/index.js provider aws amazon.nova-pro-v1:0 (cache read)","limits":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json amazon.nova-pro-v1:0","capabilities":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json amazon.nova-pro-v1:0; models.dev@f3fc692 providers/amazon-bedrock/models/amazon.nova-pro-v1:0.toml","lifecycle":"not in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy); models.dev@f3fc692 providers/amazon-bedrock/models/amazon.nova-pro-v1:0.toml","release_date":"models.dev@f3fc692 providers/amazon-bedrock/models/amazon.nova-pro-v1:0.toml"},"verified":"2026-12-01"},"amazon.titan-text-express-v1":{"id":"amazon.titan-text-express-v1","provider":"bedrock","display_name":"Amazon Titan Text Express","status":"production","context_window":8192,"max_output_tokens":8192,"pricing":{"input":0.2,"output":0.6},"capabilities":{"input":["text"],"output":["text"],"tool_calling":false,"structured_output":false,"reasoning":false},"scores":{"coding":0.6,"reasoning":0.6,"basis":"tier"},"speed_rating":10,"best_for":"AWS native","notes":"Price changed 1.3/1.7 -> 0.2/0.6 per 1M, following genai-prices 0.1.8 (2026-09-23, newest); LiteLLM (2026-07-24) still lists 1.3/1.7. Limits kept from the registry (AWS\'s documented 8K); LiteLLM\'s 42,000 / 8,000 matches no AWS document; could not be re-verified. Lifecycle not re-verified (no Titan Text row found in the Legacy/EOL material). LiteLLM (2026-07-24) still lists the old price 1.3 / 1.7 per 1M. LiteLLM (2026-07-24) lists max_input_tokens 42000 / max_output_tokens 8000, which match no AWS document, so the registry\'s 8K limits are kept (not re-verified).","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (published 2026-09-23) dist/index.js provider aws amazon.titan-text-express-v1","limits":"registry (AWS Titan Text documentation, 8K) - not re-verified","capabilities":"registry","lifecycle":"@ai-sdk/amazon-bedrock@5.0.101 (2026-09-29) src/amazon-bedrock-chat-language-model-options.ts (listed); not in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)"},"verified":"2026-12-01"},"anthropic.claude-3-5-sonnet-20241022-v2:0":{"id":"anthropic.claude-3-5-sonnet-20241022-v2:0","provider":"bedrock","display_name":"Claude Sonnet 3.5 v2","status":"deprecated","context_window":200000,"max_output_tokens":8192,"pricing":{"input":3,"output":15,"cached_input":0.3,"cache_write":3.75},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":false},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"shutdown_date":"2026-07-30","replaced_by":"anthropic.claude-sonnet-5","inference_profiles":{"apac":"apac.anthropic.claude-3-5-sonnet-20241022-v2:0","eu":"eu.anthropic.claude-3-5-sonnet-20241022-v2:0","us":"us.anthropic.claude-3-5-sonnet-20241022-v2:0"},"best_for":"Balanced Claude (legacy)","notes":"Bedrock EOL 2026-07-30 (AWS Legacy/EOL table via awslabs/startups, 2026-09-21); requests now fail. An Oct-2025 newsletter quoted an earlier plan (extended access from 2025-12-01, EOL 2026-03-01) for Claude 3.5 Sonnet; the newer AWS table is followed. Legacy-announcement date not recorded. context_window 200K (LiteLLM\'s base-ID 1,000,000 is wrong; its us./eu. rows say 200K). On-demand invocation of the base ID was already profile-only in us-east-1 (stackblitz-labs/bolt.diy#1102, danny-avila/LibreChat#4570). LiteLLM (2026-07-24) carries a >200K-token price tier copied from its wrong 1M base-ID context, which does not apply to a 200K-context model, so no tier is listed.","sources":{"id":"registry ID kept; profiles from LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json","pricing":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json anthropic.claude-3-5-sonnet-20241022-v2:0; @pydantic/genai-prices@0.1.8 (published 2026-09-23) dist/index.js provider aws regional.anthropic.claude-3-5-sonnet-20241022-v2:0","limits":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json us.anthropic.claude-3-5-sonnet-20241022-v2:0 (200000 / 8192)","capabilities":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json anthropic.claude-3-5-sonnet-20241022-v2:0","lifecycle":"awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)"},"verified":"2026-12-01"},"anthropic.claude-3-opus-20240229-v1:0":{"id":"anthropic.claude-3-opus-20240229-v1:0","provider":"bedrock","display_name":"Claude Opus 3","status":"deprecated","context_window":200000,"max_output_tokens":4096,"pricing":{"input":15,"output":75,"cached_input":1.5},"capabilities":{"input":["text","image"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":false},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"replaced_by":"anthropic.claude-opus-4-8","inference_profiles":{"eu":"eu.anthropic.claude-3-opus-20240229-v1:0","us":"us.anthropic.claude-3-opus-20240229-v1:0"},"best_for":"Premium reasoning (legacy)","notes":"Deprecated (Bedrock shutdown date not found): no Bedrock catalogue reviewed here offers it any more (models.dev 2026-07-02 Bedrock catalogue has no Claude 3 Opus; it is not among the Legacy rows in the awslabs/startups Bedrock lifecycle table of 2026-05-26 or 2026-09-21, although that table only covers models the plugin references), and Anthropic retired claude-3-opus-20240229 on its own API on 2026-01-05. Its Claude 3 siblings reached Bedrock EOL on 2026-07-30 (Claude 3 Sonnet) and 2026-09-10 (Claude 3 Haiku). shutdown_date is omitted because the exact Bedrock EOL date is unsourced; treat the ID as not callable. @ai-sdk/amazon-bedrock@5.0.101 still lists the ID, but that list also keeps long-retired IDs (claude-v2, claude-instant-v1). Limits/prices are the old LiteLLM figures, kept so legacy IDs still compile.","sources":{"id":"registry ID kept","pricing":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json anthropic.claude-3-opus-20240229-v1:0","limits":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json anthropic.claude-3-opus-20240229-v1:0","capabilities":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json anthropic.claude-3-opus-20240229-v1:0","lifecycle":"no Bedrock Claude 3 Opus file in models.dev@f3fc692 providers/amazon-bedrock/models/; not in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy) (nor its 2026-05-26 version); Anthropic API retirement 2026-01-05 (dimagi/open-chat-studio#1806 quoting Anthropic\'s notice)"},"verified":"2026-12-01"},"anthropic.claude-fable-5":{"id":"anthropic.claude-fable-5","provider":"bedrock","display_name":"Claude Fable 5","release_date":"2026-06-09","status":"production","context_window":1000000,"max_output_tokens":128000,"pricing":{"input":10,"output":50,"cached_input":1,"cache_write":12.5,"cache_write_1h":20},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":false,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"inference_profiles":{"eu":"eu.anthropic.claude-fable-5","global":"global.anthropic.claude-fable-5","us":"us.anthropic.claude-fable-5"},"requires_inference_profile":true,"notes":"Prices are the global cross-region profile rates (equal to the base-ID rates in LiteLLM and models.dev); geographic profiles (us./eu./apac./jp./au.) are billed 10% higher per genai-prices \'regional\' entry and LiteLLM us./eu. rows. structured_output is false on Bedrock: @ai-sdk/amazon-bedrock@5.0.101 says Bedrock\'s copy of the Messages schema rejects output_config.format and tool `strict` for this model (LiteLLM\'s supports_response_schema=true is not followed). requires_inference_profile: on-demand invocation of the base ID is rejected; call one of the inference_profiles (jp./au. profiles also exist for some Claude models but are outside the us/eu/apac/global keys). Covered Model (data-retention opt-in) per awslabs/startups ai-model-lifecycle.md; superseded by Fable 5.1 but no Bedrock Legacy notice found. models.dev (2026-07-02) lists text and image input modalities only, while PDF input follows LiteLLM and Anthropic\'s Claude document support. Release date 2026-06-09 from models.dev (2026-07-02) (base model of the eu profile entry). The 1-hour cache write price 20 is taken from LiteLLM (2026-07-24) (2x input, as on Anthropic\'s API), since genai-prices lists no 1-hour write for this model.","sources":{"id":"models.dev@f3fc692 providers/amazon-bedrock/models/(us|eu|global).anthropic.claude-fable-5.toml; LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json; inference-profile-only: AWS ValidationException \'on-demand throughput isn\'t supported\' for newer Claude base IDs (e.g. anthropic/anthropic-sdk-python#894, cline/cline#2482); aws-samples sample-connector-for-bedrock docs (bedrock-runtime-anthropic: \'Current Claude models are only available through cross-Region inference\')","pricing":"@pydantic/genai-prices@0.1.8 (published 2026-09-23) dist/index.js provider aws (global./regional. entries for anthropic.claude-fable-5); LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json anthropic.claude-fable-5; 1h cache write: LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json anthropic.claude-fable-5 cache_creation_input_token_cost_above_1hr","limits":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json anthropic.claude-fable-5; models.dev@f3fc692 providers/amazon-bedrock/models/anthropic.claude-fable-5.toml","capabilities":"models.dev@f3fc692 providers/amazon-bedrock/models/anthropic.claude-fable-5.toml; @ai-sdk/amazon-bedrock@5.0.101 src/amazon-bedrock-anthropic-model-support.ts","lifecycle":"@ai-sdk/amazon-bedrock@5.0.101 (2026-09-29) src/amazon-bedrock-chat-language-model-options.ts (model listed); no Bedrock Legacy notice in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)","release_date":"models.dev@f3fc692 providers/anthropic/models/claude-fable-5.toml (base_model of providers/amazon-bedrock/models/eu.anthropic.claude-fable-5.toml; 2026-06-09)"},"verified":"2026-12-01"},"anthropic.claude-fable-5-1":{"id":"anthropic.claude-fable-5-1","provider":"bedrock","display_name":"Claude Fable 5.1","status":"production","context_window":1000000,"max_output_tokens":128000,"pricing":{"input":10,"output":50,"cached_input":0.25,"cache_write":12.5},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":false,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"inference_profiles":{"global":"global.anthropic.claude-fable-5-1","us":"us.anthropic.claude-fable-5-1"},"requires_inference_profile":true,"notes":"Prices are the global cross-region profile rates (equal to the base-ID rates in LiteLLM and models.dev); geographic profiles (us./eu./apac./jp./au.) are billed 10% higher per genai-prices \'regional\' entry and LiteLLM us./eu. rows. structured_output is false on Bedrock: @ai-sdk/amazon-bedrock@5.0.101 says Bedrock\'s copy of the Messages schema rejects output_config.format and tool `strict` for this model (LiteLLM\'s supports_response_schema=true is not followed). requires_inference_profile: on-demand invocation of the base ID is rejected; call one of the inference_profiles (jp./au. profiles also exist for some Claude models but are outside the us/eu/apac/global keys). Covered Model on Bedrock: access needs an account-level data-retention opt-in (awslabs/startups ai-model-lifecycle.md \'restricted\'); Anthropic\'s Bedrock guide says Fable 5.1 is open to all Bedrock customers. genai-prices\' cache-read 0.25 (2.5% of input) differs from the usual 10% ratio; followed as published.","sources":{"id":"@ai-sdk/amazon-bedrock@5.0.101 (2026-09-29) src/amazon-bedrock-chat-language-model-options.ts (us., global.anthropic.claude-fable-5-1); @pydantic/genai-prices@0.1.8 (published 2026-09-23) dist/index.js provider aws; inference-profile-only: AWS ValidationException \'on-demand throughput isn\'t supported\' for newer Claude base IDs (e.g. anthropic/anthropic-sdk-python#894, cline/cline#2482); aws-samples sample-connector-for-bedrock docs (bedrock-runtime-anthropic: \'Current Claude models are only available through cross-Region inference\')","pricing":"@pydantic/genai-prices@0.1.8 (published 2026-09-23) dist/index.js provider aws global.anthropic.claude-fable-5-1-v1:0 (10 / 50, cache read 0.25, write 12.5)","limits":"@pydantic/genai-prices@0.1.8 (published 2026-09-23) dist/index.js provider aws (context_window 1000000); platform.claude.com/docs/en/models/opus-5-5/overview comparison (Fable 5.1: 1M / 128K); @ai-sdk/anthropic@4.0.105 src/anthropic-model-catalog.ts","capabilities":"platform.claude.com/docs/en/models/opus-5-5/overview (text and images in, text out; adaptive thinking); LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json anthropic.claude-opus-5 (pdf, tools); @ai-sdk/amazon-bedrock@5.0.101 src/amazon-bedrock-anthropic-model-support.ts","lifecycle":"@ai-sdk/amazon-bedrock@5.0.101 (2026-09-29) src/amazon-bedrock-chat-language-model-options.ts (model listed); no Bedrock Legacy notice in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)"},"verified":"2026-12-01"},"anthropic.claude-haiku-4-5-20251001-v1:0":{"id":"anthropic.claude-haiku-4-5-20251001-v1:0","provider":"bedrock","display_name":"Claude Haiku 4.5","release_date":"2025-10-15","status":"production","context_window":200000,"max_output_tokens":64000,"pricing":{"input":1,"output":5,"cached_input":0.1,"cache_write":1.25,"cache_write_1h":2},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.6,"reasoning":0.6,"basis":"tier"},"speed_rating":10,"inference_profiles":{"eu":"eu.anthropic.claude-haiku-4-5-20251001-v1:0","global":"global.anthropic.claude-haiku-4-5-20251001-v1:0","us":"us.anthropic.claude-haiku-4-5-20251001-v1:0"},"requires_inference_profile":true,"notes":"Prices are the global cross-region profile rates (equal to the base-ID rates in LiteLLM and models.dev); geographic profiles (us./eu./apac./jp./au.) are billed 10% higher per genai-prices \'regional\' entry and LiteLLM us./eu. rows. requires_inference_profile: on-demand invocation of the base ID is rejected; call one of the inference_profiles (jp./au. profiles also exist for some Claude models but are outside the us/eu/apac/global keys). LiteLLM (2026-07-24) gives eu.anthropic.claude-haiku-4-5 a deprecation_date of 2026-10-15 that no AWS lifecycle source confirms (not in the 2026-09-21 Legacy table); kept production. apac. profile appears in LiteLLM but the Anthropic Bedrock model table says apac No, so it is not listed. The 1-hour cache write price 2 is taken from LiteLLM (2026-07-24) (2x input, as on Anthropic\'s API), since genai-prices lists no 1-hour write for this model.","sources":{"id":"models.dev@f3fc692 providers/amazon-bedrock/models/(us|eu|global).anthropic.claude-haiku-4-5-20251001-v1:0.toml; LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json; inference-profile-only: AWS ValidationException \'on-demand throughput isn\'t supported\' for newer Claude base IDs (e.g. anthropic/anthropic-sdk-python#894, cline/cline#2482); aws-samples sample-connector-for-bedrock docs (bedrock-runtime-anthropic: \'Current Claude models are only available through cross-Region inference\')","pricing":"@pydantic/genai-prices@0.1.8 (published 2026-09-23) dist/index.js provider aws (global./regional. entries for anthropic.claude-haiku-4-5-20251001-v1:0); LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json anthropic.claude-haiku-4-5-20251001-v1:0; 1h cache write: LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json anthropic.claude-haiku-4-5-20251001-v1:0 cache_creation_input_token_cost_above_1hr","limits":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json anthropic.claude-haiku-4-5-20251001-v1:0; models.dev@f3fc692 providers/amazon-bedrock/models/anthropic.claude-haiku-4-5-20251001-v1:0.toml","capabilities":"models.dev@f3fc692 providers/amazon-bedrock/models/anthropic.claude-haiku-4-5-20251001-v1:0.toml; LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json anthropic.claude-haiku-4-5-20251001-v1:0","lifecycle":"@ai-sdk/amazon-bedrock@5.0.101 (2026-09-29) src/amazon-bedrock-chat-language-model-options.ts (model listed); no Bedrock Legacy notice in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)","release_date":"models.dev@f3fc692 providers/amazon-bedrock/models/anthropic.claude-haiku-4-5-20251001-v1:0.toml"},"verified":"2026-12-01"},"anthropic.claude-opus-4-1-20250805-v1:0":{"id":"anthropic.claude-opus-4-1-20250805-v1:0","provider":"bedrock","display_name":"Claude Opus 4.1","release_date":"2025-08-05","status":"deprecated","context_window":200000,"max_output_tokens":32000,"pricing":{"input":15,"output":75,"cached_input":1.5,"cache_write":18.75},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"deprecation_date":"2026-07-08","shutdown_date":"2027-01-08","replaced_by":"anthropic.claude-opus-4-8","inference_profiles":{"us":"us.anthropic.claude-opus-4-1-20250805-v1:0"},"requires_inference_profile":true,"notes":"requires_inference_profile: on-demand invocation of the base ID is rejected; call one of the inference_profiles (jp./au. profiles also exist for some Claude models but are outside the us/eu/apac/global keys). Bedrock Legacy since 2026-07-08, public extended access from 2026-10-08 (provider may raise prices), EOL 2027-01-08. Geo-profile price equals the base price for this model (genai-prices regional entry 15/75).","sources":{"id":"models.dev@f3fc692 providers/amazon-bedrock/models/us.anthropic.claude-opus-4-1-20250805-v1:0.toml; LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json; inference-profile-only: AWS ValidationException \'on-demand throughput isn\'t supported\' for newer Claude base IDs (e.g. anthropic/anthropic-sdk-python#894, cline/cline#2482); aws-samples sample-connector-for-bedrock docs (bedrock-runtime-anthropic: \'Current Claude models are only available through cross-Region inference\')","pricing":"@pydantic/genai-prices@0.1.8 (published 2026-09-23) dist/index.js provider aws (global./regional. entries for anthropic.claude-opus-4-1-20250805-v1:0); LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json anthropic.claude-opus-4-1-20250805-v1:0","limits":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json anthropic.claude-opus-4-1-20250805-v1:0; models.dev@f3fc692 providers/amazon-bedrock/models/anthropic.claude-opus-4-1-20250805-v1:0.toml","capabilities":"models.dev@f3fc692 providers/amazon-bedrock/models/anthropic.claude-opus-4-1-20250805-v1:0.toml; LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json anthropic.claude-opus-4-1-20250805-v1:0","lifecycle":"awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy); anomalyco/models.dev#3708 (Legacy 2026-07-08, EOL 2027-01-08); theopenco/llmgateway#3229 (extended access from 2026-10-08)","release_date":"models.dev@f3fc692 providers/amazon-bedrock/models/anthropic.claude-opus-4-1-20250805-v1:0.toml"},"verified":"2026-12-01"},"anthropic.claude-opus-4-5-20251101-v1:0":{"id":"anthropic.claude-opus-4-5-20251101-v1:0","provider":"bedrock","display_name":"Claude Opus 4.5","release_date":"2025-11-24","status":"production","context_window":200000,"max_output_tokens":64000,"pricing":{"input":5,"output":25,"cached_input":0.5,"cache_write":6.25,"cache_write_1h":10},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"inference_profiles":{"eu":"eu.anthropic.claude-opus-4-5-20251101-v1:0","global":"global.anthropic.claude-opus-4-5-20251101-v1:0","us":"us.anthropic.claude-opus-4-5-20251101-v1:0"},"requires_inference_profile":true,"notes":"Prices are the global cross-region profile rates (equal to the base-ID rates in LiteLLM and models.dev); geographic profiles (us./eu./apac./jp./au.) are billed 10% higher per genai-prices \'regional\' entry and LiteLLM us./eu. rows. requires_inference_profile: on-demand invocation of the base ID is rejected; call one of the inference_profiles (jp./au. profiles also exist for some Claude models but are outside the us/eu/apac/global keys). Anthropic deprecated claude-opus-4-5 on its own API (retirement 2027-01-22 per @anthropic-ai/sdk@1.15.0 src/internal/data/deprecated-models.ts); that date does not apply to Bedrock and no Bedrock Legacy notice was found, so production here. The 1-hour cache write price 10 is taken from LiteLLM (2026-07-24) (2x input, as on Anthropic\'s API), since genai-prices lists no 1-hour write for this model.","sources":{"id":"models.dev@f3fc692 providers/amazon-bedrock/models/(us|eu|global).anthropic.claude-opus-4-5-20251101-v1:0.toml; LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json; inference-profile-only: AWS ValidationException \'on-demand throughput isn\'t supported\' for newer Claude base IDs (e.g. anthropic/anthropic-sdk-python#894, cline/cline#2482); aws-samples sample-connector-for-bedrock docs (bedrock-runtime-anthropic: \'Current Claude models are only available through cross-Region inference\')","pricing":"@pydantic/genai-prices@0.1.8 (published 2026-09-23) dist/index.js provider aws (global./regional. entries for anthropic.claude-opus-4-5-20251101-v1:0); LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json anthropic.claude-opus-4-5-20251101-v1:0; 1h cache write: LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json anthropic.claude-opus-4-5-20251101-v1:0 cache_creation_input_token_cost_above_1hr","limits":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json anthropic.claude-opus-4-5-20251101-v1:0; models.dev@f3fc692 providers/amazon-bedrock/models/anthropic.claude-opus-4-5-20251101-v1:0.toml","capabilities":"models.dev@f3fc692 providers/amazon-bedrock/models/anthropic.claude-opus-4-5-20251101-v1:0.toml; LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json anthropic.claude-opus-4-5-20251101-v1:0","lifecycle":"@ai-sdk/amazon-bedrock@5.0.101 (2026-09-29) src/amazon-bedrock-chat-language-model-options.ts (model listed); no Bedrock Legacy notice in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)","release_date":"models.dev@f3fc692 providers/amazon-bedrock/models/anthropic.claude-opus-4-5-20251101-v1:0.toml"},"verified":"2026-12-01"},"anthropic.claude-opus-4-6-v1":{"id":"anthropic.claude-opus-4-6-v1","provider":"bedrock","display_name":"Claude Opus 4.6","release_date":"2026-02-05","status":"production","context_window":1000000,"max_output_tokens":128000,"pricing":{"input":5,"output":25,"cached_input":0.5,"cache_write":6.25,"cache_write_1h":10},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"inference_profiles":{"apac":"apac.anthropic.claude-opus-4-6-v1","eu":"eu.anthropic.claude-opus-4-6-v1","global":"global.anthropic.claude-opus-4-6-v1","us":"us.anthropic.claude-opus-4-6-v1"},"requires_inference_profile":true,"notes":"Prices are the global cross-region profile rates (equal to the base-ID rates in LiteLLM and models.dev); geographic profiles (us./eu./apac./jp./au.) are billed 10% higher per genai-prices \'regional\' entry and LiteLLM us./eu. rows. requires_inference_profile: on-demand invocation of the base ID is rejected; call one of the inference_profiles (jp./au. profiles also exist for some Claude models but are outside the us/eu/apac/global keys). The 1-hour cache write price 10 is taken from LiteLLM (2026-07-24) (2x input, as on Anthropic\'s API), since genai-prices lists no 1-hour write for this model.","sources":{"id":"models.dev@f3fc692 providers/amazon-bedrock/models/(us|eu|global).anthropic.claude-opus-4-6-v1.toml; apac per platform.claude.com claude-on-amazon-bedrock(-legacy) model table (Opus 4.6: global/us/eu/jp/apac Yes); inference-profile-only: AWS ValidationException \'on-demand throughput isn\'t supported\' for newer Claude base IDs (e.g. anthropic/anthropic-sdk-python#894, cline/cline#2482); aws-samples sample-connector-for-bedrock docs (bedrock-runtime-anthropic: \'Current Claude models are only available through cross-Region inference\')","pricing":"@pydantic/genai-prices@0.1.8 (published 2026-09-23) dist/index.js provider aws (global./regional. entries for anthropic.claude-opus-4-6-v1); LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json anthropic.claude-opus-4-6-v1; 1h cache write: LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json anthropic.claude-opus-4-6-v1 cache_creation_input_token_cost_above_1hr","limits":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json anthropic.claude-opus-4-6-v1; models.dev@f3fc692 providers/amazon-bedrock/models/anthropic.claude-opus-4-6-v1.toml","capabilities":"models.dev@f3fc692 providers/amazon-bedrock/models/anthropic.claude-opus-4-6-v1.toml; LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json anthropic.claude-opus-4-6-v1","lifecycle":"@ai-sdk/amazon-bedrock@5.0.101 (2026-09-29) src/amazon-bedrock-chat-language-model-options.ts (model listed); no Bedrock Legacy notice in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)","release_date":"models.dev@f3fc692 providers/amazon-bedrock/models/anthropic.claude-opus-4-6-v1.toml"},"verified":"2026-12-01"},"anthropic.claude-opus-4-7":{"id":"anthropic.claude-opus-4-7","provider":"bedrock","display_name":"Claude Opus 4.7","release_date":"2026-04-16","status":"production","context_window":1000000,"max_output_tokens":128000,"pricing":{"input":5,"output":25,"cached_input":0.5,"cache_write":6.25,"cache_write_1h":10},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":false,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"inference_profiles":{"eu":"eu.anthropic.claude-opus-4-7","global":"global.anthropic.claude-opus-4-7","us":"us.anthropic.claude-opus-4-7"},"requires_inference_profile":true,"notes":"Prices are the global cross-region profile rates (equal to the base-ID rates in LiteLLM and models.dev); geographic profiles (us./eu./apac./jp./au.) are billed 10% higher per genai-prices \'regional\' entry and LiteLLM us./eu. rows. structured_output is false on Bedrock: @ai-sdk/amazon-bedrock@5.0.101 says Bedrock\'s copy of the Messages schema rejects output_config.format and tool `strict` for this model (LiteLLM\'s supports_response_schema=true is not followed). requires_inference_profile: on-demand invocation of the base ID is rejected; call one of the inference_profiles (jp./au. profiles also exist for some Claude models but are outside the us/eu/apac/global keys). cache_write (6.25) added; max_output_tokens and prices unchanged. The 1-hour cache write price 10 is taken from LiteLLM (2026-07-24) (2x input, as on Anthropic\'s API), since genai-prices lists no 1-hour write for this model.","sources":{"id":"models.dev@f3fc692 providers/amazon-bedrock/models/(us|eu|global).anthropic.claude-opus-4-7.toml; LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json; inference-profile-only: AWS ValidationException \'on-demand throughput isn\'t supported\' for newer Claude base IDs (e.g. anthropic/anthropic-sdk-python#894, cline/cline#2482); aws-samples sample-connector-for-bedrock docs (bedrock-runtime-anthropic: \'Current Claude models are only available through cross-Region inference\')","pricing":"@pydantic/genai-prices@0.1.8 (published 2026-09-23) dist/index.js provider aws (global./regional. entries for anthropic.claude-opus-4-7); LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json anthropic.claude-opus-4-7; 1h cache write: LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json anthropic.claude-opus-4-7 cache_creation_input_token_cost_above_1hr","limits":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json anthropic.claude-opus-4-7; models.dev@f3fc692 providers/amazon-bedrock/models/anthropic.claude-opus-4-7.toml","capabilities":"models.dev@f3fc692 providers/amazon-bedrock/models/anthropic.claude-opus-4-7.toml; @ai-sdk/amazon-bedrock@5.0.101 src/amazon-bedrock-anthropic-model-support.ts","lifecycle":"@ai-sdk/amazon-bedrock@5.0.101 (2026-09-29) src/amazon-bedrock-chat-language-model-options.ts (model listed); no Bedrock Legacy notice in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)","release_date":"models.dev@f3fc692 providers/amazon-bedrock/models/anthropic.claude-opus-4-7.toml"},"verified":"2026-12-01"},"anthropic.claude-opus-4-8":{"id":"anthropic.claude-opus-4-8","provider":"bedrock","display_name":"Claude Opus 4.8","release_date":"2026-05-28","status":"production","context_window":1000000,"max_output_tokens":128000,"pricing":{"input":5,"output":25,"cached_input":0.5,"cache_write":6.25,"cache_write_1h":10},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":false,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"inference_profiles":{"eu":"eu.anthropic.claude-opus-4-8","global":"global.anthropic.claude-opus-4-8","us":"us.anthropic.claude-opus-4-8"},"requires_inference_profile":true,"notes":"Prices are the global cross-region profile rates (equal to the base-ID rates in LiteLLM and models.dev); geographic profiles (us./eu./apac./jp./au.) are billed 10% higher per genai-prices \'regional\' entry and LiteLLM us./eu. rows. structured_output is false on Bedrock: @ai-sdk/amazon-bedrock@5.0.101 says Bedrock\'s copy of the Messages schema rejects output_config.format and tool `strict` for this model (LiteLLM\'s supports_response_schema=true is not followed). requires_inference_profile: on-demand invocation of the base ID is rejected; call one of the inference_profiles (jp./au. profiles also exist for some Claude models but are outside the us/eu/apac/global keys). The 1-hour cache write price 10 is taken from LiteLLM (2026-07-24) (2x input, as on Anthropic\'s API), since genai-prices lists no 1-hour write for this model.","sources":{"id":"models.dev@f3fc692 providers/amazon-bedrock/models/(us|eu|global).anthropic.claude-opus-4-8.toml; LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json; inference-profile-only: AWS ValidationException \'on-demand throughput isn\'t supported\' for newer Claude base IDs (e.g. anthropic/anthropic-sdk-python#894, cline/cline#2482); aws-samples sample-connector-for-bedrock docs (bedrock-runtime-anthropic: \'Current Claude models are only available through cross-Region inference\')","pricing":"@pydantic/genai-prices@0.1.8 (published 2026-09-23) dist/index.js provider aws (global./regional. entries for anthropic.claude-opus-4-8); LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json anthropic.claude-opus-4-8; 1h cache write: LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json anthropic.claude-opus-4-8 cache_creation_input_token_cost_above_1hr","limits":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json anthropic.claude-opus-4-8; models.dev@f3fc692 providers/amazon-bedrock/models/anthropic.claude-opus-4-8.toml","capabilities":"models.dev@f3fc692 providers/amazon-bedrock/models/anthropic.claude-opus-4-8.toml; @ai-sdk/amazon-bedrock@5.0.101 src/amazon-bedrock-anthropic-model-support.ts","lifecycle":"@ai-sdk/amazon-bedrock@5.0.101 (2026-09-29) src/amazon-bedrock-chat-language-model-options.ts (model listed); no Bedrock Legacy notice in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)","release_date":"models.dev@f3fc692 providers/anthropic/models/claude-opus-4-8.toml (base_model)"},"verified":"2026-12-01"},"anthropic.claude-opus-5":{"id":"anthropic.claude-opus-5","provider":"bedrock","display_name":"Claude Opus 5","release_date":"2026-07-24","status":"production","context_window":1000000,"max_output_tokens":128000,"pricing":{"input":5,"output":25,"cached_input":0.5,"cache_write":6.25,"cache_write_1h":10},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":false,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"inference_profiles":{"eu":"eu.anthropic.claude-opus-5","global":"global.anthropic.claude-opus-5","us":"us.anthropic.claude-opus-5"},"requires_inference_profile":true,"notes":"Prices are the global cross-region profile rates (equal to the base-ID rates in LiteLLM and models.dev); geographic profiles (us./eu./apac./jp./au.) are billed 10% higher per genai-prices \'regional\' entry and LiteLLM us./eu. rows. structured_output is false on Bedrock: @ai-sdk/amazon-bedrock@5.0.101 says Bedrock\'s copy of the Messages schema rejects output_config.format and tool `strict` for this model (LiteLLM\'s supports_response_schema=true is not followed). requires_inference_profile: on-demand invocation of the base ID is rejected; call one of the inference_profiles (jp./au. profiles also exist for some Claude models but are outside the us/eu/apac/global keys). Anthropic lists Opus 5 as \'Active (legacy)\' on its own API with Opus 5.5 as successor; Bedrock sets its own lifecycle and no Bedrock Legacy notice was found, so it stays production here. The 1-hour cache write price 10 is taken from LiteLLM (2026-07-24) (2x input, as on Anthropic\'s API), since genai-prices lists no 1-hour write for this model.","sources":{"id":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json (us./eu./global./au./jp. rows); @ai-sdk/amazon-bedrock@5.0.101 (2026-09-29) src/amazon-bedrock-chat-language-model-options.ts (us.); inference-profile-only: AWS ValidationException \'on-demand throughput isn\'t supported\' for newer Claude base IDs (e.g. anthropic/anthropic-sdk-python#894, cline/cline#2482); aws-samples sample-connector-for-bedrock docs (bedrock-runtime-anthropic: \'Current Claude models are only available through cross-Region inference\')","pricing":"@pydantic/genai-prices@0.1.8 (published 2026-09-23) dist/index.js provider aws (global./regional. entries for anthropic.claude-opus-5); LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json anthropic.claude-opus-5; 1h cache write: LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json anthropic.claude-opus-5 cache_creation_input_token_cost_above_1hr","limits":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json anthropic.claude-opus-5; platform.claude.com/docs/en/models/opus-5/overview (1M / 128K)","capabilities":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json anthropic.claude-opus-5; @ai-sdk/amazon-bedrock@5.0.101 src/amazon-bedrock-anthropic-model-support.ts","lifecycle":"@ai-sdk/amazon-bedrock@5.0.101 (2026-09-29) src/amazon-bedrock-chat-language-model-options.ts (model listed); no Bedrock Legacy notice in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)","release_date":"platform.claude.com/docs/en/models/opus-5/overview (Released July 24, 2026)"},"verified":"2026-12-01"},"anthropic.claude-opus-5-5":{"id":"anthropic.claude-opus-5-5","provider":"bedrock","display_name":"Claude Opus 5.5","status":"production","context_window":1000000,"max_output_tokens":128000,"pricing":{"input":4,"output":20,"cached_input":0.2,"cache_write":5,"cache_write_1h":8},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":false,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"inference_profiles":{"global":"global.anthropic.claude-opus-5-5","us":"us.anthropic.claude-opus-5-5"},"requires_inference_profile":true,"best_for":"Long-running agentic coding","notes":"genai-prices matches this ID to its regional price table, 10% above the global-profile prices this entry lists. Prices are the global cross-region profile rates (equal to the base-ID rates in LiteLLM and models.dev); geographic profiles (us./eu./apac./jp./au.) are billed 10% higher per genai-prices \'regional\' entry and LiteLLM us./eu. rows. structured_output is false on Bedrock: @ai-sdk/amazon-bedrock@5.0.101 says Bedrock\'s copy of the Messages schema rejects output_config.format and tool `strict` for this model (LiteLLM\'s supports_response_schema=true is not followed). requires_inference_profile: on-demand invocation of the base ID is rejected; call one of the inference_profiles (jp./au. profiles also exist for some Claude models but are outside the us/eu/apac/global keys). Not in the LiteLLM (2026-07-24) or models.dev (2026-07-02) snapshots (model is newer); limits from Anthropic\'s model page. eu. profile not confirmed by a model-ID list (genai-prices\' regional matcher covers eu/jp/au), so only us/global are listed.","sources":{"id":"@ai-sdk/amazon-bedrock@5.0.101 (2026-09-29) src/amazon-bedrock-chat-language-model-options.ts (us.); @pydantic/genai-prices@0.1.8 (published 2026-09-23) dist/index.js provider aws (global.anthropic.claude-opus-5-5); inference-profile-only: AWS ValidationException \'on-demand throughput isn\'t supported\' for newer Claude base IDs (e.g. anthropic/anthropic-sdk-python#894, cline/cline#2482); aws-samples sample-connector-for-bedrock docs (bedrock-runtime-anthropic: \'Current Claude models are only available through cross-Region inference\')","pricing":"@pydantic/genai-prices@0.1.8 (published 2026-09-23) dist/index.js provider aws global.anthropic.claude-opus-5-5 (input 4, output 20, cache read 0.2, 5m write 5, 1h write 8)","limits":"platform.claude.com/docs/en/models/opus-5-5/overview (1M context, 128K max output; read 2026-12-01); @ai-sdk/anthropic@4.0.105 src/anthropic-model-catalog.ts (maxOutputTokens 128000)","capabilities":"platform.claude.com/docs/en/models/opus-5-5/overview (text and images in, text out; adaptive thinking); LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json anthropic.claude-opus-5 (pdf, tools); @ai-sdk/amazon-bedrock@5.0.101 src/amazon-bedrock-anthropic-model-support.ts","lifecycle":"@ai-sdk/amazon-bedrock@5.0.101 (2026-09-29) src/amazon-bedrock-chat-language-model-options.ts (model listed); no Bedrock Legacy notice in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)"},"verified":"2026-12-01"},"anthropic.claude-sonnet-4-5-20250929-v1:0":{"id":"anthropic.claude-sonnet-4-5-20250929-v1:0","provider":"bedrock","display_name":"Claude Sonnet 4.5","release_date":"2025-09-29","status":"production","context_window":200000,"max_output_tokens":64000,"pricing":{"input":3,"output":15,"cached_input":0.3,"cache_write":3.75,"cache_write_1h":6},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"inference_profiles":{"eu":"eu.anthropic.claude-sonnet-4-5-20250929-v1:0","global":"global.anthropic.claude-sonnet-4-5-20250929-v1:0","us":"us.anthropic.claude-sonnet-4-5-20250929-v1:0"},"requires_inference_profile":true,"notes":"Prices are the global cross-region profile rates (equal to the base-ID rates in LiteLLM and models.dev); geographic profiles (us./eu./apac./jp./au.) are billed 10% higher per genai-prices \'regional\' entry and LiteLLM us./eu. rows. requires_inference_profile: on-demand invocation of the base ID is rejected; call one of the inference_profiles (jp./au. profiles also exist for some Claude models but are outside the us/eu/apac/global keys). LiteLLM carries a >200K price tier (6/22.5) for the 1M-context beta; context_window stays 200000 (LiteLLM, models.dev), so the tier is left out. The 1-hour cache write price 6 is taken from LiteLLM (2026-07-24) (2x input, as on Anthropic\'s API), since genai-prices lists no 1-hour write for this model. LiteLLM (2026-07-24)\'s >200K-token price tier applies only to the 1M-context beta, which this entry (200K context window) does not list, so no tier is set.","sources":{"id":"models.dev@f3fc692 providers/amazon-bedrock/models/(us|eu|global).anthropic.claude-sonnet-4-5-20250929-v1:0.toml; LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json; inference-profile-only: AWS ValidationException \'on-demand throughput isn\'t supported\' for newer Claude base IDs (e.g. anthropic/anthropic-sdk-python#894, cline/cline#2482); aws-samples sample-connector-for-bedrock docs (bedrock-runtime-anthropic: \'Current Claude models are only available through cross-Region inference\')","pricing":"@pydantic/genai-prices@0.1.8 (published 2026-09-23) dist/index.js provider aws (global./regional. entries for anthropic.claude-sonnet-4-5-20250929-v1:0); LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json anthropic.claude-sonnet-4-5-20250929-v1:0; 1h cache write: LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json anthropic.claude-sonnet-4-5-20250929-v1:0 cache_creation_input_token_cost_above_1hr","limits":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json anthropic.claude-sonnet-4-5-20250929-v1:0; models.dev@f3fc692 providers/amazon-bedrock/models/anthropic.claude-sonnet-4-5-20250929-v1:0.toml","capabilities":"models.dev@f3fc692 providers/amazon-bedrock/models/anthropic.claude-sonnet-4-5-20250929-v1:0.toml; LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json anthropic.claude-sonnet-4-5-20250929-v1:0","lifecycle":"@ai-sdk/amazon-bedrock@5.0.101 (2026-09-29) src/amazon-bedrock-chat-language-model-options.ts (model listed); no Bedrock Legacy notice in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)","release_date":"models.dev@f3fc692 providers/amazon-bedrock/models/anthropic.claude-sonnet-4-5-20250929-v1:0.toml"},"verified":"2026-12-01"},"anthropic.claude-sonnet-4-6":{"id":"anthropic.claude-sonnet-4-6","provider":"bedrock","display_name":"Claude Sonnet 4.6","release_date":"2026-02-17","status":"production","context_window":1000000,"max_output_tokens":64000,"pricing":{"input":3,"output":15,"cached_input":0.3,"cache_write":3.75,"cache_write_1h":6},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"inference_profiles":{"eu":"eu.anthropic.claude-sonnet-4-6","global":"global.anthropic.claude-sonnet-4-6","us":"us.anthropic.claude-sonnet-4-6"},"requires_inference_profile":true,"notes":"Prices are the global cross-region profile rates (equal to the base-ID rates in LiteLLM and models.dev); geographic profiles (us./eu./apac./jp./au.) are billed 10% higher per genai-prices \'regional\' entry and LiteLLM us./eu. rows. requires_inference_profile: on-demand invocation of the base ID is rejected; call one of the inference_profiles (jp./au. profiles also exist for some Claude models but are outside the us/eu/apac/global keys). ID kept as in the registry; models.dev, LiteLLM and the Anthropic Bedrock model table use anthropic.claude-sonnet-4-6, while @ai-sdk/amazon-bedrock@5.0.101 lists anthropic.claude-sonnet-4-6-v1 (not followed). AI SDK also flags native structured output as unreliable on Bedrock for Sonnet 4.6. The 1-hour cache write price 6 is taken from LiteLLM (2026-07-24) (2x input, as on Anthropic\'s API), since genai-prices lists no 1-hour write for this model.","sources":{"id":"models.dev@f3fc692 providers/amazon-bedrock/models/(us|eu|global).anthropic.claude-sonnet-4-6.toml; LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json; inference-profile-only: AWS ValidationException \'on-demand throughput isn\'t supported\' for newer Claude base IDs (e.g. anthropic/anthropic-sdk-python#894, cline/cline#2482); aws-samples sample-connector-for-bedrock docs (bedrock-runtime-anthropic: \'Current Claude models are only available through cross-Region inference\')","pricing":"@pydantic/genai-prices@0.1.8 (published 2026-09-23) dist/index.js provider aws (global./regional. entries for anthropic.claude-sonnet-4-6); LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json anthropic.claude-sonnet-4-6; 1h cache write: LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json anthropic.claude-sonnet-4-6 cache_creation_input_token_cost_above_1hr","limits":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json anthropic.claude-sonnet-4-6; models.dev@f3fc692 providers/amazon-bedrock/models/anthropic.claude-sonnet-4-6.toml","capabilities":"models.dev@f3fc692 providers/amazon-bedrock/models/anthropic.claude-sonnet-4-6.toml; LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json anthropic.claude-sonnet-4-6","lifecycle":"@ai-sdk/amazon-bedrock@5.0.101 (2026-09-29) src/amazon-bedrock-chat-language-model-options.ts (model listed); no Bedrock Legacy notice in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)","release_date":"models.dev@f3fc692 providers/amazon-bedrock/models/anthropic.claude-sonnet-4-6.toml"},"verified":"2026-12-01"},"anthropic.claude-sonnet-5":{"id":"anthropic.claude-sonnet-5","provider":"bedrock","display_name":"Claude Sonnet 5","release_date":"2026-06-30","status":"production","context_window":1000000,"max_output_tokens":128000,"pricing":{"input":2,"output":10,"cached_input":0.2,"cache_write":2.5,"cache_write_1h":4},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":false,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"inference_profiles":{"eu":"eu.anthropic.claude-sonnet-5","global":"global.anthropic.claude-sonnet-5","us":"us.anthropic.claude-sonnet-5"},"requires_inference_profile":true,"best_for":"Balanced coding and agents","notes":"Prices are the global cross-region profile rates (equal to the base-ID rates in LiteLLM and models.dev); geographic profiles (us./eu./apac./jp./au.) are billed 10% higher per genai-prices \'regional\' entry and LiteLLM us./eu. rows. structured_output is false on Bedrock: @ai-sdk/amazon-bedrock@5.0.101 says Bedrock\'s copy of the Messages schema rejects output_config.format and tool `strict` for this model (LiteLLM\'s supports_response_schema=true is not followed). requires_inference_profile: on-demand invocation of the base ID is rejected; call one of the inference_profiles (jp./au. profiles also exist for some Claude models but are outside the us/eu/apac/global keys). models.dev (2026-07-02) also marks structured_output true, which is not followed for the same Bedrock schema reason. The 1-hour cache write price 4 is taken from LiteLLM (2026-07-24) (2x input, as on Anthropic\'s API), since genai-prices lists no 1-hour write for this model.","sources":{"id":"models.dev@f3fc692 providers/amazon-bedrock/models/(us|eu|global).anthropic.claude-sonnet-5.toml; LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json; inference-profile-only: AWS ValidationException \'on-demand throughput isn\'t supported\' for newer Claude base IDs (e.g. anthropic/anthropic-sdk-python#894, cline/cline#2482); aws-samples sample-connector-for-bedrock docs (bedrock-runtime-anthropic: \'Current Claude models are only available through cross-Region inference\')","pricing":"@pydantic/genai-prices@0.1.8 (published 2026-09-23) dist/index.js provider aws (global./regional. entries for anthropic.claude-sonnet-5); LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json anthropic.claude-sonnet-5; 1h cache write: LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json anthropic.claude-sonnet-5 cache_creation_input_token_cost_above_1hr","limits":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json anthropic.claude-sonnet-5; models.dev@f3fc692 providers/amazon-bedrock/models/anthropic.claude-sonnet-5.toml","capabilities":"models.dev@f3fc692 providers/amazon-bedrock/models/anthropic.claude-sonnet-5.toml; @ai-sdk/amazon-bedrock@5.0.101 src/amazon-bedrock-anthropic-model-support.ts","lifecycle":"@ai-sdk/amazon-bedrock@5.0.101 (2026-09-29) src/amazon-bedrock-chat-language-model-options.ts (model listed); no Bedrock Legacy notice in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)","release_date":"models.dev@f3fc692 providers/anthropic/models/claude-sonnet-5.toml (base_model)"},"verified":"2026-12-01"},"anthropic.claude-sonnet-5-5":{"id":"anthropic.claude-sonnet-5-5","provider":"bedrock","display_name":"Claude Sonnet 5.5","status":"production","context_window":1000000,"max_output_tokens":128000,"pricing":{"input":2,"output":10},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":false,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"inference_profiles":{"global":"global.anthropic.claude-sonnet-5-5","us":"us.anthropic.claude-sonnet-5-5"},"requires_inference_profile":true,"notes":"Prices are the global cross-region profile rates (equal to the base-ID rates in LiteLLM and models.dev); geographic profiles (us./eu./apac./jp./au.) are billed 10% higher per genai-prices \'regional\' entry and LiteLLM us./eu. rows. structured_output is false on Bedrock: @ai-sdk/amazon-bedrock@5.0.101 says Bedrock\'s copy of the Messages schema rejects output_config.format and tool `strict` for this model (LiteLLM\'s supports_response_schema=true is not followed). requires_inference_profile: on-demand invocation of the base ID is rejected; call one of the inference_profiles (jp./au. profiles also exist for some Claude models but are outside the us/eu/apac/global keys). No Bedrock-specific price source found (genai-prices 0.1.8 has no sonnet-5-5 entry; its \'anthropic.claude-sonnet-5\' prefix matcher would price it like Sonnet 5 = 2/10). Input/output are Anthropic\'s list price, which equals the Bedrock global rate for every other Claude model; cache prices left out (unsourced).","sources":{"id":"@ai-sdk/amazon-bedrock@5.0.101 (2026-09-29) src/amazon-bedrock-chat-language-model-options.ts (us.anthropic.claude-sonnet-5-5; CHANGELOG 5.0.99); global. per aws-samples sample-connector-for-bedrock docs (global.anthropic.claude-sonnet-5-5); inference-profile-only: AWS ValidationException \'on-demand throughput isn\'t supported\' for newer Claude base IDs (e.g. anthropic/anthropic-sdk-python#894, cline/cline#2482); aws-samples sample-connector-for-bedrock docs (bedrock-runtime-anthropic: \'Current Claude models are only available through cross-Region inference\')","pricing":"platform.claude.com/docs/en/models/opus-5/overview comparison table (Claude Sonnet 5.5 $2 / $10 per MTok)","limits":"platform.claude.com/docs/en/models/opus-5-5/overview comparison table (Sonnet 5.5: 1M context, 128K output; read 2026-12-01); @ai-sdk/anthropic@4.0.105 src/anthropic-model-catalog.ts","capabilities":"platform.claude.com/docs/en/models/opus-5-5/overview (text and images in, text out; adaptive thinking); LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json anthropic.claude-opus-5 (pdf, tools); @ai-sdk/amazon-bedrock@5.0.101 src/amazon-bedrock-anthropic-model-support.ts","lifecycle":"@ai-sdk/amazon-bedrock@5.0.101 (2026-09-29) src/amazon-bedrock-chat-language-model-options.ts (model listed); no Bedrock Legacy notice in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)"},"verified":"2026-12-01"},"azure/claude-3-5-sonnet":{"id":"azure/claude-3-5-sonnet","provider":"azure","display_name":"Claude Sonnet 3.5 (legacy registry row)","api_name":"claude-3-5-sonnet","status":"deprecated","context_window":200000,"max_output_tokens":8192,"pricing":{"input":3,"output":15},"capabilities":{"input":["text","image"],"output":["text"],"tool_calling":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"shutdown_date":"2025-10-22","replaced_by":"claude-sonnet-4-6","replacement_note":"Azure OpenAI never served Claude; the legacy row azure-claude-3.5-sonnet named Anthropic\'s Claude 3.5 Sonnet, whose successor on Anthropic\'s API is claude-sonnet-4-6.","notes":"Kept only so that the legacy ID azure-claude-3.5-sonnet still compiles (an alias may not cross providers). Figures are Anthropic\'s for claude-3-5-sonnet-20241022, whose API shut it down on 2025-10-22; no Azure deployment of this model is known, so no deprecation announcement date exists. genai-prices lists cache prices for it (Anthropic\'s cache read and write), which this legacy row never carried, so they are left out.","sources":{"all":"data/sources/legacy/legacy-model-registry-2025-11.md (row azure-claude-3.5-sonnet: 200K, $3/$15 per 1M)","limits":"the anthropic entry claude-3-5-sonnet of this registry","lifecycle":"@anthropic-ai/sdk@1.15.0 deprecated-models list (claude-3-5-sonnet-20241022, retired 2025-10-22)"},"verified":"2026-12-01"},"azure/gpt-4":{"id":"azure/gpt-4","provider":"azure","display_name":"GPT-4","api_name":"gpt-4","release_date":"2023-03-14","status":"deprecated","context_window":8192,"max_output_tokens":8192,"pricing":{"input":30,"output":60},"capabilities":{"input":["text"],"output":["text"],"tool_calling":true,"structured_output":false,"reasoning":false},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"deprecation_date":"2025-06-06","shutdown_date":"2025-06-06","replaced_by":"azure/gpt-5.6-sol","best_for":"Enterprise GPT-4","notes":"Versions 0314 and 0613 (gpt-4 and gpt-4-32k) retired 2025-06-06 per Azure\'s retired-models page, which gives no deprecation date, so deprecation_date = shutdown date (registry convention) (suggested replacement then: gpt-4o 2024-11-20, itself now retiring). Replacement changed azure/gpt-4.1 -> azure/gpt-5.6-sol. Last published figures (LiteLLM azure/gpt-4); models.dev azure/gpt-4 gives $60/$120, the 32k price, which is not followed. max_output_tokens corrected 4,096 -> 8,192 (models.dev; the same gpt-4 model on OpenAI allows completions up to the 8K window), and release_date 2023-03-14 (version 0314) added from models.dev. LiteLLM (2026-07-24) lists max_output_tokens 4,096, not followed.","sources":{"pricing":"litellm-model-prices-2026-07-24.json azure/gpt-4","limits":"litellm-model-prices-2026-07-24.json azure/gpt-4; models.dev@f3fc692 providers/azure/models/gpt-4.toml (max_output_tokens 8192)","capabilities":"models.dev@f3fc692 providers/azure/models/gpt-4.toml","lifecycle":"MicrosoftDocs/azure-ai-docs@4345ee0 articles/foundry/openai/includes/concepts-retired-models-content.md (ms.date 2026-04-23)","release_date":"models.dev@f3fc692 providers/azure/models/gpt-4.toml (version 0314)"},"verified":"2026-12-01"},"azure/gpt-4-turbo":{"id":"azure/gpt-4-turbo","provider":"azure","display_name":"GPT-4 Turbo","api_name":"gpt-4-turbo","release_date":"2024-04-09","status":"deprecated","context_window":128000,"max_output_tokens":4096,"pricing":{"input":10,"output":30},"capabilities":{"input":["text","image"],"output":["text"],"tool_calling":true,"structured_output":false,"reasoning":false},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"deprecation_date":"2025-06-06","shutdown_date":"2025-06-06","replaced_by":"azure/gpt-5.6-sol","best_for":"Enterprise GPT-4 Turbo","notes":"On Azure this is model \\"gpt-4\\", version turbo-2024-04-09; api_name kept as in the registry (gpt-4-turbo, the LiteLLM-style name) since the model is retired. Azure\'s 2025 retirement tables gave \\"no earlier than June 6, 2025\\" and the row was later removed; none of the 2026 retirement schedules list it, but the retired-models page does not list it either and the 2026-09-21 models page still shows its historical specs. Kept the registry\'s 2025-06-06 shutdown; could not confirm the exact day. No announcement date recorded, so deprecation_date = shutdown date (registry convention). Replacement changed azure/gpt-4.1 -> azure/gpt-5.6-sol (gpt-4.1 is now Legacy/retiring). Last published figures (LiteLLM azure/gpt-4-turbo). models.dev\'s release date 2023-11-06 is the GPT-4 Turbo preview; this entry uses 2024-04-09, the date of the turbo-2024-04-09 version.","sources":{"pricing":"litellm-model-prices-2026-07-24.json azure/gpt-4-turbo","limits":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables","capabilities":"models.dev@f3fc692 providers/openai/models/gpt-4-turbo.toml","lifecycle":"MicrosoftDocs/azure-ai-docs model-retirements.md revisions of 2025 (gpt-4 turbo-2024-04-09 row); Microsoft Learn \\"Model retirement schedule\\" (learn.microsoft.com/en-us/azure/foundry/openai/concepts/model-retirement-schedule, ms.date 2026-09-02, git_commit c0b1c98), Azure OpenAI table","release_date":"Azure version name turbo-2024-04-09 (Azure OpenAI model tables)"},"verified":"2026-12-01"},"azure/gpt-4.1":{"id":"azure/gpt-4.1","provider":"azure","display_name":"GPT-4.1","api_name":"gpt-4.1","release_date":"2025-04-14","status":"deprecated","context_window":1047576,"max_output_tokens":32768,"pricing":{"input":2,"output":8,"cached_input":0.5,"service_tiers":{"batch":{"multiplier":0.5}}},"capabilities":{"input":["text","image"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":false},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"deprecation_date":"2026-04-14","shutdown_date":"2027-04-14","replaced_by":"azure/gpt-5.6-terra","notes":"Azure labels version 2025-04-14 \\"Legacy\\" with retirement 2027-04-14 (2026-09-02 schedule; the July 2026 schedule said Deprecated / 2026-10-14, the Dec-2025 table 2026-10-14 with no new customers from 2026-04-14, LiteLLM 2026-11-04). Followed the newest schedule. deprecation_date = the Dec-2025 no-new-customers date (no announcement date published). Context: 1,047,576 on global deployments; Azure limits standard (regional) deployments to 300,000 and provisioned/batch to 128,000. Azure names no replacement (the Dec-2025 table named gpt-5, itself now retiring 2027-02-09); gpt-5.6-terra chosen (mid tier, nearest live price class). genai-prices 0.1.8 rounds the context window to 1,000,000; Azure\'s models page and models.dev state 1,047,576 tokens, which this entry follows.","sources":{"pricing":"litellm-model-prices-2026-07-24.json azure/gpt-4.1; @pydantic/genai-prices@0.1.8 (2026-09-23; provider azure has no own gpt entries and falls back to provider openai, i.e. Azure Global = OpenAI list price)","limits":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables","capabilities":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables","lifecycle":"Microsoft Learn \\"Model retirement schedule\\" (learn.microsoft.com/en-us/azure/foundry/openai/concepts/model-retirement-schedule, ms.date 2026-09-02, git_commit c0b1c98), Azure OpenAI table; MicrosoftDocs/azure-ai-docs@00b1f65 articles/ai-foundry/openai/includes/retirement/models.md (ms.date 2025-12-16; \\"Deprecation Date (No New Customers)\\" column)","release_date":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables"},"verified":"2026-12-01"},"azure/gpt-4.1-mini":{"id":"azure/gpt-4.1-mini","provider":"azure","display_name":"GPT-4.1 mini","api_name":"gpt-4.1-mini","release_date":"2025-04-14","status":"deprecated","context_window":1047576,"max_output_tokens":32768,"pricing":{"input":0.4,"output":1.6,"cached_input":0.1,"service_tiers":{"batch":{"multiplier":0.5}}},"capabilities":{"input":["text","image"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":false},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"deprecation_date":"2026-04-14","shutdown_date":"2027-04-14","replaced_by":"azure/gpt-5.6-luna","notes":"Azure labels version 2025-04-14 \\"Legacy\\" with retirement 2027-04-14 (2026-09-02 schedule; the July 2026 schedule said Deprecated / 2026-10-14, the Dec-2025 table 2026-10-14 with no new customers from 2026-04-14, LiteLLM 2026-11-04). Followed the newest schedule. deprecation_date = the Dec-2025 no-new-customers date (no announcement date published). Context: 1,047,576 on global deployments; Azure limits standard (regional) deployments to 300,000 and provisioned/batch to 128,000. Azure names no replacement (the Dec-2025 table named gpt-5-mini, itself retiring 2027-02-09); gpt-5.6-luna chosen (nearest live price class). genai-prices 0.1.8 rounds the context window to 1,000,000; Azure\'s models page and models.dev state 1,047,576 tokens, which this entry follows.","sources":{"pricing":"litellm-model-prices-2026-07-24.json azure/gpt-4.1-mini; @pydantic/genai-prices@0.1.8 (2026-09-23; provider azure has no own gpt entries and falls back to provider openai, i.e. Azure Global = OpenAI list price)","limits":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables","capabilities":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables","lifecycle":"Microsoft Learn \\"Model retirement schedule\\" (learn.microsoft.com/en-us/azure/foundry/openai/concepts/model-retirement-schedule, ms.date 2026-09-02, git_commit c0b1c98), Azure OpenAI table; MicrosoftDocs/azure-ai-docs@00b1f65 articles/ai-foundry/openai/includes/retirement/models.md (ms.date 2025-12-16; \\"Deprecation Date (No New Customers)\\" column)","release_date":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables"},"verified":"2026-12-01"},"azure/gpt-4.1-nano":{"id":"azure/gpt-4.1-nano","provider":"azure","display_name":"GPT-4.1 nano","api_name":"gpt-4.1-nano","release_date":"2025-04-14","status":"deprecated","context_window":1047576,"max_output_tokens":32768,"pricing":{"input":0.1,"output":0.4,"cached_input":0.025,"service_tiers":{"batch":{"multiplier":0.5}}},"capabilities":{"input":["text","image"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":false},"scores":{"coding":0.6,"reasoning":0.6,"basis":"tier"},"speed_rating":10,"deprecation_date":"2026-04-14","shutdown_date":"2027-04-14","replaced_by":"azure/gpt-6-luna","notes":"Azure labels version 2025-04-14 \\"Legacy\\" with retirement 2027-04-14 (2026-09-02 schedule; the July 2026 schedule said Deprecated / 2026-10-14, the Dec-2025 table 2026-10-14 with no new customers from 2026-04-14, LiteLLM 2026-11-04). Followed the newest schedule. deprecation_date = the Dec-2025 no-new-customers date (no announcement date published). Context: 1,047,576 on global deployments; Azure limits standard (regional) deployments to 300,000 and provisioned/batch to 128,000. Replacement gpt-6-luna (small tier, cheapest live model). genai-prices 0.1.8 rounds the context window to 1,000,000; Azure\'s models page and models.dev state 1,047,576 tokens, which this entry follows.","sources":{"pricing":"litellm-model-prices-2026-07-24.json azure/gpt-4.1-nano; @pydantic/genai-prices@0.1.8 (2026-09-23; provider azure has no own gpt entries and falls back to provider openai, i.e. Azure Global = OpenAI list price)","limits":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables","capabilities":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables","lifecycle":"Microsoft Learn \\"Model retirement schedule\\" (learn.microsoft.com/en-us/azure/foundry/openai/concepts/model-retirement-schedule, ms.date 2026-09-02, git_commit c0b1c98), Azure OpenAI table; MicrosoftDocs/azure-ai-docs@00b1f65 articles/ai-foundry/openai/includes/retirement/models.md (ms.date 2025-12-16; \\"Deprecation Date (No New Customers)\\" column)","release_date":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables"},"verified":"2026-12-01"},"azure/gpt-4o":{"id":"azure/gpt-4o","provider":"azure","display_name":"GPT-4o","api_name":"gpt-4o","release_date":"2024-05-13","status":"deprecated","context_window":128000,"max_output_tokens":16384,"pricing":{"input":2.5,"output":10,"cached_input":1.25},"capabilities":{"input":["text","image"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":false},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"deprecation_date":"2025-11-20","shutdown_date":"2027-04-14","replaced_by":"azure/gpt-5.1","best_for":"Enterprise GPT-4o","notes":"Unversioned entry: figures and dates are for the latest GA version, 2024-11-20 (Azure deploys model \\"gpt-4o\\" with a separate version field, so api_name stays gpt-4o). 2026-09-02 schedule: 2024-11-20 Legacy, retirement 2027-04-14; 2024-08-06 Deprecated, 2027-04-14; 2024-05-13 retired 2026-10-01. Earlier tables gave 2026-06-05 / 2026-10-01 for 2024-11-20 (Dec-2025 table: no new customers from 2025-11-20, used as deprecation_date). Replacement gpt-5.1 is Azure\'s stated replacement (itself deprecated, live until 2027-05-15). Prices: Global Standard (LiteLLM azure/global-standard/gpt-4o-2024-11-20 = genai-prices); LiteLLM\'s azure/gpt-4o-2024-11-20 2.75/11 is the regional price. release_date 2024-05-13 (models.dev) is the first gpt-4o version; the other figures are for version 2024-11-20.","sources":{"pricing":"litellm-model-prices-2026-07-24.json azure/global-standard/gpt-4o-2024-11-20; @pydantic/genai-prices@0.1.8 (2026-09-23; provider azure has no own gpt entries and falls back to provider openai, i.e. Azure Global = OpenAI list price)","limits":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables","capabilities":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables","lifecycle":"Microsoft Learn \\"Model retirement schedule\\" (learn.microsoft.com/en-us/azure/foundry/openai/concepts/model-retirement-schedule, ms.date 2026-09-02, git_commit c0b1c98), Azure OpenAI table; MicrosoftDocs/azure-ai-docs@00b1f65 articles/ai-foundry/openai/includes/retirement/models.md (ms.date 2025-12-16; \\"Deprecation Date (No New Customers)\\" column)","release_date":"models.dev@f3fc692 providers/azure/models/gpt-4o.toml (first version 2024-05-13)"},"verified":"2026-12-01"},"azure/gpt-4o-mini":{"id":"azure/gpt-4o-mini","provider":"azure","display_name":"GPT-4o mini","api_name":"gpt-4o-mini","release_date":"2024-07-18","status":"deprecated","context_window":128000,"max_output_tokens":16384,"pricing":{"input":0.15,"output":0.6,"cached_input":0.075},"capabilities":{"input":["text","image"],"output":["text"],"tool_calling":true,"reasoning":false},"scores":{"coding":0.6,"reasoning":0.6,"basis":"tier"},"speed_rating":10,"deprecation_date":"2025-07-18","shutdown_date":"2027-04-14","replaced_by":"azure/gpt-6-luna","notes":"Version 2024-07-18: Deprecated, retirement 2027-04-14 (2026-09-02 schedule; earlier 2026-03-31 and 2026-10-01); no new customers since 2025-07-18 (used as deprecation_date). Azure no longer names a replacement (earlier: gpt-4.1-mini, itself Legacy); gpt-6-luna chosen (small tier; OpenAI maps gpt-4o-mini to gpt-6-luna). Prices changed 0.165/0.66 -> 0.15/0.6 (Global Standard: LiteLLM azure/global-standard/gpt-4o-mini and genai-prices; 0.165/0.66 is LiteLLM\'s regional azure/gpt-4o-mini price). structured_output left out: Azure\'s models page lists only JSON mode for this version. LiteLLM (2026-07-24) flags structured output (response schema) for azure/gpt-4o-mini, but Azure\'s models page lists only JSON mode for version 2024-07-18, so the capability is left unset.","sources":{"pricing":"litellm-model-prices-2026-07-24.json azure/global-standard/gpt-4o-mini; @pydantic/genai-prices@0.1.8 (2026-09-23; provider azure has no own gpt entries and falls back to provider openai, i.e. Azure Global = OpenAI list price); cached: litellm-model-prices-2026-07-24.json azure/gpt-4o-mini","limits":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables","capabilities":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables","lifecycle":"Microsoft Learn \\"Model retirement schedule\\" (learn.microsoft.com/en-us/azure/foundry/openai/concepts/model-retirement-schedule, ms.date 2026-09-02, git_commit c0b1c98), Azure OpenAI table; MicrosoftDocs/azure-ai-docs@00b1f65 articles/ai-foundry/openai/includes/retirement/models.md (ms.date 2025-12-16; \\"Deprecation Date (No New Customers)\\" column)","release_date":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables"},"verified":"2026-12-01"},"azure/gpt-5":{"id":"azure/gpt-5","provider":"azure","display_name":"GPT-5","api_name":"gpt-5","release_date":"2025-08-07","status":"deprecated","context_window":400000,"max_input_tokens":272000,"max_output_tokens":128000,"pricing":{"input":1.25,"output":10,"cached_input":0.125},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"deprecation_date":"2026-08-07","shutdown_date":"2027-02-09","replaced_by":"azure/gpt-5.6-sol","notes":"Deprecated under Azure\'s lifecycle: 12 months after release (2026-08-07) new customers lose access (Azure\'s policy text; the Dec-2025 table gives this date for gpt-5-mini/nano but has no gpt-5 row, so deprecation_date 2026-08-07 is inferred from the policy); retirement 2027-02-09 in the 2026-09-02 schedule (was 2027-02-06), which still labels the row GA. (OpenAI itself shuts gpt-5 down on its own API on 2026-12-11; Azure\'s date differs and is followed.) Context changed 272,000 -> 400,000 total with max_input_tokens 272,000 per Azure. Replacement gpt-5.6-sol follows OpenAI\'s own mapping (gpt-5 -> gpt-5.6-sol). models.dev (azure, 2026-07-02) rounds the cached-input price to 0.13 and lists a 272,000 context window, which is the input limit; Azure states 400,000 total with 272,000 input tokens, which this entry follows. models.dev (2026-07-02) lists only text and image input modalities; PDF input follows Azure\'s capability tables and LiteLLM.","sources":{"pricing":"litellm-model-prices-2026-07-24.json azure/gpt-5; @pydantic/genai-prices@0.1.8 (2026-09-23; provider azure has no own gpt entries and falls back to provider openai, i.e. Azure Global = OpenAI list price)","limits":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables","capabilities":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables; litellm-model-prices-2026-07-24.json azure/gpt-5","lifecycle":"Microsoft Learn \\"Model retirement schedule\\" (learn.microsoft.com/en-us/azure/foundry/openai/concepts/model-retirement-schedule, ms.date 2026-09-02, git_commit c0b1c98), Azure OpenAI table","release_date":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables"},"verified":"2026-12-01"},"azure/gpt-5-codex":{"id":"azure/gpt-5-codex","provider":"azure","display_name":"GPT-5 Codex","api_name":"gpt-5-codex","release_date":"2025-09-15","status":"deprecated","context_window":400000,"max_input_tokens":272000,"max_output_tokens":128000,"pricing":{"input":1.25,"output":10,"cached_input":0.125},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"deprecation_date":"2026-09-15","shutdown_date":"2027-03-17","replaced_by":"azure/gpt-5.3-codex","notes":"Deprecated under Azure\'s lifecycle: \\"no new customers\\" from 2026-09-15 (12 months after release; Azure\'s Dec-2025 retirement table lists this date), existing deployments work until the retirement date in the 2026-09-02 schedule, which still labels the row GA. Azure publishes no announcement date, so deprecation_date is the date the deprecation took effect (no new customers). Version date: the retirement tables say 2025-09-15, the models page says 2025-09-11; followed the retirement tables. Responses API only. models.dev (azure, 2026-07-02) rounds the cached-input price to 0.13 (0.125 = 10% of input). models.dev (2026-07-02) lists only text and image input modalities; PDF input follows Azure\'s capability tables and LiteLLM.","sources":{"pricing":"litellm-model-prices-2026-07-24.json azure/gpt-5-codex; @pydantic/genai-prices@0.1.8 (2026-09-23; provider azure has no own gpt entries and falls back to provider openai, i.e. Azure Global = OpenAI list price)","limits":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables","capabilities":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables; litellm-model-prices-2026-07-24.json azure/gpt-5-codex","lifecycle":"Microsoft Learn \\"Model retirement schedule\\" (learn.microsoft.com/en-us/azure/foundry/openai/concepts/model-retirement-schedule, ms.date 2026-09-02, git_commit c0b1c98), Azure OpenAI table; MicrosoftDocs/azure-ai-docs@00b1f65 articles/ai-foundry/openai/includes/retirement/models.md (ms.date 2025-12-16; \\"Deprecation Date (No New Customers)\\" column)","release_date":"Microsoft Learn \\"Model retirement schedule\\" (learn.microsoft.com/en-us/azure/foundry/openai/concepts/model-retirement-schedule, ms.date 2026-09-02, git_commit c0b1c98), Azure OpenAI table"},"verified":"2026-12-01"},"azure/gpt-5-mini":{"id":"azure/gpt-5-mini","provider":"azure","display_name":"GPT-5 mini","api_name":"gpt-5-mini","release_date":"2025-08-07","status":"deprecated","context_window":400000,"max_input_tokens":272000,"max_output_tokens":128000,"pricing":{"input":0.25,"output":2,"cached_input":0.025},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"deprecation_date":"2026-08-07","shutdown_date":"2027-02-09","replaced_by":"azure/gpt-5.6-terra","notes":"Deprecated under Azure\'s lifecycle: \\"no new customers\\" from 2026-08-07 (12 months after release; Azure\'s Dec-2025 retirement table lists this date), existing deployments work until the retirement date in the 2026-09-02 schedule, which still labels the row GA. Azure publishes no announcement date, so deprecation_date is the date the deprecation took effect (no new customers). Retirement was 2027-02-06 in the Dec-2025 table. Context changed 272,000 -> 400,000 total with max_input_tokens 272,000 per Azure. Replacement gpt-5.6-terra follows OpenAI\'s mapping (gpt-5-mini -> Terra). models.dev (azure, 2026-07-02) rounds the cached-input price to 0.03 and lists a 272,000 context window, which is the input limit; Azure states 400,000 total with 272,000 input tokens, which this entry follows. models.dev (2026-07-02) lists only text and image input modalities; PDF input follows Azure\'s capability tables and LiteLLM.","sources":{"pricing":"litellm-model-prices-2026-07-24.json azure/gpt-5-mini; @pydantic/genai-prices@0.1.8 (2026-09-23; provider azure has no own gpt entries and falls back to provider openai, i.e. Azure Global = OpenAI list price)","limits":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables","capabilities":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables; litellm-model-prices-2026-07-24.json azure/gpt-5-mini","lifecycle":"Microsoft Learn \\"Model retirement schedule\\" (learn.microsoft.com/en-us/azure/foundry/openai/concepts/model-retirement-schedule, ms.date 2026-09-02, git_commit c0b1c98), Azure OpenAI table; MicrosoftDocs/azure-ai-docs@00b1f65 articles/ai-foundry/openai/includes/retirement/models.md (ms.date 2025-12-16; \\"Deprecation Date (No New Customers)\\" column)","release_date":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables"},"verified":"2026-12-01"},"azure/gpt-5-nano":{"id":"azure/gpt-5-nano","provider":"azure","display_name":"GPT-5 nano","api_name":"gpt-5-nano","release_date":"2025-08-07","status":"deprecated","context_window":400000,"max_input_tokens":272000,"max_output_tokens":128000,"pricing":{"input":0.05,"output":0.4,"cached_input":0.005},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.6,"reasoning":0.6,"basis":"tier"},"speed_rating":10,"deprecation_date":"2026-08-07","shutdown_date":"2027-02-09","replaced_by":"azure/gpt-5.6-luna","notes":"Deprecated under Azure\'s lifecycle: \\"no new customers\\" from 2026-08-07 (12 months after release; Azure\'s Dec-2025 retirement table lists this date), existing deployments work until the retirement date in the 2026-09-02 schedule, which still labels the row GA. Azure publishes no announcement date, so deprecation_date is the date the deprecation took effect (no new customers). Replacement gpt-5.6-luna follows OpenAI\'s mapping (gpt-5-nano -> Luna). models.dev (azure, 2026-07-02) rounds the cached-input price to 0.01 and lists a 272,000 context window, which is the input limit; Azure states 400,000 total with 272,000 input tokens, which this entry follows. models.dev (2026-07-02) lists only text and image input modalities; PDF input follows Azure\'s capability tables and LiteLLM.","sources":{"pricing":"litellm-model-prices-2026-07-24.json azure/gpt-5-nano; @pydantic/genai-prices@0.1.8 (2026-09-23; provider azure has no own gpt entries and falls back to provider openai, i.e. Azure Global = OpenAI list price)","limits":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables","capabilities":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables; litellm-model-prices-2026-07-24.json azure/gpt-5-nano","lifecycle":"Microsoft Learn \\"Model retirement schedule\\" (learn.microsoft.com/en-us/azure/foundry/openai/concepts/model-retirement-schedule, ms.date 2026-09-02, git_commit c0b1c98), Azure OpenAI table; MicrosoftDocs/azure-ai-docs@00b1f65 articles/ai-foundry/openai/includes/retirement/models.md (ms.date 2025-12-16; \\"Deprecation Date (No New Customers)\\" column)","release_date":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables"},"verified":"2026-12-01"},"azure/gpt-5-pro":{"id":"azure/gpt-5-pro","provider":"azure","display_name":"GPT-5 Pro","api_name":"gpt-5-pro","release_date":"2025-10-06","status":"deprecated","context_window":400000,"max_input_tokens":272000,"max_output_tokens":128000,"pricing":{"input":15,"output":120},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"deprecation_date":"2026-10-06","shutdown_date":"2027-04-07","replaced_by":"azure/gpt-5.4-pro","notes":"Deprecated under Azure\'s lifecycle: \\"no new customers\\" from 2026-10-06 (12 months after release; Azure\'s Dec-2025 retirement table lists this date), existing deployments work until the retirement date in the 2026-09-02 schedule, which still labels the row GA. Azure publishes no announcement date, so deprecation_date is the date the deprecation took effect (no new customers). models.dev (openai/gpt-5-pro, 2026-07-02) lists max_output_tokens 272,000, OpenAI\'s figure; Azure states 128,000 output tokens, which this entry follows. Responses API only. models.dev (2026-07-02) lists only text and image input modalities; PDF input follows Azure\'s capability tables and LiteLLM.","sources":{"pricing":"litellm-model-prices-2026-07-24.json azure/gpt-5-pro; @pydantic/genai-prices@0.1.8 (2026-09-23; provider azure has no own gpt entries and falls back to provider openai, i.e. Azure Global = OpenAI list price)","limits":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables","capabilities":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables; litellm-model-prices-2026-07-24.json azure/gpt-5-pro","lifecycle":"Microsoft Learn \\"Model retirement schedule\\" (learn.microsoft.com/en-us/azure/foundry/openai/concepts/model-retirement-schedule, ms.date 2026-09-02, git_commit c0b1c98), Azure OpenAI table; MicrosoftDocs/azure-ai-docs@00b1f65 articles/ai-foundry/openai/includes/retirement/models.md (ms.date 2025-12-16; \\"Deprecation Date (No New Customers)\\" column)","release_date":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables"},"verified":"2026-12-01"},"azure/gpt-5.1":{"id":"azure/gpt-5.1","provider":"azure","display_name":"GPT-5.1","api_name":"gpt-5.1","release_date":"2025-11-13","status":"deprecated","context_window":400000,"max_input_tokens":272000,"max_output_tokens":128000,"pricing":{"input":1.25,"output":10,"cached_input":0.125},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"deprecation_date":"2026-11-13","shutdown_date":"2027-05-15","replaced_by":"azure/gpt-5.6-sol","notes":"Deprecated under Azure\'s lifecycle: \\"no new customers\\" from 2026-11-13 (12 months after release; Azure\'s Dec-2025 retirement table lists this date), existing deployments work until the retirement date in the 2026-09-02 schedule, which still labels the row GA. Azure publishes no announcement date, so deprecation_date is the date the deprecation took effect (no new customers). Context changed 272,000 -> 400,000 total with max_input_tokens 272,000 (Azure states 400,000 / input 272,000; the old figure was LiteLLM\'s max_input_tokens). Replacement: gpt-5.6-sol (Azure names none; flagship tier, OpenAI maps gpt-5 to Sol). Azure still names gpt-5.1 as the replacement for gpt-4o. LiteLLM (2026-07-24) lists image as an output modality; images come from the Responses API image_generation tool (a gpt-image model), not from this model, so output stays text. models.dev (azure, 2026-07-02) lists a 272,000 context window (the input limit), audio input and image/audio output modalities and release 2025-11-14; Azure\'s models page gives 400,000 total, text output and PDF input, and version 2025-11-13 as the release, which this entry follows.","sources":{"pricing":"litellm-model-prices-2026-07-24.json azure/gpt-5.1; @pydantic/genai-prices@0.1.8 (2026-09-23; provider azure has no own gpt entries and falls back to provider openai, i.e. Azure Global = OpenAI list price)","limits":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables","capabilities":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables; litellm-model-prices-2026-07-24.json azure/gpt-5.1","lifecycle":"Microsoft Learn \\"Model retirement schedule\\" (learn.microsoft.com/en-us/azure/foundry/openai/concepts/model-retirement-schedule, ms.date 2026-09-02, git_commit c0b1c98), Azure OpenAI table; MicrosoftDocs/azure-ai-docs@00b1f65 articles/ai-foundry/openai/includes/retirement/models.md (ms.date 2025-12-16; \\"Deprecation Date (No New Customers)\\" column)","release_date":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables"},"verified":"2026-12-01"},"azure/gpt-5.1-codex":{"id":"azure/gpt-5.1-codex","provider":"azure","display_name":"GPT-5.1 Codex","api_name":"gpt-5.1-codex","release_date":"2025-11-13","status":"deprecated","context_window":400000,"max_input_tokens":272000,"max_output_tokens":128000,"pricing":{"input":1.25,"output":10,"cached_input":0.125},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"deprecation_date":"2026-11-13","shutdown_date":"2027-05-15","replaced_by":"azure/gpt-5.3-codex","notes":"Deprecated under Azure\'s lifecycle: \\"no new customers\\" from 2026-11-13 (12 months after release; Azure\'s Dec-2025 retirement table lists this date), existing deployments work until the retirement date in the 2026-09-02 schedule, which still labels the row GA. Azure publishes no announcement date, so deprecation_date is the date the deprecation took effect (no new customers). Responses API only. Replacement: gpt-5.3-codex (newest Azure Codex model; Azure names none). models.dev (azure, 2026-07-02) lists audio input and image/audio output modalities and release 2025-11-14; Azure\'s models page gives text output with text, image and PDF input, and version 2025-11-13 as the release, which this entry follows.","sources":{"pricing":"litellm-model-prices-2026-07-24.json azure/gpt-5.1-codex; @pydantic/genai-prices@0.1.8 (2026-09-23; provider azure has no own gpt entries and falls back to provider openai, i.e. Azure Global = OpenAI list price)","limits":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables","capabilities":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables; litellm-model-prices-2026-07-24.json azure/gpt-5.1-codex","lifecycle":"Microsoft Learn \\"Model retirement schedule\\" (learn.microsoft.com/en-us/azure/foundry/openai/concepts/model-retirement-schedule, ms.date 2026-09-02, git_commit c0b1c98), Azure OpenAI table; MicrosoftDocs/azure-ai-docs@00b1f65 articles/ai-foundry/openai/includes/retirement/models.md (ms.date 2025-12-16; \\"Deprecation Date (No New Customers)\\" column)","release_date":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables"},"verified":"2026-12-01"},"azure/gpt-5.1-codex-max":{"id":"azure/gpt-5.1-codex-max","provider":"azure","display_name":"GPT-5.1 Codex Max","api_name":"gpt-5.1-codex-max","release_date":"2025-12-04","status":"production","context_window":400000,"max_input_tokens":272000,"max_output_tokens":128000,"pricing":{"input":1.25,"output":10,"cached_input":0.125},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"notes":"Azure version 2025-12-04, Responses API only; scheduled retirement 2027-05-18 (was 2026-12-05 in the April/July 2026 schedules). Its 12-month window for new customers ends 2026-12-04, after which Azure\'s policy makes it deprecated; replacement then: azure/gpt-5.3-codex. models.dev (2026-07-02) lists only text and image input modalities; PDF input follows Azure\'s capability tables and LiteLLM. models.dev gives release 2025-11-13, OpenAI\'s launch; this entry uses Azure\'s version date 2025-12-04.","sources":{"pricing":"litellm-model-prices-2026-07-24.json azure/gpt-5.1-codex-max; @pydantic/genai-prices@0.1.8 (2026-09-23; provider azure has no own gpt entries and falls back to provider openai, i.e. Azure Global = OpenAI list price)","limits":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables","capabilities":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables; litellm-model-prices-2026-07-24.json azure/gpt-5.1-codex-max","lifecycle":"Microsoft Learn \\"Model retirement schedule\\" (learn.microsoft.com/en-us/azure/foundry/openai/concepts/model-retirement-schedule, ms.date 2026-09-02, git_commit c0b1c98), Azure OpenAI table","release_date":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables"},"verified":"2026-12-01"},"azure/gpt-5.1-codex-mini":{"id":"azure/gpt-5.1-codex-mini","provider":"azure","display_name":"GPT-5.1 Codex mini","api_name":"gpt-5.1-codex-mini","release_date":"2025-11-13","status":"deprecated","context_window":400000,"max_input_tokens":272000,"max_output_tokens":128000,"pricing":{"input":0.25,"output":2,"cached_input":0.025},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"deprecation_date":"2026-11-13","shutdown_date":"2027-05-15","replaced_by":"azure/gpt-5.6-terra","notes":"Deprecated under Azure\'s lifecycle: \\"no new customers\\" from 2026-11-13 (12 months after release; Azure\'s Dec-2025 retirement table lists this date), existing deployments work until the retirement date in the 2026-09-02 schedule, which still labels the row GA. Azure publishes no announcement date, so deprecation_date is the date the deprecation took effect (no new customers). Responses API only. Replacement: gpt-5.6-terra (mid tier; Azure names none). models.dev (2026-07-02) lists only text and image input modalities; PDF input follows Azure\'s capability tables and LiteLLM. models.dev gives release 2025-11-14; this entry uses Azure\'s version date 2025-11-13.","sources":{"pricing":"litellm-model-prices-2026-07-24.json azure/gpt-5.1-codex-mini; @pydantic/genai-prices@0.1.8 (2026-09-23; provider azure has no own gpt entries and falls back to provider openai, i.e. Azure Global = OpenAI list price)","limits":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables","capabilities":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables; litellm-model-prices-2026-07-24.json azure/gpt-5.1-codex-mini","lifecycle":"Microsoft Learn \\"Model retirement schedule\\" (learn.microsoft.com/en-us/azure/foundry/openai/concepts/model-retirement-schedule, ms.date 2026-09-02, git_commit c0b1c98), Azure OpenAI table; MicrosoftDocs/azure-ai-docs@00b1f65 articles/ai-foundry/openai/includes/retirement/models.md (ms.date 2025-12-16; \\"Deprecation Date (No New Customers)\\" column)","release_date":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables"},"verified":"2026-12-01"},"azure/gpt-5.2":{"id":"azure/gpt-5.2","provider":"azure","display_name":"GPT-5.2","api_name":"gpt-5.2","release_date":"2025-12-11","status":"production","context_window":400000,"max_input_tokens":272000,"max_output_tokens":128000,"pricing":{"input":1.75,"output":14,"cached_input":0.175},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"best_for":"Previous-generation flagship","notes":"Azure version 2025-12-11; scheduled retirement 2027-06-08 (was 2026-12-12 in the July 2026 schedule). Azure\'s Dec-2025 table gives \\"no new customers\\" no earlier than 2026-12-12, so still production today; expect deprecation after that. models.dev (azure/gpt-5.2) has cached 0.125; LiteLLM and genai-prices have 0.175, followed. LiteLLM (2026-07-24) lists image as an output modality; images come from the Responses API image_generation tool (a gpt-image model), not from this model, so output stays text. models.dev (2026-07-02) lists only text and image input modalities; PDF input follows Azure\'s capability tables and LiteLLM.","sources":{"pricing":"litellm-model-prices-2026-07-24.json azure/gpt-5.2; @pydantic/genai-prices@0.1.8 (2026-09-23; provider azure has no own gpt entries and falls back to provider openai, i.e. Azure Global = OpenAI list price)","limits":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables","capabilities":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables; litellm-model-prices-2026-07-24.json azure/gpt-5.2","lifecycle":"Microsoft Learn \\"Model retirement schedule\\" (learn.microsoft.com/en-us/azure/foundry/openai/concepts/model-retirement-schedule, ms.date 2026-09-02, git_commit c0b1c98), Azure OpenAI table; MicrosoftDocs/azure-ai-docs@00b1f65 articles/ai-foundry/openai/includes/retirement/models.md (ms.date 2025-12-16; \\"Deprecation Date (No New Customers)\\" column)","release_date":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables"},"verified":"2026-12-01"},"azure/gpt-5.2-codex":{"id":"azure/gpt-5.2-codex","provider":"azure","display_name":"GPT-5.2 Codex","api_name":"gpt-5.2-codex","release_date":"2026-01-14","status":"production","context_window":400000,"max_input_tokens":272000,"max_output_tokens":128000,"pricing":{"input":1.75,"output":14,"cached_input":0.175},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"notes":"Azure version 2026-01-14, Responses API only; scheduled retirement 2027-07-13. models.dev (2026-07-02) lists only text and image input modalities; PDF input follows Azure\'s capability tables and LiteLLM.","sources":{"pricing":"litellm-model-prices-2026-07-24.json azure/gpt-5.2-codex; @pydantic/genai-prices@0.1.8 (2026-09-23; provider azure has no own gpt entries and falls back to provider openai, i.e. Azure Global = OpenAI list price)","limits":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables","capabilities":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables; litellm-model-prices-2026-07-24.json azure/gpt-5.2-codex","lifecycle":"Microsoft Learn \\"Model retirement schedule\\" (learn.microsoft.com/en-us/azure/foundry/openai/concepts/model-retirement-schedule, ms.date 2026-09-02, git_commit c0b1c98), Azure OpenAI table","release_date":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables"},"verified":"2026-12-01"},"azure/gpt-5.3-codex":{"id":"azure/gpt-5.3-codex","provider":"azure","display_name":"GPT-5.3 Codex","api_name":"gpt-5.3-codex","release_date":"2026-02-24","status":"production","context_window":400000,"max_input_tokens":272000,"max_output_tokens":128000,"pricing":{"input":1.75,"output":14,"cached_input":0.175},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"best_for":"Codex / agentic coding","notes":"Azure version 2026-02-24, Responses API only; scheduled retirement 2027-08-24. models.dev (2026-07-02) lists only text and image input modalities; PDF input follows Azure\'s capability tables and LiteLLM.","sources":{"pricing":"litellm-model-prices-2026-07-24.json azure/gpt-5.3-codex; @pydantic/genai-prices@0.1.8 (2026-09-23; provider azure has no own gpt entries and falls back to provider openai, i.e. Azure Global = OpenAI list price)","limits":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables","capabilities":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables; litellm-model-prices-2026-07-24.json azure/gpt-5.3-codex","lifecycle":"Microsoft Learn \\"Model retirement schedule\\" (learn.microsoft.com/en-us/azure/foundry/openai/concepts/model-retirement-schedule, ms.date 2026-09-02, git_commit c0b1c98), Azure OpenAI table","release_date":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables"},"verified":"2026-12-01"},"azure/gpt-5.4":{"id":"azure/gpt-5.4","provider":"azure","display_name":"GPT-5.4","api_name":"gpt-5.4","release_date":"2026-03-05","status":"production","context_window":1050000,"max_input_tokens":922000,"max_output_tokens":128000,"pricing":{"input":2.5,"output":15,"cached_input":0.25,"tiers":[{"above_input_tokens":272000,"applies_to":"whole-request","input":5,"output":22.5,"cached_input":0.5}],"service_tiers":{"priority":{"input":5,"output":30,"cached_input":0.5}}},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"notes":"Azure version 2026-03-05; scheduled retirement 2027-09-02 (was 2027-03-05 in the April and July 2026 schedules). Under Azure\'s policy new customers lose access 12 months after release (2027-03-05). New vs registry: max_input_tokens 922,000, the long-context tier and priority rates. Prices: LiteLLM azure/gpt-5.4 = genai-prices 0.1.8. LiteLLM (2026-07-24) lists max_input_tokens 1,050,000, the total context; Azure\'s models page states 922,000 input tokens, which this entry follows.","sources":{"pricing":"litellm-model-prices-2026-07-24.json azure/gpt-5.4; @pydantic/genai-prices@0.1.8 (2026-09-23; provider azure has no own gpt entries and falls back to provider openai, i.e. Azure Global = OpenAI list price)","limits":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables","capabilities":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables; litellm-model-prices-2026-07-24.json azure/gpt-5.4","lifecycle":"Microsoft Learn \\"Model retirement schedule\\" (learn.microsoft.com/en-us/azure/foundry/openai/concepts/model-retirement-schedule, ms.date 2026-09-02, git_commit c0b1c98), Azure OpenAI table","release_date":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables"},"verified":"2026-12-01"},"azure/gpt-5.4-mini":{"id":"azure/gpt-5.4-mini","provider":"azure","display_name":"GPT-5.4 mini","api_name":"gpt-5.4-mini","release_date":"2026-03-17","status":"production","context_window":400000,"max_input_tokens":272000,"max_output_tokens":128000,"pricing":{"input":0.75,"output":4.5,"cached_input":0.075},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"notes":"Azure version 2026-03-17; scheduled retirement 2027-09-21. Context changed 1,050,000 -> 400,000 (input 272,000): Azure\'s models page and models.dev (openai/gpt-5.4-mini) give 400K; LiteLLM 2026-07-24 (azure/gpt-5.4-mini, 1,050,000) disagrees and is not followed. LiteLLM (2026-07-24) lists max_input_tokens 1,050,000, apparently copied from gpt-5.4; Azure\'s 272,000 input tokens are followed.","sources":{"pricing":"litellm-model-prices-2026-07-24.json azure/gpt-5.4-mini; @pydantic/genai-prices@0.1.8 (2026-09-23; provider azure has no own gpt entries and falls back to provider openai, i.e. Azure Global = OpenAI list price)","limits":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables","capabilities":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables; litellm-model-prices-2026-07-24.json azure/gpt-5.4-mini","lifecycle":"Microsoft Learn \\"Model retirement schedule\\" (learn.microsoft.com/en-us/azure/foundry/openai/concepts/model-retirement-schedule, ms.date 2026-09-02, git_commit c0b1c98), Azure OpenAI table","release_date":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables"},"verified":"2026-12-01"},"azure/gpt-5.4-nano":{"id":"azure/gpt-5.4-nano","provider":"azure","display_name":"GPT-5.4 nano","api_name":"gpt-5.4-nano","release_date":"2026-03-17","status":"production","context_window":400000,"max_input_tokens":272000,"max_output_tokens":128000,"pricing":{"input":0.2,"output":1.25,"cached_input":0.02},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.6,"reasoning":0.6,"basis":"tier"},"speed_rating":10,"best_for":"Cheapest GPT-5.4","notes":"Azure version 2026-03-17; scheduled retirement 2027-09-21. LiteLLM lists 1,050,000 context; Azure\'s models page gives 400,000 (input 272,000), followed.","sources":{"pricing":"litellm-model-prices-2026-07-24.json azure/gpt-5.4-nano; @pydantic/genai-prices@0.1.8 (2026-09-23; provider azure has no own gpt entries and falls back to provider openai, i.e. Azure Global = OpenAI list price)","limits":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables","capabilities":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables; litellm-model-prices-2026-07-24.json azure/gpt-5.4-nano","lifecycle":"Microsoft Learn \\"Model retirement schedule\\" (learn.microsoft.com/en-us/azure/foundry/openai/concepts/model-retirement-schedule, ms.date 2026-09-02, git_commit c0b1c98), Azure OpenAI table","release_date":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables"},"verified":"2026-12-01"},"azure/gpt-5.4-pro":{"id":"azure/gpt-5.4-pro","provider":"azure","display_name":"GPT-5.4 Pro","api_name":"gpt-5.4-pro","release_date":"2026-03-05","status":"production","context_window":1050000,"max_input_tokens":922000,"max_output_tokens":128000,"pricing":{"input":30,"output":180,"tiers":[{"above_input_tokens":272000,"applies_to":"whole-request","input":60,"output":270}]},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":false,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"best_for":"Maximum-effort reasoning","notes":"Azure version 2026-03-05, Responses API only; scheduled retirement 2027-09-07. Azure lists no structured outputs for it (LiteLLM supports_response_schema false too). LiteLLM gives a cached-input price of 3 but genai-prices and models.dev list none, so cached_input is left out. LiteLLM (2026-07-24) lists max_input_tokens 1,050,000, the total context; Azure\'s models page states 922,000 input tokens, which this entry follows. PDF input follows LiteLLM (2026-07-24) and OpenAI\'s file-inputs guide (vision models accept PDFs). models.dev (2026-07-02) lists only text and image input modalities.","sources":{"pricing":"litellm-model-prices-2026-07-24.json azure/gpt-5.4-pro; @pydantic/genai-prices@0.1.8 (2026-09-23; provider azure has no own gpt entries and falls back to provider openai, i.e. Azure Global = OpenAI list price)","limits":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables","capabilities":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables; litellm-model-prices-2026-07-24.json azure/gpt-5.4-pro (supports_pdf_input); developers.openai.com/api/docs/guides/file-inputs (PDF input on vision models, docs corpus)","lifecycle":"Microsoft Learn \\"Model retirement schedule\\" (learn.microsoft.com/en-us/azure/foundry/openai/concepts/model-retirement-schedule, ms.date 2026-09-02, git_commit c0b1c98), Azure OpenAI table","release_date":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables"},"verified":"2026-12-01"},"azure/gpt-5.5":{"id":"azure/gpt-5.5","provider":"azure","display_name":"GPT-5.5","api_name":"gpt-5.5","release_date":"2026-04-24","status":"production","context_window":1050000,"max_input_tokens":922000,"max_output_tokens":128000,"pricing":{"input":5,"output":30,"cached_input":0.5,"tiers":[{"above_input_tokens":272000,"applies_to":"whole-request","input":10,"output":45,"cached_input":1}],"service_tiers":{"priority":{"input":10,"output":60,"cached_input":1}}},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"best_for":"Frontier reasoning","notes":"Azure version 2026-04-24 (OpenAI\'s API date is 2026-04-23); scheduled retirement 2027-10-26. Responses API: effective prompt+generation budget about 922,000 tokens. Prices: LiteLLM azure/gpt-5.5 = genai-prices 0.1.8 (azure falls back to openai). LiteLLM (2026-07-24) lists max_input_tokens 1,050,000, the total context; Azure\'s models page states 922,000 input tokens, which this entry follows. genai-prices 0.1.8 gives a 1,000,000 context window; Azure\'s models page, models.dev and LiteLLM give 1,050,000, which this entry follows.","sources":{"pricing":"litellm-model-prices-2026-07-24.json azure/gpt-5.5; @pydantic/genai-prices@0.1.8 (2026-09-23; provider azure has no own gpt entries and falls back to provider openai, i.e. Azure Global = OpenAI list price)","limits":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables","capabilities":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables; litellm-model-prices-2026-07-24.json azure/gpt-5.5","lifecycle":"Microsoft Learn \\"Model retirement schedule\\" (learn.microsoft.com/en-us/azure/foundry/openai/concepts/model-retirement-schedule, ms.date 2026-09-02, git_commit c0b1c98), Azure OpenAI table","release_date":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables"},"verified":"2026-12-01"},"azure/gpt-5.6-luna":{"id":"azure/gpt-5.6-luna","provider":"azure","display_name":"GPT-5.6 Luna","api_name":"gpt-5.6-luna","release_date":"2026-07-09","status":"production","context_window":1050000,"max_input_tokens":922000,"max_output_tokens":128000,"pricing":{"input":0.2,"output":1.2,"cached_input":0.02,"cache_write":0.25,"tiers":[{"above_input_tokens":272000,"applies_to":"whole-request","input":0.4,"output":1.8,"cached_input":0.04,"cache_write":0.5}],"periods":[{"until":"2026-07-30","input":1,"output":6,"cached_input":0.1,"cache_write":1.25,"note":"launch price before the 2026-07-30 cut"}]},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.6,"reasoning":0.6,"basis":"tier"},"speed_rating":10,"best_for":"Low-cost high-volume","notes":"Azure version 2026-07-09; scheduled retirement 2028-01-11 (GA, inside its first 12 months). On Chat Completions, function tools only work with reasoning_effort none (use Responses). Prices: genai-prices 0.1.8 (azure falls back to openai) with OpenAI\'s price cut of 2026-07-30; LiteLLM 2026-07-24 still has the launch prices (kept as a period). Priority rates in LiteLLM predate the cut, left out. Tier: small (OpenAI maps gpt-5-nano to Luna). LiteLLM (2026-07-24) lists max_input_tokens 1,050,000, the total context; Azure\'s models page states 922,000 input tokens, which this entry follows. genai-prices 0.1.8\'s >272K tier of $2/$9/$0.20/$2.50 is its launch-price table; its table from 2026-07-30 has $0.40/$1.80/$0.04/$0.50, which this entry follows.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (2026-09-23; provider azure has no own gpt entries and falls back to provider openai, i.e. Azure Global = OpenAI list price); launch period: litellm-model-prices-2026-07-24.json azure/gpt-5.6-luna","limits":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables","capabilities":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables","lifecycle":"Microsoft Learn \\"Model retirement schedule\\" (learn.microsoft.com/en-us/azure/foundry/openai/concepts/model-retirement-schedule, ms.date 2026-09-02, git_commit c0b1c98), Azure OpenAI table","release_date":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables"},"verified":"2026-12-01"},"azure/gpt-5.6-sol":{"id":"azure/gpt-5.6-sol","provider":"azure","display_name":"GPT-5.6 Sol","api_name":"gpt-5.6-sol","release_date":"2026-07-09","status":"production","context_window":1050000,"max_input_tokens":922000,"max_output_tokens":128000,"pricing":{"input":4,"output":20,"cached_input":0.4,"cache_write":5,"tiers":[{"above_input_tokens":272000,"applies_to":"whole-request","input":8,"output":30,"cached_input":0.8,"cache_write":10}],"periods":[{"until":"2026-08-21","input":5,"output":30,"cached_input":0.5,"cache_write":6.25,"note":"launch price before the 2026-08-21 cut"}]},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"best_for":"Flagship reasoning and coding","notes":"Azure version 2026-07-09; scheduled retirement 2028-01-11 (GA, inside its first 12 months). On Chat Completions, function tools only work with reasoning_effort none (use Responses). Prices: genai-prices 0.1.8 (azure falls back to openai) with OpenAI\'s price cut of 2026-08-21; LiteLLM 2026-07-24 still has the launch prices (kept as a period). Priority rates in LiteLLM predate the cut, left out. Disagreement: a third-party Azure price check (2026-09-27) calls $4/$20 an Azure promotion from 2026-09-01 \\"through at least 2026-11-30\\" with list $5/$30; genai-prices records it as a permanent OpenAI cut. Followed genai-prices (package source); if the promotion has lapsed, Azure charges 5/30 (cached 0.5, cache write 6.25). Azure names gpt-5.6-sol as the replacement for o1, o1-pro and o3. LiteLLM (2026-07-24) lists max_input_tokens 1,050,000, the total context; Azure\'s models page states 922,000 input tokens, which this entry follows. genai-prices 0.1.8\'s >272K tier of $10/$45/$1/$12.50 is its launch-price table; its table from 2026-08-21 has $8/$30/$0.80/$10, which this entry follows.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (2026-09-23; provider azure has no own gpt entries and falls back to provider openai, i.e. Azure Global = OpenAI list price); launch period: litellm-model-prices-2026-07-24.json azure/gpt-5.6-sol","limits":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables","capabilities":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables","lifecycle":"Microsoft Learn \\"Model retirement schedule\\" (learn.microsoft.com/en-us/azure/foundry/openai/concepts/model-retirement-schedule, ms.date 2026-09-02, git_commit c0b1c98), Azure OpenAI table","release_date":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables"},"verified":"2026-12-01"},"azure/gpt-5.6-terra":{"id":"azure/gpt-5.6-terra","provider":"azure","display_name":"GPT-5.6 Terra","api_name":"gpt-5.6-terra","release_date":"2026-07-09","status":"production","context_window":1050000,"max_input_tokens":922000,"max_output_tokens":128000,"pricing":{"input":2,"output":12,"cached_input":0.2,"cache_write":2.5,"tiers":[{"above_input_tokens":272000,"applies_to":"whole-request","input":4,"output":18,"cached_input":0.4,"cache_write":5}],"periods":[{"until":"2026-07-30","input":2.5,"output":15,"cached_input":0.25,"cache_write":3.125,"note":"launch price before the 2026-07-30 cut"}]},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"best_for":"Balanced production default","notes":"Azure version 2026-07-09; scheduled retirement 2028-01-11 (GA, inside its first 12 months). On Chat Completions, function tools only work with reasoning_effort none (use Responses). Prices: genai-prices 0.1.8 (azure falls back to openai) with OpenAI\'s price cut of 2026-07-30; LiteLLM 2026-07-24 still has the launch prices (kept as a period). Priority rates in LiteLLM predate the cut, left out. Tier: mid (OpenAI maps gpt-5-mini to Terra). LiteLLM (2026-07-24) lists max_input_tokens 1,050,000, the total context; Azure\'s models page states 922,000 input tokens, which this entry follows. genai-prices 0.1.8\'s >272K tier of $5/$22.50/$0.50/$6.25 is its launch-price table; its table from 2026-07-30 has $4/$18/$0.40/$5, which this entry follows.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (2026-09-23; provider azure has no own gpt entries and falls back to provider openai, i.e. Azure Global = OpenAI list price); launch period: litellm-model-prices-2026-07-24.json azure/gpt-5.6-terra","limits":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables","capabilities":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables","lifecycle":"Microsoft Learn \\"Model retirement schedule\\" (learn.microsoft.com/en-us/azure/foundry/openai/concepts/model-retirement-schedule, ms.date 2026-09-02, git_commit c0b1c98), Azure OpenAI table","release_date":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables"},"verified":"2026-12-01"},"azure/gpt-6-astra":{"id":"azure/gpt-6-astra","provider":"azure","display_name":"GPT-6 Astra","api_name":"gpt-6-astra","release_date":"2026-09-03","status":"production","context_window":1050000,"max_input_tokens":922000,"max_output_tokens":128000,"pricing":{"input":10,"output":50,"cached_input":1,"cache_write":12.5,"tiers":[{"above_input_tokens":272000,"applies_to":"whole-request","input":20,"output":75,"cached_input":2,"cache_write":25}]},"capabilities":{"input":["text","image"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"best_for":"Hardest reasoning and agentic work","notes":"Azure version 2026-09-03 (quota request needed below tier 5). Not yet in the 2026-09-02 retirement schedule. Prices: genai-prices 0.1.8 (azure falls back to openai); a third-party Azure price check of 2026-09-27 against the Azure retail prices API reports the same figures. Long-context tier applies to the whole request above 272K input tokens.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (2026-09-23; provider azure has no own gpt entries and falls back to provider openai, i.e. Azure Global = OpenAI list price)","limits":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables","capabilities":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables","lifecycle":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables","release_date":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables"},"verified":"2026-12-01"},"azure/gpt-6-luna":{"id":"azure/gpt-6-luna","provider":"azure","display_name":"GPT-6 Luna","api_name":"gpt-6-luna","release_date":"2026-09-22","status":"production","context_window":1050000,"max_input_tokens":922000,"max_output_tokens":128000,"pricing":{"input":0.1,"output":0.5,"cached_input":0.01,"cache_write":0.125,"tiers":[{"above_input_tokens":272000,"applies_to":"whole-request","input":0.2,"output":0.75,"cached_input":0.02,"cache_write":0.25}]},"capabilities":{"input":["text","image"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.6,"reasoning":0.6,"basis":"tier"},"speed_rating":10,"best_for":"Cheap high-volume tasks","notes":"Azure version 2026-09-22. Not yet in the 2026-09-02 retirement schedule. Prices: genai-prices 0.1.8 (azure falls back to openai); matches a third-party Azure retail-API check of 2026-09-27.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (2026-09-23; provider azure has no own gpt entries and falls back to provider openai, i.e. Azure Global = OpenAI list price)","limits":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables","capabilities":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables","lifecycle":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables","release_date":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables"},"verified":"2026-12-01"},"azure/gpt-6-sol":{"id":"azure/gpt-6-sol","provider":"azure","display_name":"GPT-6 Sol","api_name":"gpt-6-sol","release_date":"2026-09-22","status":"production","context_window":1050000,"max_input_tokens":922000,"max_output_tokens":128000,"pricing":{"input":2,"output":10,"cached_input":0.2,"cache_write":2.5,"tiers":[{"above_input_tokens":272000,"applies_to":"whole-request","input":4,"output":15,"cached_input":0.4,"cache_write":5}]},"capabilities":{"input":["text","image"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"best_for":"Coding and agent workflows","notes":"Azure version 2026-09-22. Not yet in the 2026-09-02 retirement schedule. Prices: genai-prices 0.1.8 (azure falls back to openai); matches a third-party Azure retail-API check of 2026-09-27. Tier: mid (Astra is the GPT-6 flagship).","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (2026-09-23; provider azure has no own gpt entries and falls back to provider openai, i.e. Azure Global = OpenAI list price)","limits":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables","capabilities":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables","lifecycle":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables","release_date":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables"},"verified":"2026-12-01"},"azure/gpt-6.1-sol":{"id":"azure/gpt-6.1-sol","provider":"azure","display_name":"GPT-6.1 Sol","api_name":"gpt-6.1-sol","release_date":"2026-09-29","status":"production","context_window":1050000,"max_input_tokens":922000,"max_output_tokens":128000,"pricing":{"input":2,"output":10,"cached_input":0.1,"cache_write":2.5,"tiers":[{"above_input_tokens":272000,"applies_to":"whole-request","input":4,"output":15,"cached_input":0.2}]},"capabilities":{"input":["text","image"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"best_for":"Agentic coding at mid price","notes":"Listed by Azure (version 2026-09-29; function tools on the Responses API only). Not yet in the 2026-09-02 retirement schedule, so no retirement date. No package source (genai-prices 0.1.8, LiteLLM 2026-07-24) lists it yet: prices are OpenAI\'s published standard rates as reported on 2026-09-29/2026-10-01 (LiteLLM blog \\"Day 0 Support: GPT-6.1 Sol\\", apidog/dev.to guides), applied on the rule that Azure Global equals OpenAI list price (genai-prices azure provider falls back to openai). Long-context cache-write rate not published in those reports, left out. Not verified against an Azure price page. Tier: mid (Sol is below Astra in the GPT-6 generation).","sources":{"pricing":"docs.litellm.ai/blog/gpt_6_1_sol; dev.to/hassann/how-to-use-gpt-61-sol-apl--45cg (OpenAI standard rates); Azure parity per @pydantic/genai-prices@0.1.8 (2026-09-23; provider azure has no own gpt entries and falls back to provider openai, i.e. Azure Global = OpenAI list price)","limits":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables","capabilities":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables","lifecycle":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables","release_date":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables"},"verified":"2026-12-01"},"azure/gpt-chat-latest":{"id":"azure/gpt-chat-latest","provider":"azure","display_name":"GPT chat-latest","api_name":"gpt-chat-latest","release_date":"2026-08-06","status":"beta","context_window":400000,"max_input_tokens":272000,"max_output_tokens":128000,"pricing":{"input":5,"output":30,"cached_input":0.5},"capabilities":{"input":["text"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":false},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"best_for":"Continuously updated chat model","notes":"Preview (OpenAI calls it GPT-5.5 Instant / chat-latest); Azure replacement for the retired gpt-5-chat, gpt-5.1-chat, gpt-5.2-chat and gpt-5.3-chat. Limits are those of version 2026-08-06, whose preview retirement is 2026-12-02; preview deployments are upgraded to the next preview version, so the model name stays callable. Fixed reasoning level that cannot be configured, so reasoning: false. Input modalities: Azure lists no image input for this model, so text only. Prices: genai-prices 0.1.8 openai gpt-chat-latest via the azure fallback; no Azure-specific price seen. Tier mid by judgement (not in the tier table).","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (2026-09-23; provider azure has no own gpt entries and falls back to provider openai, i.e. Azure Global = OpenAI list price)","limits":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables","capabilities":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables","lifecycle":"Microsoft Learn \\"Model retirement schedule\\" (learn.microsoft.com/en-us/azure/foundry/openai/concepts/model-retirement-schedule, ms.date 2026-09-02, git_commit c0b1c98), Azure OpenAI table","release_date":"Microsoft Learn \\"Model retirement schedule\\" (learn.microsoft.com/en-us/azure/foundry/openai/concepts/model-retirement-schedule, ms.date 2026-09-02, git_commit c0b1c98), Azure OpenAI table"},"verified":"2026-12-01"},"azure/o3":{"id":"azure/o3","provider":"azure","display_name":"o3","api_name":"o3","release_date":"2025-04-16","status":"deprecated","context_window":200000,"max_output_tokens":100000,"pricing":{"input":2,"output":8,"cached_input":0.5},"capabilities":{"input":["text","image"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"deprecation_date":"2026-04-16","shutdown_date":"2026-10-21","replaced_by":"azure/gpt-5.6-sol","notes":"Retired: the 2026-09-02 schedule gives retirement 2026-10-21 with replacement gpt-5.6-sol (earlier schedules 2026-10-16; LiteLLM 2026-07-24 says 2026-04-16, superseded). Azure\'s Dec-2025 table gave no new customers from 2026-04-16 (used as deprecation_date; no announcement date published). Kept so legacy IDs compile. Last published figures.","sources":{"pricing":"litellm-model-prices-2026-07-24.json azure/o3; @pydantic/genai-prices@0.1.8 (2026-09-23; provider azure has no own gpt entries and falls back to provider openai, i.e. Azure Global = OpenAI list price)","limits":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables","capabilities":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables","lifecycle":"Microsoft Learn \\"Model retirement schedule\\" (learn.microsoft.com/en-us/azure/foundry/openai/concepts/model-retirement-schedule, ms.date 2026-09-02, git_commit c0b1c98), Azure OpenAI table; MicrosoftDocs/azure-ai-docs@00b1f65 articles/ai-foundry/openai/includes/retirement/models.md (ms.date 2025-12-16; \\"Deprecation Date (No New Customers)\\" column)","release_date":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables"},"verified":"2026-12-01"},"azure/o3-pro":{"id":"azure/o3-pro","provider":"azure","display_name":"o3-pro","api_name":"o3-pro","release_date":"2025-06-10","status":"deprecated","context_window":200000,"max_output_tokens":100000,"pricing":{"input":20,"output":80,"service_tiers":{"batch":{"multiplier":0.5}}},"capabilities":{"input":["text","image"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"deprecation_date":"2026-06-10","shutdown_date":"2026-12-17","replaced_by":"azure/gpt-5.6-sol","notes":"Still callable but retiring 2026-12-17 (2026-09-02 schedule; earlier 2026-12-10); no new customers since 2026-06-10 (Dec-2025 table; used as deprecation_date). Responses API only. Azure names no replacement; gpt-5.6-sol chosen as Azure does for o1-pro and o3.","sources":{"pricing":"litellm-model-prices-2026-07-24.json azure/o3-pro; @pydantic/genai-prices@0.1.8 (2026-09-23; provider azure has no own gpt entries and falls back to provider openai, i.e. Azure Global = OpenAI list price)","limits":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables","capabilities":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables","lifecycle":"Microsoft Learn \\"Model retirement schedule\\" (learn.microsoft.com/en-us/azure/foundry/openai/concepts/model-retirement-schedule, ms.date 2026-09-02, git_commit c0b1c98), Azure OpenAI table; MicrosoftDocs/azure-ai-docs@00b1f65 articles/ai-foundry/openai/includes/retirement/models.md (ms.date 2025-12-16; \\"Deprecation Date (No New Customers)\\" column)","release_date":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables"},"verified":"2026-12-01"},"azure/o4-mini":{"id":"azure/o4-mini","provider":"azure","display_name":"o4-mini","api_name":"o4-mini","release_date":"2025-04-16","status":"deprecated","context_window":200000,"max_output_tokens":100000,"pricing":{"input":1.1,"output":4.4,"cached_input":0.275},"capabilities":{"input":["text","image"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"deprecation_date":"2026-04-16","shutdown_date":"2026-10-16","replaced_by":"azure/gpt-5.6-terra","notes":"Retired: Deprecated, retirement 2026-10-16 (2026-09-02 schedule; the April 2026 schedule had 2027-10-16, later withdrawn). Fine-tuned o4-mini deployments run until 2027-10-16. deprecation_date 2026-04-16 = no-new-customers date of the Dec-2025 table. Azure names no replacement; gpt-5.6-terra chosen (mid tier). Kept so legacy IDs compile. Last published figures. genai-prices 0.1.8 rounds the cached-input price to 0.28; LiteLLM and models.dev give 0.275 (a quarter of the 1.10 input price), which this entry follows.","sources":{"pricing":"litellm-model-prices-2026-07-24.json azure/o4-mini; @pydantic/genai-prices@0.1.8 (2026-09-23; provider azure has no own gpt entries and falls back to provider openai, i.e. Azure Global = OpenAI list price)","limits":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables","capabilities":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables","lifecycle":"Microsoft Learn \\"Model retirement schedule\\" (learn.microsoft.com/en-us/azure/foundry/openai/concepts/model-retirement-schedule, ms.date 2026-09-02, git_commit c0b1c98), Azure OpenAI table; MicrosoftDocs/azure-ai-docs@00b1f65 articles/ai-foundry/openai/includes/retirement/models.md (ms.date 2025-12-16; \\"Deprecation Date (No New Customers)\\" column)","release_date":"MicrosoftDocs/azure-ai-docs articles/foundry/foundry-models/concepts/models-sold-directly-by-azure.md (ms.date 2026-09-21), Azure OpenAI capability tables"},"verified":"2026-12-01"},"claude-3-5-sonnet":{"id":"claude-3-5-sonnet","provider":"anthropic","display_name":"Claude Sonnet 3.5","api_name":"claude-3-5-sonnet-20241022","release_date":"2024-10-22","status":"deprecated","context_window":200000,"max_output_tokens":8192,"pricing":{"input":3,"output":15,"cached_input":0.3,"cache_write":3.75,"cache_write_1h":6,"fees":{"web_search_per_1k":10},"service_tiers":{"batch":{"multiplier":0.5}}},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":false,"reasoning":false},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"deprecation_date":"2025-08-13","shutdown_date":"2025-10-22","replaced_by":"claude-sonnet-4-6","best_for":"Popular balanced","notes":"Shut down: kept so legacy IDs still resolve. Scheduled retirement 2025-10-22; Anthropic\'s release notes announced the retirement as done on 2025-10-28. The scheduled date (registry\'s existing figure) is kept.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider anthropic; published 2026-09-23) (claude-3-5-sonnet)","limits":"models.dev@f3fc692 providers/anthropic/models/claude-3-5-sonnet-20241022.toml","capabilities":"models.dev@f3fc692 providers/anthropic/models/claude-3-5-sonnet-20241022.toml","lifecycle":"gitlab.com/gitlab-org/gitlab/-/issues/572012 (Anthropic deprecated 2025-08-13, retirement 2025-10-22); docs.claude.com/en/release-notes/overview (2025-10-28: \'We\'ve retired the Claude Sonnet 3.5 models\')","release_date":"models.dev@f3fc692 providers/anthropic/models/claude-3-5-sonnet-20241022.toml","fees":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider anthropic, pricing_urls anthropic.com/pricing#api): web_searches_kcount 10 for this model","scores":"existing registry scores"},"verified":"2026-12-01"},"claude-3-7-sonnet":{"id":"claude-3-7-sonnet","provider":"anthropic","display_name":"Claude Sonnet 3.7","api_name":"claude-3-7-sonnet-20250219","release_date":"2025-02-19","status":"deprecated","context_window":200000,"max_output_tokens":64000,"pricing":{"input":3,"output":15,"cached_input":0.3,"cache_write":3.75,"cache_write_1h":6,"fees":{"web_search_per_1k":10},"service_tiers":{"batch":{"multiplier":0.5}}},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":false,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"deprecation_date":"2025-10-28","shutdown_date":"2026-02-19","replaced_by":"claude-sonnet-4-6","notes":"Shut down: kept so legacy IDs still resolve. Retired 2026-02-19. Figures unchanged. LiteLLM (2026-07-24) sets supports_response_schema, its tool-call emulation of JSON output, but not supports_native_structured_output for this model, and @ai-sdk/anthropic@4.0.105 marks native structured output false, so structured_output stays false.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider anthropic; published 2026-09-23) (claude-3-7-sonnet-latest); LiteLLM snapshot 2026-07-24 (claude-3-7-sonnet-20250219)","limits":"models.dev@f3fc692 providers/anthropic/models/claude-3-7-sonnet-20250219.toml; LiteLLM snapshot 2026-07-24 (claude-3-7-sonnet-20250219)","capabilities":"models.dev@f3fc692 providers/anthropic/models/claude-3-7-sonnet-20250219.toml; @ai-sdk/anthropic@4.0.105 src/anthropic-model-catalog.ts (no native structured output)","lifecycle":"@anthropic-ai/sdk@0.104.1 DEPRECATED_MODELS (\'February 19th, 2026\'); docs.claude.com/en/release-notes/overview (deprecation announced 2025-10-28)","release_date":"models.dev@f3fc692 providers/anthropic/models/claude-3-7-sonnet-20250219.toml","fees":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider anthropic, pricing_urls anthropic.com/pricing#api): web_searches_kcount 10 for this model","scores":"existing registry scores"},"verified":"2026-12-01"},"claude-3-haiku":{"id":"claude-3-haiku","provider":"anthropic","display_name":"Claude Haiku 3","api_name":"claude-3-haiku-20240307","release_date":"2024-03-13","status":"deprecated","context_window":200000,"max_output_tokens":4096,"pricing":{"input":0.25,"output":1.25,"cached_input":0.03,"cache_write":0.3,"cache_write_1h":0.5,"service_tiers":{"batch":{"multiplier":0.5}}},"capabilities":{"input":["text","image"],"output":["text"],"tool_calling":true,"structured_output":false,"reasoning":false},"scores":{"coding":0.6,"reasoning":0.6,"basis":"tier"},"speed_rating":10,"shutdown_date":"2026-04-19","replaced_by":"claude-haiku-4-5","best_for":"Fast, cost-effective","notes":"Shut down: kept so legacy IDs still resolve. Newly marked: the registry still had it as production. shutdown_date 2026-04-19 is Anthropic\'s scheduled retirement as quoted by several pre-retirement migration guides; two after-the-fact reports say requests began failing on 2026-04-20. The deprecation was announced in February 2026 (about 60 days before), but no exact day was found, so deprecation_date is left out. It was never in the SDK\'s deprecated-models list. LiteLLM\'s 1-hour cache write ($6/MTok) is an error; genai-prices\' $0.50 is used. PDF input removed: Anthropic\'s PDF-support model list (as transcribed by docs.orq.ai, 2025), LiteLLM (2026-07-24) and Koog\'s Anthropic model table leave it out for Claude 3 Haiku, and the API rejected PDF attachments for it (simonw/llm-claude-3#22, BerriAI/litellm#6928), while models.dev (2026-07-02) lists pdf input, which is not followed. LiteLLM (2026-07-24) sets supports_response_schema, its tool-call emulation of JSON output, but not supports_native_structured_output for this model, and @ai-sdk/anthropic@4.0.105 marks native structured output false, so structured_output stays false.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider anthropic; published 2026-09-23) (claude-3-haiku); LiteLLM snapshot 2026-07-24 (claude-3-haiku-20240307)","limits":"models.dev@f3fc692 providers/anthropic/models/claude-3-haiku-20240307.toml; LiteLLM snapshot 2026-07-24 (claude-3-haiku-20240307)","capabilities":"models.dev@f3fc692 providers/anthropic/models/claude-3-haiku-20240307.toml (tool calling); LiteLLM snapshot 2026-07-24 (claude-3-haiku-20240307: no supports_pdf_input); docs.orq.ai/changelog/file-support-for-anthropic-models (Anthropic PDF-support model list); api.koog.ai AnthropicModels table (no document input for Opus 3 / Haiku 3); simonw/llm-claude-3#22 (PDF rejected by claude-3-haiku); @ai-sdk/anthropic@4.0.105 src/anthropic-model-catalog.ts (no native structured output)","lifecycle":"abhs.in/blog/claude-3-haiku-deprecation-april-2026-migration-guide, happycapyguide.com and findskill.ai migration guides (Anthropic\'s scheduled retirement April 19, 2026, replacement Claude Haiku 4.5); dev.to/flarecanary and 24-ai.news 2026-04-21 (errors from April 20; deprecation announced February 2026); @anthropic-ai/sdk@1.15.0 CHANGELOG.md 0.104.2 (2026-06-15) removed claude-3-haiku-20240307 from the Model union; models.dev@f3fc692 providers/anthropic/models/claude-3-haiku-20240307.toml (status deprecated)","release_date":"models.dev@f3fc692 providers/anthropic/models/claude-3-haiku-20240307.toml","scores":"existing registry scores"},"verified":"2026-12-01"},"claude-3-opus":{"id":"claude-3-opus","provider":"anthropic","display_name":"Claude Opus 3","api_name":"claude-3-opus-20240229","release_date":"2024-02-29","status":"deprecated","context_window":200000,"max_output_tokens":4096,"pricing":{"input":15,"output":75,"cached_input":1.5,"cache_write":18.75,"cache_write_1h":30,"service_tiers":{"batch":{"multiplier":0.5}}},"capabilities":{"input":["text","image"],"output":["text"],"tool_calling":true,"structured_output":false,"reasoning":false},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"deprecation_date":"2025-06-30","shutdown_date":"2026-01-05","replaced_by":"claude-opus-4-7","best_for":"Previous gen premium","notes":"Shut down: kept so legacy IDs still resolve. Retired 2026-01-05 (SDK agrees; LiteLLM\'s deprecation_date 2026-05-01 is stale). LiteLLM\'s 1-hour cache write ($6/MTok) is an obvious error; genai-prices\' $30 (2x input) is used. PDF input removed: Anthropic\'s PDF-support model list (as transcribed by docs.orq.ai, 2025), LiteLLM (2026-07-24) and Koog\'s Anthropic model table leave it out for Claude 3 Opus, while models.dev (2026-07-02) lists pdf input, which is not followed. LiteLLM (2026-07-24) sets supports_response_schema, its tool-call emulation of JSON output, but not supports_native_structured_output for this model, and @ai-sdk/anthropic@4.0.105 marks native structured output false, so structured_output stays false.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider anthropic; published 2026-09-23) (claude-3-opus-latest)","limits":"models.dev@f3fc692 providers/anthropic/models/claude-3-opus-20240229.toml; LiteLLM snapshot 2026-07-24 (claude-3-opus-20240229)","capabilities":"models.dev@f3fc692 providers/anthropic/models/claude-3-opus-20240229.toml (tool calling); LiteLLM snapshot 2026-07-24 (claude-3-opus-20240229: no supports_pdf_input); docs.orq.ai/changelog/file-support-for-anthropic-models (Anthropic PDF-support model list); api.koog.ai AnthropicModels table (no document input for Opus 3 / Haiku 3); @ai-sdk/anthropic@4.0.105 src/anthropic-model-catalog.ts (no native structured output)","lifecycle":"@anthropic-ai/sdk@0.104.1 DEPRECATED_MODELS (\'January 5th, 2026\'); registry (Anthropic deprecations page, announced 2025-06-30)","release_date":"models.dev@f3fc692 providers/anthropic/models/claude-3-opus-20240229.toml","scores":"existing registry scores"},"verified":"2026-12-01"},"claude-fable-5":{"id":"claude-fable-5","provider":"anthropic","display_name":"Claude Fable 5","release_date":"2026-06-09","status":"production","context_window":1000000,"max_output_tokens":128000,"pricing":{"input":10,"output":50,"cached_input":1,"cache_write":12.5,"cache_write_1h":20,"fees":{"web_search_per_1k":10},"service_tiers":{"batch":{"multiplier":0.5}}},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"notes":"New in the registry. Anthropic lists it as Legacy (still available, not deprecated). Flat pricing across 1M. Claude Mythos 5 shares its specifications and pricing but is invitation-only (Project Glasswing) and is not listed here.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider anthropic; published 2026-09-23) (claude-fable-5); models.dev@f3fc692 providers/anthropic/models/claude-fable-5.toml","limits":"models.dev@f3fc692 providers/anthropic/models/claude-fable-5.toml; platform.claude.com/docs/en/models/fable-5/overview.md (docs corpus, read 2026-12-01)","capabilities":"models.dev@f3fc692 providers/anthropic/models/claude-fable-5.toml; @ai-sdk/anthropic@4.0.105 src/anthropic-model-catalog.ts","lifecycle":"@anthropic-ai/sdk@1.15.0 src/resources/messages/messages.ts (Model union); platform.claude.com/docs/en/models/fable-5/overview.md (docs corpus, read 2026-12-01) (\'Legacy\', still available)","release_date":"platform.claude.com/docs/en/models/fable-5/overview.md (docs corpus, read 2026-12-01) (\'Released June 9, 2026\')","fees":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider anthropic, pricing_urls anthropic.com/pricing#api): web_searches_kcount 10 for this model","scores":"tier rule (Fable)"},"verified":"2026-12-01"},"claude-fable-5-1":{"id":"claude-fable-5-1","provider":"anthropic","display_name":"Claude Fable 5.1","release_date":"2026-09-01","status":"production","context_window":1000000,"max_output_tokens":128000,"pricing":{"input":10,"output":50,"cached_input":0.25,"cache_write":12.5,"cache_write_1h":20,"fees":{"web_search_per_1k":10},"service_tiers":{"batch":{"multiplier":0.5}}},"capabilities":{"input":["text","image"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"notes":"New. Cache hits are 0.025x input ($0.25), unique to Fable/Mythos 5.1 (genai-prices). Flat across 1M. Superseded by Claude Fable 5.2 but not deprecated (not in the SDK deprecated-models list). Release date only from third-party sources. Input modalities: Anthropic\'s model page says \'Text and images -> text\'; PDF input is not listed for this model in any source read, so pdf is left out. ","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider anthropic; published 2026-09-23) (claude-fable-5-1)","limits":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider anthropic; published 2026-09-23) context_window; platform.claude.com/docs/en/models/haiku-5-5/overview (docs corpus, read 2026-12-01) lineup table (1M / 128K)","capabilities":"@ai-sdk/anthropic@4.0.105 src/anthropic-model-catalog.ts (claude-fable-5-1)","lifecycle":"@anthropic-ai/sdk@1.15.0 src/resources/messages/messages.ts (Model union)","release_date":"bash0816/Magi-Server PR #16 and cloud.tencent.com/developer/article/2736704 (third-party, citing Anthropic\'s 2026-09-01 announcement)","fees":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider anthropic, pricing_urls anthropic.com/pricing#api): web_searches_kcount 10 for this model","scores":"tier rule (Fable)"},"verified":"2026-12-01"},"claude-fable-5-2":{"id":"claude-fable-5-2","provider":"anthropic","display_name":"Claude Fable 5.2","release_date":"2026-11-09","status":"production","context_window":1000000,"max_output_tokens":128000,"pricing":{"input":8,"output":40,"cached_input":0.2,"cache_write":10,"cache_write_1h":16,"service_tiers":{"batch":{"multiplier":0.5}}},"capabilities":{"input":["text","image"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"best_for":"Hardest reasoning and long-running agents","notes":"New. Not in @pydantic/genai-prices@0.1.8 (2026-09-23, predates the model), so prices come from Anthropic\'s docs lineup table ($8/$40) plus third-party trackers for cache prices ($0.20 read, $10 5-minute write, $16 1-hour write); flat across the 1M window. Thinking is always on (cannot be disabled) and forced tool use is rejected (@ai-sdk/anthropic). Batch 0.5 is Anthropic\'s general Batch API discount, not re-read on this model\'s own page. Input modalities: Anthropic\'s model page says \'Text and images -> text\'; PDF input is not listed for this model in any source read, so pdf is left out. Same underlying model as Claude Mythos 5.2 (invitation-only; not listed here).","sources":{"pricing":"platform.claude.com/docs/id/models/sonnet-5/overview.md (docs corpus, read 2026-12-01) lineup table ($8/$40); cache read/write: archid21/rightsize v0.10.2 release notes and docs.laozhang.ai/en/announcements/claude-fable-5-2-2026-11 (third-party, quoting Anthropic\'s pricing page)","limits":"platform.claude.com/docs/id/models/sonnet-5/overview.md (docs corpus, read 2026-12-01) lineup table (1M / 128K); AWS Bedrock model card model-card-anthropic-claude-mythos-5-2 (same underlying model, 1M / 128K)","capabilities":"@ai-sdk/anthropic@4.0.105 src/anthropic-model-catalog.ts (claude-fable-5-2: native structured output, adaptive thinking always on)","lifecycle":"@anthropic-ai/sdk@1.15.0 src/resources/messages/messages.ts (Model union); @anthropic-ai/sdk@1.15.0 CHANGELOG.md 1.7.0 (2026-11-09) \'add claude-fable-5-2\'","release_date":"docs.aws.amazon.com Bedrock model card Claude Mythos 5.2 (\'Model launch date: November 9, 2026\'); docs.laozhang.ai announcement (Anthropic release November 9, 2026)","scores":"tier rule (Fable is Anthropic\'s top tier, above Opus)"},"verified":"2026-12-01"},"claude-haiku-4-5":{"id":"claude-haiku-4-5","provider":"anthropic","display_name":"Claude Haiku 4.5","api_name":"claude-haiku-4-5-20251001","release_date":"2025-10-15","status":"production","context_window":200000,"max_output_tokens":64000,"pricing":{"input":1,"output":5,"cached_input":0.1,"cache_write":1.25,"cache_write_1h":2,"fees":{"web_search_per_1k":10},"service_tiers":{"batch":{"multiplier":0.5}}},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.6,"reasoning":0.6,"basis":"tier"},"speed_rating":10,"notes":"Still active. Anthropic\'s status table gave a retirement floor of \'not sooner than 2026-10-15\' (Modelpin transcription, 2026-09-17); that floor has passed but no deprecation is announced (not in the SDK deprecated-models list as of 1.15.0, 2026-11-30). Superseded by Claude Haiku 5.5.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider anthropic; published 2026-09-23) (claude-haiku-4-5); models.dev@f3fc692 providers/anthropic/models/claude-haiku-4-5.toml; LiteLLM snapshot 2026-07-24 (claude-haiku-4-5)","limits":"models.dev@f3fc692 providers/anthropic/models/claude-haiku-4-5.toml; LiteLLM snapshot 2026-07-24 (claude-haiku-4-5)","capabilities":"models.dev@f3fc692 providers/anthropic/models/claude-haiku-4-5.toml; LiteLLM snapshot 2026-07-24 (claude-haiku-4-5)","lifecycle":"@anthropic-ai/sdk@1.15.0 src/resources/messages/messages.ts (Model union) (not in deprecated-models.ts)","release_date":"models.dev@f3fc692 providers/anthropic/models/claude-haiku-4-5.toml","fees":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider anthropic, pricing_urls anthropic.com/pricing#api): web_searches_kcount 10 for this model","scores":"existing registry scores (small tier)"},"verified":"2026-12-01"},"claude-haiku-5-5":{"id":"claude-haiku-5-5","provider":"anthropic","display_name":"Claude Haiku 5.5","release_date":"2026-10-07","status":"production","context_window":1000000,"max_output_tokens":128000,"pricing":{"input":0.1,"output":0.5,"cached_input":0.01,"cache_write":0.125,"cache_write_1h":0.2,"tiers":[{"above_input_tokens":100000,"applies_to":"whole-request","input":0.5,"output":2.5,"cached_input":0.05,"cache_write":0.625}],"service_tiers":{"batch":{"multiplier":0.5}}},"capabilities":{"input":["text","image"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.6,"reasoning":0.6,"basis":"tier"},"speed_rating":10,"best_for":"High-volume classification, extraction, routing","notes":"New. Prompt-length pricing: a request whose prompt (input + cache reads + cache writes) exceeds 100,000 tokens is billed at the higher rates on every token, output included (whole-request). The 1-hour cache write above 100K ($1.00 per claudit) has no field in the tier schema and is left out. Uses the newer tokenizer (~30% more tokens than Haiku 4.5). Input modalities: Anthropic\'s model page says \'Text and images -> text\'; PDF input is not listed for this model in any source read, so pdf is left out. ","sources":{"pricing":"platform.claude.com/docs/zh-CN/models/haiku-5-5/overview (docs corpus, read 2026-12-01) (input/output/5m write/1h write for prompts up to and over 100,000 tokens); cache read $0.01/$0.05: apidog.com/blog/how-to-use-claude-haiku-5-5-api and kurofune/claudit v1.9.2 (third-party, the official excerpt was truncated)","limits":"platform.claude.com/docs/en/models/haiku-5-5/overview.md (docs corpus, read 2026-12-01) (1M context, 128K output)","capabilities":"@ai-sdk/anthropic@4.0.105 src/anthropic-model-catalog.ts (claude-haiku-5-5)","lifecycle":"@anthropic-ai/sdk@1.15.0 src/resources/messages/messages.ts (Model union); @anthropic-ai/sdk@1.15.0 CHANGELOG.md 0.132.0 (2026-10-07) \'add claude-haiku-5-5\'","release_date":"platform.claude.com/docs/en/models/haiku-5-5/overview.md (docs corpus, read 2026-12-01) (\'Released October 7, 2026\')","scores":"tier rule (Haiku)"},"verified":"2026-12-01"},"claude-opus-4":{"id":"claude-opus-4","provider":"anthropic","display_name":"Claude Opus 4","api_name":"claude-opus-4-20250514","release_date":"2025-05-22","status":"deprecated","context_window":200000,"max_output_tokens":32000,"pricing":{"input":15,"output":75,"cached_input":1.5,"cache_write":18.75,"cache_write_1h":30,"fees":{"web_search_per_1k":10},"service_tiers":{"batch":{"multiplier":0.5}}},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":false,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"deprecation_date":"2026-04-14","shutdown_date":"2026-06-15","replaced_by":"claude-opus-4-8","best_for":"Premium Claude","notes":"Shut down: kept so legacy IDs still resolve. Dates corrected: announced 2026-04-14, retired 2026-06-15. The registry\'s 2026-05-14 came from LiteLLM\'s deprecation_date, which disagrees with the SDK\'s end-of-life date and Anthropic\'s release notes (June 15); the SDK/Anthropic date is followed. replaced_by claude-opus-4-7 -> claude-opus-4-8 (Anthropic\'s recommendation). LiteLLM (2026-07-24) sets supports_response_schema, its tool-call emulation of JSON output, but not supports_native_structured_output for this model, and @ai-sdk/anthropic@4.0.105 marks native structured output false, so structured_output stays false.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider anthropic; published 2026-09-23) (claude-opus-4-0); LiteLLM snapshot 2026-07-24 (claude-opus-4-20250514)","limits":"models.dev@f3fc692 providers/anthropic/models/claude-opus-4-0.toml; LiteLLM snapshot 2026-07-24 (claude-opus-4-20250514)","capabilities":"models.dev@f3fc692 providers/anthropic/models/claude-opus-4-0.toml; @ai-sdk/anthropic@4.0.105 src/anthropic-model-catalog.ts (no native structured output for claude-opus-4)","lifecycle":"@anthropic-ai/sdk@0.104.1 DEPRECATED_MODELS (\'June 15th, 2026\'); @anthropic-ai/sdk@1.15.0 CHANGELOG.md 0.89.0 (2026-04-14) \'mark Sonnet and Opus 4 as deprecated\' and 0.104.2 (2026-06-15) \'remove retired models\'; totalum.app/blog/claude-4-deprecation-migration-2026 (announced 2026-04-14, replacement claude-opus-4-8)","release_date":"models.dev@f3fc692 providers/anthropic/models/claude-opus-4-0.toml","fees":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider anthropic, pricing_urls anthropic.com/pricing#api): web_searches_kcount 10 for this model","scores":"existing registry scores"},"verified":"2026-12-01"},"claude-opus-4-1":{"id":"claude-opus-4-1","provider":"anthropic","display_name":"Claude Opus 4.1","api_name":"claude-opus-4-1-20250805","release_date":"2025-08-05","status":"deprecated","context_window":200000,"max_output_tokens":32000,"pricing":{"input":15,"output":75,"cached_input":1.5,"cache_write":18.75,"cache_write_1h":30,"fees":{"web_search_per_1k":10},"service_tiers":{"batch":{"multiplier":0.5}}},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"deprecation_date":"2026-06-05","shutdown_date":"2026-08-05","replaced_by":"claude-opus-4-8","best_for":"Top reasoning","notes":"Shut down: kept so legacy IDs still resolve. Announced 2026-06-05 (registry had no announcement date and used the removal date); retired 2026-08-05. replaced_by changed claude-opus-4-7 -> claude-opus-4-8, Anthropic\'s named replacement.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider anthropic; published 2026-09-23) (claude-opus-4-1); LiteLLM snapshot 2026-07-24 (claude-opus-4-1)","limits":"models.dev@f3fc692 providers/anthropic/models/claude-opus-4-1.toml; LiteLLM snapshot 2026-07-24 (claude-opus-4-1)","capabilities":"models.dev@f3fc692 providers/anthropic/models/claude-opus-4-1.toml; @ai-sdk/anthropic@4.0.105 src/anthropic-model-catalog.ts","lifecycle":"@anthropic-ai/sdk@0.115.0 DEPRECATED_MODELS (\'August 5th, 2026\'); @anthropic-ai/sdk@1.15.0 CHANGELOG.md 0.116.0 (2026-08-07) \'remove retired Claude Opus 4.1 models\'; samarthputhraya/Modelpin data/models.json (Anthropic deprecations page section \'2026-06-05: Claude Opus 4.1 model\', replacement claude-opus-4-8)","release_date":"models.dev@f3fc692 providers/anthropic/models/claude-opus-4-1.toml","fees":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider anthropic, pricing_urls anthropic.com/pricing#api): web_searches_kcount 10 for this model","scores":"existing registry scores"},"verified":"2026-12-01"},"claude-opus-4-5":{"id":"claude-opus-4-5","provider":"anthropic","display_name":"Claude Opus 4.5","api_name":"claude-opus-4-5-20251101","release_date":"2025-11-24","status":"deprecated","context_window":200000,"max_output_tokens":64000,"pricing":{"input":5,"output":25,"cached_input":0.5,"cache_write":6.25,"cache_write_1h":10,"fees":{"web_search_per_1k":10},"service_tiers":{"batch":{"multiplier":0.5}}},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"deprecation_date":"2026-11-23","shutdown_date":"2027-01-22","replaced_by":"claude-opus-5-5","notes":"Newly deprecated: announced 2026-11-23, end of life 2027-01-22 (tentative per Anthropic; the SDK warns with this date). Recommended replacement Claude Opus 5.5. Release date 2025-11-24 follows Anthropic\'s page and models.dev\'s claude-opus-4-5.toml, while models.dev\'s dated claude-opus-4-5-20251101.toml gives 2025-11-01 (the snapshot suffix).","sources":{"id":"existing registry ID; api_name is the dated snapshot","pricing":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider anthropic; published 2026-09-23) (claude-opus-4-5); platform.claude.com/docs/zh-TW/models/opus-4-5/overview (docs corpus, read 2026-12-01)","limits":"models.dev@f3fc692 providers/anthropic/models/claude-opus-4-5.toml; LiteLLM snapshot 2026-07-24 (claude-opus-4-5)","capabilities":"models.dev@f3fc692 providers/anthropic/models/claude-opus-4-5.toml; LiteLLM snapshot 2026-07-24 (claude-opus-4-5)","lifecycle":"@anthropic-ai/sdk@1.15.0 src/internal/data/deprecated-models.ts (\'January 22nd, 2027\'); @anthropic-ai/sdk@1.15.0 CHANGELOG.md 1.13.0 (2026-11-23) \'mark Claude Opus 4.5 as deprecated\'; samarthputhraya/Modelpin v0.5.7 release notes (deprecated 2026-11-23, replacement claude-opus-5-5)","release_date":"platform.claude.com/docs/pt-BR/models/opus-4-5/overview.md (docs corpus, read 2026-12-01) (\'Released November 24, 2025\')","fees":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider anthropic, pricing_urls anthropic.com/pricing#api): web_searches_kcount 10 for this model","scores":"existing registry scores (flagship tier)"},"verified":"2026-12-01"},"claude-opus-4-6":{"id":"claude-opus-4-6","provider":"anthropic","display_name":"Claude Opus 4.6","release_date":"2026-02-05","status":"production","context_window":1000000,"max_output_tokens":128000,"pricing":{"input":5,"output":25,"cached_input":0.5,"cache_write":6.25,"cache_write_1h":10,"fees":{"web_search_per_1k":10},"service_tiers":{"batch":{"multiplier":0.5}}},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"notes":"Before 2026-03-13 prompts above 200K were repriced (input $10, output $37.50); since then the 1M window is GA at flat prices (genai-prices), so no tier is recorded. The SDK warns when extended thinking (type enabled) is used with this model.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider anthropic; published 2026-09-23) (claude-opus-4-6: flat prices from 2026-03-13); models.dev@f3fc692 providers/anthropic/models/claude-opus-4-6.toml","limits":"models.dev@f3fc692 providers/anthropic/models/claude-opus-4-6.toml; LiteLLM snapshot 2026-07-24 (claude-opus-4-6)","capabilities":"models.dev@f3fc692 providers/anthropic/models/claude-opus-4-6.toml; LiteLLM snapshot 2026-07-24 (claude-opus-4-6)","lifecycle":"@anthropic-ai/sdk@1.15.0 src/resources/messages/messages.ts (Model union) (not in deprecated-models.ts)","release_date":"models.dev@f3fc692 providers/anthropic/models/claude-opus-4-6.toml","fees":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider anthropic, pricing_urls anthropic.com/pricing#api): web_searches_kcount 10 for this model","scores":"existing registry scores (flagship tier)"},"verified":"2026-12-01"},"claude-opus-4-7":{"id":"claude-opus-4-7","provider":"anthropic","display_name":"Claude Opus 4.7","release_date":"2026-04-16","status":"production","context_window":1000000,"max_output_tokens":128000,"pricing":{"input":5,"output":25,"cached_input":0.5,"cache_write":6.25,"cache_write_1h":10,"fees":{"web_search_per_1k":10},"service_tiers":{"batch":{"multiplier":0.5}}},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"notes":"Flat pricing across the full 1M window (no long-context tier, genai-prices). 1M context needs no beta header. Sampling parameters (temperature/top_p/top_k) must be default. Fast mode not modelled.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider anthropic; published 2026-09-23) (claude-opus-4-7); models.dev@f3fc692 providers/anthropic/models/claude-opus-4-7.toml; LiteLLM snapshot 2026-07-24 (claude-opus-4-7)","limits":"models.dev@f3fc692 providers/anthropic/models/claude-opus-4-7.toml; LiteLLM snapshot 2026-07-24 (claude-opus-4-7)","capabilities":"models.dev@f3fc692 providers/anthropic/models/claude-opus-4-7.toml; LiteLLM snapshot 2026-07-24 (claude-opus-4-7)","lifecycle":"@anthropic-ai/sdk@1.15.0 src/resources/messages/messages.ts (Model union) (not in deprecated-models.ts); samarthputhraya/Modelpin data/models.json (transcription of Anthropic\'s model status table, fetched 2026-09-17: Active)","release_date":"models.dev@f3fc692 providers/anthropic/models/claude-opus-4-7.toml","fees":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider anthropic, pricing_urls anthropic.com/pricing#api): web_searches_kcount 10 for this model","scores":"existing registry scores (flagship tier)"},"verified":"2026-12-01"},"claude-opus-4-8":{"id":"claude-opus-4-8","provider":"anthropic","display_name":"Claude Opus 4.8","release_date":"2026-05-28","status":"production","context_window":1000000,"max_output_tokens":128000,"pricing":{"input":5,"output":25,"cached_input":0.5,"cache_write":6.25,"cache_write_1h":10,"fees":{"web_search_per_1k":10},"service_tiers":{"batch":{"multiplier":0.5}}},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"notes":"Flat pricing across the full 1M window (no long-context tier, genai-prices). 1M context needs no beta header. Sampling parameters (temperature/top_p/top_k) must be default. Fast mode not modelled.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider anthropic; published 2026-09-23) (claude-opus-4-8); models.dev@f3fc692 providers/anthropic/models/claude-opus-4-8.toml; LiteLLM snapshot 2026-07-24 (claude-opus-4-8)","limits":"models.dev@f3fc692 providers/anthropic/models/claude-opus-4-8.toml; LiteLLM snapshot 2026-07-24 (claude-opus-4-8)","capabilities":"models.dev@f3fc692 providers/anthropic/models/claude-opus-4-8.toml; LiteLLM snapshot 2026-07-24 (claude-opus-4-8)","lifecycle":"@anthropic-ai/sdk@1.15.0 src/resources/messages/messages.ts (Model union) (not in deprecated-models.ts); samarthputhraya/Modelpin data/models.json (transcription of Anthropic\'s model status table, fetched 2026-09-17: Active)","release_date":"models.dev@f3fc692 providers/anthropic/models/claude-opus-4-8.toml","fees":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider anthropic, pricing_urls anthropic.com/pricing#api): web_searches_kcount 10 for this model","scores":"existing registry scores (flagship tier)"},"verified":"2026-12-01"},"claude-opus-5":{"id":"claude-opus-5","provider":"anthropic","display_name":"Claude Opus 5","release_date":"2026-07-24","status":"production","context_window":1000000,"max_output_tokens":128000,"pricing":{"input":5,"output":25,"cached_input":0.5,"cache_write":6.25,"cache_write_1h":10,"fees":{"web_search_per_1k":10},"service_tiers":{"batch":{"multiplier":0.5}}},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"notes":"Anthropic now lists Opus 5 as Legacy (superseded by Opus 5.5) but it is not deprecated. Prices unchanged; cache writes added (5m $6.25, 1h $10). Fast mode (research preview, $10/$50) is not modelled. PDF input adopted from LiteLLM (2026-07-24, supports_pdf_input); Anthropic\'s PDF-support page says all active models support PDF processing, and the model page\'s \'Text and images -> text\' does not exclude it (PDFs are read as text and page images).","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider anthropic; published 2026-09-23) (claude-opus-5); platform.claude.com/docs/about-claude/models/whats-new-opus-5 (docs corpus, read 2026-12-01); LiteLLM snapshot 2026-07-24 (claude-opus-5)","limits":"platform.claude.com/docs/about-claude/models/whats-new-opus-5 (docs corpus, read 2026-12-01) (1M is both default and maximum; 128K output)","capabilities":"LiteLLM snapshot 2026-07-24 (claude-opus-5, incl. supports_pdf_input); platform.claude.com/docs/en/build-with-claude/pdf-support (docs corpus, read 2026-12-01) (all active models support PDF); @ai-sdk/anthropic@4.0.105 src/anthropic-model-catalog.ts","lifecycle":"@anthropic-ai/sdk@1.15.0 src/resources/messages/messages.ts (Model union); platform.claude.com/docs/about-claude/models/whats-new-opus-5 (docs corpus, read 2026-12-01) (Active (legacy), retirement not sooner than 2027-07-24)","release_date":"platform.claude.com/docs/about-claude/models/whats-new-opus-5 (docs corpus, read 2026-12-01) (\'Released July 24, 2026\')","fees":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider anthropic, pricing_urls anthropic.com/pricing#api): web_searches_kcount 10 for this model","scores":"existing registry scores (flagship tier)"},"verified":"2026-12-01"},"claude-opus-5-5":{"id":"claude-opus-5-5","provider":"anthropic","display_name":"Claude Opus 5.5","status":"production","context_window":1000000,"max_output_tokens":128000,"pricing":{"input":4,"output":20,"cached_input":0.2,"cache_write":5,"cache_write_1h":8,"fees":{"web_search_per_1k":10},"service_tiers":{"batch":{"multiplier":0.5}}},"capabilities":{"input":["text","image"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"best_for":"Long-running agentic coding and knowledge work","notes":"New. Cache reads are 0.05x input ($0.20), not the usual 0.1x (genai-prices price_comments). Flat pricing across the 1M window. Thinking is always on; default effort medium. No release date published in the sources read (the SDK added the ID on 2026-09-22). Input modalities: Anthropic\'s model page says \'Text and images -> text\'; PDF input is not listed for this model in any source read, so pdf is left out. Anthropic\'s recommended replacement for Claude Opus 4.5.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider anthropic; published 2026-09-23) (claude-opus-5-5); platform.claude.com/docs/zh-CN/models/opus-5-5/overview (docs corpus, read 2026-12-01) (same figures, Batch API 50%)","limits":"platform.claude.com/docs/zh-CN/models/opus-5-5/overview (docs corpus, read 2026-12-01) (1M context, 128K output); @pydantic/genai-prices@0.1.8 (dist/index.cjs, provider anthropic; published 2026-09-23) context_window","capabilities":"@ai-sdk/anthropic@4.0.105 src/anthropic-model-catalog.ts (claude-opus-5-5)","lifecycle":"@anthropic-ai/sdk@1.15.0 src/resources/messages/messages.ts (Model union); @anthropic-ai/sdk@1.15.0 CHANGELOG.md 0.128.0 (2026-09-22) \'add support for claude-opus-5-5\'","fees":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider anthropic, pricing_urls anthropic.com/pricing#api): web_searches_kcount 10 for this model","scores":"tier rule (Opus)"},"verified":"2026-12-01"},"claude-sonnet-4":{"id":"claude-sonnet-4","provider":"anthropic","display_name":"Claude Sonnet 4","api_name":"claude-sonnet-4-20250514","release_date":"2025-05-22","status":"deprecated","context_window":200000,"max_output_tokens":64000,"pricing":{"input":3,"output":15,"cached_input":0.3,"cache_write":3.75,"cache_write_1h":6,"fees":{"web_search_per_1k":10},"service_tiers":{"batch":{"multiplier":0.5}}},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":false,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"deprecation_date":"2026-04-14","shutdown_date":"2026-06-15","replaced_by":"claude-sonnet-4-6","best_for":"Balanced tasks","notes":"Shut down: kept so legacy IDs still resolve. Dates corrected: announced 2026-04-14, retired 2026-06-15 (registry had 2026-05-14 from LiteLLM). context_window is the plain 200K; LiteLLM\'s 1,000,000 needed the context-1m beta header, and its >200K whole-request tier ($6/$22.50, LiteLLM) applied only there, so it is left out (genai-prices lists no tier for this model). LiteLLM (2026-07-24) sets supports_response_schema, its tool-call emulation of JSON output, but not supports_native_structured_output for this model, and @ai-sdk/anthropic@4.0.105 marks native structured output false, so structured_output stays false.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider anthropic; published 2026-09-23) (claude-sonnet-4-0); LiteLLM snapshot 2026-07-24 (claude-sonnet-4-20250514)","limits":"models.dev@f3fc692 providers/anthropic/models/claude-sonnet-4-0.toml; LiteLLM snapshot 2026-07-24 (claude-sonnet-4-20250514)","capabilities":"models.dev@f3fc692 providers/anthropic/models/claude-sonnet-4-0.toml; @ai-sdk/anthropic@4.0.105 src/anthropic-model-catalog.ts","lifecycle":"@anthropic-ai/sdk@0.104.1 DEPRECATED_MODELS (\'June 15th, 2026\'); @anthropic-ai/sdk@1.15.0 CHANGELOG.md 0.89.0 (2026-04-14) and 0.104.2 (2026-06-15); ottto-ai/ai-provider-watch data/events/2026-06-15-anthropic-sonnet-4-opus-4-retirement.json","release_date":"models.dev@f3fc692 providers/anthropic/models/claude-sonnet-4-0.toml","fees":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider anthropic, pricing_urls anthropic.com/pricing#api): web_searches_kcount 10 for this model","scores":"existing registry scores"},"verified":"2026-12-01"},"claude-sonnet-4-5":{"id":"claude-sonnet-4-5","provider":"anthropic","display_name":"Claude Sonnet 4.5","api_name":"claude-sonnet-4-5-20250929","release_date":"2025-09-29","status":"deprecated","context_window":200000,"max_output_tokens":64000,"pricing":{"input":3,"output":15,"cached_input":0.3,"cache_write":3.75,"cache_write_1h":6,"fees":{"web_search_per_1k":10},"service_tiers":{"batch":{"multiplier":0.5}}},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"deprecation_date":"2026-09-30","shutdown_date":"2026-11-30","replaced_by":"claude-sonnet-5-5","best_for":"Latest balanced","notes":"Shut down 2026-11-30 (retired; removed from the SDK Model union in 1.15.0). deprecation_date 2026-09-30 is the SDK release that added the deprecation warning (0.131.0 \'deprecate sonnet 4.5\'); Anthropic\'s own announcement date was not found, so it may be a few days off. Anthropic names Claude Sonnet 5.5 as the replacement. context_window is the plain 200K: the 1M-context beta (context-1m header) was retired 2026-04-30, after which requests over 200K error (genai-prices). Its whole-request tier above 200K ($6 input / $22.50 output / $0.60 cache read / $7.50 5m write, genai-prices and LiteLLM) applied only under that beta and is left out, since a tier above the 200K window can never apply. Scores corrected 1.0 -> 0.8 (Sonnet is mid tier).","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider anthropic; published 2026-09-23) (claude-sonnet-4-5); LiteLLM snapshot 2026-07-24 (claude-sonnet-4-5-20250929)","limits":"models.dev@f3fc692 providers/anthropic/models/claude-sonnet-4-5.toml; platform.claude.com/docs/pt-BR/models/sonnet-4-5/overview.md (docs corpus, read 2026-12-01)","capabilities":"models.dev@f3fc692 providers/anthropic/models/claude-sonnet-4-5.toml; LiteLLM snapshot 2026-07-24 (claude-sonnet-4-5)","lifecycle":"@anthropic-ai/sdk@0.131.0 and @1.14.0 src deprecated models (\'November 30th, 2026\'); @anthropic-ai/sdk@1.15.0 CHANGELOG.md 1.15.0 (2026-11-30) \'remove retired Claude Sonnet 4.5 models\'; platform.claude.com/docs/pt-BR/models/sonnet-4-5/overview.md (docs corpus, read 2026-12-01) (deprecated, retires 2026-11-30, replacement Claude Sonnet 5.5)","release_date":"platform.claude.com/docs/pt-BR/models/sonnet-4-5/overview.md (docs corpus, read 2026-12-01) (\'Released September 29, 2025\')","fees":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider anthropic, pricing_urls anthropic.com/pricing#api): web_searches_kcount 10 for this model","scores":"tier rule (Sonnet = mid); the registry\'s 1.0/1.0 contradicted its own 6.7 speed rating and the tier table"},"verified":"2026-12-01"},"claude-sonnet-4-6":{"id":"claude-sonnet-4-6","provider":"anthropic","display_name":"Claude Sonnet 4.6","release_date":"2026-02-17","status":"production","context_window":1000000,"max_output_tokens":64000,"pricing":{"input":3,"output":15,"cached_input":0.3,"cache_write":3.75,"cache_write_1h":6,"fees":{"web_search_per_1k":10},"service_tiers":{"batch":{"multiplier":0.5}}},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"notes":"max_output_tokens 64K follows models.dev and LiteLLM; @ai-sdk/anthropic uses 128000 as its default cap for the 4.6 family, which is not a provider statement. genai-prices lists a long-context price tier above 200K tokens ($6/$22.50) that applied only before 2026-03-13, and the price has been flat since, so this entry has no tier.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider anthropic; published 2026-09-23) (claude-sonnet-4-6: flat prices from 2026-03-13); models.dev@f3fc692 providers/anthropic/models/claude-sonnet-4-6.toml","limits":"models.dev@f3fc692 providers/anthropic/models/claude-sonnet-4-6.toml; LiteLLM snapshot 2026-07-24 (claude-sonnet-4-6)","capabilities":"models.dev@f3fc692 providers/anthropic/models/claude-sonnet-4-6.toml; LiteLLM snapshot 2026-07-24 (claude-sonnet-4-6)","lifecycle":"@anthropic-ai/sdk@1.15.0 src/resources/messages/messages.ts (Model union) (not in deprecated-models.ts)","release_date":"models.dev@f3fc692 providers/anthropic/models/claude-sonnet-4-6.toml","fees":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider anthropic, pricing_urls anthropic.com/pricing#api): web_searches_kcount 10 for this model","scores":"existing registry scores (mid tier)"},"verified":"2026-12-01"},"claude-sonnet-5":{"id":"claude-sonnet-5","provider":"anthropic","display_name":"Claude Sonnet 5","release_date":"2026-06-30","status":"production","context_window":1000000,"max_output_tokens":128000,"pricing":{"input":2,"output":10,"cached_input":0.2,"cache_write":2.5,"cache_write_1h":4,"fees":{"web_search_per_1k":10},"service_tiers":{"batch":{"multiplier":0.5}}},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"notes":"Anthropic made the introductory $2/$10 rates permanent and cancelled the scheduled 2026-09-01 increase (genai-prices price_comments), so no period is needed. Listed as Legacy (superseded by Sonnet 5.5), not deprecated.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider anthropic; published 2026-09-23) (claude-sonnet-5); models.dev@f3fc692 providers/anthropic/models/claude-sonnet-5.toml; platform.claude.com/docs/zh-CN/models/sonnet-5/overview (docs corpus, read 2026-12-01)","limits":"models.dev@f3fc692 providers/anthropic/models/claude-sonnet-5.toml; platform.claude.com/docs/zh-CN/models/sonnet-5/overview.md (docs corpus, read 2026-12-01)","capabilities":"models.dev@f3fc692 providers/anthropic/models/claude-sonnet-5.toml; LiteLLM snapshot 2026-07-24 (claude-sonnet-5)","lifecycle":"@anthropic-ai/sdk@1.15.0 src/resources/messages/messages.ts (Model union); platform.claude.com/docs/zh-CN/models/sonnet-5/overview.md (docs corpus, read 2026-12-01) (\'Legacy\', still available)","release_date":"models.dev@f3fc692 providers/anthropic/models/claude-sonnet-5.toml; platform.claude.com/docs/zh-CN/models/sonnet-5/overview.md (docs corpus, read 2026-12-01)","fees":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider anthropic, pricing_urls anthropic.com/pricing#api): web_searches_kcount 10 for this model","scores":"existing registry scores (mid tier)"},"verified":"2026-12-01"},"claude-sonnet-5-5":{"id":"claude-sonnet-5-5","provider":"anthropic","display_name":"Claude Sonnet 5.5","status":"production","context_window":1000000,"max_output_tokens":128000,"pricing":{"input":2,"output":10,"cached_input":0.1,"cache_write":2.5,"cache_write_1h":4,"periods":[{"until":"2026-10-07","input":2,"output":10,"cached_input":0.2,"note":"cache-read price before Anthropic\'s 2026-10-07 cut"}],"service_tiers":{"batch":{"multiplier":0.5}}},"capabilities":{"input":["text","image"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"best_for":"Balanced everyday coding and agents","notes":"New. Disagreement on the cache-read price: the stored Anthropic model page (zh-CN snapshot) shows $0.20; two independent trackers of Anthropic\'s live pricing page report a cut to $0.10 (0.05x input) effective 2026-10-07. The newer figure is followed, with the old one kept as a period until 2026-10-07. genai-prices 0.1.8 (published 2026-09-23, before the cut) still lists the $0.20 cache-read price, which is the period price here. No release date in the sources read (SDK added the ID on 2026-09-28). Input modalities: Anthropic\'s model page says \'Text and images -> text\'; PDF input is not listed for this model in any source read, so pdf is left out. Anthropic\'s recommended replacement for Claude Sonnet 4.5.","sources":{"pricing":"platform.claude.com/docs/zh-CN/models/sonnet-5-5/overview (docs corpus, read 2026-12-01) ($2/$10, $2.50 5m write, $4 1h write, Batch 50%); cache read $0.10 from 2026-10-07: kurofune/claudit v1.9.2 and TheKrush/PromptFuel v1.0.23 release notes (third-party pricing-page trackers)","limits":"platform.claude.com/docs/zh-CN/models/sonnet-5-5/overview (docs corpus, read 2026-12-01) (1M / 128K); vercel.com/ai-gateway/models/claude-sonnet-5.5.md","capabilities":"@ai-sdk/anthropic@4.0.105 src/anthropic-model-catalog.ts (claude-sonnet-5-5)","lifecycle":"@anthropic-ai/sdk@1.15.0 src/resources/messages/messages.ts (Model union); @anthropic-ai/sdk@1.15.0 CHANGELOG.md 0.129.0 (2026-09-28) \'add claude-sonnet-5-5\'","scores":"tier rule (Sonnet)"},"verified":"2026-12-01"},"codellama:13b":{"id":"codellama:13b","provider":"ollama","display_name":"codellama:13b","status":"production","context_window":16384,"max_output_tokens":16384,"pricing":{"input":0,"output":0},"capabilities":{"input":["text"],"output":["text"],"tool_calling":false},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"hardware":{"parameters_billion":13,"download_size_gb":7.4,"min_ram_gb":16},"best_for":"High-quality code","notes":"Legacy table said 100K context; the Ollama tag\'s context_length is 16384. Context is the tag\'s context_length as recorded in the current registry from https://ollama.com/library/codellama (July 2026 snapshot); the Ollama library itself is not reachable here and models.dev has no local-Ollama catalogue, so it could not be re-verified. Ollama tags are not shut down; status stays production. max_output_tokens = context_window: Ollama generates until the context is full unless num_predict is set (the documented local-model exception, docs/scoring.md). LiteLLM (2026-07-24) lists ollama/codellama with max_input_tokens and max_output_tokens 4,096, an old generic figure; the tag\'s context_length 16,384 (current registry, from the Ollama library) is followed.","sources":{"pricing":"local model, no per-token cost (docs/scoring.md: Local (Ollama) models)","limits":"current registry (verified 2026-07-24) from https://ollama.com/library/codellama (tag context_length); not re-verified","capabilities":"current registry (verified 2026-07-24; source https://ollama.com/library/codellama)","lifecycle":"https://ollama.com/library/codellama (tag listed as of the 2026-07-24 registry snapshot)","scores":"current registry (legacy table conversion, docs/scoring.md rule 1)"},"verified":"2026-07-24"},"codellama:13b-code":{"id":"codellama:13b-code","provider":"ollama","display_name":"codellama:13b-code","status":"production","context_window":16384,"max_output_tokens":16384,"pricing":{"input":0,"output":0},"capabilities":{"input":["text"],"output":["text"],"tool_calling":false},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"hardware":{"parameters_billion":13,"download_size_gb":7.4,"min_ram_gb":16},"best_for":"Code generation focus","notes":"Legacy table said 100K context; the Ollama tag\'s context_length is 16384. Context is the tag\'s context_length as recorded in the current registry from https://ollama.com/library/codellama (July 2026 snapshot); the Ollama library itself is not reachable here and models.dev has no local-Ollama catalogue, so it could not be re-verified. Ollama tags are not shut down; status stays production. max_output_tokens = context_window: Ollama generates until the context is full unless num_predict is set (the documented local-model exception, docs/scoring.md). LiteLLM (2026-07-24) lists ollama/codellama with max_input_tokens and max_output_tokens 4,096, an old generic figure; the tag\'s context_length 16,384 (current registry, from the Ollama library) is followed.","sources":{"pricing":"local model, no per-token cost (docs/scoring.md: Local (Ollama) models)","limits":"current registry (verified 2026-07-24) from https://ollama.com/library/codellama (tag context_length); not re-verified","capabilities":"current registry (verified 2026-07-24; source https://ollama.com/library/codellama)","lifecycle":"https://ollama.com/library/codellama (tag listed as of the 2026-07-24 registry snapshot)","scores":"current registry (legacy table conversion, docs/scoring.md rule 1)"},"verified":"2026-07-24"},"codellama:34b":{"id":"codellama:34b","provider":"ollama","display_name":"codellama:34b","status":"production","context_window":16384,"max_output_tokens":16384,"pricing":{"input":0,"output":0},"capabilities":{"input":["text"],"output":["text"],"tool_calling":false},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"hardware":{"parameters_billion":34,"download_size_gb":19,"min_ram_gb":32},"best_for":"Best code quality","notes":"Legacy table said 100K context; the Ollama tag\'s context_length is 16384. Context is the tag\'s context_length as recorded in the current registry from https://ollama.com/library/codellama (July 2026 snapshot); the Ollama library itself is not reachable here and models.dev has no local-Ollama catalogue, so it could not be re-verified. Ollama tags are not shut down; status stays production. max_output_tokens = context_window: Ollama generates until the context is full unless num_predict is set (the documented local-model exception, docs/scoring.md). LiteLLM (2026-07-24) lists ollama/codellama with max_input_tokens and max_output_tokens 4,096, an old generic figure; the tag\'s context_length 16,384 (current registry, from the Ollama library) is followed.","sources":{"pricing":"local model, no per-token cost (docs/scoring.md: Local (Ollama) models)","limits":"current registry (verified 2026-07-24) from https://ollama.com/library/codellama (tag context_length); not re-verified","capabilities":"current registry (verified 2026-07-24; source https://ollama.com/library/codellama)","lifecycle":"https://ollama.com/library/codellama (tag listed as of the 2026-07-24 registry snapshot)","scores":"current registry (legacy table conversion, docs/scoring.md rule 1)"},"verified":"2026-07-24"},"deepseek-coder:1.3b":{"id":"deepseek-coder:1.3b","provider":"ollama","display_name":"deepseek-coder:1.3b","status":"production","context_window":16384,"max_output_tokens":16384,"pricing":{"input":0,"output":0},"capabilities":{"input":["text"],"output":["text"],"tool_calling":false},"scores":{"coding":0.6,"reasoning":0.6,"basis":"tier"},"speed_rating":10,"hardware":{"parameters_billion":1.3,"download_size_gb":0.776,"min_ram_gb":2},"best_for":"Quick code snippets","notes":"Context is the tag\'s context_length as recorded in the current registry from https://ollama.com/library/deepseek-coder (July 2026 snapshot); the Ollama library itself is not reachable here and models.dev has no local-Ollama catalogue, so it could not be re-verified. Ollama tags are not shut down; status stays production. max_output_tokens = context_window: Ollama generates until the context is full unless num_predict is set (the documented local-model exception, docs/scoring.md).","sources":{"pricing":"local model, no per-token cost (docs/scoring.md: Local (Ollama) models)","limits":"current registry (verified 2026-07-24) from https://ollama.com/library/deepseek-coder (tag context_length); not re-verified","capabilities":"current registry (verified 2026-07-24; source https://ollama.com/library/deepseek-coder)","lifecycle":"https://ollama.com/library/deepseek-coder (tag listed as of the 2026-07-24 registry snapshot)","scores":"current registry (legacy table conversion, docs/scoring.md rule 1)"},"verified":"2026-07-24"},"deepseek-r1:70b":{"id":"deepseek-r1:70b","provider":"ollama","display_name":"deepseek-r1:70b","status":"production","context_window":131072,"max_output_tokens":131072,"pricing":{"input":0,"output":0},"capabilities":{"input":["text"],"output":["text"],"tool_calling":false,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"hardware":{"parameters_billion":70,"download_size_gb":42,"min_ram_gb":64},"best_for":"Ultimate reasoning","notes":"Context is the tag\'s context_length as recorded in the current registry from https://ollama.com/library/deepseek-r1 (July 2026 snapshot); the Ollama library itself is not reachable here and models.dev has no local-Ollama catalogue, so it could not be re-verified. Ollama tags are not shut down; status stays production. max_output_tokens = context_window: Ollama generates until the context is full unless num_predict is set (the documented local-model exception, docs/scoring.md).","sources":{"pricing":"local model, no per-token cost (docs/scoring.md: Local (Ollama) models)","limits":"current registry (verified 2026-07-24) from https://ollama.com/library/deepseek-r1 (tag context_length); not re-verified","capabilities":"current registry (verified 2026-07-24; source https://ollama.com/library/deepseek-r1); reasoning: ollama.com/blog/thinking (2025-05-30; Ollama v0.9.0: thinking support for DeepSeek-R1 and Qwen 3)","lifecycle":"https://ollama.com/library/deepseek-r1 (tag listed as of the 2026-07-24 registry snapshot)","scores":"current registry (legacy table conversion, docs/scoring.md rule 1)"},"verified":"2026-07-24"},"deepseek.r1-v1:0":{"id":"deepseek.r1-v1:0","provider":"bedrock","display_name":"DeepSeek R1","release_date":"2025-01-20","status":"production","context_window":128000,"max_output_tokens":32768,"pricing":{"input":1.35,"output":5.4},"capabilities":{"input":["text"],"output":["text"],"tool_calling":false,"structured_output":false,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"notes":"Invoked via us.deepseek.r1-v1:0 profile (AI SDK, LiteLLM); LiteLLM output 4096 vs models.dev 32768 (models.dev followed). Third-party model on Bedrock; score tier assigned by analogy to the tier rule. structured_output false where models.dev does not state support. LiteLLM (2026-07-24) lists max_output_tokens 4096, but AWS\'s DeepSeek parameter page accepts max_tokens up to 32,768, which this entry follows with models.dev (2026-07-02). tool_calling follows LiteLLM (2026-07-24) (false): the original DeepSeek-R1 does not support function calling, and models.dev (2026-07-02)\'s tool_call true is not followed.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (published 2026-09-23) dist/index.js provider aws deepseek.r1-v1:0","limits":"models.dev@f3fc692 providers/amazon-bedrock/models/deepseek.r1-v1:0.toml","capabilities":"models.dev@f3fc692 providers/amazon-bedrock/models/deepseek.r1-v1:0.toml (modalities, reasoning); LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json us.deepseek.r1-v1:0 (supports_function_calling false)","lifecycle":"models.dev@f3fc692 providers/amazon-bedrock/models/deepseek.r1-v1:0.toml (listed 2026-07-02); not in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)","release_date":"models.dev@f3fc692 providers/amazon-bedrock/models/deepseek.r1-v1:0.toml"},"verified":"2026-12-01"},"deepseek.v3-v1:0":{"id":"deepseek.v3-v1:0","provider":"bedrock","display_name":"DeepSeek V3.1","release_date":"2025-09-18","status":"production","context_window":163840,"max_output_tokens":81920,"pricing":{"input":0.58,"output":1.68},"capabilities":{"input":["text"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"notes":"Third-party model on Bedrock; score tier assigned by analogy to the tier rule.","sources":{"pricing":"models.dev@f3fc692 providers/amazon-bedrock/models/deepseek.v3-v1:0.toml","limits":"models.dev@f3fc692 providers/amazon-bedrock/models/deepseek.v3-v1:0.toml","capabilities":"models.dev@f3fc692 providers/amazon-bedrock/models/deepseek.v3-v1:0.toml","lifecycle":"models.dev@f3fc692 providers/amazon-bedrock/models/deepseek.v3-v1:0.toml (listed 2026-07-02); not in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)","release_date":"models.dev@f3fc692 providers/amazon-bedrock/models/deepseek.v3-v1:0.toml"},"verified":"2026-12-01"},"deepseek.v3.2":{"id":"deepseek.v3.2","provider":"bedrock","display_name":"DeepSeek V3.2","release_date":"2026-02-06","status":"production","context_window":163840,"max_output_tokens":81920,"pricing":{"input":0.62,"output":1.85},"capabilities":{"input":["text"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"notes":"LiteLLM output 163840 (= context); models.dev 81920 followed. Third-party model on Bedrock; score tier assigned by analogy to the tier rule.","sources":{"pricing":"models.dev@f3fc692 providers/amazon-bedrock/models/deepseek.v3.2.toml","limits":"models.dev@f3fc692 providers/amazon-bedrock/models/deepseek.v3.2.toml","capabilities":"models.dev@f3fc692 providers/amazon-bedrock/models/deepseek.v3.2.toml","lifecycle":"models.dev@f3fc692 providers/amazon-bedrock/models/deepseek.v3.2.toml (listed 2026-07-02); not in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)","release_date":"models.dev@f3fc692 providers/amazon-bedrock/models/deepseek.v3.2.toml"},"verified":"2026-12-01"},"dial-claude-opus-4":{"id":"dial-claude-opus-4","provider":"dial","display_name":"Claude Opus 4","api_name":"anthropic.claude-opus-4-20250514-v1:0","release_date":"2025-05-22","status":"deprecated","context_window":200000,"max_output_tokens":32000,"pricing":{"input":15,"output":75,"cached_input":1.5,"cache_write":18.75},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"deprecation_date":"2026-04-14","shutdown_date":"2026-06-15","replaced_by":"dial-claude-opus-4-8","best_for":"Enterprise access","notes":"DIAL deployment names are set per installation; api_name is the upstream model ID the deployment forwards to (Bedrock ID for Claude). Prices, limits and lifecycle follow the underlying model, cited from the underlying provider\'s sources; DIAL itself publishes no figures. Dates changed: shutdown 2026-05-14 -> 2026-06-15 and deprecation 2026-05-14 -> 2026-04-14. The registry\'s 2026-05-14 came from LiteLLM; Anthropic\'s SDK deprecation list gives end-of-life June 15th, 2026 and the SDK marked Opus 4 deprecated on 2026-04-14 (0.89.0), removing it on 2026-06-15 (0.104.2). replaced_by dial-claude-opus-4-5 -> dial-claude-opus-4-8 (Opus 4.5 is itself deprecated now). cache_write 18.75 added from LiteLLM. Release date from models.dev\'s claude-opus-4-20250514 entry.","sources":{"pricing":"LiteLLM price list (2026-07-24) anthropic.claude-opus-4-20250514-v1:0","limits":"LiteLLM price list (2026-07-24) anthropic.claude-opus-4-20250514-v1:0","capabilities":"models.dev@f3fc692 providers/anthropic/models/claude-opus-4-20250514.toml","lifecycle":"@anthropic-ai/sdk@0.104.1 src/resources/messages/messages.ts DEPRECATED_MODELS (\'claude-opus-4-20250514\' / \'claude-sonnet-4-20250514\': \'June 15th, 2026\'); @anthropic-ai/sdk@1.15.0 CHANGELOG.md 0.89.0 (2026-04-14) \'mark Sonnet and Opus 4 as deprecated\', 0.104.2 (2026-06-15) \'remove retired models\'","release_date":"models.dev@f3fc692 providers/anthropic/models/claude-opus-4-20250514.toml"},"verified":"2026-12-01"},"dial-claude-opus-4-5":{"id":"dial-claude-opus-4-5","provider":"dial","display_name":"Claude Opus 4.5","api_name":"anthropic.claude-opus-4-5-20251101-v1:0","release_date":"2025-11-24","status":"deprecated","context_window":200000,"max_output_tokens":64000,"pricing":{"input":5,"output":25,"cached_input":0.5,"cache_write":6.25,"cache_write_1h":10},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"deprecation_date":"2026-11-23","shutdown_date":"2027-01-22","replaced_by":"dial-claude-opus-4-8","notes":"DIAL deployment names are set per installation; api_name is the upstream model ID the deployment forwards to (Bedrock ID for Claude). Prices, limits and lifecycle follow the underlying model, cited from the underlying provider\'s sources; DIAL itself publishes no figures. Newly deprecated: Anthropic marked Claude Opus 4.5 deprecated with end-of-life 2027-01-22 (@anthropic-ai/sdk 1.13.0, 2026-11-23; deprecation_date is that SDK release date, Anthropic\'s own announcement date is not in the SDK). Dates follow Anthropic; Bedrock\'s own retirement schedule for the Bedrock ID may differ and was not checked. cache_write / cache_write_1h added from genai-prices.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider anthropic model claude-opus-4-5); LiteLLM price list (2026-07-24) anthropic.claude-opus-4-5-20251101-v1:0","limits":"models.dev@f3fc692 providers/anthropic/models/claude-opus-4-5.toml; LiteLLM price list (2026-07-24) anthropic.claude-opus-4-5-20251101-v1:0","capabilities":"models.dev@f3fc692 providers/anthropic/models/claude-opus-4-5.toml","lifecycle":"@anthropic-ai/sdk@1.15.0 (2026-11-30) src/internal/data/deprecated-models.ts (\'claude-opus-4-5-20251101\': \'January 22nd, 2027\'); CHANGELOG.md 1.13.0 (2026-11-23)","release_date":"models.dev@f3fc692 providers/anthropic/models/claude-opus-4-5.toml"},"verified":"2026-12-01"},"dial-claude-opus-4-8":{"id":"dial-claude-opus-4-8","provider":"dial","display_name":"Claude Opus 4.8","api_name":"anthropic.claude-opus-4-8","release_date":"2026-05-28","status":"production","context_window":1000000,"max_output_tokens":128000,"pricing":{"input":5,"output":25,"cached_input":0.5,"cache_write":6.25,"cache_write_1h":10},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"best_for":"Enterprise access to the top Claude model","notes":"DIAL deployment names are set per installation; api_name is the upstream model ID the deployment forwards to (Bedrock ID for Claude). Prices, limits and lifecycle follow the underlying model, cited from the underlying provider\'s sources; DIAL itself publishes no figures. New: live successor for the retired/deprecated DIAL Opus deployments. Flat pricing across the 1M window (genai-prices). Newer Opus versions exist (claude-opus-5, claude-opus-5-5 in @anthropic-ai/sdk 1.15.0) but models.dev\'s 2026-07-02 snapshot has no limits for them, so Opus 4.8 (fully sourced) is the entry added; a DIAL installation may expose others.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider anthropic model claude-opus-4-8); LiteLLM price list (2026-07-24) anthropic.claude-opus-4-8","limits":"models.dev@f3fc692 providers/anthropic/models/claude-opus-4-8.toml; LiteLLM price list (2026-07-24) anthropic.claude-opus-4-8","capabilities":"models.dev@f3fc692 providers/anthropic/models/claude-opus-4-8.toml","lifecycle":"@anthropic-ai/sdk@1.15.0 src/resources/messages/messages.ts (Model union; not in @anthropic-ai/sdk@1.15.0 (2026-11-30) src/internal/data/deprecated-models.ts); @ai-sdk/amazon-bedrock@5.0.101 src/amazon-bedrock-chat-language-model-options.ts (Bedrock model IDs)","release_date":"models.dev@f3fc692 providers/anthropic/models/claude-opus-4-8.toml","scores":"docs/scoring.md tier rule (flagship: Claude Opus)"},"verified":"2026-12-01"},"dial-claude-sonnet-4":{"id":"dial-claude-sonnet-4","provider":"dial","display_name":"Claude Sonnet 4","api_name":"anthropic.claude-sonnet-4-20250514-v1:0","release_date":"2025-05-22","status":"deprecated","context_window":200000,"max_output_tokens":64000,"pricing":{"input":3,"output":15,"cached_input":0.3,"cache_write":3.75},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"deprecation_date":"2026-04-14","shutdown_date":"2026-06-15","replaced_by":"dial-claude-sonnet-4-6","best_for":"Enterprise balanced","notes":"DIAL deployment names are set per installation; api_name is the upstream model ID the deployment forwards to (Bedrock ID for Claude). Prices, limits and lifecycle follow the underlying model, cited from the underlying provider\'s sources; DIAL itself publishes no figures. Dates changed: shutdown 2026-05-14 -> 2026-06-15 and deprecation 2026-05-14 -> 2026-04-14 (Anthropic SDK deprecation list and CHANGELOG, as for Opus 4; the registry\'s date was LiteLLM\'s). replaced_by dial-claude-sonnet-4-5 -> dial-claude-sonnet-4-6 (Sonnet 4.5 was shut down on 2026-11-30). context_window is the standard 200K; LiteLLM\'s 1,000,000 needed a beta header and long-context prices.","sources":{"pricing":"LiteLLM price list (2026-07-24) anthropic.claude-sonnet-4-20250514-v1:0","limits":"models.dev@f3fc692 providers/anthropic/models/claude-sonnet-4-20250514.toml; LiteLLM price list (2026-07-24) anthropic.claude-sonnet-4-20250514-v1:0","capabilities":"models.dev@f3fc692 providers/anthropic/models/claude-sonnet-4-20250514.toml","lifecycle":"@anthropic-ai/sdk@0.104.1 src/resources/messages/messages.ts DEPRECATED_MODELS (\'claude-opus-4-20250514\' / \'claude-sonnet-4-20250514\': \'June 15th, 2026\'); @anthropic-ai/sdk@1.15.0 CHANGELOG.md 0.89.0 (2026-04-14) \'mark Sonnet and Opus 4 as deprecated\', 0.104.2 (2026-06-15) \'remove retired models\'","release_date":"models.dev@f3fc692 providers/anthropic/models/claude-sonnet-4-20250514.toml"},"verified":"2026-12-01"},"dial-claude-sonnet-4-5":{"id":"dial-claude-sonnet-4-5","provider":"dial","display_name":"Claude Sonnet 4.5","api_name":"anthropic.claude-sonnet-4-5-20250929-v1:0","release_date":"2025-09-29","status":"deprecated","context_window":200000,"max_output_tokens":64000,"pricing":{"input":3,"output":15,"cached_input":0.3,"cache_write":3.75,"cache_write_1h":6},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"deprecation_date":"2026-09-30","shutdown_date":"2026-11-30","replaced_by":"dial-claude-sonnet-4-6","notes":"DIAL deployment names are set per installation; api_name is the upstream model ID the deployment forwards to (Bedrock ID for Claude). Prices, limits and lifecycle follow the underlying model, cited from the underlying provider\'s sources; DIAL itself publishes no figures. Newly shut down: Anthropic retired Claude Sonnet 4.5 on 2026-11-30 (end-of-life in @anthropic-ai/sdk 1.14.0\'s deprecation list; removed from the SDK in 1.15.0 the same day). deprecation_date 2026-09-30 is the SDK release that first marked it deprecated. Dates follow Anthropic; Bedrock may keep the Bedrock ID longer (not checked). genai-prices\' >200K tiers describe the retired 1M beta (requests over 200K now error), so no tier is recorded. Kept so that legacy IDs still compile.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider anthropic model claude-sonnet-4-5); LiteLLM price list (2026-07-24) anthropic.claude-sonnet-4-5-20250929-v1:0","limits":"models.dev@f3fc692 providers/anthropic/models/claude-sonnet-4-5.toml; LiteLLM price list (2026-07-24) anthropic.claude-sonnet-4-5-20250929-v1:0","capabilities":"models.dev@f3fc692 providers/anthropic/models/claude-sonnet-4-5.toml","lifecycle":"@anthropic-ai/sdk@1.14.0 src/internal/data/deprecated-models.ts (\'claude-sonnet-4-5\': \'November 30th, 2026\'); @anthropic-ai/sdk@1.15.0 CHANGELOG.md (\'remove retired Claude Sonnet 4.5 models\', 2026-11-30) and 0.131.0 (\'deprecate sonnet 4.5\', 2026-09-30)","release_date":"models.dev@f3fc692 providers/anthropic/models/claude-sonnet-4-5.toml"},"verified":"2026-12-01"},"dial-claude-sonnet-4-6":{"id":"dial-claude-sonnet-4-6","provider":"dial","display_name":"Claude Sonnet 4.6","api_name":"anthropic.claude-sonnet-4-6","release_date":"2026-02-17","status":"production","context_window":1000000,"max_output_tokens":64000,"pricing":{"input":3,"output":15,"cached_input":0.3,"cache_write":3.75,"cache_write_1h":6},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"best_for":"Enterprise balanced","notes":"DIAL deployment names are set per installation; api_name is the upstream model ID the deployment forwards to (Bedrock ID for Claude). Prices, limits and lifecycle follow the underlying model, cited from the underlying provider\'s sources; DIAL itself publishes no figures. New: same-price successor for the retired Sonnet 4 / 4.5 deployments. Flat pricing across the 1M window since 2026-03-13 (genai-prices; earlier requests >200K were billed 2x/1.5x, no longer relevant). Bedrock ID anthropic.claude-sonnet-4-6 as in LiteLLM and AWS\'s inference-profile table; @ai-sdk/amazon-bedrock lists it as anthropic.claude-sonnet-4-6-v1, the installation\'s deployment decides.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider anthropic model claude-sonnet-4-6) (period from 2026-03-13); models.dev@f3fc692 providers/anthropic/models/claude-sonnet-4-6.toml","limits":"models.dev@f3fc692 providers/anthropic/models/claude-sonnet-4-6.toml; LiteLLM price list (2026-07-24) anthropic.claude-sonnet-4-6","capabilities":"models.dev@f3fc692 providers/anthropic/models/claude-sonnet-4-6.toml","lifecycle":"@anthropic-ai/sdk@1.15.0 src/resources/messages/messages.ts (Model union; not in @anthropic-ai/sdk@1.15.0 (2026-11-30) src/internal/data/deprecated-models.ts); @ai-sdk/amazon-bedrock@5.0.101 src/amazon-bedrock-chat-language-model-options.ts (Bedrock model IDs)","release_date":"models.dev@f3fc692 providers/anthropic/models/claude-sonnet-4-6.toml","scores":"docs/scoring.md tier rule (mid: Sonnet)"},"verified":"2026-12-01"},"dial-gemini-2.5-pro":{"id":"dial-gemini-2.5-pro","provider":"dial","display_name":"Gemini 2.5 Pro","api_name":"gemini-2.5-pro","release_date":"2025-06-17","status":"deprecated","context_window":1114112,"max_input_tokens":1048576,"max_output_tokens":65536,"pricing":{"input":1.25,"output":10,"cached_input":0.125,"tiers":[{"above_input_tokens":200000,"applies_to":"whole-request","input":2.5,"output":15,"cached_input":0.25}]},"capabilities":{"input":["text","image","audio","video","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"shutdown_date":"2026-12-01","replaced_by":"dial-gemini-3.1-pro-preview","notes":"DIAL deployment names are set per installation; api_name is the upstream model ID the deployment forwards to (Bedrock ID for Claude). Prices, limits and lifecycle follow the underlying model, cited from the underlying provider\'s sources; DIAL itself publishes no figures. Newly shut down: the Gemini API schedule moved 2026-06-17 -> 2026-10-16 (mozilla/sumo#2794, rohitg00/ai-engineering-from-scratch#348) -> 2026-12-01 (Gemini API deprecations page as quoted by dev.to/aideprecations, read 2026-11-10; the source the google slice follows). The latest date, 2026-12-01 (today), is followed. Vertex AI (which DIAL\'s Gemini adapter may use) announced \'no earlier than 2026-10-16\' (gcpstudyhub.com); its final date was not found. Context: input 1,048,576 + output 65,536 -> context_window 1,114,112 (total, as in the google slice). Announcement date unknown, deprecation_date left out. max_output_tokens 65535 -> 65536 (models.dev / Google\'s stated limit; LiteLLM\'s 65535 is off by one). Long-context tier (>200K, whole request) added from genai-prices / models.dev.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider google model gemini-2.5-pro); models.dev@f3fc692 providers/google/models/gemini-2.5-pro.toml","limits":"models.dev@f3fc692 models/google/gemini-2.5-pro.toml (base model of providers/google/models/gemini-2.5-pro.toml)","capabilities":"models.dev@f3fc692 models/google/gemini-2.5-pro.toml (base model of providers/google/models/gemini-2.5-pro.toml)","lifecycle":"dev.to/aideprecations what-to-do-before-gemini-25-pro-and-25-flash-are-retired-on-december-1-2026 (quoting ai.google.dev/gemini-api/docs/deprecations, read 2026-11-10); earlier dates: mozilla/sumo#2794, rohitg00/ai-engineering-from-scratch#348","release_date":"models.dev@f3fc692 models/google/gemini-2.5-pro.toml (base model of providers/google/models/gemini-2.5-pro.toml)"},"verified":"2026-12-01"},"dial-gemini-3.1-pro-preview":{"id":"dial-gemini-3.1-pro-preview","provider":"dial","display_name":"Gemini 3.1 Pro Preview","api_name":"gemini-3.1-pro-preview","release_date":"2026-02-19","status":"beta","context_window":1114112,"max_input_tokens":1048576,"max_output_tokens":65536,"pricing":{"input":2,"output":12,"cached_input":0.2,"tiers":[{"above_input_tokens":200000,"applies_to":"whole-request","input":4,"output":18,"cached_input":0.4}]},"capabilities":{"input":["text","image","audio","video","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"best_for":"Long-context multimodal reasoning","notes":"DIAL deployment names are set per installation; api_name is the upstream model ID the deployment forwards to (Bedrock ID for Claude). Prices, limits and lifecycle follow the underlying model, cited from the underlying provider\'s sources; DIAL itself publishes no figures. New: Google\'s recommended replacement for gemini-2.5-pro (Gemini API deprecations page, as quoted in rohitg00/ai-engineering-from-scratch#348). Preview model -> status beta. Still listed in @ai-sdk/google 4.0.121 (2026-11-13); no shutdown date announced (google slice). Google\'s current recommendation for gemini-2.5-pro is gemini-3.8-flash (google slice); a Pro-class successor is used here because DIAL\'s gemini-2.5-pro entry is a flagship deployment. Limits: input 1,048,576 + output 65,536 -> context_window 1,114,112 (total, as in the google slice).","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider google model gemini-3.1-pro-preview); models.dev@f3fc692 providers/google/models/gemini-3.1-pro-preview.toml","limits":"models.dev@f3fc692 providers/google/models/gemini-3.1-pro-preview.toml; LiteLLM price list (2026-07-24) gemini-3.1-pro-preview","capabilities":"models.dev@f3fc692 providers/google/models/gemini-3.1-pro-preview.toml","lifecycle":"@ai-sdk/google@4.0.121 src/google-model-catalog.ts","release_date":"models.dev@f3fc692 providers/google/models/gemini-3.1-pro-preview.toml","scores":"docs/scoring.md tier rule (flagship: Gemini Pro)"},"verified":"2026-12-01"},"dial-gpt-4.1":{"id":"dial-gpt-4.1","provider":"dial","display_name":"GPT-4.1","api_name":"gpt-4.1","release_date":"2025-04-14","status":"deprecated","context_window":1047576,"max_output_tokens":32768,"pricing":{"input":2,"output":8,"cached_input":0.5},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":false},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"deprecation_date":"2026-10-14","shutdown_date":"2027-01-14","replaced_by":"dial-gpt-5.4","notes":"DIAL deployment names are set per installation; api_name is the upstream model ID the deployment forwards to (Bedrock ID for Claude). Prices, limits and lifecycle follow the underlying model, cited from the underlying provider\'s sources; DIAL itself publishes no figures. Newly deprecated: openai@7.59.0 lists gpt-4.1 with announced shutdown date 2027-01-14. deprecation_date 2026-10-14 is the announcement date the openai slice took from OpenAI\'s deprecations page (quoted by dev.to/importstatic); not re-read here. Dates follow OpenAI\'s API; an Azure-backed DIAL deployment follows Azure\'s retirement schedule instead (see the azure slice). replaced_by dial-gpt-5.4, a GPT-5.x with full figures (the openai slice uses OpenAI\'s newer gpt-6-luna; a DIAL deployment of it is not sourced).","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider openai model gpt-4.1); models.dev@f3fc692 providers/openai/models/gpt-4.1.toml","limits":"models.dev@f3fc692 providers/openai/models/gpt-4.1.toml; LiteLLM price list (2026-07-24) gpt-4.1","capabilities":"models.dev@f3fc692 providers/openai/models/gpt-4.1.toml","lifecycle":"openai@7.59.0 src/resources/beta/responses/responses.ts (model \'Deprecated values\' list) (\'gpt-4.1\': Announced shutdown date: 2027-01-14); OpenAI deprecations page as quoted by dev.to/importstatic (announcement 2026-10-14)","release_date":"models.dev@f3fc692 providers/openai/models/gpt-4.1.toml"},"verified":"2026-12-01"},"dial-gpt-5.4":{"id":"dial-gpt-5.4","provider":"dial","display_name":"GPT-5.4","api_name":"gpt-5.4","release_date":"2026-03-05","status":"production","context_window":1050000,"max_input_tokens":922000,"max_output_tokens":128000,"pricing":{"input":2.5,"output":15,"cached_input":0.25,"tiers":[{"above_input_tokens":272000,"applies_to":"whole-request","input":5,"output":22.5,"cached_input":0.5}]},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"best_for":"General-purpose GPT via DIAL","notes":"DIAL deployment names are set per installation; api_name is the upstream model ID the deployment forwards to (Bedrock ID for Claude). Prices, limits and lifecycle follow the underlying model, cited from the underlying provider\'s sources; DIAL itself publishes no figures. New: successor for dial-gpt-4.1 (OpenAI shuts gpt-4.1 down on 2027-01-14). Not in openai@7.59.0\'s deprecated list. Long-context tier: OpenAI bills prompts >= 272K at the higher rate for the whole request (genai-prices start 271999); written as 272000.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider openai model gpt-5.4); models.dev@f3fc692 providers/openai/models/gpt-5.4.toml","limits":"models.dev@f3fc692 providers/openai/models/gpt-5.4.toml","capabilities":"models.dev@f3fc692 providers/openai/models/gpt-5.4.toml","lifecycle":"openai@7.59.0 src/resources/shared.ts (ChatModel union); openai@7.59.0 src/resources/beta/responses/responses.ts (model \'Deprecated values\' list) (gpt-5.4 not listed)","release_date":"models.dev@f3fc692 providers/openai/models/gpt-5.4.toml","scores":"docs/scoring.md tier rule (flagship: GPT-5.x)"},"verified":"2026-12-01"},"gemini-1.5-flash":{"id":"gemini-1.5-flash","provider":"google","display_name":"Gemini 1.5 Flash","api_name":"gemini-1.5-flash-002","status":"deprecated","context_window":1056768,"max_input_tokens":1048576,"max_output_tokens":8192,"pricing":{"input":0.075,"output":0.3,"cached_input":0.01875,"tiers":[{"above_input_tokens":128000,"applies_to":"whole-request","input":0.15,"output":0.6,"cached_input":0.0375}]},"capabilities":{"input":["text","image"],"output":["text"],"tool_calling":true},"scores":{"coding":0.6,"reasoning":0.6,"basis":"tier"},"speed_rating":10,"shutdown_date":"2025-09-24","replaced_by":"gemini-3.5-flash-lite","best_for":"Previous gen flash","notes":"Shut down 2025-09-24. replaced_by changed gemini-2.5-flash → gemini-3.5-flash-lite (2.5 Flash shuts down 2026-12-01; Google names 3.5 Flash-Lite as its successor). deprecation_date omitted (v1 had only the removal date). Cached price and >128K tier added from genai-prices. context_window 1,048,576 → 1,056,768 (input + 8,192 output, derived; limits from the v1 registry). genai-prices 0.1.8 gives context_window 1,000,000; Gemini 1.5 Flash\'s input token limit was 1,048,576 (v1 registry), kept as max_input_tokens, with context_window = input + 8,192 output tokens = 1,056,768 per the schema\'s definition. LiteLLM (2026-07-24) keys gemini/gemini-1.5-flash to an embedding-mode record (mode embedding, source the embeddings page) with output price $0, max_input_tokens 8,192 and a 2025-09-29 deprecation (shutdown) date, not to the chat model; this entry keeps the chat model\'s last prices, its limits and the 2025-09-24 shutdown from the v1 registry (not re-verified).","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (embedded data, model gemini-1.5-flash)","limits":"v1 registry /work/main/models/model_registry.yaml (verified 2026-07-24)","capabilities":"v1 registry /work/main/models/model_registry.yaml","lifecycle":"v1 registry /work/main/models/model_registry.yaml (removal 2025-09-24); ai.google.dev/gemini-api/docs/deprecations"},"verified":"2026-12-01"},"gemini-1.5-pro":{"id":"gemini-1.5-pro","provider":"google","display_name":"Gemini 1.5 Pro","api_name":"gemini-1.5-pro-002","status":"deprecated","context_window":2105344,"max_input_tokens":2097152,"max_output_tokens":8192,"pricing":{"input":1.25,"output":5,"tiers":[{"above_input_tokens":128000,"applies_to":"whole-request","input":2.5,"output":10}]},"capabilities":{"input":["text","image"],"output":["text"],"tool_calling":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"shutdown_date":"2025-09-24","replaced_by":"gemini-3.8-flash","best_for":"Previous gen pro","notes":"Shut down 2025-09-24. replaced_by changed gemini-2.5-pro → gemini-3.8-flash (2.5 Pro shuts down 2026-12-01; Google names 3.8 Flash as its successor). The v1 entry set the announcement date to the removal date; no announcement date is sourced, so deprecation_date is omitted. Prices are Google\'s last ones for prompts up to 128K; the >128K tier ($2.50/$10) added from genai-prices. context_window 2,097,152 → 2,105,344 (input + 8,192 output, derived; limits from the v1 registry, not re-verifiable). Scores kept from the registry. genai-prices 0.1.8 gives context_window 1,000,000; Gemini 1.5 Pro\'s input token limit was 2,097,152 (v1 registry, not re-verifiable now that the model is gone), kept as max_input_tokens, with context_window = input + 8,192 output tokens = 2,105,344 per the schema\'s definition.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (embedded data, model gemini-1.5-pro: 1.25/5, >128K 2.5/10)","limits":"v1 registry /work/main/models/model_registry.yaml (verified 2026-07-24)","capabilities":"v1 registry /work/main/models/model_registry.yaml","lifecycle":"v1 registry /work/main/models/model_registry.yaml (removal 2025-09-24); ai.google.dev/gemini-api/docs/deprecations"},"verified":"2026-12-01"},"gemini-2.0-flash":{"id":"gemini-2.0-flash","provider":"google","display_name":"Gemini 2.0 Flash","release_date":"2025-02-05","status":"deprecated","context_window":1056768,"max_input_tokens":1048576,"max_output_tokens":8192,"pricing":{"input":0.1,"output":0.4,"cached_input":0.025},"capabilities":{"input":["text","image","audio","video","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":false},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":10,"deprecation_date":"2026-02-18","shutdown_date":"2026-06-01","replaced_by":"gemini-3.1-flash-lite","best_for":"Fast responses","notes":"Shut down 2026-06-01 (changelog 2026-06-01: \\"use gemini-3.5-flash or gemini-3.1-flash-lite instead\\"). replaced_by changed gemini-2.5-flash → gemini-3.1-flash-lite, because gemini-2.5-flash is itself shut down (2026-12-01) and gemini-3.5-flash is deprecated (routed to 3.6 Flash); 3.1 Flash-Lite is the live model Google names. deprecation_date 2026-02-18: the changelog entry announcing the June 1 shutdown (an earlier 2026-01-22 entry announcing March 31 was later replaced in the changelog). Release date 2025-02-05 from Google\'s deprecations table (models.dev says 2024-12-11, the experimental launch). Limits: input 1,048,576 + output 8,192 → context_window 1,056,768 (derived; registry 1,048,576). Scores/speed kept from the registry. genai-prices 0.1.8 (context_window 1,000,000, rounded) and models.dev (context 1,048,576) give a single context figure; Google states an input token limit of 1,048,576 and an output limit of 8,192 separately, so this entry keeps 1,048,576 as max_input_tokens and sets context_window to their sum, 1,056,768, per the schema\'s definition of context_window (input + output). LiteLLM (2026-07-24) lists image output and no pdf input for gemini-2.0-flash; models.dev lists pdf input and text-only output (image generation was a separate preview model, gemini-2.0-flash-preview-image-generation), which this entry follows.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (embedded data, model gemini-2.0-flash); models.dev@f3fc692 providers/google/models/gemini-2.0-flash.toml","limits":"models.dev@f3fc692 providers/google/models/gemini-2.0-flash.toml","capabilities":"models.dev@f3fc692 providers/google/models/gemini-2.0-flash.toml","lifecycle":"ai.google.dev/gemini-api/docs/changelog (2026-02-18 and 2026-06-01 entries)","release_date":"ai.google.dev/gemini-api/docs/deprecations (February 5, 2025)"},"verified":"2026-12-01"},"gemini-2.0-flash-lite":{"id":"gemini-2.0-flash-lite","provider":"google","display_name":"Gemini 2.0 Flash-Lite","release_date":"2025-02-25","status":"deprecated","context_window":1056768,"max_input_tokens":1048576,"max_output_tokens":8192,"pricing":{"input":0.075,"output":0.3,"cached_input":0.01875},"capabilities":{"input":["text","image","audio","video","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":false},"scores":{"coding":0.6,"reasoning":0.6,"basis":"tier"},"speed_rating":10,"deprecation_date":"2026-02-18","shutdown_date":"2026-06-01","replaced_by":"gemini-3.1-flash-lite","notes":"Shut down 2026-06-01. replaced_by changed gemini-2.5-flash-lite → gemini-3.1-flash-lite (the live model Google\'s 2026-06-01 changelog names; 2.5 Flash-Lite is also still live, but Google now points 2.0 users to 3.x). deprecation_date 2026-02-18 as for gemini-2.0-flash. Cached price $0.01875 kept from the registry/LiteLLM (genai-prices and models.dev list no cache price for it). Limits: input 1,048,576 + output 8,192 → 1,056,768 (derived). genai-prices 0.1.8 (context_window 1,000,000, rounded) and models.dev (context 1,048,576) give a single context figure; Google states an input token limit of 1,048,576 and an output limit of 8,192 separately, so this entry keeps 1,048,576 as max_input_tokens and sets context_window to their sum, 1,056,768, per the schema\'s definition of context_window (input + output). LiteLLM (2026-07-24) sets no pdf-input flag for it; models.dev lists pdf input, which this entry follows. models.dev gives release_date 2024-12-11, the experimental announcement; Google\'s deprecations table gives the GA release February 25, 2025, which this entry follows.","sources":{"pricing":"models.dev@f3fc692 providers/google/models/gemini-2.0-flash-lite.toml; LiteLLM list (2026-07-24) gemini/gemini-2.0-flash-lite (cache read)","limits":"models.dev@f3fc692 providers/google/models/gemini-2.0-flash-lite.toml","capabilities":"models.dev@f3fc692 providers/google/models/gemini-2.0-flash-lite.toml","lifecycle":"ai.google.dev/gemini-api/docs/changelog (2026-02-18 and 2026-06-01 entries)","release_date":"ai.google.dev/gemini-api/docs/deprecations (February 25, 2025)"},"verified":"2026-12-01"},"gemini-2.0-pro":{"id":"gemini-2.0-pro","provider":"google","display_name":"Gemini 2.0 Pro (experimental)","api_name":"gemini-2.0-pro-exp-02-05","status":"deprecated","context_window":2105344,"max_input_tokens":2097152,"max_output_tokens":8192,"pricing":{"input":0,"output":0},"capabilities":{"input":["text","image"],"output":["text"],"tool_calling":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":6.7,"deprecation_date":"2025-03-25","replaced_by":"gemini-3.8-flash","best_for":"Research, analysis","notes":"Experimental, free-of-charge only (gemini-2.0-pro-exp-02-05), superseded 2025-03-25; long gone from the API (no current source lists it). Figures kept from the v1 registry (not re-verifiable). replaced_by changed gemini-2.5-pro → gemini-3.8-flash because gemini-2.5-pro shuts down 2026-12-01 and Google names 3.8 Flash as its replacement (gemini-4-argon would be the flagship alternative). context_window 2,097,152 → 2,105,344 (input 2,097,152 + output 8,192, derived).","sources":{"pricing":"v1 registry /work/main/models/model_registry.yaml (verified 2026-07-24)","limits":"v1 registry /work/main/models/model_registry.yaml (verified 2026-07-24)","capabilities":"v1 registry /work/main/models/model_registry.yaml (supports_vision, supports_function_calling)","lifecycle":"v1 registry /work/main/models/model_registry.yaml; dev.to/aideprecations (gemini-2.5-pro → gemini-3.8-flash)"},"verified":"2026-12-01"},"gemini-2.5-flash":{"id":"gemini-2.5-flash","provider":"google","display_name":"Gemini 2.5 Flash","release_date":"2025-06-17","status":"deprecated","context_window":1114112,"max_input_tokens":1048576,"max_output_tokens":65536,"pricing":{"input":0.3,"output":2.5,"cached_input":0.03},"capabilities":{"input":["text","image","audio","video","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"shutdown_date":"2026-12-01","replaced_by":"gemini-3.5-flash-lite","notes":"Newly deprecated / shut down TODAY: Gemini API deprecations page (as quoted by aideprecations.com, read 2026-11-10) — shutdown 2026-12-01, recommended replacement gemini-3.5-flash-lite, requests routed there and billed at its rates afterwards. Earlier schedules (June 17, 2026; October 16, 2026 per aiweekly\'s June read) superseded. Announcement date not found → deprecation_date omitted. Prices unchanged (audio input $1.00 not modelled). max_output_tokens 65,535 → 65,536 (models.dev); context_window → 1,114,112 (derived). genai-prices 0.1.8 and models.dev (both 1,048,576) give a single context figure; Google states an input token limit of 1,048,576 and an output limit of 65,536 separately, so this entry keeps 1,048,576 as max_input_tokens and sets context_window to their sum, 1,114,112, per the schema\'s definition of context_window (input + output). LiteLLM (2026-07-24) lists max_output_tokens 65,535; Google\'s model page and models.dev give 65,536, which this entry follows.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (embedded data, model gemini-2.5-flash); models.dev@f3fc692 providers/google/models/gemini-2.5-flash.toml","limits":"models.dev@f3fc692 models/google/gemini-2.5-flash.toml","capabilities":"models.dev@f3fc692 models/google/gemini-2.5-flash.toml","lifecycle":"dev.to/aideprecations what-to-do-before-gemini-25-pro-and-25-flash-are-retired-on-december-1-2026 (quoting ai.google.dev/gemini-api/docs/deprecations, read 2026-11-10)","release_date":"ai.google.dev/gemini-api/docs/deprecations (June 17, 2025)"},"verified":"2026-12-01"},"gemini-2.5-flash-lite":{"id":"gemini-2.5-flash-lite","provider":"google","display_name":"Gemini 2.5 Flash-Lite","release_date":"2025-07-22","status":"production","context_window":1114112,"max_input_tokens":1048576,"max_output_tokens":65536,"pricing":{"input":0.1,"output":0.4,"cached_input":0.01},"capabilities":{"input":["text","image","audio","video","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.6,"reasoning":0.6,"basis":"tier"},"speed_rating":10,"notes":"Still available: Google\'s deprecations page (as quoted 2026-11-10) says gemini-2.5-flash-lite \\"is not deprecated and remains available through the API until further notice\\"; @google/genai@3.3.0 and @ai-sdk/google@4.0.121 still list it. Disagreement: APIYI (reseller, 2026-11-21) claims AI Studio retired 2.5 Pro/Flash/Flash-Lite on 2026-10-20 — not followed (gateway notice, contradicts Google\'s own wording). Prices unchanged (audio input $0.30 not modelled). max_output_tokens 65,535 → 65,536 (models.dev); context_window → 1,114,112 (derived). genai-prices 0.1.8 (context_window 1,000,000, rounded) and models.dev (context 1,048,576) give a single context figure; Google states an input token limit of 1,048,576 and an output limit of 65,536 separately, so this entry keeps 1,048,576 as max_input_tokens and sets context_window to their sum, 1,114,112, per the schema\'s definition of context_window (input + output). LiteLLM (2026-07-24) lists max_output_tokens 65,535; Google\'s model page and models.dev give 65,536, which this entry follows. models.dev gives release_date 2025-06-17, the preview launch; Google\'s deprecations table gives the GA release July 22, 2025, which this entry follows.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (embedded data, model gemini-2.5-flash-lite); models.dev@f3fc692 providers/google/models/gemini-2.5-flash-lite.toml","limits":"models.dev@f3fc692 providers/google/models/gemini-2.5-flash-lite.toml","capabilities":"models.dev@f3fc692 providers/google/models/gemini-2.5-flash-lite.toml","lifecycle":"dev.to/aideprecations what-to-do-before-gemini-25-pro-and-25-flash-are-retired-on-december-1-2026 (quoting Google, read 2026-11-10); @google/genai@3.3.0 dist/genai.d.ts","release_date":"models.dev@f3fc692 providers/google/models/gemini-2.5-flash-lite.toml; ai.google.dev/gemini-api/docs/deprecations (July 22, 2025)"},"verified":"2026-12-01"},"gemini-2.5-pro":{"id":"gemini-2.5-pro","provider":"google","display_name":"Gemini 2.5 Pro","release_date":"2025-06-17","status":"deprecated","context_window":1114112,"max_input_tokens":1048576,"max_output_tokens":65536,"pricing":{"input":1.25,"output":10,"cached_input":0.125,"tiers":[{"above_input_tokens":200000,"applies_to":"whole-request","input":2.5,"output":15,"cached_input":0.25}]},"capabilities":{"input":["text","image","audio","video","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"shutdown_date":"2026-12-01","replaced_by":"gemini-3.8-flash","notes":"Newly deprecated / shut down TODAY: per the Gemini API deprecations page (as quoted by aideprecations.com, read 2026-11-10) gemini-2.5-pro shuts down 2026-12-01 with recommended replacement gemini-3.8-flash; from that date requests are routed to gemini-3.8-flash and billed at its rates; already unselectable in AI Studio and limited to existing users. The schedule moved over the year (June 17, 2026 → October 2026 per Firebase banner → December 1, 2026); the latest one is followed. Third-party gateways withdrew it earlier (LaoZhang 2026-11-12, APIYI cites AI Studio retirement 2026-10-20) — gateway-side, not followed. Announcement date not found → deprecation_date omitted. Google names a Flash model as successor; gemini-4-argon is the flagship alternative. max_output_tokens 65,535 → 65,536 (models.dev); context_window → 1,114,112 (derived). Prices with the >200K whole-request tier. models.dev (context 1,048,576) gives a single context figure; Google states an input token limit of 1,048,576 and an output limit of 65,536 separately, so this entry keeps 1,048,576 as max_input_tokens and sets context_window to their sum, 1,114,112, per the schema\'s definition of context_window (input + output). LiteLLM (2026-07-24) lists max_output_tokens 65,535; Google\'s model page and models.dev give 65,536, which this entry follows.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (embedded data, model gemini-2.5-pro); models.dev@f3fc692 providers/google/models/gemini-2.5-pro.toml","limits":"models.dev@f3fc692 models/google/gemini-2.5-pro.toml (context 1,048,576, output 65,536)","capabilities":"models.dev@f3fc692 models/google/gemini-2.5-pro.toml","lifecycle":"dev.to/aideprecations what-to-do-before-gemini-25-pro-and-25-flash-are-retired-on-december-1-2026 (quoting ai.google.dev/gemini-api/docs/deprecations, read 2026-11-10); docs.retellai.com deprecation-notice/2026/11-29_model_replacements","release_date":"ai.google.dev/gemini-api/docs/deprecations (June 17, 2025)"},"verified":"2026-12-01"},"gemini-3-flash-preview":{"id":"gemini-3-flash-preview","provider":"google","display_name":"Gemini 3 Flash (preview)","release_date":"2025-12-17","status":"deprecated","context_window":1114112,"max_input_tokens":1048576,"max_output_tokens":65536,"pricing":{"input":0.5,"output":3,"cached_input":0.05,"service_tiers":{"batch":{"multiplier":0.5}}},"capabilities":{"input":["text","image","audio","video","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"replaced_by":"gemini-3.6-flash","notes":"Newly marked deprecated (preview superseded). Google\'s deprecations table (mid-2026 version) lists gemini-3-flash-preview with \\"No shutdown date announced\\" and recommended replacement gemini-3.5-flash; since 2026-10-08 gemini-3.5-flash itself routes to gemini-3.6-flash, and the Embabel model catalogue records \\"gemini-3-flash-preview is replaced by gemini-3.6-flash according to Google\\" — so replaced_by = gemini-3.6-flash. No deprecation-announcement or shutdown date found → both omitted. Both SDKs still accept the ID. Prices unchanged. max_output_tokens 65,535 → 65,536 (models.dev; LiteLLM 65,535). context_window → 1,114,112 (derived). genai-prices 0.1.8 (context_window 1,000,000, rounded) and models.dev (context 1,048,576) give a single context figure; Google states an input token limit of 1,048,576 and an output limit of 65,536 separately, so this entry keeps 1,048,576 as max_input_tokens and sets context_window to their sum, 1,114,112, per the schema\'s definition of context_window (input + output). LiteLLM (2026-07-24) lists max_output_tokens 65,535; Google\'s model page and models.dev give 65,536, which this entry follows.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (embedded data, model gemini-3-flash-preview; batch 50% in price_comments)","limits":"models.dev@f3fc692 providers/google/models/gemini-3-flash-preview.toml","capabilities":"models.dev@f3fc692 providers/google/models/gemini-3-flash-preview.toml","lifecycle":"ai.google.dev/gemini-api/docs/deprecations (Gemini 3 preview table, replacement gemini-3.5-flash); docs.embabel.com embabel-agent api-docs GEMINI_3_FLASH_PREVIEW; ai.google.dev/gemini-api/docs/changelog (2026-10-08)","release_date":"models.dev@f3fc692 providers/google/models/gemini-3-flash-preview.toml"},"verified":"2026-12-01"},"gemini-3-pro-preview":{"id":"gemini-3-pro-preview","provider":"google","display_name":"Gemini 3 Pro (preview)","release_date":"2025-11-18","status":"deprecated","context_window":1114112,"max_input_tokens":1048576,"max_output_tokens":65536,"pricing":{"input":2,"output":12,"cached_input":0.2,"tiers":[{"above_input_tokens":200000,"applies_to":"whole-request","input":4,"output":18,"cached_input":0.4}]},"capabilities":{"input":["text","image","audio","video","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"shutdown_date":"2026-03-09","replaced_by":"gemini-3.1-pro-preview","notes":"Shut down 2026-03-09 (Gemini deprecations table; requests were redirected to gemini-3.1-pro-preview). The v1 entry set the deprecation (announcement) date to the removal date; the announcement date is not recorded in any source found, so deprecation_date is omitted rather than guessed. Last published prices kept, with the >200K whole-request tier added. max_output_tokens 65,535 → 65,536 (models.dev); context_window → 1,114,112 (derived). models.dev (context 1,048,576) gives a single context figure; Google states an input token limit of 1,048,576 and an output limit of 65,536 separately, so this entry keeps 1,048,576 as max_input_tokens and sets context_window to their sum, 1,114,112, per the schema\'s definition of context_window (input + output). LiteLLM (2026-07-24) lists max_output_tokens 65,535; Google\'s model page and models.dev give 65,536, which this entry follows.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (embedded data, model gemini-3-pro-preview); models.dev@f3fc692 providers/google/models/gemini-3-pro-preview.toml","limits":"models.dev@f3fc692 providers/google/models/gemini-3-pro-preview.toml","capabilities":"models.dev@f3fc692 providers/google/models/gemini-3-pro-preview.toml","lifecycle":"ai.google.dev/gemini-api/docs/deprecations (gemini-3-pro-preview November 18, 2025 / March 9, 2026 / gemini-3.1-pro-preview)","release_date":"ai.google.dev/gemini-api/docs/deprecations"},"verified":"2026-12-01"},"gemini-3.1-flash-lite":{"id":"gemini-3.1-flash-lite","provider":"google","display_name":"Gemini 3.1 Flash-Lite","release_date":"2026-05-07","status":"production","context_window":1114112,"max_input_tokens":1048576,"max_output_tokens":65536,"pricing":{"input":0.25,"output":1.5,"cached_input":0.025},"capabilities":{"input":["text","image","audio","video","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.6,"reasoning":0.6,"basis":"tier"},"speed_rating":10,"notes":"GA 2026-05-07 (its preview, gemini-3.1-flash-lite-preview, shut down 2026-05-25). Google\'s deprecations page lists May 7, 2027 as this model\'s earliest possible shutdown date — a planned lifecycle date, not a deprecation announcement, so status stays production and shutdown_date is omitted. Prices unchanged ($0.25/$1.50/$0.025; audio input $0.50 not modelled). Limits input 1,048,576 / output 65,536 → context_window 1,114,112 (derived; registry 1,048,576). genai-prices 0.1.8 (context_window 1,000,000, rounded) and models.dev (context 1,048,576) give a single context figure; Google states an input token limit of 1,048,576 and an output limit of 65,536 separately, so this entry keeps 1,048,576 as max_input_tokens and sets context_window to their sum, 1,114,112, per the schema\'s definition of context_window (input + output).","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (embedded data, model gemini-3.1-flash-lite); models.dev@f3fc692 providers/google/models/gemini-3.1-flash-lite.toml","limits":"models.dev@f3fc692 providers/google/models/gemini-3.1-flash-lite.toml","capabilities":"models.dev@f3fc692 providers/google/models/gemini-3.1-flash-lite.toml","lifecycle":"ai.google.dev/gemini-api/docs/deprecations (gemini-3.1-flash-lite May 7, 2026 / May 7, 2027); ai.google.dev/gemini-api/docs/changelog (2026-05-07, 2026-05-25)","release_date":"models.dev@f3fc692 providers/google/models/gemini-3.1-flash-lite.toml"},"verified":"2026-12-01"},"gemini-3.1-pro-preview":{"id":"gemini-3.1-pro-preview","provider":"google","display_name":"Gemini 3.1 Pro (preview)","release_date":"2026-02-19","status":"beta","context_window":1114112,"max_input_tokens":1048576,"max_output_tokens":65536,"pricing":{"input":2,"output":12,"cached_input":0.2,"tiers":[{"above_input_tokens":200000,"applies_to":"whole-request","input":4,"output":18,"cached_input":0.4}]},"capabilities":{"input":["text","image","audio","video","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"notes":"Still a preview (beta); the Gemini deprecations page lists no shutdown date and both SDKs still list it. Google\'s Gemini 4 guide describes migrating \\"from Gemini 3.1 Pro\\" to Gemini 4 Argon, but no deprecation of this ID was found — re-check. Prices unchanged; the >200K-prompt tier ($4/$18/$0.40) reprices the whole request (genai-prices tier, models.dev cost.tiers). Limits input 1,048,576 / output 65,536 → context_window 1,114,112 (derived; registry had 1,048,576). models.dev (context 1,048,576) gives a single context figure; Google states an input token limit of 1,048,576 and an output limit of 65,536 separately, so this entry keeps 1,048,576 as max_input_tokens and sets context_window to their sum, 1,114,112, per the schema\'s definition of context_window (input + output).","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (embedded data, model gemini-3.1-pro-preview); models.dev@f3fc692 providers/google/models/gemini-3.1-pro-preview.toml","limits":"models.dev@f3fc692 providers/google/models/gemini-3.1-pro-preview.toml; ai.google.dev/gemini-api/docs/models/gemini-3.1-pro-preview","capabilities":"models.dev@f3fc692 providers/google/models/gemini-3.1-pro-preview.toml","lifecycle":"ai.google.dev/gemini-api/docs/deprecations (no shutdown date announced); @ai-sdk/google@4.0.121 src/google-model-catalog.ts","release_date":"models.dev@f3fc692 providers/google/models/gemini-3.1-pro-preview.toml"},"verified":"2026-12-01"},"gemini-3.1-pro-preview-customtools":{"id":"gemini-3.1-pro-preview-customtools","provider":"google","display_name":"Gemini 3.1 Pro Custom Tools (preview)","release_date":"2026-02-19","status":"beta","context_window":1114112,"max_input_tokens":1048576,"max_output_tokens":65536,"pricing":{"input":2,"output":12,"cached_input":0.2,"tiers":[{"above_input_tokens":200000,"applies_to":"whole-request","input":4,"output":18,"cached_input":0.4}]},"capabilities":{"input":["text","image","audio","video","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"best_for":"Agents mixing bash with custom tools (prioritises custom tools over built-ins)","notes":"New to the registry. Separate endpoint of Gemini 3.1 Pro Preview, launched with it on 2026-02-19, that better prioritises custom tools; same prices (genai-prices\' gemini-3.1-pro-preview entry matches this ID by prefix; models.dev and LiteLLM list identical figures) and limits. models.dev (context 1,048,576) gives a single context figure; Google states an input token limit of 1,048,576 and an output limit of 65,536 separately, so this entry keeps 1,048,576 as max_input_tokens and sets context_window to their sum, 1,114,112, per the schema\'s definition of context_window (input + output).","sources":{"id":"@google/genai@3.3.0 dist/genai.d.ts (Model union); @ai-sdk/google@4.0.121 src/google-model-catalog.ts","pricing":"models.dev@f3fc692 providers/google/models/gemini-3.1-pro-preview-customtools.toml; @pydantic/genai-prices@0.1.8 (gemini-3.1-pro-preview, starts_with match)","limits":"models.dev@f3fc692 providers/google/models/gemini-3.1-pro-preview-customtools.toml","capabilities":"models.dev@f3fc692 providers/google/models/gemini-3.1-pro-preview-customtools.toml","lifecycle":"ai.google.dev/gemini-api/docs/changelog (2026-02-19 entry)","release_date":"models.dev@f3fc692 providers/google/models/gemini-3.1-pro-preview-customtools.toml","scores":"docs/scoring.md tier rule (flagship)"},"verified":"2026-12-01"},"gemini-3.5-flash":{"id":"gemini-3.5-flash","provider":"google","display_name":"Gemini 3.5 Flash","release_date":"2026-05-19","status":"deprecated","context_window":1114112,"max_input_tokens":1048576,"max_output_tokens":65536,"pricing":{"input":1.5,"output":9,"cached_input":0.15,"service_tiers":{"batch":{"multiplier":0.5},"flex":{"multiplier":0.5}}},"capabilities":{"input":["text","image","audio","video","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"deprecation_date":"2026-10-08","replaced_by":"gemini-3.6-flash","notes":"Newly deprecated: Gemini API changelog 2026-10-08 — gemini-3.5-flash is deprecated and replaced by gemini-3.6-flash; no longer selectable in AI Studio; API requests are automatically routed to gemini-3.6-flash (Google\'s model page: \\"Deprecated: gemini-3.5-flash (automatically routed to gemini-3.6-flash)\\"). No hard shutdown date published → shutdown_date omitted. Listed prices are 3.5 Flash\'s own ($1.50/$9/$0.15; genai-prices, models.dev, LiteLLM agree); routed calls are presumably billed as 3.6 Flash (not stated by Google, not modelled). max_output_tokens 65,535 → 65,536 (Google model page and models.dev say 65,536; LiteLLM\'s 65,535 was the old registry source). context_window 1,048,576 → 1,114,112 (input 1,048,576 + output 65,536, stated separately). genai-prices 0.1.8 (context_window 1,000,000, rounded) and models.dev (context 1,048,576) give a single context figure; Google states an input token limit of 1,048,576 and an output limit of 65,536 separately, so this entry keeps 1,048,576 as max_input_tokens and sets context_window to their sum, 1,114,112, per the schema\'s definition of context_window (input + output). LiteLLM (2026-07-24) lists max_output_tokens 65,535; Google\'s model page and models.dev give 65,536, which this entry follows.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (embedded data, model gemini-3.5-flash); models.dev@f3fc692 providers/google/models/gemini-3.5-flash.toml","limits":"ai.google.dev/gemini-api/docs/models/gemini-3.5-flash (input 1,048,576, output 65,536); models.dev@f3fc692 providers/google/models/gemini-3.5-flash.toml","capabilities":"models.dev@f3fc692 providers/google/models/gemini-3.5-flash.toml","lifecycle":"ai.google.dev/gemini-api/docs/changelog (2026-10-08 entry); ai.google.dev/gemini-api/docs/models/gemini-3.5-flash","release_date":"models.dev@f3fc692 providers/google/models/gemini-3.5-flash.toml; ai.google.dev/gemini-api/docs/changelog (2026-05-19)"},"verified":"2026-12-01"},"gemini-3.5-flash-lite":{"id":"gemini-3.5-flash-lite","provider":"google","display_name":"Gemini 3.5 Flash-Lite","release_date":"2026-07-21","status":"production","context_window":1114112,"max_input_tokens":1048576,"max_output_tokens":65536,"pricing":{"input":0.3,"output":2.5,"cached_input":0.03,"service_tiers":{"batch":{"multiplier":0.5},"flex":{"multiplier":0.5}}},"capabilities":{"input":["text","image","audio","video","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.6,"reasoning":0.6,"basis":"tier"},"speed_rating":10,"notes":"GA 2026-07-21; no shutdown date announced. Prices unchanged ($0.30/$2.50/$0.03; genai-prices, LiteLLM, Google\'s what\'s-new page agree; one unified input rate across text/image/video/audio). Google\'s recommended replacement for gemini-2.5-flash. Limits input 1,048,576 / output 65,536 stated separately → context_window 1,114,112 (derived; registry had 1,048,576). genai-prices 0.1.8 (context_window 1,000,000, rounded) gives a single context figure; Google states an input token limit of 1,048,576 and an output limit of 65,536 separately, so this entry keeps 1,048,576 as max_input_tokens and sets context_window to their sum, 1,114,112, per the schema\'s definition of context_window (input + output).","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (embedded data, model gemini-3.5-flash-lite); LiteLLM list (2026-07-24) gemini/gemini-3.5-flash-lite","limits":"ai.google.dev/gemini-api/docs/models/gemini-3.5-flash-lite (input 1,048,576, output 65,536)","capabilities":"ai.google.dev/gemini-api/docs/models/gemini-3.5-flash-lite (text, image, video, audio, PDF in; function calling, structured outputs, thinking)","lifecycle":"ai.google.dev/gemini-api/docs/deprecations (gemini-3.5-flash-lite July 21, 2026, no shutdown date announced)","release_date":"ai.google.dev/gemini-api/docs/changelog (2026-07-21 entry)"},"verified":"2026-12-01"},"gemini-3.6-flash":{"id":"gemini-3.6-flash","provider":"google","display_name":"Gemini 3.6 Flash","release_date":"2026-07-21","status":"production","context_window":1114112,"max_input_tokens":1048576,"max_output_tokens":65536,"pricing":{"input":1.5,"output":7.5,"cached_input":0.15,"periods":[{"until":"2027-01-01","input":0.75,"output":3.75,"cached_input":0.075,"note":"introductory price through 2026-12-31"}],"service_tiers":{"batch":{"multiplier":0.5},"flex":{"multiplier":0.5}}},"capabilities":{"input":["text","image","audio","video","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"notes":"GA 2026-07-21; no shutdown date announced. Since 2026-10-08 requests to gemini-3.5-flash are routed here. Base price $1.50/$7.50/$0.15 (unchanged vs registry; also Google\'s \\"What\'s new in Gemini 3.6\\" page and LiteLLM 2026-07-24). genai-prices@0.1.8 adds an introductory $0.75/$3.75/$0.075 through 2026-12-31 (modelled as a period); Google\'s what\'s-new page quotes only the $1.50/$7.50 list price — followed genai-prices (newer and time-aware) for the period. Batch and Flex 50% (genai-prices comment); no Priority multiplier published there. Limits: input 1,048,576 / output 65,536 stated separately → context_window 1,114,112 (derived; registry had 1,048,576). genai-prices 0.1.8 (context_window 1,000,000, rounded) gives a single context figure; Google states an input token limit of 1,048,576 and an output limit of 65,536 separately, so this entry keeps 1,048,576 as max_input_tokens and sets context_window to their sum, 1,114,112, per the schema\'s definition of context_window (input + output). LiteLLM (2026-07-24) lists only the $1.50/$7.50/$0.15 list price; genai-prices 0.1.8 (2026-09-23, newer) has the introductory price in force until 2027-01-01, which this entry follows.","sources":{"id":"@ai-sdk/google@4.0.121 src/google-model-catalog.ts","pricing":"@pydantic/genai-prices@0.1.8 (embedded data, model gemini-3.6-flash); LiteLLM list (2026-07-24) gemini/gemini-3.6-flash","limits":"LiteLLM list (2026-07-24) gemini/gemini-3.6-flash (max_input 1,048,576, max_output 65,536); docs.cloud.google.com gemini-enterprise-agent-platform/models/guides/gemini-3-6-flash","capabilities":"LiteLLM list (2026-07-24) gemini/gemini-3.6-flash (audio/video/pdf input); docs.cloud.google.com models/guides/gemini-3-6-flash","lifecycle":"ai.google.dev/gemini-api/docs/deprecations (gemini-3.6-flash July 21, 2026, no shutdown date announced)","release_date":"ai.google.dev/gemini-api/docs/changelog (2026-07-21 entry)"},"verified":"2026-12-01"},"gemini-3.7-flash":{"id":"gemini-3.7-flash","provider":"google","display_name":"Gemini 3.7 Flash","release_date":"2026-08-13","status":"deprecated","context_window":1114112,"max_input_tokens":1048576,"max_output_tokens":65536,"pricing":{"input":1.5,"output":7.5,"cached_input":0.15,"periods":[{"until":"2027-01-01","input":0.75,"output":3.75,"cached_input":0.075,"note":"introductory price through 2026-12-31"}],"service_tiers":{"batch":{"multiplier":0.5},"flex":{"multiplier":0.5},"priority":{"multiplier":1.8}}},"capabilities":{"input":["text","image","audio","video","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"deprecation_date":"2026-10-08","replaced_by":"gemini-3.8-flash","notes":"New to the registry, already deprecated: Gemini API changelog 2026-10-08 — gemini-3.7-flash is deprecated, no longer selectable in AI Studio, and API requests to it are automatically routed to gemini-3.8-flash. No hard shutdown date published, so shutdown_date is omitted; calls still answer, but served by 3.8 Flash. Kept so the ID resolves. Limits from Google\'s model page (input 1,048,576 / output 65,536 → context_window 1,114,112, derived); thinking low/medium/high only (minimal returns an error). Prices from genai-prices@0.1.8 (same as 3.8 Flash). genai-prices 0.1.8 (context_window 1,000,000, rounded) gives a single context figure; Google states an input token limit of 1,048,576 and an output limit of 65,536 separately, so this entry keeps 1,048,576 as max_input_tokens and sets context_window to their sum, 1,114,112, per the schema\'s definition of context_window (input + output).","sources":{"id":"@ai-sdk/google@4.0.121 src/google-model-catalog.ts; @google/genai@3.3.0 dist/genai.d.ts","pricing":"@pydantic/genai-prices@0.1.8 (embedded data, model gemini-3.7-flash)","limits":"ai.google.dev/gemini-api/docs/models/gemini-3.7-flash (input 1,048,576, output 65,536)","capabilities":"ai.google.dev/gemini-api/docs/models/gemini-3.7-flash (text, image, video, audio, PDF in)","lifecycle":"ai.google.dev/gemini-api/docs/changelog (2026-10-08 entry); ai.google.dev/gemini-api/docs/models/gemini-3.7-flash (last updated 2026-10-09)","release_date":"ai.google.dev/gemini-api/docs/deprecations (gemini-3.7-flash August 13, 2026)","scores":"docs/scoring.md tier rule (mid)"},"verified":"2026-12-01"},"gemini-3.8-flash":{"id":"gemini-3.8-flash","provider":"google","display_name":"Gemini 3.8 Flash","release_date":"2026-09-02","status":"production","context_window":1114112,"max_input_tokens":1048576,"max_output_tokens":65536,"pricing":{"input":1.5,"output":7.5,"cached_input":0.15,"periods":[{"until":"2027-01-01","input":0.75,"output":3.75,"cached_input":0.075,"note":"introductory price through 2026-12-31"}],"service_tiers":{"batch":{"multiplier":0.5},"flex":{"multiplier":0.5},"priority":{"multiplier":1.8}}},"capabilities":{"input":["text","image","audio","video","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"notes":"New. GA 2026-09-02 (Gemini deprecations table: no shutdown date announced). Google states input limit 1,048,576 and output limit 65,536 separately: max_input_tokens = 1,048,576, context_window = 1,048,576 + 65,536 = 1,114,112 (derived; Google\'s developer guide calls 1,048,576 the \\"context window\\"). Vercel AI Gateway lists 65,535 max output on one page and 65,536 on another; Google\'s guide says 65,536 (followed). Pricing from genai-prices@0.1.8: introductory $0.75/$3.75/$0.075 through 2026-12-31, $1.50/$7.50/$0.15 from 2027-01-01; cache storage ($0.50/1M tokens/hour) not modelled. Google\'s recommended replacement for gemini-2.5-pro and gemini-3.7-flash. genai-prices 0.1.8 (context_window 1,000,000, rounded) gives a single context figure; Google states an input token limit of 1,048,576 and an output limit of 65,536 separately, so this entry keeps 1,048,576 as max_input_tokens and sets context_window to their sum, 1,114,112, per the schema\'s definition of context_window (input + output).","sources":{"id":"@ai-sdk/google@4.0.121 src/google-model-catalog.ts; @google/genai@3.3.0 dist/genai.d.ts","pricing":"@pydantic/genai-prices@0.1.8 (embedded data, model gemini-3.8-flash)","limits":"docs.cloud.google.com gemini-enterprise-agent-platform/models/guides/gemini-3-8-flash (context 1,048,576, max output 65,536)","capabilities":"docs.cloud.google.com gemini-enterprise-agent-platform/models/guides/gemini-3-8-flash (text, image, audio, video in); github.com/takeshy/obsidian-gemini-helper releases 1.21.7 (PDF input, function calling)","lifecycle":"ai.google.dev/gemini-api/docs/deprecations (no shutdown date announced)","release_date":"ai.google.dev/gemini-api/docs/deprecations (Gemini 3 table: gemini-3.8-flash September 2, 2026)","scores":"docs/scoring.md tier rule (mid)"},"verified":"2026-12-01"},"gemini-4-argon":{"id":"gemini-4-argon","provider":"google","display_name":"Gemini 4 Argon","release_date":"2026-10-13","status":"production","context_window":1048576,"max_output_tokens":65536,"pricing":{"input":4,"output":20,"cached_input":0.2,"periods":[{"until":"2026-12-01","input":2,"output":10,"cached_input":0.1,"note":"launch (introductory) price through 2026-11-30; prices doubled on 2026-12-01"}],"service_tiers":{"batch":{"multiplier":0.5},"flex":{"multiplier":0.5},"priority":{"multiplier":1.8}}},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"best_for":"Complex coding, agentic, math and science tasks (Google\'s most capable GA model at launch)","notes":"New. GA 2026-10-13 per Gemini API changelog. Limits: Google\'s Gemini 4 guide states ONE unified 1,048,576-token limit shared by input, thinking and output, so context_window = 1,048,576 and no separate max_input_tokens. max_output_tokens = 65,536, the per-request (synchronous) output cap Google documents; with \\"long decode\\" (continuation_token / background) one turn can run to 1,048,576 minus input tokens, which Vercel AI Gateway reports as \\"max output 1,000,000\\" — not used, because a single request stops at 65,536 (32,768 for non-streaming direct HTTP). Prices are not in @pydantic/genai-prices@0.1.8 (published 2026-09-23, before launch); taken from LiteLLM discussion #46238 and TokenMeter v0.13.1 ($2/$10/$0.10 through 2026-11-30, $4/$20/$0.20 from 2026-12-01) and Trazum v2.7.9 (read of Google\'s pricing page 2026-11-16: cache read 5% of input, batch half, Flex 0.5x, Priority 1.8x); all agree. Implicit caching only (no storage price). No long-context tier. Input modalities: text, image, files per Vercel AI Gateway; audio/video input not verified, left out. Not in models.dev@f3fc692 (snapshot predates the model).","sources":{"id":"@ai-sdk/google@4.0.121 src/google-model-catalog.ts; @google/genai@3.3.0 dist/genai.d.ts (Model union)","pricing":"github.com/BerriAI/litellm discussions/46238; github.com/iyulab/TokenMeter releases v0.13.1; github.com/TrazumAPP/Trazum releases v2.7.9 (Google pricing page read 2026-11-16)","limits":"docs.cloud.google.com gemini-enterprise-agent-platform/models/start/get-started-with-gemini-4 (unified 1,048,576 limit; 65,536 per synchronous request)","capabilities":"vercel.com/ai-gateway/models/gemini-4-argon; @ai-sdk/google@4.0.121 src/google-model-catalog.ts (thinking levels)","lifecycle":"ai.google.dev/gemini-api/docs/changelog (2026-10-13 entry)","release_date":"ai.google.dev/gemini-api/docs/changelog (2026-10-13 entry)","scores":"docs/scoring.md tier rule (flagship)"},"verified":"2026-12-01"},"gemini-4-carbon":{"id":"gemini-4-carbon","provider":"google","display_name":"Gemini 4 Carbon","release_date":"2026-11-10","status":"production","context_window":1048576,"max_output_tokens":65536,"pricing":{"input":4,"output":20,"cached_input":0.2,"periods":[{"until":"2026-12-01","input":2,"output":10,"cached_input":0.1,"note":"launch (introductory) price through 2026-11-30, same schedule as Gemini 4 Argon"}],"service_tiers":{"batch":{"multiplier":0.5},"flex":{"multiplier":0.5},"priority":{"multiplier":1.8}}},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"best_for":"Hardest coding, debugging and science reasoning (more thinking per turn than Argon)","notes":"New. GA 2026-11-10 on the paid tier only. @ai-sdk/google@4.0.117 added it \\"with the same capabilities as gemini-4-argon\\"; LiteLLM discussion #50970 and LaoZhang\'s notice: same per-token price, context window and tools as Argon ($2/$10 through 2026-11-30, then $4/$20). Cached input: Trazum v2.7.9 (Google pricing page read 2026-11-16) gives cache reads at 5% of input for Carbon, Argon and Hydrogen, i.e. $0.10 → $0.20. Limits as Argon (unified 1,048,576, 65,536 per request; long decode beyond). Not in genai-prices@0.1.8 or models.dev@f3fc692 (both predate it).","sources":{"id":"@ai-sdk/google@4.0.121 src/google-model-catalog.ts and CHANGELOG.md (4.0.117); @google/genai@3.3.0 dist/genai.d.ts","pricing":"github.com/BerriAI/litellm discussions/50970; github.com/TrazumAPP/Trazum releases v2.7.9 (cache 5% of input, batch half, Flex 0.5x, Priority 1.8x)","limits":"docs.cloud.google.com gemini-enterprise-agent-platform/models/start/get-started-with-gemini-4; docs.laozhang.ai gemini-4-carbon-2026-11 (same window as Argon)","capabilities":"@ai-sdk/google@4.0.121 CHANGELOG.md 4.0.117 (same capabilities as gemini-4-argon)","lifecycle":"apidog.com/blog/gemini-4-carbon-api (GA 2026-11-10)","release_date":"apidog.com/blog/gemini-4-carbon-api (GA 2026-11-10); docs.laozhang.ai announcements/gemini-4-carbon-2026-11","scores":"docs/scoring.md tier rule (flagship)"},"verified":"2026-12-01"},"gemini-4-hydrogen":{"id":"gemini-4-hydrogen","provider":"google","display_name":"Gemini 4 Hydrogen","release_date":"2026-11-12","status":"production","context_window":1048576,"max_output_tokens":65536,"pricing":{"input":1.5,"output":7.5,"cached_input":0.075,"service_tiers":{"batch":{"multiplier":0.5},"flex":{"multiplier":0.5},"priority":{"multiplier":1.8}}},"capabilities":{"input":["text","image","video","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"best_for":"Fast everyday coding and agentic workflows (Google\'s upgrade path from Gemini 3.8 Flash)","notes":"New. Released 2026-11-12 (GA, \\"short-term\\" release with a minimum 45-day deprecation-notice policy per Google\'s Hydrogen guide). Unified 1,048,576-token input+output limit; 65,536 output per synchronous request, long decode up to 1,048,576 minus input; thinking levels LOW/MEDIUM/HIGH (default)/XHIGH (@ai-sdk/google@4.0.119 added xhigh for Hydrogen only). Accepts PDF and Office/OpenDocument files; agentic video understanding GA. Prices not in genai-prices@0.1.8 (predates it): $1.50/$7.50, cached $0.075 (implicit only), Batch/Flex 0.5x, Priority 1.8x, no scheduled change (TokenMeter v0.17.0, Trazum v2.7.9, LaoZhang — all agree). Free tier also available (rate-limited). Tier \\"mid\\" (Flash-class successor).","sources":{"id":"@ai-sdk/google@4.0.121 src/google-model-catalog.ts; @google/genai@3.3.0 dist/genai.d.ts","pricing":"github.com/iyulab/TokenMeter releases v0.17.0; github.com/TrazumAPP/Trazum releases v2.7.9","limits":"docs.cloud.google.com gemini-enterprise-agent-platform/models/guides/gemini-4-hydrogen","capabilities":"docs.cloud.google.com gemini-enterprise-agent-platform/models/guides/gemini-4-hydrogen; @ai-sdk/google@4.0.121 CHANGELOG.md 4.0.119","lifecycle":"docs.cloud.google.com gemini-enterprise-agent-platform/models/guides/gemini-4-hydrogen (GA, short-term lifecycle)","release_date":"apidog.com/blog/gemini-4-hydrogen-api (released 2026-11-12); docs.laozhang.ai announcements/gemini-4-hydrogen-2026-11","scores":"docs/scoring.md tier rule (mid)"},"verified":"2026-12-01"},"gemini-4-neon":{"id":"gemini-4-neon","provider":"google","display_name":"Gemini 4 Neon","release_date":"2026-11-18","status":"production","context_window":1048576,"max_output_tokens":65536,"pricing":{"input":3,"output":15,"cached_input":0.15,"service_tiers":{"batch":{"multiplier":0.5},"flex":{"multiplier":0.5},"priority":{"multiplier":1.8}}},"capabilities":{"input":["text","image","video","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"notes":"New. Released 2026-11-18 as the middle Gemini 4 model (between Hydrogen and Carbon), paid tier only. NOT yet in @google/genai@3.3.0 (2026-11-12) or @ai-sdk/google@4.0.121 (2026-11-13) — both predate it — so every figure comes from third-party reads of Google\'s docs: $3/$15 per 1M (thinking billed as output), cached $0.15 (implicit caching), Batch/Flex 0.5x, Priority 1.8x (TokenMeter v0.17.0, LaoZhang, apidog); unified 1,048,576 window, 65,536 per synchronous request, long decode beyond; thinking levels low/medium/high/xhigh. Inputs text, image, video, documents per Vercel AI Gateway. Tier: scored \\"mid\\" (Google positions it below Carbon/Argon); reviewers may prefer flagship. Re-verify against the next SDK release.","sources":{"id":"apidog.com/blog/gemini-4-neon-api; docs.laozhang.ai announcements/gemini-4-neon-2026-11","pricing":"github.com/iyulab/TokenMeter releases v0.17.0; docs.laozhang.ai announcements/gemini-4-neon-2026-11","limits":"apidog.com/blog/gemini-4-neon-api (1,048,576 shared window, 65,536 per synchronous request)","capabilities":"vercel.com/ai-gateway/models/google/gemini-4-neon; docs.laozhang.ai announcements/gemini-4-neon-2026-11","lifecycle":"docs.laozhang.ai announcements/gemini-4-neon-2026-11 (GA 2026-11-18)","release_date":"apidog.com/blog/gemini-4-neon-api (released 2026-11-18); github.com/ivanusto/mitosis-orchestrator releases v2.7.8","scores":"docs/scoring.md tier rule (mid; judgement, see notes)"},"verified":"2026-12-01"},"gemma-4-26b-a4b-it":{"id":"gemma-4-26b-a4b-it","provider":"google","display_name":"Gemma 4 26B A4B","release_date":"2026-04-02","status":"production","context_window":262144,"max_output_tokens":32768,"pricing":{"input":0,"output":0},"capabilities":{"input":["text","image"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.6,"reasoning":0.6,"basis":"tier"},"speed_rating":10,"notes":"New. Gemma 4 MoE (25.2B total / 3.8B active) on the Gemini API, free of charge with no paid tier per genai-prices@0.1.8 (the Vertex MaaS variant gemma-4-26b-a4b-it-maas is priced separately and not a Gemini API model). Limits/modalities from models.dev.","sources":{"id":"@google/genai@3.3.0 dist/genai.d.ts (Model union)","pricing":"@pydantic/genai-prices@0.1.8 (embedded data, model gemma-4-26b-a4b-it, price_comments)","limits":"models.dev@f3fc692 providers/google/models/gemma-4-26b-a4b-it.toml","capabilities":"models.dev@f3fc692 providers/google/models/gemma-4-26b-a4b-it.toml","release_date":"models.dev@f3fc692 providers/google/models/gemma-4-26b-a4b-it.toml","scores":"docs/scoring.md tier rule (small)"},"verified":"2026-12-01"},"gemma-4-31b-it":{"id":"gemma-4-31b-it","provider":"google","display_name":"Gemma 4 31B","release_date":"2026-04-02","status":"production","context_window":262144,"max_output_tokens":32768,"pricing":{"input":0,"output":0},"capabilities":{"input":["text","image"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.6,"reasoning":0.6,"basis":"tier"},"speed_rating":10,"notes":"New. Open-weight Gemma 4 served on the Gemini API; genai-prices@0.1.8: \\"Free of charge on the Gemini API with no paid tier\\" (earlier OpenRouter-derived rates dropped) → pricing 0/0. Limits/modalities from models.dev (262,144 context, 32,768 output; one total figure, no separate input limit). Scored \\"small\\" (open model, below Flash).","sources":{"id":"@google/genai@3.3.0 dist/genai.d.ts (Model union)","pricing":"@pydantic/genai-prices@0.1.8 (embedded data, model gemma-4-31b-it, price_comments)","limits":"models.dev@f3fc692 providers/google/models/gemma-4-31b-it.toml","capabilities":"models.dev@f3fc692 providers/google/models/gemma-4-31b-it.toml","release_date":"models.dev@f3fc692 providers/google/models/gemma-4-31b-it.toml","scores":"docs/scoring.md tier rule (small)"},"verified":"2026-12-01"},"gemma:7b":{"id":"gemma:7b","provider":"ollama","display_name":"gemma:7b","status":"production","context_window":8192,"max_output_tokens":8192,"pricing":{"input":0,"output":0},"capabilities":{"input":["text"],"output":["text"],"tool_calling":false},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"hardware":{"parameters_billion":7,"download_size_gb":5,"min_ram_gb":8},"best_for":"Google\'s balanced model","notes":"Context is the tag\'s context_length as recorded in the current registry from https://ollama.com/library/gemma (July 2026 snapshot); the Ollama library itself is not reachable here and models.dev has no local-Ollama catalogue, so it could not be re-verified. Ollama tags are not shut down; status stays production. max_output_tokens = context_window: Ollama generates until the context is full unless num_predict is set (the documented local-model exception, docs/scoring.md).","sources":{"pricing":"local model, no per-token cost (docs/scoring.md: Local (Ollama) models)","limits":"current registry (verified 2026-07-24) from https://ollama.com/library/gemma (tag context_length); not re-verified","capabilities":"current registry (verified 2026-07-24; source https://ollama.com/library/gemma)","lifecycle":"https://ollama.com/library/gemma (tag listed as of the 2026-07-24 registry snapshot)","scores":"current registry (legacy table conversion, docs/scoring.md rule 1)"},"verified":"2026-07-24"},"google.gemma-3-12b-it":{"id":"google.gemma-3-12b-it","provider":"bedrock","display_name":"Gemma 3 12B","status":"production","context_window":128000,"max_output_tokens":8192,"pricing":{"input":0.09,"output":0.29},"capabilities":{"input":["text","image"],"output":["text"],"tool_calling":false,"structured_output":true,"reasoning":false},"scores":{"coding":0.6,"reasoning":0.6,"basis":"tier"},"speed_rating":10,"notes":"models.dev 0.05/0.1; genai-prices and LiteLLM 0.09/0.29 followed. Third-party model on Bedrock; score tier assigned by analogy to the tier rule. models.dev (2026-07-02) price 0.05 / 0.1 is not followed. models.dev (2026-07-02) lists a 131072 context window, while this entry follows LiteLLM (2026-07-24)\'s 128000. models.dev (2026-07-02) gives release 2024-12-01, a placeholder that predates Gemma 3 (March 2025), so no release date is set.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (published 2026-09-23) dist/index.js provider aws google.gemma-3-12b-it","limits":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json google.gemma-3-12b-it","capabilities":"models.dev@f3fc692 providers/amazon-bedrock/models/google.gemma-3-12b-it.toml","lifecycle":"models.dev@f3fc692 providers/amazon-bedrock/models/google.gemma-3-12b-it.toml (listed 2026-07-02); not in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)"},"verified":"2026-12-01"},"google.gemma-3-27b-it":{"id":"google.gemma-3-27b-it","provider":"bedrock","display_name":"Gemma 3 27B","release_date":"2025-07-27","status":"production","context_window":128000,"max_output_tokens":8192,"pricing":{"input":0.23,"output":0.38},"capabilities":{"input":["text","image"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":false},"scores":{"coding":0.6,"reasoning":0.6,"basis":"tier"},"speed_rating":10,"notes":"models.dev says 202752 context and 0.12/0.2; LiteLLM 128000 and genai-prices/LiteLLM 0.23/0.38 followed. Third-party model on Bedrock; score tier assigned by analogy to the tier rule. models.dev (2026-07-02) price 0.12 / 0.2 is not followed (genai-prices and LiteLLM agree on 0.23 / 0.38).","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (published 2026-09-23) dist/index.js provider aws google.gemma-3-27b-it","limits":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json google.gemma-3-27b-it","capabilities":"models.dev@f3fc692 providers/amazon-bedrock/models/google.gemma-3-27b-it.toml","lifecycle":"models.dev@f3fc692 providers/amazon-bedrock/models/google.gemma-3-27b-it.toml (listed 2026-07-02); not in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)","release_date":"models.dev@f3fc692 providers/amazon-bedrock/models/google.gemma-3-27b-it.toml"},"verified":"2026-12-01"},"google.gemma-3-4b-it":{"id":"google.gemma-3-4b-it","provider":"bedrock","display_name":"Gemma 3 4B","status":"production","context_window":128000,"max_output_tokens":8192,"pricing":{"input":0.04,"output":0.08},"capabilities":{"input":["text","image"],"output":["text"],"tool_calling":true,"structured_output":false,"reasoning":false},"scores":{"coding":0.6,"reasoning":0.6,"basis":"tier"},"speed_rating":10,"notes":"Third-party model on Bedrock; score tier assigned by analogy to the tier rule. structured_output false where models.dev does not state support. models.dev (2026-07-02) lists max_output_tokens 4096, while this entry follows LiteLLM (2026-07-24)\'s 8192. models.dev (2026-07-02) gives release 2024-12-01, a placeholder that predates Gemma 3 (March 2025), so no release date is set.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (published 2026-09-23) dist/index.js provider aws google.gemma-3-4b-it","limits":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json google.gemma-3-4b-it","capabilities":"models.dev@f3fc692 providers/amazon-bedrock/models/google.gemma-3-4b-it.toml","lifecycle":"models.dev@f3fc692 providers/amazon-bedrock/models/google.gemma-3-4b-it.toml (listed 2026-07-02); not in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)"},"verified":"2026-12-01"},"gpt-3.5-turbo":{"id":"gpt-3.5-turbo","provider":"openai","display_name":"GPT-3.5 Turbo","release_date":"2023-03-01","status":"deprecated","context_window":16385,"max_output_tokens":4096,"pricing":{"input":0.5,"output":1.5},"capabilities":{"input":["text"],"output":["text"],"tool_calling":true,"structured_output":false,"reasoning":false},"scores":{"coding":0.6,"reasoning":0.6,"basis":"tier"},"speed_rating":10,"deprecation_date":"2026-04-22","shutdown_date":"2026-10-23","replaced_by":"gpt-5.6-terra","best_for":"Quick tasks","notes":"SHUT DOWN 2026-10-23 (gpt-3.5-turbo and -0125; SDK list, 2026-04-22 notice). The April notice named gpt-4.1-mini (itself now deprecated); the page as of 2026-10-15 names gpt-5.6-terra; followed the latter. tool_calling: models.dev says false, LiteLLM true (function calling was supported on -0125); followed LiteLLM. models.dev lists a cache price of 0; OpenAI\'s prompt caching never covered gpt-3.5-turbo and genai-prices has no cached-input rate for it, so none is recorded.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.js price data, published 2026-09-23) model gpt-3.5-turbo","limits":"models.dev@f3fc692 providers/openai/models/gpt-3.5-turbo.toml + models/openai/gpt-3.5-turbo.toml","capabilities":"LiteLLM model_prices snapshot 2026-07-24 (gpt-3.5-turbo)","lifecycle":"openai@7.59.0 src/resources/shared.ts (ChatModel \\"Deprecated values\\" list: announced shutdown dates); developers.openai.com/api/docs/deprecations \\"2026-04-22: Legacy GPT model snapshots\\" (spybara.com diff 2026-04-22..23, pages corpus); OpenAI deprecations page as of 2026-10-15 (quoted by dev.to/importstatic, pages/docs corpus)","release_date":"models.dev@f3fc692 providers/openai/models/gpt-3.5-turbo.toml + models/openai/gpt-3.5-turbo.toml"},"verified":"2026-12-01"},"gpt-4":{"id":"gpt-4","provider":"openai","display_name":"GPT-4","release_date":"2023-03-14","status":"deprecated","context_window":8192,"max_output_tokens":8192,"pricing":{"input":30,"output":60},"capabilities":{"input":["text"],"output":["text"],"tool_calling":true,"structured_output":false,"reasoning":false},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"deprecation_date":"2026-04-22","shutdown_date":"2026-10-23","replaced_by":"gpt-5.6","best_for":"Complex reasoning","notes":"SHUT DOWN 2026-10-23 (gpt-4 and gpt-4-0613; SDK list, 2026-04-22 notice). Replacement gpt-5.6-sol (registry ID gpt-5.6). LiteLLM (2026-07-24) lists max_output_tokens 4,096; models.dev gives 8,192 output tokens (OpenAI allowed completions up to the 8K window), which this entry follows. Scores kept (existing entry). models.dev\'s release date 2023-11-06 is the GPT-4 Turbo date; this entry uses 2023-03-14, the date of the first snapshot gpt-4-0314.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.js price data, published 2026-09-23) model gpt-4","limits":"models.dev@f3fc692 providers/openai/models/gpt-4.toml + models/openai/gpt-4.toml; LiteLLM model_prices snapshot 2026-07-24 (gpt-4)","capabilities":"models.dev@f3fc692 providers/openai/models/gpt-4.toml + models/openai/gpt-4.toml","lifecycle":"openai@7.59.0 src/resources/shared.ts (ChatModel \\"Deprecated values\\" list: announced shutdown dates); developers.openai.com/api/docs/deprecations \\"2026-04-22: Legacy GPT model snapshots\\" (spybara.com diff 2026-04-22..23, pages corpus)","release_date":"openai@7.59.0 ChatModel gpt-4-0314 (first snapshot; models.dev 2023-11-06 is the GPT-4 Turbo date)"},"verified":"2026-12-01"},"gpt-4-turbo":{"id":"gpt-4-turbo","provider":"openai","display_name":"GPT-4 Turbo","release_date":"2024-04-09","status":"deprecated","context_window":128000,"max_output_tokens":4096,"pricing":{"input":10,"output":30},"capabilities":{"input":["text","image"],"output":["text"],"tool_calling":true,"structured_output":false,"reasoning":false},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"deprecation_date":"2026-04-22","shutdown_date":"2026-10-23","replaced_by":"gpt-5.6","best_for":"Vision, function calling","notes":"SHUT DOWN 2026-10-23 (SDK list; 2026-04-22 notice). Replacement gpt-5.6-sol (registry ID gpt-5.6) per the deprecations page as of 2026-10-15. release_date: snapshot date (models.dev gives 2023-11-06, the GPT-4 Turbo preview). LiteLLM (2026-07-24) flags PDF input, but OpenAI\'s file-inputs guide promises PDF input only on gpt-4o and later vision models, so pdf is left out for this older, shut-down model.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.js price data, published 2026-09-23) model gpt-4-turbo","limits":"models.dev@f3fc692 providers/openai/models/gpt-4-turbo.toml + models/openai/gpt-4-turbo.toml","capabilities":"models.dev@f3fc692 providers/openai/models/gpt-4-turbo.toml + models/openai/gpt-4-turbo.toml","lifecycle":"openai@7.59.0 src/resources/shared.ts (ChatModel \\"Deprecated values\\" list: announced shutdown dates); developers.openai.com/api/docs/deprecations \\"2026-04-22: Legacy GPT model snapshots\\" (spybara.com diff 2026-04-22..23, pages corpus); OpenAI deprecations page as of 2026-10-15 (quoted by dev.to/importstatic, pages/docs corpus)","release_date":"openai@7.59.0 ChatModel gpt-4-turbo-2024-04-09"},"verified":"2026-12-01"},"gpt-4.1":{"id":"gpt-4.1","provider":"openai","display_name":"GPT-4.1","release_date":"2025-04-14","status":"deprecated","context_window":1047576,"max_output_tokens":32768,"pricing":{"input":2,"output":8,"cached_input":0.5,"service_tiers":{"batch":{"multiplier":0.5},"priority":{"input":3.5,"output":14,"cached_input":0.875}}},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":false},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"deprecation_date":"2026-10-14","shutdown_date":"2027-01-14","replaced_by":"gpt-6-luna","notes":"Newly deprecated: shutdown 2027-01-14 (SDK list), scheduled on 2026-10-14 (importstatic/codersera reading of the deprecations page); replacement gpt-6-luna. Figures unchanged. genai-prices 0.1.8 rounds the context window to 1,000,000; OpenAI and models.dev state 1,047,576 tokens, which this entry follows.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.js price data, published 2026-09-23) model gpt-4.1; LiteLLM model_prices snapshot 2026-07-24 (gpt-4.1) (batch/priority)","limits":"models.dev@f3fc692 providers/openai/models/gpt-4.1.toml","capabilities":"models.dev@f3fc692 providers/openai/models/gpt-4.1.toml","lifecycle":"openai@7.59.0 src/resources/shared.ts (ChatModel \\"Deprecated values\\" list: announced shutdown dates); OpenAI deprecations page as of 2026-10-15 (quoted by dev.to/importstatic, pages/docs corpus); codersera.com gpt-4o-gpt-4-1-api-shutdown","release_date":"models.dev@f3fc692 providers/openai/models/gpt-4.1.toml"},"verified":"2026-12-01"},"gpt-4.1-mini":{"id":"gpt-4.1-mini","provider":"openai","display_name":"GPT-4.1 mini","release_date":"2025-04-14","status":"deprecated","context_window":1047576,"max_output_tokens":32768,"pricing":{"input":0.4,"output":1.6,"cached_input":0.1,"service_tiers":{"batch":{"multiplier":0.5},"priority":{"input":0.7,"output":2.8,"cached_input":0.175}}},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":false},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"deprecation_date":"2026-10-14","shutdown_date":"2027-01-14","replaced_by":"gpt-6-luna","notes":"Newly deprecated: shutdown 2027-01-14, scheduled 2026-10-14, replacement gpt-6-luna. Figures unchanged. genai-prices 0.1.8 rounds the context window to 1,000,000; OpenAI and models.dev state 1,047,576 tokens, which this entry follows.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.js price data, published 2026-09-23) model gpt-4.1-mini; LiteLLM model_prices snapshot 2026-07-24 (gpt-4.1-mini)","limits":"models.dev@f3fc692 providers/openai/models/gpt-4.1-mini.toml","capabilities":"models.dev@f3fc692 providers/openai/models/gpt-4.1-mini.toml","lifecycle":"openai@7.59.0 src/resources/shared.ts (ChatModel \\"Deprecated values\\" list: announced shutdown dates); OpenAI deprecations page as of 2026-10-15 (quoted by dev.to/importstatic, pages/docs corpus)","release_date":"models.dev@f3fc692 providers/openai/models/gpt-4.1-mini.toml"},"verified":"2026-12-01"},"gpt-4.1-nano":{"id":"gpt-4.1-nano","provider":"openai","display_name":"GPT-4.1 nano","release_date":"2025-04-14","status":"deprecated","context_window":1047576,"max_output_tokens":32768,"pricing":{"input":0.1,"output":0.4,"cached_input":0.025,"service_tiers":{"batch":{"multiplier":0.5},"priority":{"input":0.2,"output":0.8,"cached_input":0.05}}},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":false},"scores":{"coding":0.6,"reasoning":0.6,"basis":"tier"},"speed_rating":10,"deprecation_date":"2026-04-22","shutdown_date":"2026-10-23","replaced_by":"gpt-5.6-luna","notes":"SHUT DOWN 2026-10-23 (SDK list; announced in the 2026-04-22 legacy-snapshot deprecation). Kept so the legacy ID compiles. OpenAI\'s named replacement was cut off in the excerpts read; gpt-5.6-luna chosen (Retell\'s documented migration target, same tier, live). PDF input follows LiteLLM (2026-07-24) and OpenAI\'s file-inputs guide (vision models accept PDFs); models.dev (2026-07-02) lists only text and image input modalities. genai-prices 0.1.8 rounds the context window to 1,000,000; OpenAI and models.dev state 1,047,576 tokens, which this entry follows.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.js price data, published 2026-09-23) model gpt-4.1-nano","limits":"models.dev@f3fc692 providers/openai/models/gpt-4.1-nano.toml","capabilities":"models.dev@f3fc692 providers/openai/models/gpt-4.1-nano.toml; LiteLLM model_prices snapshot 2026-07-24 (supports_pdf_input); developers.openai.com/api/docs/guides/file-inputs (PDF input on vision models, docs corpus)","lifecycle":"openai@7.59.0 src/resources/shared.ts (ChatModel \\"Deprecated values\\" list: announced shutdown dates); OpenAI deprecations page as of 2026-10-15 (quoted by dev.to/importstatic, pages/docs corpus); docs.retellai.com deprecation-notice 2026/10-20","release_date":"models.dev@f3fc692 providers/openai/models/gpt-4.1-nano.toml"},"verified":"2026-12-01"},"gpt-4o":{"id":"gpt-4o","provider":"openai","display_name":"GPT-4o","release_date":"2024-05-13","status":"deprecated","context_window":128000,"max_output_tokens":16384,"pricing":{"input":2.5,"output":10,"cached_input":1.25,"service_tiers":{"batch":{"multiplier":0.5},"priority":{"input":4.25,"output":17,"cached_input":2.125}}},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":false},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"deprecation_date":"2026-10-14","shutdown_date":"2027-01-14","replaced_by":"gpt-6-luna","best_for":"Vision, balanced tasks","notes":"Newly deprecated: gpt-4o, -2024-11-20, -2024-08-06 shut down 2027-01-14 (scheduled 2026-10-14), replacement gpt-6-luna. The older snapshot gpt-4o-2024-05-13 ($5/$15) already shut down 2026-10-23.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.js price data, published 2026-09-23) model gpt-4o; LiteLLM model_prices snapshot 2026-07-24 (gpt-4o) (batch/priority)","limits":"models.dev@f3fc692 providers/openai/models/gpt-4o.toml","capabilities":"models.dev@f3fc692 providers/openai/models/gpt-4o.toml","lifecycle":"openai@7.59.0 src/resources/shared.ts (ChatModel \\"Deprecated values\\" list: announced shutdown dates); OpenAI deprecations page as of 2026-10-15 (quoted by dev.to/importstatic, pages/docs corpus); codersera.com","release_date":"models.dev@f3fc692 providers/openai/models/gpt-4o.toml"},"verified":"2026-12-01"},"gpt-4o-mini":{"id":"gpt-4o-mini","provider":"openai","display_name":"GPT-4o mini","release_date":"2024-07-18","status":"deprecated","context_window":128000,"max_output_tokens":16384,"pricing":{"input":0.15,"output":0.6,"cached_input":0.075,"service_tiers":{"batch":{"multiplier":0.5},"priority":{"input":0.25,"output":1,"cached_input":0.125}}},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":false},"scores":{"coding":0.6,"reasoning":0.6,"basis":"tier"},"speed_rating":10,"deprecation_date":"2026-10-14","shutdown_date":"2027-01-14","replaced_by":"gpt-6-luna","best_for":"Fast, cost-effective","notes":"Newly deprecated: shutdown 2027-01-14 (scheduled 2026-10-14), replacement gpt-6-luna ($0.10/$0.50).","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.js price data, published 2026-09-23) model gpt-4o-mini; LiteLLM model_prices snapshot 2026-07-24 (gpt-4o-mini)","limits":"models.dev@f3fc692 providers/openai/models/gpt-4o-mini.toml","capabilities":"models.dev@f3fc692 providers/openai/models/gpt-4o-mini.toml","lifecycle":"openai@7.59.0 src/resources/shared.ts (ChatModel \\"Deprecated values\\" list: announced shutdown dates); OpenAI deprecations page as of 2026-10-15 (quoted by dev.to/importstatic, pages/docs corpus); codersera.com","release_date":"models.dev@f3fc692 providers/openai/models/gpt-4o-mini.toml"},"verified":"2026-12-01"},"gpt-5":{"id":"gpt-5","provider":"openai","display_name":"GPT-5","release_date":"2025-08-07","status":"deprecated","context_window":400000,"max_input_tokens":272000,"max_output_tokens":128000,"pricing":{"input":1.25,"output":10,"cached_input":0.125,"service_tiers":{"flex":{"multiplier":0.5},"priority":{"multiplier":2}}},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"deprecation_date":"2026-06-11","shutdown_date":"2026-12-11","replaced_by":"gpt-6.1-sol","notes":"Newly deprecated: announced 2026-06-11, shutdown 2026-12-11 (SDK list, deprecations page). Replacement: the current deprecations page names gpt-6.1-sol; earlier versions (and some secondary write-ups) named gpt-5.6-sol; followed the newest page. Context corrected 272,000 -> 400,000 (272K input). Flex 0.5x / priority 2x from LiteLLM. PDF input follows LiteLLM (2026-07-24) and OpenAI\'s file-inputs guide (vision models accept PDFs); models.dev (2026-07-02) lists only text and image input modalities.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.js price data, published 2026-09-23) model gpt-5; LiteLLM model_prices snapshot 2026-07-24 (gpt-5) (flex/priority)","limits":"models.dev@f3fc692 providers/openai/models/gpt-5.toml + models/openai/gpt-5.toml","capabilities":"models.dev@f3fc692 providers/openai/models/gpt-5.toml + models/openai/gpt-5.toml; LiteLLM model_prices snapshot 2026-07-24 (supports_pdf_input); developers.openai.com/api/docs/guides/file-inputs (PDF input on vision models, docs corpus)","lifecycle":"openai@7.59.0 src/resources/shared.ts (ChatModel \\"Deprecated values\\" list: announced shutdown dates); developers.openai.com/api/docs/deprecations (docs corpus; newest version with status/notice-date table); privatedevops.com (notice 2026-06-11)","release_date":"models.dev@f3fc692 providers/openai/models/gpt-5.toml + models/openai/gpt-5.toml"},"verified":"2026-12-01"},"gpt-5-mini":{"id":"gpt-5-mini","provider":"openai","display_name":"GPT-5 mini","release_date":"2025-08-07","status":"deprecated","context_window":400000,"max_input_tokens":272000,"max_output_tokens":128000,"pricing":{"input":0.25,"output":2,"cached_input":0.025,"service_tiers":{"flex":{"multiplier":0.5},"priority":{"input":0.45,"output":3.6,"cached_input":0.045}}},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"deprecation_date":"2026-06-11","shutdown_date":"2026-12-11","replaced_by":"gpt-6.1-terra","notes":"Newly deprecated (notice 2026-06-11, shutdown 2026-12-11). Current deprecations page names gpt-6.1-terra (earlier: gpt-5.6-terra); followed the newest. Context corrected 272,000 -> 400,000 (272K input). PDF input follows LiteLLM (2026-07-24) and OpenAI\'s file-inputs guide (vision models accept PDFs); models.dev (2026-07-02) lists only text and image input modalities.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.js price data, published 2026-09-23) model gpt-5-mini; LiteLLM model_prices snapshot 2026-07-24 (gpt-5-mini) (flex/priority)","limits":"models.dev@f3fc692 providers/openai/models/gpt-5-mini.toml + models/openai/gpt-5-mini.toml","capabilities":"models.dev@f3fc692 providers/openai/models/gpt-5-mini.toml + models/openai/gpt-5-mini.toml; LiteLLM model_prices snapshot 2026-07-24 (supports_pdf_input); developers.openai.com/api/docs/guides/file-inputs (PDF input on vision models, docs corpus)","lifecycle":"openai@7.59.0 src/resources/shared.ts (ChatModel \\"Deprecated values\\" list: announced shutdown dates); developers.openai.com/api/docs/deprecations (docs corpus; newest version with status/notice-date table)","release_date":"models.dev@f3fc692 providers/openai/models/gpt-5-mini.toml + models/openai/gpt-5-mini.toml"},"verified":"2026-12-01"},"gpt-5-nano":{"id":"gpt-5-nano","provider":"openai","display_name":"GPT-5 nano","release_date":"2025-08-07","status":"deprecated","context_window":400000,"max_input_tokens":272000,"max_output_tokens":128000,"pricing":{"input":0.05,"output":0.4,"cached_input":0.005,"service_tiers":{"flex":{"multiplier":0.5}}},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.6,"reasoning":0.6,"basis":"tier"},"speed_rating":10,"deprecation_date":"2026-06-11","shutdown_date":"2026-12-11","replaced_by":"gpt-6-luna","notes":"Newly deprecated (notice 2026-06-11, shutdown 2026-12-11). Current deprecations page names gpt-6-luna (earlier: gpt-5.6-luna). LiteLLM\'s priority row for nano (input only, $2.50) looks wrong and is left out. Context corrected 272,000 -> 400,000 (272K input). PDF input follows LiteLLM (2026-07-24) and OpenAI\'s file-inputs guide (vision models accept PDFs); models.dev (2026-07-02) lists only text and image input modalities.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.js price data, published 2026-09-23) model gpt-5-nano; LiteLLM model_prices snapshot 2026-07-24 (gpt-5-nano) (flex)","limits":"models.dev@f3fc692 providers/openai/models/gpt-5-nano.toml + models/openai/gpt-5-nano.toml","capabilities":"models.dev@f3fc692 providers/openai/models/gpt-5-nano.toml + models/openai/gpt-5-nano.toml; LiteLLM model_prices snapshot 2026-07-24 (supports_pdf_input); developers.openai.com/api/docs/guides/file-inputs (PDF input on vision models, docs corpus)","lifecycle":"openai@7.59.0 src/resources/shared.ts (ChatModel \\"Deprecated values\\" list: announced shutdown dates); developers.openai.com/api/docs/deprecations (docs corpus; newest version with status/notice-date table); github.com/samarthputhraya/Modelpin v0.5.4","release_date":"models.dev@f3fc692 providers/openai/models/gpt-5-nano.toml + models/openai/gpt-5-nano.toml"},"verified":"2026-12-01"},"gpt-5-pro":{"id":"gpt-5-pro","provider":"openai","display_name":"GPT-5 Pro","release_date":"2025-10-06","status":"deprecated","context_window":400000,"max_input_tokens":272000,"max_output_tokens":272000,"pricing":{"input":15,"output":120,"service_tiers":{"batch":{"multiplier":0.5}}},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"deprecation_date":"2026-06-11","shutdown_date":"2026-12-11","replaced_by":"gpt-6.1-sol","notes":"Added so its legacy ID resolves; deprecated 2026-06-11, shutdown 2026-12-11. OpenAI names gpt-6.1-sol with reasoning.mode: pro (Responses API) as the replacement (modelpin 0.5.4 reading of the page, 2026-11-22). PDF input follows LiteLLM (2026-07-24) and OpenAI\'s file-inputs guide (vision models accept PDFs); models.dev (2026-07-02) lists only text and image input modalities. LiteLLM (2026-07-24) lists max_input_tokens 400,000 (the total context) and max_output_tokens 128,000; models.dev gives 272,000 input and 272,000 output tokens, matching OpenAI\'s published 272K output, which this entry follows.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.js price data, published 2026-09-23) model gpt-5-pro; LiteLLM model_prices snapshot 2026-07-24 (gpt-5-pro) (batch)","limits":"models.dev@f3fc692 providers/openai/models/gpt-5-pro.toml + models/openai/gpt-5-pro.toml","capabilities":"models.dev@f3fc692 providers/openai/models/gpt-5-pro.toml + models/openai/gpt-5-pro.toml; LiteLLM model_prices snapshot 2026-07-24 (supports_pdf_input); developers.openai.com/api/docs/guides/file-inputs (PDF input on vision models, docs corpus)","lifecycle":"developers.openai.com/api/docs/deprecations (docs corpus; newest version with status/notice-date table); dev.to/aideprecations (2026-06-11 notice); github.com/samarthputhraya/Modelpin v0.5.4","release_date":"models.dev@f3fc692 providers/openai/models/gpt-5-pro.toml + models/openai/gpt-5-pro.toml"},"verified":"2026-12-01"},"gpt-5.1":{"id":"gpt-5.1","provider":"openai","display_name":"GPT-5.1","release_date":"2025-11-13","status":"deprecated","context_window":400000,"max_input_tokens":272000,"max_output_tokens":128000,"pricing":{"input":1.25,"output":10,"cached_input":0.125,"service_tiers":{"priority":{"input":2.5,"output":20,"cached_input":0.25}}},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"shutdown_date":"2027-04-01","replaced_by":"gpt-6.2-sol","notes":"Newly deprecated: openai@7.59.0 lists gpt-5.1 and gpt-5.1-2025-11-13 with announced shutdown 2027-04-01 (dev.to/max_bob confirms GPT-5.1 leaves 1 Apr 2027). Announcement date and OpenAI\'s named replacement not found; replaced_by gpt-6.2-sol is our choice (current everyday Sol model). Context corrected 272,000 -> 400,000 (272K input). LiteLLM (2026-07-24) lists image as an output modality; images come from the Responses API image_generation tool (a gpt-image model), not from this model, so output stays text. PDF input follows LiteLLM (2026-07-24) and OpenAI\'s file-inputs guide (vision models accept PDFs); models.dev (2026-07-02) lists only text and image input modalities.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.js price data, published 2026-09-23) model gpt-5.1; LiteLLM model_prices snapshot 2026-07-24 (gpt-5.1) (priority)","limits":"models.dev@f3fc692 providers/openai/models/gpt-5.1.toml + models/openai/gpt-5.1.toml","capabilities":"models.dev@f3fc692 providers/openai/models/gpt-5.1.toml + models/openai/gpt-5.1.toml; LiteLLM model_prices snapshot 2026-07-24 (supports_pdf_input); developers.openai.com/api/docs/guides/file-inputs (PDF input on vision models, docs corpus)","lifecycle":"openai@7.59.0 src/resources/shared.ts (ChatModel \\"Deprecated values\\" list: announced shutdown dates); dev.to/max_bob openai-api-deprecations-2026-2027","release_date":"models.dev@f3fc692 providers/openai/models/gpt-5.1.toml + models/openai/gpt-5.1.toml"},"verified":"2026-12-01"},"gpt-5.2":{"id":"gpt-5.2","provider":"openai","display_name":"GPT-5.2","release_date":"2025-12-11","status":"production","context_window":400000,"max_input_tokens":272000,"max_output_tokens":128000,"pricing":{"input":1.75,"output":14,"cached_input":0.175,"service_tiers":{"priority":{"input":3.5,"output":28,"cached_input":0.35}}},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"notes":"Context corrected 272,000 -> 400,000 total with 272,000 max input (models.dev, genai-prices; the registry had stored the input limit as the context). Not in the SDK deprecated list; only gpt-5.2-chat-latest was retired (2026-08-10). Batch/flex rates not published in the sources read. LiteLLM (2026-07-24) lists image as an output modality; images come from the Responses API image_generation tool (a gpt-image model), not from this model, so output stays text. PDF input follows LiteLLM (2026-07-24) and OpenAI\'s file-inputs guide (vision models accept PDFs); models.dev (2026-07-02) lists only text and image input modalities.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.js price data, published 2026-09-23) model gpt-5.2; LiteLLM model_prices snapshot 2026-07-24 (gpt-5.2) (priority)","limits":"models.dev@f3fc692 providers/openai/models/gpt-5.2.toml + models/openai/gpt-5.2.toml","capabilities":"models.dev@f3fc692 providers/openai/models/gpt-5.2.toml + models/openai/gpt-5.2.toml; LiteLLM model_prices snapshot 2026-07-24 (supports_pdf_input); developers.openai.com/api/docs/guides/file-inputs (PDF input on vision models, docs corpus)","lifecycle":"openai@7.59.0 src/resources/shared.ts (ChatModel union, not in deprecated list)","release_date":"models.dev@f3fc692 providers/openai/models/gpt-5.2.toml + models/openai/gpt-5.2.toml"},"verified":"2026-12-01"},"gpt-5.2-pro":{"id":"gpt-5.2-pro","provider":"openai","display_name":"GPT-5.2 Pro","release_date":"2025-12-11","status":"production","context_window":400000,"max_input_tokens":272000,"max_output_tokens":128000,"pricing":{"input":21,"output":168},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":false,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"notes":"New to the registry (in openai@7.59.0 ChatModel union, no shutdown notice). Structured output: models.dev false, LiteLLM true; followed models.dev. PDF input follows LiteLLM (2026-07-24) and OpenAI\'s file-inputs guide (vision models accept PDFs); models.dev (2026-07-02) lists only text and image input modalities.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.js price data, published 2026-09-23) model gpt-5.2-pro; LiteLLM model_prices snapshot 2026-07-24 (gpt-5.2-pro)","limits":"models.dev@f3fc692 providers/openai/models/gpt-5.2-pro.toml + models/openai/gpt-5.2-pro.toml","capabilities":"models.dev@f3fc692 providers/openai/models/gpt-5.2-pro.toml + models/openai/gpt-5.2-pro.toml; LiteLLM model_prices snapshot 2026-07-24 (supports_pdf_input); developers.openai.com/api/docs/guides/file-inputs (PDF input on vision models, docs corpus)","lifecycle":"openai@7.59.0 src/resources/shared.ts (ChatModel union)","release_date":"models.dev@f3fc692 providers/openai/models/gpt-5.2-pro.toml + models/openai/gpt-5.2-pro.toml"},"verified":"2026-12-01"},"gpt-5.4":{"id":"gpt-5.4","provider":"openai","display_name":"GPT-5.4","release_date":"2026-03-05","status":"production","context_window":1050000,"max_input_tokens":922000,"max_output_tokens":128000,"pricing":{"input":2.5,"output":15,"cached_input":0.25,"tiers":[{"above_input_tokens":272000,"applies_to":"whole-request","input":5,"output":22.5,"cached_input":0.5}],"service_tiers":{"batch":{"multiplier":0.5},"flex":{"multiplier":0.5},"priority":{"multiplier":2}}},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"notes":"Prices unchanged; long-context tier (>272K, whole request) and service tiers added. LiteLLM flex cached 0.13 is a rounding of 0.125 (0.5x). LiteLLM (2026-07-24) lists max_input_tokens 1,050,000, the total context; models.dev (2026-07-02) states 922,000 input tokens, which this entry follows.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.js price data, published 2026-09-23) model gpt-5.4; LiteLLM model_prices snapshot 2026-07-24 (gpt-5.4) (batch/flex/priority)","limits":"models.dev@f3fc692 providers/openai/models/gpt-5.4.toml","capabilities":"models.dev@f3fc692 providers/openai/models/gpt-5.4.toml","lifecycle":"openai@7.59.0 src/resources/shared.ts (ChatModel union, not in deprecated list)","release_date":"models.dev@f3fc692 providers/openai/models/gpt-5.4.toml"},"verified":"2026-12-01"},"gpt-5.4-mini":{"id":"gpt-5.4-mini","provider":"openai","display_name":"GPT-5.4 mini","release_date":"2026-03-17","status":"production","context_window":400000,"max_input_tokens":272000,"max_output_tokens":128000,"pricing":{"input":0.75,"output":4.5,"cached_input":0.075,"service_tiers":{"batch":{"multiplier":0.5},"flex":{"multiplier":0.5},"priority":{"multiplier":2}}},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"notes":"Context corrected 1,050,000 -> 400,000 (272K input): models.dev and genai-prices agree; LiteLLM\'s 1,050,000 looks copied from gpt-5.4. Priority 2x agrees between LiteLLM and models.dev fast mode. PDF input follows LiteLLM (2026-07-24) and OpenAI\'s file-inputs guide (vision models accept PDFs); models.dev (2026-07-02) lists only text and image input modalities. LiteLLM (2026-07-24) lists max_input_tokens 1,050,000, apparently copied from gpt-5.4; models.dev and genai-prices give a 400,000 context with 272,000 input tokens, which this entry follows.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.js price data, published 2026-09-23) model gpt-5.4-mini; LiteLLM model_prices snapshot 2026-07-24 (gpt-5.4-mini) (service tiers)","limits":"models.dev@f3fc692 providers/openai/models/gpt-5.4-mini.toml; @pydantic/genai-prices@0.1.8 (dist/index.js price data, published 2026-09-23) (context_window 400000)","capabilities":"models.dev@f3fc692 providers/openai/models/gpt-5.4-mini.toml; LiteLLM model_prices snapshot 2026-07-24 (supports_pdf_input); developers.openai.com/api/docs/guides/file-inputs (PDF input on vision models, docs corpus)","lifecycle":"openai@7.59.0 src/resources/shared.ts (ChatModel union, not in deprecated list)","release_date":"models.dev@f3fc692 providers/openai/models/gpt-5.4-mini.toml"},"verified":"2026-12-01"},"gpt-5.4-nano":{"id":"gpt-5.4-nano","provider":"openai","display_name":"GPT-5.4 nano","release_date":"2026-03-17","status":"deprecated","context_window":400000,"max_input_tokens":272000,"max_output_tokens":128000,"pricing":{"input":0.2,"output":1.25,"cached_input":0.02,"service_tiers":{"batch":{"multiplier":0.5},"flex":{"multiplier":0.5}}},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.6,"reasoning":0.6,"basis":"tier"},"speed_rating":10,"shutdown_date":"2027-04-01","replaced_by":"gpt-6-luna","notes":"Newly deprecated: openai@7.59.0 lists gpt-5.4-nano and its snapshot with announced shutdown 2027-04-01. The announcement date and OpenAI\'s recommended replacement were not found in a readable source; replaced_by gpt-6-luna is our choice (the current small tier, which OpenAI names for other nano/mini retirements). Context corrected 1,050,000 -> 400,000 (272K input) per models.dev and genai-prices. PDF input follows LiteLLM (2026-07-24) and OpenAI\'s file-inputs guide (vision models accept PDFs); models.dev (2026-07-02) lists only text and image input modalities. LiteLLM (2026-07-24) lists max_input_tokens 1,050,000, apparently copied from gpt-5.4; models.dev and genai-prices give a 400,000 context with 272,000 input tokens, which this entry follows.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.js price data, published 2026-09-23) model gpt-5.4-nano; LiteLLM model_prices snapshot 2026-07-24 (gpt-5.4-nano) (batch/flex)","limits":"models.dev@f3fc692 providers/openai/models/gpt-5.4-nano.toml; @pydantic/genai-prices@0.1.8 (dist/index.js price data, published 2026-09-23)","capabilities":"models.dev@f3fc692 providers/openai/models/gpt-5.4-nano.toml; LiteLLM model_prices snapshot 2026-07-24 (supports_pdf_input); developers.openai.com/api/docs/guides/file-inputs (PDF input on vision models, docs corpus)","lifecycle":"openai@7.59.0 src/resources/shared.ts (ChatModel \\"Deprecated values\\" list: announced shutdown dates)","release_date":"models.dev@f3fc692 providers/openai/models/gpt-5.4-nano.toml"},"verified":"2026-12-01"},"gpt-5.4-pro":{"id":"gpt-5.4-pro","provider":"openai","display_name":"GPT-5.4 Pro","release_date":"2026-03-05","status":"production","context_window":1050000,"max_input_tokens":922000,"max_output_tokens":128000,"pricing":{"input":30,"output":180,"tiers":[{"above_input_tokens":272000,"applies_to":"whole-request","input":60,"output":270}],"service_tiers":{"batch":{"multiplier":0.5},"flex":{"multiplier":0.5}}},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":false,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"notes":"New to the registry. Listed by @ai-sdk/openai, genai-prices, models.dev and LiteLLM, and named as the replacement for the deep-research models (2026-07-23); it is not in the openai@7.59.0 model unions (the SDK accepts any string). No shutdown announced in any source read. PDF input follows LiteLLM (2026-07-24) and OpenAI\'s file-inputs guide (vision models accept PDFs); models.dev (2026-07-02) lists only text and image input modalities. LiteLLM (2026-07-24) lists max_input_tokens 1,050,000, the total context; models.dev (2026-07-02) states 922,000 input tokens, which this entry follows. LiteLLM (2026-07-24) lists a cached-input price of $3 ($6 above 272K); genai-prices and models.dev list none for this pro model, so no cache price is recorded.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.js price data, published 2026-09-23) model gpt-5.4-pro; LiteLLM model_prices snapshot 2026-07-24 (gpt-5.4-pro) (batch/flex)","limits":"models.dev@f3fc692 providers/openai/models/gpt-5.4-pro.toml + models/openai/gpt-5.4-pro.toml","capabilities":"models.dev@f3fc692 providers/openai/models/gpt-5.4-pro.toml + models/openai/gpt-5.4-pro.toml; LiteLLM model_prices snapshot 2026-07-24 (supports_pdf_input); developers.openai.com/api/docs/guides/file-inputs (PDF input on vision models, docs corpus)","lifecycle":"@ai-sdk/openai@4.0.118 src/openai-model-catalog.ts; developers.openai.com/api/docs/deprecations \\"2026-04-22: Legacy GPT model snapshots\\" (spybara.com diff 2026-04-22..23, pages corpus)","release_date":"models.dev@f3fc692 providers/openai/models/gpt-5.4-pro.toml + models/openai/gpt-5.4-pro.toml"},"verified":"2026-12-01"},"gpt-5.5":{"id":"gpt-5.5","provider":"openai","display_name":"GPT-5.5","release_date":"2026-04-23","status":"production","context_window":1050000,"max_input_tokens":922000,"max_output_tokens":128000,"pricing":{"input":5,"output":30,"cached_input":0.5,"tiers":[{"above_input_tokens":272000,"applies_to":"whole-request","input":10,"output":45,"cached_input":1}],"service_tiers":{"batch":{"multiplier":0.5},"flex":{"multiplier":0.5},"priority":{"multiplier":2}}},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"notes":"Prices unchanged. Long-context tier added (genai-prices, models.dev). genai-prices gives context 1,000,000; models.dev and LiteLLM give 1,050,000 with 922K input: followed the latter (two sources, matches the GPT-5.4+ family). Priority: LiteLLM 2x ($10/$60) vs models.dev \\"fast\\" mode 2.5x ($12.50/$75, snapshot 2026-07-02); followed LiteLLM (newer). LiteLLM (2026-07-24) lists max_input_tokens 1,050,000, the total context; models.dev (2026-07-02) states 922,000 input tokens, which this entry follows.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.js price data, published 2026-09-23) model gpt-5.5; LiteLLM model_prices snapshot 2026-07-24 (gpt-5.5) (service tiers)","limits":"models.dev@f3fc692 providers/openai/models/gpt-5.5.toml","capabilities":"models.dev@f3fc692 providers/openai/models/gpt-5.5.toml","lifecycle":"openai@7.59.0 src/resources/shared.ts (ChatModel union, not in deprecated list)","release_date":"models.dev@f3fc692 providers/openai/models/gpt-5.5.toml"},"verified":"2026-12-01"},"gpt-5.5-pro":{"id":"gpt-5.5-pro","provider":"openai","display_name":"GPT-5.5 Pro","release_date":"2026-04-23","status":"production","context_window":1050000,"max_input_tokens":922000,"max_output_tokens":128000,"pricing":{"input":30,"output":180,"tiers":[{"above_input_tokens":272000,"applies_to":"whole-request","input":60,"output":270}],"service_tiers":{"batch":{"multiplier":0.5},"flex":{"multiplier":0.5}}},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"best_for":"Maximum-effort reasoning (Responses API only)","notes":"New to the registry (Responses-only model in openai SDK ResponsesModel). Context: genai-prices 1,000,000 vs models.dev/LiteLLM 1,050,000 (followed the latter). Structured output: models.dev true, LiteLLM false; followed models.dev. No cached-input price published. LiteLLM (2026-07-24) lists a cached-input price of $3 ($6 above 272K); genai-prices and models.dev list none for this pro model, so no cache price is recorded.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.js price data, published 2026-09-23) model gpt-5.5-pro; LiteLLM model_prices snapshot 2026-07-24 (gpt-5.5-pro) (batch/flex)","limits":"models.dev@f3fc692 providers/openai/models/gpt-5.5-pro.toml + models/openai/gpt-5.5-pro.toml","capabilities":"models.dev@f3fc692 providers/openai/models/gpt-5.5-pro.toml + models/openai/gpt-5.5-pro.toml","lifecycle":"openai@7.59.0 src/resources/shared.ts (ResponsesModel union)","release_date":"models.dev@f3fc692 providers/openai/models/gpt-5.5-pro.toml + models/openai/gpt-5.5-pro.toml"},"verified":"2026-12-01"},"gpt-5.6":{"id":"gpt-5.6","provider":"openai","display_name":"GPT-5.6 Sol","api_name":"gpt-5.6-sol","release_date":"2026-07-09","status":"production","context_window":1050000,"max_output_tokens":128000,"pricing":{"input":4,"output":20,"cached_input":0.4,"cache_write":5,"tiers":[{"above_input_tokens":272000,"applies_to":"whole-request","input":8,"output":30,"cached_input":0.8,"cache_write":10}],"periods":[{"until":"2026-08-21","input":5,"output":30,"cached_input":0.5,"cache_write":6.25,"note":"launch price; OpenAI cut Sol input 20% and output 33% on 2026-08-21"}],"service_tiers":{"batch":{"multiplier":0.5},"flex":{"multiplier":0.5},"priority":{"multiplier":2}}},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"best_for":"GPT-5.6 flagship; ultrafast tier available","notes":"Registry ID kept. OpenAI\'s SDK lists only gpt-5.6-sol (no bare gpt-5.6); genai-prices maps gpt-5.6 to GPT-5.6 Sol and @ai-sdk/openai still lists gpt-5.6, so api_name is set to gpt-5.6-sol. Price changed from the registry\'s $5/$30 (launch) to $4/$20 from 2026-08-21 (genai-prices, confirmed by Venice/apiyi listings). Batch/Flex 0.5x and priority 2x are the ratios in the LiteLLM snapshot (at launch prices). No shutdown announced; it is the named replacement for the 2026-10-23 retirements (gpt-4, gpt-4-turbo, o1, o1-pro, o3-mini). LiteLLM (2026-07-24) predates the 2026-08-21 price cut and still lists the launch prices ($5/$30, cached $0.50, above 272K $10/$45), kept here as a period. genai-prices 0.1.8\'s >272K tier of $10/$45/$1/$12.50 is its launch-price table; its table from 2026-08-21 has $8/$30/$0.80/$10, which this entry follows.","sources":{"id":"@pydantic/genai-prices@0.1.8 (dist/index.js price data, published 2026-09-23) match rule gpt-5.6 -> gpt-5.6-sol","pricing":"@pydantic/genai-prices@0.1.8 (dist/index.js price data, published 2026-09-23) model gpt-5.6-sol; LiteLLM model_prices snapshot 2026-07-24 (gpt-5.6-sol) for service tiers","limits":"@pydantic/genai-prices@0.1.8 (dist/index.js price data, published 2026-09-23); LiteLLM model_prices snapshot 2026-07-24 (gpt-5.6-sol)","capabilities":"LiteLLM model_prices snapshot 2026-07-24 (gpt-5.6-sol)","lifecycle":"openai@7.59.0 src/resources/shared.ts (ChatModel union: gpt-5.6-sol); @ai-sdk/openai@4.0.118 src/openai-model-catalog.ts","release_date":"openai@7.59.0 CHANGELOG.md 6.46.0 (2026-07-09, gpt-5.6-sol); PromptFuel v1.0.19 (launch rows effective 2026-07-09)"},"verified":"2026-12-01"},"gpt-5.6-luna":{"id":"gpt-5.6-luna","provider":"openai","display_name":"GPT-5.6 Luna","release_date":"2026-07-09","status":"production","context_window":1050000,"max_output_tokens":128000,"pricing":{"input":0.2,"output":1.2,"cached_input":0.02,"cache_write":0.25,"tiers":[{"above_input_tokens":272000,"applies_to":"whole-request","input":0.4,"output":1.8,"cached_input":0.04,"cache_write":0.5}],"periods":[{"until":"2026-07-30","input":1,"output":6,"cached_input":0.1,"cache_write":1.25,"note":"launch price; OpenAI cut Luna 80% on 2026-07-30"}],"service_tiers":{"batch":{"multiplier":0.5},"flex":{"multiplier":0.5},"priority":{"multiplier":2}}},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.6,"reasoning":0.6,"basis":"tier"},"speed_rating":10,"best_for":"Cheap high-volume GPT-5.6 tier","notes":"New to the registry. genai-prices carries the 80% cut of 2026-07-30; LiteLLM (2026-07-24) shows launch prices, ratios used for service tiers. LiteLLM (2026-07-24) predates the 2026-07-30 price cut and still lists the launch prices ($1/$6, above 272K $2/$9), kept here as a period. genai-prices 0.1.8\'s >272K tier of $2/$9/$0.20/$2.50 is its launch-price table; its table from 2026-07-30 has $0.40/$1.80/$0.04/$0.50, which this entry follows.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.js price data, published 2026-09-23) model gpt-5.6-luna; LiteLLM model_prices snapshot 2026-07-24 (gpt-5.6-luna) for service tiers","limits":"@pydantic/genai-prices@0.1.8 (dist/index.js price data, published 2026-09-23); LiteLLM model_prices snapshot 2026-07-24 (gpt-5.6-luna)","capabilities":"LiteLLM model_prices snapshot 2026-07-24 (gpt-5.6-luna)","lifecycle":"openai@7.59.0 src/resources/shared.ts (ChatModel union)","release_date":"openai@7.59.0 CHANGELOG.md 6.46.0 (2026-07-09); PromptFuel v1.0.19"},"verified":"2026-12-01"},"gpt-5.6-terra":{"id":"gpt-5.6-terra","provider":"openai","display_name":"GPT-5.6 Terra","release_date":"2026-07-09","status":"production","context_window":1050000,"max_output_tokens":128000,"pricing":{"input":2,"output":12,"cached_input":0.2,"cache_write":2.5,"tiers":[{"above_input_tokens":272000,"applies_to":"whole-request","input":4,"output":18,"cached_input":0.4,"cache_write":5}],"periods":[{"until":"2026-07-30","input":2.5,"output":15,"cached_input":0.25,"cache_write":3.125,"note":"launch price; OpenAI cut Terra 20% on 2026-07-30"}],"service_tiers":{"batch":{"multiplier":0.5},"flex":{"multiplier":0.5},"priority":{"multiplier":2}}},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"best_for":"Balanced GPT-5.6 tier","notes":"New to the registry. genai-prices carries the 2026-07-30 price cut; LiteLLM (2026-07-24) still shows launch prices, ratios used for batch/flex/priority. Named replacement for o4-mini and gpt-3.5-turbo (shut down 2026-10-23). LiteLLM (2026-07-24) predates the 2026-07-30 price cut and still lists the launch prices ($2.50/$15, above 272K $5/$22.50), kept here as a period. genai-prices 0.1.8\'s >272K tier of $5/$22.50/$0.50/$6.25 is its launch-price table; its table from 2026-07-30 has $4/$18/$0.40/$5, which this entry follows.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.js price data, published 2026-09-23) model gpt-5.6-terra; LiteLLM model_prices snapshot 2026-07-24 (gpt-5.6-terra) for service tiers","limits":"@pydantic/genai-prices@0.1.8 (dist/index.js price data, published 2026-09-23); LiteLLM model_prices snapshot 2026-07-24 (gpt-5.6-terra)","capabilities":"LiteLLM model_prices snapshot 2026-07-24 (gpt-5.6-terra)","lifecycle":"openai@7.59.0 src/resources/shared.ts (ChatModel union)","release_date":"openai@7.59.0 CHANGELOG.md 6.46.0 (2026-07-09); PromptFuel v1.0.19 (historical rows effective 2026-07-09)"},"verified":"2026-12-01"},"gpt-6-astra":{"id":"gpt-6-astra","provider":"openai","display_name":"GPT-6 Astra","release_date":"2026-09-03","status":"production","context_window":1050000,"max_input_tokens":922000,"max_output_tokens":128000,"pricing":{"input":10,"output":50,"cached_input":1,"cache_write":12.5,"tiers":[{"above_input_tokens":272000,"applies_to":"whole-request","input":20,"output":75,"cached_input":2,"cache_write":25}],"service_tiers":{"batch":{"multiplier":0.5},"flex":{"multiplier":0.5},"priority":{"multiplier":2}}},"capabilities":{"input":["text","image"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"best_for":"Frontier reasoning, coding, research","notes":"New (openai 7.10.0, 2026-09-03; limited preview first, then broader API access per qiita/MindStudio). Prices and long-context tier from genai-prices. Batch/Flex 0.5x and Fast 2x from LiteLLM discussion #39633 (quoting OpenAI); Vercel lists gpt-6-astra-fast at $20/$100 (2x). Max input 922K from Venice docs (OpenAI figures). Some projects reported model_not_found until access widened.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.js price data, published 2026-09-23) model gpt-6-astra; github.com/BerriAI/litellm/discussions/39633","limits":"@pydantic/genai-prices@0.1.8 (dist/index.js price data, published 2026-09-23) (context_window); vercel.com/ai-gateway/models/gpt-6-astra.md; docs.venice.ai/es/models/gpt-6-astra","capabilities":"vercel.com/ai-gateway/models/gpt-6-astra.md; docs.venice.ai models/gpt-6-astra","lifecycle":"openai@7.59.0 src/resources/shared.ts (ChatModel union)","release_date":"openai@7.59.0 CHANGELOG.md 7.10.0 (2026-09-03); qiita.com/kai_kou (2026-09-03)"},"verified":"2026-12-01"},"gpt-6-luna":{"id":"gpt-6-luna","provider":"openai","display_name":"GPT-6 Luna","release_date":"2026-09-22","status":"production","context_window":1050000,"max_input_tokens":922000,"max_output_tokens":128000,"pricing":{"input":0.1,"output":0.5,"cached_input":0.01,"cache_write":0.125,"tiers":[{"above_input_tokens":272000,"applies_to":"whole-request","input":0.2,"output":0.75,"cached_input":0.02,"cache_write":0.25}],"service_tiers":{"batch":{"multiplier":0.5},"priority":{"multiplier":2}}},"capabilities":{"input":["text","image"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.6,"reasoning":0.6,"basis":"tier"},"speed_rating":10,"best_for":"High-volume, low-cost tasks","notes":"New (openai 7.22.0, 2026-09-22). Prices/tier from genai-prices (matches codersera and LiteLLM discussion #42523). Fast 2x from Vercel gpt-6-luna-fast ($0.20/$1); Batch 0.5x from OpenAI\'s general pricing rule (api-evangelist plans file read of the pricing page, 2026-08-27); Flex for Luna not confirmed, left out. Official replacement for gpt-5-nano, gpt-4o, gpt-4o-mini, gpt-4.1 and gpt-4.1-mini. Reasons by default; no fine-tuning.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.js price data, published 2026-09-23) model gpt-6-luna; vercel.com/ai-gateway/models/gpt-6-luna-fast.md","limits":"@pydantic/genai-prices@0.1.8 (dist/index.js price data, published 2026-09-23); vercel.com/ai-gateway/models/openai/gpt-6-luna.md; docs.venice.ai models/gpt-6-luna","capabilities":"docs.oxen.ai/inference-api/reference/models/gpt-6-luna.md","lifecycle":"openai@7.59.0 src/resources/shared.ts (ChatModel union); developers.openai.com/api/docs/deprecations (docs corpus; newest version with status/notice-date table)","release_date":"openai@7.59.0 CHANGELOG.md 7.22.0 (2026-09-22)"},"verified":"2026-12-01"},"gpt-6-sol":{"id":"gpt-6-sol","provider":"openai","display_name":"GPT-6 Sol","release_date":"2026-09-22","status":"production","context_window":1050000,"max_input_tokens":922000,"max_output_tokens":128000,"pricing":{"input":2,"output":10,"cached_input":0.2,"cache_write":2.5,"tiers":[{"above_input_tokens":272000,"applies_to":"whole-request","input":4,"output":15,"cached_input":0.4,"cache_write":5}],"service_tiers":{"batch":{"multiplier":0.5},"flex":{"multiplier":0.5},"priority":{"multiplier":2}}},"capabilities":{"input":["text","image"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"best_for":"Complex coding and agentic workflows","notes":"New (openai 7.22.0, 2026-09-22). genai-prices and the official model page agree ($2/$0.20/$2.50/$10; >272K 2x input/cache, 1.5x output). Official page: Batch and Flex 50% of Standard; Fast 2x (Vercel gpt-6-sol-fast $4/$20). Superseded by GPT-6.1 Sol but no shutdown announced. Max input 922K from Venice docs (OpenAI figures).","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.js price data, published 2026-09-23) model gpt-6-sol; developers.openai.com/docs/models/gpt-6-sol (docs corpus)","limits":"developers.openai.com/docs/models/gpt-6-sol; docs.venice.ai/zh/models/gpt-6-sol","capabilities":"developers.openai.com/docs/models/gpt-6-sol","lifecycle":"openai@7.59.0 src/resources/shared.ts (ChatModel union)","release_date":"openai@7.59.0 CHANGELOG.md 7.22.0 (2026-09-22)"},"verified":"2026-12-01"},"gpt-6.1-sol":{"id":"gpt-6.1-sol","provider":"openai","display_name":"GPT-6.1 Sol","release_date":"2026-09-29","status":"production","context_window":1050000,"max_input_tokens":922000,"max_output_tokens":128000,"pricing":{"input":2,"output":10,"cached_input":0.1,"cache_write":2.5,"tiers":[{"above_input_tokens":272000,"applies_to":"whole-request","input":4,"output":15,"cached_input":0.2}],"service_tiers":{"batch":{"multiplier":0.5},"flex":{"multiplier":0.5},"priority":{"multiplier":2}}},"capabilities":{"input":["text","image"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"best_for":"Near-Astra coding and agentic work at lower cost","notes":"New (openai 7.24.0, 2026-09-29). Not in @pydantic/genai-prices@0.1.8. Prices and >272K rates ($4/$0.20/$15) from releases quoting the OpenAI model page (CodexManager 0.4.7, AILSA SubSwitch 1.0.0g, LiteLLM blog); cache write $2.50 from wavespeed/apidog. Batch and Flex 0.5x, Fast/priority 2x per CodexManager 0.4.7 citing the OpenAI page. Long-context cache-write rate not stated, left out. Official replacement for gpt-5, gpt-5-pro, o3 and o3-pro on the current deprecations page. Does not accept reasoning effort none/minimal.","sources":{"pricing":"github.com/amine123max/Codex-Manager releases 0.4.7; github.com/KZCFG/AILSA-SubSwitch releases v1.0.0-g; docs.litellm.ai/blog/gpt_6_1_sol (docs corpus)","limits":"docs.laozhang.ai/en/announcements/gpt-6-1-sol-2026-10 (OpenAI figures); documentation.s3ns.fr partner-models/openai/gpt-6-1-sol","capabilities":"runware.ai/docs/models/openai-gpt-6-1-sol","lifecycle":"openai@7.59.0 src/resources/shared.ts (ChatModel union); developers.openai.com/api/docs/deprecations (docs corpus; newest version with status/notice-date table)","release_date":"openai@7.59.0 CHANGELOG.md 7.24.0 (2026-09-29); docs.laozhang.ai (OpenAI release 2026-09-29)"},"verified":"2026-12-01"},"gpt-6.1-terra":{"id":"gpt-6.1-terra","provider":"openai","display_name":"GPT-6.1 Terra","release_date":"2026-10-26","status":"production","context_window":1050000,"max_input_tokens":922000,"max_output_tokens":128000,"pricing":{"input":1,"output":5,"cached_input":0.05,"cache_write":1.25,"tiers":[{"above_input_tokens":272000,"applies_to":"whole-request","input":2,"output":7.5,"cached_input":0.1,"cache_write":2.5}],"service_tiers":{"batch":{"multiplier":0.5},"flex":{"multiplier":0.5},"priority":{"multiplier":2}}},"capabilities":{"input":["text","image"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"best_for":"Fast, cheap mid-tier: computer use, vision, writing","notes":"New (openai 7.45.0, 2026-10-26). Official model page (zh-Hans): $1 / $0.05 cached / $1.25 30-min cache write / $5; >272K input doubles input and cache, 1.5x output for the full request; Batch and Flex 50% off; Fast 2x. 12-hour cache write $2.50 not modelled. Max input 922K from LiteLLM blog / apidog / s3ns (the official excerpt gives only context and output). Official replacement for gpt-5-mini.","sources":{"pricing":"developers.openai.com/zh-Hans/api/docs/models/gpt-6.1-terra (docs corpus); docs.litellm.ai/blog/gpt-6-1-terra","limits":"developers.openai.com/zh-Hans/api/docs/models/gpt-6.1-terra; docs.litellm.ai/blog/gpt-6-1-terra","capabilities":"developers.openai.com/zh-Hans/api/docs/models/gpt-6.1-terra","lifecycle":"openai@7.59.0 src/resources/shared.ts (ChatModel union); developers.openai.com/api/docs/deprecations (docs corpus; newest version with status/notice-date table)","release_date":"openai@7.59.0 CHANGELOG.md 7.45.0 (2026-10-26); apidog what-is-gpt-6-1-terra (2026-10-26)"},"verified":"2026-12-01"},"gpt-6.2-astra":{"id":"gpt-6.2-astra","provider":"openai","display_name":"GPT-6.2 Astra","release_date":"2026-11-17","status":"production","context_window":1050000,"max_input_tokens":922000,"max_output_tokens":128000,"pricing":{"input":8,"output":40,"cached_input":0.4},"capabilities":{"input":["text","image"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"best_for":"Hardest coding, research and professional work","notes":"New (openai 7.58.0, 2026-11-17). Not in @pydantic/genai-prices@0.1.8 (older than the model). $8/$40 from several independent reports of the OpenAI model page (Vercel AI Gateway, LiteLLM discussion #52347, apidog 2026-11-18, laozhang 2026-11-18). cached_input 0.4 is derived from LiteLLM\'s \\"cached input 60% cheaper\\" than GPT-6 Astra\'s $1. Long-context tier, cache-write and Batch/Flex/Priority rates for this model were not found in a readable source, so they are left out (GPT-6.2 Sol\'s page applies 2x/1.5x above 272K, likely the same here but unverified). Rejects reasoning effort none.","sources":{"pricing":"vercel.com/ai-gateway/models/gpt-6.2-astra; github.com/BerriAI/litellm/discussions/52347 (docs corpus)","limits":"apidog.com/blog gpt-6-2-astra-api (citing OpenAI model page, checked 2026-11-18); vercel.com/ai-gateway/models/gpt-6.2-astra","capabilities":"runware.ai/docs/models/openai-gpt-6-2-astra; vercel.com/ai-gateway/models/gpt-6.2-astra","lifecycle":"openai@7.59.0 src/resources/shared.ts (ChatModel union, no shutdown notice); openai@7.59.0 CHANGELOG 7.58.0","release_date":"openai@7.59.0 CHANGELOG.md 7.58.0 (2026-11-17); laozhang.ai announcement gpt-6-2-2026-11"},"verified":"2026-12-01"},"gpt-6.2-sol":{"id":"gpt-6.2-sol","provider":"openai","display_name":"GPT-6.2 Sol","release_date":"2026-11-17","status":"production","context_window":1050000,"max_input_tokens":922000,"max_output_tokens":128000,"pricing":{"input":2,"output":10,"cached_input":0.1,"cache_write":2.5,"tiers":[{"above_input_tokens":272000,"applies_to":"whole-request","input":4,"output":15,"cached_input":0.2,"cache_write":5}],"service_tiers":{"batch":{"multiplier":0.5},"priority":{"multiplier":2}}},"capabilities":{"input":["text","image"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"best_for":"Everyday coding and agents at scale","notes":"New. Official model page: $2/$0.10 cached/$2.50 30-min cache write/$10; >272K input tokens doubles input and cache rates and 1.5x output for the whole request (tier figures computed from that rule); Batch 50% of Standard; Fast (priority) 2x Standard. A 12-hour cache write is $5 (not modelled). Flex is not mentioned on the page excerpt, so it is left out. Rejects reasoning effort none.","sources":{"pricing":"developers.openai.com/api/docs/models/gpt-6.2-sol.md (docs corpus)","limits":"developers.openai.com/api/docs/models/gpt-6.2-sol.md","capabilities":"developers.openai.com/api/docs/models/gpt-6.2-sol.md; runware.ai/docs/models/openai-gpt-6-2-sol","lifecycle":"openai@7.59.0 src/resources/shared.ts (ChatModel union)","release_date":"openai@7.59.0 CHANGELOG.md 7.58.0 (2026-11-17); runware.ai (2026-11-17)"},"verified":"2026-12-01"},"gpt-oss:120b":{"id":"gpt-oss:120b","provider":"ollama","display_name":"gpt-oss:120b","release_date":"2025-08-05","status":"production","context_window":131072,"max_output_tokens":131072,"pricing":{"input":0,"output":0},"capabilities":{"input":["text"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"hardware":{"parameters_billion":120,"download_size_gb":65,"min_ram_gb":80},"best_for":"Strongest local open-weight reasoning model","notes":"New tag (OpenAI\'s open-weight gpt-oss, MXFP4). Context 131072 from models.dev\'s ollama-cloud entry for the same tag (Ollama\'s library lists 128K for both the local and -cloud tags). models.dev\'s cloud output cap of 32768 applies to Ollama Cloud; locally max_output_tokens = context_window: Ollama generates until the context is full unless num_predict is set (the documented local-model exception, docs/scoring.md). Hardware: download size from Ollama\'s library listing (20b 14GB, 120b 65GB); min_ram_gb from the launch post (\'as little as 16GB memory\' for 20b; 120b \'fits on a single 80GB GPU\'), so 80 is GPU memory, not system RAM. parameters_billion is the tag\'s nominal size (actual 21B / 117B total, 3.6B / 5.1B active). Reasoning effort low/medium/high via think levels. Scores: not in the legacy table, so the tier rule: 20b mid (the balanced open model, like a *-mini), 120b flagship (the top open-weight model of its generation).","sources":{"pricing":"local model, no per-token cost (docs/scoring.md)","limits":"models.dev@f3fc692 providers/ollama-cloud/models/gpt-oss:120b.toml","capabilities":"models.dev@f3fc692 providers/ollama-cloud/models/gpt-oss:120b.toml; ollama.com/blog/gpt-oss (Ollama x OpenAI launch post, 2025-08-05, as reproduced by canirunaimodel.vercel.app and b-lab.team summaries) (function calling, structured outputs, configurable reasoning effort)","lifecycle":"models.dev@f3fc692 providers/ollama-cloud/models/gpt-oss:120b.toml; ollama.com/blog/gpt-oss (Ollama x OpenAI launch post, 2025-08-05, as reproduced by canirunaimodel.vercel.app and b-lab.team summaries)","release_date":"models.dev@f3fc692 providers/ollama-cloud/models/gpt-oss:120b.toml","scores":"docs/scoring.md tier rule"},"verified":"2026-12-01"},"gpt-oss:20b":{"id":"gpt-oss:20b","provider":"ollama","display_name":"gpt-oss:20b","release_date":"2025-08-05","status":"production","context_window":131072,"max_output_tokens":131072,"pricing":{"input":0,"output":0},"capabilities":{"input":["text"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"hardware":{"parameters_billion":20,"download_size_gb":14,"min_ram_gb":16},"best_for":"Local reasoning and tool use on 16GB machines","notes":"New tag (OpenAI\'s open-weight gpt-oss, MXFP4). Context 131072 from models.dev\'s ollama-cloud entry for the same tag (Ollama\'s library lists 128K for both the local and -cloud tags). models.dev\'s cloud output cap of 32768 applies to Ollama Cloud; locally max_output_tokens = context_window: Ollama generates until the context is full unless num_predict is set (the documented local-model exception, docs/scoring.md). Hardware: download size from Ollama\'s library listing (20b 14GB, 120b 65GB); min_ram_gb from the launch post (\'as little as 16GB memory\' for 20b; 120b \'fits on a single 80GB GPU\'), so 80 is GPU memory, not system RAM. parameters_billion is the tag\'s nominal size (actual 21B / 117B total, 3.6B / 5.1B active). Reasoning effort low/medium/high via think levels. Scores: not in the legacy table, so the tier rule: 20b mid (the balanced open model, like a *-mini), 120b flagship (the top open-weight model of its generation).","sources":{"pricing":"local model, no per-token cost (docs/scoring.md)","limits":"models.dev@f3fc692 providers/ollama-cloud/models/gpt-oss:20b.toml","capabilities":"models.dev@f3fc692 providers/ollama-cloud/models/gpt-oss:20b.toml; ollama.com/blog/gpt-oss (Ollama x OpenAI launch post, 2025-08-05, as reproduced by canirunaimodel.vercel.app and b-lab.team summaries) (function calling, structured outputs, configurable reasoning effort)","lifecycle":"models.dev@f3fc692 providers/ollama-cloud/models/gpt-oss:20b.toml; ollama.com/blog/gpt-oss (Ollama x OpenAI launch post, 2025-08-05, as reproduced by canirunaimodel.vercel.app and b-lab.team summaries)","release_date":"models.dev@f3fc692 providers/ollama-cloud/models/gpt-oss:20b.toml","scores":"docs/scoring.md tier rule"},"verified":"2026-12-01"},"grok-2-vision-1212":{"id":"grok-2-vision-1212","provider":"xai","display_name":"Grok 2 Vision","status":"deprecated","context_window":32768,"max_output_tokens":32768,"pricing":{"input":2,"output":10},"capabilities":{"input":["text","image"],"output":["text"],"tool_calling":true,"reasoning":false},"scores":{"coding":0.6,"reasoning":0.6,"basis":"tier"},"speed_rating":6.7,"shutdown_date":"2026-02-28","replaced_by":"grok-4.3","best_for":"Image analysis","notes":"Retired by xAI on 2026-02-28 (announcement quoted in BerriAI/litellm#20102 of 2026-01-31; the exact announcement date is not recorded, so deprecation_date is left out instead of repeating the removal date). Figures are the last published ones. @ai-sdk/xai 4.0.0 removed the Grok 2 models \'now that they are shut down in their API\'.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider x-ai, published 2026-09-23) model grok-2-vision-1212","limits":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider x-ai, published 2026-09-23) (context_window 32768); LiteLLM price list (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json xai/grok-2-vision-1212","capabilities":"LiteLLM price list (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json xai/grok-2-vision-1212","lifecycle":"BerriAI/litellm#20102 (2026-01-31, quoting xAI\'s announcement of the 2026-02-28 retirement); LiteLLM price list (2026-07-24) deprecation_date; @ai-sdk/xai@5.0.12 CHANGELOG.md 4.0.0"},"verified":"2026-12-01"},"grok-3":{"id":"grok-3","provider":"xai","display_name":"Grok 3","status":"deprecated","context_window":131072,"max_output_tokens":131072,"pricing":{"input":3,"output":15,"cached_input":0.75},"capabilities":{"input":["text"],"output":["text"],"tool_calling":true,"structured_output":false,"reasoning":false},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"deprecation_date":"2026-05-06","shutdown_date":"2026-05-15","replaced_by":"grok-4.3","best_for":"General tasks","notes":"Retired by xAI on 2026-05-15 12:00 PT (announced 2026-05-06). Since then the slug still resolves but is served by grok-4.3 (reasoning models at low effort, non-reasoning at none) and billed at grok-4.3 prices; figures below are the model\'s last published ones. deprecation_date was the removal date; now the announcement date. structured_output false per LiteLLM (supports_response_schema false); the @ai-sdk/xai docs table ticks Object Generation, which the SDK can do via JSON mode.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider x-ai, published 2026-09-23) model grok-3","limits":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider x-ai, published 2026-09-23) (context_window 131072); LiteLLM price list (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json xai/grok-3","capabilities":"@ai-sdk/xai@5.0.12 docs/01-xai.mdx (Model Capabilities table)","lifecycle":"docs.x.ai/developers/migration/may-15-retirement (xAI retirement notice; announced 2026-05-06 per spiceai/spiceai#10721, theopenco/llmgateway#2172)"},"verified":"2026-12-01"},"grok-3-mini":{"id":"grok-3-mini","provider":"xai","display_name":"Grok 3 mini","status":"deprecated","context_window":131072,"max_output_tokens":131072,"pricing":{"input":0.3,"output":0.5,"cached_input":0.075},"capabilities":{"input":["text"],"output":["text"],"tool_calling":true,"structured_output":false,"reasoning":true},"scores":{"coding":0.6,"reasoning":0.6,"basis":"tier"},"speed_rating":10,"shutdown_date":"2026-02-28","replaced_by":"grok-4.3","notes":"Retired by xAI on 2026-02-28 (announcement quoted in BerriAI/litellm#20102 of 2026-01-31; the exact announcement date is not recorded, so deprecation_date is left out instead of repeating the removal date). Figures are the last published ones. (xAI\'s 2026-05-15 notice does not list grok-3-mini; LiteLLM\'s 2026-02-28 date is followed.) structured_output false per LiteLLM (supports_response_schema false).","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider x-ai, published 2026-09-23) model grok-3-mini","limits":"LiteLLM price list (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json xai/grok-3-mini","capabilities":"@ai-sdk/xai@5.0.12 docs/01-xai.mdx (Model Capabilities table)","lifecycle":"BerriAI/litellm#20102 (2026-01-31, quoting xAI\'s announcement of the 2026-02-28 retirement); LiteLLM price list (2026-07-24) deprecation_date"},"verified":"2026-12-01"},"grok-4":{"id":"grok-4","provider":"xai","display_name":"Grok 4","api_name":"grok-4-0709","status":"deprecated","context_window":256000,"max_output_tokens":256000,"pricing":{"input":3,"output":15,"cached_input":0.75,"tiers":[{"above_input_tokens":128000,"applies_to":"whole-request","input":6,"output":30}]},"capabilities":{"input":["text"],"output":["text"],"tool_calling":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"deprecation_date":"2026-05-06","shutdown_date":"2026-05-15","replaced_by":"grok-4.5","notes":"Retired by xAI on 2026-05-15 12:00 PT (announced 2026-05-06). Since then the slug still resolves but is served by grok-4.3 (reasoning models at low effort, non-reasoning at none) and billed at grok-4.3 prices; figures below are the model\'s last published ones. deprecation_date was the removal date; now the announcement date. xAI recommends grok-4.3; replaced_by kept at grok-4.5 (the live flagship, same class as Grok 4). Cached input 0.75 added (genai-prices); >128K tier from LiteLLM. Image input left false as in the registry (SDK docs table does not list grok-4-0709).","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider x-ai, published 2026-09-23) model grok-4-0709; LiteLLM price list (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json xai/grok-4-0709 (128K tier)","limits":"LiteLLM price list (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json xai/grok-4-0709","capabilities":"LiteLLM price list (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json xai/grok-4-0709","lifecycle":"docs.x.ai/developers/migration/may-15-retirement (xAI retirement notice; announced 2026-05-06 per spiceai/spiceai#10721, theopenco/llmgateway#2172)"},"verified":"2026-12-01"},"grok-4-1-fast-non-reasoning":{"id":"grok-4-1-fast-non-reasoning","provider":"xai","display_name":"Grok 4.1 Fast (non-reasoning)","status":"deprecated","context_window":2000000,"max_output_tokens":2000000,"pricing":{"input":0.2,"output":0.5,"cached_input":0.05,"tiers":[{"above_input_tokens":128000,"applies_to":"whole-request","input":0.4,"output":1}]},"capabilities":{"input":["text","image"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":false},"scores":{"coding":0.6,"reasoning":0.6,"basis":"tier"},"speed_rating":10,"deprecation_date":"2026-05-06","shutdown_date":"2026-05-15","replaced_by":"grok-4.20-0309-non-reasoning","notes":"Retired by xAI on 2026-05-15 12:00 PT (announced 2026-05-06). Since then the slug still resolves but is served by grok-4.3 (reasoning models at low effort, non-reasoning at none) and billed at grok-4.3 prices; figures below are the model\'s last published ones. deprecation_date was the removal date; now the announcement date. >128K long-context tier added from LiteLLM. replaced_by grok-4.3 -> grok-4.20-0309-non-reasoning: xAI\'s recommended replacement for non-reasoning workloads (the redirect itself goes to grok-4.3 at none effort). LiteLLM (2026-07-24) flags audio input for it; the OCI Generative AI page for xAI Grok 4.1 Fast gives text and image input with text output, the @ai-sdk/xai 5.0.12 capabilities table has no audio column, and since 2026-05-15 the slug is served by grok-4.3 (text, image, pdf in models.dev), so audio is not added to the input modalities.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider x-ai, published 2026-09-23) model grok-4-1-fast-non-reasoning; LiteLLM price list (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json xai/grok-4-1-fast-non-reasoning (128K tier)","limits":"LiteLLM price list (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json xai/grok-4-1-fast-non-reasoning","capabilities":"@ai-sdk/xai@5.0.12 docs/01-xai.mdx (Model Capabilities table); LiteLLM price list (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json","lifecycle":"docs.x.ai/developers/migration/may-15-retirement (xAI retirement notice; announced 2026-05-06 per spiceai/spiceai#10721, theopenco/llmgateway#2172)"},"verified":"2026-12-01"},"grok-4-1-fast-reasoning":{"id":"grok-4-1-fast-reasoning","provider":"xai","display_name":"Grok 4.1 Fast (reasoning)","status":"deprecated","context_window":2000000,"max_output_tokens":2000000,"pricing":{"input":0.2,"output":0.5,"cached_input":0.05,"tiers":[{"above_input_tokens":128000,"applies_to":"whole-request","input":0.4,"output":1}]},"capabilities":{"input":["text","image"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"deprecation_date":"2026-05-06","shutdown_date":"2026-05-15","replaced_by":"grok-4.3","notes":"Retired by xAI on 2026-05-15 12:00 PT (announced 2026-05-06). Since then the slug still resolves but is served by grok-4.3 (reasoning models at low effort, non-reasoning at none) and billed at grok-4.3 prices; figures below are the model\'s last published ones. deprecation_date was the removal date; now the announcement date. >128K long-context tier added from LiteLLM. LiteLLM (2026-07-24) flags audio input for it; the OCI Generative AI page for xAI Grok 4.1 Fast gives text and image input with text output, the @ai-sdk/xai 5.0.12 capabilities table has no audio column, and since 2026-05-15 the slug is served by grok-4.3 (text, image, pdf in models.dev), so audio is not added to the input modalities.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider x-ai, published 2026-09-23) model grok-4-1-fast-reasoning; LiteLLM price list (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json xai/grok-4-1-fast-reasoning (128K tier)","limits":"LiteLLM price list (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json xai/grok-4-1-fast-reasoning","capabilities":"@ai-sdk/xai@5.0.12 docs/01-xai.mdx (Model Capabilities table); LiteLLM price list (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json","lifecycle":"docs.x.ai/developers/migration/may-15-retirement (xAI retirement notice; announced 2026-05-06 per spiceai/spiceai#10721, theopenco/llmgateway#2172)"},"verified":"2026-12-01"},"grok-4-fast-non-reasoning":{"id":"grok-4-fast-non-reasoning","provider":"xai","display_name":"Grok 4 Fast (non-reasoning)","status":"deprecated","context_window":2000000,"max_output_tokens":2000000,"pricing":{"input":0.2,"output":0.5,"cached_input":0.05,"tiers":[{"above_input_tokens":128000,"applies_to":"whole-request","input":0.4,"output":1}]},"capabilities":{"input":["text"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":false},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":10,"deprecation_date":"2026-05-06","shutdown_date":"2026-05-15","replaced_by":"grok-4.20-0309-non-reasoning","best_for":"Fast processing","notes":"Retired by xAI on 2026-05-15 12:00 PT (announced 2026-05-06). Since then the slug still resolves but is served by grok-4.3 (reasoning models at low effort, non-reasoning at none) and billed at grok-4.3 prices; figures below are the model\'s last published ones. deprecation_date was the removal date; now the announcement date. >128K long-context tier added from LiteLLM. replaced_by grok-4.3 -> grok-4.20-0309-non-reasoning: xAI\'s recommended replacement for non-reasoning workloads (the redirect itself goes to grok-4.3 at none effort). Image input left false as in the registry (the SDK docs table marks it true; historical, not re-verified).","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider x-ai, published 2026-09-23) model grok-4-fast-non-reasoning; LiteLLM price list (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json xai/grok-4-fast-non-reasoning (128K tier)","limits":"LiteLLM price list (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json xai/grok-4-fast-non-reasoning","capabilities":"@ai-sdk/xai@5.0.12 docs/01-xai.mdx (Model Capabilities table); LiteLLM price list (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json","lifecycle":"docs.x.ai/developers/migration/may-15-retirement (xAI retirement notice; announced 2026-05-06 per spiceai/spiceai#10721, theopenco/llmgateway#2172)"},"verified":"2026-12-01"},"grok-4-fast-reasoning":{"id":"grok-4-fast-reasoning","provider":"xai","display_name":"Grok 4 Fast (reasoning)","status":"deprecated","context_window":2000000,"max_output_tokens":2000000,"pricing":{"input":0.2,"output":0.5,"cached_input":0.05,"tiers":[{"above_input_tokens":128000,"applies_to":"whole-request","input":0.4,"output":1}]},"capabilities":{"input":["text"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":6.7,"deprecation_date":"2026-05-06","shutdown_date":"2026-05-15","replaced_by":"grok-4.3","best_for":"Complex reasoning","notes":"Retired by xAI on 2026-05-15 12:00 PT (announced 2026-05-06). Since then the slug still resolves but is served by grok-4.3 (reasoning models at low effort, non-reasoning at none) and billed at grok-4.3 prices; figures below are the model\'s last published ones. deprecation_date was the removal date; now the announcement date. >128K long-context tier added from LiteLLM. Image input left false as in the registry (the SDK docs table marks it true; historical, not re-verified).","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider x-ai, published 2026-09-23) model grok-4-fast-reasoning; LiteLLM price list (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json xai/grok-4-fast-reasoning (128K tier)","limits":"LiteLLM price list (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json xai/grok-4-fast-reasoning","capabilities":"@ai-sdk/xai@5.0.12 docs/01-xai.mdx (Model Capabilities table); LiteLLM price list (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json","lifecycle":"docs.x.ai/developers/migration/may-15-retirement (xAI retirement notice; announced 2026-05-06 per spiceai/spiceai#10721, theopenco/llmgateway#2172)"},"verified":"2026-12-01"},"grok-4.20-0309-non-reasoning":{"id":"grok-4.20-0309-non-reasoning","provider":"xai","display_name":"Grok 4.20 (non-reasoning)","release_date":"2026-03-09","status":"production","context_window":1000000,"max_output_tokens":30000,"pricing":{"input":1.25,"output":2.5,"cached_input":0.2,"tiers":[{"above_input_tokens":200000,"applies_to":"whole-request","input":2.5,"output":5,"cached_input":0.4}]},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":false},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"best_for":"Non-reasoning, latency-sensitive workloads","notes":"New. xAI\'s recommended replacement for the retired non-reasoning Grok 4 Fast / 4.1 Fast models. Also callable as grok-4.20-non-reasoning (the ID in @ai-sdk/xai). Figures as for grok-4.20-0309-reasoning (models.dev; genai-prices grok-4.20). Tier: Grok 4.20 is listed as flagship in docs/scoring.md.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider x-ai, published 2026-09-23) model grok-4.20; models.dev@f3fc692 providers/xai/models/grok-4.20-0309-non-reasoning.toml","limits":"models.dev@f3fc692 providers/xai/models/grok-4.20-0309-non-reasoning.toml","capabilities":"models.dev@f3fc692 providers/xai/models/grok-4.20-0309-non-reasoning.toml","lifecycle":"@ai-sdk/xai@5.0.12 src/responses/xai-responses-language-model-options.ts (XaiResponsesModelId, published 2026-09-28) (\'grok-4.20-non-reasoning\'); docs.x.ai/developers/migration/may-15-retirement (xAI retirement notice; announced 2026-05-06 per spiceai/spiceai#10721, theopenco/llmgateway#2172)","release_date":"models.dev@f3fc692 providers/xai/models/grok-4.20-0309-non-reasoning.toml","scores":"docs/scoring.md tier rule (flagship: Grok 4.20)"},"verified":"2026-12-01"},"grok-4.20-0309-reasoning":{"id":"grok-4.20-0309-reasoning","provider":"xai","display_name":"Grok 4.20 (reasoning)","release_date":"2026-03-09","status":"production","context_window":1000000,"max_output_tokens":30000,"pricing":{"input":1.25,"output":2.5,"cached_input":0.2,"tiers":[{"above_input_tokens":200000,"applies_to":"whole-request","input":2.5,"output":5,"cached_input":0.4}]},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"notes":"Figures changed: context 2000000 -> 1000000, max output 2000000 -> 30000, price $2/$6 -> $1.25/$2.50 with a >=200K tier. The registry\'s figures were LiteLLM\'s (2026-07-24), which match xAI\'s launch-time table (2M, $2/$6); models.dev (2026-07-02) and genai-prices 0.1.8 (2026-09-23, model grok-4.20) both give 1M and $1.25/$2.50, the newest sources are followed. The alias grok-4.20-reasoning (the ID in @ai-sdk/xai) names the same model. The model rejects reasoning_effort (@ai-sdk/xai src/supports-reasoning-effort.ts), so `reasoning` here means it always reasons, without controls. LiteLLM (2026-07-24) lists max_input_tokens and max_output_tokens 2,000,000 (the launch-time context window, with the output limit just repeating it); models.dev (context 1,000,000, output 30,000) and genai-prices 0.1.8 (context_window 1,000,000) are newer and are followed. LiteLLM (2026-07-24) sets no pdf-input flag for it; models.dev lists pdf among its input modalities, which this entry follows.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider x-ai, published 2026-09-23) model grok-4.20; models.dev@f3fc692 providers/xai/models/grok-4.20-0309-reasoning.toml","limits":"models.dev@f3fc692 providers/xai/models/grok-4.20-0309-reasoning.toml","capabilities":"models.dev@f3fc692 providers/xai/models/grok-4.20-0309-reasoning.toml","lifecycle":"@ai-sdk/xai@5.0.12 src/responses/xai-responses-language-model-options.ts (XaiResponsesModelId, published 2026-09-28) (\'grok-4.20-reasoning\')","release_date":"models.dev@f3fc692 providers/xai/models/grok-4.20-0309-reasoning.toml"},"verified":"2026-12-01"},"grok-4.20-multi-agent-0309":{"id":"grok-4.20-multi-agent-0309","provider":"xai","display_name":"Grok 4.20 Multi-Agent","release_date":"2026-03-09","status":"production","context_window":1000000,"max_output_tokens":30000,"pricing":{"input":2,"output":6,"cached_input":0.2},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":false,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"best_for":"Deep research with parallel agents","notes":"New. Price disagreement: genai-prices 0.1.8 (2026-09-23, model grok-4.20-multi-agent) $2/$6, cache read $0.20, no tier; models.dev (2026-07-02) $1.25/$2.50 with a 200K tier. The newer genai-prices is followed. Limits from models.dev (1M context, 30K output). models.dev marks tool_call false (client-side function tools not supported); reasoning effort low/medium/high controls the number of agents (@ai-sdk/xai docs).","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider x-ai, published 2026-09-23) model grok-4.20-multi-agent","limits":"models.dev@f3fc692 providers/xai/models/grok-4.20-multi-agent-0309.toml","capabilities":"models.dev@f3fc692 providers/xai/models/grok-4.20-multi-agent-0309.toml; @ai-sdk/xai@5.0.12 docs/01-xai.mdx (Model Capabilities table)","lifecycle":"@ai-sdk/xai@5.0.12 src/supports-reasoning-effort.ts (grok-4.20-multi-agent); @pydantic/genai-prices@0.1.8 (dist/index.cjs, provider x-ai, published 2026-09-23)","release_date":"models.dev@f3fc692 providers/xai/models/grok-4.20-multi-agent-0309.toml","scores":"docs/scoring.md tier rule (flagship: Grok 4.20)"},"verified":"2026-12-01"},"grok-4.3":{"id":"grok-4.3","provider":"xai","display_name":"Grok 4.3","release_date":"2026-04-17","status":"production","context_window":1000000,"max_output_tokens":30000,"pricing":{"input":1.25,"output":2.5,"cached_input":0.2,"tiers":[{"above_input_tokens":200000,"applies_to":"whole-request","input":2.5,"output":5,"cached_input":0.4}]},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"notes":"max_output_tokens 1000000 -> 30000: models.dev gives output 30,000; LiteLLM\'s 1,000,000 just repeats the context window. Long-context tier (>=200K prompt tokens, whole request at 2x) added; genai-prices, models.dev and LiteLLM agree. Reasoning effort none/low/medium/high (can run non-reasoning). Redirect target of the 2026-05-15 retirements. LiteLLM (2026-07-24) sets no pdf-input flag for grok-4.3; models.dev lists pdf among its input modalities, which this entry follows.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider x-ai, published 2026-09-23) model grok-4.3 (agrees with models.dev@f3fc692 providers/xai/models/grok-4.3.toml)","limits":"models.dev@f3fc692 providers/xai/models/grok-4.3.toml","capabilities":"models.dev@f3fc692 providers/xai/models/grok-4.3.toml","lifecycle":"@ai-sdk/xai@5.0.12 src/responses/xai-responses-language-model-options.ts (XaiResponsesModelId, published 2026-09-28)","release_date":"models.dev@f3fc692 providers/xai/models/grok-4.3.toml"},"verified":"2026-12-01"},"grok-4.5":{"id":"grok-4.5","provider":"xai","display_name":"Grok 4.5","status":"production","context_window":500000,"max_output_tokens":500000,"pricing":{"input":2,"output":6,"cached_input":0.3,"tiers":[{"above_input_tokens":200000,"applies_to":"whole-request","input":4,"output":12,"cached_input":0.6}]},"capabilities":{"input":["text","image"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"notes":"Cached input changed 0.5 -> 0.3: genai-prices 0.1.8 (2026-09-23) says the base cache-read price is 0.30 and that 0.50 is Grok 4.6\'s; LiteLLM (2026-07-24) and xAI\'s launch-week page (as quoted in Zoo-Code-Org/Zoo-Code#866) had 0.50, so xAI probably cut it later; the newest source is followed. Long-context tier added from genai-prices (LiteLLM had cached 1.0 above 200K; genai-prices 0.6, followed). max_output_tokens 500000 kept from LiteLLM (xAI\'s grok-4.5 page does not state an output limit; its 4.6/4.7 pages say \'No text output limit\'). genai-prices maps the \'grok-latest\' alias to grok-4.5; that alias may have moved to a newer model, not verified. Release 2026-07-08/09 per third-party pages only, left out.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider x-ai, published 2026-09-23) model grok-4.5","limits":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider x-ai, published 2026-09-23) (context_window); LiteLLM price list (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json xai/grok-4.5 (max_output_tokens)","capabilities":"@ai-sdk/xai@5.0.12 docs/01-xai.mdx (Model Capabilities table); @pydantic/genai-prices@0.1.8 (dist/index.cjs, provider x-ai, published 2026-09-23) description","lifecycle":"@ai-sdk/xai@5.0.12 src/responses/xai-responses-language-model-options.ts (XaiResponsesModelId, published 2026-09-28)"},"verified":"2026-12-01"},"grok-4.6":{"id":"grok-4.6","provider":"xai","display_name":"Grok 4.6","release_date":"2026-08-12","status":"production","context_window":500000,"max_output_tokens":500000,"pricing":{"input":2,"output":6,"cached_input":0.5,"tiers":[{"above_input_tokens":200000,"applies_to":"whole-request","input":4,"output":12,"cached_input":1}]},"capabilities":{"input":["text","image"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"best_for":"Flagship reasoning (xhigh effort)","notes":"New (ID added in @ai-sdk/xai 4.0.37, 2026-09-16). Context 500,000 (genai-prices, xAI grok-4.6 page); xAI states \'No text output limit\', so max_output_tokens = context_window (a third-party host, Venice, caps output at 200K; not followed). Long-context tier: xAI bills every token of a request at the higher rate when the prompt is >= 200K tokens (genai-prices encodes start 199999); written here as above_input_tokens 200000, one token off at the exact boundary.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider x-ai, published 2026-09-23) model grok-4.6","limits":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider x-ai, published 2026-09-23) (context_window); docs.x.ai/developers/grok-4-6 (Output limit: none)","capabilities":"@ai-sdk/xai@5.0.12 docs/01-xai.mdx (Model Capabilities table); @pydantic/genai-prices@0.1.8 (dist/index.cjs, provider x-ai, published 2026-09-23) description","lifecycle":"@ai-sdk/xai@5.0.12 src/responses/xai-responses-language-model-options.ts (XaiResponsesModelId, published 2026-09-28)","release_date":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider x-ai, published 2026-09-23) description (released 2026-08-12)","scores":"docs/scoring.md tier rule (flagship: Grok 4.x)"},"verified":"2026-12-01"},"grok-4.7":{"id":"grok-4.7","provider":"xai","display_name":"Grok 4.7","status":"production","context_window":500000,"max_output_tokens":500000,"pricing":{"input":2,"output":6},"capabilities":{"input":["text","image"],"output":["text"],"tool_calling":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"best_for":"Flagship coding, agentic tasks and knowledge work","notes":"New (model ID added in @ai-sdk/xai 5.0.5, 2026-09-22; the SDK docs now use it as the default example). Context 500,000 and \'No text output limit\' from xAI\'s grok-4.7 page, so max_output_tokens = context_window as the provider states. Price $2/$6 from the same page; @pydantic/genai-prices 0.1.8 (2026-09-23) does not list grok-4.7 yet, so the cached-input price and any >200K long-context tier are not sourced and left out (Grok 4.5/4.6 have a 2x whole-request tier at 200K; 4.7 probably does too, but that is not verified). structured_output left out: not stated by a primary source. Release date not in a primary source (Venice\'s third-party page says 2026-09-16), left out.","sources":{"pricing":"docs.x.ai/developers/grok-4-7 (At a glance table)","limits":"docs.x.ai/developers/grok-4-7 (At a glance table)","capabilities":"docs.x.ai/developers/grok-4-7; @ai-sdk/xai@5.0.12 docs/01-xai.mdx (reasoningEffort incl. xhigh)","lifecycle":"@ai-sdk/xai@5.0.12 src/responses/xai-responses-language-model-options.ts (XaiResponsesModelId, published 2026-09-28); CHANGELOG.md 5.0.5 \'add grok 4.7 model ID\'","scores":"docs/scoring.md tier rule (flagship: Grok 4.x)"},"verified":"2026-12-01"},"grok-build-0.1":{"id":"grok-build-0.1","provider":"xai","display_name":"Grok Build 0.1","release_date":"2026-04-16","status":"production","context_window":256000,"max_output_tokens":256000,"pricing":{"input":1,"output":2,"cached_input":0.2,"tiers":[{"above_input_tokens":200000,"applies_to":"whole-request","input":2,"output":4,"cached_input":0.4}]},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"best_for":"Agentic coding","notes":"New. xAI\'s fast coding model (successor of grok-code-fast-1 per BerriAI/litellm#28788). Prices from genai-prices, matching models.dev. max_output_tokens 256000 is models.dev\'s stated output limit. Not in the @ai-sdk/xai autocomplete list (that list is curated, open string type). Tier: not in docs/scoring.md; a fast coding model like grok-code-fast-1 (mid) -> mid.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider x-ai, published 2026-09-23) model grok-build-0.1; models.dev@f3fc692 providers/xai/models/grok-build-0.1.toml","limits":"models.dev@f3fc692 providers/xai/models/grok-build-0.1.toml","capabilities":"models.dev@f3fc692 providers/xai/models/grok-build-0.1.toml","lifecycle":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider x-ai, published 2026-09-23) (listed, not deprecated)","release_date":"models.dev@f3fc692 providers/xai/models/grok-build-0.1.toml","scores":"docs/scoring.md tier rule (mid, by analogy with grok-code-fast-1)"},"verified":"2026-12-01"},"grok-code-fast-1":{"id":"grok-code-fast-1","provider":"xai","display_name":"Grok Code Fast 1","status":"deprecated","context_window":256000,"max_output_tokens":256000,"pricing":{"input":0.2,"output":1.5,"cached_input":0.02},"capabilities":{"input":["text"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"deprecation_date":"2026-05-06","shutdown_date":"2026-05-15","replaced_by":"grok-4.3","best_for":"Code generation","notes":"Retired by xAI on 2026-05-15 12:00 PT (announced 2026-05-06). Since then the slug still resolves but is served by grok-4.3 (reasoning models at low effort, non-reasoning at none) and billed at grok-4.3 prices; figures below are the model\'s last published ones. deprecation_date was the removal date; now the announcement date. xAI recommends grok-4.3 (grok-build-0.1 is the newer coding model, see its entry).","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.cjs, provider x-ai, published 2026-09-23) model grok-code-fast-1","limits":"LiteLLM price list (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json xai/grok-code-fast-1","capabilities":"@ai-sdk/xai@5.0.12 docs/01-xai.mdx (Model Capabilities table)","lifecycle":"docs.x.ai/developers/migration/may-15-retirement (xAI retirement notice; announced 2026-05-06 per spiceai/spiceai#10721, theopenco/llmgateway#2172)"},"verified":"2026-12-01"},"llama3.1:405b":{"id":"llama3.1:405b","provider":"ollama","display_name":"llama3.1:405b","status":"production","context_window":131072,"max_output_tokens":131072,"pricing":{"input":0,"output":0},"capabilities":{"input":["text"],"output":["text"],"tool_calling":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"hardware":{"parameters_billion":405,"download_size_gb":240,"min_ram_gb":256},"best_for":"Largest local model","notes":"Context is the tag\'s context_length as recorded in the current registry from https://ollama.com/library/llama3.1 (July 2026 snapshot); the Ollama library itself is not reachable here and models.dev has no local-Ollama catalogue, so it could not be re-verified. Ollama tags are not shut down; status stays production. max_output_tokens = context_window: Ollama generates until the context is full unless num_predict is set (the documented local-model exception, docs/scoring.md). LiteLLM (2026-07-24) lists ollama/llama3.1 with max_input_tokens and max_output_tokens 8,192, an outdated figure far below Llama 3.1\'s 128K context; the tag\'s context_length 131,072 (current registry, from the Ollama library) is followed.","sources":{"pricing":"local model, no per-token cost (docs/scoring.md: Local (Ollama) models)","limits":"current registry (verified 2026-07-24) from https://ollama.com/library/llama3.1 (tag context_length); not re-verified","capabilities":"current registry (verified 2026-07-24; source https://ollama.com/library/llama3.1)","lifecycle":"https://ollama.com/library/llama3.1 (tag listed as of the 2026-07-24 registry snapshot)","scores":"current registry (legacy table conversion, docs/scoring.md rule 1)"},"verified":"2026-07-24"},"llama3.1:70b":{"id":"llama3.1:70b","provider":"ollama","display_name":"llama3.1:70b","status":"production","context_window":131072,"max_output_tokens":131072,"pricing":{"input":0,"output":0},"capabilities":{"input":["text"],"output":["text"],"tool_calling":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"hardware":{"parameters_billion":70,"download_size_gb":42,"min_ram_gb":64},"best_for":"High-end reasoning & analysis","notes":"Context is the tag\'s context_length as recorded in the current registry from https://ollama.com/library/llama3.1 (July 2026 snapshot); the Ollama library itself is not reachable here and models.dev has no local-Ollama catalogue, so it could not be re-verified. Ollama tags are not shut down; status stays production. max_output_tokens = context_window: Ollama generates until the context is full unless num_predict is set (the documented local-model exception, docs/scoring.md). LiteLLM (2026-07-24) lists ollama/llama3.1 with max_input_tokens and max_output_tokens 8,192, an outdated figure far below Llama 3.1\'s 128K context; the tag\'s context_length 131,072 (current registry, from the Ollama library) is followed.","sources":{"pricing":"local model, no per-token cost (docs/scoring.md: Local (Ollama) models)","limits":"current registry (verified 2026-07-24) from https://ollama.com/library/llama3.1 (tag context_length); not re-verified","capabilities":"current registry (verified 2026-07-24; source https://ollama.com/library/llama3.1)","lifecycle":"https://ollama.com/library/llama3.1 (tag listed as of the 2026-07-24 registry snapshot)","scores":"current registry (legacy table conversion, docs/scoring.md rule 1)"},"verified":"2026-07-24"},"llama3.1:8b":{"id":"llama3.1:8b","provider":"ollama","display_name":"llama3.1:8b","status":"production","context_window":131072,"max_output_tokens":131072,"pricing":{"input":0,"output":0},"capabilities":{"input":["text"],"output":["text"],"tool_calling":true},"scores":{"coding":0.6,"reasoning":0.6,"basis":"tier"},"speed_rating":6.7,"hardware":{"parameters_billion":8,"download_size_gb":4.9,"min_ram_gb":8},"best_for":"General tasks","notes":"Context is the tag\'s context_length as recorded in the current registry from https://ollama.com/library/llama3.1 (July 2026 snapshot); the Ollama library itself is not reachable here and models.dev has no local-Ollama catalogue, so it could not be re-verified. Ollama tags are not shut down; status stays production. max_output_tokens = context_window: Ollama generates until the context is full unless num_predict is set (the documented local-model exception, docs/scoring.md). LiteLLM (2026-07-24) lists ollama/llama3.1 with max_input_tokens and max_output_tokens 8,192, an outdated figure far below Llama 3.1\'s 128K context; the tag\'s context_length 131,072 (current registry, from the Ollama library) is followed.","sources":{"pricing":"local model, no per-token cost (docs/scoring.md: Local (Ollama) models)","limits":"current registry (verified 2026-07-24) from https://ollama.com/library/llama3.1 (tag context_length); not re-verified","capabilities":"current registry (verified 2026-07-24; source https://ollama.com/library/llama3.1)","lifecycle":"https://ollama.com/library/llama3.1 (tag listed as of the 2026-07-24 registry snapshot)","scores":"current registry (legacy table conversion, docs/scoring.md rule 1)"},"verified":"2026-07-24"},"llama3.2:11b":{"id":"llama3.2:11b","provider":"ollama","display_name":"llama3.2:11b","api_name":"llama3.2-vision:11b","status":"production","context_window":131072,"max_output_tokens":131072,"pricing":{"input":0,"output":0},"capabilities":{"input":["text","image"],"output":["text"],"tool_calling":false},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"hardware":{"parameters_billion":11,"download_size_gb":11,"min_ram_gb":16},"best_for":"Vision capable mid-size","notes":"The legacy ID names no real tag: the vision models are published as llama3.2-vision. Context is the tag\'s context_length as recorded in the current registry from https://ollama.com/library/llama3.2-vision (July 2026 snapshot); the Ollama library itself is not reachable here and models.dev has no local-Ollama catalogue, so it could not be re-verified. Ollama tags are not shut down; status stays production. max_output_tokens = context_window: Ollama generates until the context is full unless num_predict is set (the documented local-model exception, docs/scoring.md).","sources":{"pricing":"local model, no per-token cost (docs/scoring.md: Local (Ollama) models)","limits":"current registry (verified 2026-07-24) from https://ollama.com/library/llama3.2-vision (tag context_length); not re-verified","capabilities":"current registry (verified 2026-07-24; source https://ollama.com/library/llama3.2-vision)","lifecycle":"https://ollama.com/library/llama3.2-vision (tag listed as of the 2026-07-24 registry snapshot)","scores":"current registry (legacy table conversion, docs/scoring.md rule 1)"},"verified":"2026-07-24"},"llama3.2:3b":{"id":"llama3.2:3b","provider":"ollama","display_name":"llama3.2:3b","status":"production","context_window":131072,"max_output_tokens":131072,"pricing":{"input":0,"output":0},"capabilities":{"input":["text"],"output":["text"],"tool_calling":true},"scores":{"coding":0.6,"reasoning":0.6,"basis":"tier"},"speed_rating":10,"hardware":{"parameters_billion":3,"download_size_gb":2,"min_ram_gb":4},"best_for":"Fast conversations","notes":"Context is the tag\'s context_length as recorded in the current registry from https://ollama.com/library/llama3.2 (July 2026 snapshot); the Ollama library itself is not reachable here and models.dev has no local-Ollama catalogue, so it could not be re-verified. Ollama tags are not shut down; status stays production. max_output_tokens = context_window: Ollama generates until the context is full unless num_predict is set (the documented local-model exception, docs/scoring.md).","sources":{"pricing":"local model, no per-token cost (docs/scoring.md: Local (Ollama) models)","limits":"current registry (verified 2026-07-24) from https://ollama.com/library/llama3.2 (tag context_length); not re-verified","capabilities":"current registry (verified 2026-07-24; source https://ollama.com/library/llama3.2)","lifecycle":"https://ollama.com/library/llama3.2 (tag listed as of the 2026-07-24 registry snapshot)","scores":"current registry (legacy table conversion, docs/scoring.md rule 1)"},"verified":"2026-07-24"},"llama3.2:90b":{"id":"llama3.2:90b","provider":"ollama","display_name":"llama3.2:90b","api_name":"llama3.2-vision:90b","status":"production","context_window":131072,"max_output_tokens":131072,"pricing":{"input":0,"output":0},"capabilities":{"input":["text","image"],"output":["text"],"tool_calling":false},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"hardware":{"parameters_billion":90,"download_size_gb":90,"min_ram_gb":128},"best_for":"Vision capable flagship","notes":"The legacy ID names no real tag: the vision models are published as llama3.2-vision. Context is the tag\'s context_length as recorded in the current registry from https://ollama.com/library/llama3.2-vision (July 2026 snapshot); the Ollama library itself is not reachable here and models.dev has no local-Ollama catalogue, so it could not be re-verified. Ollama tags are not shut down; status stays production. max_output_tokens = context_window: Ollama generates until the context is full unless num_predict is set (the documented local-model exception, docs/scoring.md).","sources":{"pricing":"local model, no per-token cost (docs/scoring.md: Local (Ollama) models)","limits":"current registry (verified 2026-07-24) from https://ollama.com/library/llama3.2-vision (tag context_length); not re-verified","capabilities":"current registry (verified 2026-07-24; source https://ollama.com/library/llama3.2-vision)","lifecycle":"https://ollama.com/library/llama3.2-vision (tag listed as of the 2026-07-24 registry snapshot)","scores":"current registry (legacy table conversion, docs/scoring.md rule 1)"},"verified":"2026-07-24"},"llama3:70b":{"id":"llama3:70b","provider":"ollama","display_name":"llama3:70b","status":"production","context_window":8192,"max_output_tokens":8192,"pricing":{"input":0,"output":0},"capabilities":{"input":["text"],"output":["text"],"tool_calling":false},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":3.3,"hardware":{"parameters_billion":70,"download_size_gb":40,"min_ram_gb":64},"best_for":"Previous gen high quality","notes":"Context is the tag\'s context_length as recorded in the current registry from https://ollama.com/library/llama3 (July 2026 snapshot); the Ollama library itself is not reachable here and models.dev has no local-Ollama catalogue, so it could not be re-verified. Ollama tags are not shut down; status stays production. max_output_tokens = context_window: Ollama generates until the context is full unless num_predict is set (the documented local-model exception, docs/scoring.md).","sources":{"pricing":"local model, no per-token cost (docs/scoring.md: Local (Ollama) models)","limits":"current registry (verified 2026-07-24) from https://ollama.com/library/llama3 (tag context_length); not re-verified","capabilities":"current registry (verified 2026-07-24; source https://ollama.com/library/llama3)","lifecycle":"https://ollama.com/library/llama3 (tag listed as of the 2026-07-24 registry snapshot)","scores":"current registry (legacy table conversion, docs/scoring.md rule 1)"},"verified":"2026-07-24"},"llama3:8b":{"id":"llama3:8b","provider":"ollama","display_name":"llama3:8b","status":"production","context_window":8192,"max_output_tokens":8192,"pricing":{"input":0,"output":0},"capabilities":{"input":["text"],"output":["text"],"tool_calling":false},"scores":{"coding":0.6,"reasoning":0.6,"basis":"tier"},"speed_rating":6.7,"hardware":{"parameters_billion":8,"download_size_gb":4.7,"min_ram_gb":8},"best_for":"General conversations","notes":"Context is the tag\'s context_length as recorded in the current registry from https://ollama.com/library/llama3 (July 2026 snapshot); the Ollama library itself is not reachable here and models.dev has no local-Ollama catalogue, so it could not be re-verified. Ollama tags are not shut down; status stays production. max_output_tokens = context_window: Ollama generates until the context is full unless num_predict is set (the documented local-model exception, docs/scoring.md).","sources":{"pricing":"local model, no per-token cost (docs/scoring.md: Local (Ollama) models)","limits":"current registry (verified 2026-07-24) from https://ollama.com/library/llama3 (tag context_length); not re-verified","capabilities":"current registry (verified 2026-07-24; source https://ollama.com/library/llama3)","lifecycle":"https://ollama.com/library/llama3 (tag listed as of the 2026-07-24 registry snapshot)","scores":"current registry (legacy table conversion, docs/scoring.md rule 1)"},"verified":"2026-07-24"},"magicoder:7b":{"id":"magicoder:7b","provider":"ollama","display_name":"magicoder:7b","status":"production","context_window":16384,"max_output_tokens":16384,"pricing":{"input":0,"output":0},"capabilities":{"input":["text"],"output":["text"],"tool_calling":false},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"hardware":{"parameters_billion":7,"download_size_gb":3.8,"min_ram_gb":8},"best_for":"Optimal code balance","notes":"Context is the tag\'s context_length as recorded in the current registry from https://ollama.com/library/magicoder (July 2026 snapshot); the Ollama library itself is not reachable here and models.dev has no local-Ollama catalogue, so it could not be re-verified. Ollama tags are not shut down; status stays production. max_output_tokens = context_window: Ollama generates until the context is full unless num_predict is set (the documented local-model exception, docs/scoring.md).","sources":{"pricing":"local model, no per-token cost (docs/scoring.md: Local (Ollama) models)","limits":"current registry (verified 2026-07-24) from https://ollama.com/library/magicoder (tag context_length); not re-verified","capabilities":"current registry (verified 2026-07-24; source https://ollama.com/library/magicoder)","lifecycle":"https://ollama.com/library/magicoder (tag listed as of the 2026-07-24 registry snapshot)","scores":"current registry (legacy table conversion, docs/scoring.md rule 1)"},"verified":"2026-07-24"},"meta.llama3-1-405b-instruct-v1:0":{"id":"meta.llama3-1-405b-instruct-v1:0","provider":"bedrock","display_name":"Llama 3.1 405B","status":"deprecated","context_window":128000,"max_output_tokens":4096,"pricing":{"input":5.32,"output":16},"capabilities":{"input":["text"],"output":["text"],"tool_calling":true,"structured_output":false,"reasoning":false},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"shutdown_date":"2026-07-07","replaced_by":"meta.llama4-maverick-17b-instruct-v1:0","inference_profiles":{"us":"us.meta.llama3-1-405b-instruct-v1:0"},"notes":"Bedrock EOL 2026-07-07 (AWS Legacy/EOL table via awslabs/startups); AWS names Llama 4 Maverick as replacement. Legacy-announcement date not recorded.","sources":{"id":"@ai-sdk/amazon-bedrock@5.0.101 (2026-09-29) src/amazon-bedrock-chat-language-model-options.ts / LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json (us. profile)","pricing":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json meta.llama3-1-405b-instruct-v1:0","limits":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json meta.llama3-1-405b-instruct-v1:0","capabilities":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json meta.llama3-1-405b-instruct-v1:0; models.dev@f3fc692 providers/amazon-bedrock/models/meta.llama3-1-405b-instruct-v1:0.toml","lifecycle":"awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)"},"verified":"2026-12-01"},"meta.llama3-1-70b-instruct-v1:0":{"id":"meta.llama3-1-70b-instruct-v1:0","provider":"bedrock","display_name":"Llama 3.1 70B","release_date":"2024-07-23","status":"production","context_window":128000,"max_output_tokens":2048,"pricing":{"input":0.72,"output":0.72},"capabilities":{"input":["text"],"output":["text"],"tool_calling":true,"structured_output":false,"reasoning":false},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"inference_profiles":{"us":"us.meta.llama3-1-70b-instruct-v1:0"},"notes":"Price changed 0.99/0.99 -> 0.72/0.72: genai-prices (2026-09-23) and models.dev agree on 0.72; LiteLLM (2026-07-24) still has 0.99. max_output 2048 kept from LiteLLM. Not in the AWS Legacy table excerpt, but Llama 3.1 405B and Llama 3.2 reached EOL 2026-07-07; lifecycle of 3.1 70B is unverified. LiteLLM (2026-07-24) still lists the old price 0.99 / 0.99. models.dev (2026-07-02) lists max_output_tokens 4096, while this entry keeps LiteLLM\'s 2048 (not re-verified). Release date 2024-07-23 from models.dev (2026-07-02) (matches AWS\'s Llama 3.1 405B model card launch date).","sources":{"id":"@ai-sdk/amazon-bedrock@5.0.101 (2026-09-29) src/amazon-bedrock-chat-language-model-options.ts / LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json (us. profile)","pricing":"@pydantic/genai-prices@0.1.8 (published 2026-09-23) dist/index.js provider aws meta.llama3-1-70b-instruct-v1:0; models.dev@f3fc692 providers/amazon-bedrock/models/meta.llama3-1-70b-instruct-v1:0.toml","limits":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json meta.llama3-1-70b-instruct-v1:0","capabilities":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json meta.llama3-1-70b-instruct-v1:0; models.dev@f3fc692 providers/amazon-bedrock/models/meta.llama3-1-70b-instruct-v1:0.toml","lifecycle":"not in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)","release_date":"models.dev@f3fc692 providers/amazon-bedrock/models/meta.llama3-1-70b-instruct-v1:0.toml (2024-07-23)"},"verified":"2026-12-01"},"meta.llama3-1-8b-instruct-v1:0":{"id":"meta.llama3-1-8b-instruct-v1:0","provider":"bedrock","display_name":"Llama 3.1 8B","release_date":"2024-07-23","status":"production","context_window":128000,"max_output_tokens":2048,"pricing":{"input":0.22,"output":0.22},"capabilities":{"input":["text"],"output":["text"],"tool_calling":true,"structured_output":false,"reasoning":false},"scores":{"coding":0.6,"reasoning":0.6,"basis":"tier"},"speed_rating":10,"inference_profiles":{"us":"us.meta.llama3-1-8b-instruct-v1:0"},"notes":"max_output 2048 per LiteLLM (models.dev: 4096). Lifecycle unverified (see Llama 3.1 70B). Release date 2024-07-23 from models.dev (2026-07-02) (Llama 3.1 launch, matches AWS\'s Llama 3.1 405B model card).","sources":{"id":"@ai-sdk/amazon-bedrock@5.0.101 (2026-09-29) src/amazon-bedrock-chat-language-model-options.ts / LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json (us. profile)","pricing":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json meta.llama3-1-8b-instruct-v1:0","limits":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json meta.llama3-1-8b-instruct-v1:0","capabilities":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json meta.llama3-1-8b-instruct-v1:0; models.dev@f3fc692 providers/amazon-bedrock/models/meta.llama3-1-8b-instruct-v1:0.toml","lifecycle":"not in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)","release_date":"models.dev@f3fc692 providers/amazon-bedrock/models/meta.llama3-1-8b-instruct-v1:0.toml (2024-07-23)"},"verified":"2026-12-01"},"meta.llama3-3-70b-instruct-v1:0":{"id":"meta.llama3-3-70b-instruct-v1:0","provider":"bedrock","display_name":"Llama 3.3 70B","release_date":"2024-12-06","status":"production","context_window":128000,"max_output_tokens":4096,"pricing":{"input":0.72,"output":0.72},"capabilities":{"input":["text"],"output":["text"],"tool_calling":true,"structured_output":false,"reasoning":false},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"inference_profiles":{"us":"us.meta.llama3-3-70b-instruct-v1:0"},"notes":"Prices/limits agree across LiteLLM, models.dev and genai-prices.","sources":{"id":"@ai-sdk/amazon-bedrock@5.0.101 (2026-09-29) src/amazon-bedrock-chat-language-model-options.ts / LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json (us. profile)","pricing":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json meta.llama3-3-70b-instruct-v1:0","limits":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json meta.llama3-3-70b-instruct-v1:0","capabilities":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json meta.llama3-3-70b-instruct-v1:0; models.dev@f3fc692 providers/amazon-bedrock/models/meta.llama3-3-70b-instruct-v1:0.toml","lifecycle":"not in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)"},"verified":"2026-12-01"},"meta.llama4-maverick-17b-instruct-v1:0":{"id":"meta.llama4-maverick-17b-instruct-v1:0","provider":"bedrock","display_name":"Llama 4 Maverick 17B","release_date":"2025-04-05","status":"production","context_window":1000000,"max_output_tokens":8192,"pricing":{"input":0.24,"output":0.97},"capabilities":{"input":["text","image"],"output":["text"],"tool_calling":true,"structured_output":false,"reasoning":false},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"inference_profiles":{"us":"us.meta.llama4-maverick-17b-instruct-v1:0"},"notes":"Vision input per models.dev. @ai-sdk/amazon-bedrock lists only the us. profile ID; requires_inference_profile not set (no direct source). Limits corrected 128000 / 4096 -> 1,000,000 / 8192 from AWS\'s Bedrock model card (context window 1M, max output 8K), which agrees with genai-prices 0.1.8 and models.dev (2026-07-02) on the context window. LiteLLM (2026-07-24)\'s 128000 max_input_tokens / 4096 max_output_tokens and models.dev (2026-07-02)\'s 16384 max_output_tokens are not followed.","sources":{"id":"@ai-sdk/amazon-bedrock@5.0.101 (2026-09-29) src/amazon-bedrock-chat-language-model-options.ts / LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json (us. profile)","pricing":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json meta.llama4-maverick-17b-instruct-v1:0; @pydantic/genai-prices@0.1.8 (published 2026-09-23) dist/index.js provider aws","limits":"AWS Bedrock model card docs.aws.amazon.com/bedrock/latest/userguide/model-card-meta-llama-4-maverick-17b-instruct.html (Context window 1M tokens, Max output tokens 8K; read via docs search 2026-12-01)","capabilities":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json meta.llama4-maverick-17b-instruct-v1:0; models.dev@f3fc692 providers/amazon-bedrock/models/meta.llama4-maverick-17b-instruct-v1:0.toml","lifecycle":"not in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)"},"verified":"2026-12-01"},"meta.llama4-scout-17b-instruct-v1:0":{"id":"meta.llama4-scout-17b-instruct-v1:0","provider":"bedrock","display_name":"Llama 4 Scout 17B","release_date":"2025-04-05","status":"production","context_window":128000,"max_output_tokens":4096,"pricing":{"input":0.17,"output":0.66},"capabilities":{"input":["text","image"],"output":["text"],"tool_calling":true,"structured_output":false,"reasoning":false},"scores":{"coding":0.6,"reasoning":0.6,"basis":"tier"},"speed_rating":10,"inference_profiles":{"us":"us.meta.llama4-scout-17b-instruct-v1:0"},"notes":"Limits follow LiteLLM (128K / 4096, same as the registry); models.dev says 3.5M / 16384. Vision input per models.dev. models.dev (2026-07-02) (3,500,000) and genai-prices 0.1.8 (10,000,000) list larger context windows and models.dev (2026-07-02) 16384 max_output_tokens, but no AWS model card for Scout was found and AWS\'s Maverick card gives 8K output where models.dev (2026-07-02) says 16384, so LiteLLM\'s 128K / 4096 limits are kept (not re-verified).","sources":{"id":"@ai-sdk/amazon-bedrock@5.0.101 (2026-09-29) src/amazon-bedrock-chat-language-model-options.ts / LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json (us. profile)","pricing":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json meta.llama4-scout-17b-instruct-v1:0; @pydantic/genai-prices@0.1.8 (published 2026-09-23) dist/index.js provider aws","limits":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json meta.llama4-scout-17b-instruct-v1:0","capabilities":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json meta.llama4-scout-17b-instruct-v1:0; models.dev@f3fc692 providers/amazon-bedrock/models/meta.llama4-scout-17b-instruct-v1:0.toml","lifecycle":"not in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)"},"verified":"2026-12-01"},"minimax.minimax-m2":{"id":"minimax.minimax-m2","provider":"bedrock","display_name":"MiniMax M2","release_date":"2025-10-27","status":"production","context_window":204608,"max_output_tokens":128000,"pricing":{"input":0.3,"output":1.2},"capabilities":{"input":["text"],"output":["text"],"tool_calling":true,"structured_output":false,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"notes":"Third-party model on Bedrock; score tier assigned by analogy to the tier rule. structured_output false where models.dev does not state support. LiteLLM (2026-07-24) lists max_input_tokens 128000 / max_output_tokens 8192, generic figures, while this entry follows models.dev (2026-07-02)\'s limits (context 204608, output 128000).","sources":{"pricing":"models.dev@f3fc692 providers/amazon-bedrock/models/minimax.minimax-m2.toml","limits":"models.dev@f3fc692 providers/amazon-bedrock/models/minimax.minimax-m2.toml","capabilities":"models.dev@f3fc692 providers/amazon-bedrock/models/minimax.minimax-m2.toml","lifecycle":"models.dev@f3fc692 providers/amazon-bedrock/models/minimax.minimax-m2.toml (listed 2026-07-02); not in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)","release_date":"models.dev@f3fc692 providers/amazon-bedrock/models/minimax.minimax-m2.toml"},"verified":"2026-12-01"},"minimax.minimax-m2.1":{"id":"minimax.minimax-m2.1","provider":"bedrock","display_name":"MiniMax M2.1","release_date":"2025-12-23","status":"production","context_window":204800,"max_output_tokens":131072,"pricing":{"input":0.3,"output":1.2},"capabilities":{"input":["text"],"output":["text"],"tool_calling":true,"structured_output":false,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"notes":"Third-party model on Bedrock; score tier assigned by analogy to the tier rule. structured_output false where models.dev does not state support. LiteLLM (2026-07-24) lists max_input_tokens 196000 / max_output_tokens 8192, while this entry follows models.dev (2026-07-02)\'s limits (context 204800, output 131072).","sources":{"pricing":"models.dev@f3fc692 providers/amazon-bedrock/models/minimax.minimax-m2.1.toml","limits":"models.dev@f3fc692 providers/amazon-bedrock/models/minimax.minimax-m2.1.toml","capabilities":"models.dev@f3fc692 providers/amazon-bedrock/models/minimax.minimax-m2.1.toml","lifecycle":"models.dev@f3fc692 providers/amazon-bedrock/models/minimax.minimax-m2.1.toml (listed 2026-07-02); not in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)","release_date":"models.dev@f3fc692 providers/amazon-bedrock/models/minimax.minimax-m2.1.toml"},"verified":"2026-12-01"},"minimax.minimax-m2.5":{"id":"minimax.minimax-m2.5","provider":"bedrock","display_name":"MiniMax M2.5","release_date":"2026-03-18","status":"production","context_window":196608,"max_output_tokens":98304,"pricing":{"input":0.3,"output":1.2},"capabilities":{"input":["text"],"output":["text"],"tool_calling":true,"structured_output":false,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"notes":"LiteLLM says 1M context / 8192 output; models.dev 196608 / 98304 followed. Third-party model on Bedrock; score tier assigned by analogy to the tier rule. structured_output false where models.dev does not state support.","sources":{"pricing":"models.dev@f3fc692 providers/amazon-bedrock/models/minimax.minimax-m2.5.toml","limits":"models.dev@f3fc692 providers/amazon-bedrock/models/minimax.minimax-m2.5.toml","capabilities":"models.dev@f3fc692 providers/amazon-bedrock/models/minimax.minimax-m2.5.toml","lifecycle":"models.dev@f3fc692 providers/amazon-bedrock/models/minimax.minimax-m2.5.toml (listed 2026-07-02); not in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)","release_date":"models.dev@f3fc692 providers/amazon-bedrock/models/minimax.minimax-m2.5.toml"},"verified":"2026-12-01"},"mistral.devstral-2-123b":{"id":"mistral.devstral-2-123b","provider":"bedrock","display_name":"Devstral 2 123B","release_date":"2026-02-17","status":"production","context_window":256000,"max_output_tokens":8192,"pricing":{"input":0.4,"output":2},"capabilities":{"input":["text"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":false},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"notes":"Third-party model on Bedrock; score tier assigned by analogy to the tier rule.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (published 2026-09-23) dist/index.js provider aws mistral.devstral-2-123b","limits":"models.dev@f3fc692 providers/amazon-bedrock/models/mistral.devstral-2-123b.toml","capabilities":"models.dev@f3fc692 providers/amazon-bedrock/models/mistral.devstral-2-123b.toml","lifecycle":"models.dev@f3fc692 providers/amazon-bedrock/models/mistral.devstral-2-123b.toml (listed 2026-07-02); not in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)","release_date":"models.dev@f3fc692 providers/amazon-bedrock/models/mistral.devstral-2-123b.toml"},"verified":"2026-12-01"},"mistral.magistral-small-2509":{"id":"mistral.magistral-small-2509","provider":"bedrock","display_name":"Magistral Small 1.2","release_date":"2025-12-02","status":"production","context_window":128000,"max_output_tokens":40000,"pricing":{"input":0.5,"output":1.5},"capabilities":{"input":["text","image"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.6,"reasoning":0.6,"basis":"tier"},"speed_rating":10,"notes":"Third-party model on Bedrock; score tier assigned by analogy to the tier rule. LiteLLM (2026-07-24) lists max_output_tokens 8192, while this entry follows models.dev (2026-07-02)\'s 40000.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (published 2026-09-23) dist/index.js provider aws mistral.magistral-small-2509","limits":"models.dev@f3fc692 providers/amazon-bedrock/models/mistral.magistral-small-2509.toml","capabilities":"models.dev@f3fc692 providers/amazon-bedrock/models/mistral.magistral-small-2509.toml","lifecycle":"models.dev@f3fc692 providers/amazon-bedrock/models/mistral.magistral-small-2509.toml (listed 2026-07-02); not in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)","release_date":"models.dev@f3fc692 providers/amazon-bedrock/models/mistral.magistral-small-2509.toml"},"verified":"2026-12-01"},"mistral.ministral-3-14b-instruct":{"id":"mistral.ministral-3-14b-instruct","provider":"bedrock","display_name":"Ministral 3 14B","status":"production","context_window":128000,"max_output_tokens":4096,"pricing":{"input":0.2,"output":0.2},"capabilities":{"input":["text"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":false},"scores":{"coding":0.6,"reasoning":0.6,"basis":"tier"},"speed_rating":10,"notes":"Third-party model on Bedrock; score tier assigned by analogy to the tier rule. LiteLLM (2026-07-24) lists max_output_tokens 8192, while this entry follows models.dev (2026-07-02)\'s 4096 (not re-verified). models.dev (2026-07-02) gives release 2024-12-01, a placeholder that predates Ministral 3 (December 2025), so no release date is set.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (published 2026-09-23) dist/index.js provider aws mistral.ministral-3-14b-instruct","limits":"models.dev@f3fc692 providers/amazon-bedrock/models/mistral.ministral-3-14b-instruct.toml","capabilities":"models.dev@f3fc692 providers/amazon-bedrock/models/mistral.ministral-3-14b-instruct.toml","lifecycle":"models.dev@f3fc692 providers/amazon-bedrock/models/mistral.ministral-3-14b-instruct.toml (listed 2026-07-02); not in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)"},"verified":"2026-12-01"},"mistral.ministral-3-3b-instruct":{"id":"mistral.ministral-3-3b-instruct","provider":"bedrock","display_name":"Ministral 3 3B","release_date":"2025-12-02","status":"production","context_window":256000,"max_output_tokens":8192,"pricing":{"input":0.1,"output":0.1},"capabilities":{"input":["text","image"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":false},"scores":{"coding":0.6,"reasoning":0.6,"basis":"tier"},"speed_rating":10,"notes":"Third-party model on Bedrock; score tier assigned by analogy to the tier rule. LiteLLM (2026-07-24) and genai-prices 0.1.8 give a 128000 context window (max_input_tokens), while this entry follows models.dev (2026-07-02)\'s 256000, which no primary source here could confirm.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (published 2026-09-23) dist/index.js provider aws mistral.ministral-3-3b-instruct","limits":"models.dev@f3fc692 providers/amazon-bedrock/models/mistral.ministral-3-3b-instruct.toml","capabilities":"models.dev@f3fc692 providers/amazon-bedrock/models/mistral.ministral-3-3b-instruct.toml","lifecycle":"models.dev@f3fc692 providers/amazon-bedrock/models/mistral.ministral-3-3b-instruct.toml (listed 2026-07-02); not in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)","release_date":"models.dev@f3fc692 providers/amazon-bedrock/models/mistral.ministral-3-3b-instruct.toml"},"verified":"2026-12-01"},"mistral.ministral-3-8b-instruct":{"id":"mistral.ministral-3-8b-instruct","provider":"bedrock","display_name":"Ministral 3 8B","status":"production","context_window":128000,"max_output_tokens":4096,"pricing":{"input":0.15,"output":0.15},"capabilities":{"input":["text"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":false},"scores":{"coding":0.6,"reasoning":0.6,"basis":"tier"},"speed_rating":10,"notes":"Third-party model on Bedrock; score tier assigned by analogy to the tier rule. LiteLLM (2026-07-24) lists max_output_tokens 8192, while this entry follows models.dev (2026-07-02)\'s 4096 (not re-verified). models.dev (2026-07-02) gives release 2024-12-01, a placeholder that predates Ministral 3 (December 2025), so no release date is set.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (published 2026-09-23) dist/index.js provider aws mistral.ministral-3-8b-instruct","limits":"models.dev@f3fc692 providers/amazon-bedrock/models/mistral.ministral-3-8b-instruct.toml","capabilities":"models.dev@f3fc692 providers/amazon-bedrock/models/mistral.ministral-3-8b-instruct.toml","lifecycle":"models.dev@f3fc692 providers/amazon-bedrock/models/mistral.ministral-3-8b-instruct.toml (listed 2026-07-02); not in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)"},"verified":"2026-12-01"},"mistral.mistral-large-3-675b-instruct":{"id":"mistral.mistral-large-3-675b-instruct","provider":"bedrock","display_name":"Mistral Large 3","release_date":"2025-12-02","status":"production","context_window":256000,"max_output_tokens":8192,"pricing":{"input":0.5,"output":1.5},"capabilities":{"input":["text","image"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":false},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"notes":"Third-party model on Bedrock; score tier assigned by analogy to the tier rule. LiteLLM (2026-07-24) lists max_input_tokens 128000, while models.dev (2026-07-02) and genai-prices 0.1.8 both give a 256000 context window, which this entry follows.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (published 2026-09-23) dist/index.js provider aws mistral.mistral-large-3-675b-instruct","limits":"models.dev@f3fc692 providers/amazon-bedrock/models/mistral.mistral-large-3-675b-instruct.toml","capabilities":"models.dev@f3fc692 providers/amazon-bedrock/models/mistral.mistral-large-3-675b-instruct.toml","lifecycle":"models.dev@f3fc692 providers/amazon-bedrock/models/mistral.mistral-large-3-675b-instruct.toml (listed 2026-07-02); not in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)","release_date":"models.dev@f3fc692 providers/amazon-bedrock/models/mistral.mistral-large-3-675b-instruct.toml"},"verified":"2026-12-01"},"mistral.pixtral-large-2502-v1:0":{"id":"mistral.pixtral-large-2502-v1:0","provider":"bedrock","display_name":"Pixtral Large (25.02)","release_date":"2025-04-08","status":"production","context_window":128000,"max_output_tokens":8192,"pricing":{"input":2,"output":6},"capabilities":{"input":["text","image"],"output":["text"],"tool_calling":true,"structured_output":false,"reasoning":false},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"notes":"Invoked via us./eu. profiles (AI SDK, LiteLLM). Third-party model on Bedrock; score tier assigned by analogy to the tier rule. structured_output false where models.dev does not state support. LiteLLM (2026-07-24) lists max_output_tokens 4096 for the eu profile, while this entry follows models.dev (2026-07-02)\'s 8192.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (published 2026-09-23) dist/index.js provider aws mistral.pixtral-large-2502-v1:0","limits":"models.dev@f3fc692 providers/amazon-bedrock/models/mistral.pixtral-large-2502-v1:0.toml","capabilities":"models.dev@f3fc692 providers/amazon-bedrock/models/mistral.pixtral-large-2502-v1:0.toml","lifecycle":"models.dev@f3fc692 providers/amazon-bedrock/models/mistral.pixtral-large-2502-v1:0.toml (listed 2026-07-02); not in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)","release_date":"models.dev@f3fc692 providers/amazon-bedrock/models/mistral.pixtral-large-2502-v1:0.toml"},"verified":"2026-12-01"},"moonshot.kimi-k2-thinking":{"id":"moonshot.kimi-k2-thinking","provider":"bedrock","display_name":"Kimi K2 Thinking","release_date":"2025-12-02","status":"production","context_window":262143,"max_output_tokens":16000,"pricing":{"input":0.6,"output":2.5},"capabilities":{"input":["text"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"notes":"Third-party model on Bedrock; score tier assigned by analogy to the tier rule. LiteLLM (2026-07-24) lists max_input_tokens 128000 / max_output_tokens 8192, generic figures, while this entry follows models.dev (2026-07-02)\'s Bedrock limits (context 262143, output 16000).","sources":{"pricing":"models.dev@f3fc692 providers/amazon-bedrock/models/moonshot.kimi-k2-thinking.toml","limits":"models.dev@f3fc692 providers/amazon-bedrock/models/moonshot.kimi-k2-thinking.toml","capabilities":"models.dev@f3fc692 providers/amazon-bedrock/models/moonshot.kimi-k2-thinking.toml","lifecycle":"models.dev@f3fc692 providers/amazon-bedrock/models/moonshot.kimi-k2-thinking.toml (listed 2026-07-02); not in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)","release_date":"models.dev@f3fc692 providers/amazon-bedrock/models/moonshot.kimi-k2-thinking.toml"},"verified":"2026-12-01"},"moonshotai.kimi-k2.5":{"id":"moonshotai.kimi-k2.5","provider":"bedrock","display_name":"Kimi K2.5","release_date":"2026-02-06","status":"production","context_window":262143,"max_output_tokens":16000,"pricing":{"input":0.6,"output":3},"capabilities":{"input":["text","image"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"notes":"LiteLLM output 262144 (= context); models.dev 16000 followed. Third-party model on Bedrock; score tier assigned by analogy to the tier rule.","sources":{"pricing":"models.dev@f3fc692 providers/amazon-bedrock/models/moonshotai.kimi-k2.5.toml","limits":"models.dev@f3fc692 providers/amazon-bedrock/models/moonshotai.kimi-k2.5.toml","capabilities":"models.dev@f3fc692 providers/amazon-bedrock/models/moonshotai.kimi-k2.5.toml","lifecycle":"models.dev@f3fc692 providers/amazon-bedrock/models/moonshotai.kimi-k2.5.toml (listed 2026-07-02); not in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)","release_date":"models.dev@f3fc692 providers/amazon-bedrock/models/moonshotai.kimi-k2.5.toml"},"verified":"2026-12-01"},"nvidia.nemotron-nano-12b-v2":{"id":"nvidia.nemotron-nano-12b-v2","provider":"bedrock","display_name":"Nemotron Nano 12B v2 VL","status":"production","context_window":128000,"max_output_tokens":4096,"pricing":{"input":0.2,"output":0.6},"capabilities":{"input":["text","image"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":false},"scores":{"coding":0.6,"reasoning":0.6,"basis":"tier"},"speed_rating":10,"notes":"Third-party model on Bedrock; score tier assigned by analogy to the tier rule. LiteLLM (2026-07-24) lists max_output_tokens 8192, while this entry follows models.dev (2026-07-02)\'s 4096 (not re-verified). models.dev (2026-07-02) gives release 2024-12-01, a placeholder that predates Nemotron Nano v2 (2025), so no release date is set.","sources":{"pricing":"models.dev@f3fc692 providers/amazon-bedrock/models/nvidia.nemotron-nano-12b-v2.toml","limits":"models.dev@f3fc692 providers/amazon-bedrock/models/nvidia.nemotron-nano-12b-v2.toml","capabilities":"models.dev@f3fc692 providers/amazon-bedrock/models/nvidia.nemotron-nano-12b-v2.toml","lifecycle":"models.dev@f3fc692 providers/amazon-bedrock/models/nvidia.nemotron-nano-12b-v2.toml (listed 2026-07-02); not in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)"},"verified":"2026-12-01"},"nvidia.nemotron-nano-3-30b":{"id":"nvidia.nemotron-nano-3-30b","provider":"bedrock","display_name":"Nemotron 3 Nano 30B","release_date":"2025-12-23","status":"production","context_window":256000,"max_output_tokens":4096,"pricing":{"input":0.06,"output":0.24},"capabilities":{"input":["text"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.6,"reasoning":0.6,"basis":"tier"},"speed_rating":10,"notes":"Third-party model on Bedrock; score tier assigned by analogy to the tier rule. Context window corrected 128000 -> 256000 from genai-prices 0.1.8 (newest, agrees with LiteLLM (2026-07-24)\'s 262144 max_input_tokens, the same 256K), while models.dev (2026-07-02)\'s 128000 context is older. LiteLLM (2026-07-24) lists max_output_tokens 8192, while this entry keeps models.dev (2026-07-02)\'s 4096 (not re-verified).","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (published 2026-09-23) dist/index.js provider aws nvidia.nemotron-nano-3-30b:0","limits":"@pydantic/genai-prices@0.1.8 (published 2026-09-23) dist/index.js provider aws nvidia.nemotron-nano-3-30b:0 (context_window 256000); max output models.dev@f3fc692 providers/amazon-bedrock/models/nvidia.nemotron-nano-3-30b.toml","capabilities":"models.dev@f3fc692 providers/amazon-bedrock/models/nvidia.nemotron-nano-3-30b.toml","lifecycle":"models.dev@f3fc692 providers/amazon-bedrock/models/nvidia.nemotron-nano-3-30b.toml (listed 2026-07-02); not in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)","release_date":"models.dev@f3fc692 providers/amazon-bedrock/models/nvidia.nemotron-nano-3-30b.toml"},"verified":"2026-12-01"},"nvidia.nemotron-nano-9b-v2":{"id":"nvidia.nemotron-nano-9b-v2","provider":"bedrock","display_name":"Nemotron Nano 9B v2","status":"production","context_window":128000,"max_output_tokens":4096,"pricing":{"input":0.06,"output":0.23},"capabilities":{"input":["text"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":false},"scores":{"coding":0.6,"reasoning":0.6,"basis":"tier"},"speed_rating":10,"notes":"Third-party model on Bedrock; score tier assigned by analogy to the tier rule. LiteLLM (2026-07-24) lists max_output_tokens 8192, while this entry follows models.dev (2026-07-02)\'s 4096 (not re-verified). models.dev (2026-07-02) gives release 2024-12-01, a placeholder that predates Nemotron Nano v2 (2025), so no release date is set.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (published 2026-09-23) dist/index.js provider aws nvidia.nemotron-nano-9b-v2:0","limits":"models.dev@f3fc692 providers/amazon-bedrock/models/nvidia.nemotron-nano-9b-v2.toml","capabilities":"models.dev@f3fc692 providers/amazon-bedrock/models/nvidia.nemotron-nano-9b-v2.toml","lifecycle":"models.dev@f3fc692 providers/amazon-bedrock/models/nvidia.nemotron-nano-9b-v2.toml (listed 2026-07-02); not in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)"},"verified":"2026-12-01"},"nvidia.nemotron-super-3-120b":{"id":"nvidia.nemotron-super-3-120b","provider":"bedrock","display_name":"Nemotron 3 Super 120B","release_date":"2026-03-11","status":"production","context_window":262144,"max_output_tokens":131072,"pricing":{"input":0.15,"output":0.65},"capabilities":{"input":["text"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"notes":"Third-party model on Bedrock; score tier assigned by analogy to the tier rule. LiteLLM (2026-07-24) lists max_input_tokens 256000 / max_output_tokens 32768 and genai-prices 0.1.8 a 256000 context window, while this entry follows models.dev (2026-07-02)\'s 262144 (the same 256K in binary units) and 131072 output.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (published 2026-09-23) dist/index.js provider aws nvidia.nemotron-super-3-120b:0","limits":"models.dev@f3fc692 providers/amazon-bedrock/models/nvidia.nemotron-super-3-120b.toml","capabilities":"models.dev@f3fc692 providers/amazon-bedrock/models/nvidia.nemotron-super-3-120b.toml","lifecycle":"models.dev@f3fc692 providers/amazon-bedrock/models/nvidia.nemotron-super-3-120b.toml (listed 2026-07-02); not in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)","release_date":"models.dev@f3fc692 providers/amazon-bedrock/models/nvidia.nemotron-super-3-120b.toml"},"verified":"2026-12-01"},"o1":{"id":"o1","provider":"openai","display_name":"o1","release_date":"2024-12-17","status":"deprecated","context_window":200000,"max_output_tokens":100000,"pricing":{"input":15,"output":60,"cached_input":7.5},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"deprecation_date":"2026-04-22","shutdown_date":"2026-10-23","replaced_by":"gpt-5.6","best_for":"Deep reasoning","notes":"SHUT DOWN 2026-10-23; replacement gpt-5.6-sol (registry ID gpt-5.6). release_date: models.dev 2024-12-05 (ChatGPT launch) vs snapshot o1-2024-12-17 (API GA); followed the API snapshot.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.js price data, published 2026-09-23) model o1","limits":"models.dev@f3fc692 providers/openai/models/o1.toml + models/openai/o1.toml","capabilities":"models.dev@f3fc692 providers/openai/models/o1.toml + models/openai/o1.toml","lifecycle":"openai@7.59.0 src/resources/shared.ts (ChatModel \\"Deprecated values\\" list: announced shutdown dates); OpenAI deprecations page as of 2026-10-15 (quoted by dev.to/importstatic, pages/docs corpus)","release_date":"openai@7.59.0 ChatModel o1-2024-12-17"},"verified":"2026-12-01"},"o1-mini":{"id":"o1-mini","provider":"openai","display_name":"o1-mini","release_date":"2024-09-12","status":"deprecated","context_window":128000,"max_output_tokens":65536,"pricing":{"input":1.1,"output":4.4,"cached_input":0.55},"capabilities":{"input":["text"],"output":["text"],"tool_calling":false,"structured_output":false,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"deprecation_date":"2025-04-28","shutdown_date":"2025-10-27","replaced_by":"gpt-5.6-terra","best_for":"Balanced reasoning","notes":"Shut down 2025-10-27 (SDK list). replaced_by changed o4-mini -> gpt-5.6-terra because o4-mini itself shut down on 2026-10-23 (gpt-5.6-terra is OpenAI\'s replacement for o4-mini). Figures are the last published ones (genai-prices still carries them).","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.js price data, published 2026-09-23) model o1-mini","limits":"@pydantic/genai-prices@0.1.8 (dist/index.js price data, published 2026-09-23) (context_window 128000); registry v1 (65,536 output, last OpenAI figure)","capabilities":"registry v1 entry (not re-verifiable; model removed)","lifecycle":"openai@7.59.0 src/resources/shared.ts (ChatModel \\"Deprecated values\\" list: announced shutdown dates)","release_date":"openai@7.59.0 ChatModel o1-mini-2024-09-12"},"verified":"2026-12-01"},"o1-pro":{"id":"o1-pro","provider":"openai","display_name":"o1-pro","release_date":"2025-03-19","status":"deprecated","context_window":200000,"max_output_tokens":100000,"pricing":{"input":150,"output":600,"service_tiers":{"batch":{"multiplier":0.5}}},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"deprecation_date":"2026-04-22","shutdown_date":"2026-10-23","replaced_by":"gpt-5.6","best_for":"Ultimate reasoning","notes":"SHUT DOWN 2026-10-23 (deprecations page as of 2026-10-15: o1-pro -> gpt-5.6-sol with reasoning.mode: pro; registry ID gpt-5.6). Not in the SDK ChatModel deprecated list (Responses-only ID). Figures unchanged. PDF input follows LiteLLM (2026-07-24) and OpenAI\'s file-inputs guide (vision models accept PDFs); models.dev (2026-07-02) lists only text and image input modalities.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.js price data, published 2026-09-23) model o1-pro; LiteLLM model_prices snapshot 2026-07-24 (o1-pro) (batch)","limits":"models.dev@f3fc692 providers/openai/models/o1-pro.toml","capabilities":"models.dev@f3fc692 providers/openai/models/o1-pro.toml; LiteLLM model_prices snapshot 2026-07-24 (supports_pdf_input); developers.openai.com/api/docs/guides/file-inputs (PDF input on vision models, docs corpus)","lifecycle":"OpenAI deprecations page as of 2026-10-15 (quoted by dev.to/importstatic, pages/docs corpus); dev.to/importstatic every-openai-model-shutdown-date","release_date":"models.dev@f3fc692 providers/openai/models/o1-pro.toml"},"verified":"2026-12-01"},"o3":{"id":"o3","provider":"openai","display_name":"o3","release_date":"2025-04-16","status":"deprecated","context_window":200000,"max_output_tokens":100000,"pricing":{"input":2,"output":8,"cached_input":0.5,"service_tiers":{"flex":{"multiplier":0.5},"priority":{"input":3.5,"output":14,"cached_input":0.875}}},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"deprecation_date":"2026-06-11","shutdown_date":"2026-12-11","replaced_by":"gpt-6.1-sol","notes":"Newly deprecated: notice 2026-06-11, shutdown 2026-12-11. Replacement gpt-6.1-sol per the current deprecations page (earlier gpt-5.6-sol).","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.js price data, published 2026-09-23) model o3; LiteLLM model_prices snapshot 2026-07-24 (o3) (flex/priority)","limits":"models.dev@f3fc692 providers/openai/models/o3.toml","capabilities":"models.dev@f3fc692 providers/openai/models/o3.toml","lifecycle":"openai@7.59.0 src/resources/shared.ts (ChatModel \\"Deprecated values\\" list: announced shutdown dates); developers.openai.com/api/docs/deprecations (docs corpus; newest version with status/notice-date table)","release_date":"models.dev@f3fc692 providers/openai/models/o3.toml"},"verified":"2026-12-01"},"o3-mini":{"id":"o3-mini","provider":"openai","display_name":"o3-mini","release_date":"2025-01-31","status":"deprecated","context_window":200000,"max_output_tokens":100000,"pricing":{"input":1.1,"output":4.4,"cached_input":0.55},"capabilities":{"input":["text"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"deprecation_date":"2026-04-22","shutdown_date":"2026-10-23","replaced_by":"gpt-5.6","notes":"SHUT DOWN 2026-10-23; replacement gpt-5.6-sol (registry ID gpt-5.6; deprecations page as of 2026-10-15). release_date: models.dev gives 2024-12-20 (preview announcement); the snapshot ID is 2025-01-31 (openai SDK 4.82.0 added o3-mini on 2025-01-31); followed the snapshot date.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.js price data, published 2026-09-23) model o3-mini","limits":"models.dev@f3fc692 providers/openai/models/o3-mini.toml","capabilities":"models.dev@f3fc692 providers/openai/models/o3-mini.toml","lifecycle":"openai@7.59.0 src/resources/shared.ts (ChatModel \\"Deprecated values\\" list: announced shutdown dates); OpenAI deprecations page as of 2026-10-15 (quoted by dev.to/importstatic, pages/docs corpus)","release_date":"openai@7.59.0 ChatModel o3-mini-2025-01-31; CHANGELOG 4.82.0 (2025-01-31)"},"verified":"2026-12-01"},"o3-pro":{"id":"o3-pro","provider":"openai","display_name":"o3-pro","release_date":"2025-06-10","status":"deprecated","context_window":200000,"max_output_tokens":100000,"pricing":{"input":20,"output":80,"service_tiers":{"batch":{"multiplier":0.5}}},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"deprecation_date":"2026-06-11","shutdown_date":"2026-12-11","replaced_by":"gpt-6.1-sol","notes":"Newly deprecated: notice 2026-06-11, shutdown 2026-12-11; replacement gpt-6.1-sol with reasoning.mode: pro (Responses API). Not in the SDK ChatModel deprecated list (it is a Responses-only ID); dates from the deprecations page and its readers. PDF input follows LiteLLM (2026-07-24) and OpenAI\'s file-inputs guide (vision models accept PDFs); models.dev (2026-07-02) lists only text and image input modalities.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.js price data, published 2026-09-23) model o3-pro; LiteLLM model_prices snapshot 2026-07-24 (o3-pro) (batch)","limits":"models.dev@f3fc692 providers/openai/models/o3-pro.toml + models/openai/o3-pro.toml","capabilities":"models.dev@f3fc692 providers/openai/models/o3-pro.toml + models/openai/o3-pro.toml; LiteLLM model_prices snapshot 2026-07-24 (supports_pdf_input); developers.openai.com/api/docs/guides/file-inputs (PDF input on vision models, docs corpus)","lifecycle":"developers.openai.com/api/docs/deprecations (docs corpus; newest version with status/notice-date table); privatedevops.com openai-retires-gpt-5-o3-snapshots; github.com/samarthputhraya/Modelpin v0.5.4","release_date":"models.dev@f3fc692 providers/openai/models/o3-pro.toml + models/openai/o3-pro.toml"},"verified":"2026-12-01"},"o4-mini":{"id":"o4-mini","provider":"openai","display_name":"o4-mini","release_date":"2025-04-16","status":"deprecated","context_window":200000,"max_output_tokens":100000,"pricing":{"input":1.1,"output":4.4,"cached_input":0.275,"service_tiers":{"flex":{"multiplier":0.5},"priority":{"input":2,"output":8,"cached_input":0.5}}},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"deprecation_date":"2026-04-22","shutdown_date":"2026-10-23","replaced_by":"gpt-5.6-terra","notes":"SHUT DOWN 2026-10-23 (SDK list; 2026-04-22 legacy-snapshot deprecation). Replacement gpt-5.6-terra per the deprecations page as of 2026-10-15. PDF input follows LiteLLM (2026-07-24) and OpenAI\'s file-inputs guide (vision models accept PDFs); models.dev (2026-07-02) lists only text and image input modalities.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (dist/index.js price data, published 2026-09-23) model o4-mini; LiteLLM model_prices snapshot 2026-07-24 (o4-mini)","limits":"models.dev@f3fc692 providers/openai/models/o4-mini.toml + models/openai/o4-mini.toml","capabilities":"models.dev@f3fc692 providers/openai/models/o4-mini.toml + models/openai/o4-mini.toml; LiteLLM model_prices snapshot 2026-07-24 (supports_pdf_input); developers.openai.com/api/docs/guides/file-inputs (PDF input on vision models, docs corpus)","lifecycle":"openai@7.59.0 src/resources/shared.ts (ChatModel \\"Deprecated values\\" list: announced shutdown dates); OpenAI deprecations page as of 2026-10-15 (quoted by dev.to/importstatic, pages/docs corpus)","release_date":"models.dev@f3fc692 providers/openai/models/o4-mini.toml + models/openai/o4-mini.toml"},"verified":"2026-12-01"},"openai.gpt-5.4":{"id":"openai.gpt-5.4","provider":"bedrock","display_name":"GPT-5.4","release_date":"2026-03-05","status":"production","context_window":272000,"max_output_tokens":128000,"pricing":{"input":2.75,"output":16.5,"cached_input":0.275},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"notes":"Served through the bedrock-mantle OpenAI-compatible endpoint (Responses API). Third-party model on Bedrock; score tier assigned by analogy to the tier rule.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (published 2026-09-23) dist/index.js provider aws openai.gpt-5.4","limits":"models.dev@f3fc692 providers/amazon-bedrock/models/openai.gpt-5.4.toml","capabilities":"models.dev@f3fc692 providers/amazon-bedrock/models/openai.gpt-5.4.toml","lifecycle":"models.dev@f3fc692 providers/amazon-bedrock/models/openai.gpt-5.4.toml (listed 2026-07-02); not in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)","release_date":"models.dev@f3fc692 providers/amazon-bedrock/models/openai.gpt-5.4.toml"},"verified":"2026-12-01"},"openai.gpt-5.5":{"id":"openai.gpt-5.5","provider":"bedrock","display_name":"GPT-5.5","release_date":"2026-04-23","status":"production","context_window":272000,"max_output_tokens":128000,"pricing":{"input":5.5,"output":33,"cached_input":0.55},"capabilities":{"input":["text","image","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"notes":"Served through the bedrock-mantle OpenAI-compatible endpoint (Responses API; models.dev provider.npm @ai-sdk/amazon-bedrock/mantle). 272K context on Bedrock (base model\'s 1.05M and long-context tiers omitted by models.dev). Third-party model on Bedrock; score tier assigned by analogy to the tier rule.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (published 2026-09-23) dist/index.js provider aws openai.gpt-5.5","limits":"models.dev@f3fc692 providers/amazon-bedrock/models/openai.gpt-5.5.toml","capabilities":"models.dev@f3fc692 providers/amazon-bedrock/models/openai.gpt-5.5.toml","lifecycle":"models.dev@f3fc692 providers/amazon-bedrock/models/openai.gpt-5.5.toml (listed 2026-07-02); not in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)","release_date":"models.dev@f3fc692 providers/amazon-bedrock/models/openai.gpt-5.5.toml"},"verified":"2026-12-01"},"openai.gpt-oss-120b-1:0":{"id":"openai.gpt-oss-120b-1:0","provider":"bedrock","display_name":"gpt-oss-120b","release_date":"2025-08-05","status":"production","context_window":128000,"max_output_tokens":16384,"pricing":{"input":0.15,"output":0.6},"capabilities":{"input":["text"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"notes":"LiteLLM says 128K output; models.dev 16384 is followed (output cannot equal the whole window in practice). Mantle alias openai.gpt-oss-120b also exists. Third-party model on Bedrock; score tier assigned by analogy to the tier rule. LiteLLM (2026-07-24) lists max_output_tokens 128000 (the whole context window), while this entry follows models.dev (2026-07-02)\'s 16384.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (published 2026-09-23) dist/index.js provider aws openai.gpt-oss-120b-1:0","limits":"models.dev@f3fc692 providers/amazon-bedrock/models/openai.gpt-oss-120b-1:0.toml","capabilities":"models.dev@f3fc692 providers/amazon-bedrock/models/openai.gpt-oss-120b-1:0.toml","lifecycle":"models.dev@f3fc692 providers/amazon-bedrock/models/openai.gpt-oss-120b-1:0.toml (listed 2026-07-02); not in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)","release_date":"models.dev@f3fc692 providers/amazon-bedrock/models/openai.gpt-oss-120b-1:0.toml"},"verified":"2026-12-01"},"openai.gpt-oss-20b-1:0":{"id":"openai.gpt-oss-20b-1:0","provider":"bedrock","display_name":"gpt-oss-20b","release_date":"2025-08-05","status":"production","context_window":128000,"max_output_tokens":16384,"pricing":{"input":0.07,"output":0.3},"capabilities":{"input":["text"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.6,"reasoning":0.6,"basis":"tier"},"speed_rating":10,"notes":"LiteLLM says 128K output; models.dev 16384 followed. Mantle alias openai.gpt-oss-20b also exists. Third-party model on Bedrock; score tier assigned by analogy to the tier rule. LiteLLM (2026-07-24) lists max_output_tokens 128000 (the whole context window), while this entry follows models.dev (2026-07-02)\'s 16384.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (published 2026-09-23) dist/index.js provider aws openai.gpt-oss-20b-1:0","limits":"models.dev@f3fc692 providers/amazon-bedrock/models/openai.gpt-oss-20b-1:0.toml","capabilities":"models.dev@f3fc692 providers/amazon-bedrock/models/openai.gpt-oss-20b-1:0.toml","lifecycle":"models.dev@f3fc692 providers/amazon-bedrock/models/openai.gpt-oss-20b-1:0.toml (listed 2026-07-02); not in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)","release_date":"models.dev@f3fc692 providers/amazon-bedrock/models/openai.gpt-oss-20b-1:0.toml"},"verified":"2026-12-01"},"qwen.qwen3-235b-a22b-2507-v1:0":{"id":"qwen.qwen3-235b-a22b-2507-v1:0","provider":"bedrock","display_name":"Qwen3 235B A22B 2507","release_date":"2025-09-18","status":"production","context_window":262144,"max_output_tokens":131072,"pricing":{"input":0.22,"output":0.88},"capabilities":{"input":["text"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":false},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"notes":"Third-party model on Bedrock; score tier assigned by analogy to the tier rule. LiteLLM (2026-07-24) flags reasoning, but Qwen3-235B-A22B-Instruct-2507 is the non-thinking variant, so reasoning stays false as in models.dev (2026-07-02).","sources":{"pricing":"models.dev@f3fc692 providers/amazon-bedrock/models/qwen.qwen3-235b-a22b-2507-v1:0.toml","limits":"models.dev@f3fc692 providers/amazon-bedrock/models/qwen.qwen3-235b-a22b-2507-v1:0.toml","capabilities":"models.dev@f3fc692 providers/amazon-bedrock/models/qwen.qwen3-235b-a22b-2507-v1:0.toml","lifecycle":"models.dev@f3fc692 providers/amazon-bedrock/models/qwen.qwen3-235b-a22b-2507-v1:0.toml (listed 2026-07-02); not in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)","release_date":"models.dev@f3fc692 providers/amazon-bedrock/models/qwen.qwen3-235b-a22b-2507-v1:0.toml"},"verified":"2026-12-01"},"qwen.qwen3-32b-v1:0":{"id":"qwen.qwen3-32b-v1:0","provider":"bedrock","display_name":"Qwen3 32B","release_date":"2025-09-18","status":"production","context_window":131072,"max_output_tokens":16384,"pricing":{"input":0.15,"output":0.6},"capabilities":{"input":["text"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.6,"reasoning":0.6,"basis":"tier"},"speed_rating":10,"notes":"models.dev says 16384 context; LiteLLM 131072 / 16384 followed. Third-party model on Bedrock; score tier assigned by analogy to the tier rule. genai-prices 0.1.8 gives a 32000 context window (the model\'s native window) and models.dev (2026-07-02) 16384, while this entry keeps LiteLLM (2026-07-24)\'s 131072 (extended context), which could not be confirmed by AWS.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (published 2026-09-23) dist/index.js provider aws qwen.qwen3-32b-v1:0","limits":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json qwen.qwen3-32b-v1:0","capabilities":"models.dev@f3fc692 providers/amazon-bedrock/models/qwen.qwen3-32b-v1:0.toml","lifecycle":"models.dev@f3fc692 providers/amazon-bedrock/models/qwen.qwen3-32b-v1:0.toml (listed 2026-07-02); not in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)","release_date":"models.dev@f3fc692 providers/amazon-bedrock/models/qwen.qwen3-32b-v1:0.toml"},"verified":"2026-12-01"},"qwen.qwen3-coder-30b-a3b-v1:0":{"id":"qwen.qwen3-coder-30b-a3b-v1:0","provider":"bedrock","display_name":"Qwen3 Coder 30B A3B","release_date":"2025-09-18","status":"production","context_window":262144,"max_output_tokens":131072,"pricing":{"input":0.15,"output":0.6},"capabilities":{"input":["text"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":false},"scores":{"coding":0.6,"reasoning":0.6,"basis":"tier"},"speed_rating":10,"notes":"Third-party model on Bedrock; score tier assigned by analogy to the tier rule. LiteLLM (2026-07-24) flags reasoning, but Qwen3-Coder-30B-A3B-Instruct is a non-thinking model, so reasoning stays false as in models.dev (2026-07-02). genai-prices 0.1.8\'s context window 256000 is the rounded form of models.dev (2026-07-02)\'s 262144 (256K), which this entry keeps.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (published 2026-09-23) dist/index.js provider aws qwen.qwen3-coder-30b-a3b-v1:0","limits":"models.dev@f3fc692 providers/amazon-bedrock/models/qwen.qwen3-coder-30b-a3b-v1:0.toml","capabilities":"models.dev@f3fc692 providers/amazon-bedrock/models/qwen.qwen3-coder-30b-a3b-v1:0.toml","lifecycle":"models.dev@f3fc692 providers/amazon-bedrock/models/qwen.qwen3-coder-30b-a3b-v1:0.toml (listed 2026-07-02); not in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)","release_date":"models.dev@f3fc692 providers/amazon-bedrock/models/qwen.qwen3-coder-30b-a3b-v1:0.toml"},"verified":"2026-12-01"},"qwen.qwen3-coder-480b-a35b-v1:0":{"id":"qwen.qwen3-coder-480b-a35b-v1:0","provider":"bedrock","display_name":"Qwen3 Coder 480B A35B","release_date":"2025-09-18","status":"production","context_window":131072,"max_output_tokens":65536,"pricing":{"input":0.22,"output":1.8},"capabilities":{"input":["text"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":false},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"notes":"genai-prices (2026-09-23) prices input at 0.45; models.dev and LiteLLM say 0.22 (followed: two sources). Third-party model on Bedrock; score tier assigned by analogy to the tier rule. Sources disagree on the context window: LiteLLM (2026-07-24) 262000, genai-prices 0.1.8 128000, models.dev (2026-07-02) 131072 (followed). LiteLLM (2026-07-24) flags reasoning, but Qwen3-Coder-480B-A35B-Instruct is a non-thinking model, so reasoning stays false as in models.dev (2026-07-02).","sources":{"pricing":"models.dev@f3fc692 providers/amazon-bedrock/models/qwen.qwen3-coder-480b-a35b-v1:0.toml; LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json qwen.qwen3-coder-480b-a35b-v1:0","limits":"models.dev@f3fc692 providers/amazon-bedrock/models/qwen.qwen3-coder-480b-a35b-v1:0.toml","capabilities":"models.dev@f3fc692 providers/amazon-bedrock/models/qwen.qwen3-coder-480b-a35b-v1:0.toml","lifecycle":"models.dev@f3fc692 providers/amazon-bedrock/models/qwen.qwen3-coder-480b-a35b-v1:0.toml (listed 2026-07-02); not in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)","release_date":"models.dev@f3fc692 providers/amazon-bedrock/models/qwen.qwen3-coder-480b-a35b-v1:0.toml"},"verified":"2026-12-01"},"qwen.qwen3-coder-next":{"id":"qwen.qwen3-coder-next","provider":"bedrock","display_name":"Qwen3 Coder Next","release_date":"2026-02-06","status":"production","context_window":131072,"max_output_tokens":65536,"pricing":{"input":0.22,"output":1.8},"capabilities":{"input":["text"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"notes":"Third-party model on Bedrock; score tier assigned by analogy to the tier rule. LiteLLM (2026-07-24) price 0.5 / 1.2 and limits 262144 input tokens / 8192 output tokens are not followed: models.dev (2026-07-02)\'s Bedrock figures are used.","sources":{"pricing":"models.dev@f3fc692 providers/amazon-bedrock/models/qwen.qwen3-coder-next.toml","limits":"models.dev@f3fc692 providers/amazon-bedrock/models/qwen.qwen3-coder-next.toml","capabilities":"models.dev@f3fc692 providers/amazon-bedrock/models/qwen.qwen3-coder-next.toml","lifecycle":"models.dev@f3fc692 providers/amazon-bedrock/models/qwen.qwen3-coder-next.toml (listed 2026-07-02); not in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)","release_date":"models.dev@f3fc692 providers/amazon-bedrock/models/qwen.qwen3-coder-next.toml"},"verified":"2026-12-01"},"qwen.qwen3-next-80b-a3b":{"id":"qwen.qwen3-next-80b-a3b","provider":"bedrock","display_name":"Qwen3 Next 80B A3B","release_date":"2025-09-18","status":"production","context_window":128000,"max_output_tokens":8192,"pricing":{"input":0.15,"output":1.2},"capabilities":{"input":["text"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":false},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"notes":"models.dev says 262000/262000 and 0.14/1.4; LiteLLM 128000 / 8192 and 0.15/1.2 followed (newer snapshot). Third-party model on Bedrock; score tier assigned by analogy to the tier rule. models.dev (2026-07-02) lists price 0.14 / 1.4 and a 262000 context window with 262000 output tokens, while this entry follows LiteLLM (2026-07-24)\'s newer 0.15 / 1.2 and 128000 / 8192.","sources":{"pricing":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json qwen.qwen3-next-80b-a3b","limits":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json qwen.qwen3-next-80b-a3b","capabilities":"models.dev@f3fc692 providers/amazon-bedrock/models/qwen.qwen3-next-80b-a3b.toml","lifecycle":"models.dev@f3fc692 providers/amazon-bedrock/models/qwen.qwen3-next-80b-a3b.toml (listed 2026-07-02); not in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)","release_date":"models.dev@f3fc692 providers/amazon-bedrock/models/qwen.qwen3-next-80b-a3b.toml"},"verified":"2026-12-01"},"qwen.qwen3-vl-235b-a22b":{"id":"qwen.qwen3-vl-235b-a22b","provider":"bedrock","display_name":"Qwen3 VL 235B A22B","release_date":"2025-10-04","status":"production","context_window":256000,"max_output_tokens":8192,"pricing":{"input":0.53,"output":2.66},"capabilities":{"input":["text","image"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":false},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"notes":"Max output 8192 follows LiteLLM (models.dev says 262000 output, the whole window), prices follow genai-prices 0.53/2.66. Third-party model on Bedrock; score tier assigned by analogy to the tier rule. Context window corrected 128000 -> 256000 from genai-prices 0.1.8 (newest, close to models.dev (2026-07-02)\'s 262000), while LiteLLM (2026-07-24)\'s 128000 max_input_tokens is older. models.dev (2026-07-02) price 0.3 / 1.5 is not followed.","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (published 2026-09-23) dist/index.js provider aws qwen.qwen3-vl-235b-a22b-v1:0","limits":"@pydantic/genai-prices@0.1.8 (published 2026-09-23) dist/index.js provider aws qwen.qwen3-vl-235b-a22b-v1:0 (context_window 256000); LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json qwen.qwen3-vl-235b-a22b (max_output 8192)","capabilities":"models.dev@f3fc692 providers/amazon-bedrock/models/qwen.qwen3-vl-235b-a22b.toml","lifecycle":"models.dev@f3fc692 providers/amazon-bedrock/models/qwen.qwen3-vl-235b-a22b.toml (listed 2026-07-02); not in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)","release_date":"models.dev@f3fc692 providers/amazon-bedrock/models/qwen.qwen3-vl-235b-a22b.toml"},"verified":"2026-12-01"},"qwen2.5:32b":{"id":"qwen2.5:32b","provider":"ollama","display_name":"qwen2.5:32b","api_name":"qwen2.5:32b-instruct-q4_K_M","status":"production","context_window":32768,"max_output_tokens":32768,"pricing":{"input":0,"output":0},"capabilities":{"input":["text"],"output":["text"],"tool_calling":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"hardware":{"parameters_billion":32,"download_size_gb":19,"min_ram_gb":32},"best_for":"Premium intelligence","notes":"Legacy table said 128K context; the Ollama tag\'s context_length is 32768. Context is the tag\'s context_length as recorded in the current registry from https://ollama.com/library/qwen2.5 (July 2026 snapshot); the Ollama library itself is not reachable here and models.dev has no local-Ollama catalogue, so it could not be re-verified. Ollama tags are not shut down; status stays production. max_output_tokens = context_window: Ollama generates until the context is full unless num_predict is set (the documented local-model exception, docs/scoring.md).","sources":{"pricing":"local model, no per-token cost (docs/scoring.md: Local (Ollama) models)","limits":"current registry (verified 2026-07-24) from https://ollama.com/library/qwen2.5 (tag context_length); not re-verified","capabilities":"current registry (verified 2026-07-24; source https://ollama.com/library/qwen2.5)","lifecycle":"https://ollama.com/library/qwen2.5 (tag listed as of the 2026-07-24 registry snapshot)","scores":"current registry (legacy table conversion, docs/scoring.md rule 1)"},"verified":"2026-07-24"},"qwen2.5:7b-instruct":{"id":"qwen2.5:7b-instruct","provider":"ollama","display_name":"qwen2.5:7b-instruct","status":"production","context_window":32768,"max_output_tokens":32768,"pricing":{"input":0,"output":0},"capabilities":{"input":["text"],"output":["text"],"tool_calling":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"hardware":{"parameters_billion":7,"download_size_gb":4.7,"min_ram_gb":8},"best_for":"Instruction-tuned Qwen","notes":"Legacy table said 128K context; the Ollama tag\'s context_length is 32768. Context is the tag\'s context_length as recorded in the current registry from https://ollama.com/library/qwen2.5 (July 2026 snapshot); the Ollama library itself is not reachable here and models.dev has no local-Ollama catalogue, so it could not be re-verified. Ollama tags are not shut down; status stays production. max_output_tokens = context_window: Ollama generates until the context is full unless num_predict is set (the documented local-model exception, docs/scoring.md).","sources":{"pricing":"local model, no per-token cost (docs/scoring.md: Local (Ollama) models)","limits":"current registry (verified 2026-07-24) from https://ollama.com/library/qwen2.5 (tag context_length); not re-verified","capabilities":"current registry (verified 2026-07-24; source https://ollama.com/library/qwen2.5)","lifecycle":"https://ollama.com/library/qwen2.5 (tag listed as of the 2026-07-24 registry snapshot)","scores":"current registry (legacy table conversion, docs/scoring.md rule 1)"},"verified":"2026-07-24"},"qwen3:8b":{"id":"qwen3:8b","provider":"ollama","display_name":"qwen3:8b","status":"production","context_window":40960,"max_output_tokens":40960,"pricing":{"input":0,"output":0},"capabilities":{"input":["text"],"output":["text"],"tool_calling":true,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"hardware":{"parameters_billion":8,"download_size_gb":5.2,"min_ram_gb":12},"best_for":"Multilingual reasoning","notes":"Legacy table said 128K context; the Ollama tag\'s context_length is 40960. Context is the tag\'s context_length as recorded in the current registry from https://ollama.com/library/qwen3 (July 2026 snapshot); the Ollama library itself is not reachable here and models.dev has no local-Ollama catalogue, so it could not be re-verified. Ollama tags are not shut down; status stays production. max_output_tokens = context_window: Ollama generates until the context is full unless num_predict is set (the documented local-model exception, docs/scoring.md).","sources":{"pricing":"local model, no per-token cost (docs/scoring.md: Local (Ollama) models)","limits":"current registry (verified 2026-07-24) from https://ollama.com/library/qwen3 (tag context_length); not re-verified","capabilities":"current registry (verified 2026-07-24; source https://ollama.com/library/qwen3); reasoning: ollama.com/blog/thinking (2025-05-30; Ollama v0.9.0: thinking support for DeepSeek-R1 and Qwen 3)","lifecycle":"https://ollama.com/library/qwen3 (tag listed as of the 2026-07-24 registry snapshot)","scores":"current registry (legacy table conversion, docs/scoring.md rule 1)"},"verified":"2026-07-24"},"us.amazon.nova-premier-v1:0":{"id":"us.amazon.nova-premier-v1:0","provider":"bedrock","display_name":"Amazon Nova Premier","api_name":"amazon.nova-premier-v1:0","status":"deprecated","context_window":1000000,"max_output_tokens":10000,"pricing":{"input":2.5,"output":12.5,"cached_input":0.625},"capabilities":{"input":["text","image","video","pdf"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":false},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"shutdown_date":"2026-09-14","replaced_by":"amazon.nova-2-lite-v1:0","inference_profiles":{"us":"us.amazon.nova-premier-v1:0"},"requires_inference_profile":true,"notes":"The registry ID is the US cross-region inference-profile ID (base model amazon.nova-premier-v1:0), kept for compatibility; Nova Premier was only invocable through inference profiles. Bedrock EOL 2026-09-14. AWS names Nova 2 Pro as successor; replaced_by points to Nova 2 Lite because Nova 2 Pro is only available here as a preview ID whose current status could not be verified. PDF input adopted from LiteLLM (2026-07-24) (supports_pdf_input), which has no video-input flag for Nova models at all, so the registry\'s video input modality is kept.","sources":{"id":"registry ID kept","pricing":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json us.amazon.nova-premier-v1:0; @pydantic/genai-prices@0.1.8 (published 2026-09-23) dist/index.js provider aws amazon.nova-premier-v1:0 (cache read 0.625)","limits":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json us.amazon.nova-premier-v1:0","capabilities":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json us.amazon.nova-premier-v1:0 (supports_pdf_input, supports_vision, function calling, response schema); video input kept from the registry","lifecycle":"awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy) (Nova Premier v1 amazon.nova-premier-v1:0 EOL 2026-09-14, replacement Nova 2 Pro)"},"verified":"2026-12-01"},"writer.palmyra-x4-v1:0":{"id":"writer.palmyra-x4-v1:0","provider":"bedrock","display_name":"Palmyra X4","release_date":"2025-04-28","status":"production","context_window":128000,"max_output_tokens":8192,"pricing":{"input":2.5,"output":10},"capabilities":{"input":["text"],"output":["text"],"tool_calling":true,"structured_output":false,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"notes":"Third-party model on Bedrock; score tier assigned by analogy to the tier rule. structured_output false where models.dev does not state support. models.dev (2026-07-02) lists a 122880 context window, while this entry follows LiteLLM (2026-07-24)\'s 128000. LiteLLM (2026-07-24) flags PDF input, but models.dev (2026-07-02) lists text only and no AWS source here confirms document input, so input stays text (capabilities not adopted).","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (published 2026-09-23) dist/index.js provider aws writer.palmyra-x4-v1:0","limits":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json writer.palmyra-x4-v1:0","capabilities":"models.dev@f3fc692 providers/amazon-bedrock/models/writer.palmyra-x4-v1:0.toml","lifecycle":"models.dev@f3fc692 providers/amazon-bedrock/models/writer.palmyra-x4-v1:0.toml (listed 2026-07-02); not in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)","release_date":"models.dev@f3fc692 providers/amazon-bedrock/models/writer.palmyra-x4-v1:0.toml"},"verified":"2026-12-01"},"writer.palmyra-x5-v1:0":{"id":"writer.palmyra-x5-v1:0","provider":"bedrock","display_name":"Palmyra X5","release_date":"2025-04-28","status":"production","context_window":1000000,"max_output_tokens":8192,"pricing":{"input":0.6,"output":6},"capabilities":{"input":["text"],"output":["text"],"tool_calling":true,"structured_output":false,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"notes":"Third-party model on Bedrock; score tier assigned by analogy to the tier rule. structured_output false where models.dev does not state support. genai-prices 0.1.8 gives a 128000 context window and models.dev (2026-07-02) 1040000, while this entry follows LiteLLM (2026-07-24)\'s 1,000,000 (Palmyra X5\'s advertised 1M context). LiteLLM (2026-07-24) flags PDF input, but models.dev (2026-07-02) lists text only and no AWS source here confirms document input, so input stays text (capabilities not adopted).","sources":{"pricing":"@pydantic/genai-prices@0.1.8 (published 2026-09-23) dist/index.js provider aws writer.palmyra-x5-v1:0","limits":"LiteLLM snapshot (2026-07-24) /work/shared/reference/litellm-model-prices-2026-07-24.json writer.palmyra-x5-v1:0","capabilities":"models.dev@f3fc692 providers/amazon-bedrock/models/writer.palmyra-x5-v1:0.toml","lifecycle":"models.dev@f3fc692 providers/amazon-bedrock/models/writer.palmyra-x5-v1:0.toml (listed 2026-07-02); not in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)","release_date":"models.dev@f3fc692 providers/amazon-bedrock/models/writer.palmyra-x5-v1:0.toml"},"verified":"2026-12-01"},"xai.grok-4.3":{"id":"xai.grok-4.3","provider":"bedrock","display_name":"Grok 4.3","release_date":"2026-04-17","status":"production","context_window":1000000,"max_output_tokens":131072,"pricing":{"input":1.25,"output":2.5,"cached_input":0.2},"capabilities":{"input":["text","image"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":1,"reasoning":1,"basis":"tier"},"speed_rating":3.3,"notes":"Third-party model on Bedrock; score tier assigned by analogy to the tier rule.","sources":{"pricing":"models.dev@f3fc692 providers/amazon-bedrock/models/xai.grok-4.3.toml","limits":"models.dev@f3fc692 providers/amazon-bedrock/models/xai.grok-4.3.toml","capabilities":"models.dev@f3fc692 providers/amazon-bedrock/models/xai.grok-4.3.toml","lifecycle":"models.dev@f3fc692 providers/amazon-bedrock/models/xai.grok-4.3.toml (listed 2026-07-02); not in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)","release_date":"models.dev@f3fc692 providers/amazon-bedrock/models/xai.grok-4.3.toml"},"verified":"2026-12-01"},"zai.glm-4.7":{"id":"zai.glm-4.7","provider":"bedrock","display_name":"GLM-4.7","release_date":"2025-12-22","status":"production","context_window":204800,"max_output_tokens":131072,"pricing":{"input":0.6,"output":2.2},"capabilities":{"input":["text"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"notes":"Third-party model on Bedrock; score tier assigned by analogy to the tier rule. LiteLLM (2026-07-24) lists max_input_tokens 200000 / max_output_tokens 128000, while this entry follows models.dev (2026-07-02)\'s Bedrock limits (context 204800, output 131072).","sources":{"pricing":"models.dev@f3fc692 providers/amazon-bedrock/models/zai.glm-4.7.toml","limits":"models.dev@f3fc692 providers/amazon-bedrock/models/zai.glm-4.7.toml","capabilities":"models.dev@f3fc692 providers/amazon-bedrock/models/zai.glm-4.7.toml","lifecycle":"models.dev@f3fc692 providers/amazon-bedrock/models/zai.glm-4.7.toml (listed 2026-07-02); not in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)","release_date":"models.dev@f3fc692 providers/amazon-bedrock/models/zai.glm-4.7.toml"},"verified":"2026-12-01"},"zai.glm-4.7-flash":{"id":"zai.glm-4.7-flash","provider":"bedrock","display_name":"GLM-4.7-Flash","release_date":"2026-01-19","status":"production","context_window":200000,"max_output_tokens":131072,"pricing":{"input":0.07,"output":0.4},"capabilities":{"input":["text"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.6,"reasoning":0.6,"basis":"tier"},"speed_rating":10,"notes":"Third-party model on Bedrock; score tier assigned by analogy to the tier rule. LiteLLM (2026-07-24) lists max_output_tokens 128000, while this entry follows models.dev (2026-07-02)\'s 131072.","sources":{"pricing":"models.dev@f3fc692 providers/amazon-bedrock/models/zai.glm-4.7-flash.toml","limits":"models.dev@f3fc692 providers/amazon-bedrock/models/zai.glm-4.7-flash.toml","capabilities":"models.dev@f3fc692 providers/amazon-bedrock/models/zai.glm-4.7-flash.toml","lifecycle":"models.dev@f3fc692 providers/amazon-bedrock/models/zai.glm-4.7-flash.toml (listed 2026-07-02); not in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)","release_date":"models.dev@f3fc692 providers/amazon-bedrock/models/zai.glm-4.7-flash.toml"},"verified":"2026-12-01"},"zai.glm-5":{"id":"zai.glm-5","provider":"bedrock","display_name":"GLM-5","release_date":"2026-03-18","status":"production","context_window":202752,"max_output_tokens":101376,"pricing":{"input":1,"output":3.2},"capabilities":{"input":["text"],"output":["text"],"tool_calling":true,"structured_output":true,"reasoning":true},"scores":{"coding":0.8,"reasoning":0.8,"basis":"tier"},"speed_rating":6.7,"notes":"Third-party model on Bedrock; score tier assigned by analogy to the tier rule. LiteLLM (2026-07-24) lists max_input_tokens 200000 / max_output_tokens 128000, while this entry follows models.dev (2026-07-02)\'s Bedrock limits (context 202752, output 101376).","sources":{"pricing":"models.dev@f3fc692 providers/amazon-bedrock/models/zai.glm-5.toml","limits":"models.dev@f3fc692 providers/amazon-bedrock/models/zai.glm-5.toml","capabilities":"models.dev@f3fc692 providers/amazon-bedrock/models/zai.glm-5.toml","lifecycle":"models.dev@f3fc692 providers/amazon-bedrock/models/zai.glm-5.toml (listed 2026-07-02); not in awslabs/startups@31c1f17913774017cccffb93a7308997662575d8 advisor/plugins/aws-startup-advisor/skills/azure-to-aws/references/vendored/ai/ai-model-lifecycle.md (Bedrock Legacy/EOL table as of 2026-09-21, mirrors docs.aws.amazon.com model-lifecycle-legacy)","release_date":"models.dev@f3fc692 providers/amazon-bedrock/models/zai.glm-5.toml"},"verified":"2026-12-01"}}',
) as Record<string, unknown>;
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
  "azure-claude-3.5-sonnet": "azure/claude-3-5-sonnet",
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
   * `amazon.nova-2-pro-preview-20251202-v1:0`: Amazon Nova 2 Pro (Preview) (Bedrock): 1,000,000-token context, $2.1875 in / $17.50 out per 1M tokens, beta.
   */
  AMAZON_NOVA_2_PRO_PREVIEW_20251202_V1_0:
    "amazon.nova-2-pro-preview-20251202-v1:0",
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
   * `amazon.titan-text-express-v1`: Amazon Titan Text Express (Bedrock): 8,192-token context, $0.20 in / $0.60 out per 1M tokens, production.
   */
  AMAZON_TITAN_TEXT_EXPRESS_V1: "amazon.titan-text-express-v1",
  /**
   * `anthropic.claude-3-5-sonnet-20241022-v2:0`: Claude Sonnet 3.5 v2 (Bedrock): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.ANTHROPIC_CLAUDE_SONNET_5 instead (shuts down 2026-07-30).
   */
  ANTHROPIC_CLAUDE_3_5_SONNET_20241022_V2_0:
    "anthropic.claude-3-5-sonnet-20241022-v2:0",
  /**
   * `anthropic.claude-3-opus-20240229-v1:0`: Claude Opus 3 (Bedrock): 200,000-token context, $15.00 in / $75.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.ANTHROPIC_CLAUDE_OPUS_4_8 instead.
   */
  ANTHROPIC_CLAUDE_3_OPUS_20240229_V1_0:
    "anthropic.claude-3-opus-20240229-v1:0",
  /**
   * `anthropic.claude-fable-5`: Claude Fable 5 (Bedrock): 1,000,000-token context, $10.00 in / $50.00 out per 1M tokens, production.
   */
  ANTHROPIC_CLAUDE_FABLE_5: "anthropic.claude-fable-5",
  /**
   * `anthropic.claude-fable-5-1`: Claude Fable 5.1 (Bedrock): 1,000,000-token context, $10.00 in / $50.00 out per 1M tokens, production.
   */
  ANTHROPIC_CLAUDE_FABLE_5_1: "anthropic.claude-fable-5-1",
  /**
   * `anthropic.claude-haiku-4-5-20251001-v1:0`: Claude Haiku 4.5 (Bedrock): 200,000-token context, $1.00 in / $5.00 out per 1M tokens, production.
   */
  ANTHROPIC_CLAUDE_HAIKU_4_5_20251001_V1_0:
    "anthropic.claude-haiku-4-5-20251001-v1:0",
  /**
   * `anthropic.claude-opus-4-1-20250805-v1:0`: Claude Opus 4.1 (Bedrock): 200,000-token context, $15.00 in / $75.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.ANTHROPIC_CLAUDE_OPUS_4_8 instead (deprecated 2026-07-08, shuts down 2027-01-08).
   */
  ANTHROPIC_CLAUDE_OPUS_4_1_20250805_V1_0:
    "anthropic.claude-opus-4-1-20250805-v1:0",
  /**
   * `anthropic.claude-opus-4-5-20251101-v1:0`: Claude Opus 4.5 (Bedrock): 200,000-token context, $5.00 in / $25.00 out per 1M tokens, production.
   */
  ANTHROPIC_CLAUDE_OPUS_4_5_20251101_V1_0:
    "anthropic.claude-opus-4-5-20251101-v1:0",
  /**
   * `anthropic.claude-opus-4-6-v1`: Claude Opus 4.6 (Bedrock): 1,000,000-token context, $5.00 in / $25.00 out per 1M tokens, production.
   */
  ANTHROPIC_CLAUDE_OPUS_4_6_V1: "anthropic.claude-opus-4-6-v1",
  /**
   * `anthropic.claude-opus-4-7`: Claude Opus 4.7 (Bedrock): 1,000,000-token context, $5.00 in / $25.00 out per 1M tokens, production.
   */
  ANTHROPIC_CLAUDE_OPUS_4_7: "anthropic.claude-opus-4-7",
  /**
   * `anthropic.claude-opus-4-8`: Claude Opus 4.8 (Bedrock): 1,000,000-token context, $5.00 in / $25.00 out per 1M tokens, production.
   */
  ANTHROPIC_CLAUDE_OPUS_4_8: "anthropic.claude-opus-4-8",
  /**
   * `anthropic.claude-opus-5`: Claude Opus 5 (Bedrock): 1,000,000-token context, $5.00 in / $25.00 out per 1M tokens, production.
   */
  ANTHROPIC_CLAUDE_OPUS_5: "anthropic.claude-opus-5",
  /**
   * `anthropic.claude-opus-5-5`: Claude Opus 5.5 (Bedrock): 1,000,000-token context, $4.00 in / $20.00 out per 1M tokens, production.
   */
  ANTHROPIC_CLAUDE_OPUS_5_5: "anthropic.claude-opus-5-5",
  /**
   * `anthropic.claude-sonnet-4-5-20250929-v1:0`: Claude Sonnet 4.5 (Bedrock): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, production.
   */
  ANTHROPIC_CLAUDE_SONNET_4_5_20250929_V1_0:
    "anthropic.claude-sonnet-4-5-20250929-v1:0",
  /**
   * `anthropic.claude-sonnet-4-6`: Claude Sonnet 4.6 (Bedrock): 1,000,000-token context, $3.00 in / $15.00 out per 1M tokens, production.
   */
  ANTHROPIC_CLAUDE_SONNET_4_6: "anthropic.claude-sonnet-4-6",
  /**
   * `anthropic.claude-sonnet-5`: Claude Sonnet 5 (Bedrock): 1,000,000-token context, $2.00 in / $10.00 out per 1M tokens, production.
   */
  ANTHROPIC_CLAUDE_SONNET_5: "anthropic.claude-sonnet-5",
  /**
   * `anthropic.claude-sonnet-5-5`: Claude Sonnet 5.5 (Bedrock): 1,000,000-token context, $2.00 in / $10.00 out per 1M tokens, production.
   */
  ANTHROPIC_CLAUDE_SONNET_5_5: "anthropic.claude-sonnet-5-5",
  /**
   * `azure/claude-3-5-sonnet`: Claude Sonnet 3.5 (legacy registry row) (Azure OpenAI): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.CLAUDE_SONNET_4_6 instead (shuts down 2025-10-22).
   */
  AZURE_CLAUDE_3_5_SONNET: "azure/claude-3-5-sonnet",
  /**
   * `azure/gpt-4`: GPT-4 (Azure OpenAI): 8,192-token context, $30.00 in / $60.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.AZURE_GPT_5_6_SOL instead (deprecated 2025-06-06, shuts down 2025-06-06).
   */
  AZURE_GPT_4: "azure/gpt-4",
  /**
   * `azure/gpt-4-turbo`: GPT-4 Turbo (Azure OpenAI): 128,000-token context, $10.00 in / $30.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.AZURE_GPT_5_6_SOL instead (deprecated 2025-06-06, shuts down 2025-06-06).
   */
  AZURE_GPT_4_TURBO: "azure/gpt-4-turbo",
  /**
   * `azure/gpt-4.1`: GPT-4.1 (Azure OpenAI): 1,047,576-token context, $2.00 in / $8.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.AZURE_GPT_5_6_TERRA instead (deprecated 2026-04-14, shuts down 2027-04-14).
   */
  AZURE_GPT_4_1: "azure/gpt-4.1",
  /**
   * `azure/gpt-4.1-mini`: GPT-4.1 mini (Azure OpenAI): 1,047,576-token context, $0.40 in / $1.60 out per 1M tokens, deprecated.
   * @deprecated Use Models.AZURE_GPT_5_6_LUNA instead (deprecated 2026-04-14, shuts down 2027-04-14).
   */
  AZURE_GPT_4_1_MINI: "azure/gpt-4.1-mini",
  /**
   * `azure/gpt-4.1-nano`: GPT-4.1 nano (Azure OpenAI): 1,047,576-token context, $0.10 in / $0.40 out per 1M tokens, deprecated.
   * @deprecated Use Models.AZURE_GPT_6_LUNA instead (deprecated 2026-04-14, shuts down 2027-04-14).
   */
  AZURE_GPT_4_1_NANO: "azure/gpt-4.1-nano",
  /**
   * `azure/gpt-4o`: GPT-4o (Azure OpenAI): 128,000-token context, $2.50 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.AZURE_GPT_5_6_SOL instead (deprecated 2025-11-20, shuts down 2027-04-14).
   */
  AZURE_GPT_4O: "azure/gpt-4o",
  /**
   * `azure/gpt-4o-mini`: GPT-4o mini (Azure OpenAI): 128,000-token context, $0.15 in / $0.60 out per 1M tokens, deprecated.
   * @deprecated Use Models.AZURE_GPT_6_LUNA instead (deprecated 2025-07-18, shuts down 2027-04-14).
   */
  AZURE_GPT_4O_MINI: "azure/gpt-4o-mini",
  /**
   * `azure/gpt-5`: GPT-5 (Azure OpenAI): 400,000-token context, $1.25 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.AZURE_GPT_5_6_SOL instead (deprecated 2026-08-07, shuts down 2027-02-09).
   */
  AZURE_GPT_5: "azure/gpt-5",
  /**
   * `azure/gpt-5-codex`: GPT-5 Codex (Azure OpenAI): 400,000-token context, $1.25 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.AZURE_GPT_5_3_CODEX instead (deprecated 2026-09-15, shuts down 2027-03-17).
   */
  AZURE_GPT_5_CODEX: "azure/gpt-5-codex",
  /**
   * `azure/gpt-5-mini`: GPT-5 mini (Azure OpenAI): 400,000-token context, $0.25 in / $2.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.AZURE_GPT_5_6_TERRA instead (deprecated 2026-08-07, shuts down 2027-02-09).
   */
  AZURE_GPT_5_MINI: "azure/gpt-5-mini",
  /**
   * `azure/gpt-5-nano`: GPT-5 nano (Azure OpenAI): 400,000-token context, $0.05 in / $0.40 out per 1M tokens, deprecated.
   * @deprecated Use Models.AZURE_GPT_5_6_LUNA instead (deprecated 2026-08-07, shuts down 2027-02-09).
   */
  AZURE_GPT_5_NANO: "azure/gpt-5-nano",
  /**
   * `azure/gpt-5-pro`: GPT-5 Pro (Azure OpenAI): 400,000-token context, $15.00 in / $120.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.AZURE_GPT_5_4_PRO instead (deprecated 2026-10-06, shuts down 2027-04-07).
   */
  AZURE_GPT_5_PRO: "azure/gpt-5-pro",
  /**
   * `azure/gpt-5.1`: GPT-5.1 (Azure OpenAI): 400,000-token context, $1.25 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.AZURE_GPT_5_6_SOL instead (deprecated 2026-11-13, shuts down 2027-05-15).
   */
  AZURE_GPT_5_1: "azure/gpt-5.1",
  /**
   * `azure/gpt-5.1-codex`: GPT-5.1 Codex (Azure OpenAI): 400,000-token context, $1.25 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.AZURE_GPT_5_3_CODEX instead (deprecated 2026-11-13, shuts down 2027-05-15).
   */
  AZURE_GPT_5_1_CODEX: "azure/gpt-5.1-codex",
  /**
   * `azure/gpt-5.1-codex-max`: GPT-5.1 Codex Max (Azure OpenAI): 400,000-token context, $1.25 in / $10.00 out per 1M tokens, production.
   */
  AZURE_GPT_5_1_CODEX_MAX: "azure/gpt-5.1-codex-max",
  /**
   * `azure/gpt-5.1-codex-mini`: GPT-5.1 Codex mini (Azure OpenAI): 400,000-token context, $0.25 in / $2.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.AZURE_GPT_5_6_TERRA instead (deprecated 2026-11-13, shuts down 2027-05-15).
   */
  AZURE_GPT_5_1_CODEX_MINI: "azure/gpt-5.1-codex-mini",
  /**
   * `azure/gpt-5.2`: GPT-5.2 (Azure OpenAI): 400,000-token context, $1.75 in / $14.00 out per 1M tokens, production.
   */
  AZURE_GPT_5_2: "azure/gpt-5.2",
  /**
   * `azure/gpt-5.2-codex`: GPT-5.2 Codex (Azure OpenAI): 400,000-token context, $1.75 in / $14.00 out per 1M tokens, production.
   */
  AZURE_GPT_5_2_CODEX: "azure/gpt-5.2-codex",
  /**
   * `azure/gpt-5.3-codex`: GPT-5.3 Codex (Azure OpenAI): 400,000-token context, $1.75 in / $14.00 out per 1M tokens, production.
   */
  AZURE_GPT_5_3_CODEX: "azure/gpt-5.3-codex",
  /**
   * `azure/gpt-5.4`: GPT-5.4 (Azure OpenAI): 1,050,000-token context, $2.50 in / $15.00 out per 1M tokens, production.
   */
  AZURE_GPT_5_4: "azure/gpt-5.4",
  /**
   * `azure/gpt-5.4-mini`: GPT-5.4 mini (Azure OpenAI): 400,000-token context, $0.75 in / $4.50 out per 1M tokens, production.
   */
  AZURE_GPT_5_4_MINI: "azure/gpt-5.4-mini",
  /**
   * `azure/gpt-5.4-nano`: GPT-5.4 nano (Azure OpenAI): 400,000-token context, $0.20 in / $1.25 out per 1M tokens, production.
   */
  AZURE_GPT_5_4_NANO: "azure/gpt-5.4-nano",
  /**
   * `azure/gpt-5.4-pro`: GPT-5.4 Pro (Azure OpenAI): 1,050,000-token context, $30.00 in / $180.00 out per 1M tokens, production.
   */
  AZURE_GPT_5_4_PRO: "azure/gpt-5.4-pro",
  /**
   * `azure/gpt-5.5`: GPT-5.5 (Azure OpenAI): 1,050,000-token context, $5.00 in / $30.00 out per 1M tokens, production.
   */
  AZURE_GPT_5_5: "azure/gpt-5.5",
  /**
   * `azure/gpt-5.6-luna`: GPT-5.6 Luna (Azure OpenAI): 1,050,000-token context, $0.20 in / $1.20 out per 1M tokens, production.
   */
  AZURE_GPT_5_6_LUNA: "azure/gpt-5.6-luna",
  /**
   * `azure/gpt-5.6-sol`: GPT-5.6 Sol (Azure OpenAI): 1,050,000-token context, $4.00 in / $20.00 out per 1M tokens, production.
   */
  AZURE_GPT_5_6_SOL: "azure/gpt-5.6-sol",
  /**
   * `azure/gpt-5.6-terra`: GPT-5.6 Terra (Azure OpenAI): 1,050,000-token context, $2.00 in / $12.00 out per 1M tokens, production.
   */
  AZURE_GPT_5_6_TERRA: "azure/gpt-5.6-terra",
  /**
   * `azure/gpt-6-astra`: GPT-6 Astra (Azure OpenAI): 1,050,000-token context, $10.00 in / $50.00 out per 1M tokens, production.
   */
  AZURE_GPT_6_ASTRA: "azure/gpt-6-astra",
  /**
   * `azure/gpt-6-luna`: GPT-6 Luna (Azure OpenAI): 1,050,000-token context, $0.10 in / $0.50 out per 1M tokens, production.
   */
  AZURE_GPT_6_LUNA: "azure/gpt-6-luna",
  /**
   * `azure/gpt-6-sol`: GPT-6 Sol (Azure OpenAI): 1,050,000-token context, $2.00 in / $10.00 out per 1M tokens, production.
   */
  AZURE_GPT_6_SOL: "azure/gpt-6-sol",
  /**
   * `azure/gpt-6.1-sol`: GPT-6.1 Sol (Azure OpenAI): 1,050,000-token context, $2.00 in / $10.00 out per 1M tokens, production.
   */
  AZURE_GPT_6_1_SOL: "azure/gpt-6.1-sol",
  /**
   * `azure/gpt-chat-latest`: GPT chat-latest (Azure OpenAI): 400,000-token context, $5.00 in / $30.00 out per 1M tokens, beta.
   */
  AZURE_GPT_CHAT_LATEST: "azure/gpt-chat-latest",
  /**
   * `azure/o3`: o3 (Azure OpenAI): 200,000-token context, $2.00 in / $8.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.AZURE_GPT_5_6_SOL instead (deprecated 2026-04-16, shuts down 2026-10-21).
   */
  AZURE_O3: "azure/o3",
  /**
   * `azure/o3-pro`: o3-pro (Azure OpenAI): 200,000-token context, $20.00 in / $80.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.AZURE_GPT_5_6_SOL instead (deprecated 2026-06-10, shuts down 2026-12-17).
   */
  AZURE_O3_PRO: "azure/o3-pro",
  /**
   * `azure/o4-mini`: o4-mini (Azure OpenAI): 200,000-token context, $1.10 in / $4.40 out per 1M tokens, deprecated.
   * @deprecated Use Models.AZURE_GPT_5_6_TERRA instead (deprecated 2026-04-16, shuts down 2026-10-16).
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
   * `claude-3-haiku`: Claude Haiku 3 (Anthropic): 200,000-token context, $0.25 in / $1.25 out per 1M tokens, deprecated.
   * @deprecated Use Models.CLAUDE_HAIKU_4_5 instead (shuts down 2026-04-19).
   */
  CLAUDE_3_HAIKU: "claude-3-haiku",
  /**
   * `claude-3-opus`: Claude Opus 3 (Anthropic): 200,000-token context, $15.00 in / $75.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.CLAUDE_OPUS_4_7 instead (deprecated 2025-06-30, shuts down 2026-01-05).
   */
  CLAUDE_3_OPUS: "claude-3-opus",
  /**
   * `claude-fable-5`: Claude Fable 5 (Anthropic): 1,000,000-token context, $10.00 in / $50.00 out per 1M tokens, production.
   */
  CLAUDE_FABLE_5: "claude-fable-5",
  /**
   * `claude-fable-5-1`: Claude Fable 5.1 (Anthropic): 1,000,000-token context, $10.00 in / $50.00 out per 1M tokens, production.
   */
  CLAUDE_FABLE_5_1: "claude-fable-5-1",
  /**
   * `claude-fable-5-2`: Claude Fable 5.2 (Anthropic): 1,000,000-token context, $8.00 in / $40.00 out per 1M tokens, production.
   */
  CLAUDE_FABLE_5_2: "claude-fable-5-2",
  /**
   * `claude-haiku-4-5`: Claude Haiku 4.5 (Anthropic): 200,000-token context, $1.00 in / $5.00 out per 1M tokens, production.
   */
  CLAUDE_HAIKU_4_5: "claude-haiku-4-5",
  /**
   * `claude-haiku-5-5`: Claude Haiku 5.5 (Anthropic): 1,000,000-token context, $0.10 in / $0.50 out per 1M tokens, production.
   */
  CLAUDE_HAIKU_5_5: "claude-haiku-5-5",
  /**
   * `claude-opus-4`: Claude Opus 4 (Anthropic): 200,000-token context, $15.00 in / $75.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.CLAUDE_OPUS_4_8 instead (deprecated 2026-04-14, shuts down 2026-06-15).
   */
  CLAUDE_OPUS_4: "claude-opus-4",
  /**
   * `claude-opus-4-1`: Claude Opus 4.1 (Anthropic): 200,000-token context, $15.00 in / $75.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.CLAUDE_OPUS_4_8 instead (deprecated 2026-06-05, shuts down 2026-08-05).
   */
  CLAUDE_OPUS_4_1: "claude-opus-4-1",
  /**
   * `claude-opus-4-5`: Claude Opus 4.5 (Anthropic): 200,000-token context, $5.00 in / $25.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.CLAUDE_OPUS_5_5 instead (deprecated 2026-11-23, shuts down 2027-01-22).
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
   * `claude-opus-5-5`: Claude Opus 5.5 (Anthropic): 1,000,000-token context, $4.00 in / $20.00 out per 1M tokens, production.
   */
  CLAUDE_OPUS_5_5: "claude-opus-5-5",
  /**
   * `claude-sonnet-4`: Claude Sonnet 4 (Anthropic): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.CLAUDE_SONNET_4_6 instead (deprecated 2026-04-14, shuts down 2026-06-15).
   */
  CLAUDE_SONNET_4: "claude-sonnet-4",
  /**
   * `claude-sonnet-4-5`: Claude Sonnet 4.5 (Anthropic): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.CLAUDE_SONNET_5_5 instead (deprecated 2026-09-30, shuts down 2026-11-30).
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
   * `claude-sonnet-5-5`: Claude Sonnet 5.5 (Anthropic): 1,000,000-token context, $2.00 in / $10.00 out per 1M tokens, production.
   */
  CLAUDE_SONNET_5_5: "claude-sonnet-5-5",
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
   * `deepseek.r1-v1:0`: DeepSeek R1 (Bedrock): 128,000-token context, $1.35 in / $5.40 out per 1M tokens, production.
   */
  DEEPSEEK_R1_V1_0: "deepseek.r1-v1:0",
  /**
   * `deepseek.v3-v1:0`: DeepSeek V3.1 (Bedrock): 163,840-token context, $0.58 in / $1.68 out per 1M tokens, production.
   */
  DEEPSEEK_V3_V1_0: "deepseek.v3-v1:0",
  /**
   * `deepseek.v3.2`: DeepSeek V3.2 (Bedrock): 163,840-token context, $0.62 in / $1.85 out per 1M tokens, production.
   */
  DEEPSEEK_V3_2: "deepseek.v3.2",
  /**
   * `dial-claude-opus-4`: Claude Opus 4 (DIAL): 200,000-token context, $15.00 in / $75.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.DIAL_CLAUDE_OPUS_4_8 instead (deprecated 2026-04-14, shuts down 2026-06-15).
   */
  DIAL_CLAUDE_OPUS_4: "dial-claude-opus-4",
  /**
   * `dial-claude-opus-4-5`: Claude Opus 4.5 (DIAL): 200,000-token context, $5.00 in / $25.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.DIAL_CLAUDE_OPUS_4_8 instead (deprecated 2026-11-23, shuts down 2027-01-22).
   */
  DIAL_CLAUDE_OPUS_4_5: "dial-claude-opus-4-5",
  /**
   * `dial-claude-opus-4-8`: Claude Opus 4.8 (DIAL): 1,000,000-token context, $5.00 in / $25.00 out per 1M tokens, production.
   */
  DIAL_CLAUDE_OPUS_4_8: "dial-claude-opus-4-8",
  /**
   * `dial-claude-sonnet-4`: Claude Sonnet 4 (DIAL): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.DIAL_CLAUDE_SONNET_4_6 instead (deprecated 2026-04-14, shuts down 2026-06-15).
   */
  DIAL_CLAUDE_SONNET_4: "dial-claude-sonnet-4",
  /**
   * `dial-claude-sonnet-4-5`: Claude Sonnet 4.5 (DIAL): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.DIAL_CLAUDE_SONNET_4_6 instead (deprecated 2026-09-30, shuts down 2026-11-30).
   */
  DIAL_CLAUDE_SONNET_4_5: "dial-claude-sonnet-4-5",
  /**
   * `dial-claude-sonnet-4-6`: Claude Sonnet 4.6 (DIAL): 1,000,000-token context, $3.00 in / $15.00 out per 1M tokens, production.
   */
  DIAL_CLAUDE_SONNET_4_6: "dial-claude-sonnet-4-6",
  /**
   * `dial-gemini-2.5-pro`: Gemini 2.5 Pro (DIAL): 1,114,112-token context, $1.25 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.DIAL_GEMINI_3_1_PRO_PREVIEW instead (shuts down 2026-12-01).
   */
  DIAL_GEMINI_2_5_PRO: "dial-gemini-2.5-pro",
  /**
   * `dial-gemini-3.1-pro-preview`: Gemini 3.1 Pro Preview (DIAL): 1,114,112-token context, $2.00 in / $12.00 out per 1M tokens, beta.
   */
  DIAL_GEMINI_3_1_PRO_PREVIEW: "dial-gemini-3.1-pro-preview",
  /**
   * `dial-gpt-4.1`: GPT-4.1 (DIAL): 1,047,576-token context, $2.00 in / $8.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.DIAL_GPT_5_4 instead (deprecated 2026-10-14, shuts down 2027-01-14).
   */
  DIAL_GPT_4_1: "dial-gpt-4.1",
  /**
   * `dial-gpt-5.4`: GPT-5.4 (DIAL): 1,050,000-token context, $2.50 in / $15.00 out per 1M tokens, production.
   */
  DIAL_GPT_5_4: "dial-gpt-5.4",
  /**
   * `gemini-1.5-flash`: Gemini 1.5 Flash (Google): 1,056,768-token context, $0.075 in / $0.30 out per 1M tokens, deprecated.
   * @deprecated Use Models.GEMINI_3_5_FLASH_LITE instead (shuts down 2025-09-24).
   */
  GEMINI_1_5_FLASH: "gemini-1.5-flash",
  /**
   * `gemini-1.5-pro`: Gemini 1.5 Pro (Google): 2,105,344-token context, $1.25 in / $5.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GEMINI_3_8_FLASH instead (shuts down 2025-09-24).
   */
  GEMINI_1_5_PRO: "gemini-1.5-pro",
  /**
   * `gemini-2.0-flash`: Gemini 2.0 Flash (Google): 1,056,768-token context, $0.10 in / $0.40 out per 1M tokens, deprecated.
   * @deprecated Use Models.GEMINI_3_1_FLASH_LITE instead (deprecated 2026-02-18, shuts down 2026-06-01).
   */
  GEMINI_2_0_FLASH: "gemini-2.0-flash",
  /**
   * `gemini-2.0-flash-lite`: Gemini 2.0 Flash-Lite (Google): 1,056,768-token context, $0.075 in / $0.30 out per 1M tokens, deprecated.
   * @deprecated Use Models.GEMINI_3_1_FLASH_LITE instead (deprecated 2026-02-18, shuts down 2026-06-01).
   */
  GEMINI_2_0_FLASH_LITE: "gemini-2.0-flash-lite",
  /**
   * `gemini-2.0-pro`: Gemini 2.0 Pro (experimental) (Google): 2,105,344-token context, $0.00 in / $0.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GEMINI_3_8_FLASH instead (deprecated 2025-03-25).
   */
  GEMINI_2_0_PRO: "gemini-2.0-pro",
  /**
   * `gemini-2.5-flash`: Gemini 2.5 Flash (Google): 1,114,112-token context, $0.30 in / $2.50 out per 1M tokens, deprecated.
   * @deprecated Use Models.GEMINI_3_5_FLASH_LITE instead (shuts down 2026-12-01).
   */
  GEMINI_2_5_FLASH: "gemini-2.5-flash",
  /**
   * `gemini-2.5-flash-lite`: Gemini 2.5 Flash-Lite (Google): 1,114,112-token context, $0.10 in / $0.40 out per 1M tokens, production.
   */
  GEMINI_2_5_FLASH_LITE: "gemini-2.5-flash-lite",
  /**
   * `gemini-2.5-pro`: Gemini 2.5 Pro (Google): 1,114,112-token context, $1.25 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GEMINI_3_8_FLASH instead (shuts down 2026-12-01).
   */
  GEMINI_2_5_PRO: "gemini-2.5-pro",
  /**
   * `gemini-3-flash-preview`: Gemini 3 Flash (preview) (Google): 1,114,112-token context, $0.50 in / $3.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GEMINI_3_6_FLASH instead.
   */
  GEMINI_3_FLASH_PREVIEW: "gemini-3-flash-preview",
  /**
   * `gemini-3-pro-preview`: Gemini 3 Pro (preview) (Google): 1,114,112-token context, $2.00 in / $12.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GEMINI_3_1_PRO_PREVIEW instead (shuts down 2026-03-09).
   */
  GEMINI_3_PRO_PREVIEW: "gemini-3-pro-preview",
  /**
   * `gemini-3.1-flash-lite`: Gemini 3.1 Flash-Lite (Google): 1,114,112-token context, $0.25 in / $1.50 out per 1M tokens, production.
   */
  GEMINI_3_1_FLASH_LITE: "gemini-3.1-flash-lite",
  /**
   * `gemini-3.1-pro-preview`: Gemini 3.1 Pro (preview) (Google): 1,114,112-token context, $2.00 in / $12.00 out per 1M tokens, beta.
   */
  GEMINI_3_1_PRO_PREVIEW: "gemini-3.1-pro-preview",
  /**
   * `gemini-3.1-pro-preview-customtools`: Gemini 3.1 Pro Custom Tools (preview) (Google): 1,114,112-token context, $2.00 in / $12.00 out per 1M tokens, beta.
   */
  GEMINI_3_1_PRO_PREVIEW_CUSTOMTOOLS: "gemini-3.1-pro-preview-customtools",
  /**
   * `gemini-3.5-flash`: Gemini 3.5 Flash (Google): 1,114,112-token context, $1.50 in / $9.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GEMINI_3_6_FLASH instead (deprecated 2026-10-08).
   */
  GEMINI_3_5_FLASH: "gemini-3.5-flash",
  /**
   * `gemini-3.5-flash-lite`: Gemini 3.5 Flash-Lite (Google): 1,114,112-token context, $0.30 in / $2.50 out per 1M tokens, production.
   */
  GEMINI_3_5_FLASH_LITE: "gemini-3.5-flash-lite",
  /**
   * `gemini-3.6-flash`: Gemini 3.6 Flash (Google): 1,114,112-token context, $1.50 in / $7.50 out per 1M tokens, production.
   */
  GEMINI_3_6_FLASH: "gemini-3.6-flash",
  /**
   * `gemini-3.7-flash`: Gemini 3.7 Flash (Google): 1,114,112-token context, $1.50 in / $7.50 out per 1M tokens, deprecated.
   * @deprecated Use Models.GEMINI_3_8_FLASH instead (deprecated 2026-10-08).
   */
  GEMINI_3_7_FLASH: "gemini-3.7-flash",
  /**
   * `gemini-3.8-flash`: Gemini 3.8 Flash (Google): 1,114,112-token context, $1.50 in / $7.50 out per 1M tokens, production.
   */
  GEMINI_3_8_FLASH: "gemini-3.8-flash",
  /**
   * `gemini-4-argon`: Gemini 4 Argon (Google): 1,048,576-token context, $4.00 in / $20.00 out per 1M tokens, production.
   */
  GEMINI_4_ARGON: "gemini-4-argon",
  /**
   * `gemini-4-carbon`: Gemini 4 Carbon (Google): 1,048,576-token context, $4.00 in / $20.00 out per 1M tokens, production.
   */
  GEMINI_4_CARBON: "gemini-4-carbon",
  /**
   * `gemini-4-hydrogen`: Gemini 4 Hydrogen (Google): 1,048,576-token context, $1.50 in / $7.50 out per 1M tokens, production.
   */
  GEMINI_4_HYDROGEN: "gemini-4-hydrogen",
  /**
   * `gemini-4-neon`: Gemini 4 Neon (Google): 1,048,576-token context, $3.00 in / $15.00 out per 1M tokens, production.
   */
  GEMINI_4_NEON: "gemini-4-neon",
  /**
   * `gemma-4-26b-a4b-it`: Gemma 4 26B A4B (Google): 262,144-token context, $0.00 in / $0.00 out per 1M tokens, production.
   */
  GEMMA_4_26B_A4B_IT: "gemma-4-26b-a4b-it",
  /**
   * `gemma-4-31b-it`: Gemma 4 31B (Google): 262,144-token context, $0.00 in / $0.00 out per 1M tokens, production.
   */
  GEMMA_4_31B_IT: "gemma-4-31b-it",
  /**
   * `gemma:7b`: gemma:7b (Ollama): 8,192-token context, $0.00 in / $0.00 out per 1M tokens, production.
   */
  GEMMA_7B: "gemma:7b",
  /**
   * `google.gemma-3-12b-it`: Gemma 3 12B (Bedrock): 128,000-token context, $0.09 in / $0.29 out per 1M tokens, production.
   */
  GOOGLE_GEMMA_3_12B_IT: "google.gemma-3-12b-it",
  /**
   * `google.gemma-3-27b-it`: Gemma 3 27B (Bedrock): 128,000-token context, $0.23 in / $0.38 out per 1M tokens, production.
   */
  GOOGLE_GEMMA_3_27B_IT: "google.gemma-3-27b-it",
  /**
   * `google.gemma-3-4b-it`: Gemma 3 4B (Bedrock): 128,000-token context, $0.04 in / $0.08 out per 1M tokens, production.
   */
  GOOGLE_GEMMA_3_4B_IT: "google.gemma-3-4b-it",
  /**
   * `gpt-3.5-turbo`: GPT-3.5 Turbo (OpenAI): 16,385-token context, $0.50 in / $1.50 out per 1M tokens, deprecated.
   * @deprecated Use Models.GPT_5_6_TERRA instead (deprecated 2026-04-22, shuts down 2026-10-23).
   */
  GPT_3_5_TURBO: "gpt-3.5-turbo",
  /**
   * `gpt-4`: GPT-4 (OpenAI): 8,192-token context, $30.00 in / $60.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GPT_5_6 instead (deprecated 2026-04-22, shuts down 2026-10-23).
   */
  GPT_4: "gpt-4",
  /**
   * `gpt-4-turbo`: GPT-4 Turbo (OpenAI): 128,000-token context, $10.00 in / $30.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GPT_5_6 instead (deprecated 2026-04-22, shuts down 2026-10-23).
   */
  GPT_4_TURBO: "gpt-4-turbo",
  /**
   * `gpt-4.1`: GPT-4.1 (OpenAI): 1,047,576-token context, $2.00 in / $8.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GPT_6_LUNA instead (deprecated 2026-10-14, shuts down 2027-01-14).
   */
  GPT_4_1: "gpt-4.1",
  /**
   * `gpt-4.1-mini`: GPT-4.1 mini (OpenAI): 1,047,576-token context, $0.40 in / $1.60 out per 1M tokens, deprecated.
   * @deprecated Use Models.GPT_6_LUNA instead (deprecated 2026-10-14, shuts down 2027-01-14).
   */
  GPT_4_1_MINI: "gpt-4.1-mini",
  /**
   * `gpt-4.1-nano`: GPT-4.1 nano (OpenAI): 1,047,576-token context, $0.10 in / $0.40 out per 1M tokens, deprecated.
   * @deprecated Use Models.GPT_5_6_LUNA instead (deprecated 2026-04-22, shuts down 2026-10-23).
   */
  GPT_4_1_NANO: "gpt-4.1-nano",
  /**
   * `gpt-4o`: GPT-4o (OpenAI): 128,000-token context, $2.50 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GPT_6_LUNA instead (deprecated 2026-10-14, shuts down 2027-01-14).
   */
  GPT_4O: "gpt-4o",
  /**
   * `gpt-4o-mini`: GPT-4o mini (OpenAI): 128,000-token context, $0.15 in / $0.60 out per 1M tokens, deprecated.
   * @deprecated Use Models.GPT_6_LUNA instead (deprecated 2026-10-14, shuts down 2027-01-14).
   */
  GPT_4O_MINI: "gpt-4o-mini",
  /**
   * `gpt-5`: GPT-5 (OpenAI): 400,000-token context, $1.25 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GPT_6_1_SOL instead (deprecated 2026-06-11, shuts down 2026-12-11).
   */
  GPT_5: "gpt-5",
  /**
   * `gpt-5-mini`: GPT-5 mini (OpenAI): 400,000-token context, $0.25 in / $2.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GPT_6_1_TERRA instead (deprecated 2026-06-11, shuts down 2026-12-11).
   */
  GPT_5_MINI: "gpt-5-mini",
  /**
   * `gpt-5-nano`: GPT-5 nano (OpenAI): 400,000-token context, $0.05 in / $0.40 out per 1M tokens, deprecated.
   * @deprecated Use Models.GPT_6_LUNA instead (deprecated 2026-06-11, shuts down 2026-12-11).
   */
  GPT_5_NANO: "gpt-5-nano",
  /**
   * `gpt-5-pro`: GPT-5 Pro (OpenAI): 400,000-token context, $15.00 in / $120.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GPT_6_1_SOL instead (deprecated 2026-06-11, shuts down 2026-12-11).
   */
  GPT_5_PRO: "gpt-5-pro",
  /**
   * `gpt-5.1`: GPT-5.1 (OpenAI): 400,000-token context, $1.25 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GPT_6_2_SOL instead (shuts down 2027-04-01).
   */
  GPT_5_1: "gpt-5.1",
  /**
   * `gpt-5.2`: GPT-5.2 (OpenAI): 400,000-token context, $1.75 in / $14.00 out per 1M tokens, production.
   */
  GPT_5_2: "gpt-5.2",
  /**
   * `gpt-5.2-pro`: GPT-5.2 Pro (OpenAI): 400,000-token context, $21.00 in / $168.00 out per 1M tokens, production.
   */
  GPT_5_2_PRO: "gpt-5.2-pro",
  /**
   * `gpt-5.4`: GPT-5.4 (OpenAI): 1,050,000-token context, $2.50 in / $15.00 out per 1M tokens, production.
   */
  GPT_5_4: "gpt-5.4",
  /**
   * `gpt-5.4-mini`: GPT-5.4 mini (OpenAI): 400,000-token context, $0.75 in / $4.50 out per 1M tokens, production.
   */
  GPT_5_4_MINI: "gpt-5.4-mini",
  /**
   * `gpt-5.4-nano`: GPT-5.4 nano (OpenAI): 400,000-token context, $0.20 in / $1.25 out per 1M tokens, deprecated.
   * @deprecated Use Models.GPT_6_LUNA instead (shuts down 2027-04-01).
   */
  GPT_5_4_NANO: "gpt-5.4-nano",
  /**
   * `gpt-5.4-pro`: GPT-5.4 Pro (OpenAI): 1,050,000-token context, $30.00 in / $180.00 out per 1M tokens, production.
   */
  GPT_5_4_PRO: "gpt-5.4-pro",
  /**
   * `gpt-5.5`: GPT-5.5 (OpenAI): 1,050,000-token context, $5.00 in / $30.00 out per 1M tokens, production.
   */
  GPT_5_5: "gpt-5.5",
  /**
   * `gpt-5.5-pro`: GPT-5.5 Pro (OpenAI): 1,050,000-token context, $30.00 in / $180.00 out per 1M tokens, production.
   */
  GPT_5_5_PRO: "gpt-5.5-pro",
  /**
   * `gpt-5.6`: GPT-5.6 Sol (OpenAI): 1,050,000-token context, $4.00 in / $20.00 out per 1M tokens, production.
   */
  GPT_5_6: "gpt-5.6",
  /**
   * `gpt-5.6-luna`: GPT-5.6 Luna (OpenAI): 1,050,000-token context, $0.20 in / $1.20 out per 1M tokens, production.
   */
  GPT_5_6_LUNA: "gpt-5.6-luna",
  /**
   * `gpt-5.6-terra`: GPT-5.6 Terra (OpenAI): 1,050,000-token context, $2.00 in / $12.00 out per 1M tokens, production.
   */
  GPT_5_6_TERRA: "gpt-5.6-terra",
  /**
   * `gpt-6-astra`: GPT-6 Astra (OpenAI): 1,050,000-token context, $10.00 in / $50.00 out per 1M tokens, production.
   */
  GPT_6_ASTRA: "gpt-6-astra",
  /**
   * `gpt-6-luna`: GPT-6 Luna (OpenAI): 1,050,000-token context, $0.10 in / $0.50 out per 1M tokens, production.
   */
  GPT_6_LUNA: "gpt-6-luna",
  /**
   * `gpt-6-sol`: GPT-6 Sol (OpenAI): 1,050,000-token context, $2.00 in / $10.00 out per 1M tokens, production.
   */
  GPT_6_SOL: "gpt-6-sol",
  /**
   * `gpt-6.1-sol`: GPT-6.1 Sol (OpenAI): 1,050,000-token context, $2.00 in / $10.00 out per 1M tokens, production.
   */
  GPT_6_1_SOL: "gpt-6.1-sol",
  /**
   * `gpt-6.1-terra`: GPT-6.1 Terra (OpenAI): 1,050,000-token context, $1.00 in / $5.00 out per 1M tokens, production.
   */
  GPT_6_1_TERRA: "gpt-6.1-terra",
  /**
   * `gpt-6.2-astra`: GPT-6.2 Astra (OpenAI): 1,050,000-token context, $8.00 in / $40.00 out per 1M tokens, production.
   */
  GPT_6_2_ASTRA: "gpt-6.2-astra",
  /**
   * `gpt-6.2-sol`: GPT-6.2 Sol (OpenAI): 1,050,000-token context, $2.00 in / $10.00 out per 1M tokens, production.
   */
  GPT_6_2_SOL: "gpt-6.2-sol",
  /**
   * `gpt-oss:120b`: gpt-oss:120b (Ollama): 131,072-token context, $0.00 in / $0.00 out per 1M tokens, production.
   */
  GPT_OSS_120B: "gpt-oss:120b",
  /**
   * `gpt-oss:20b`: gpt-oss:20b (Ollama): 131,072-token context, $0.00 in / $0.00 out per 1M tokens, production.
   */
  GPT_OSS_20B: "gpt-oss:20b",
  /**
   * `grok-2-vision-1212`: Grok 2 Vision (xAI): 32,768-token context, $2.00 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GROK_4_3 instead (shuts down 2026-02-28).
   */
  GROK_2_VISION_1212: "grok-2-vision-1212",
  /**
   * `grok-3`: Grok 3 (xAI): 131,072-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GROK_4_3 instead (deprecated 2026-05-06, shuts down 2026-05-15).
   */
  GROK_3: "grok-3",
  /**
   * `grok-3-mini`: Grok 3 mini (xAI): 131,072-token context, $0.30 in / $0.50 out per 1M tokens, deprecated.
   * @deprecated Use Models.GROK_4_3 instead (shuts down 2026-02-28).
   */
  GROK_3_MINI: "grok-3-mini",
  /**
   * `grok-4`: Grok 4 (xAI): 256,000-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GROK_4_5 instead (deprecated 2026-05-06, shuts down 2026-05-15).
   */
  GROK_4: "grok-4",
  /**
   * `grok-4-1-fast-non-reasoning`: Grok 4.1 Fast (non-reasoning) (xAI): 2,000,000-token context, $0.20 in / $0.50 out per 1M tokens, deprecated.
   * @deprecated Use Models.GROK_4_20_0309_NON_REASONING instead (deprecated 2026-05-06, shuts down 2026-05-15).
   */
  GROK_4_1_FAST_NON_REASONING: "grok-4-1-fast-non-reasoning",
  /**
   * `grok-4-1-fast-reasoning`: Grok 4.1 Fast (reasoning) (xAI): 2,000,000-token context, $0.20 in / $0.50 out per 1M tokens, deprecated.
   * @deprecated Use Models.GROK_4_3 instead (deprecated 2026-05-06, shuts down 2026-05-15).
   */
  GROK_4_1_FAST_REASONING: "grok-4-1-fast-reasoning",
  /**
   * `grok-4-fast-non-reasoning`: Grok 4 Fast (non-reasoning) (xAI): 2,000,000-token context, $0.20 in / $0.50 out per 1M tokens, deprecated.
   * @deprecated Use Models.GROK_4_20_0309_NON_REASONING instead (deprecated 2026-05-06, shuts down 2026-05-15).
   */
  GROK_4_FAST_NON_REASONING: "grok-4-fast-non-reasoning",
  /**
   * `grok-4-fast-reasoning`: Grok 4 Fast (reasoning) (xAI): 2,000,000-token context, $0.20 in / $0.50 out per 1M tokens, deprecated.
   * @deprecated Use Models.GROK_4_3 instead (deprecated 2026-05-06, shuts down 2026-05-15).
   */
  GROK_4_FAST_REASONING: "grok-4-fast-reasoning",
  /**
   * `grok-4.20-0309-non-reasoning`: Grok 4.20 (non-reasoning) (xAI): 1,000,000-token context, $1.25 in / $2.50 out per 1M tokens, production.
   */
  GROK_4_20_0309_NON_REASONING: "grok-4.20-0309-non-reasoning",
  /**
   * `grok-4.20-0309-reasoning`: Grok 4.20 (reasoning) (xAI): 1,000,000-token context, $1.25 in / $2.50 out per 1M tokens, production.
   */
  GROK_4_20_0309_REASONING: "grok-4.20-0309-reasoning",
  /**
   * `grok-4.20-multi-agent-0309`: Grok 4.20 Multi-Agent (xAI): 1,000,000-token context, $2.00 in / $6.00 out per 1M tokens, production.
   */
  GROK_4_20_MULTI_AGENT_0309: "grok-4.20-multi-agent-0309",
  /**
   * `grok-4.3`: Grok 4.3 (xAI): 1,000,000-token context, $1.25 in / $2.50 out per 1M tokens, production.
   */
  GROK_4_3: "grok-4.3",
  /**
   * `grok-4.5`: Grok 4.5 (xAI): 500,000-token context, $2.00 in / $6.00 out per 1M tokens, production.
   */
  GROK_4_5: "grok-4.5",
  /**
   * `grok-4.6`: Grok 4.6 (xAI): 500,000-token context, $2.00 in / $6.00 out per 1M tokens, production.
   */
  GROK_4_6: "grok-4.6",
  /**
   * `grok-4.7`: Grok 4.7 (xAI): 500,000-token context, $2.00 in / $6.00 out per 1M tokens, production.
   */
  GROK_4_7: "grok-4.7",
  /**
   * `grok-build-0.1`: Grok Build 0.1 (xAI): 256,000-token context, $1.00 in / $2.00 out per 1M tokens, production.
   */
  GROK_BUILD_0_1: "grok-build-0.1",
  /**
   * `grok-code-fast-1`: Grok Code Fast 1 (xAI): 256,000-token context, $0.20 in / $1.50 out per 1M tokens, deprecated.
   * @deprecated Use Models.GROK_4_3 instead (deprecated 2026-05-06, shuts down 2026-05-15).
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
   * `meta.llama3-1-405b-instruct-v1:0`: Llama 3.1 405B (Bedrock): 128,000-token context, $5.32 in / $16.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.META_LLAMA4_MAVERICK_17B_INSTRUCT_V1_0 instead (shuts down 2026-07-07).
   */
  META_LLAMA3_1_405B_INSTRUCT_V1_0: "meta.llama3-1-405b-instruct-v1:0",
  /**
   * `meta.llama3-1-70b-instruct-v1:0`: Llama 3.1 70B (Bedrock): 128,000-token context, $0.72 in / $0.72 out per 1M tokens, production.
   */
  META_LLAMA3_1_70B_INSTRUCT_V1_0: "meta.llama3-1-70b-instruct-v1:0",
  /**
   * `meta.llama3-1-8b-instruct-v1:0`: Llama 3.1 8B (Bedrock): 128,000-token context, $0.22 in / $0.22 out per 1M tokens, production.
   */
  META_LLAMA3_1_8B_INSTRUCT_V1_0: "meta.llama3-1-8b-instruct-v1:0",
  /**
   * `meta.llama3-3-70b-instruct-v1:0`: Llama 3.3 70B (Bedrock): 128,000-token context, $0.72 in / $0.72 out per 1M tokens, production.
   */
  META_LLAMA3_3_70B_INSTRUCT_V1_0: "meta.llama3-3-70b-instruct-v1:0",
  /**
   * `meta.llama4-maverick-17b-instruct-v1:0`: Llama 4 Maverick 17B (Bedrock): 1,000,000-token context, $0.24 in / $0.97 out per 1M tokens, production.
   */
  META_LLAMA4_MAVERICK_17B_INSTRUCT_V1_0:
    "meta.llama4-maverick-17b-instruct-v1:0",
  /**
   * `meta.llama4-scout-17b-instruct-v1:0`: Llama 4 Scout 17B (Bedrock): 128,000-token context, $0.17 in / $0.66 out per 1M tokens, production.
   */
  META_LLAMA4_SCOUT_17B_INSTRUCT_V1_0: "meta.llama4-scout-17b-instruct-v1:0",
  /**
   * `minimax.minimax-m2`: MiniMax M2 (Bedrock): 204,608-token context, $0.30 in / $1.20 out per 1M tokens, production.
   */
  MINIMAX_MINIMAX_M2: "minimax.minimax-m2",
  /**
   * `minimax.minimax-m2.1`: MiniMax M2.1 (Bedrock): 204,800-token context, $0.30 in / $1.20 out per 1M tokens, production.
   */
  MINIMAX_MINIMAX_M2_1: "minimax.minimax-m2.1",
  /**
   * `minimax.minimax-m2.5`: MiniMax M2.5 (Bedrock): 196,608-token context, $0.30 in / $1.20 out per 1M tokens, production.
   */
  MINIMAX_MINIMAX_M2_5: "minimax.minimax-m2.5",
  /**
   * `mistral.devstral-2-123b`: Devstral 2 123B (Bedrock): 256,000-token context, $0.40 in / $2.00 out per 1M tokens, production.
   */
  MISTRAL_DEVSTRAL_2_123B: "mistral.devstral-2-123b",
  /**
   * `mistral.magistral-small-2509`: Magistral Small 1.2 (Bedrock): 128,000-token context, $0.50 in / $1.50 out per 1M tokens, production.
   */
  MISTRAL_MAGISTRAL_SMALL_2509: "mistral.magistral-small-2509",
  /**
   * `mistral.ministral-3-14b-instruct`: Ministral 3 14B (Bedrock): 128,000-token context, $0.20 in / $0.20 out per 1M tokens, production.
   */
  MISTRAL_MINISTRAL_3_14B_INSTRUCT: "mistral.ministral-3-14b-instruct",
  /**
   * `mistral.ministral-3-3b-instruct`: Ministral 3 3B (Bedrock): 256,000-token context, $0.10 in / $0.10 out per 1M tokens, production.
   */
  MISTRAL_MINISTRAL_3_3B_INSTRUCT: "mistral.ministral-3-3b-instruct",
  /**
   * `mistral.ministral-3-8b-instruct`: Ministral 3 8B (Bedrock): 128,000-token context, $0.15 in / $0.15 out per 1M tokens, production.
   */
  MISTRAL_MINISTRAL_3_8B_INSTRUCT: "mistral.ministral-3-8b-instruct",
  /**
   * `mistral.mistral-large-3-675b-instruct`: Mistral Large 3 (Bedrock): 256,000-token context, $0.50 in / $1.50 out per 1M tokens, production.
   */
  MISTRAL_MISTRAL_LARGE_3_675B_INSTRUCT:
    "mistral.mistral-large-3-675b-instruct",
  /**
   * `mistral.pixtral-large-2502-v1:0`: Pixtral Large (25.02) (Bedrock): 128,000-token context, $2.00 in / $6.00 out per 1M tokens, production.
   */
  MISTRAL_PIXTRAL_LARGE_2502_V1_0: "mistral.pixtral-large-2502-v1:0",
  /**
   * `moonshot.kimi-k2-thinking`: Kimi K2 Thinking (Bedrock): 262,143-token context, $0.60 in / $2.50 out per 1M tokens, production.
   */
  MOONSHOT_KIMI_K2_THINKING: "moonshot.kimi-k2-thinking",
  /**
   * `moonshotai.kimi-k2.5`: Kimi K2.5 (Bedrock): 262,143-token context, $0.60 in / $3.00 out per 1M tokens, production.
   */
  MOONSHOTAI_KIMI_K2_5: "moonshotai.kimi-k2.5",
  /**
   * `nvidia.nemotron-nano-12b-v2`: Nemotron Nano 12B v2 VL (Bedrock): 128,000-token context, $0.20 in / $0.60 out per 1M tokens, production.
   */
  NVIDIA_NEMOTRON_NANO_12B_V2: "nvidia.nemotron-nano-12b-v2",
  /**
   * `nvidia.nemotron-nano-3-30b`: Nemotron 3 Nano 30B (Bedrock): 256,000-token context, $0.06 in / $0.24 out per 1M tokens, production.
   */
  NVIDIA_NEMOTRON_NANO_3_30B: "nvidia.nemotron-nano-3-30b",
  /**
   * `nvidia.nemotron-nano-9b-v2`: Nemotron Nano 9B v2 (Bedrock): 128,000-token context, $0.06 in / $0.23 out per 1M tokens, production.
   */
  NVIDIA_NEMOTRON_NANO_9B_V2: "nvidia.nemotron-nano-9b-v2",
  /**
   * `nvidia.nemotron-super-3-120b`: Nemotron 3 Super 120B (Bedrock): 262,144-token context, $0.15 in / $0.65 out per 1M tokens, production.
   */
  NVIDIA_NEMOTRON_SUPER_3_120B: "nvidia.nemotron-super-3-120b",
  /**
   * `o1`: o1 (OpenAI): 200,000-token context, $15.00 in / $60.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GPT_5_6 instead (deprecated 2026-04-22, shuts down 2026-10-23).
   */
  O1: "o1",
  /**
   * `o1-mini`: o1-mini (OpenAI): 128,000-token context, $1.10 in / $4.40 out per 1M tokens, deprecated.
   * @deprecated Use Models.GPT_5_6_TERRA instead (deprecated 2025-04-28, shuts down 2025-10-27).
   */
  O1_MINI: "o1-mini",
  /**
   * `o1-pro`: o1-pro (OpenAI): 200,000-token context, $150.00 in / $600.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GPT_5_6 instead (deprecated 2026-04-22, shuts down 2026-10-23).
   */
  O1_PRO: "o1-pro",
  /**
   * `o3`: o3 (OpenAI): 200,000-token context, $2.00 in / $8.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GPT_6_1_SOL instead (deprecated 2026-06-11, shuts down 2026-12-11).
   */
  O3: "o3",
  /**
   * `o3-mini`: o3-mini (OpenAI): 200,000-token context, $1.10 in / $4.40 out per 1M tokens, deprecated.
   * @deprecated Use Models.GPT_5_6 instead (deprecated 2026-04-22, shuts down 2026-10-23).
   */
  O3_MINI: "o3-mini",
  /**
   * `o3-pro`: o3-pro (OpenAI): 200,000-token context, $20.00 in / $80.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GPT_6_1_SOL instead (deprecated 2026-06-11, shuts down 2026-12-11).
   */
  O3_PRO: "o3-pro",
  /**
   * `o4-mini`: o4-mini (OpenAI): 200,000-token context, $1.10 in / $4.40 out per 1M tokens, deprecated.
   * @deprecated Use Models.GPT_5_6_TERRA instead (deprecated 2026-04-22, shuts down 2026-10-23).
   */
  O4_MINI: "o4-mini",
  /**
   * `openai.gpt-5.4`: GPT-5.4 (Bedrock): 272,000-token context, $2.75 in / $16.50 out per 1M tokens, production.
   */
  OPENAI_GPT_5_4: "openai.gpt-5.4",
  /**
   * `openai.gpt-5.5`: GPT-5.5 (Bedrock): 272,000-token context, $5.50 in / $33.00 out per 1M tokens, production.
   */
  OPENAI_GPT_5_5: "openai.gpt-5.5",
  /**
   * `openai.gpt-oss-120b-1:0`: gpt-oss-120b (Bedrock): 128,000-token context, $0.15 in / $0.60 out per 1M tokens, production.
   */
  OPENAI_GPT_OSS_120B_1_0: "openai.gpt-oss-120b-1:0",
  /**
   * `openai.gpt-oss-20b-1:0`: gpt-oss-20b (Bedrock): 128,000-token context, $0.07 in / $0.30 out per 1M tokens, production.
   */
  OPENAI_GPT_OSS_20B_1_0: "openai.gpt-oss-20b-1:0",
  /**
   * `qwen.qwen3-235b-a22b-2507-v1:0`: Qwen3 235B A22B 2507 (Bedrock): 262,144-token context, $0.22 in / $0.88 out per 1M tokens, production.
   */
  QWEN_QWEN3_235B_A22B_2507_V1_0: "qwen.qwen3-235b-a22b-2507-v1:0",
  /**
   * `qwen.qwen3-32b-v1:0`: Qwen3 32B (Bedrock): 131,072-token context, $0.15 in / $0.60 out per 1M tokens, production.
   */
  QWEN_QWEN3_32B_V1_0: "qwen.qwen3-32b-v1:0",
  /**
   * `qwen.qwen3-coder-30b-a3b-v1:0`: Qwen3 Coder 30B A3B (Bedrock): 262,144-token context, $0.15 in / $0.60 out per 1M tokens, production.
   */
  QWEN_QWEN3_CODER_30B_A3B_V1_0: "qwen.qwen3-coder-30b-a3b-v1:0",
  /**
   * `qwen.qwen3-coder-480b-a35b-v1:0`: Qwen3 Coder 480B A35B (Bedrock): 131,072-token context, $0.22 in / $1.80 out per 1M tokens, production.
   */
  QWEN_QWEN3_CODER_480B_A35B_V1_0: "qwen.qwen3-coder-480b-a35b-v1:0",
  /**
   * `qwen.qwen3-coder-next`: Qwen3 Coder Next (Bedrock): 131,072-token context, $0.22 in / $1.80 out per 1M tokens, production.
   */
  QWEN_QWEN3_CODER_NEXT: "qwen.qwen3-coder-next",
  /**
   * `qwen.qwen3-next-80b-a3b`: Qwen3 Next 80B A3B (Bedrock): 128,000-token context, $0.15 in / $1.20 out per 1M tokens, production.
   */
  QWEN_QWEN3_NEXT_80B_A3B: "qwen.qwen3-next-80b-a3b",
  /**
   * `qwen.qwen3-vl-235b-a22b`: Qwen3 VL 235B A22B (Bedrock): 256,000-token context, $0.53 in / $2.66 out per 1M tokens, production.
   */
  QWEN_QWEN3_VL_235B_A22B: "qwen.qwen3-vl-235b-a22b",
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
   * `us.amazon.nova-premier-v1:0`: Amazon Nova Premier (Bedrock): 1,000,000-token context, $2.50 in / $12.50 out per 1M tokens, deprecated.
   * @deprecated Use Models.AMAZON_NOVA_2_LITE_V1_0 instead (shuts down 2026-09-14).
   */
  US_AMAZON_NOVA_PREMIER_V1_0: "us.amazon.nova-premier-v1:0",
  /**
   * `writer.palmyra-x4-v1:0`: Palmyra X4 (Bedrock): 128,000-token context, $2.50 in / $10.00 out per 1M tokens, production.
   */
  WRITER_PALMYRA_X4_V1_0: "writer.palmyra-x4-v1:0",
  /**
   * `writer.palmyra-x5-v1:0`: Palmyra X5 (Bedrock): 1,000,000-token context, $0.60 in / $6.00 out per 1M tokens, production.
   */
  WRITER_PALMYRA_X5_V1_0: "writer.palmyra-x5-v1:0",
  /**
   * `xai.grok-4.3`: Grok 4.3 (Bedrock): 1,000,000-token context, $1.25 in / $2.50 out per 1M tokens, production.
   */
  XAI_GROK_4_3: "xai.grok-4.3",
  /**
   * `zai.glm-4.7`: GLM-4.7 (Bedrock): 204,800-token context, $0.60 in / $2.20 out per 1M tokens, production.
   */
  ZAI_GLM_4_7: "zai.glm-4.7",
  /**
   * `zai.glm-4.7-flash`: GLM-4.7-Flash (Bedrock): 200,000-token context, $0.07 in / $0.40 out per 1M tokens, production.
   */
  ZAI_GLM_4_7_FLASH: "zai.glm-4.7-flash",
  /**
   * `zai.glm-5`: GLM-5 (Bedrock): 202,752-token context, $1.00 in / $3.20 out per 1M tokens, production.
   */
  ZAI_GLM_5: "zai.glm-5",
} as const);
