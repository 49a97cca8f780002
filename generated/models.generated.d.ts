/**
 * GENERATED FILE - DO NOT EDIT.
 * Source: ../models/model_registry.yaml (validated against ../schema/model_registry.schema.json)
 * Regenerate: npm run generate
 */
/* eslint-disable */

import type {
  AnyUsage,
  BaseUrlResolution,
  CostEstimate,
  CostOptions,
  DeepReadonly,
  EnvLike,
  ModelFilter,
  ProviderReadiness,
  ResolveModelOptions,
  SelectionResult,
  TaskRequirements,
} from "../src/runtime";

export type {
  AnyUsage,
  BaseUrlResolution,
  CostEstimate,
  CostOptions,
  DeepReadonly,
  DeprecationNotice,
  EnvLike,
  ModelFilter,
  ProviderReadiness,
  ResolveModelOptions,
  SelectionResult,
  TaskRequirements,
  TokenUsage,
  WarnSink,
} from "../src/runtime";

export {
  DEPRECATED_MODEL_WARNING_CODE,
  DeprecatedModelError,
  InvalidArgumentError,
  ModelRegistryError,
  ModelRemovedError,
  UnknownModelError,
  UnknownProviderError,
  UnpricedUsageError,
  UnservableUsageError,
} from "../src/runtime";

/**
 * A model registry: provider configuration and every model an orchestrator can route to. Format version 2: prices per 1M tokens, price schedules, three token limits, modalities and lifecycle dates.
 */
export interface ModelRegistryFile {
  /**
   * Format version of this file. This schema is version 2; a version 1 file is rewritten by `model-registry upgrade-schema <file>`.
   */
  version: 2;
  /** Provider configuration, keyed by provider ID. */
  providers: {
    [key: string]: ProviderConfig | undefined;
  };
  /** Every model an orchestrator can route to, including deprecated ones kept so legacy IDs still compile. */
  models: ModelEntry[];
  /**
   * Other names (e.g. legacy registry IDs) that resolve to a registry model ID. An alias that starts with a provider ID and - or / (`azure-gpt-4o`) must resolve to a model of that provider.
   */
  aliases?: {
    /**
     * Registry model ID: letters, digits and . _ : / &#64; + -, starting and ending with a letter or digit, not only digits, at most 128 characters.
     */
    [key: string]: string | undefined;
  };
}

/**
 * One published benchmark result: the figure, where it was published and when, and whether the model's maker published it.
 */
export interface BenchmarkResult {
  /**
   * The figure as published: a percentage 0-100 for accuracy benchmarks, a rating for arenas (ranges per benchmark are checked by the generator's rules).
   */
  value: number;
  /** Where the figure is published: a page URL, or `owner/repo&#64;commit path` for a repository file. */
  source: string;
  /** When the figure was published (or the leaderboard read); not after the entry's `verified` day. */
  date: string;
  /**
   * true when the model's maker published the figure (announcement, model card, system card); such results count less in the derived scores.
   */
  self_reported: boolean;
  /**
   * The setting the figure was measured in where it matters (reasoning effort, scaffold, tools), or how sources differ.
   */
  notes?: string;
}

/**
 * Published benchmark results, by benchmark, from the fixed set documented in docs/scoring.md. The generator derives `scores` from them.
 */
export interface Benchmarks {
  /** Coding. SWE-bench Verified: share of the 500 human-validated GitHub issues resolved, percent (0-100). */
  swe_bench_verified?: BenchmarkResult;
  /** Coding. SWE-bench Pro (public set): share of tasks resolved, percent (0-100). */
  swe_bench_pro?: BenchmarkResult;
  /**
   * Coding. Aider polyglot: share of the 225 Exercism exercises solved in two tries, percent (0-100), as on the Aider leaderboard.
   */
  aider_polyglot?: BenchmarkResult;
  /** Coding. LiveCodeBench: pass&#64;1 on the problems of the window the source names, percent (0-100). */
  livecodebench?: BenchmarkResult;
  /** Coding. Terminal-Bench 2.0: share of terminal tasks completed, percent (0-100). */
  terminal_bench?: BenchmarkResult;
  /** Reasoning. GPQA Diamond: accuracy on the 198 graduate-level science questions, percent (0-100); 25 is chance. */
  gpqa_diamond?: BenchmarkResult;
  /**
   * Reasoning. AIME 2025: share of the 30 problems answered correctly, percent (0-100), without tools unless the result's notes say otherwise.
   */
  aime_2025?: BenchmarkResult;
  /**
   * Reasoning. Humanity's Last Exam: accuracy, percent (0-100), without tools unless the result's notes say otherwise.
   */
  hle?: BenchmarkResult;
  /** Reasoning. MMLU-Pro: accuracy on the ten-option questions, percent (0-100); 10 is chance. */
  mmlu_pro?: BenchmarkResult;
  /** Arena. LMArena text leaderboard rating (Elo-style, about 1000-1600); informs both scores in docs/scoring.md. */
  lmarena_text?: BenchmarkResult;
}

/** Counts of the benchmark results behind the derived scores. */
export interface ScoreResults {
  /** Results behind the coding score. */
  coding: number;
  /** Results behind the reasoning score. */
  reasoning: number;
}

/**
 * production: fully supported, selected by default. beta: works (often a preview), may change, selectable and flagged. experimental: at own risk, selected only with an explicit opt-in. deprecated: announced for shutdown or shut down; never selected automatically, kept so legacy IDs still compile.
 */
export type ModelStatus = "production" | "beta" | "experimental" | "deprecated";

/** A kind of content a model reads or writes. */
export type Modality = "text" | "image" | "audio" | "video" | "pdf";

/**
 * tier: the three-level tier rule of docs/scoring.md (the fallback, used only where no benchmark result is published). benchmark: derived by the generator from the entry's `benchmarks` (docs/scoring.md), or a public benchmark figure named in `benchmark`.
 */
export type ScoreBasis = "tier" | "benchmark";

/**
 * bearer: `Authorization: Bearer <key>`. api-key-header: the key in the header named by `header`. aws-sigv4: AWS Signature V4. query-key: the key in the query parameter named by `query_param`. none: no credentials (local servers).
 */
export type AuthMethod = "bearer" | "api-key-header" | "aws-sigv4" | "query-key" | "none";

/**
 * How requests authenticate. `header` names the header for api-key-header; `query_param` names the parameter for query-key.
 */
export interface ProviderAuth {
  type: AuthMethod;
  /** Header that carries the API key (api-key-header). */
  header?: string;
  /** Query parameter that carries the API key (query-key). */
  query_param?: string;
}

/**
 * Environment variables the provider reads (names only). A `required` item that is a list means any one of those variables will do.
 */
export interface ProviderEnv {
  /** Variables that must be set. An item that is a list is satisfied by any one of its variables. */
  required: (string | string[])[];
  /** Variables the provider reads when set. */
  optional?: string[];
  /** Non-secret fallback values for variables used in base_url placeholders. */
  defaults?: {
    [key: string]: string | undefined;
  };
}

/** How to reach and authenticate with one provider. */
export interface ProviderConfig {
  /** Human name of the provider, as shown in docs. */
  display_name: string;
  /**
   * API base URL. `{ENV_VAR}` placeholders are filled from the environment (or env.defaults); `{api_name}` is filled with the model's api_name.
   */
  base_url: string;
  /** How requests authenticate. */
  auth: ProviderAuth;
  /** Environment variables the provider reads (names only, never values). */
  env: ProviderEnv;
  /** The provider's model documentation. */
  docs_url: string;
  /** True for providers that run on the local machine and need no credentials. */
  local?: boolean;
}

/** What a router filters on. */
export interface ModelCapabilities {
  /** Content the model accepts. */
  input: Modality[];
  /** Content the model produces. */
  output: Modality[];
  /** Calls tools (functions) the request declares. */
  tool_calling: boolean;
  /** Constrains its output to a JSON Schema. Absent: not stated by the sources. */
  structured_output?: boolean;
  /** Exposes reasoning or thinking controls (effort, budget). Absent: not stated by the sources. */
  reasoning?: boolean;
}

/**
 * Routing scores and where they come from: set by hand (`basis: tier`) where no published result exists, else derived from benchmarks. An entry without scores, and without benchmarks (its own or those of the entry it shares weights with) giving both, is unrated: selection leaves it out and never guesses a score.
 */
export interface ModelScores {
  /** Coding quality. */
  coding: number;
  /** Reasoning quality. */
  reasoning: number;
  basis: ScoreBasis;
  /** The public benchmark behind a `benchmark` score: name, date and source. */
  benchmark?: string;
  /**
   * Derived by the generator: how many published results each score rests on (0 where that score keeps its tier value).
   */
  results?: ScoreResults;
}

/** Prices for prompts above a size threshold (long-context pricing). Fields left out keep the base price. */
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
  /** Input (prompt) tokens, USD per 1M. */
  input?: number;
  /** Output tokens (reasoning tokens included), USD per 1M. */
  output?: number;
  /** Input tokens read from the prompt cache, USD per 1M. */
  cached_input?: number;
  /**
   * Input tokens written to the prompt cache (the default, shortest cache duration: 5 minutes at Anthropic), USD per 1M.
   */
  cache_write?: number;
  /** Input tokens written to a 1-hour prompt cache, USD per 1M. */
  cache_write_1h?: number;
}

/**
 * Prices in force for a time range (an introductory price, an announced change), overriding the base prices they name.
 */
export interface PricePeriod {
  /** First day the prices apply (inclusive, 00:00 UTC). */
  from?: string;
  /** First day the prices no longer apply (exclusive, 00:00 UTC). */
  until?: string;
  /** Input (prompt) tokens, USD per 1M. */
  input?: number;
  /** Output tokens (reasoning tokens included), USD per 1M. */
  output?: number;
  /** Input tokens read from the prompt cache, USD per 1M. */
  cached_input?: number;
  /**
   * Input tokens written to the prompt cache (the default, shortest cache duration: 5 minutes at Anthropic), USD per 1M.
   */
  cache_write?: number;
  /** Input tokens written to a 1-hour prompt cache, USD per 1M. */
  cache_write_1h?: number;
  /** What the period is (e.g. introductory price) and where it was announced. */
  note?: string;
}

/** A service tier's rates: a multiplier of the standard prices, or its own price table. */
export interface ServiceTierPrice {
  /** Every standard price times this factor (batch: 0.5). */
  multiplier?: number;
  /** Input (prompt) tokens, USD per 1M. */
  input?: number;
  /** Output tokens (reasoning tokens included), USD per 1M. */
  output?: number;
  /** Input tokens read from the prompt cache, USD per 1M. */
  cached_input?: number;
  /**
   * Input tokens written to the prompt cache (the default, shortest cache duration: 5 minutes at Anthropic), USD per 1M.
   */
  cache_write?: number;
  /** Input tokens written to a 1-hour prompt cache, USD per 1M. */
  cache_write_1h?: number;
}

/** What the model costs, USD per 1M tokens: base prices, long-context tiers, time-based periods and service tiers. */
export interface ModelPricing {
  /** Input (prompt) tokens, USD per 1M. */
  input: number;
  /** Output tokens (reasoning tokens included), USD per 1M. */
  output: number;
  /** Input tokens read from the prompt cache, USD per 1M. */
  cached_input?: number;
  /**
   * Input tokens written to the prompt cache (the default, shortest cache duration: 5 minutes at Anthropic), USD per 1M.
   */
  cache_write?: number;
  /** Input tokens written to a 1-hour prompt cache, USD per 1M. */
  cache_write_1h?: number;
  /** Long-context tiers, in ascending order of threshold. */
  tiers?: PriceTier[];
  /** Time-based prices, in date order, not overlapping. */
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
  /** Rates other than the standard one, where the provider publishes them. */
  service_tiers?: {
    /** Asynchronous batch API. */
    batch?: ServiceTierPrice;
    /** Flex processing: slower, cheaper. */
    flex?: ServiceTierPrice;
    /** Priority processing: faster, dearer. */
    priority?: ServiceTierPrice;
  };
}

/**
 * Where each group of figures came from: `package&#64;version` and file, `repository&#64;commit path`, or a list and its date, or a URL. `all` covers every group not named.
 */
export interface ModelSources {
  /** Source of every figure not covered by a more specific key. */
  all?: string;
  /** Source of the model ID and api_name. */
  id?: string;
  /** Source of the prices. */
  pricing?: string;
  /** Source of context_window, max_input_tokens and max_output_tokens. */
  limits?: string;
  /** Source of modalities and features. */
  capabilities?: string;
  /** Source of status, deprecation and shutdown dates and the replacement. */
  lifecycle?: string;
  /** Source of the release date. */
  release_date?: string;
  /** Source of pricing.fees. */
  fees?: string;
  /** Source of the routing scores. */
  scores?: string;
}

/**
 * Bedrock cross-region inference profile IDs, keyed by geography prefix (us, eu, apac, global, …); each is `<prefix>.<api_name or id>`.
 */
export interface InferenceProfiles {
  [key: string]: string | undefined;
}

/** What a locally run model needs. */
export interface ModelHardware {
  /** Parameter count, in billions. */
  parameters_billion: number;
  /** Download size, in GB. */
  download_size_gb: number;
  /** Least memory it runs in, in GB. */
  min_ram_gb: number;
}

