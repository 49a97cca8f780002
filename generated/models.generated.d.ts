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
  UnitUsage,
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

/** A kind of content a model reads or writes (`vector`: the numbers an embedding model returns). */
export type Modality = "text" | "image" | "audio" | "video" | "pdf" | "vector";

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

/**
 * What the model costs, in the units the provider bills: USD per 1M tokens (by modality where the provider prices them apart), per image, per minute or second of audio, per 1M characters, per 1K requests, per 1M tokens stored per hour; base prices, long-context tiers, time-based periods and service tiers. Which units a kind must or may have: docs/adding-a-model.md.
 */
export interface ModelPricing {
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
  /** Audio input tokens, USD per 1M (where audio is priced apart from text input). */
  input_audio?: number;
  /** Image input tokens, USD per 1M (where images are priced apart from text input). */
  input_image?: number;
  /** Audio output tokens, USD per 1M (where audio is priced apart from text output). */
  output_audio?: number;
  /** Image output tokens, USD per 1M (where images are priced apart from text output). */
  output_image?: number;
  /**
   * Price per generated image, by size and quality (image models). A request for a size and quality not listed has no price.
   */
  per_image?: ImagePrice[];
  /**
   * USD per minute of audio: the audio a transcription model reads, or a speech model writes. Billed per second at a sixtieth of this.
   */
  audio_per_minute?: number;
  /** USD per second of audio: the audio a transcription model reads, or a speech model writes. */
  audio_per_second?: number;
  /** USD per 1,000,000 input characters (speech models billed by the text they read). */
  characters_per_1m?: number;
  /** USD per 1,000 requests (rerank: one search, a query over its documents). */
  requests_per_1k?: number;
  /** USD per 1,000,000 cached tokens kept for one hour (explicit context caching, as Gemini bills it). */
  cache_storage_per_1m_per_hour?: number;
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
  kind?: ModelKind;
  /**
   * Provider-side model name when it differs from id (dated Anthropic IDs, Azure deployment names, Bedrock model IDs, Ollama tags).
   */
  api_name?: string;
  /** When the provider released it, where published. */
  release_date?: string;
  status: ModelStatus;
  /** Total context window: input and output tokens of one request together. Required for chat models. */
  context_window?: number;
  /** Maximum input tokens, where the provider states it apart from the context window. */
  max_input_tokens?: number;
  /** Maximum tokens in one response (reasoning tokens included). Required for chat models. */
  max_output_tokens?: number;
  /** Embedding models: the length of the vector returned by default. */
  dimensions?: number;
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

/**
 * What the model does, and so which API serves it and in which units it is billed: chat (text generation; the default when an entry states no kind), embedding, image (generation), speech (text to speech), transcription (speech to text), moderation, rerank. Which fields each kind needs: docs/adding-a-model.md.
 */
export type ModelKind = "chat" | "embedding" | "image" | "speech" | "transcription" | "moderation" | "rerank";

/** The price of one generated image of a size and quality, as the provider lists it. */
export interface ImagePrice {
  /** The size as the API takes it (`1024x1024`); left out where the price does not depend on size. */
  size?: string;
  /**
   * The quality as the API takes it (`standard`, `hd`, `low`, `medium`, `high`); left out where the price does not depend on quality.
   */
  quality?: string;
  /** USD per image. */
  usd: number;
}

/** Every provider ID in the registry. */
export type ProviderId =
  | "anthropic"
  | "azure"
  | "bedrock"
  | "deepseek"
  | "dial"
  | "google"
  | "groq"
  | "mistral"
  | "ollama"
  | "openai"
  | "openrouter"
  | "vertex"
  | "vertex-anthropic"
  | "xai";

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
  | "amazon.rerank-v1:0"
  | "amazon.titan-embed-text-v1"
  | "amazon.titan-embed-text-v2:0"
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
  | "cohere.embed-v4:0"
  | "cohere.rerank-v3-5:0"
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

/** Model IDs served by DeepSeek that are not deprecated. */
export type DeepSeekActiveModelId = "deepseek-flash" | "deepseek-v4-pro";

/** Deprecated model IDs of DeepSeek. */
export type DeepSeekDeprecatedModelId = "deepseek-chat" | "deepseek-reasoner" | "deepseek-v4-flash";

/** Model IDs served by DeepSeek. */
export type DeepSeekModelId = DeepSeekActiveModelId | DeepSeekDeprecatedModelId;

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
  | "gemini-embedding-001"
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

/** Model IDs served by Groq that are not deprecated. */
export type GroqActiveModelId = "groq/openai/gpt-oss-120b" | "groq/openai/gpt-oss-20b";

/** Deprecated model IDs of Groq. */
export type GroqDeprecatedModelId = "groq/llama-3.1-8b-instant" | "groq/llama-3.3-70b-versatile";

/** Model IDs served by Groq. */
export type GroqModelId = GroqActiveModelId | GroqDeprecatedModelId;

/** Model IDs served by Mistral that are not deprecated. */
export type MistralActiveModelId =
  | "codestral-2508"
  | "ministral-14b-2512"
  | "ministral-3b-2512"
  | "ministral-8b-2512"
  | "mistral-embed"
  | "mistral-large-2512"
  | "mistral-large-4-0"
  | "mistral-small-2603";

/** Deprecated model IDs of Mistral. */
export type MistralDeprecatedModelId = "mistral-medium-2604";

/** Model IDs served by Mistral. */
export type MistralModelId = MistralActiveModelId | MistralDeprecatedModelId;

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
  | "gpt-4o-mini-transcribe"
  | "gpt-4o-mini-tts"
  | "gpt-4o-transcribe"
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
  | "gpt-image-1"
  | "gpt-image-1-mini"
  | "gpt-image-1.5"
  | "o3-deep-research"
  | "o4-mini-deep-research"
  | "omni-moderation-latest"
  | "text-embedding-3-large"
  | "text-embedding-3-small"
  | "text-embedding-ada-002"
  | "tts-1"
  | "tts-1-hd"
  | "whisper-1";

/** Deprecated model IDs of OpenAI. */
export type OpenAIDeprecatedModelId =
  | "dall-e-2"
  | "dall-e-3"
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

/** Model IDs served by OpenRouter that are not deprecated. */
export type OpenRouterActiveModelId =
  | "openrouter/anthropic/claude-fable-5"
  | "openrouter/anthropic/claude-fable-5.1"
  | "openrouter/anthropic/claude-haiku-4.5"
  | "openrouter/anthropic/claude-opus-4.6"
  | "openrouter/anthropic/claude-opus-4.7"
  | "openrouter/anthropic/claude-opus-4.8"
  | "openrouter/anthropic/claude-opus-5"
  | "openrouter/anthropic/claude-opus-5.5"
  | "openrouter/anthropic/claude-sonnet-4.6"
  | "openrouter/anthropic/claude-sonnet-5"
  | "openrouter/deepseek/deepseek-v4-pro"
  | "openrouter/google/gemini-2.5-flash-lite"
  | "openrouter/google/gemini-3.1-flash-lite"
  | "openrouter/google/gemini-3.1-pro-preview"
  | "openrouter/google/gemma-4-26b-a4b-it"
  | "openrouter/google/gemma-4-31b-it"
  | "openrouter/mistralai/codestral-2508"
  | "openrouter/mistralai/mistral-large-2512"
  | "openrouter/mistralai/mistral-small-2603"
  | "openrouter/openai/gpt-5.1-codex-mini"
  | "openrouter/openai/gpt-5.2"
  | "openrouter/openai/gpt-5.2-pro"
  | "openrouter/openai/gpt-5.3-codex"
  | "openrouter/openai/gpt-5.4"
  | "openrouter/openai/gpt-5.4-mini"
  | "openrouter/openai/gpt-5.4-pro"
  | "openrouter/openai/gpt-5.5"
  | "openrouter/openai/gpt-5.5-pro"
  | "openrouter/openai/gpt-5.6-luna"
  | "openrouter/openai/gpt-5.6-terra"
  | "openrouter/openai/gpt-6-luna"
  | "openrouter/openai/gpt-6-sol"
  | "openrouter/openai/gpt-oss-120b"
  | "openrouter/openai/gpt-oss-20b"
  | "openrouter/openai/o3-deep-research"
  | "openrouter/openai/o4-mini-deep-research"
  | "openrouter/x-ai/grok-4.3"
  | "openrouter/x-ai/grok-build-0.1";

/** Deprecated model IDs of OpenRouter. */
export type OpenRouterDeprecatedModelId =
  | "openrouter/anthropic/claude-3-haiku"
  | "openrouter/anthropic/claude-3-opus"
  | "openrouter/anthropic/claude-3.5-sonnet"
  | "openrouter/anthropic/claude-3.7-sonnet"
  | "openrouter/anthropic/claude-opus-4"
  | "openrouter/anthropic/claude-opus-4.5"
  | "openrouter/anthropic/claude-sonnet-4"
  | "openrouter/anthropic/claude-sonnet-4.5"
  | "openrouter/google/gemini-2.5-flash"
  | "openrouter/google/gemini-2.5-pro"
  | "openrouter/google/gemini-3-flash-preview"
  | "openrouter/google/gemini-3.5-flash"
  | "openrouter/openai/gpt-3.5-turbo"
  | "openrouter/openai/gpt-4"
  | "openrouter/openai/gpt-4-turbo"
  | "openrouter/openai/gpt-4.1"
  | "openrouter/openai/gpt-4.1-mini"
  | "openrouter/openai/gpt-4.1-nano"
  | "openrouter/openai/gpt-4o"
  | "openrouter/openai/gpt-4o-mini"
  | "openrouter/openai/gpt-5"
  | "openrouter/openai/gpt-5-mini"
  | "openrouter/openai/gpt-5-nano"
  | "openrouter/openai/gpt-5-pro"
  | "openrouter/openai/gpt-5.1"
  | "openrouter/openai/gpt-5.4-nano"
  | "openrouter/openai/o1"
  | "openrouter/openai/o1-mini"
  | "openrouter/openai/o1-pro"
  | "openrouter/openai/o3"
  | "openrouter/openai/o3-mini"
  | "openrouter/openai/o3-pro"
  | "openrouter/openai/o4-mini"
  | "openrouter/x-ai/grok-2-vision-1212"
  | "openrouter/x-ai/grok-code-fast-1";

/** Model IDs served by OpenRouter. */
export type OpenRouterModelId = OpenRouterActiveModelId | OpenRouterDeprecatedModelId;

/** Model IDs served by Vertex AI that are not deprecated. */
export type VertexActiveModelId =
  | "vertex/gemini-2.5-flash-lite"
  | "vertex/gemini-3.1-pro-preview"
  | "vertex/gemini-3.5-flash-lite"
  | "vertex/gemini-3.6-flash"
  | "vertex/gemini-3.8-flash";

/** Deprecated model IDs of Vertex AI. */
export type VertexDeprecatedModelId = never;

/** Model IDs served by Vertex AI. */
export type VertexModelId = VertexActiveModelId | VertexDeprecatedModelId;

/** Model IDs served by Vertex AI (Anthropic) that are not deprecated. */
export type VertexAnthropicActiveModelId =
  | "vertex-anthropic/claude-fable-5"
  | "vertex-anthropic/claude-fable-5-1"
  | "vertex-anthropic/claude-haiku-4-5"
  | "vertex-anthropic/claude-opus-4-6"
  | "vertex-anthropic/claude-opus-4-7"
  | "vertex-anthropic/claude-opus-4-8"
  | "vertex-anthropic/claude-opus-5"
  | "vertex-anthropic/claude-opus-5-5"
  | "vertex-anthropic/claude-sonnet-4-6"
  | "vertex-anthropic/claude-sonnet-5";

/** Deprecated model IDs of Vertex AI (Anthropic). */
export type VertexAnthropicDeprecatedModelId = never;

/** Model IDs served by Vertex AI (Anthropic). */
export type VertexAnthropicModelId = VertexAnthropicActiveModelId | VertexAnthropicDeprecatedModelId;

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
  readonly deepseek: DeepSeekModelId;
  readonly dial: DIALModelId;
  readonly google: GoogleModelId;
  readonly groq: GroqModelId;
  readonly mistral: MistralModelId;
  readonly ollama: OllamaModelId;
  readonly openai: OpenAIModelId;
  readonly openrouter: OpenRouterModelId;
  readonly vertex: VertexModelId;
  readonly "vertex-anthropic": VertexAnthropicModelId;
  readonly xai: XAIModelId;
}

/** Models that will be removed: never selected automatically. */
export type DeprecatedModelId =
  | AnthropicDeprecatedModelId
  | AzureDeprecatedModelId
  | BedrockDeprecatedModelId
  | DeepSeekDeprecatedModelId
  | DIALDeprecatedModelId
  | GoogleDeprecatedModelId
  | GroqDeprecatedModelId
  | MistralDeprecatedModelId
  | OllamaDeprecatedModelId
  | OpenAIDeprecatedModelId
  | OpenRouterDeprecatedModelId
  | VertexDeprecatedModelId
  | VertexAnthropicDeprecatedModelId
  | XAIDeprecatedModelId;

/** Every model that is not deprecated. Use it where a deprecated ID must not compile. */
export type ActiveModelId =
  | AnthropicActiveModelId
  | AzureActiveModelId
  | BedrockActiveModelId
  | DeepSeekActiveModelId
  | DIALActiveModelId
  | GoogleActiveModelId
  | GroqActiveModelId
  | MistralActiveModelId
  | OllamaActiveModelId
  | OpenAIActiveModelId
  | OpenRouterActiveModelId
  | VertexActiveModelId
  | VertexAnthropicActiveModelId
  | XAIActiveModelId;

