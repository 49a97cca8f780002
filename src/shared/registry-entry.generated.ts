// GENERATED from schema/model_registry.schema.json by scripts/schema-types.ts - DO NOT EDIT.
/* eslint-disable */

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