/** One model: identity, limits, prices, capabilities, lifecycle and provenance. */
export interface ModelEntry {
  /**
   * Registry model ID: letters, digits and . _ : / &#64; + -, starting and ending with a letter or digit, not only digits, at most 128 characters.
   */
  id: string;
  /** The provider that serves it: a key of `providers`. */
  provider: string;
  /** Human name of the model, without the provider's name (docs add it). */
  display_name: string;
  /**
   * Provider-side model name when it differs from id (dated Anthropic IDs, Azure deployment names, Bedrock model IDs, Ollama tags).
   */
  api_name?: string;
  /** When the provider released it, where published. */
  release_date?: string;
  status: ModelStatus;
  /** Total context window: input and output tokens of one request together. */
  context_window: number;
  /** Maximum input tokens, where the provider states it apart from the context window. */
  max_input_tokens?: number;
  /** Maximum tokens in one response (reasoning tokens included). */
  max_output_tokens: number;
  pricing: ModelPricing;
  capabilities: ModelCapabilities;
  scores?: ModelScores;
  /**
   * Published benchmark results for this model; when present, the generator derives `scores` from them (basis benchmark).
   */
  benchmarks?: Benchmarks;
  /**
   * Registry ID of the entry whose weights this one serves (a cloud reseller's copy of another provider's model). Its benchmark results are written once, there; this entry's scores derive from them. Not together with `benchmarks`.
   */
  same_weights_as?: string;
  /**
   * Relative speed, 0 (slowest) to 10 (fastest), on the three-level scale of docs/scoring.md (3.3, 6.7, 10). Left out where no source or measurement supports a level: selection then scores the model's speed as 0.
   */
  speed_rating?: number;
  /** Oldest provider API version the model works with (YYYY-MM-DD, optionally -preview). */
  min_api_version?: string;
  /** When the provider announced the deprecation, where it published the date. Only on deprecated models. */
  deprecation_date?: string;
  /**
   * When the provider stops serving the model (retirement, end of life). From this day on the model cannot be production, beta or experimental, and resolving it fails.
   */
  shutdown_date?: string;
  /**
   * The earliest day the provider has said it may retire the model, where it publishes a "not sooner than" date (Azure's and Google's retirement tables) instead of a shutdown date. A promise about the earliest end, not a shutdown: it never makes the model deprecated and is never used as `shutdown_date`; when both are known, `shutdown_date` is on or after it.
   */
  earliest_shutdown_date?: string;
  /**
   * Registry ID of the model to use instead. Required on deprecated models; its chain of replacements must end at a model that is not shut down, of the same provider unless `replacement_note` says why.
   */
  replaced_by?: string;
  /** Why the replacement is of another provider (or anything else a migrating user must know). */
  replacement_note?: string;
  inference_profiles?: InferenceProfiles;
  /** True when the base model ID cannot be invoked on demand: callers must use one of `inference_profiles`. */
  requires_inference_profile?: boolean;
  hardware?: ModelHardware;
  /** What the model is good at, in a few words. */
  best_for?: string;
  /**
   * Where sources disagree, which one the entry follows and why; figures left out and why; anything else a maintainer should know.
   */
  notes?: string;
  sources: ModelSources;
  /** When the figures were last checked against their sources. */
  verified: string;
}

/** Every provider ID in the registry. */
export type ProviderId = "anthropic" | "azure" | "bedrock" | "dial" | "google" | "ollama" | "openai" | "xai";

/** Model IDs served by Anthropic that are not deprecated. */
export type AnthropicActiveModelId =
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
  | "claude-sonnet-5-5";

/** Deprecated model IDs of Anthropic. */
export type AnthropicDeprecatedModelId =
  | "claude-3-5-sonnet"
  | "claude-3-7-sonnet"
  | "claude-3-haiku"
  | "claude-3-opus"
  | "claude-opus-4"
  | "claude-opus-4-1"
  | "claude-opus-4-5"
  | "claude-sonnet-4"
  | "claude-sonnet-4-5";

/** Model IDs served by Anthropic. */
export type AnthropicModelId = AnthropicActiveModelId | AnthropicDeprecatedModelId;

/** Model IDs served by Azure OpenAI that are not deprecated. */
export type AzureActiveModelId =
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
  | "azure/phi-4";

/** Deprecated model IDs of Azure OpenAI. */
export type AzureDeprecatedModelId =
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
  | "azure/gpt-chat-latest"
  | "azure/o3"
  | "azure/o3-pro"
  | "azure/o4-mini";

/** Model IDs served by Azure OpenAI. */
export type AzureModelId = AzureActiveModelId | AzureDeprecatedModelId;

/** Model IDs served by Bedrock that are not deprecated. */
export type BedrockActiveModelId =
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
  | "deepseek.r1-v1:0"
  | "deepseek.v3-v1:0"
  | "deepseek.v3.2"
  | "google.gemma-3-12b-it"
  | "google.gemma-3-27b-it"
  | "google.gemma-3-4b-it"
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
  | "mistral.voxtral-small-24b-2507"
  | "moonshot.kimi-k2-thinking"
  | "moonshotai.kimi-k2.5"
  | "nvidia.nemotron-nano-12b-v2"
  | "nvidia.nemotron-nano-3-30b"
  | "nvidia.nemotron-nano-9b-v2"
  | "nvidia.nemotron-super-3-120b"
  | "openai.gpt-5.4"
  | "openai.gpt-5.5"
  | "openai.gpt-5.6-luna"
  | "openai.gpt-5.6-terra"
  | "openai.gpt-oss-120b-1:0"
  | "openai.gpt-oss-20b-1:0"
  | "openai.gpt-oss-safeguard-120b"
  | "openai.gpt-oss-safeguard-20b"
  | "qwen.qwen3-235b-a22b-2507-v1:0"
  | "qwen.qwen3-32b-v1:0"
  | "qwen.qwen3-coder-30b-a3b-v1:0"
  | "qwen.qwen3-coder-480b-a35b-v1:0"
  | "qwen.qwen3-coder-next"
  | "qwen.qwen3-next-80b-a3b"
  | "qwen.qwen3-vl-235b-a22b"
  | "writer.palmyra-x4-v1:0"
  | "writer.palmyra-x5-v1:0"
  | "xai.grok-4.3"
  | "zai.glm-4.7"
  | "zai.glm-4.7-flash"
  | "zai.glm-5";

/** Deprecated model IDs of Bedrock. */
export type BedrockDeprecatedModelId =
  | "anthropic.claude-3-5-sonnet-20241022-v2:0"
  | "anthropic.claude-3-opus-20240229-v1:0"
  | "anthropic.claude-opus-4-1-20250805-v1:0"
  | "meta.llama3-1-405b-instruct-v1:0"
  | "us.amazon.nova-premier-v1:0";

/** Model IDs served by Bedrock. */
export type BedrockModelId = BedrockActiveModelId | BedrockDeprecatedModelId;

/** Model IDs served by DIAL that are not deprecated. */
export type DIALActiveModelId =
  | "dial-claude-opus-4-5"
  | "dial-claude-opus-4-8"
  | "dial-claude-sonnet-4-5"
  | "dial-claude-sonnet-4-6"
  | "dial-gemini-3.1-pro-preview"
  | "dial-gpt-5.4";

/** Deprecated model IDs of DIAL. */
export type DIALDeprecatedModelId =
  | "dial-claude-opus-4"
  | "dial-claude-sonnet-4"
  | "dial-gemini-2.5-pro"
  | "dial-gpt-4.1";

/** Model IDs served by DIAL. */
export type DIALModelId = DIALActiveModelId | DIALDeprecatedModelId;

/** Model IDs served by Google that are not deprecated. */
export type GoogleActiveModelId =
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
  | "gemma-4-31b-it";

/** Deprecated model IDs of Google. */
export type GoogleDeprecatedModelId =
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
  | "gemini-3.7-flash";

/** Model IDs served by Google. */
export type GoogleModelId = GoogleActiveModelId | GoogleDeprecatedModelId;

/** Model IDs served by Ollama that are not deprecated. */
export type OllamaActiveModelId =
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

/** Deprecated model IDs of Ollama. */
export type OllamaDeprecatedModelId = never;

/** Model IDs served by Ollama. */
export type OllamaModelId = OllamaActiveModelId | OllamaDeprecatedModelId;

/** Model IDs served by OpenAI that are not deprecated. */
export type OpenAIActiveModelId =
  | "gpt-5-codex"
  | "gpt-5.1-codex-max"
  | "gpt-5.1-codex-mini"
  | "gpt-5.2"
  | "gpt-5.2-codex"
  | "gpt-5.2-pro"
  | "gpt-5.3-codex"
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
  | "gpt-audio"
  | "o3-deep-research"
  | "o4-mini-deep-research";

/** Deprecated model IDs of OpenAI. */
export type OpenAIDeprecatedModelId =
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
  | "o1"
  | "o1-mini"
  | "o1-pro"
  | "o3"
  | "o3-mini"
  | "o3-pro"
  | "o4-mini";

/** Model IDs served by OpenAI. */
export type OpenAIModelId = OpenAIActiveModelId | OpenAIDeprecatedModelId;

/** Model IDs served by xAI that are not deprecated. */
export type XAIActiveModelId =
  | "grok-4.20-0309-non-reasoning"
  | "grok-4.20-0309-reasoning"
  | "grok-4.20-multi-agent-0309"
  | "grok-4.3"
  | "grok-4.5"
  | "grok-4.6"
  | "grok-4.7"
  | "grok-build-0.1";

/** Deprecated model IDs of xAI. */
export type XAIDeprecatedModelId =
  | "grok-2-vision-1212"
  | "grok-3"
  | "grok-3-mini"
  | "grok-4"
  | "grok-4-1-fast-non-reasoning"
  | "grok-4-1-fast-reasoning"
  | "grok-4-fast-non-reasoning"
  | "grok-4-fast-reasoning"
  | "grok-code-fast-1";

/** Model IDs served by xAI. */
export type XAIModelId = XAIActiveModelId | XAIDeprecatedModelId;

/** Every model ID in the registry. A misspelt or removed ID is a compile error. */
export type ModelId = ActiveModelId | DeprecatedModelId;

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
  | AnthropicDeprecatedModelId
  | AzureDeprecatedModelId
  | BedrockDeprecatedModelId
  | DIALDeprecatedModelId
  | GoogleDeprecatedModelId
  | OllamaDeprecatedModelId
  | OpenAIDeprecatedModelId
  | XAIDeprecatedModelId;

/** Every model that is not deprecated. Use it where a deprecated ID must not compile. */
export type ActiveModelId =
  | AnthropicActiveModelId
  | AzureActiveModelId
  | BedrockActiveModelId
  | DIALActiveModelId
  | GoogleActiveModelId
  | OllamaActiveModelId
  | OpenAIActiveModelId
  | XAIActiveModelId;

/** Other names (legacy IDs) that resolve to a model. */
export type ModelAlias = keyof ModelAliases;

/** A model entry as stored in MODELS: every figure; its provenance (notes, sources) stays in the registry file. */
export interface ModelRecord<P extends ProviderId = ProviderId>
  extends
    DeepReadonly<Omit<ModelEntry, "notes" | "sources">> {
  readonly provider: P;
}

/** A deprecated model entry: its replacement is always present. */
export interface DeprecatedModelRecord<P extends ProviderId = ProviderId> extends ModelRecord<P> {
  readonly status: "deprecated";
  readonly replaced_by: string;
}

/** A provider's configuration as stored in PROVIDERS. */
export type ProviderRecord = DeepReadonly<ProviderConfig>;

/** A model of provider `P` whose `id` is typed as one of that provider's model IDs. */
export type ListedModel<P extends ProviderId = ProviderId> = ModelRecord<P> & { readonly id: ModelIdByProvider[P] };

/** Each provider's readiness. */
export type ProviderReadinessMap = { readonly [P in ProviderId]: ProviderReadiness };

/** The records of provider `P`'s active models `Id`, keyed by ID: `ModelRegistry` extends one per provider. */
export type ActiveModelRecords<P extends ProviderId, Id extends string> = { readonly [K in Id]: ModelRecord<P> };

/**
 * The registry's type: one property per model. Active models come from their provider's `ActiveModelRecords`;
 * deprecated keys are members of their own, so their @deprecated reaches every use site.
 */