/** The IDs of embedding models. */
export type EmbeddingModelId =
  | "amazon.titan-embed-text-v1"
  | "amazon.titan-embed-text-v2:0"
  | "cohere.embed-v4:0"
  | "gemini-embedding-001"
  | "mistral-embed"
  | "text-embedding-3-large"
  | "text-embedding-3-small"
  | "text-embedding-ada-002";

/** The IDs of image models. */
export type ImageModelId = "dall-e-2" | "dall-e-3" | "gpt-image-1" | "gpt-image-1-mini" | "gpt-image-1.5";

/** The IDs of speech models. */
export type SpeechModelId = "gpt-4o-mini-tts" | "tts-1" | "tts-1-hd";

/** The IDs of transcription models. */
export type TranscriptionModelId = "gpt-4o-mini-transcribe" | "gpt-4o-transcribe" | "whisper-1";

/** The IDs of moderation models. */
export type ModerationModelId = "omni-moderation-latest";

/** The IDs of rerank models. */
export type RerankModelId = "amazon.rerank-v1:0" | "cohere.rerank-v3-5:0";

/** The IDs of every model that is not a chat model. */
export type OtherKindModelId =
  | EmbeddingModelId
  | ImageModelId
  | SpeechModelId
  | TranscriptionModelId
  | ModerationModelId
  | RerankModelId;

/** The IDs of chat models (entries without `kind`, or `kind: chat`): what the chat-only functions take. */
export type ChatModelId = Exclude<ModelId, OtherKindModelId>;

/** Model IDs per kind. */
export interface ModelIdByKind {
  readonly chat: ChatModelId;
  readonly embedding: EmbeddingModelId;
  readonly image: ImageModelId;
  readonly speech: SpeechModelId;
  readonly transcription: TranscriptionModelId;
  readonly moderation: ModerationModelId;
  readonly rerank: RerankModelId;
}

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

/** A chat model's record: its context window, output limit and token prices are always present. */
export interface ChatModelRecord<P extends ProviderId = ProviderId> extends ModelRecord<P> {
  readonly context_window: number;
  readonly max_output_tokens: number;
  readonly pricing: DeepReadonly<ModelPricing> & { readonly input: number; readonly output: number };
}