export interface ModelRegistry
  extends
    ActiveModelRecords<"anthropic", AnthropicActiveModelId>,
    ActiveModelRecords<"azure", AzureActiveModelId>,
    ActiveModelRecords<"bedrock", BedrockActiveModelId>,
    ActiveModelRecords<"dial", DIALActiveModelId>,
    ActiveModelRecords<"google", GoogleActiveModelId>,
    ActiveModelRecords<"ollama", OllamaActiveModelId>,
    ActiveModelRecords<"openai", OpenAIActiveModelId>,
    ActiveModelRecords<"xai", XAIActiveModelId> {
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
  /**
   * Claude Opus 4.1 (Bedrock): 200,000-token context, $15.00 in / $75.00 out per 1M tokens, deprecated.
   * @deprecated Use "anthropic.claude-opus-4-8" instead (deprecated 2026-07-08, shuts down 2027-01-08).
   */
  readonly "anthropic.claude-opus-4-1-20250805-v1:0": DeprecatedModelRecord<"bedrock">;
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
  /**
   * GPT-5.1 Codex mini (Azure OpenAI): 400,000-token context, $0.25 in / $2.00 out per 1M tokens, deprecated.
   * @deprecated Use "azure/gpt-5.6-terra" instead (deprecated 2026-11-13, shuts down 2027-05-15).
   */
  readonly "azure/gpt-5.1-codex-mini": DeprecatedModelRecord<"azure">;
  /**
   * GPT chat-latest (Azure OpenAI): 400,000-token context, $5.00 in / $30.00 out per 1M tokens, deprecated.
   * @deprecated Use "azure/gpt-5.5" instead (shuts down 2026-12-02).
   */
  readonly "azure/gpt-chat-latest": DeprecatedModelRecord<"azure">;
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
  /**
   * Claude Opus 4 (DIAL): 200,000-token context, $15.00 in / $75.00 out per 1M tokens, deprecated.
   * @deprecated Use "dial-claude-opus-4-8" instead (deprecated 2026-04-14, shuts down 2026-06-15).
   */
  readonly "dial-claude-opus-4": DeprecatedModelRecord<"dial">;
  /**
   * Claude Sonnet 4 (DIAL): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use "dial-claude-sonnet-4-6" instead (shuts down 2026-10-14).
   */
  readonly "dial-claude-sonnet-4": DeprecatedModelRecord<"dial">;
  /**
   * Gemini 2.5 Pro (DIAL): 1,114,112-token context, $1.25 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use "dial-gemini-3.1-pro-preview" instead (shuts down 2026-12-01).
   */
  readonly "dial-gemini-2.5-pro": DeprecatedModelRecord<"dial">;
  /**
   * GPT-4.1 (DIAL): 1,047,576-token context, $2.00 in / $8.00 out per 1M tokens, deprecated.
   * @deprecated Use "dial-gpt-5.4" instead (deprecated 2026-10-14, shuts down 2027-01-14).
   */
  readonly "dial-gpt-4.1": DeprecatedModelRecord<"dial">;
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
  /**
   * Gemini 3.5 Flash (Google): 1,114,112-token context, $1.50 in / $9.00 out per 1M tokens, deprecated.
   * @deprecated Use "gemini-3.6-flash" instead (deprecated 2026-10-08).
   */
  readonly "gemini-3.5-flash": DeprecatedModelRecord<"google">;
  /**
   * Gemini 3.7 Flash (Google): 1,114,112-token context, $1.50 in / $7.50 out per 1M tokens, deprecated.
   * @deprecated Use "gemini-3.8-flash" instead (deprecated 2026-10-08).
   */
  readonly "gemini-3.7-flash": DeprecatedModelRecord<"google">;
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
  /**
   * GPT-5.4 nano (OpenAI): 400,000-token context, $0.20 in / $1.25 out per 1M tokens, deprecated.
   * @deprecated Use "gpt-6-luna" instead (shuts down 2027-04-01).
   */
  readonly "gpt-5.4-nano": DeprecatedModelRecord<"openai">;
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
  /**
   * Grok Code Fast 1 (xAI): 256,000-token context, $0.20 in / $1.50 out per 1M tokens, deprecated.
   * @deprecated Use "grok-4.3" instead (deprecated 2026-05-06, shuts down 2026-05-15).
   */
  readonly "grok-code-fast-1": DeprecatedModelRecord<"xai">;
  /**
   * Llama 3.1 405B (Bedrock): 128,000-token context, $5.32 in / $16.00 out per 1M tokens, deprecated.
   * @deprecated Use "meta.llama4-maverick-17b-instruct-v1:0" instead (shuts down 2026-07-07).
   */
  readonly "meta.llama3-1-405b-instruct-v1:0": DeprecatedModelRecord<"bedrock">;
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
  /**
   * Amazon Nova Premier (Bedrock): 1,000,000-token context, $2.50 in / $12.50 out per 1M tokens, deprecated.
   * @deprecated Use "amazon.nova-2-lite-v1:0" instead (shuts down 2026-09-14).
   */
  readonly "us.amazon.nova-premier-v1:0": DeprecatedModelRecord<"bedrock">;
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

/** @internal One entry per line; `MODELS` and the provider modules read it. */
export declare const __modelLines_Anthropic: string;

/** @internal One entry per line; `MODELS` and the provider modules read it. */
export declare const __modelLines_Azure: string;

/** @internal One entry per line; `MODELS` and the provider modules read it. */
export declare const __modelLines_Bedrock: string;

/** @internal One entry per line; `MODELS` and the provider modules read it. */
export declare const __modelLines_DIAL: string;

/** @internal One entry per line; `MODELS` and the provider modules read it. */
export declare const __modelLines_Google: string;

/** @internal One entry per line; `MODELS` and the provider modules read it. */
export declare const __modelLines_Ollama: string;

/** @internal One entry per line; `MODELS` and the provider modules read it. */
export declare const __modelLines_OpenAI: string;

/** @internal One entry per line; `MODELS` and the provider modules read it. */
export declare const __modelLines_XAI: string;

/** @internal One entry per line; `MODELS` and the provider modules read it. */
export declare const __providerLines: string;

/** @internal One entry per line; `MODELS` and the provider modules read it. */
export declare const __aliasLines: string;

/** The type of `AnthropicModels`: a constant for each of Anthropic's model IDs. */
export interface AnthropicModelConstants {
  /**
   * `claude-3-5-sonnet`: Claude Sonnet 3.5 (Anthropic): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.CLAUDE_SONNET_4_6 instead (deprecated 2025-08-13, shuts down 2025-10-22).
   */
  readonly CLAUDE_3_5_SONNET: "claude-3-5-sonnet";
  /**
   * `claude-3-7-sonnet`: Claude Sonnet 3.7 (Anthropic): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.CLAUDE_SONNET_4_6 instead (deprecated 2025-10-28, shuts down 2026-02-19).
   */
  readonly CLAUDE_3_7_SONNET: "claude-3-7-sonnet";
  /**
   * `claude-3-haiku`: Claude Haiku 3 (Anthropic): 200,000-token context, $0.25 in / $1.25 out per 1M tokens, deprecated.
   * @deprecated Use Models.CLAUDE_HAIKU_4_5 instead (shuts down 2026-04-19).
   */
  readonly CLAUDE_3_HAIKU: "claude-3-haiku";
  /**
   * `claude-3-opus`: Claude Opus 3 (Anthropic): 200,000-token context, $15.00 in / $75.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.CLAUDE_OPUS_4_7 instead (deprecated 2025-06-30, shuts down 2026-01-05).
   */
  readonly CLAUDE_3_OPUS: "claude-3-opus";
  /**
   * `claude-fable-5`: Claude Fable 5 (Anthropic): 1,000,000-token context, $10.00 in / $50.00 out per 1M tokens, production.
   */
  readonly CLAUDE_FABLE_5: "claude-fable-5";
  /**
   * `claude-fable-5-1`: Claude Fable 5.1 (Anthropic): 1,000,000-token context, $10.00 in / $50.00 out per 1M tokens, production.
   */
  readonly CLAUDE_FABLE_5_1: "claude-fable-5-1";
  /**
   * `claude-fable-5-2`: Claude Fable 5.2 (Anthropic): 1,000,000-token context, $8.00 in / $40.00 out per 1M tokens, production.
   */
  readonly CLAUDE_FABLE_5_2: "claude-fable-5-2";
  /**
   * `claude-haiku-4-5`: Claude Haiku 4.5 (Anthropic): 200,000-token context, $1.00 in / $5.00 out per 1M tokens, production.
   */
  readonly CLAUDE_HAIKU_4_5: "claude-haiku-4-5";
  /**
   * `claude-haiku-5-5`: Claude Haiku 5.5 (Anthropic): 1,000,000-token context, $0.10 in / $0.50 out per 1M tokens, production.
   */
  readonly CLAUDE_HAIKU_5_5: "claude-haiku-5-5";
  /**
   * `claude-opus-4`: Claude Opus 4 (Anthropic): 200,000-token context, $15.00 in / $75.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.CLAUDE_OPUS_4_8 instead (deprecated 2026-04-14, shuts down 2026-06-15).
   */
  readonly CLAUDE_OPUS_4: "claude-opus-4";
  /**
   * `claude-opus-4-1`: Claude Opus 4.1 (Anthropic): 200,000-token context, $15.00 in / $75.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.CLAUDE_OPUS_4_8 instead (deprecated 2026-06-05, shuts down 2026-08-05).
   */
  readonly CLAUDE_OPUS_4_1: "claude-opus-4-1";
  /**
   * `claude-opus-4-5`: Claude Opus 4.5 (Anthropic): 200,000-token context, $5.00 in / $25.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.CLAUDE_OPUS_5_5 instead (deprecated 2026-11-23, shuts down 2027-01-22).
   */
  readonly CLAUDE_OPUS_4_5: "claude-opus-4-5";
  /**
   * `claude-opus-4-6`: Claude Opus 4.6 (Anthropic): 1,000,000-token context, $5.00 in / $25.00 out per 1M tokens, production.
   */
  readonly CLAUDE_OPUS_4_6: "claude-opus-4-6";
  /**
   * `claude-opus-4-7`: Claude Opus 4.7 (Anthropic): 1,000,000-token context, $5.00 in / $25.00 out per 1M tokens, production.
   */
  readonly CLAUDE_OPUS_4_7: "claude-opus-4-7";
  /**
   * `claude-opus-4-8`: Claude Opus 4.8 (Anthropic): 1,000,000-token context, $5.00 in / $25.00 out per 1M tokens, production.
   */
  readonly CLAUDE_OPUS_4_8: "claude-opus-4-8";
  /**
   * `claude-opus-5`: Claude Opus 5 (Anthropic): 1,000,000-token context, $5.00 in / $25.00 out per 1M tokens, production.
   */
  readonly CLAUDE_OPUS_5: "claude-opus-5";
  /**
   * `claude-opus-5-5`: Claude Opus 5.5 (Anthropic): 1,000,000-token context, $4.00 in / $20.00 out per 1M tokens, production.
   */
  readonly CLAUDE_OPUS_5_5: "claude-opus-5-5";
  /**
   * `claude-sonnet-4`: Claude Sonnet 4 (Anthropic): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.CLAUDE_SONNET_4_6 instead (deprecated 2026-04-14, shuts down 2026-06-15).
   */
  readonly CLAUDE_SONNET_4: "claude-sonnet-4";
  /**
   * `claude-sonnet-4-5`: Claude Sonnet 4.5 (Anthropic): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.CLAUDE_SONNET_5_5 instead (deprecated 2026-09-30, shuts down 2026-11-30).
   */
  readonly CLAUDE_SONNET_4_5: "claude-sonnet-4-5";
  /**
   * `claude-sonnet-4-6`: Claude Sonnet 4.6 (Anthropic): 1,000,000-token context, $3.00 in / $15.00 out per 1M tokens, production.
   */
  readonly CLAUDE_SONNET_4_6: "claude-sonnet-4-6";
  /**
   * `claude-sonnet-5`: Claude Sonnet 5 (Anthropic): 1,000,000-token context, $2.00 in / $10.00 out per 1M tokens, production.
   */
  readonly CLAUDE_SONNET_5: "claude-sonnet-5";
  /**
   * `claude-sonnet-5-5`: Claude Sonnet 5.5 (Anthropic): 1,000,000-token context, $2.00 in / $10.00 out per 1M tokens, production.
   */
  readonly CLAUDE_SONNET_5_5: "claude-sonnet-5-5";
}

/** The type of `AzureModels`: a constant for each of Azure OpenAI's model IDs. */
export interface AzureModelConstants {
  /**
   * `azure/claude-3-5-sonnet`: Claude Sonnet 3.5 (legacy registry row) (Azure OpenAI): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.CLAUDE_SONNET_4_6 instead (shuts down 2025-10-22).
   */
  readonly AZURE_CLAUDE_3_5_SONNET: "azure/claude-3-5-sonnet";
  /**
   * `azure/gpt-4`: GPT-4 (Azure OpenAI): 8,192-token context, $30.00 in / $60.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.AZURE_GPT_5_6_SOL instead (deprecated 2025-06-06, shuts down 2025-06-06).
   */
  readonly AZURE_GPT_4: "azure/gpt-4";
  /**
   * `azure/gpt-4-turbo`: GPT-4 Turbo (Azure OpenAI): 128,000-token context, $10.00 in / $30.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.AZURE_GPT_5_6_SOL instead (deprecated 2025-06-06, shuts down 2025-06-06).
   */
  readonly AZURE_GPT_4_TURBO: "azure/gpt-4-turbo";
  /**
   * `azure/gpt-4.1`: GPT-4.1 (Azure OpenAI): 1,047,576-token context, $2.00 in / $8.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.AZURE_GPT_5_6_TERRA instead (deprecated 2026-04-14, shuts down 2027-04-14).
   */
  readonly AZURE_GPT_4_1: "azure/gpt-4.1";
  /**
   * `azure/gpt-4.1-mini`: GPT-4.1 mini (Azure OpenAI): 1,047,576-token context, $0.40 in / $1.60 out per 1M tokens, deprecated.
   * @deprecated Use Models.AZURE_GPT_5_6_LUNA instead (deprecated 2026-04-14, shuts down 2027-04-14).
   */
  readonly AZURE_GPT_4_1_MINI: "azure/gpt-4.1-mini";
  /**
   * `azure/gpt-4.1-nano`: GPT-4.1 nano (Azure OpenAI): 1,047,576-token context, $0.10 in / $0.40 out per 1M tokens, deprecated.
   * @deprecated Use Models.AZURE_GPT_6_LUNA instead (deprecated 2026-04-14, shuts down 2027-04-14).
   */
  readonly AZURE_GPT_4_1_NANO: "azure/gpt-4.1-nano";
  /**
   * `azure/gpt-4o`: GPT-4o (Azure OpenAI): 128,000-token context, $2.50 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.AZURE_GPT_5_6_SOL instead (deprecated 2025-11-20, shuts down 2027-04-14).
   */
  readonly AZURE_GPT_4O: "azure/gpt-4o";
  /**
   * `azure/gpt-4o-mini`: GPT-4o mini (Azure OpenAI): 128,000-token context, $0.15 in / $0.60 out per 1M tokens, deprecated.
   * @deprecated Use Models.AZURE_GPT_6_LUNA instead (deprecated 2025-07-18, shuts down 2027-04-14).
   */
  readonly AZURE_GPT_4O_MINI: "azure/gpt-4o-mini";
  /**
   * `azure/gpt-5`: GPT-5 (Azure OpenAI): 400,000-token context, $1.25 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.AZURE_GPT_5_6_SOL instead (deprecated 2026-08-07, shuts down 2027-02-09).
   */
  readonly AZURE_GPT_5: "azure/gpt-5";
  /**
   * `azure/gpt-5-codex`: GPT-5 Codex (Azure OpenAI): 400,000-token context, $1.25 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.AZURE_GPT_5_3_CODEX instead (deprecated 2026-09-15, shuts down 2027-03-17).
   */
  readonly AZURE_GPT_5_CODEX: "azure/gpt-5-codex";
  /**
   * `azure/gpt-5-mini`: GPT-5 mini (Azure OpenAI): 400,000-token context, $0.25 in / $2.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.AZURE_GPT_5_6_TERRA instead (deprecated 2026-08-07, shuts down 2027-02-09).
   */
  readonly AZURE_GPT_5_MINI: "azure/gpt-5-mini";
  /**
   * `azure/gpt-5-nano`: GPT-5 nano (Azure OpenAI): 400,000-token context, $0.05 in / $0.40 out per 1M tokens, deprecated.
   * @deprecated Use Models.AZURE_GPT_5_6_LUNA instead (deprecated 2026-08-07, shuts down 2027-02-09).
   */
  readonly AZURE_GPT_5_NANO: "azure/gpt-5-nano";
  /**
   * `azure/gpt-5-pro`: GPT-5 Pro (Azure OpenAI): 400,000-token context, $15.00 in / $120.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.AZURE_GPT_5_4_PRO instead (deprecated 2026-10-06, shuts down 2027-04-07).
   */
  readonly AZURE_GPT_5_PRO: "azure/gpt-5-pro";
  /**
   * `azure/gpt-5.1`: GPT-5.1 (Azure OpenAI): 400,000-token context, $1.25 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.AZURE_GPT_5_6_SOL instead (deprecated 2026-11-13, shuts down 2027-05-15).
   */
  readonly AZURE_GPT_5_1: "azure/gpt-5.1";
  /**
   * `azure/gpt-5.1-codex`: GPT-5.1 Codex (Azure OpenAI): 400,000-token context, $1.25 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.AZURE_GPT_5_3_CODEX instead (deprecated 2026-11-13, shuts down 2027-05-15).
   */
  readonly AZURE_GPT_5_1_CODEX: "azure/gpt-5.1-codex";
  /**
   * `azure/gpt-5.1-codex-max`: GPT-5.1 Codex Max (Azure OpenAI): 400,000-token context, $1.25 in / $10.00 out per 1M tokens, production.
   */
  readonly AZURE_GPT_5_1_CODEX_MAX: "azure/gpt-5.1-codex-max";
  /**
   * `azure/gpt-5.1-codex-mini`: GPT-5.1 Codex mini (Azure OpenAI): 400,000-token context, $0.25 in / $2.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.AZURE_GPT_5_6_TERRA instead (deprecated 2026-11-13, shuts down 2027-05-15).
   */
  readonly AZURE_GPT_5_1_CODEX_MINI: "azure/gpt-5.1-codex-mini";
  /**
   * `azure/gpt-5.2`: GPT-5.2 (Azure OpenAI): 400,000-token context, $1.75 in / $14.00 out per 1M tokens, production.
   */
  readonly AZURE_GPT_5_2: "azure/gpt-5.2";
  /**
   * `azure/gpt-5.2-codex`: GPT-5.2 Codex (Azure OpenAI): 400,000-token context, $1.75 in / $14.00 out per 1M tokens, production.
   */
  readonly AZURE_GPT_5_2_CODEX: "azure/gpt-5.2-codex";
  /**
   * `azure/gpt-5.3-codex`: GPT-5.3 Codex (Azure OpenAI): 400,000-token context, $1.75 in / $14.00 out per 1M tokens, production.
   */
  readonly AZURE_GPT_5_3_CODEX: "azure/gpt-5.3-codex";
  /**
   * `azure/gpt-5.4`: GPT-5.4 (Azure OpenAI): 1,050,000-token context, $2.50 in / $15.00 out per 1M tokens, production.
   */
  readonly AZURE_GPT_5_4: "azure/gpt-5.4";
  /**
   * `azure/gpt-5.4-mini`: GPT-5.4 mini (Azure OpenAI): 400,000-token context, $0.75 in / $4.50 out per 1M tokens, production.
   */
  readonly AZURE_GPT_5_4_MINI: "azure/gpt-5.4-mini";
  /**
   * `azure/gpt-5.4-nano`: GPT-5.4 nano (Azure OpenAI): 400,000-token context, $0.20 in / $1.25 out per 1M tokens, production.
   */
  readonly AZURE_GPT_5_4_NANO: "azure/gpt-5.4-nano";
  /**
   * `azure/gpt-5.4-pro`: GPT-5.4 Pro (Azure OpenAI): 1,050,000-token context, $30.00 in / $180.00 out per 1M tokens, production.
   */
  readonly AZURE_GPT_5_4_PRO: "azure/gpt-5.4-pro";
  /**
   * `azure/gpt-5.5`: GPT-5.5 (Azure OpenAI): 1,050,000-token context, $5.00 in / $30.00 out per 1M tokens, production.
   */
  readonly AZURE_GPT_5_5: "azure/gpt-5.5";
  /**
   * `azure/gpt-5.6-luna`: GPT-5.6 Luna (Azure OpenAI): 1,050,000-token context, $0.20 in / $1.20 out per 1M tokens, production.
   */
  readonly AZURE_GPT_5_6_LUNA: "azure/gpt-5.6-luna";
  /**
   * `azure/gpt-5.6-sol`: GPT-5.6 Sol (Azure OpenAI): 1,050,000-token context, $5.00 in / $30.00 out per 1M tokens, production.
   */
  readonly AZURE_GPT_5_6_SOL: "azure/gpt-5.6-sol";
  /**
   * `azure/gpt-5.6-terra`: GPT-5.6 Terra (Azure OpenAI): 1,050,000-token context, $2.00 in / $12.00 out per 1M tokens, production.
   */
  readonly AZURE_GPT_5_6_TERRA: "azure/gpt-5.6-terra";
  /**
   * `azure/gpt-6-astra`: GPT-6 Astra (Azure OpenAI): 1,050,000-token context, $10.00 in / $50.00 out per 1M tokens, production.
   */
  readonly AZURE_GPT_6_ASTRA: "azure/gpt-6-astra";
  /**
   * `azure/gpt-6-luna`: GPT-6 Luna (Azure OpenAI): 1,050,000-token context, $0.10 in / $0.50 out per 1M tokens, production.
   */
  readonly AZURE_GPT_6_LUNA: "azure/gpt-6-luna";
  /**
   * `azure/gpt-6-sol`: GPT-6 Sol (Azure OpenAI): 1,050,000-token context, $2.00 in / $10.00 out per 1M tokens, production.
   */
  readonly AZURE_GPT_6_SOL: "azure/gpt-6-sol";
  /**
   * `azure/gpt-6.1-sol`: GPT-6.1 Sol (Azure OpenAI): 1,050,000-token context, $2.00 in / $10.00 out per 1M tokens, production.
   */
  readonly AZURE_GPT_6_1_SOL: "azure/gpt-6.1-sol";
  /**
   * `azure/gpt-chat-latest`: GPT chat-latest (Azure OpenAI): 400,000-token context, $5.00 in / $30.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.AZURE_GPT_5_5 instead (shuts down 2026-12-02).
   */
  readonly AZURE_GPT_CHAT_LATEST: "azure/gpt-chat-latest";
  /**
   * `azure/o3`: o3 (Azure OpenAI): 200,000-token context, $2.00 in / $8.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.AZURE_GPT_5_6_SOL instead (deprecated 2026-04-16, shuts down 2026-10-21).
   */
  readonly AZURE_O3: "azure/o3";
  /**
   * `azure/o3-pro`: o3-pro (Azure OpenAI): 200,000-token context, $20.00 in / $80.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.AZURE_GPT_5_6_SOL instead (deprecated 2026-06-10, shuts down 2026-12-17).
   */
  readonly AZURE_O3_PRO: "azure/o3-pro";
  /**
   * `azure/o4-mini`: o4-mini (Azure OpenAI): 200,000-token context, $1.10 in / $4.40 out per 1M tokens, deprecated.
   * @deprecated Use Models.AZURE_GPT_5_6_TERRA instead (deprecated 2026-04-16, shuts down 2026-10-16).
   */
  readonly AZURE_O4_MINI: "azure/o4-mini";
  /** `azure/phi-4`: Phi-4 (Azure OpenAI): 16,384-token context, $0.125 in / $0.50 out per 1M tokens, production. */
  readonly AZURE_PHI_4: "azure/phi-4";
}

/** The type of `BedrockModels`: a constant for each of Bedrock's model IDs. */
export interface BedrockModelConstants {
  /**
   * `amazon.nova-2-lite-v1:0`: Amazon Nova 2 Lite (Bedrock): 1,000,000-token context, $0.30 in / $2.50 out per 1M tokens, production.
   */
  readonly AMAZON_NOVA_2_LITE_V1_0: "amazon.nova-2-lite-v1:0";
  /**
   * `amazon.nova-2-pro-preview-20251202-v1:0`: Amazon Nova 2 Pro (Preview) (Bedrock): 1,000,000-token context, $2.1875 in / $17.50 out per 1M tokens, beta.
   */
  readonly AMAZON_NOVA_2_PRO_PREVIEW_20251202_V1_0: "amazon.nova-2-pro-preview-20251202-v1:0";
  /**
   * `amazon.nova-lite-v1:0`: Amazon Nova Lite (Bedrock): 300,000-token context, $0.06 in / $0.24 out per 1M tokens, production.
   */
  readonly AMAZON_NOVA_LITE_V1_0: "amazon.nova-lite-v1:0";
  /**
   * `amazon.nova-micro-v1:0`: Amazon Nova Micro (Bedrock): 128,000-token context, $0.035 in / $0.14 out per 1M tokens, production.
   */
  readonly AMAZON_NOVA_MICRO_V1_0: "amazon.nova-micro-v1:0";
  /**
   * `amazon.nova-pro-v1:0`: Amazon Nova Pro (Bedrock): 300,000-token context, $0.80 in / $3.20 out per 1M tokens, production.
   */
  readonly AMAZON_NOVA_PRO_V1_0: "amazon.nova-pro-v1:0";
  /**
   * `amazon.titan-text-express-v1`: Amazon Titan Text Express (Bedrock): 8,192-token context, $0.20 in / $0.60 out per 1M tokens, production.
   */
  readonly AMAZON_TITAN_TEXT_EXPRESS_V1: "amazon.titan-text-express-v1";
  /**
   * `anthropic.claude-3-5-sonnet-20241022-v2:0`: Claude Sonnet 3.5 v2 (Bedrock): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.ANTHROPIC_CLAUDE_SONNET_5 instead (shuts down 2026-07-30).
   */
  readonly ANTHROPIC_CLAUDE_3_5_SONNET_20241022_V2_0: "anthropic.claude-3-5-sonnet-20241022-v2:0";
  /**
   * `anthropic.claude-3-opus-20240229-v1:0`: Claude Opus 3 (Bedrock): 200,000-token context, $15.00 in / $75.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.ANTHROPIC_CLAUDE_OPUS_4_8 instead.
   */
  readonly ANTHROPIC_CLAUDE_3_OPUS_20240229_V1_0: "anthropic.claude-3-opus-20240229-v1:0";
  /**
   * `anthropic.claude-fable-5`: Claude Fable 5 (Bedrock): 1,000,000-token context, $10.00 in / $50.00 out per 1M tokens, production.
   */
  readonly ANTHROPIC_CLAUDE_FABLE_5: "anthropic.claude-fable-5";
  /**
   * `anthropic.claude-fable-5-1`: Claude Fable 5.1 (Bedrock): 1,000,000-token context, $10.00 in / $50.00 out per 1M tokens, production.
   */
  readonly ANTHROPIC_CLAUDE_FABLE_5_1: "anthropic.claude-fable-5-1";
  /**
   * `anthropic.claude-haiku-4-5-20251001-v1:0`: Claude Haiku 4.5 (Bedrock): 200,000-token context, $1.00 in / $5.00 out per 1M tokens, production.
   */
  readonly ANTHROPIC_CLAUDE_HAIKU_4_5_20251001_V1_0: "anthropic.claude-haiku-4-5-20251001-v1:0";
  /**
   * `anthropic.claude-opus-4-1-20250805-v1:0`: Claude Opus 4.1 (Bedrock): 200,000-token context, $15.00 in / $75.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.ANTHROPIC_CLAUDE_OPUS_4_8 instead (deprecated 2026-07-08, shuts down 2027-01-08).
   */
  readonly ANTHROPIC_CLAUDE_OPUS_4_1_20250805_V1_0: "anthropic.claude-opus-4-1-20250805-v1:0";
  /**
   * `anthropic.claude-opus-4-5-20251101-v1:0`: Claude Opus 4.5 (Bedrock): 200,000-token context, $5.00 in / $25.00 out per 1M tokens, production.
   */
  readonly ANTHROPIC_CLAUDE_OPUS_4_5_20251101_V1_0: "anthropic.claude-opus-4-5-20251101-v1:0";
  /**
   * `anthropic.claude-opus-4-6-v1`: Claude Opus 4.6 (Bedrock): 1,000,000-token context, $5.00 in / $25.00 out per 1M tokens, production.
   */
  readonly ANTHROPIC_CLAUDE_OPUS_4_6_V1: "anthropic.claude-opus-4-6-v1";
  /**
   * `anthropic.claude-opus-4-7`: Claude Opus 4.7 (Bedrock): 1,000,000-token context, $5.00 in / $25.00 out per 1M tokens, production.
   */
  readonly ANTHROPIC_CLAUDE_OPUS_4_7: "anthropic.claude-opus-4-7";
  /**
   * `anthropic.claude-opus-4-8`: Claude Opus 4.8 (Bedrock): 1,000,000-token context, $5.00 in / $25.00 out per 1M tokens, production.
   */
  readonly ANTHROPIC_CLAUDE_OPUS_4_8: "anthropic.claude-opus-4-8";
  /**
   * `anthropic.claude-opus-5`: Claude Opus 5 (Bedrock): 1,000,000-token context, $5.00 in / $25.00 out per 1M tokens, production.
   */
  readonly ANTHROPIC_CLAUDE_OPUS_5: "anthropic.claude-opus-5";
  /**
   * `anthropic.claude-opus-5-5`: Claude Opus 5.5 (Bedrock): 1,000,000-token context, $4.00 in / $20.00 out per 1M tokens, production.
   */
  readonly ANTHROPIC_CLAUDE_OPUS_5_5: "anthropic.claude-opus-5-5";
  /**
   * `anthropic.claude-sonnet-4-5-20250929-v1:0`: Claude Sonnet 4.5 (Bedrock): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, production.
   */
  readonly ANTHROPIC_CLAUDE_SONNET_4_5_20250929_V1_0: "anthropic.claude-sonnet-4-5-20250929-v1:0";
  /**
   * `anthropic.claude-sonnet-4-6`: Claude Sonnet 4.6 (Bedrock): 1,000,000-token context, $3.00 in / $15.00 out per 1M tokens, production.
   */
  readonly ANTHROPIC_CLAUDE_SONNET_4_6: "anthropic.claude-sonnet-4-6";
  /**
   * `anthropic.claude-sonnet-5`: Claude Sonnet 5 (Bedrock): 1,000,000-token context, $2.00 in / $10.00 out per 1M tokens, production.
   */
  readonly ANTHROPIC_CLAUDE_SONNET_5: "anthropic.claude-sonnet-5";
  /**
   * `anthropic.claude-sonnet-5-5`: Claude Sonnet 5.5 (Bedrock): 1,000,000-token context, $2.00 in / $10.00 out per 1M tokens, production.
   */
  readonly ANTHROPIC_CLAUDE_SONNET_5_5: "anthropic.claude-sonnet-5-5";
  /**
   * `deepseek.r1-v1:0`: DeepSeek R1 (Bedrock): 128,000-token context, $1.35 in / $5.40 out per 1M tokens, production.
   */
  readonly DEEPSEEK_R1_V1_0: "deepseek.r1-v1:0";
  /**
   * `deepseek.v3-v1:0`: DeepSeek V3.1 (Bedrock): 163,840-token context, $0.58 in / $1.68 out per 1M tokens, production.
   */
  readonly DEEPSEEK_V3_V1_0: "deepseek.v3-v1:0";
  /**
   * `deepseek.v3.2`: DeepSeek V3.2 (Bedrock): 163,840-token context, $0.62 in / $1.85 out per 1M tokens, production.
   */
  readonly DEEPSEEK_V3_2: "deepseek.v3.2";
  /**
   * `google.gemma-3-12b-it`: Gemma 3 12B (Bedrock): 128,000-token context, $0.09 in / $0.29 out per 1M tokens, production.
   */
  readonly GOOGLE_GEMMA_3_12B_IT: "google.gemma-3-12b-it";
  /**
   * `google.gemma-3-27b-it`: Gemma 3 27B (Bedrock): 128,000-token context, $0.23 in / $0.38 out per 1M tokens, production.
   */
  readonly GOOGLE_GEMMA_3_27B_IT: "google.gemma-3-27b-it";
  /**
   * `google.gemma-3-4b-it`: Gemma 3 4B (Bedrock): 128,000-token context, $0.04 in / $0.08 out per 1M tokens, production.
   */
  readonly GOOGLE_GEMMA_3_4B_IT: "google.gemma-3-4b-it";
  /**
   * `meta.llama3-1-405b-instruct-v1:0`: Llama 3.1 405B (Bedrock): 128,000-token context, $5.32 in / $16.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.META_LLAMA4_MAVERICK_17B_INSTRUCT_V1_0 instead (shuts down 2026-07-07).
   */
  readonly META_LLAMA3_1_405B_INSTRUCT_V1_0: "meta.llama3-1-405b-instruct-v1:0";
  /**
   * `meta.llama3-1-70b-instruct-v1:0`: Llama 3.1 70B (Bedrock): 128,000-token context, $0.72 in / $0.72 out per 1M tokens, production.
   */
  readonly META_LLAMA3_1_70B_INSTRUCT_V1_0: "meta.llama3-1-70b-instruct-v1:0";
  /**
   * `meta.llama3-1-8b-instruct-v1:0`: Llama 3.1 8B (Bedrock): 128,000-token context, $0.22 in / $0.22 out per 1M tokens, production.
   */
  readonly META_LLAMA3_1_8B_INSTRUCT_V1_0: "meta.llama3-1-8b-instruct-v1:0";
  /**
   * `meta.llama3-3-70b-instruct-v1:0`: Llama 3.3 70B (Bedrock): 128,000-token context, $0.72 in / $0.72 out per 1M tokens, production.
   */
  readonly META_LLAMA3_3_70B_INSTRUCT_V1_0: "meta.llama3-3-70b-instruct-v1:0";
  /**
   * `meta.llama4-maverick-17b-instruct-v1:0`: Llama 4 Maverick 17B (Bedrock): 1,000,000-token context, $0.24 in / $0.97 out per 1M tokens, production.
   */
  readonly META_LLAMA4_MAVERICK_17B_INSTRUCT_V1_0: "meta.llama4-maverick-17b-instruct-v1:0";
  /**
   * `meta.llama4-scout-17b-instruct-v1:0`: Llama 4 Scout 17B (Bedrock): 128,000-token context, $0.17 in / $0.66 out per 1M tokens, production.
   */
  readonly META_LLAMA4_SCOUT_17B_INSTRUCT_V1_0: "meta.llama4-scout-17b-instruct-v1:0";
  /**
   * `minimax.minimax-m2`: MiniMax M2 (Bedrock): 204,608-token context, $0.30 in / $1.20 out per 1M tokens, production.
   */
  readonly MINIMAX_MINIMAX_M2: "minimax.minimax-m2";
  /**
   * `minimax.minimax-m2.1`: MiniMax M2.1 (Bedrock): 204,800-token context, $0.30 in / $1.20 out per 1M tokens, production.
   */
  readonly MINIMAX_MINIMAX_M2_1: "minimax.minimax-m2.1";
  /**
   * `minimax.minimax-m2.5`: MiniMax M2.5 (Bedrock): 196,608-token context, $0.30 in / $1.20 out per 1M tokens, production.
   */
  readonly MINIMAX_MINIMAX_M2_5: "minimax.minimax-m2.5";
  /**
   * `mistral.devstral-2-123b`: Devstral 2 123B (Bedrock): 256,000-token context, $0.40 in / $2.00 out per 1M tokens, production.
   */
  readonly MISTRAL_DEVSTRAL_2_123B: "mistral.devstral-2-123b";
  /**
   * `mistral.magistral-small-2509`: Magistral Small 1.2 (Bedrock): 128,000-token context, $0.50 in / $1.50 out per 1M tokens, production.
   */
  readonly MISTRAL_MAGISTRAL_SMALL_2509: "mistral.magistral-small-2509";
  /**
   * `mistral.ministral-3-14b-instruct`: Ministral 3 14B (Bedrock): 128,000-token context, $0.20 in / $0.20 out per 1M tokens, production.
   */
  readonly MISTRAL_MINISTRAL_3_14B_INSTRUCT: "mistral.ministral-3-14b-instruct";
  /**
   * `mistral.ministral-3-3b-instruct`: Ministral 3 3B (Bedrock): 256,000-token context, $0.10 in / $0.10 out per 1M tokens, production.
   */
  readonly MISTRAL_MINISTRAL_3_3B_INSTRUCT: "mistral.ministral-3-3b-instruct";
  /**
   * `mistral.ministral-3-8b-instruct`: Ministral 3 8B (Bedrock): 128,000-token context, $0.15 in / $0.15 out per 1M tokens, production.
   */
  readonly MISTRAL_MINISTRAL_3_8B_INSTRUCT: "mistral.ministral-3-8b-instruct";
  /**
   * `mistral.mistral-large-3-675b-instruct`: Mistral Large 3 (Bedrock): 256,000-token context, $0.50 in / $1.50 out per 1M tokens, production.
   */
  readonly MISTRAL_MISTRAL_LARGE_3_675B_INSTRUCT: "mistral.mistral-large-3-675b-instruct";
  /**
   * `mistral.pixtral-large-2502-v1:0`: Pixtral Large (25.02) (Bedrock): 128,000-token context, $2.00 in / $6.00 out per 1M tokens, production.
   */
  readonly MISTRAL_PIXTRAL_LARGE_2502_V1_0: "mistral.pixtral-large-2502-v1:0";
  /**
   * `mistral.voxtral-small-24b-2507`: Voxtral Small 24B 2507 (Bedrock): 32,000-token context, $0.10 in / $0.30 out per 1M tokens, production.
   */
  readonly MISTRAL_VOXTRAL_SMALL_24B_2507: "mistral.voxtral-small-24b-2507";
  /**
   * `moonshot.kimi-k2-thinking`: Kimi K2 Thinking (Bedrock): 262,143-token context, $0.60 in / $2.50 out per 1M tokens, production.
   */
  readonly MOONSHOT_KIMI_K2_THINKING: "moonshot.kimi-k2-thinking";
  /**
   * `moonshotai.kimi-k2.5`: Kimi K2.5 (Bedrock): 262,143-token context, $0.60 in / $3.00 out per 1M tokens, production.
   */
  readonly MOONSHOTAI_KIMI_K2_5: "moonshotai.kimi-k2.5";
  /**
   * `nvidia.nemotron-nano-12b-v2`: Nemotron Nano 12B v2 VL (Bedrock): 128,000-token context, $0.20 in / $0.60 out per 1M tokens, production.
   */
  readonly NVIDIA_NEMOTRON_NANO_12B_V2: "nvidia.nemotron-nano-12b-v2";
  /**
   * `nvidia.nemotron-nano-3-30b`: Nemotron 3 Nano 30B (Bedrock): 256,000-token context, $0.06 in / $0.24 out per 1M tokens, production.
   */
  readonly NVIDIA_NEMOTRON_NANO_3_30B: "nvidia.nemotron-nano-3-30b";
  /**
   * `nvidia.nemotron-nano-9b-v2`: Nemotron Nano 9B v2 (Bedrock): 128,000-token context, $0.06 in / $0.23 out per 1M tokens, production.
   */
  readonly NVIDIA_NEMOTRON_NANO_9B_V2: "nvidia.nemotron-nano-9b-v2";
  /**
   * `nvidia.nemotron-super-3-120b`: Nemotron 3 Super 120B (Bedrock): 262,144-token context, $0.15 in / $0.65 out per 1M tokens, production.
   */
  readonly NVIDIA_NEMOTRON_SUPER_3_120B: "nvidia.nemotron-super-3-120b";
  /** `openai.gpt-5.4`: GPT-5.4 (Bedrock): 272,000-token context, $2.75 in / $16.50 out per 1M tokens, production. */
  readonly OPENAI_GPT_5_4: "openai.gpt-5.4";
  /** `openai.gpt-5.5`: GPT-5.5 (Bedrock): 272,000-token context, $5.50 in / $33.00 out per 1M tokens, production. */
  readonly OPENAI_GPT_5_5: "openai.gpt-5.5";
  /**
   * `openai.gpt-5.6-luna`: GPT-5.6 Luna (Bedrock): 1,050,000-token context, $0.22 in / $1.32 out per 1M tokens, production.
   */
  readonly OPENAI_GPT_5_6_LUNA: "openai.gpt-5.6-luna";
  /**
   * `openai.gpt-5.6-terra`: GPT-5.6 Terra (Bedrock): 1,050,000-token context, $2.20 in / $13.20 out per 1M tokens, production.
   */
  readonly OPENAI_GPT_5_6_TERRA: "openai.gpt-5.6-terra";
  /**
   * `openai.gpt-oss-120b-1:0`: gpt-oss-120b (Bedrock): 128,000-token context, $0.15 in / $0.60 out per 1M tokens, production.
   */
  readonly OPENAI_GPT_OSS_120B_1_0: "openai.gpt-oss-120b-1:0";
  /**
   * `openai.gpt-oss-20b-1:0`: gpt-oss-20b (Bedrock): 128,000-token context, $0.07 in / $0.30 out per 1M tokens, production.
   */
  readonly OPENAI_GPT_OSS_20B_1_0: "openai.gpt-oss-20b-1:0";
  /**
   * `openai.gpt-oss-safeguard-120b`: GPT OSS Safeguard 120B (Bedrock): 128,000-token context, $0.15 in / $0.60 out per 1M tokens, production.
   */
  readonly OPENAI_GPT_OSS_SAFEGUARD_120B: "openai.gpt-oss-safeguard-120b";
  /**
   * `openai.gpt-oss-safeguard-20b`: GPT OSS Safeguard 20B (Bedrock): 128,000-token context, $0.07 in / $0.20 out per 1M tokens, production.
   */
  readonly OPENAI_GPT_OSS_SAFEGUARD_20B: "openai.gpt-oss-safeguard-20b";
  /**
   * `qwen.qwen3-235b-a22b-2507-v1:0`: Qwen3 235B A22B 2507 (Bedrock): 262,144-token context, $0.22 in / $0.88 out per 1M tokens, production.
   */
  readonly QWEN_QWEN3_235B_A22B_2507_V1_0: "qwen.qwen3-235b-a22b-2507-v1:0";
  /**
   * `qwen.qwen3-32b-v1:0`: Qwen3 32B (Bedrock): 131,072-token context, $0.15 in / $0.60 out per 1M tokens, production.
   */
  readonly QWEN_QWEN3_32B_V1_0: "qwen.qwen3-32b-v1:0";
  /**
   * `qwen.qwen3-coder-30b-a3b-v1:0`: Qwen3 Coder 30B A3B (Bedrock): 262,144-token context, $0.15 in / $0.60 out per 1M tokens, production.
   */
  readonly QWEN_QWEN3_CODER_30B_A3B_V1_0: "qwen.qwen3-coder-30b-a3b-v1:0";
  /**
   * `qwen.qwen3-coder-480b-a35b-v1:0`: Qwen3 Coder 480B A35B (Bedrock): 131,072-token context, $0.22 in / $1.80 out per 1M tokens, production.
   */
  readonly QWEN_QWEN3_CODER_480B_A35B_V1_0: "qwen.qwen3-coder-480b-a35b-v1:0";
  /**
   * `qwen.qwen3-coder-next`: Qwen3 Coder Next (Bedrock): 131,072-token context, $0.22 in / $1.80 out per 1M tokens, production.
   */
  readonly QWEN_QWEN3_CODER_NEXT: "qwen.qwen3-coder-next";
  /**
   * `qwen.qwen3-next-80b-a3b`: Qwen3 Next 80B A3B (Bedrock): 128,000-token context, $0.15 in / $1.20 out per 1M tokens, production.
   */
  readonly QWEN_QWEN3_NEXT_80B_A3B: "qwen.qwen3-next-80b-a3b";
  /**
   * `qwen.qwen3-vl-235b-a22b`: Qwen3 VL 235B A22B (Bedrock): 256,000-token context, $0.53 in / $2.66 out per 1M tokens, production.
   */
  readonly QWEN_QWEN3_VL_235B_A22B: "qwen.qwen3-vl-235b-a22b";
  /**
   * `us.amazon.nova-premier-v1:0`: Amazon Nova Premier (Bedrock): 1,000,000-token context, $2.50 in / $12.50 out per 1M tokens, deprecated.
   * @deprecated Use Models.AMAZON_NOVA_2_LITE_V1_0 instead (shuts down 2026-09-14).
   */
  readonly US_AMAZON_NOVA_PREMIER_V1_0: "us.amazon.nova-premier-v1:0";
  /**
   * `writer.palmyra-x4-v1:0`: Palmyra X4 (Bedrock): 128,000-token context, $2.50 in / $10.00 out per 1M tokens, production.
   */
  readonly WRITER_PALMYRA_X4_V1_0: "writer.palmyra-x4-v1:0";
  /**
   * `writer.palmyra-x5-v1:0`: Palmyra X5 (Bedrock): 1,000,000-token context, $0.60 in / $6.00 out per 1M tokens, production.
   */
  readonly WRITER_PALMYRA_X5_V1_0: "writer.palmyra-x5-v1:0";
  /** `xai.grok-4.3`: Grok 4.3 (Bedrock): 1,000,000-token context, $1.25 in / $2.50 out per 1M tokens, production. */
  readonly XAI_GROK_4_3: "xai.grok-4.3";
  /** `zai.glm-4.7`: GLM-4.7 (Bedrock): 204,800-token context, $0.60 in / $2.20 out per 1M tokens, production. */
  readonly ZAI_GLM_4_7: "zai.glm-4.7";
  /**
   * `zai.glm-4.7-flash`: GLM-4.7-Flash (Bedrock): 200,000-token context, $0.07 in / $0.40 out per 1M tokens, production.
   */
  readonly ZAI_GLM_4_7_FLASH: "zai.glm-4.7-flash";
  /** `zai.glm-5`: GLM-5 (Bedrock): 202,752-token context, $1.00 in / $3.20 out per 1M tokens, production. */
  readonly ZAI_GLM_5: "zai.glm-5";
}

/** The type of `DIALModels`: a constant for each of DIAL's model IDs. */
export interface DIALModelConstants {
  /**
   * `dial-claude-opus-4`: Claude Opus 4 (DIAL): 200,000-token context, $15.00 in / $75.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.DIAL_CLAUDE_OPUS_4_8 instead (deprecated 2026-04-14, shuts down 2026-06-15).
   */
  readonly DIAL_CLAUDE_OPUS_4: "dial-claude-opus-4";
  /**
   * `dial-claude-opus-4-5`: Claude Opus 4.5 (DIAL): 200,000-token context, $5.00 in / $25.00 out per 1M tokens, production.
   */
  readonly DIAL_CLAUDE_OPUS_4_5: "dial-claude-opus-4-5";
  /**
   * `dial-claude-opus-4-8`: Claude Opus 4.8 (DIAL): 1,000,000-token context, $5.00 in / $25.00 out per 1M tokens, production.
   */
  readonly DIAL_CLAUDE_OPUS_4_8: "dial-claude-opus-4-8";
  /**
   * `dial-claude-sonnet-4`: Claude Sonnet 4 (DIAL): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.DIAL_CLAUDE_SONNET_4_6 instead (shuts down 2026-10-14).
   */
  readonly DIAL_CLAUDE_SONNET_4: "dial-claude-sonnet-4";
  /**
   * `dial-claude-sonnet-4-5`: Claude Sonnet 4.5 (DIAL): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, production.
   */
  readonly DIAL_CLAUDE_SONNET_4_5: "dial-claude-sonnet-4-5";
  /**
   * `dial-claude-sonnet-4-6`: Claude Sonnet 4.6 (DIAL): 1,000,000-token context, $3.00 in / $15.00 out per 1M tokens, production.
   */
  readonly DIAL_CLAUDE_SONNET_4_6: "dial-claude-sonnet-4-6";
  /**
   * `dial-gemini-2.5-pro`: Gemini 2.5 Pro (DIAL): 1,114,112-token context, $1.25 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.DIAL_GEMINI_3_1_PRO_PREVIEW instead (shuts down 2026-12-01).
   */
  readonly DIAL_GEMINI_2_5_PRO: "dial-gemini-2.5-pro";
  /**
   * `dial-gemini-3.1-pro-preview`: Gemini 3.1 Pro Preview (DIAL): 1,114,112-token context, $2.00 in / $12.00 out per 1M tokens, beta.
   */
  readonly DIAL_GEMINI_3_1_PRO_PREVIEW: "dial-gemini-3.1-pro-preview";
  /**
   * `dial-gpt-4.1`: GPT-4.1 (DIAL): 1,047,576-token context, $2.00 in / $8.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.DIAL_GPT_5_4 instead (deprecated 2026-10-14, shuts down 2027-01-14).
   */
  readonly DIAL_GPT_4_1: "dial-gpt-4.1";
  /** `dial-gpt-5.4`: GPT-5.4 (DIAL): 1,050,000-token context, $2.50 in / $15.00 out per 1M tokens, production. */
  readonly DIAL_GPT_5_4: "dial-gpt-5.4";
}

/** The type of `GoogleModels`: a constant for each of Google's model IDs. */
export interface GoogleModelConstants {
  /**
   * `gemini-1.5-flash`: Gemini 1.5 Flash (Google): 1,056,768-token context, $0.075 in / $0.30 out per 1M tokens, deprecated.
   * @deprecated Use Models.GEMINI_3_5_FLASH_LITE instead (shuts down 2025-09-24).
   */
  readonly GEMINI_1_5_FLASH: "gemini-1.5-flash";
  /**
   * `gemini-1.5-pro`: Gemini 1.5 Pro (Google): 2,105,344-token context, $1.25 in / $5.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GEMINI_3_8_FLASH instead (shuts down 2025-09-24).
   */
  readonly GEMINI_1_5_PRO: "gemini-1.5-pro";
  /**
   * `gemini-2.0-flash`: Gemini 2.0 Flash (Google): 1,056,768-token context, $0.10 in / $0.40 out per 1M tokens, deprecated.
   * @deprecated Use Models.GEMINI_3_1_FLASH_LITE instead (deprecated 2026-02-18, shuts down 2026-06-01).
   */
  readonly GEMINI_2_0_FLASH: "gemini-2.0-flash";
  /**
   * `gemini-2.0-flash-lite`: Gemini 2.0 Flash-Lite (Google): 1,056,768-token context, $0.075 in / $0.30 out per 1M tokens, deprecated.
   * @deprecated Use Models.GEMINI_3_1_FLASH_LITE instead (deprecated 2026-02-18, shuts down 2026-06-01).
   */
  readonly GEMINI_2_0_FLASH_LITE: "gemini-2.0-flash-lite";
  /**
   * `gemini-2.0-pro`: Gemini 2.0 Pro (experimental) (Google): 2,105,344-token context, $0.00 in / $0.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GEMINI_3_8_FLASH instead (deprecated 2025-03-25).
   */
  readonly GEMINI_2_0_PRO: "gemini-2.0-pro";
  /**
   * `gemini-2.5-flash`: Gemini 2.5 Flash (Google): 1,114,112-token context, $0.30 in / $2.50 out per 1M tokens, deprecated.
   * @deprecated Use Models.GEMINI_3_5_FLASH_LITE instead (shuts down 2026-12-01).
   */
  readonly GEMINI_2_5_FLASH: "gemini-2.5-flash";
  /**
   * `gemini-2.5-flash-lite`: Gemini 2.5 Flash-Lite (Google): 1,114,112-token context, $0.10 in / $0.40 out per 1M tokens, production.
   */
  readonly GEMINI_2_5_FLASH_LITE: "gemini-2.5-flash-lite";
  /**
   * `gemini-2.5-pro`: Gemini 2.5 Pro (Google): 1,114,112-token context, $1.25 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GEMINI_3_8_FLASH instead (shuts down 2026-12-01).
   */
  readonly GEMINI_2_5_PRO: "gemini-2.5-pro";
  /**
   * `gemini-3-flash-preview`: Gemini 3 Flash (preview) (Google): 1,114,112-token context, $0.50 in / $3.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GEMINI_3_6_FLASH instead.
   */
  readonly GEMINI_3_FLASH_PREVIEW: "gemini-3-flash-preview";
  /**
   * `gemini-3-pro-preview`: Gemini 3 Pro (preview) (Google): 1,114,112-token context, $2.00 in / $12.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GEMINI_3_1_PRO_PREVIEW instead (shuts down 2026-03-09).
   */
  readonly GEMINI_3_PRO_PREVIEW: "gemini-3-pro-preview";
  /**
   * `gemini-3.1-flash-lite`: Gemini 3.1 Flash-Lite (Google): 1,114,112-token context, $0.25 in / $1.50 out per 1M tokens, production.
   */
  readonly GEMINI_3_1_FLASH_LITE: "gemini-3.1-flash-lite";
  /**
   * `gemini-3.1-pro-preview`: Gemini 3.1 Pro (preview) (Google): 1,114,112-token context, $2.00 in / $12.00 out per 1M tokens, beta.
   */
  readonly GEMINI_3_1_PRO_PREVIEW: "gemini-3.1-pro-preview";
  /**
   * `gemini-3.1-pro-preview-customtools`: Gemini 3.1 Pro Custom Tools (preview) (Google): 1,114,112-token context, $2.00 in / $12.00 out per 1M tokens, beta.
   */
  readonly GEMINI_3_1_PRO_PREVIEW_CUSTOMTOOLS: "gemini-3.1-pro-preview-customtools";
  /**
   * `gemini-3.5-flash`: Gemini 3.5 Flash (Google): 1,114,112-token context, $1.50 in / $9.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GEMINI_3_6_FLASH instead (deprecated 2026-10-08).
   */
  readonly GEMINI_3_5_FLASH: "gemini-3.5-flash";
  /**
   * `gemini-3.5-flash-lite`: Gemini 3.5 Flash-Lite (Google): 1,114,112-token context, $0.30 in / $2.50 out per 1M tokens, production.
   */
  readonly GEMINI_3_5_FLASH_LITE: "gemini-3.5-flash-lite";
  /**
   * `gemini-3.6-flash`: Gemini 3.6 Flash (Google): 1,114,112-token context, $1.50 in / $7.50 out per 1M tokens, production.
   */
  readonly GEMINI_3_6_FLASH: "gemini-3.6-flash";
  /**
   * `gemini-3.7-flash`: Gemini 3.7 Flash (Google): 1,114,112-token context, $1.50 in / $7.50 out per 1M tokens, deprecated.
   * @deprecated Use Models.GEMINI_3_8_FLASH instead (deprecated 2026-10-08).
   */
  readonly GEMINI_3_7_FLASH: "gemini-3.7-flash";
  /**
   * `gemini-3.8-flash`: Gemini 3.8 Flash (Google): 1,114,112-token context, $1.50 in / $7.50 out per 1M tokens, production.
   */
  readonly GEMINI_3_8_FLASH: "gemini-3.8-flash";
  /**
   * `gemini-4-argon`: Gemini 4 Argon (Google): 1,048,576-token context, $4.00 in / $20.00 out per 1M tokens, production.
   */
  readonly GEMINI_4_ARGON: "gemini-4-argon";
  /**
   * `gemini-4-carbon`: Gemini 4 Carbon (Google): 1,048,576-token context, $4.00 in / $20.00 out per 1M tokens, production.
   */
  readonly GEMINI_4_CARBON: "gemini-4-carbon";
  /**
   * `gemini-4-hydrogen`: Gemini 4 Hydrogen (Google): 1,048,576-token context, $1.50 in / $7.50 out per 1M tokens, production.
   */
  readonly GEMINI_4_HYDROGEN: "gemini-4-hydrogen";
  /**
   * `gemini-4-neon`: Gemini 4 Neon (Google): 1,048,576-token context, $3.00 in / $15.00 out per 1M tokens, production.
   */
  readonly GEMINI_4_NEON: "gemini-4-neon";
  /**
   * `gemma-4-26b-a4b-it`: Gemma 4 26B A4B (Google): 262,144-token context, $0.00 in / $0.00 out per 1M tokens, production.
   */
  readonly GEMMA_4_26B_A4B_IT: "gemma-4-26b-a4b-it";
  /** `gemma-4-31b-it`: Gemma 4 31B (Google): 262,144-token context, $0.00 in / $0.00 out per 1M tokens, production. */
  readonly GEMMA_4_31B_IT: "gemma-4-31b-it";
}

/** The type of `OllamaModels`: a constant for each of Ollama's model IDs. */
export interface OllamaModelConstants {
  /** `codellama:13b`: codellama:13b (Ollama): 16,384-token context, $0.00 in / $0.00 out per 1M tokens, production. */
  readonly CODELLAMA_13B: "codellama:13b";
  /**
   * `codellama:13b-code`: codellama:13b-code (Ollama): 16,384-token context, $0.00 in / $0.00 out per 1M tokens, production.
   */
  readonly CODELLAMA_13B_CODE: "codellama:13b-code";
  /** `codellama:34b`: codellama:34b (Ollama): 16,384-token context, $0.00 in / $0.00 out per 1M tokens, production. */
  readonly CODELLAMA_34B: "codellama:34b";
  /**
   * `deepseek-coder:1.3b`: deepseek-coder:1.3b (Ollama): 16,384-token context, $0.00 in / $0.00 out per 1M tokens, production.
   */
  readonly DEEPSEEK_CODER_1_3B: "deepseek-coder:1.3b";
  /**
   * `deepseek-r1:70b`: deepseek-r1:70b (Ollama): 131,072-token context, $0.00 in / $0.00 out per 1M tokens, production.
   */
  readonly DEEPSEEK_R1_70B: "deepseek-r1:70b";
  /** `gemma:7b`: gemma:7b (Ollama): 8,192-token context, $0.00 in / $0.00 out per 1M tokens, production. */
  readonly GEMMA_7B: "gemma:7b";
  /** `gpt-oss:120b`: gpt-oss:120b (Ollama): 131,072-token context, $0.00 in / $0.00 out per 1M tokens, production. */
  readonly GPT_OSS_120B: "gpt-oss:120b";
  /** `gpt-oss:20b`: gpt-oss:20b (Ollama): 131,072-token context, $0.00 in / $0.00 out per 1M tokens, production. */
  readonly GPT_OSS_20B: "gpt-oss:20b";
  /** `llama3.1:405b`: llama3.1:405b (Ollama): 131,072-token context, $0.00 in / $0.00 out per 1M tokens, production. */
  readonly LLAMA3_1_405B: "llama3.1:405b";
  /** `llama3.1:70b`: llama3.1:70b (Ollama): 131,072-token context, $0.00 in / $0.00 out per 1M tokens, production. */
  readonly LLAMA3_1_70B: "llama3.1:70b";
  /** `llama3.1:8b`: llama3.1:8b (Ollama): 131,072-token context, $0.00 in / $0.00 out per 1M tokens, production. */
  readonly LLAMA3_1_8B: "llama3.1:8b";
  /** `llama3.2:11b`: llama3.2:11b (Ollama): 131,072-token context, $0.00 in / $0.00 out per 1M tokens, production. */
  readonly LLAMA3_2_11B: "llama3.2:11b";
  /** `llama3.2:3b`: llama3.2:3b (Ollama): 131,072-token context, $0.00 in / $0.00 out per 1M tokens, production. */
  readonly LLAMA3_2_3B: "llama3.2:3b";
  /** `llama3.2:90b`: llama3.2:90b (Ollama): 131,072-token context, $0.00 in / $0.00 out per 1M tokens, production. */
  readonly LLAMA3_2_90B: "llama3.2:90b";
  /** `llama3:70b`: llama3:70b (Ollama): 8,192-token context, $0.00 in / $0.00 out per 1M tokens, production. */
  readonly LLAMA3_70B: "llama3:70b";
  /** `llama3:8b`: llama3:8b (Ollama): 8,192-token context, $0.00 in / $0.00 out per 1M tokens, production. */
  readonly LLAMA3_8B: "llama3:8b";
  /** `magicoder:7b`: magicoder:7b (Ollama): 16,384-token context, $0.00 in / $0.00 out per 1M tokens, production. */
  readonly MAGICODER_7B: "magicoder:7b";
  /** `qwen2.5:32b`: qwen2.5:32b (Ollama): 32,768-token context, $0.00 in / $0.00 out per 1M tokens, production. */
  readonly QWEN2_5_32B: "qwen2.5:32b";
  /**
   * `qwen2.5:7b-instruct`: qwen2.5:7b-instruct (Ollama): 32,768-token context, $0.00 in / $0.00 out per 1M tokens, production.
   */
  readonly QWEN2_5_7B_INSTRUCT: "qwen2.5:7b-instruct";
  /** `qwen3:8b`: qwen3:8b (Ollama): 40,960-token context, $0.00 in / $0.00 out per 1M tokens, production. */
  readonly QWEN3_8B: "qwen3:8b";
}

/** The type of `OpenAIModels`: a constant for each of OpenAI's model IDs. */
export interface OpenAIModelConstants {
  /**
   * `gpt-3.5-turbo`: GPT-3.5 Turbo (OpenAI): 16,385-token context, $0.50 in / $1.50 out per 1M tokens, deprecated.
   * @deprecated Use Models.GPT_5_6_TERRA instead (deprecated 2026-04-22, shuts down 2026-10-23).
   */
  readonly GPT_3_5_TURBO: "gpt-3.5-turbo";
  /**
   * `gpt-4`: GPT-4 (OpenAI): 8,192-token context, $30.00 in / $60.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GPT_5_6 instead (deprecated 2026-04-22, shuts down 2026-10-23).
   */
  readonly GPT_4: "gpt-4";
  /**
   * `gpt-4-turbo`: GPT-4 Turbo (OpenAI): 128,000-token context, $10.00 in / $30.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GPT_5_6 instead (deprecated 2026-04-22, shuts down 2026-10-23).
   */
  readonly GPT_4_TURBO: "gpt-4-turbo";
  /**
   * `gpt-4.1`: GPT-4.1 (OpenAI): 1,047,576-token context, $2.00 in / $8.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GPT_6_LUNA instead (deprecated 2026-10-14, shuts down 2027-01-14).
   */
  readonly GPT_4_1: "gpt-4.1";
  /**
   * `gpt-4.1-mini`: GPT-4.1 mini (OpenAI): 1,047,576-token context, $0.40 in / $1.60 out per 1M tokens, deprecated.
   * @deprecated Use Models.GPT_6_LUNA instead (deprecated 2026-10-14, shuts down 2027-01-14).
   */
  readonly GPT_4_1_MINI: "gpt-4.1-mini";
  /**
   * `gpt-4.1-nano`: GPT-4.1 nano (OpenAI): 1,047,576-token context, $0.10 in / $0.40 out per 1M tokens, deprecated.
   * @deprecated Use Models.GPT_5_6_LUNA instead (deprecated 2026-04-22, shuts down 2026-10-23).
   */
  readonly GPT_4_1_NANO: "gpt-4.1-nano";
  /**
   * `gpt-4o`: GPT-4o (OpenAI): 128,000-token context, $2.50 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GPT_6_LUNA instead (deprecated 2026-10-14, shuts down 2027-01-14).
   */
  readonly GPT_4O: "gpt-4o";
  /**
   * `gpt-4o-mini`: GPT-4o mini (OpenAI): 128,000-token context, $0.15 in / $0.60 out per 1M tokens, deprecated.
   * @deprecated Use Models.GPT_6_LUNA instead (deprecated 2026-10-14, shuts down 2027-01-14).
   */
  readonly GPT_4O_MINI: "gpt-4o-mini";
  /**
   * `gpt-5`: GPT-5 (OpenAI): 400,000-token context, $1.25 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GPT_6_1_SOL instead (deprecated 2026-06-11, shuts down 2026-12-11).
   */
  readonly GPT_5: "gpt-5";
  /** `gpt-5-codex`: GPT-5 Codex (OpenAI): 400,000-token context, $1.25 in / $10.00 out per 1M tokens, production. */
  readonly GPT_5_CODEX: "gpt-5-codex";
  /**
   * `gpt-5-mini`: GPT-5 mini (OpenAI): 400,000-token context, $0.25 in / $2.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GPT_6_1_TERRA instead (deprecated 2026-06-11, shuts down 2026-12-11).
   */
  readonly GPT_5_MINI: "gpt-5-mini";
  /**
   * `gpt-5-nano`: GPT-5 nano (OpenAI): 400,000-token context, $0.05 in / $0.40 out per 1M tokens, deprecated.
   * @deprecated Use Models.GPT_6_LUNA instead (deprecated 2026-06-11, shuts down 2026-12-11).
   */
  readonly GPT_5_NANO: "gpt-5-nano";
  /**
   * `gpt-5-pro`: GPT-5 Pro (OpenAI): 400,000-token context, $15.00 in / $120.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GPT_6_1_SOL instead (deprecated 2026-06-11, shuts down 2026-12-11).
   */
  readonly GPT_5_PRO: "gpt-5-pro";
  /**
   * `gpt-5.1`: GPT-5.1 (OpenAI): 400,000-token context, $1.25 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GPT_6_2_SOL instead (shuts down 2027-04-01).
   */
  readonly GPT_5_1: "gpt-5.1";
  /**
   * `gpt-5.1-codex-max`: GPT-5.1 Codex Max (OpenAI): 400,000-token context, $1.25 in / $10.00 out per 1M tokens, production.
   */
  readonly GPT_5_1_CODEX_MAX: "gpt-5.1-codex-max";
  /**
   * `gpt-5.1-codex-mini`: GPT-5.1 Codex mini (OpenAI): 400,000-token context, $0.25 in / $2.00 out per 1M tokens, production.
   */
  readonly GPT_5_1_CODEX_MINI: "gpt-5.1-codex-mini";
  /** `gpt-5.2`: GPT-5.2 (OpenAI): 400,000-token context, $1.75 in / $14.00 out per 1M tokens, production. */
  readonly GPT_5_2: "gpt-5.2";
  /**
   * `gpt-5.2-codex`: GPT-5.2 Codex (OpenAI): 400,000-token context, $1.75 in / $14.00 out per 1M tokens, production.
   */
  readonly GPT_5_2_CODEX: "gpt-5.2-codex";
  /** `gpt-5.2-pro`: GPT-5.2 Pro (OpenAI): 400,000-token context, $21.00 in / $168.00 out per 1M tokens, production. */
  readonly GPT_5_2_PRO: "gpt-5.2-pro";
  /**
   * `gpt-5.3-codex`: GPT-5.3 Codex (OpenAI): 400,000-token context, $1.75 in / $14.00 out per 1M tokens, production.
   */
  readonly GPT_5_3_CODEX: "gpt-5.3-codex";
  /** `gpt-5.4`: GPT-5.4 (OpenAI): 1,050,000-token context, $2.50 in / $15.00 out per 1M tokens, production. */
  readonly GPT_5_4: "gpt-5.4";
  /** `gpt-5.4-mini`: GPT-5.4 mini (OpenAI): 400,000-token context, $0.75 in / $4.50 out per 1M tokens, production. */
  readonly GPT_5_4_MINI: "gpt-5.4-mini";
  /**
   * `gpt-5.4-nano`: GPT-5.4 nano (OpenAI): 400,000-token context, $0.20 in / $1.25 out per 1M tokens, deprecated.
   * @deprecated Use Models.GPT_6_LUNA instead (shuts down 2027-04-01).
   */
  readonly GPT_5_4_NANO: "gpt-5.4-nano";
  /**
   * `gpt-5.4-pro`: GPT-5.4 Pro (OpenAI): 1,050,000-token context, $30.00 in / $180.00 out per 1M tokens, production.
   */
  readonly GPT_5_4_PRO: "gpt-5.4-pro";
  /** `gpt-5.5`: GPT-5.5 (OpenAI): 1,050,000-token context, $5.00 in / $30.00 out per 1M tokens, production. */
  readonly GPT_5_5: "gpt-5.5";
  /**
   * `gpt-5.5-pro`: GPT-5.5 Pro (OpenAI): 1,050,000-token context, $30.00 in / $180.00 out per 1M tokens, production.
   */
  readonly GPT_5_5_PRO: "gpt-5.5-pro";
  /** `gpt-5.6`: GPT-5.6 Sol (OpenAI): 1,050,000-token context, $5.00 in / $30.00 out per 1M tokens, production. */
  readonly GPT_5_6: "gpt-5.6";
  /** `gpt-5.6-luna`: GPT-5.6 Luna (OpenAI): 1,050,000-token context, $0.20 in / $1.20 out per 1M tokens, production. */
  readonly GPT_5_6_LUNA: "gpt-5.6-luna";
  /**
   * `gpt-5.6-terra`: GPT-5.6 Terra (OpenAI): 1,050,000-token context, $2.00 in / $12.00 out per 1M tokens, production.
   */
  readonly GPT_5_6_TERRA: "gpt-5.6-terra";
  /** `gpt-6-astra`: GPT-6 Astra (OpenAI): 1,050,000-token context, $10.00 in / $50.00 out per 1M tokens, production. */
  readonly GPT_6_ASTRA: "gpt-6-astra";
  /** `gpt-6-luna`: GPT-6 Luna (OpenAI): 1,050,000-token context, $0.10 in / $0.50 out per 1M tokens, production. */
  readonly GPT_6_LUNA: "gpt-6-luna";
  /** `gpt-6-sol`: GPT-6 Sol (OpenAI): 1,050,000-token context, $2.00 in / $10.00 out per 1M tokens, production. */
  readonly GPT_6_SOL: "gpt-6-sol";
  /** `gpt-6.1-sol`: GPT-6.1 Sol (OpenAI): 1,050,000-token context, $2.00 in / $10.00 out per 1M tokens, production. */
  readonly GPT_6_1_SOL: "gpt-6.1-sol";
  /**
   * `gpt-6.1-terra`: GPT-6.1 Terra (OpenAI): 1,050,000-token context, $1.00 in / $5.00 out per 1M tokens, production.
   */
  readonly GPT_6_1_TERRA: "gpt-6.1-terra";
  /**
   * `gpt-6.2-astra`: GPT-6.2 Astra (OpenAI): 1,050,000-token context, $8.00 in / $40.00 out per 1M tokens, production.
   */
  readonly GPT_6_2_ASTRA: "gpt-6.2-astra";
  /** `gpt-6.2-sol`: GPT-6.2 Sol (OpenAI): 1,050,000-token context, $2.00 in / $10.00 out per 1M tokens, production. */
  readonly GPT_6_2_SOL: "gpt-6.2-sol";
  /** `gpt-audio`: GPT Audio (OpenAI): 128,000-token context, $2.50 in / $10.00 out per 1M tokens, production. */
  readonly GPT_AUDIO: "gpt-audio";
  /**
   * `o1`: o1 (OpenAI): 200,000-token context, $15.00 in / $60.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GPT_5_6 instead (deprecated 2026-04-22, shuts down 2026-10-23).
   */
  readonly O1: "o1";
  /**
   * `o1-mini`: o1-mini (OpenAI): 128,000-token context, $1.10 in / $4.40 out per 1M tokens, deprecated.
   * @deprecated Use Models.GPT_5_6_TERRA instead (deprecated 2025-04-28, shuts down 2025-10-27).
   */
  readonly O1_MINI: "o1-mini";
  /**
   * `o1-pro`: o1-pro (OpenAI): 200,000-token context, $150.00 in / $600.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GPT_5_6 instead (deprecated 2026-04-22, shuts down 2026-10-23).
   */
  readonly O1_PRO: "o1-pro";
  /**
   * `o3`: o3 (OpenAI): 200,000-token context, $2.00 in / $8.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GPT_6_1_SOL instead (deprecated 2026-06-11, shuts down 2026-12-11).
   */
  readonly O3: "o3";
  /**
   * `o3-deep-research`: o3 Deep Research (OpenAI): 200,000-token context, $10.00 in / $40.00 out per 1M tokens, production.
   */
  readonly O3_DEEP_RESEARCH: "o3-deep-research";
  /**
   * `o3-mini`: o3-mini (OpenAI): 200,000-token context, $1.10 in / $4.40 out per 1M tokens, deprecated.
   * @deprecated Use Models.GPT_5_6 instead (deprecated 2026-04-22, shuts down 2026-10-23).
   */
  readonly O3_MINI: "o3-mini";
  /**
   * `o3-pro`: o3-pro (OpenAI): 200,000-token context, $20.00 in / $80.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GPT_6_1_SOL instead (deprecated 2026-06-11, shuts down 2026-12-11).
   */
  readonly O3_PRO: "o3-pro";
  /**
   * `o4-mini`: o4-mini (OpenAI): 200,000-token context, $1.10 in / $4.40 out per 1M tokens, deprecated.
   * @deprecated Use Models.GPT_5_6_TERRA instead (deprecated 2026-04-22, shuts down 2026-10-23).
   */
  readonly O4_MINI: "o4-mini";
  /**
   * `o4-mini-deep-research`: o4-mini Deep Research (OpenAI): 200,000-token context, $2.00 in / $8.00 out per 1M tokens, production.
   */
  readonly O4_MINI_DEEP_RESEARCH: "o4-mini-deep-research";
}

/** The type of `XAIModels`: a constant for each of xAI's model IDs. */
export interface XAIModelConstants {
  /**
   * `grok-2-vision-1212`: Grok 2 Vision (xAI): 32,768-token context, $2.00 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GROK_4_3 instead (shuts down 2026-02-28).
   */
  readonly GROK_2_VISION_1212: "grok-2-vision-1212";
  /**
   * `grok-3`: Grok 3 (xAI): 131,072-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GROK_4_3 instead (deprecated 2026-05-06, shuts down 2026-05-15).
   */
  readonly GROK_3: "grok-3";
  /**
   * `grok-3-mini`: Grok 3 mini (xAI): 131,072-token context, $0.30 in / $0.50 out per 1M tokens, deprecated.
   * @deprecated Use Models.GROK_4_3 instead (shuts down 2026-02-28).
   */
  readonly GROK_3_MINI: "grok-3-mini";
  /**
   * `grok-4`: Grok 4 (xAI): 256,000-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GROK_4_5 instead (deprecated 2026-05-06, shuts down 2026-05-15).
   */
  readonly GROK_4: "grok-4";
  /**
   * `grok-4-1-fast-non-reasoning`: Grok 4.1 Fast (non-reasoning) (xAI): 2,000,000-token context, $0.20 in / $0.50 out per 1M tokens, deprecated.
   * @deprecated Use Models.GROK_4_20_0309_NON_REASONING instead (deprecated 2026-05-06, shuts down 2026-05-15).
   */
  readonly GROK_4_1_FAST_NON_REASONING: "grok-4-1-fast-non-reasoning";
  /**
   * `grok-4-1-fast-reasoning`: Grok 4.1 Fast (reasoning) (xAI): 2,000,000-token context, $0.20 in / $0.50 out per 1M tokens, deprecated.
   * @deprecated Use Models.GROK_4_3 instead (deprecated 2026-05-06, shuts down 2026-05-15).
   */
  readonly GROK_4_1_FAST_REASONING: "grok-4-1-fast-reasoning";
  /**
   * `grok-4-fast-non-reasoning`: Grok 4 Fast (non-reasoning) (xAI): 2,000,000-token context, $0.20 in / $0.50 out per 1M tokens, deprecated.
   * @deprecated Use Models.GROK_4_20_0309_NON_REASONING instead (deprecated 2026-05-06, shuts down 2026-05-15).
   */
  readonly GROK_4_FAST_NON_REASONING: "grok-4-fast-non-reasoning";
  /**
   * `grok-4-fast-reasoning`: Grok 4 Fast (reasoning) (xAI): 2,000,000-token context, $0.20 in / $0.50 out per 1M tokens, deprecated.
   * @deprecated Use Models.GROK_4_3 instead (deprecated 2026-05-06, shuts down 2026-05-15).
   */
  readonly GROK_4_FAST_REASONING: "grok-4-fast-reasoning";
  /**
   * `grok-4.20-0309-non-reasoning`: Grok 4.20 (non-reasoning) (xAI): 1,000,000-token context, $1.25 in / $2.50 out per 1M tokens, production.
   */
  readonly GROK_4_20_0309_NON_REASONING: "grok-4.20-0309-non-reasoning";
  /**
   * `grok-4.20-0309-reasoning`: Grok 4.20 (reasoning) (xAI): 1,000,000-token context, $1.25 in / $2.50 out per 1M tokens, production.
   */
  readonly GROK_4_20_0309_REASONING: "grok-4.20-0309-reasoning";
  /**
   * `grok-4.20-multi-agent-0309`: Grok 4.20 Multi-Agent (xAI): 1,000,000-token context, $2.00 in / $6.00 out per 1M tokens, production.
   */
  readonly GROK_4_20_MULTI_AGENT_0309: "grok-4.20-multi-agent-0309";
  /** `grok-4.3`: Grok 4.3 (xAI): 1,000,000-token context, $1.25 in / $2.50 out per 1M tokens, production. */
  readonly GROK_4_3: "grok-4.3";
  /** `grok-4.5`: Grok 4.5 (xAI): 500,000-token context, $2.00 in / $6.00 out per 1M tokens, production. */
  readonly GROK_4_5: "grok-4.5";
  /** `grok-4.6`: Grok 4.6 (xAI): 500,000-token context, $2.00 in / $6.00 out per 1M tokens, production. */
  readonly GROK_4_6: "grok-4.6";
  /** `grok-4.7`: Grok 4.7 (xAI): 500,000-token context, $2.00 in / $6.00 out per 1M tokens, production. */
  readonly GROK_4_7: "grok-4.7";
  /** `grok-build-0.1`: Grok Build 0.1 (xAI): 256,000-token context, $1.00 in / $2.00 out per 1M tokens, production. */
  readonly GROK_BUILD_0_1: "grok-build-0.1";
  /**
   * `grok-code-fast-1`: Grok Code Fast 1 (xAI): 256,000-token context, $0.20 in / $1.50 out per 1M tokens, deprecated.
   * @deprecated Use Models.GROK_4_3 instead (deprecated 2026-05-06, shuts down 2026-05-15).
   */
  readonly GROK_CODE_FAST_1: "grok-code-fast-1";
}

/** The type of `Models`: every provider's constants. */
export interface ModelConstants
  extends
    AnthropicModelConstants,
    AzureModelConstants,
    BedrockModelConstants,
    DIALModelConstants,
    GoogleModelConstants,
    OllamaModelConstants,
    OpenAIModelConstants,
    XAIModelConstants {}

/** The registry, deep-frozen, keyed by model ID. */
export declare const MODELS: ModelRegistry;

/** Every model ID, sorted. */
export declare const MODEL_IDS: readonly ModelId[];

/** Provider configuration (environment variable names only, never values). */
export declare const PROVIDERS: ProviderRegistry;

/** Every provider ID, sorted. */
export declare const PROVIDER_IDS: readonly ProviderId[];

/** Other names (legacy IDs) and the registry model each resolves to. */
export declare const MODEL_ALIASES: ModelAliases;

/** The constants of Anthropic's models. */
export declare const AnthropicModels: AnthropicModelConstants;

/** The constants of Azure OpenAI's models. */
export declare const AzureModels: AzureModelConstants;

/** The constants of Bedrock's models. */
export declare const BedrockModels: BedrockModelConstants;

/** The constants of DIAL's models. */
export declare const DIALModels: DIALModelConstants;

/** The constants of Google's models. */
export declare const GoogleModels: GoogleModelConstants;

/** The constants of Ollama's models. */
export declare const OllamaModels: OllamaModelConstants;

/** The constants of OpenAI's models. */
export declare const OpenAIModels: OpenAIModelConstants;

/** The constants of xAI's models. */
export declare const XAIModels: XAIModelConstants;

/** Named constants for every model ID (`Models.GPT_4O === "gpt-4o"`); deprecated ones are struck through in editors. */
export declare const Models: ModelConstants;

/**
 * The record of a registered model, typed precisely for the key. Total: a misspelt ID does not compile, and nothing is
 * `undefined`. Does not warn for deprecated models; use `resolveModel` where the lifecycle policy should apply. Throws
 * `UnknownModelError` if called with an unregistered string by a caller that bypassed the types.
 */
export declare function getModel<K extends ModelId>(id: K): ModelRegistry[K];

/**
 * The record for an untrusted string, or `undefined`. Only registered IDs count (`"toString"` finds nothing); aliases do not.
 */
export declare function findModel(id: string): ModelRecord | undefined;

/** Whether `value` is a registered model ID (own keys only). */
export declare function isModelId(value: unknown): value is ModelId;

/** Whether `value` is a registered model ID whose status is not `deprecated`. */
export declare function isActiveModelId(value: unknown): value is ActiveModelId;

/** Whether `value` is the ID of a deprecated model. */
export declare function isDeprecatedModelId(value: unknown): value is DeprecatedModelId;

/** Whether `value` is an alias (a legacy name) of the registry. */
export declare function isModelAlias(value: unknown): value is ModelAlias;

/** The model ID an alias (legacy name) stands for; typed per alias for literals, `undefined` for unknown strings. */
export declare function resolveAlias<A extends ModelAlias>(alias: A): ModelAliases[A];
export declare function resolveAlias(alias: string): ModelId | undefined;

/** A registered ID as is, an alias as its target, anything else `undefined`. */
export declare function resolveModelId<K extends ModelId>(id: K): K;
export declare function resolveModelId<A extends ModelAlias>(alias: A): ModelAliases[A];
export declare function resolveModelId(name: string): ModelId | undefined;

/**
 * A model by ID or alias, with the lifecycle policy applied: a deprecated model resolves but warns once per ID per
 * process (`options.warn` redirects it), throws `DeprecatedModelError` under `{ strict: true }`, and from its shutdown
 * date on always throws `ModelRemovedError` naming the replacement. Unknown names throw `UnknownModelError`.
 */
export declare function resolveModel<K extends ModelId>(id: K, options?: ResolveModelOptions): ModelRegistry[K];
export declare function resolveModel<A extends ModelAlias>(alias: A, options?: ResolveModelOptions): ModelRegistry[ModelAliases[A]];
export declare function resolveModel(name: string, options?: ResolveModelOptions): ModelRecord;

/**
 * The models matching `filter` (all of them without one), in ID order; provider literals narrow `id` and `provider`.
 */
export declare function listModels<P extends ProviderId = ProviderId>(filter?: ModelFilter<P>): ListedModel<P>[];

/** The IDs of `listModels(filter)`, narrowed to the filtered providers' ID unions. */
export declare function listModelIds<P extends ProviderId = ProviderId>(filter?: ModelFilter<P>): ModelIdByProvider[P][];

/**
 * Ranks the models that meet `requirements` and explains every model left out (score = Wq·quality + Wc·cost + Ws·speed).
 */
export declare function selectModels(requirements?: TaskRequirements): SelectionResult<ActiveModelId, ModelId, ModelRecord>;

/**
 * What `usage` costs on model `id`: the total in USD (exact decimals), line by line, and which prices were in force.
 * `usage` is the registry's `TokenUsage` or the `usage` of an OpenAI, Anthropic or Vercel AI SDK call.
 */
export declare function estimateCost(id: ModelId, usage: AnyUsage, options?: CostOptions): CostEstimate;

/** Blended list price, USD per 1M tokens: (3 × input + output) / 4. */
export declare function blendedCostPer1M(id: ModelId): number;

/** Input and output list prices, USD per 1M tokens. */
export declare function pricePer1M(id: ModelId): { input: number; output: number };

/** A provider's configuration. */
export declare function getProviderConfig<P extends ProviderId>(provider: P): ProviderRegistry[P];

/**
 * Which providers have their required environment variables set (names only; values are never read beyond set or not).
 */
export declare function checkProviderEnv(env?: EnvLike): ProviderReadinessMap;

/** The ID to send to the provider: the `api_name`, or the inference profile ID where the model needs one. */
export declare function invocationId(id: ModelId, profile?: string): string;

/** The provider's base URL with `{ENV_VAR}` and `{api_name}` placeholders filled, or what is missing. */
export declare function resolveBaseUrl<P extends ProviderId>(provider: P, env?: EnvLike, modelId?: ModelIdByProvider[P]): BaseUrlResolution;

/** The models whose provider is ready in `env`, matching `filter`. */
export declare function availableModels<P extends ProviderId = ProviderId>(env?: EnvLike, filter?: ModelFilter<P>): ListedModel<P>[];