/** A deprecated chat model's record. */
export interface DeprecatedChatModelRecord<P extends ProviderId = ProviderId> extends ChatModelRecord<P> {
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

/** The records of provider `P`'s active chat models `Id`, keyed by ID. */
export type ActiveChatModelRecords<P extends ProviderId, Id extends string> = { readonly [K in Id]: ChatModelRecord<P> };

/**
 * The registry's type: one property per model. Active models come from their provider's `ActiveModelRecords`;
 * deprecated keys are members of their own, so their @deprecated reaches every use site.
 */
export interface ModelRegistry
  extends
    ActiveChatModelRecords<"anthropic", AnthropicActiveModelId>,
    ActiveChatModelRecords<"azure", AzureActiveModelId>,
    ActiveChatModelRecords<"bedrock", Exclude<BedrockActiveModelId, OtherKindModelId>>,
    ActiveModelRecords<"bedrock", Extract<BedrockActiveModelId, OtherKindModelId>>,
    ActiveChatModelRecords<"deepseek", DeepSeekActiveModelId>,
    ActiveChatModelRecords<"dial", DIALActiveModelId>,
    ActiveChatModelRecords<"google", Exclude<GoogleActiveModelId, OtherKindModelId>>,
    ActiveModelRecords<"google", Extract<GoogleActiveModelId, OtherKindModelId>>,
    ActiveChatModelRecords<"groq", GroqActiveModelId>,
    ActiveChatModelRecords<"mistral", Exclude<MistralActiveModelId, OtherKindModelId>>,
    ActiveModelRecords<"mistral", Extract<MistralActiveModelId, OtherKindModelId>>,
    ActiveChatModelRecords<"ollama", OllamaActiveModelId>,
    ActiveChatModelRecords<"openai", Exclude<OpenAIActiveModelId, OtherKindModelId>>,
    ActiveModelRecords<"openai", Extract<OpenAIActiveModelId, OtherKindModelId>>,
    ActiveChatModelRecords<"openrouter", OpenRouterActiveModelId>,
    ActiveChatModelRecords<"vertex", VertexActiveModelId>,
    ActiveChatModelRecords<"vertex-anthropic", VertexAnthropicActiveModelId>,
    ActiveChatModelRecords<"xai", XAIActiveModelId> {
  /**
   * Claude Sonnet 3.5 v2 (Bedrock): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use "anthropic.claude-sonnet-5" instead (shuts down 2026-07-30).
   */
  readonly "anthropic.claude-3-5-sonnet-20241022-v2:0": DeprecatedChatModelRecord<"bedrock">;
  /**
   * Claude Opus 3 (Bedrock): 200,000-token context, $15.00 in / $75.00 out per 1M tokens, deprecated.
   * @deprecated Use "anthropic.claude-opus-4-8" instead.
   */
  readonly "anthropic.claude-3-opus-20240229-v1:0": DeprecatedChatModelRecord<"bedrock">;
  /**
   * Claude Opus 4.1 (Bedrock): 200,000-token context, $15.00 in / $75.00 out per 1M tokens, deprecated.
   * @deprecated Use "anthropic.claude-opus-4-8" instead (deprecated 2026-07-08, shuts down 2027-01-08).
   */
  readonly "anthropic.claude-opus-4-1-20250805-v1:0": DeprecatedChatModelRecord<"bedrock">;
  /**
   * Claude Sonnet 3.5 (legacy registry row) (Azure OpenAI): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use "claude-sonnet-4-6" instead (shuts down 2025-10-22).
   */
  readonly "azure/claude-3-5-sonnet": DeprecatedChatModelRecord<"azure">;
  /**
   * GPT-4 (Azure OpenAI): 8,192-token context, $30.00 in / $60.00 out per 1M tokens, deprecated.
   * @deprecated Use "azure/gpt-5.6-sol" instead (deprecated 2025-06-06, shuts down 2025-06-06).
   */
  readonly "azure/gpt-4": DeprecatedChatModelRecord<"azure">;
  /**
   * GPT-4 Turbo (Azure OpenAI): 128,000-token context, $10.00 in / $30.00 out per 1M tokens, deprecated.
   * @deprecated Use "azure/gpt-5.6-sol" instead (deprecated 2025-06-06, shuts down 2025-06-06).
   */
  readonly "azure/gpt-4-turbo": DeprecatedChatModelRecord<"azure">;
  /**
   * GPT-4.1 (Azure OpenAI): 1,047,576-token context, $2.00 in / $8.00 out per 1M tokens, deprecated.
   * @deprecated Use "azure/gpt-5.6-terra" instead (deprecated 2026-04-14, shuts down 2027-04-14).
   */
  readonly "azure/gpt-4.1": DeprecatedChatModelRecord<"azure">;
  /**
   * GPT-4.1 mini (Azure OpenAI): 1,047,576-token context, $0.40 in / $1.60 out per 1M tokens, deprecated.
   * @deprecated Use "azure/gpt-5.6-luna" instead (deprecated 2026-04-14, shuts down 2027-04-14).
   */
  readonly "azure/gpt-4.1-mini": DeprecatedChatModelRecord<"azure">;
  /**
   * GPT-4.1 nano (Azure OpenAI): 1,047,576-token context, $0.10 in / $0.40 out per 1M tokens, deprecated.
   * @deprecated Use "azure/gpt-6-luna" instead (deprecated 2026-04-14, shuts down 2027-04-14).
   */
  readonly "azure/gpt-4.1-nano": DeprecatedChatModelRecord<"azure">;
  /**
   * GPT-4o (Azure OpenAI): 128,000-token context, $2.50 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use "azure/gpt-5.6-sol" instead (deprecated 2025-11-20, shuts down 2027-04-14).
   */
  readonly "azure/gpt-4o": DeprecatedChatModelRecord<"azure">;
  /**
   * GPT-4o mini (Azure OpenAI): 128,000-token context, $0.15 in / $0.60 out per 1M tokens, deprecated.
   * @deprecated Use "azure/gpt-6-luna" instead (deprecated 2025-07-18, shuts down 2027-04-14).
   */
  readonly "azure/gpt-4o-mini": DeprecatedChatModelRecord<"azure">;
  /**
   * GPT-5 (Azure OpenAI): 400,000-token context, $1.25 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use "azure/gpt-5.6-sol" instead (deprecated 2026-08-07, shuts down 2027-02-09).
   */
  readonly "azure/gpt-5": DeprecatedChatModelRecord<"azure">;
  /**
   * GPT-5 Codex (Azure OpenAI): 400,000-token context, $1.25 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use "azure/gpt-5.3-codex" instead (deprecated 2026-09-15, shuts down 2027-03-17).
   */
  readonly "azure/gpt-5-codex": DeprecatedChatModelRecord<"azure">;
  /**
   * GPT-5 mini (Azure OpenAI): 400,000-token context, $0.25 in / $2.00 out per 1M tokens, deprecated.
   * @deprecated Use "azure/gpt-5.6-terra" instead (deprecated 2026-08-07, shuts down 2027-02-09).
   */
  readonly "azure/gpt-5-mini": DeprecatedChatModelRecord<"azure">;
  /**
   * GPT-5 nano (Azure OpenAI): 400,000-token context, $0.05 in / $0.40 out per 1M tokens, deprecated.
   * @deprecated Use "azure/gpt-5.6-luna" instead (deprecated 2026-08-07, shuts down 2027-02-09).
   */
  readonly "azure/gpt-5-nano": DeprecatedChatModelRecord<"azure">;
  /**
   * GPT-5 Pro (Azure OpenAI): 400,000-token context, $15.00 in / $120.00 out per 1M tokens, deprecated.
   * @deprecated Use "azure/gpt-5.4-pro" instead (deprecated 2026-10-06, shuts down 2027-04-07).
   */
  readonly "azure/gpt-5-pro": DeprecatedChatModelRecord<"azure">;
  /**
   * GPT-5.1 (Azure OpenAI): 400,000-token context, $1.25 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use "azure/gpt-5.6-sol" instead (deprecated 2026-11-13, shuts down 2027-05-15).
   */
  readonly "azure/gpt-5.1": DeprecatedChatModelRecord<"azure">;
  /**
   * GPT-5.1 Codex (Azure OpenAI): 400,000-token context, $1.25 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use "azure/gpt-5.3-codex" instead (deprecated 2026-11-13, shuts down 2027-05-15).
   */
  readonly "azure/gpt-5.1-codex": DeprecatedChatModelRecord<"azure">;
  /**
   * GPT-5.1 Codex mini (Azure OpenAI): 400,000-token context, $0.25 in / $2.00 out per 1M tokens, deprecated.
   * @deprecated Use "azure/gpt-5.6-terra" instead (deprecated 2026-11-13, shuts down 2027-05-15).
   */
  readonly "azure/gpt-5.1-codex-mini": DeprecatedChatModelRecord<"azure">;
  /**
   * GPT chat-latest (Azure OpenAI): 400,000-token context, $5.00 in / $30.00 out per 1M tokens, deprecated.
   * @deprecated Use "azure/gpt-5.5" instead (shuts down 2026-12-02).
   */
  readonly "azure/gpt-chat-latest": DeprecatedChatModelRecord<"azure">;
  /**
   * o3 (Azure OpenAI): 200,000-token context, $2.00 in / $8.00 out per 1M tokens, deprecated.
   * @deprecated Use "azure/gpt-5.6-sol" instead (deprecated 2026-04-16, shuts down 2026-10-21).
   */
  readonly "azure/o3": DeprecatedChatModelRecord<"azure">;
  /**
   * o3-pro (Azure OpenAI): 200,000-token context, $20.00 in / $80.00 out per 1M tokens, deprecated.
   * @deprecated Use "azure/gpt-5.6-sol" instead (deprecated 2026-06-10, shuts down 2026-12-17).
   */
  readonly "azure/o3-pro": DeprecatedChatModelRecord<"azure">;
  /**
   * o4-mini (Azure OpenAI): 200,000-token context, $1.10 in / $4.40 out per 1M tokens, deprecated.
   * @deprecated Use "azure/gpt-5.6-terra" instead (deprecated 2026-04-16, shuts down 2026-10-16).
   */
  readonly "azure/o4-mini": DeprecatedChatModelRecord<"azure">;
  /**
   * Claude Sonnet 3.5 (Anthropic): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use "claude-sonnet-4-6" instead (deprecated 2025-08-13, shuts down 2025-10-22).
   */
  readonly "claude-3-5-sonnet": DeprecatedChatModelRecord<"anthropic">;
  /**
   * Claude Sonnet 3.7 (Anthropic): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use "claude-sonnet-4-6" instead (deprecated 2025-10-28, shuts down 2026-02-19).
   */
  readonly "claude-3-7-sonnet": DeprecatedChatModelRecord<"anthropic">;
  /**
   * Claude Haiku 3 (Anthropic): 200,000-token context, $0.25 in / $1.25 out per 1M tokens, deprecated.
   * @deprecated Use "claude-haiku-4-5" instead (shuts down 2026-04-19).
   */
  readonly "claude-3-haiku": DeprecatedChatModelRecord<"anthropic">;
  /**
   * Claude Opus 3 (Anthropic): 200,000-token context, $15.00 in / $75.00 out per 1M tokens, deprecated.
   * @deprecated Use "claude-opus-4-7" instead (deprecated 2025-06-30, shuts down 2026-01-05).
   */
  readonly "claude-3-opus": DeprecatedChatModelRecord<"anthropic">;
  /**
   * Claude Opus 4 (Anthropic): 200,000-token context, $15.00 in / $75.00 out per 1M tokens, deprecated.
   * @deprecated Use "claude-opus-4-8" instead (deprecated 2026-04-14, shuts down 2026-06-15).
   */
  readonly "claude-opus-4": DeprecatedChatModelRecord<"anthropic">;
  /**
   * Claude Opus 4.1 (Anthropic): 200,000-token context, $15.00 in / $75.00 out per 1M tokens, deprecated.
   * @deprecated Use "claude-opus-4-8" instead (deprecated 2026-06-05, shuts down 2026-08-05).
   */
  readonly "claude-opus-4-1": DeprecatedChatModelRecord<"anthropic">;
  /**
   * Claude Opus 4.5 (Anthropic): 200,000-token context, $5.00 in / $25.00 out per 1M tokens, deprecated.
   * @deprecated Use "claude-opus-5-5" instead (deprecated 2026-11-23, shuts down 2027-01-22).
   */
  readonly "claude-opus-4-5": DeprecatedChatModelRecord<"anthropic">;
  /**
   * Claude Sonnet 4 (Anthropic): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use "claude-sonnet-4-6" instead (deprecated 2026-04-14, shuts down 2026-06-15).
   */
  readonly "claude-sonnet-4": DeprecatedChatModelRecord<"anthropic">;
  /**
   * Claude Sonnet 4.5 (Anthropic): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use "claude-sonnet-5-5" instead (deprecated 2026-09-30, shuts down 2026-11-30).
   */
  readonly "claude-sonnet-4-5": DeprecatedChatModelRecord<"anthropic">;
  /**
   * DALL-E 2 (OpenAI): image model, $0.016–$0.02 / image (3 sizes and qualities), deprecated.
   * @deprecated Use "gpt-image-1" instead (shuts down 2026-05-12).
   */
  readonly "dall-e-2": DeprecatedModelRecord<"openai">;
  /**
   * DALL-E 3 (OpenAI): image model, $0.04–$0.12 / image (6 sizes and qualities), deprecated.
   * @deprecated Use "gpt-image-1" instead (shuts down 2026-05-12).
   */
  readonly "dall-e-3": DeprecatedModelRecord<"openai">;
  /**
   * DeepSeek Chat (legacy name) (DeepSeek): 1,000,000-token context, $0.14 in / $0.28 out per 1M tokens, deprecated.
   * @deprecated Use "deepseek-flash" instead (deprecated 2026-04-24, shuts down 2026-07-24).
   */
  readonly "deepseek-chat": DeprecatedChatModelRecord<"deepseek">;
  /**
   * DeepSeek Reasoner (legacy name) (DeepSeek): 1,000,000-token context, $0.14 in / $0.28 out per 1M tokens, deprecated.
   * @deprecated Use "deepseek-flash" instead (deprecated 2026-04-24, shuts down 2026-07-24).
   */
  readonly "deepseek-reasoner": DeprecatedChatModelRecord<"deepseek">;
  /**
   * DeepSeek V4 Flash (DeepSeek): 1,000,000-token context, $0.30 in / $1.20 out per 1M tokens, deprecated.
   * @deprecated Use "deepseek-flash" instead.
   */
  readonly "deepseek-v4-flash": DeprecatedChatModelRecord<"deepseek">;
  /**
   * Claude Opus 4 (DIAL): 200,000-token context, $15.00 in / $75.00 out per 1M tokens, deprecated.
   * @deprecated Use "dial-claude-opus-4-8" instead (shuts down 2026-05-31).
   */
  readonly "dial-claude-opus-4": DeprecatedChatModelRecord<"dial">;
  /**
   * Claude Sonnet 4 (DIAL): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use "dial-claude-sonnet-4-6" instead (shuts down 2026-10-14).
   */
  readonly "dial-claude-sonnet-4": DeprecatedChatModelRecord<"dial">;
  /**
   * Gemini 2.5 Pro (DIAL): 1,114,112-token context, $1.25 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use "dial-gemini-3.1-pro-preview" instead (shuts down 2026-12-01).
   */
  readonly "dial-gemini-2.5-pro": DeprecatedChatModelRecord<"dial">;
  /**
   * GPT-4.1 (DIAL): 1,047,576-token context, $2.00 in / $8.00 out per 1M tokens, deprecated.
   * @deprecated Use "dial-gpt-5.4" instead (deprecated 2026-10-14, shuts down 2027-01-14).
   */
  readonly "dial-gpt-4.1": DeprecatedChatModelRecord<"dial">;
  /**
   * Gemini 1.5 Flash (Google): 1,056,768-token context, $0.075 in / $0.30 out per 1M tokens, deprecated.
   * @deprecated Use "gemini-3.5-flash-lite" instead (shuts down 2025-09-24).
   */
  readonly "gemini-1.5-flash": DeprecatedChatModelRecord<"google">;
  /**
   * Gemini 1.5 Pro (Google): 2,105,344-token context, $1.25 in / $5.00 out per 1M tokens, deprecated.
   * @deprecated Use "gemini-3.8-flash" instead (shuts down 2025-09-24).
   */
  readonly "gemini-1.5-pro": DeprecatedChatModelRecord<"google">;
  /**
   * Gemini 2.0 Flash (Google): 1,056,768-token context, $0.10 in / $0.40 out per 1M tokens, deprecated.
   * @deprecated Use "gemini-3.1-flash-lite" instead (deprecated 2026-02-18, shuts down 2026-06-01).
   */
  readonly "gemini-2.0-flash": DeprecatedChatModelRecord<"google">;
  /**
   * Gemini 2.0 Flash-Lite (Google): 1,056,768-token context, $0.075 in / $0.30 out per 1M tokens, deprecated.
   * @deprecated Use "gemini-3.1-flash-lite" instead (deprecated 2026-02-18, shuts down 2026-06-01).
   */
  readonly "gemini-2.0-flash-lite": DeprecatedChatModelRecord<"google">;
  /**
   * Gemini 2.0 Pro (experimental) (Google): 2,105,344-token context, $0.00 in / $0.00 out per 1M tokens, deprecated.
   * @deprecated Use "gemini-3.8-flash" instead (deprecated 2025-03-25).
   */
  readonly "gemini-2.0-pro": DeprecatedChatModelRecord<"google">;
  /**
   * Gemini 2.5 Flash (Google): 1,114,112-token context, $0.30 in / $2.50 out per 1M tokens, deprecated.
   * @deprecated Use "gemini-3.5-flash-lite" instead (shuts down 2026-12-01).
   */
  readonly "gemini-2.5-flash": DeprecatedChatModelRecord<"google">;
  /**
   * Gemini 2.5 Pro (Google): 1,114,112-token context, $1.25 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use "gemini-3.8-flash" instead (shuts down 2026-12-01).
   */
  readonly "gemini-2.5-pro": DeprecatedChatModelRecord<"google">;
  /**
   * Gemini 3 Flash (preview) (Google): 1,114,112-token context, $0.50 in / $3.00 out per 1M tokens, deprecated.
   * @deprecated Use "gemini-3.6-flash" instead.
   */
  readonly "gemini-3-flash-preview": DeprecatedChatModelRecord<"google">;
  /**
   * Gemini 3 Pro (preview) (Google): 1,114,112-token context, $2.00 in / $12.00 out per 1M tokens, deprecated.
   * @deprecated Use "gemini-3.1-pro-preview" instead (shuts down 2026-03-09).
   */
  readonly "gemini-3-pro-preview": DeprecatedChatModelRecord<"google">;
  /**
   * Gemini 3.5 Flash (Google): 1,114,112-token context, $1.50 in / $9.00 out per 1M tokens, deprecated.
   * @deprecated Use "gemini-3.6-flash" instead (deprecated 2026-10-08).
   */
  readonly "gemini-3.5-flash": DeprecatedChatModelRecord<"google">;
  /**
   * Gemini 3.7 Flash (Google): 1,114,112-token context, $1.50 in / $7.50 out per 1M tokens, deprecated.
   * @deprecated Use "gemini-3.8-flash" instead (deprecated 2026-10-08).
   */
  readonly "gemini-3.7-flash": DeprecatedChatModelRecord<"google">;
  /**
   * GPT-3.5 Turbo (OpenAI): 16,385-token context, $0.50 in / $1.50 out per 1M tokens, deprecated.
   * @deprecated Use "gpt-5.6-terra" instead (deprecated 2026-04-22, shuts down 2026-10-23).
   */
  readonly "gpt-3.5-turbo": DeprecatedChatModelRecord<"openai">;
  /**
   * GPT-4 (OpenAI): 8,192-token context, $30.00 in / $60.00 out per 1M tokens, deprecated.
   * @deprecated Use "gpt-5.6" instead (deprecated 2026-04-22, shuts down 2026-10-23).
   */
  readonly "gpt-4": DeprecatedChatModelRecord<"openai">;
  /**
   * GPT-4 Turbo (OpenAI): 128,000-token context, $10.00 in / $30.00 out per 1M tokens, deprecated.
   * @deprecated Use "gpt-5.6" instead (deprecated 2026-04-22, shuts down 2026-10-23).
   */
  readonly "gpt-4-turbo": DeprecatedChatModelRecord<"openai">;
  /**
   * GPT-4.1 (OpenAI): 1,047,576-token context, $2.00 in / $8.00 out per 1M tokens, deprecated.
   * @deprecated Use "gpt-6-luna" instead (deprecated 2026-10-14, shuts down 2027-01-14).
   */
  readonly "gpt-4.1": DeprecatedChatModelRecord<"openai">;
  /**
   * GPT-4.1 mini (OpenAI): 1,047,576-token context, $0.40 in / $1.60 out per 1M tokens, deprecated.
   * @deprecated Use "gpt-6-luna" instead (deprecated 2026-10-14, shuts down 2027-01-14).
   */
  readonly "gpt-4.1-mini": DeprecatedChatModelRecord<"openai">;
  /**
   * GPT-4.1 nano (OpenAI): 1,047,576-token context, $0.10 in / $0.40 out per 1M tokens, deprecated.
   * @deprecated Use "gpt-5.6-luna" instead (deprecated 2026-04-22, shuts down 2026-10-23).
   */
  readonly "gpt-4.1-nano": DeprecatedChatModelRecord<"openai">;
  /**
   * GPT-4o (OpenAI): 128,000-token context, $2.50 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use "gpt-6-luna" instead (deprecated 2026-10-14, shuts down 2027-01-14).
   */
  readonly "gpt-4o": DeprecatedChatModelRecord<"openai">;
  /**
   * GPT-4o mini (OpenAI): 128,000-token context, $0.15 in / $0.60 out per 1M tokens, deprecated.
   * @deprecated Use "gpt-6-luna" instead (deprecated 2026-10-14, shuts down 2027-01-14).
   */
  readonly "gpt-4o-mini": DeprecatedChatModelRecord<"openai">;
  /**
   * GPT-5 (OpenAI): 400,000-token context, $1.25 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use "gpt-6.1-sol" instead (deprecated 2026-06-11, shuts down 2026-12-11).
   */
  readonly "gpt-5": DeprecatedChatModelRecord<"openai">;
  /**
   * GPT-5 mini (OpenAI): 400,000-token context, $0.25 in / $2.00 out per 1M tokens, deprecated.
   * @deprecated Use "gpt-6.1-terra" instead (deprecated 2026-06-11, shuts down 2026-12-11).
   */
  readonly "gpt-5-mini": DeprecatedChatModelRecord<"openai">;
  /**
   * GPT-5 nano (OpenAI): 400,000-token context, $0.05 in / $0.40 out per 1M tokens, deprecated.
   * @deprecated Use "gpt-6-luna" instead (deprecated 2026-06-11, shuts down 2026-12-11).
   */
  readonly "gpt-5-nano": DeprecatedChatModelRecord<"openai">;
  /**
   * GPT-5 Pro (OpenAI): 400,000-token context, $15.00 in / $120.00 out per 1M tokens, deprecated.
   * @deprecated Use "gpt-6.1-sol" instead (deprecated 2026-06-11, shuts down 2026-12-11).
   */
  readonly "gpt-5-pro": DeprecatedChatModelRecord<"openai">;
  /**
   * GPT-5.1 (OpenAI): 400,000-token context, $1.25 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use "gpt-6.2-sol" instead (shuts down 2027-04-01).
   */
  readonly "gpt-5.1": DeprecatedChatModelRecord<"openai">;
  /**
   * GPT-5.4 nano (OpenAI): 400,000-token context, $0.20 in / $1.25 out per 1M tokens, deprecated.
   * @deprecated Use "gpt-6-luna" instead (shuts down 2027-04-01).
   */
  readonly "gpt-5.4-nano": DeprecatedChatModelRecord<"openai">;
  /**
   * Grok 2 Vision (xAI): 32,768-token context, $2.00 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use "grok-4.3" instead (shuts down 2026-02-28).
   */
  readonly "grok-2-vision-1212": DeprecatedChatModelRecord<"xai">;
  /**
   * Grok 3 (xAI): 131,072-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use "grok-4.3" instead (deprecated 2026-05-06, shuts down 2026-05-15).
   */
  readonly "grok-3": DeprecatedChatModelRecord<"xai">;
  /**
   * Grok 3 mini (xAI): 131,072-token context, $0.30 in / $0.50 out per 1M tokens, deprecated.
   * @deprecated Use "grok-4.3" instead (shuts down 2026-02-28).
   */
  readonly "grok-3-mini": DeprecatedChatModelRecord<"xai">;
  /**
   * Grok 4 (xAI): 256,000-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use "grok-4.5" instead (deprecated 2026-05-06, shuts down 2026-05-15).
   */
  readonly "grok-4": DeprecatedChatModelRecord<"xai">;
  /**
   * Grok 4.1 Fast (non-reasoning) (xAI): 2,000,000-token context, $0.20 in / $0.50 out per 1M tokens, deprecated.
   * @deprecated Use "grok-4.20-0309-non-reasoning" instead (deprecated 2026-05-06, shuts down 2026-05-15).
   */
  readonly "grok-4-1-fast-non-reasoning": DeprecatedChatModelRecord<"xai">;
  /**
   * Grok 4.1 Fast (reasoning) (xAI): 2,000,000-token context, $0.20 in / $0.50 out per 1M tokens, deprecated.
   * @deprecated Use "grok-4.3" instead (deprecated 2026-05-06, shuts down 2026-05-15).
   */
  readonly "grok-4-1-fast-reasoning": DeprecatedChatModelRecord<"xai">;
  /**
   * Grok 4 Fast (non-reasoning) (xAI): 2,000,000-token context, $0.20 in / $0.50 out per 1M tokens, deprecated.
   * @deprecated Use "grok-4.20-0309-non-reasoning" instead (deprecated 2026-05-06, shuts down 2026-05-15).
   */
  readonly "grok-4-fast-non-reasoning": DeprecatedChatModelRecord<"xai">;
  /**
   * Grok 4 Fast (reasoning) (xAI): 2,000,000-token context, $0.20 in / $0.50 out per 1M tokens, deprecated.
   * @deprecated Use "grok-4.3" instead (deprecated 2026-05-06, shuts down 2026-05-15).
   */
  readonly "grok-4-fast-reasoning": DeprecatedChatModelRecord<"xai">;
  /**
   * Grok Code Fast 1 (xAI): 256,000-token context, $0.20 in / $1.50 out per 1M tokens, deprecated.
   * @deprecated Use "grok-4.3" instead (deprecated 2026-05-06, shuts down 2026-05-15).
   */
  readonly "grok-code-fast-1": DeprecatedChatModelRecord<"xai">;
  /**
   * Llama 3.1 8B Instant (Groq): 131,072-token context, $0.05 in / $0.08 out per 1M tokens, deprecated.
   * @deprecated Use "groq/openai/gpt-oss-20b" instead (deprecated 2026-06-17, shuts down 2026-08-16).
   */
  readonly "groq/llama-3.1-8b-instant": DeprecatedChatModelRecord<"groq">;
  /**
   * Llama 3.3 70B Versatile (Groq): 131,072-token context, $0.59 in / $0.79 out per 1M tokens, deprecated.
   * @deprecated Use "groq/openai/gpt-oss-120b" instead (shuts down 2026-08-16).
   */
  readonly "groq/llama-3.3-70b-versatile": DeprecatedChatModelRecord<"groq">;
  /**
   * Llama 3.1 405B (Bedrock): 128,000-token context, $5.32 in / $16.00 out per 1M tokens, deprecated.
   * @deprecated Use "meta.llama4-maverick-17b-instruct-v1:0" instead (shuts down 2026-07-07).
   */
  readonly "meta.llama3-1-405b-instruct-v1:0": DeprecatedChatModelRecord<"bedrock">;
  /**
   * Mistral Medium 3.5 (Mistral): 262,144-token context, $1.50 in / $7.50 out per 1M tokens, deprecated.
   * @deprecated Use "mistral-large-4-0" instead.
   */
  readonly "mistral-medium-2604": DeprecatedChatModelRecord<"mistral">;
  /**
   * o1 (OpenAI): 200,000-token context, $15.00 in / $60.00 out per 1M tokens, deprecated.
   * @deprecated Use "gpt-5.6" instead (deprecated 2026-04-22, shuts down 2026-10-23).
   */
  readonly o1: DeprecatedChatModelRecord<"openai">;
  /**
   * o1-mini (OpenAI): 128,000-token context, $1.10 in / $4.40 out per 1M tokens, deprecated.
   * @deprecated Use "gpt-5.6-terra" instead (deprecated 2025-04-28, shuts down 2025-10-27).
   */
  readonly "o1-mini": DeprecatedChatModelRecord<"openai">;
  /**
   * o1-pro (OpenAI): 200,000-token context, $150.00 in / $600.00 out per 1M tokens, deprecated.
   * @deprecated Use "gpt-5.6" instead (deprecated 2026-04-22, shuts down 2026-10-23).
   */
  readonly "o1-pro": DeprecatedChatModelRecord<"openai">;
  /**
   * o3 (OpenAI): 200,000-token context, $2.00 in / $8.00 out per 1M tokens, deprecated.
   * @deprecated Use "gpt-6.1-sol" instead (deprecated 2026-06-11, shuts down 2026-12-11).
   */
  readonly o3: DeprecatedChatModelRecord<"openai">;
  /**
   * o3-mini (OpenAI): 200,000-token context, $1.10 in / $4.40 out per 1M tokens, deprecated.
   * @deprecated Use "gpt-5.6" instead (deprecated 2026-04-22, shuts down 2026-10-23).
   */
  readonly "o3-mini": DeprecatedChatModelRecord<"openai">;
  /**
   * o3-pro (OpenAI): 200,000-token context, $20.00 in / $80.00 out per 1M tokens, deprecated.
   * @deprecated Use "gpt-6.1-sol" instead (deprecated 2026-06-11, shuts down 2026-12-11).
   */
  readonly "o3-pro": DeprecatedChatModelRecord<"openai">;
  /**
   * o4-mini (OpenAI): 200,000-token context, $1.10 in / $4.40 out per 1M tokens, deprecated.
   * @deprecated Use "gpt-5.6-terra" instead (deprecated 2026-04-22, shuts down 2026-10-23).
   */
  readonly "o4-mini": DeprecatedChatModelRecord<"openai">;
  /**
   * Claude Haiku 3 (OpenRouter): 200,000-token context, $0.25 in / $1.25 out per 1M tokens, deprecated.
   * @deprecated Use "openrouter/anthropic/claude-haiku-4.5" instead (shuts down 2026-04-19).
   */
  readonly "openrouter/anthropic/claude-3-haiku": DeprecatedChatModelRecord<"openrouter">;
  /**
   * Claude Opus 3 (OpenRouter): 200,000-token context, $15.00 in / $75.00 out per 1M tokens, deprecated.
   * @deprecated Use "openrouter/anthropic/claude-opus-4.7" instead (deprecated 2025-06-30, shuts down 2026-01-05).
   */
  readonly "openrouter/anthropic/claude-3-opus": DeprecatedChatModelRecord<"openrouter">;
  /**
   * Claude Sonnet 3.5 (OpenRouter): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use "openrouter/anthropic/claude-sonnet-4.6" instead (deprecated 2025-08-13, shuts down 2025-10-22).
   */
  readonly "openrouter/anthropic/claude-3.5-sonnet": DeprecatedChatModelRecord<"openrouter">;
  /**
   * Claude Sonnet 3.7 (OpenRouter): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use "openrouter/anthropic/claude-sonnet-4.6" instead (deprecated 2025-10-28, shuts down 2026-02-19).
   */
  readonly "openrouter/anthropic/claude-3.7-sonnet": DeprecatedChatModelRecord<"openrouter">;
  /**
   * Claude Opus 4 (OpenRouter): 200,000-token context, $15.00 in / $75.00 out per 1M tokens, deprecated.
   * @deprecated Use "openrouter/anthropic/claude-opus-4.8" instead (deprecated 2026-04-14, shuts down 2026-06-15).
   */
  readonly "openrouter/anthropic/claude-opus-4": DeprecatedChatModelRecord<"openrouter">;
  /**
   * Claude Opus 4.5 (OpenRouter): 200,000-token context, $5.00 in / $25.00 out per 1M tokens, deprecated.
   * @deprecated Use "openrouter/anthropic/claude-opus-5.5" instead (deprecated 2026-11-23, shuts down 2027-01-22).
   */
  readonly "openrouter/anthropic/claude-opus-4.5": DeprecatedChatModelRecord<"openrouter">;
  /**
   * Claude Sonnet 4 (OpenRouter): 1,000,000-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use "openrouter/anthropic/claude-sonnet-4.6" instead (deprecated 2026-04-14, shuts down 2026-06-15).
   */
  readonly "openrouter/anthropic/claude-sonnet-4": DeprecatedChatModelRecord<"openrouter">;
  /**
   * Claude Sonnet 4.5 (OpenRouter): 1,000,000-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use "claude-sonnet-5-5" instead (deprecated 2026-09-30, shuts down 2026-11-30).
   */
  readonly "openrouter/anthropic/claude-sonnet-4.5": DeprecatedChatModelRecord<"openrouter">;
  /**
   * Gemini 2.5 Flash (OpenRouter): 1,048,576-token context, $0.30 in / $2.50 out per 1M tokens, deprecated.
   * @deprecated Use "gemini-3.5-flash-lite" instead (shuts down 2026-12-01).
   */
  readonly "openrouter/google/gemini-2.5-flash": DeprecatedChatModelRecord<"openrouter">;
  /**
   * Gemini 2.5 Pro (OpenRouter): 1,048,576-token context, $1.25 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use "gemini-3.8-flash" instead (shuts down 2026-12-01).
   */
  readonly "openrouter/google/gemini-2.5-pro": DeprecatedChatModelRecord<"openrouter">;
  /**
   * Gemini 3 Flash (preview) (OpenRouter): 1,048,576-token context, $0.50 in / $3.00 out per 1M tokens, deprecated.
   * @deprecated Use "gemini-3.6-flash" instead.
   */
  readonly "openrouter/google/gemini-3-flash-preview": DeprecatedChatModelRecord<"openrouter">;
  /**
   * Gemini 3.5 Flash (OpenRouter): 1,048,576-token context, $1.50 in / $9.00 out per 1M tokens, deprecated.
   * @deprecated Use "gemini-3.6-flash" instead (deprecated 2026-10-08).
   */
  readonly "openrouter/google/gemini-3.5-flash": DeprecatedChatModelRecord<"openrouter">;
  /**
   * GPT-3.5 Turbo (OpenRouter): 16,385-token context, $0.50 in / $1.50 out per 1M tokens, deprecated.
   * @deprecated Use "openrouter/openai/gpt-5.6-terra" instead (deprecated 2026-04-22, shuts down 2026-10-23).
   */
  readonly "openrouter/openai/gpt-3.5-turbo": DeprecatedChatModelRecord<"openrouter">;
  /**
   * GPT-4 (OpenRouter): 8,191-token context, $30.00 in / $60.00 out per 1M tokens, deprecated.
   * @deprecated Use "gpt-5.6" instead (deprecated 2026-04-22, shuts down 2026-10-23).
   */
  readonly "openrouter/openai/gpt-4": DeprecatedChatModelRecord<"openrouter">;
  /**
   * GPT-4 Turbo (OpenRouter): 128,000-token context, $10.00 in / $30.00 out per 1M tokens, deprecated.
   * @deprecated Use "gpt-5.6" instead (deprecated 2026-04-22, shuts down 2026-10-23).
   */
  readonly "openrouter/openai/gpt-4-turbo": DeprecatedChatModelRecord<"openrouter">;
  /**
   * GPT-4.1 (OpenRouter): 1,047,576-token context, $2.00 in / $8.00 out per 1M tokens, deprecated.
   * @deprecated Use "openrouter/openai/gpt-6-luna" instead (deprecated 2026-10-14, shuts down 2027-01-14).
   */
  readonly "openrouter/openai/gpt-4.1": DeprecatedChatModelRecord<"openrouter">;
  /**
   * GPT-4.1 mini (OpenRouter): 1,047,576-token context, $0.40 in / $1.60 out per 1M tokens, deprecated.
   * @deprecated Use "openrouter/openai/gpt-6-luna" instead (deprecated 2026-10-14, shuts down 2027-01-14).
   */
  readonly "openrouter/openai/gpt-4.1-mini": DeprecatedChatModelRecord<"openrouter">;
  /**
   * GPT-4.1 nano (OpenRouter): 1,047,576-token context, $0.10 in / $0.40 out per 1M tokens, deprecated.
   * @deprecated Use "openrouter/openai/gpt-5.6-luna" instead (deprecated 2026-04-22, shuts down 2026-10-23).
   */
  readonly "openrouter/openai/gpt-4.1-nano": DeprecatedChatModelRecord<"openrouter">;
  /**
   * GPT-4o (OpenRouter): 128,000-token context, $2.50 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use "openrouter/openai/gpt-6-luna" instead (deprecated 2026-10-14, shuts down 2027-01-14).
   */
  readonly "openrouter/openai/gpt-4o": DeprecatedChatModelRecord<"openrouter">;
  /**
   * GPT-4o mini (OpenRouter): 128,000-token context, $0.15 in / $0.60 out per 1M tokens, deprecated.
   * @deprecated Use "openrouter/openai/gpt-6-luna" instead (deprecated 2026-10-14, shuts down 2027-01-14).
   */
  readonly "openrouter/openai/gpt-4o-mini": DeprecatedChatModelRecord<"openrouter">;
  /**
   * GPT-5 (OpenRouter): 400,000-token context, $1.25 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use "gpt-6.1-sol" instead (deprecated 2026-06-11, shuts down 2026-12-11).
   */
  readonly "openrouter/openai/gpt-5": DeprecatedChatModelRecord<"openrouter">;
  /**
   * GPT-5 mini (OpenRouter): 400,000-token context, $0.25 in / $2.00 out per 1M tokens, deprecated.
   * @deprecated Use "gpt-6.1-terra" instead (deprecated 2026-06-11, shuts down 2026-12-11).
   */
  readonly "openrouter/openai/gpt-5-mini": DeprecatedChatModelRecord<"openrouter">;
  /**
   * GPT-5 nano (OpenRouter): 400,000-token context, $0.05 in / $0.40 out per 1M tokens, deprecated.
   * @deprecated Use "openrouter/openai/gpt-6-luna" instead (deprecated 2026-06-11, shuts down 2026-12-11).
   */
  readonly "openrouter/openai/gpt-5-nano": DeprecatedChatModelRecord<"openrouter">;
  /**
   * GPT-5 Pro (OpenRouter): 400,000-token context, $15.00 in / $120.00 out per 1M tokens, deprecated.
   * @deprecated Use "gpt-6.1-sol" instead (deprecated 2026-06-11, shuts down 2026-12-11).
   */
  readonly "openrouter/openai/gpt-5-pro": DeprecatedChatModelRecord<"openrouter">;
  /**
   * GPT-5.1 (OpenRouter): 400,000-token context, $1.25 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use "gpt-6.2-sol" instead (shuts down 2027-04-01).
   */
  readonly "openrouter/openai/gpt-5.1": DeprecatedChatModelRecord<"openrouter">;
  /**
   * GPT-5.4 nano (OpenRouter): 400,000-token context, $0.20 in / $1.25 out per 1M tokens, deprecated.
   * @deprecated Use "openrouter/openai/gpt-6-luna" instead (shuts down 2027-04-01).
   */
  readonly "openrouter/openai/gpt-5.4-nano": DeprecatedChatModelRecord<"openrouter">;
  /**
   * o1 (OpenRouter): 200,000-token context, $15.00 in / $60.00 out per 1M tokens, deprecated.
   * @deprecated Use "gpt-5.6" instead (deprecated 2026-04-22, shuts down 2026-10-23).
   */
  readonly "openrouter/openai/o1": DeprecatedChatModelRecord<"openrouter">;
  /**
   * o1-mini (OpenRouter): 128,000-token context, $1.10 in / $4.40 out per 1M tokens, deprecated.
   * @deprecated Use "openrouter/openai/gpt-5.6-terra" instead (deprecated 2025-04-28, shuts down 2025-10-27).
   */
  readonly "openrouter/openai/o1-mini": DeprecatedChatModelRecord<"openrouter">;
  /**
   * o1-pro (OpenRouter): 200,000-token context, $150.00 in / $600.00 out per 1M tokens, deprecated.
   * @deprecated Use "gpt-5.6" instead (deprecated 2026-04-22, shuts down 2026-10-23).
   */
  readonly "openrouter/openai/o1-pro": DeprecatedChatModelRecord<"openrouter">;
  /**
   * o3 (OpenRouter): 200,000-token context, $2.00 in / $8.00 out per 1M tokens, deprecated.
   * @deprecated Use "gpt-6.1-sol" instead (deprecated 2026-06-11, shuts down 2026-12-11).
   */
  readonly "openrouter/openai/o3": DeprecatedChatModelRecord<"openrouter">;
  /**
   * o3-mini (OpenRouter): 200,000-token context, $1.10 in / $4.40 out per 1M tokens, deprecated.
   * @deprecated Use "gpt-5.6" instead (deprecated 2026-04-22, shuts down 2026-10-23).
   */
  readonly "openrouter/openai/o3-mini": DeprecatedChatModelRecord<"openrouter">;
  /**
   * o3-pro (OpenRouter): 200,000-token context, $20.00 in / $80.00 out per 1M tokens, deprecated.
   * @deprecated Use "gpt-6.1-sol" instead (deprecated 2026-06-11, shuts down 2026-12-11).
   */
  readonly "openrouter/openai/o3-pro": DeprecatedChatModelRecord<"openrouter">;
  /**
   * o4-mini (OpenRouter): 200,000-token context, $1.10 in / $4.40 out per 1M tokens, deprecated.
   * @deprecated Use "openrouter/openai/gpt-5.6-terra" instead (deprecated 2026-04-22, shuts down 2026-10-23).
   */
  readonly "openrouter/openai/o4-mini": DeprecatedChatModelRecord<"openrouter">;
  /**
   * Grok 2 Vision (OpenRouter): 32,768-token context, $2.00 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use "openrouter/x-ai/grok-4.3" instead (shuts down 2026-02-28).
   */
  readonly "openrouter/x-ai/grok-2-vision-1212": DeprecatedChatModelRecord<"openrouter">;
  /**
   * Grok Code Fast 1 (OpenRouter): 256,000-token context, $0.20 in / $1.50 out per 1M tokens, deprecated.
   * @deprecated Use "openrouter/x-ai/grok-4.3" instead (deprecated 2026-05-06, shuts down 2026-05-15).
   */
  readonly "openrouter/x-ai/grok-code-fast-1": DeprecatedChatModelRecord<"openrouter">;
  /**
   * Amazon Nova Premier (Bedrock): 1,000,000-token context, $2.50 in / $12.50 out per 1M tokens, deprecated.
   * @deprecated Use "amazon.nova-2-lite-v1:0" instead (shuts down 2026-09-14).
   */
  readonly "us.amazon.nova-premier-v1:0": DeprecatedChatModelRecord<"bedrock">;
}

/** The providers' type: one property per provider. */
export interface ProviderRegistry {
  readonly anthropic: ProviderRecord;
  readonly azure: ProviderRecord;
  readonly bedrock: ProviderRecord;
  readonly deepseek: ProviderRecord;
  readonly dial: ProviderRecord;
  readonly google: ProviderRecord;
  readonly groq: ProviderRecord;
  readonly mistral: ProviderRecord;
  readonly ollama: ProviderRecord;
  readonly openai: ProviderRecord;
  readonly openrouter: ProviderRecord;
  readonly vertex: ProviderRecord;
  readonly "vertex-anthropic": ProviderRecord;
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
  readonly "codestral-latest": "codestral-2508";
  /** @deprecated Resolves to the deprecated model "deepseek-v4-flash". */
  readonly "deepseek-v4-flash-vision-exp": "deepseek-v4-flash";
  readonly "ministral-14b-latest": "ministral-14b-2512";
  readonly "ministral-3b-latest": "ministral-3b-2512";
  readonly "ministral-8b-latest": "ministral-8b-2512";
  readonly "mistral-large-4": "mistral-large-4-0";
  readonly "mistral-large-latest": "mistral-large-4-0";
  /** @deprecated Resolves to the deprecated model "mistral-medium-2604". */
  readonly "mistral-medium-3-5": "mistral-medium-2604";
  /** @deprecated Resolves to the deprecated model "mistral-medium-2604". */
  readonly "mistral-medium-3.5": "mistral-medium-2604";
  /** @deprecated Resolves to the deprecated model "mistral-medium-2604". */
  readonly "mistral-medium-latest": "mistral-medium-2604";
  readonly "mistral-small-latest": "mistral-small-2603";
}

/** @internal One entry per line; `MODELS` and the provider modules read it. */
export declare const __modelLines_Anthropic: string;

/** @internal One entry per line; `MODELS` and the provider modules read it. */
export declare const __modelLines_Azure: string;

/** @internal One entry per line; `MODELS` and the provider modules read it. */
export declare const __modelLines_Bedrock: string;

/** @internal One entry per line; `MODELS` and the provider modules read it. */
export declare const __modelLines_DeepSeek: string;

/** @internal One entry per line; `MODELS` and the provider modules read it. */
export declare const __modelLines_DIAL: string;

/** @internal One entry per line; `MODELS` and the provider modules read it. */
export declare const __modelLines_Google: string;

/** @internal One entry per line; `MODELS` and the provider modules read it. */
export declare const __modelLines_Groq: string;

/** @internal One entry per line; `MODELS` and the provider modules read it. */
export declare const __modelLines_Mistral: string;

/** @internal One entry per line; `MODELS` and the provider modules read it. */
export declare const __modelLines_Ollama: string;

/** @internal One entry per line; `MODELS` and the provider modules read it. */
export declare const __modelLines_OpenAI: string;

/** @internal One entry per line; `MODELS` and the provider modules read it. */
export declare const __modelLines_OpenRouter: string;

/** @internal One entry per line; `MODELS` and the provider modules read it. */
export declare const __modelLines_Vertex: string;

/** @internal One entry per line; `MODELS` and the provider modules read it. */
export declare const __modelLines_VertexAnthropic: string;

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
  /** `amazon.rerank-v1:0`: Amazon Rerank 1.0 (Bedrock): rerank model, $1.00 / 1K requests, production. */
  readonly AMAZON_RERANK_V1_0: "amazon.rerank-v1:0";
  /**
   * `amazon.titan-embed-text-v1`: Amazon Titan Embeddings G1 - Text (Bedrock): embedding model, $0.10 / 1M input tokens, production.
   */
  readonly AMAZON_TITAN_EMBED_TEXT_V1: "amazon.titan-embed-text-v1";
  /**
   * `amazon.titan-embed-text-v2:0`: Amazon Titan Text Embeddings V2 (Bedrock): embedding model, $0.02 / 1M input tokens, production.
   */
  readonly AMAZON_TITAN_EMBED_TEXT_V2_0: "amazon.titan-embed-text-v2:0";
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
  /** `cohere.embed-v4:0`: Cohere Embed v4 (Bedrock): embedding model, $0.12 / 1M input tokens, production. */
  readonly COHERE_EMBED_V4_0: "cohere.embed-v4:0";
  /** `cohere.rerank-v3-5:0`: Cohere Rerank 3.5 (Bedrock): rerank model, $2.00 / 1K requests, production. */
  readonly COHERE_RERANK_V3_5_0: "cohere.rerank-v3-5:0";
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

/** The type of `DeepSeekModels`: a constant for each of DeepSeek's model IDs. */
export interface DeepSeekModelConstants {
  /**
   * `deepseek-chat`: DeepSeek Chat (legacy name) (DeepSeek): 1,000,000-token context, $0.14 in / $0.28 out per 1M tokens, deprecated.
   * @deprecated Use Models.DEEPSEEK_FLASH instead (deprecated 2026-04-24, shuts down 2026-07-24).
   */
  readonly DEEPSEEK_CHAT: "deepseek-chat";
  /**
   * `deepseek-flash`: DeepSeek V4.1 Flash (DeepSeek): 1,000,000-token context, $0.30 in / $1.20 out per 1M tokens, production.
   */
  readonly DEEPSEEK_FLASH: "deepseek-flash";
  /**
   * `deepseek-reasoner`: DeepSeek Reasoner (legacy name) (DeepSeek): 1,000,000-token context, $0.14 in / $0.28 out per 1M tokens, deprecated.
   * @deprecated Use Models.DEEPSEEK_FLASH instead (deprecated 2026-04-24, shuts down 2026-07-24).
   */
  readonly DEEPSEEK_REASONER: "deepseek-reasoner";
  /**
   * `deepseek-v4-flash`: DeepSeek V4 Flash (DeepSeek): 1,000,000-token context, $0.30 in / $1.20 out per 1M tokens, deprecated.
   * @deprecated Use Models.DEEPSEEK_FLASH instead.
   */
  readonly DEEPSEEK_V4_FLASH: "deepseek-v4-flash";
  /**
   * `deepseek-v4-pro`: DeepSeek V4 Pro (DeepSeek): 1,000,000-token context, $1.32 in / $3.96 out per 1M tokens, production.
   */
  readonly DEEPSEEK_V4_PRO: "deepseek-v4-pro";
}

/** The type of `DIALModels`: a constant for each of DIAL's model IDs. */
export interface DIALModelConstants {
  /**
   * `dial-claude-opus-4`: Claude Opus 4 (DIAL): 200,000-token context, $15.00 in / $75.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.DIAL_CLAUDE_OPUS_4_8 instead (shuts down 2026-05-31).
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
  /** `gemini-embedding-001`: Gemini Embedding 001 (Google): embedding model, $0.15 / 1M input tokens, production. */
  readonly GEMINI_EMBEDDING_001: "gemini-embedding-001";
  /**
   * `gemma-4-26b-a4b-it`: Gemma 4 26B A4B (Google): 262,144-token context, $0.00 in / $0.00 out per 1M tokens, production.
   */
  readonly GEMMA_4_26B_A4B_IT: "gemma-4-26b-a4b-it";
  /** `gemma-4-31b-it`: Gemma 4 31B (Google): 262,144-token context, $0.00 in / $0.00 out per 1M tokens, production. */
  readonly GEMMA_4_31B_IT: "gemma-4-31b-it";
}

/** The type of `GroqModels`: a constant for each of Groq's model IDs. */
export interface GroqModelConstants {
  /**
   * `groq/llama-3.1-8b-instant`: Llama 3.1 8B Instant (Groq): 131,072-token context, $0.05 in / $0.08 out per 1M tokens, deprecated.
   * @deprecated Use Models.GROQ_OPENAI_GPT_OSS_20B instead (deprecated 2026-06-17, shuts down 2026-08-16).
   */
  readonly GROQ_LLAMA_3_1_8B_INSTANT: "groq/llama-3.1-8b-instant";
  /**
   * `groq/llama-3.3-70b-versatile`: Llama 3.3 70B Versatile (Groq): 131,072-token context, $0.59 in / $0.79 out per 1M tokens, deprecated.
   * @deprecated Use Models.GROQ_OPENAI_GPT_OSS_120B instead (shuts down 2026-08-16).
   */
  readonly GROQ_LLAMA_3_3_70B_VERSATILE: "groq/llama-3.3-70b-versatile";
  /**
   * `groq/openai/gpt-oss-120b`: GPT-OSS 120B (Groq): 131,072-token context, $0.15 in / $0.60 out per 1M tokens, production.
   */
  readonly GROQ_OPENAI_GPT_OSS_120B: "groq/openai/gpt-oss-120b";
  /**
   * `groq/openai/gpt-oss-20b`: GPT-OSS 20B (Groq): 131,072-token context, $0.075 in / $0.30 out per 1M tokens, production.
   */
  readonly GROQ_OPENAI_GPT_OSS_20B: "groq/openai/gpt-oss-20b";
}

/** The type of `MistralModels`: a constant for each of Mistral's model IDs. */
export interface MistralModelConstants {
  /**
   * `codestral-2508`: Codestral 25.08 (Mistral): 256,000-token context, $0.30 in / $0.90 out per 1M tokens, production.
   */
  readonly CODESTRAL_2508: "codestral-2508";
  /**
   * `ministral-14b-2512`: Ministral 3 14B (Mistral): 262,144-token context, $0.20 in / $0.20 out per 1M tokens, production.
   */
  readonly MINISTRAL_14B_2512: "ministral-14b-2512";
  /**
   * `ministral-3b-2512`: Ministral 3 3B (Mistral): 262,144-token context, $0.10 in / $0.10 out per 1M tokens, production.
   */
  readonly MINISTRAL_3B_2512: "ministral-3b-2512";
  /**
   * `ministral-8b-2512`: Ministral 3 8B (Mistral): 262,144-token context, $0.15 in / $0.15 out per 1M tokens, production.
   */
  readonly MINISTRAL_8B_2512: "ministral-8b-2512";
  /** `mistral-embed`: Mistral Embed (Mistral): embedding model, $0.10 / 1M input tokens, production. */
  readonly MISTRAL_EMBED: "mistral-embed";
  /**
   * `mistral-large-2512`: Mistral Large 3 (Mistral): 262,144-token context, $0.50 in / $1.50 out per 1M tokens, production.
   */
  readonly MISTRAL_LARGE_2512: "mistral-large-2512";
  /**
   * `mistral-large-4-0`: Mistral Large 4 (Mistral): 1,048,576-token context, $0.70 in / $2.10 out per 1M tokens, production.
   */
  readonly MISTRAL_LARGE_4_0: "mistral-large-4-0";
  /**
   * `mistral-medium-2604`: Mistral Medium 3.5 (Mistral): 262,144-token context, $1.50 in / $7.50 out per 1M tokens, deprecated.
   * @deprecated Use Models.MISTRAL_LARGE_4_0 instead.
   */
  readonly MISTRAL_MEDIUM_2604: "mistral-medium-2604";
  /**
   * `mistral-small-2603`: Mistral Small 4 (Mistral): 262,144-token context, $0.15 in / $0.60 out per 1M tokens, production.
   */
  readonly MISTRAL_SMALL_2603: "mistral-small-2603";
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
   * `dall-e-2`: DALL-E 2 (OpenAI): image model, $0.016–$0.02 / image (3 sizes and qualities), deprecated.
   * @deprecated Use Models.GPT_IMAGE_1 instead (shuts down 2026-05-12).
   */
  readonly DALL_E_2: "dall-e-2";
  /**
   * `dall-e-3`: DALL-E 3 (OpenAI): image model, $0.04–$0.12 / image (6 sizes and qualities), deprecated.
   * @deprecated Use Models.GPT_IMAGE_1 instead (shuts down 2026-05-12).
   */
  readonly DALL_E_3: "dall-e-3";
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
   * `gpt-4o-mini-transcribe`: GPT-4o mini Transcribe (OpenAI): transcription model, $1.25 / 1M input tokens, $3.00 / 1M audio input tokens, $5.00 / 1M output tokens, production.
   */
  readonly GPT_4O_MINI_TRANSCRIBE: "gpt-4o-mini-transcribe";
  /**
   * `gpt-4o-mini-tts`: GPT-4o mini TTS (OpenAI): speech model, $0.60 / 1M input tokens, $12.00 / 1M audio output tokens, production.
   */
  readonly GPT_4O_MINI_TTS: "gpt-4o-mini-tts";
  /**
   * `gpt-4o-transcribe`: GPT-4o Transcribe (OpenAI): transcription model, $2.50 / 1M input tokens, $6.00 / 1M audio input tokens, $10.00 / 1M output tokens, production.
   */
  readonly GPT_4O_TRANSCRIBE: "gpt-4o-transcribe";
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
   * `gpt-image-1`: GPT Image 1 (OpenAI): image model, $5.00 / 1M input tokens, $10.00 / 1M image input tokens, $40.00 / 1M image output tokens, $0.011–$0.25 / image (9 sizes and qualities), production.
   */
  readonly GPT_IMAGE_1: "gpt-image-1";
  /**
   * `gpt-image-1-mini`: GPT Image 1 mini (OpenAI): image model, $2.00 / 1M input tokens, $2.50 / 1M image input tokens, $8.00 / 1M image output tokens, $0.005–$0.015 / image (6 sizes and qualities), production.
   */
  readonly GPT_IMAGE_1_MINI: "gpt-image-1-mini";
  /**
   * `gpt-image-1.5`: GPT Image 1.5 (OpenAI): image model, $5.00 / 1M input tokens, $8.00 / 1M image input tokens, $10.00 / 1M output tokens, $32.00 / 1M image output tokens, $0.009–$0.20 / image (9 sizes and qualities), production.
   */
  readonly GPT_IMAGE_1_5: "gpt-image-1.5";
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
  /**
   * `omni-moderation-latest`: omni-moderation (latest) (OpenAI): moderation model, $0.00 / 1M input tokens, production.
   */
  readonly OMNI_MODERATION_LATEST: "omni-moderation-latest";
  /**
   * `text-embedding-3-large`: text-embedding-3-large (OpenAI): embedding model, $0.13 / 1M input tokens, production.
   */
  readonly TEXT_EMBEDDING_3_LARGE: "text-embedding-3-large";
  /**
   * `text-embedding-3-small`: text-embedding-3-small (OpenAI): embedding model, $0.02 / 1M input tokens, production.
   */
  readonly TEXT_EMBEDDING_3_SMALL: "text-embedding-3-small";
  /**
   * `text-embedding-ada-002`: text-embedding-ada-002 (OpenAI): embedding model, $0.10 / 1M input tokens, production.
   */
  readonly TEXT_EMBEDDING_ADA_002: "text-embedding-ada-002";
  /** `tts-1`: TTS-1 (OpenAI): speech model, $15.00 / 1M characters, production. */
  readonly TTS_1: "tts-1";
  /** `tts-1-hd`: TTS-1 HD (OpenAI): speech model, $30.00 / 1M characters, production. */
  readonly TTS_1_HD: "tts-1-hd";
  /** `whisper-1`: Whisper (OpenAI): transcription model, $0.006 / minute of audio, production. */
  readonly WHISPER_1: "whisper-1";
}

/** The type of `OpenRouterModels`: a constant for each of OpenRouter's model IDs. */
export interface OpenRouterModelConstants {
  /**
   * `openrouter/anthropic/claude-3-haiku`: Claude Haiku 3 (OpenRouter): 200,000-token context, $0.25 in / $1.25 out per 1M tokens, deprecated.
   * @deprecated Use Models.OPENROUTER_ANTHROPIC_CLAUDE_HAIKU_4_5 instead (shuts down 2026-04-19).
   */
  readonly OPENROUTER_ANTHROPIC_CLAUDE_3_HAIKU: "openrouter/anthropic/claude-3-haiku";
  /**
   * `openrouter/anthropic/claude-3-opus`: Claude Opus 3 (OpenRouter): 200,000-token context, $15.00 in / $75.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.OPENROUTER_ANTHROPIC_CLAUDE_OPUS_4_7 instead (deprecated 2025-06-30, shuts down 2026-01-05).
   */
  readonly OPENROUTER_ANTHROPIC_CLAUDE_3_OPUS: "openrouter/anthropic/claude-3-opus";
  /**
   * `openrouter/anthropic/claude-3.5-sonnet`: Claude Sonnet 3.5 (OpenRouter): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.OPENROUTER_ANTHROPIC_CLAUDE_SONNET_4_6 instead (deprecated 2025-08-13, shuts down 2025-10-22).
   */
  readonly OPENROUTER_ANTHROPIC_CLAUDE_3_5_SONNET: "openrouter/anthropic/claude-3.5-sonnet";
  /**
   * `openrouter/anthropic/claude-3.7-sonnet`: Claude Sonnet 3.7 (OpenRouter): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.OPENROUTER_ANTHROPIC_CLAUDE_SONNET_4_6 instead (deprecated 2025-10-28, shuts down 2026-02-19).
   */
  readonly OPENROUTER_ANTHROPIC_CLAUDE_3_7_SONNET: "openrouter/anthropic/claude-3.7-sonnet";
  /**
   * `openrouter/anthropic/claude-fable-5`: Claude Fable 5 (OpenRouter): 1,000,000-token context, $10.00 in / $50.00 out per 1M tokens, production.
   */
  readonly OPENROUTER_ANTHROPIC_CLAUDE_FABLE_5: "openrouter/anthropic/claude-fable-5";
  /**
   * `openrouter/anthropic/claude-fable-5.1`: Claude Fable 5.1 (OpenRouter): 1,000,000-token context, $10.00 in / $50.00 out per 1M tokens, production.
   */
  readonly OPENROUTER_ANTHROPIC_CLAUDE_FABLE_5_1: "openrouter/anthropic/claude-fable-5.1";
  /**
   * `openrouter/anthropic/claude-haiku-4.5`: Claude Haiku 4.5 (OpenRouter): 200,000-token context, $1.00 in / $5.00 out per 1M tokens, production.
   */
  readonly OPENROUTER_ANTHROPIC_CLAUDE_HAIKU_4_5: "openrouter/anthropic/claude-haiku-4.5";
  /**
   * `openrouter/anthropic/claude-opus-4`: Claude Opus 4 (OpenRouter): 200,000-token context, $15.00 in / $75.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.OPENROUTER_ANTHROPIC_CLAUDE_OPUS_4_8 instead (deprecated 2026-04-14, shuts down 2026-06-15).
   */
  readonly OPENROUTER_ANTHROPIC_CLAUDE_OPUS_4: "openrouter/anthropic/claude-opus-4";
  /**
   * `openrouter/anthropic/claude-opus-4.5`: Claude Opus 4.5 (OpenRouter): 200,000-token context, $5.00 in / $25.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.OPENROUTER_ANTHROPIC_CLAUDE_OPUS_5_5 instead (deprecated 2026-11-23, shuts down 2027-01-22).
   */
  readonly OPENROUTER_ANTHROPIC_CLAUDE_OPUS_4_5: "openrouter/anthropic/claude-opus-4.5";
  /**
   * `openrouter/anthropic/claude-opus-4.6`: Claude Opus 4.6 (OpenRouter): 1,000,000-token context, $5.00 in / $25.00 out per 1M tokens, production.
   */
  readonly OPENROUTER_ANTHROPIC_CLAUDE_OPUS_4_6: "openrouter/anthropic/claude-opus-4.6";
  /**
   * `openrouter/anthropic/claude-opus-4.7`: Claude Opus 4.7 (OpenRouter): 1,000,000-token context, $5.00 in / $25.00 out per 1M tokens, production.
   */
  readonly OPENROUTER_ANTHROPIC_CLAUDE_OPUS_4_7: "openrouter/anthropic/claude-opus-4.7";
  /**
   * `openrouter/anthropic/claude-opus-4.8`: Claude Opus 4.8 (OpenRouter): 1,000,000-token context, $5.00 in / $25.00 out per 1M tokens, production.
   */
  readonly OPENROUTER_ANTHROPIC_CLAUDE_OPUS_4_8: "openrouter/anthropic/claude-opus-4.8";
  /**
   * `openrouter/anthropic/claude-opus-5`: Claude Opus 5 (OpenRouter): 1,000,000-token context, $5.00 in / $25.00 out per 1M tokens, production.
   */
  readonly OPENROUTER_ANTHROPIC_CLAUDE_OPUS_5: "openrouter/anthropic/claude-opus-5";
  /**
   * `openrouter/anthropic/claude-opus-5.5`: Claude Opus 5.5 (OpenRouter): 1,000,000-token context, $4.00 in / $20.00 out per 1M tokens, production.
   */
  readonly OPENROUTER_ANTHROPIC_CLAUDE_OPUS_5_5: "openrouter/anthropic/claude-opus-5.5";
  /**
   * `openrouter/anthropic/claude-sonnet-4`: Claude Sonnet 4 (OpenRouter): 1,000,000-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.OPENROUTER_ANTHROPIC_CLAUDE_SONNET_4_6 instead (deprecated 2026-04-14, shuts down 2026-06-15).
   */
  readonly OPENROUTER_ANTHROPIC_CLAUDE_SONNET_4: "openrouter/anthropic/claude-sonnet-4";
  /**
   * `openrouter/anthropic/claude-sonnet-4.5`: Claude Sonnet 4.5 (OpenRouter): 1,000,000-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.CLAUDE_SONNET_5_5 instead (deprecated 2026-09-30, shuts down 2026-11-30).
   */
  readonly OPENROUTER_ANTHROPIC_CLAUDE_SONNET_4_5: "openrouter/anthropic/claude-sonnet-4.5";
  /**
   * `openrouter/anthropic/claude-sonnet-4.6`: Claude Sonnet 4.6 (OpenRouter): 1,000,000-token context, $3.00 in / $15.00 out per 1M tokens, production.
   */
  readonly OPENROUTER_ANTHROPIC_CLAUDE_SONNET_4_6: "openrouter/anthropic/claude-sonnet-4.6";
  /**
   * `openrouter/anthropic/claude-sonnet-5`: Claude Sonnet 5 (OpenRouter): 1,000,000-token context, $2.00 in / $10.00 out per 1M tokens, production.
   */
  readonly OPENROUTER_ANTHROPIC_CLAUDE_SONNET_5: "openrouter/anthropic/claude-sonnet-5";
  /**
   * `openrouter/deepseek/deepseek-v4-pro`: DeepSeek V4 Pro (OpenRouter): 1,048,576-token context, $0.435 in / $0.87 out per 1M tokens, production.
   */
  readonly OPENROUTER_DEEPSEEK_DEEPSEEK_V4_PRO: "openrouter/deepseek/deepseek-v4-pro";
  /**
   * `openrouter/google/gemini-2.5-flash`: Gemini 2.5 Flash (OpenRouter): 1,048,576-token context, $0.30 in / $2.50 out per 1M tokens, deprecated.
   * @deprecated Use Models.GEMINI_3_5_FLASH_LITE instead (shuts down 2026-12-01).
   */
  readonly OPENROUTER_GOOGLE_GEMINI_2_5_FLASH: "openrouter/google/gemini-2.5-flash";
  /**
   * `openrouter/google/gemini-2.5-flash-lite`: Gemini 2.5 Flash-Lite (OpenRouter): 1,048,576-token context, $0.10 in / $0.40 out per 1M tokens, production.
   */
  readonly OPENROUTER_GOOGLE_GEMINI_2_5_FLASH_LITE: "openrouter/google/gemini-2.5-flash-lite";
  /**
   * `openrouter/google/gemini-2.5-pro`: Gemini 2.5 Pro (OpenRouter): 1,048,576-token context, $1.25 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GEMINI_3_8_FLASH instead (shuts down 2026-12-01).
   */
  readonly OPENROUTER_GOOGLE_GEMINI_2_5_PRO: "openrouter/google/gemini-2.5-pro";
  /**
   * `openrouter/google/gemini-3-flash-preview`: Gemini 3 Flash (preview) (OpenRouter): 1,048,576-token context, $0.50 in / $3.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GEMINI_3_6_FLASH instead.
   */
  readonly OPENROUTER_GOOGLE_GEMINI_3_FLASH_PREVIEW: "openrouter/google/gemini-3-flash-preview";
  /**
   * `openrouter/google/gemini-3.1-flash-lite`: Gemini 3.1 Flash-Lite (OpenRouter): 1,048,576-token context, $0.25 in / $1.50 out per 1M tokens, production.
   */
  readonly OPENROUTER_GOOGLE_GEMINI_3_1_FLASH_LITE: "openrouter/google/gemini-3.1-flash-lite";
  /**
   * `openrouter/google/gemini-3.1-pro-preview`: Gemini 3.1 Pro (preview) (OpenRouter): 1,048,576-token context, $2.00 in / $12.00 out per 1M tokens, beta.
   */
  readonly OPENROUTER_GOOGLE_GEMINI_3_1_PRO_PREVIEW: "openrouter/google/gemini-3.1-pro-preview";
  /**
   * `openrouter/google/gemini-3.5-flash`: Gemini 3.5 Flash (OpenRouter): 1,048,576-token context, $1.50 in / $9.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GEMINI_3_6_FLASH instead (deprecated 2026-10-08).
   */
  readonly OPENROUTER_GOOGLE_GEMINI_3_5_FLASH: "openrouter/google/gemini-3.5-flash";
  /**
   * `openrouter/google/gemma-4-26b-a4b-it`: Gemma 4 26B A4B (OpenRouter): 262,144-token context, $0.06 in / $0.33 out per 1M tokens, production.
   */
  readonly OPENROUTER_GOOGLE_GEMMA_4_26B_A4B_IT: "openrouter/google/gemma-4-26b-a4b-it";
  /**
   * `openrouter/google/gemma-4-31b-it`: Gemma 4 31B (OpenRouter): 262,144-token context, $0.09 in / $0.34 out per 1M tokens, production.
   */
  readonly OPENROUTER_GOOGLE_GEMMA_4_31B_IT: "openrouter/google/gemma-4-31b-it";
  /**
   * `openrouter/mistralai/codestral-2508`: Codestral 25.08 (OpenRouter): 256,000-token context, $0.30 in / $0.90 out per 1M tokens, production.
   */
  readonly OPENROUTER_MISTRALAI_CODESTRAL_2508: "openrouter/mistralai/codestral-2508";
  /**
   * `openrouter/mistralai/mistral-large-2512`: Mistral Large 3 (OpenRouter): 262,144-token context, $0.50 in / $1.50 out per 1M tokens, production.
   */
  readonly OPENROUTER_MISTRALAI_MISTRAL_LARGE_2512: "openrouter/mistralai/mistral-large-2512";
  /**
   * `openrouter/mistralai/mistral-small-2603`: Mistral Small 4 (OpenRouter): 262,144-token context, $0.15 in / $0.60 out per 1M tokens, production.
   */
  readonly OPENROUTER_MISTRALAI_MISTRAL_SMALL_2603: "openrouter/mistralai/mistral-small-2603";
  /**
   * `openrouter/openai/gpt-3.5-turbo`: GPT-3.5 Turbo (OpenRouter): 16,385-token context, $0.50 in / $1.50 out per 1M tokens, deprecated.
   * @deprecated Use Models.OPENROUTER_OPENAI_GPT_5_6_TERRA instead (deprecated 2026-04-22, shuts down 2026-10-23).
   */
  readonly OPENROUTER_OPENAI_GPT_3_5_TURBO: "openrouter/openai/gpt-3.5-turbo";
  /**
   * `openrouter/openai/gpt-4`: GPT-4 (OpenRouter): 8,191-token context, $30.00 in / $60.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GPT_5_6 instead (deprecated 2026-04-22, shuts down 2026-10-23).
   */
  readonly OPENROUTER_OPENAI_GPT_4: "openrouter/openai/gpt-4";
  /**
   * `openrouter/openai/gpt-4-turbo`: GPT-4 Turbo (OpenRouter): 128,000-token context, $10.00 in / $30.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GPT_5_6 instead (deprecated 2026-04-22, shuts down 2026-10-23).
   */
  readonly OPENROUTER_OPENAI_GPT_4_TURBO: "openrouter/openai/gpt-4-turbo";
  /**
   * `openrouter/openai/gpt-4.1`: GPT-4.1 (OpenRouter): 1,047,576-token context, $2.00 in / $8.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.OPENROUTER_OPENAI_GPT_6_LUNA instead (deprecated 2026-10-14, shuts down 2027-01-14).
   */
  readonly OPENROUTER_OPENAI_GPT_4_1: "openrouter/openai/gpt-4.1";
  /**
   * `openrouter/openai/gpt-4.1-mini`: GPT-4.1 mini (OpenRouter): 1,047,576-token context, $0.40 in / $1.60 out per 1M tokens, deprecated.
   * @deprecated Use Models.OPENROUTER_OPENAI_GPT_6_LUNA instead (deprecated 2026-10-14, shuts down 2027-01-14).
   */
  readonly OPENROUTER_OPENAI_GPT_4_1_MINI: "openrouter/openai/gpt-4.1-mini";
  /**
   * `openrouter/openai/gpt-4.1-nano`: GPT-4.1 nano (OpenRouter): 1,047,576-token context, $0.10 in / $0.40 out per 1M tokens, deprecated.
   * @deprecated Use Models.OPENROUTER_OPENAI_GPT_5_6_LUNA instead (deprecated 2026-04-22, shuts down 2026-10-23).
   */
  readonly OPENROUTER_OPENAI_GPT_4_1_NANO: "openrouter/openai/gpt-4.1-nano";
  /**
   * `openrouter/openai/gpt-4o`: GPT-4o (OpenRouter): 128,000-token context, $2.50 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.OPENROUTER_OPENAI_GPT_6_LUNA instead (deprecated 2026-10-14, shuts down 2027-01-14).
   */
  readonly OPENROUTER_OPENAI_GPT_4O: "openrouter/openai/gpt-4o";
  /**
   * `openrouter/openai/gpt-4o-mini`: GPT-4o mini (OpenRouter): 128,000-token context, $0.15 in / $0.60 out per 1M tokens, deprecated.
   * @deprecated Use Models.OPENROUTER_OPENAI_GPT_6_LUNA instead (deprecated 2026-10-14, shuts down 2027-01-14).
   */
  readonly OPENROUTER_OPENAI_GPT_4O_MINI: "openrouter/openai/gpt-4o-mini";
  /**
   * `openrouter/openai/gpt-5`: GPT-5 (OpenRouter): 400,000-token context, $1.25 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GPT_6_1_SOL instead (deprecated 2026-06-11, shuts down 2026-12-11).
   */
  readonly OPENROUTER_OPENAI_GPT_5: "openrouter/openai/gpt-5";
  /**
   * `openrouter/openai/gpt-5-mini`: GPT-5 mini (OpenRouter): 400,000-token context, $0.25 in / $2.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GPT_6_1_TERRA instead (deprecated 2026-06-11, shuts down 2026-12-11).
   */
  readonly OPENROUTER_OPENAI_GPT_5_MINI: "openrouter/openai/gpt-5-mini";
  /**
   * `openrouter/openai/gpt-5-nano`: GPT-5 nano (OpenRouter): 400,000-token context, $0.05 in / $0.40 out per 1M tokens, deprecated.
   * @deprecated Use Models.OPENROUTER_OPENAI_GPT_6_LUNA instead (deprecated 2026-06-11, shuts down 2026-12-11).
   */
  readonly OPENROUTER_OPENAI_GPT_5_NANO: "openrouter/openai/gpt-5-nano";
  /**
   * `openrouter/openai/gpt-5-pro`: GPT-5 Pro (OpenRouter): 400,000-token context, $15.00 in / $120.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GPT_6_1_SOL instead (deprecated 2026-06-11, shuts down 2026-12-11).
   */
  readonly OPENROUTER_OPENAI_GPT_5_PRO: "openrouter/openai/gpt-5-pro";
  /**
   * `openrouter/openai/gpt-5.1`: GPT-5.1 (OpenRouter): 400,000-token context, $1.25 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GPT_6_2_SOL instead (shuts down 2027-04-01).
   */
  readonly OPENROUTER_OPENAI_GPT_5_1: "openrouter/openai/gpt-5.1";
  /**
   * `openrouter/openai/gpt-5.1-codex-mini`: GPT-5.1 Codex mini (OpenRouter): 400,000-token context, $0.25 in / $2.00 out per 1M tokens, production.
   */
  readonly OPENROUTER_OPENAI_GPT_5_1_CODEX_MINI: "openrouter/openai/gpt-5.1-codex-mini";
  /**
   * `openrouter/openai/gpt-5.2`: GPT-5.2 (OpenRouter): 400,000-token context, $1.75 in / $14.00 out per 1M tokens, production.
   */
  readonly OPENROUTER_OPENAI_GPT_5_2: "openrouter/openai/gpt-5.2";
  /**
   * `openrouter/openai/gpt-5.2-pro`: GPT-5.2 Pro (OpenRouter): 400,000-token context, $21.00 in / $168.00 out per 1M tokens, production.
   */
  readonly OPENROUTER_OPENAI_GPT_5_2_PRO: "openrouter/openai/gpt-5.2-pro";
  /**
   * `openrouter/openai/gpt-5.3-codex`: GPT-5.3 Codex (OpenRouter): 400,000-token context, $1.75 in / $14.00 out per 1M tokens, production.
   */
  readonly OPENROUTER_OPENAI_GPT_5_3_CODEX: "openrouter/openai/gpt-5.3-codex";
  /**
   * `openrouter/openai/gpt-5.4`: GPT-5.4 (OpenRouter): 1,050,000-token context, $2.50 in / $15.00 out per 1M tokens, production.
   */
  readonly OPENROUTER_OPENAI_GPT_5_4: "openrouter/openai/gpt-5.4";
  /**
   * `openrouter/openai/gpt-5.4-mini`: GPT-5.4 mini (OpenRouter): 400,000-token context, $0.75 in / $4.50 out per 1M tokens, production.
   */
  readonly OPENROUTER_OPENAI_GPT_5_4_MINI: "openrouter/openai/gpt-5.4-mini";
  /**
   * `openrouter/openai/gpt-5.4-nano`: GPT-5.4 nano (OpenRouter): 400,000-token context, $0.20 in / $1.25 out per 1M tokens, deprecated.
   * @deprecated Use Models.OPENROUTER_OPENAI_GPT_6_LUNA instead (shuts down 2027-04-01).
   */
  readonly OPENROUTER_OPENAI_GPT_5_4_NANO: "openrouter/openai/gpt-5.4-nano";
  /**
   * `openrouter/openai/gpt-5.4-pro`: GPT-5.4 Pro (OpenRouter): 1,050,000-token context, $30.00 in / $180.00 out per 1M tokens, production.
   */
  readonly OPENROUTER_OPENAI_GPT_5_4_PRO: "openrouter/openai/gpt-5.4-pro";
  /**
   * `openrouter/openai/gpt-5.5`: GPT-5.5 (OpenRouter): 1,050,000-token context, $5.00 in / $30.00 out per 1M tokens, production.
   */
  readonly OPENROUTER_OPENAI_GPT_5_5: "openrouter/openai/gpt-5.5";
  /**
   * `openrouter/openai/gpt-5.5-pro`: GPT-5.5 Pro (OpenRouter): 1,050,000-token context, $30.00 in / $180.00 out per 1M tokens, production.
   */
  readonly OPENROUTER_OPENAI_GPT_5_5_PRO: "openrouter/openai/gpt-5.5-pro";
  /**
   * `openrouter/openai/gpt-5.6-luna`: GPT-5.6 Luna (OpenRouter): 1,050,000-token context, $0.20 in / $1.20 out per 1M tokens, production.
   */
  readonly OPENROUTER_OPENAI_GPT_5_6_LUNA: "openrouter/openai/gpt-5.6-luna";
  /**
   * `openrouter/openai/gpt-5.6-terra`: GPT-5.6 Terra (OpenRouter): 1,050,000-token context, $2.00 in / $12.00 out per 1M tokens, production.
   */
  readonly OPENROUTER_OPENAI_GPT_5_6_TERRA: "openrouter/openai/gpt-5.6-terra";
  /**
   * `openrouter/openai/gpt-6-luna`: GPT-6 Luna (OpenRouter): 1,050,000-token context, $0.10 in / $0.50 out per 1M tokens, production.
   */
  readonly OPENROUTER_OPENAI_GPT_6_LUNA: "openrouter/openai/gpt-6-luna";
  /**
   * `openrouter/openai/gpt-6-sol`: GPT-6 Sol (OpenRouter): 1,050,000-token context, $2.00 in / $10.00 out per 1M tokens, production.
   */
  readonly OPENROUTER_OPENAI_GPT_6_SOL: "openrouter/openai/gpt-6-sol";
  /**
   * `openrouter/openai/gpt-oss-120b`: gpt-oss:120b (OpenRouter): 131,072-token context, $0.039 in / $0.18 out per 1M tokens, production.
   */
  readonly OPENROUTER_OPENAI_GPT_OSS_120B: "openrouter/openai/gpt-oss-120b";
  /**
   * `openrouter/openai/gpt-oss-20b`: gpt-oss:20b (OpenRouter): 131,072-token context, $0.029 in / $0.14 out per 1M tokens, production.
   */
  readonly OPENROUTER_OPENAI_GPT_OSS_20B: "openrouter/openai/gpt-oss-20b";
  /**
   * `openrouter/openai/o1`: o1 (OpenRouter): 200,000-token context, $15.00 in / $60.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GPT_5_6 instead (deprecated 2026-04-22, shuts down 2026-10-23).
   */
  readonly OPENROUTER_OPENAI_O1: "openrouter/openai/o1";
  /**
   * `openrouter/openai/o1-mini`: o1-mini (OpenRouter): 128,000-token context, $1.10 in / $4.40 out per 1M tokens, deprecated.
   * @deprecated Use Models.OPENROUTER_OPENAI_GPT_5_6_TERRA instead (deprecated 2025-04-28, shuts down 2025-10-27).
   */
  readonly OPENROUTER_OPENAI_O1_MINI: "openrouter/openai/o1-mini";
  /**
   * `openrouter/openai/o1-pro`: o1-pro (OpenRouter): 200,000-token context, $150.00 in / $600.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GPT_5_6 instead (deprecated 2026-04-22, shuts down 2026-10-23).
   */
  readonly OPENROUTER_OPENAI_O1_PRO: "openrouter/openai/o1-pro";
  /**
   * `openrouter/openai/o3`: o3 (OpenRouter): 200,000-token context, $2.00 in / $8.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GPT_6_1_SOL instead (deprecated 2026-06-11, shuts down 2026-12-11).
   */
  readonly OPENROUTER_OPENAI_O3: "openrouter/openai/o3";
  /**
   * `openrouter/openai/o3-deep-research`: o3 Deep Research (OpenRouter): 200,000-token context, $10.00 in / $40.00 out per 1M tokens, production.
   */
  readonly OPENROUTER_OPENAI_O3_DEEP_RESEARCH: "openrouter/openai/o3-deep-research";
  /**
   * `openrouter/openai/o3-mini`: o3-mini (OpenRouter): 200,000-token context, $1.10 in / $4.40 out per 1M tokens, deprecated.
   * @deprecated Use Models.GPT_5_6 instead (deprecated 2026-04-22, shuts down 2026-10-23).
   */
  readonly OPENROUTER_OPENAI_O3_MINI: "openrouter/openai/o3-mini";
  /**
   * `openrouter/openai/o3-pro`: o3-pro (OpenRouter): 200,000-token context, $20.00 in / $80.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GPT_6_1_SOL instead (deprecated 2026-06-11, shuts down 2026-12-11).
   */
  readonly OPENROUTER_OPENAI_O3_PRO: "openrouter/openai/o3-pro";
  /**
   * `openrouter/openai/o4-mini`: o4-mini (OpenRouter): 200,000-token context, $1.10 in / $4.40 out per 1M tokens, deprecated.
   * @deprecated Use Models.OPENROUTER_OPENAI_GPT_5_6_TERRA instead (deprecated 2026-04-22, shuts down 2026-10-23).
   */
  readonly OPENROUTER_OPENAI_O4_MINI: "openrouter/openai/o4-mini";
  /**
   * `openrouter/openai/o4-mini-deep-research`: o4-mini Deep Research (OpenRouter): 200,000-token context, $2.00 in / $8.00 out per 1M tokens, production.
   */
  readonly OPENROUTER_OPENAI_O4_MINI_DEEP_RESEARCH: "openrouter/openai/o4-mini-deep-research";
  /**
   * `openrouter/x-ai/grok-2-vision-1212`: Grok 2 Vision (OpenRouter): 32,768-token context, $2.00 in / $10.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.OPENROUTER_X_AI_GROK_4_3 instead (shuts down 2026-02-28).
   */
  readonly OPENROUTER_X_AI_GROK_2_VISION_1212: "openrouter/x-ai/grok-2-vision-1212";
  /**
   * `openrouter/x-ai/grok-4.3`: Grok 4.3 (OpenRouter): 1,000,000-token context, $1.25 in / $2.50 out per 1M tokens, production.
   */
  readonly OPENROUTER_X_AI_GROK_4_3: "openrouter/x-ai/grok-4.3";
  /**
   * `openrouter/x-ai/grok-build-0.1`: Grok Build 0.1 (OpenRouter): 256,000-token context, $1.00 in / $2.00 out per 1M tokens, production.
   */
  readonly OPENROUTER_X_AI_GROK_BUILD_0_1: "openrouter/x-ai/grok-build-0.1";
  /**
   * `openrouter/x-ai/grok-code-fast-1`: Grok Code Fast 1 (OpenRouter): 256,000-token context, $0.20 in / $1.50 out per 1M tokens, deprecated.
   * @deprecated Use Models.OPENROUTER_X_AI_GROK_4_3 instead (deprecated 2026-05-06, shuts down 2026-05-15).
   */
  readonly OPENROUTER_X_AI_GROK_CODE_FAST_1: "openrouter/x-ai/grok-code-fast-1";
}

/** The type of `VertexModels`: a constant for each of Vertex AI's model IDs. */
export interface VertexModelConstants {
  /**
   * `vertex/gemini-2.5-flash-lite`: Gemini 2.5 Flash-Lite (Vertex AI): 1,114,112-token context, $0.10 in / $0.40 out per 1M tokens, production.
   */
  readonly VERTEX_GEMINI_2_5_FLASH_LITE: "vertex/gemini-2.5-flash-lite";
  /**
   * `vertex/gemini-3.1-pro-preview`: Gemini 3.1 Pro (preview) (Vertex AI): 1,114,112-token context, $2.00 in / $12.00 out per 1M tokens, beta.
   */
  readonly VERTEX_GEMINI_3_1_PRO_PREVIEW: "vertex/gemini-3.1-pro-preview";
  /**
   * `vertex/gemini-3.5-flash-lite`: Gemini 3.5 Flash-Lite (Vertex AI): 1,114,112-token context, $0.30 in / $2.50 out per 1M tokens, production.
   */
  readonly VERTEX_GEMINI_3_5_FLASH_LITE: "vertex/gemini-3.5-flash-lite";
  /**
   * `vertex/gemini-3.6-flash`: Gemini 3.6 Flash (Vertex AI): 1,114,112-token context, $1.50 in / $7.50 out per 1M tokens, production.
   */
  readonly VERTEX_GEMINI_3_6_FLASH: "vertex/gemini-3.6-flash";
  /**
   * `vertex/gemini-3.8-flash`: Gemini 3.8 Flash (Vertex AI): 1,114,112-token context, $1.50 in / $7.50 out per 1M tokens, production.
   */
  readonly VERTEX_GEMINI_3_8_FLASH: "vertex/gemini-3.8-flash";
}

/** The type of `VertexAnthropicModels`: a constant for each of Vertex AI (Anthropic)'s model IDs. */
export interface VertexAnthropicModelConstants {
  /**
   * `vertex-anthropic/claude-fable-5`: Claude Fable 5 (Vertex AI (Anthropic)): 1,000,000-token context, $10.00 in / $50.00 out per 1M tokens, production.
   */
  readonly VERTEX_ANTHROPIC_CLAUDE_FABLE_5: "vertex-anthropic/claude-fable-5";
  /**
   * `vertex-anthropic/claude-fable-5-1`: Claude Fable 5.1 (Vertex AI (Anthropic)): 1,000,000-token context, $10.00 in / $50.00 out per 1M tokens, production.
   */
  readonly VERTEX_ANTHROPIC_CLAUDE_FABLE_5_1: "vertex-anthropic/claude-fable-5-1";
  /**
   * `vertex-anthropic/claude-haiku-4-5`: Claude Haiku 4.5 (Vertex AI (Anthropic)): 200,000-token context, $1.00 in / $5.00 out per 1M tokens, production.
   */
  readonly VERTEX_ANTHROPIC_CLAUDE_HAIKU_4_5: "vertex-anthropic/claude-haiku-4-5";
  /**
   * `vertex-anthropic/claude-opus-4-6`: Claude Opus 4.6 (Vertex AI (Anthropic)): 1,000,000-token context, $5.00 in / $25.00 out per 1M tokens, production.
   */
  readonly VERTEX_ANTHROPIC_CLAUDE_OPUS_4_6: "vertex-anthropic/claude-opus-4-6";
  /**
   * `vertex-anthropic/claude-opus-4-7`: Claude Opus 4.7 (Vertex AI (Anthropic)): 1,000,000-token context, $5.00 in / $25.00 out per 1M tokens, production.
   */
  readonly VERTEX_ANTHROPIC_CLAUDE_OPUS_4_7: "vertex-anthropic/claude-opus-4-7";
  /**
   * `vertex-anthropic/claude-opus-4-8`: Claude Opus 4.8 (Vertex AI (Anthropic)): 1,000,000-token context, $5.00 in / $25.00 out per 1M tokens, production.
   */
  readonly VERTEX_ANTHROPIC_CLAUDE_OPUS_4_8: "vertex-anthropic/claude-opus-4-8";
  /**
   * `vertex-anthropic/claude-opus-5`: Claude Opus 5 (Vertex AI (Anthropic)): 1,000,000-token context, $5.00 in / $25.00 out per 1M tokens, production.
   */
  readonly VERTEX_ANTHROPIC_CLAUDE_OPUS_5: "vertex-anthropic/claude-opus-5";
  /**
   * `vertex-anthropic/claude-opus-5-5`: Claude Opus 5.5 (Vertex AI (Anthropic)): 1,000,000-token context, $4.00 in / $20.00 out per 1M tokens, production.
   */
  readonly VERTEX_ANTHROPIC_CLAUDE_OPUS_5_5: "vertex-anthropic/claude-opus-5-5";
  /**
   * `vertex-anthropic/claude-sonnet-4-6`: Claude Sonnet 4.6 (Vertex AI (Anthropic)): 1,000,000-token context, $3.00 in / $15.00 out per 1M tokens, production.
   */
  readonly VERTEX_ANTHROPIC_CLAUDE_SONNET_4_6: "vertex-anthropic/claude-sonnet-4-6";
  /**
   * `vertex-anthropic/claude-sonnet-5`: Claude Sonnet 5 (Vertex AI (Anthropic)): 1,000,000-token context, $2.00 in / $10.00 out per 1M tokens, production.
   */
  readonly VERTEX_ANTHROPIC_CLAUDE_SONNET_5: "vertex-anthropic/claude-sonnet-5";
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
    DeepSeekModelConstants,
    DIALModelConstants,
    GoogleModelConstants,
    GroqModelConstants,
    MistralModelConstants,
    OllamaModelConstants,
    OpenAIModelConstants,
    OpenRouterModelConstants,
    VertexModelConstants,
    VertexAnthropicModelConstants,
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

/** The constants of DeepSeek's models. */
export declare const DeepSeekModels: DeepSeekModelConstants;

/** The constants of DIAL's models. */
export declare const DIALModels: DIALModelConstants;

/** The constants of Google's models. */
export declare const GoogleModels: GoogleModelConstants;

/** The constants of Groq's models. */
export declare const GroqModels: GroqModelConstants;

/** The constants of Mistral's models. */
export declare const MistralModels: MistralModelConstants;

/** The constants of Ollama's models. */
export declare const OllamaModels: OllamaModelConstants;

/** The constants of OpenAI's models. */
export declare const OpenAIModels: OpenAIModelConstants;

/** The constants of OpenRouter's models. */
export declare const OpenRouterModels: OpenRouterModelConstants;

/** The constants of Vertex AI's models. */
export declare const VertexModels: VertexModelConstants;

/** The constants of Vertex AI (Anthropic)'s models. */
export declare const VertexAnthropicModels: VertexAnthropicModelConstants;

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
 * Only chat models are considered unless `requirements.kinds` names other kinds.
 */
export declare function selectModels(requirements?: TaskRequirements & { kinds?: "chat" | readonly "chat"[] }): SelectionResult<Extract<ActiveModelId, ChatModelId>, ModelId, ChatModelRecord>;
export declare function selectModels(requirements: TaskRequirements): SelectionResult<ActiveModelId, ModelId, ModelRecord>;

/**
 * What `usage` costs on model `id`: the total in USD (exact decimals), line by line, and which prices were in force.
 * `usage` is the registry's `TokenUsage` or `UnitUsage` (images, audio seconds, characters, requests, cache storage)
 * or the `usage` of an OpenAI, Anthropic or Vercel AI SDK call (chat, embeddings, images, transcriptions).
 * A unit the model has no price for throws `UnpricedUsageError`: never $0 by omission.
 */
export declare function estimateCost(id: ModelId, usage: AnyUsage, options?: CostOptions): CostEstimate;

/** Blended list price, USD per 1M tokens: (3 × input + output) / 4. Chat models only. */
export declare function blendedCostPer1M(id: ChatModelId): number;

/** Input and output list prices, USD per 1M tokens. Chat models only. */
export declare function pricePer1M(id: ChatModelId): { input: number; output: number };

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
