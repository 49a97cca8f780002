/**
 * GENERATED FILE - DO NOT EDIT.
 * Source: ../models/model_registry.yaml (validated against ../schema/model_registry.schema.json)
 * Regenerate: npm run generate
 */
/* eslint-disable */
// ---- Entry types, generated from the JSON Schema by json-schema-to-typescript ----
export type AuthMethod =
  "bearer" | "api-key-header" | "aws-sigv4" | "query-key" | "none";
/**
 * production: fully supported, selected by default. beta: works, may have issues, selectable and flagged. experimental: use at own risk, only selected with an explicit opt-in. deprecated: will be removed, never selected automatically.
 */
export type ModelStatus = "production" | "beta" | "experimental" | "deprecated";

/**
 * The lattice-lock model registry: provider configuration and every model the orchestrator can route to. Edit models/model_registry.yaml, then run `npm run generate`.
 */
export interface ModelRegistryFile {
  /**
   * Format version of this file. Only 1 exists.
   */
  version: 1;
  /**
   * Provider configuration, keyed by provider ID.
   */
  providers: {
    [k: string]: ProviderConfig | undefined;
  };
  /**
   * Every model the orchestrator can route to.
   *
   * @minItems 1
   */
  models: ModelEntry[];
  /**
   * Other names (e.g. legacy registry IDs) that resolve to a registry model ID.
   */
  aliases?: {
    /**
     * Registry model ID: letters, digits and . _ : / @ + -, starting and ending with a letter or digit, not only digits, at most 128 characters.
     */
    [k: string]: string | undefined;
  };
}
export interface ProviderConfig {
  display_name: string;
  /**
   * API base URL. `{ENV_VAR}` placeholders are filled from the environment (or env.defaults); `{api_name}` is filled with the model's api_name.
   */
  base_url: string;
  auth: ProviderAuth;
  env: ProviderEnv;
  docs_url: string;
  /**
   * True for providers that run on the local machine and need no credentials.
   */
  local?: boolean;
}
/**
 * How requests authenticate. `header` names the header for api-key-header; `query_param` names the parameter for query-key.
 */
export interface ProviderAuth {
  type: AuthMethod;
  header?: string;
  query_param?: string;
}
/**
 * Environment variables the provider reads (names only). A `required` item that is a list means any one of those variables will do.
 */
export interface ProviderEnv {
  required: (string | string[])[];
  /**
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
export interface ModelEntry {
  /**
   * Registry model ID: letters, digits and . _ : / @ + -, starting and ending with a letter or digit, not only digits, at most 128 characters.
   */
  id: string;
  /**
   * Provider ID: lower-case letters, digits and -, starting with a letter.
   */
  provider: string;
  display_name: string;
  /**
   * Provider-side model name when it differs from id (dated Anthropic IDs, Azure deployment names, Bedrock model IDs, Ollama tags).
   */
  api_name?: string;
  /**
   * Maximum input + output tokens.
   */
  context_window: number;
  /**
   * Maximum tokens in one response.
   */
  max_output_tokens: number;
  /**
   * USD per 1,000 tokens. Above 1.0 is rejected: that is almost always a per-1M figure typed into a per-1k field.
   */
  cost_per_1k_input: number;
  /**
   * USD per 1,000 tokens. Above 1.0 is rejected: that is almost always a per-1M figure typed into a per-1k field.
   */
  cost_per_1k_output: number;
  /**
   * USD per 1,000 tokens. Above 1.0 is rejected: that is almost always a per-1M figure typed into a per-1k field.
   */
  cost_per_1k_cached_input?: number;
  capabilities: ModelCapabilities;
  /**
   * Relative speed, 0 (slowest) to 10 (fastest).
   */
  speed_rating: number;
  status: ModelStatus;
  /**
   * Oldest provider API version the model works with (YYYY-MM-DD, optionally -preview).
   */
  min_api_version?: string;
  deprecation?: ModelDeprecation;
  hardware?: ModelHardware;
  best_for?: string;
  /**
   * Why a figure differs from the public reference, or anything else a maintainer should know.
   */
  notes?: string;
  /**
   * Where the figures come from.
   */
  source: string;
  /**
   * When the figures were last checked against the source.
   */
  verified: string;
}
export interface ModelCapabilities {
  coding_score: number;
  reasoning_score: number;
  supports_vision: boolean;
  supports_function_calling: boolean;
}
/**
 * Required when status is deprecated (and only then).
 */
export interface ModelDeprecation {
  /**
   * When the provider announced the deprecation.
   */
  date: string;
  /**
   * Registry ID of the model to use instead; it must not itself be deprecated.
   */
  replaced_by: string;
  /**
   * When the provider stops serving the model. After it, resolving the model fails.
   */
  removal_date?: string;
}
/**
 * What a locally run model needs.
 */
export interface ModelHardware {
  parameters_billion: number;
  download_size_gb: number;
  min_ram_gb: number;
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
/** A deprecated model entry: its deprecation details are always present. */
export type DeprecatedModelRecord<P extends ProviderId = ProviderId> =
  ModelRecord<P> & {
    readonly status: "deprecated";
    readonly deprecation: DeepReadonly<ModelDeprecation>;
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
   * @deprecated Use "azure/gpt-4.1" instead (deprecated 2025-06-06, removed 2025-06-06).
   */
  readonly "azure/gpt-4": DeprecatedModelRecord<"azure">;
  /**
   * GPT-4 Turbo (Azure) (Azure OpenAI): 128,000-token context, $10.00 in / $30.00 out per 1M tokens, deprecated.
   * @deprecated Use "azure/gpt-4.1" instead (deprecated 2025-06-06, removed 2025-06-06).
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
   * @deprecated Use "claude-sonnet-4-6" instead (deprecated 2025-08-13, removed 2025-10-22).
   */
  readonly "claude-3-5-sonnet": DeprecatedModelRecord<"anthropic">;
  /**
   * Claude Sonnet 3.7 (Anthropic): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use "claude-sonnet-4-6" instead (deprecated 2025-10-28, removed 2026-02-19).
   */
  readonly "claude-3-7-sonnet": DeprecatedModelRecord<"anthropic">;
  /** Claude Haiku 3 (Anthropic): 200,000-token context, $0.25 in / $1.25 out per 1M tokens, production. */
  readonly "claude-3-haiku": ModelRecord<"anthropic">;
  /**
   * Claude Opus 3 (Anthropic): 200,000-token context, $15.00 in / $75.00 out per 1M tokens, deprecated.
   * @deprecated Use "claude-opus-4-7" instead (deprecated 2025-06-30, removed 2026-01-05).
   */
  readonly "claude-3-opus": DeprecatedModelRecord<"anthropic">;
  /** Claude Haiku 4.5 (Anthropic): 200,000-token context, $1.00 in / $5.00 out per 1M tokens, production. */
  readonly "claude-haiku-4-5": ModelRecord<"anthropic">;
  /**
   * Claude Opus 4 (Anthropic): 200,000-token context, $15.00 in / $75.00 out per 1M tokens, deprecated.
   * @deprecated Use "claude-opus-4-7" instead (deprecated 2026-05-14, removed 2026-05-14).
   */
  readonly "claude-opus-4": DeprecatedModelRecord<"anthropic">;
  /**
   * Claude Opus 4.1 (Anthropic): 200,000-token context, $15.00 in / $75.00 out per 1M tokens, deprecated.
   * @deprecated Use "claude-opus-4-7" instead (deprecated 2026-08-05, removed 2026-08-05).
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
   * @deprecated Use "claude-sonnet-4-6" instead (deprecated 2026-05-14, removed 2026-05-14).
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
   * @deprecated Use "dial-claude-opus-4-5" instead (deprecated 2026-05-14, removed 2026-05-14).
   */
  readonly "dial-claude-opus-4": DeprecatedModelRecord<"dial">;
  /** Claude Opus 4.5 (DIAL) (DIAL): 200,000-token context, $5.00 in / $25.00 out per 1M tokens, production. */
  readonly "dial-claude-opus-4-5": ModelRecord<"dial">;
  /**
   * Claude Sonnet 4 (DIAL) (DIAL): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use "dial-claude-sonnet-4-5" instead (deprecated 2026-05-14, removed 2026-05-14).
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
   * @deprecated Use "gemini-2.5-flash" instead (deprecated 2025-09-24, removed 2025-09-24).
   */
  readonly "gemini-1.5-flash": DeprecatedModelRecord<"google">;
  /**
   * Gemini 1.5 Pro (Google): 2,097,152-token context, $1.25 in / $5.00 out per 1M tokens, deprecated.
   * @deprecated Use "gemini-2.5-pro" instead (deprecated 2025-09-24, removed 2025-09-24).
   */
  readonly "gemini-1.5-pro": DeprecatedModelRecord<"google">;
  /**
   * Gemini 2.0 Flash (Google): 1,048,576-token context, $0.10 in / $0.40 out per 1M tokens, deprecated.
   * @deprecated Use "gemini-2.5-flash" instead (deprecated 2026-06-01, removed 2026-06-01).
   */
  readonly "gemini-2.0-flash": DeprecatedModelRecord<"google">;
  /**
   * Gemini 2.0 Flash-Lite (Google): 1,048,576-token context, $0.075 in / $0.30 out per 1M tokens, deprecated.
   * @deprecated Use "gemini-2.5-flash-lite" instead (deprecated 2026-06-01, removed 2026-06-01).
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
   * @deprecated Use "gemini-3.1-pro-preview" instead (deprecated 2026-03-09, removed 2026-03-09).
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
   * @deprecated Use "grok-4.3" instead (deprecated 2026-02-28, removed 2026-02-28).
   */
  readonly "grok-2-vision-1212": DeprecatedModelRecord<"xai">;
  /**
   * Grok 3 (xAI): 131,072-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use "grok-4.3" instead (deprecated 2026-05-15, removed 2026-05-15).
   */
  readonly "grok-3": DeprecatedModelRecord<"xai">;
  /**
   * Grok 3 mini (xAI): 131,072-token context, $0.30 in / $0.50 out per 1M tokens, deprecated.
   * @deprecated Use "grok-4.3" instead (deprecated 2026-02-28, removed 2026-02-28).
   */
  readonly "grok-3-mini": DeprecatedModelRecord<"xai">;
  /**
   * Grok 4 (xAI): 256,000-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use "grok-4.5" instead (deprecated 2026-05-15, removed 2026-05-15).
   */
  readonly "grok-4": DeprecatedModelRecord<"xai">;
  /**
   * Grok 4.1 Fast (non-reasoning) (xAI): 2,000,000-token context, $0.20 in / $0.50 out per 1M tokens, deprecated.
   * @deprecated Use "grok-4.3" instead (deprecated 2026-05-15, removed 2026-05-15).
   */
  readonly "grok-4-1-fast-non-reasoning": DeprecatedModelRecord<"xai">;
  /**
   * Grok 4.1 Fast (reasoning) (xAI): 2,000,000-token context, $0.20 in / $0.50 out per 1M tokens, deprecated.
   * @deprecated Use "grok-4.3" instead (deprecated 2026-05-15, removed 2026-05-15).
   */
  readonly "grok-4-1-fast-reasoning": DeprecatedModelRecord<"xai">;
  /**
   * Grok 4 Fast (non-reasoning) (xAI): 2,000,000-token context, $0.20 in / $0.50 out per 1M tokens, deprecated.
   * @deprecated Use "grok-4.3" instead (deprecated 2026-05-15, removed 2026-05-15).
   */
  readonly "grok-4-fast-non-reasoning": DeprecatedModelRecord<"xai">;
  /**
   * Grok 4 Fast (reasoning) (xAI): 2,000,000-token context, $0.20 in / $0.50 out per 1M tokens, deprecated.
   * @deprecated Use "grok-4.3" instead (deprecated 2026-05-15, removed 2026-05-15).
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
   * @deprecated Use "grok-4.3" instead (deprecated 2026-05-15, removed 2026-05-15).
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
   * @deprecated Use "o4-mini" instead (deprecated 2025-04-28, removed 2025-10-27).
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
  readonly "azure-claude-3.5-sonnet": "claude-3-5-sonnet";
  readonly "azure-gpt-4": "azure/gpt-4";
  readonly "azure-gpt-4-turbo": "azure/gpt-4-turbo";
  readonly "azure-gpt-4o": "azure/gpt-4o";
  readonly "bedrock-claude-3-opus": "anthropic.claude-3-opus-20240229-v1:0";
  readonly "bedrock-claude-3.5-sonnet": "anthropic.claude-3-5-sonnet-20241022-v2:0";
  readonly "bedrock-llama-3.1-405b": "meta.llama3-1-405b-instruct-v1:0";
  readonly "bedrock-llama-3.1-70b": "meta.llama3-1-70b-instruct-v1:0";
  readonly "bedrock-titan-text-express": "amazon.titan-text-express-v1";
  readonly "claude-3.5-sonnet": "claude-3-5-sonnet";
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
    context_window: 1000000,
    max_output_tokens: 64000,
    cost_per_1k_input: 0.0003,
    cost_per_1k_output: 0.0025,
    cost_per_1k_cached_input: 0.000075,
    capabilities: {
      coding_score: 0.8,
      reasoning_score: 0.8,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 6.7,
    status: "production",
    source: "https://aws.amazon.com/bedrock/pricing/",
    verified: "2026-07-24",
  },
  "amazon.nova-lite-v1:0": {
    id: "amazon.nova-lite-v1:0",
    provider: "bedrock",
    display_name: "Amazon Nova Lite",
    context_window: 300000,
    max_output_tokens: 10000,
    cost_per_1k_input: 0.00006,
    cost_per_1k_output: 0.00024,
    capabilities: {
      coding_score: 0.6,
      reasoning_score: 0.6,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 10,
    status: "production",
    source: "https://aws.amazon.com/bedrock/pricing/",
    verified: "2026-07-24",
  },
  "amazon.nova-micro-v1:0": {
    id: "amazon.nova-micro-v1:0",
    provider: "bedrock",
    display_name: "Amazon Nova Micro",
    context_window: 128000,
    max_output_tokens: 10000,
    cost_per_1k_input: 0.000035,
    cost_per_1k_output: 0.00014,
    capabilities: {
      coding_score: 0.6,
      reasoning_score: 0.6,
      supports_vision: false,
      supports_function_calling: true,
    },
    speed_rating: 10,
    status: "production",
    source: "https://aws.amazon.com/bedrock/pricing/",
    verified: "2026-07-24",
  },
  "amazon.nova-pro-v1:0": {
    id: "amazon.nova-pro-v1:0",
    provider: "bedrock",
    display_name: "Amazon Nova Pro",
    context_window: 300000,
    max_output_tokens: 10000,
    cost_per_1k_input: 0.0008,
    cost_per_1k_output: 0.0032,
    capabilities: {
      coding_score: 0.8,
      reasoning_score: 0.8,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 6.7,
    status: "production",
    source: "https://aws.amazon.com/bedrock/pricing/",
    verified: "2026-07-24",
  },
  "amazon.titan-text-express-v1": {
    id: "amazon.titan-text-express-v1",
    provider: "bedrock",
    display_name: "Amazon Titan Text Express",
    context_window: 8192,
    max_output_tokens: 8192,
    cost_per_1k_input: 0.0013,
    cost_per_1k_output: 0.0017,
    capabilities: {
      coding_score: 0.6,
      reasoning_score: 0.6,
      supports_vision: false,
      supports_function_calling: false,
    },
    speed_rating: 10,
    status: "production",
    best_for: "AWS native",
    notes:
      "Context and output are AWS's documented 8K; LiteLLM lists 42,000 / 8,000 for this model, which matches no AWS document. Prices equal the snapshot.",
    source: "https://aws.amazon.com/bedrock/pricing/",
    verified: "2026-07-24",
  },
  "anthropic.claude-3-5-sonnet-20241022-v2:0": {
    id: "anthropic.claude-3-5-sonnet-20241022-v2:0",
    provider: "bedrock",
    display_name: "Claude Sonnet 3.5 v2 (Bedrock)",
    context_window: 200000,
    max_output_tokens: 8192,
    cost_per_1k_input: 0.003,
    cost_per_1k_output: 0.015,
    cost_per_1k_cached_input: 0.0003,
    capabilities: {
      coding_score: 0.8,
      reasoning_score: 0.8,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 6.7,
    status: "production",
    best_for: "Balanced Claude",
    notes:
      "context_window is Claude 3.5 Sonnet's 200K; LiteLLM's 1,000,000 for this entry is wrong (the model never had a 1M window). Anthropic retired it on its own API on 2025-10-22; no Bedrock end-of-life date in the snapshot.",
    source: "https://aws.amazon.com/bedrock/pricing/",
    verified: "2026-07-24",
  },
  "anthropic.claude-3-opus-20240229-v1:0": {
    id: "anthropic.claude-3-opus-20240229-v1:0",
    provider: "bedrock",
    display_name: "Claude Opus 3 (Bedrock)",
    context_window: 200000,
    max_output_tokens: 4096,
    cost_per_1k_input: 0.015,
    cost_per_1k_output: 0.075,
    cost_per_1k_cached_input: 0.0015,
    capabilities: {
      coding_score: 1,
      reasoning_score: 1,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 3.3,
    status: "production",
    best_for: "Premium reasoning",
    notes:
      "Anthropic retired Claude Opus 3 on its own API on 2026-01-05; the snapshot records no Bedrock end-of-life date, so it stays production here.",
    source: "https://aws.amazon.com/bedrock/pricing/",
    verified: "2026-07-24",
  },
  "anthropic.claude-haiku-4-5-20251001-v1:0": {
    id: "anthropic.claude-haiku-4-5-20251001-v1:0",
    provider: "bedrock",
    display_name: "Claude Haiku 4.5 (Bedrock)",
    context_window: 200000,
    max_output_tokens: 64000,
    cost_per_1k_input: 0.001,
    cost_per_1k_output: 0.005,
    cost_per_1k_cached_input: 0.0001,
    capabilities: {
      coding_score: 0.6,
      reasoning_score: 0.6,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 10,
    status: "production",
    source: "https://aws.amazon.com/bedrock/pricing/",
    verified: "2026-07-24",
  },
  "anthropic.claude-opus-4-7": {
    id: "anthropic.claude-opus-4-7",
    provider: "bedrock",
    display_name: "Claude Opus 4.7 (Bedrock)",
    context_window: 1000000,
    max_output_tokens: 128000,
    cost_per_1k_input: 0.005,
    cost_per_1k_output: 0.025,
    cost_per_1k_cached_input: 0.0005,
    capabilities: {
      coding_score: 1,
      reasoning_score: 1,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 3.3,
    status: "production",
    source: "https://aws.amazon.com/bedrock/pricing/",
    verified: "2026-07-24",
  },
  "anthropic.claude-sonnet-4-5-20250929-v1:0": {
    id: "anthropic.claude-sonnet-4-5-20250929-v1:0",
    provider: "bedrock",
    display_name: "Claude Sonnet 4.5 (Bedrock)",
    context_window: 200000,
    max_output_tokens: 64000,
    cost_per_1k_input: 0.003,
    cost_per_1k_output: 0.015,
    cost_per_1k_cached_input: 0.0003,
    capabilities: {
      coding_score: 0.8,
      reasoning_score: 0.8,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 6.7,
    status: "production",
    source: "https://aws.amazon.com/bedrock/pricing/",
    verified: "2026-07-24",
  },
  "anthropic.claude-sonnet-4-6": {
    id: "anthropic.claude-sonnet-4-6",
    provider: "bedrock",
    display_name: "Claude Sonnet 4.6 (Bedrock)",
    context_window: 1000000,
    max_output_tokens: 64000,
    cost_per_1k_input: 0.003,
    cost_per_1k_output: 0.015,
    cost_per_1k_cached_input: 0.0003,
    capabilities: {
      coding_score: 0.8,
      reasoning_score: 0.8,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 6.7,
    status: "production",
    source: "https://aws.amazon.com/bedrock/pricing/",
    verified: "2026-07-24",
  },
  "azure/gpt-4": {
    id: "azure/gpt-4",
    provider: "azure",
    display_name: "GPT-4 (Azure)",
    api_name: "gpt-4",
    context_window: 8192,
    max_output_tokens: 4096,
    cost_per_1k_input: 0.03,
    cost_per_1k_output: 0.06,
    capabilities: {
      coding_score: 1,
      reasoning_score: 1,
      supports_vision: false,
      supports_function_calling: true,
    },
    speed_rating: 3.3,
    status: "deprecated",
    deprecation: {
      date: "2025-06-06",
      replaced_by: "azure/gpt-4.1",
      removal_date: "2025-06-06",
    },
    best_for: "Enterprise GPT-4",
    notes:
      "Azure's model retirements page lists the GPT-4 (0613) version for retirement; announcement date not recorded, so deprecation.date is the removal date.",
    source:
      "https://learn.microsoft.com/en-us/azure/ai-foundry/openai/concepts/model-retirements",
    verified: "2026-07-24",
  },
  "azure/gpt-4-turbo": {
    id: "azure/gpt-4-turbo",
    provider: "azure",
    display_name: "GPT-4 Turbo (Azure)",
    api_name: "gpt-4-turbo",
    context_window: 128000,
    max_output_tokens: 4096,
    cost_per_1k_input: 0.01,
    cost_per_1k_output: 0.03,
    capabilities: {
      coding_score: 0.8,
      reasoning_score: 0.8,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 6.7,
    status: "deprecated",
    deprecation: {
      date: "2025-06-06",
      replaced_by: "azure/gpt-4.1",
      removal_date: "2025-06-06",
    },
    best_for: "Enterprise GPT-4 Turbo",
    notes:
      "Azure's model retirements page lists the GPT-4 and GPT-4 Turbo versions for retirement; announcement date not recorded, so deprecation.date is the removal date.",
    source:
      "https://learn.microsoft.com/en-us/azure/ai-foundry/openai/concepts/model-retirements",
    verified: "2026-07-24",
  },
  "azure/gpt-4.1": {
    id: "azure/gpt-4.1",
    provider: "azure",
    display_name: "GPT-4.1 (Azure)",
    api_name: "gpt-4.1",
    context_window: 1047576,
    max_output_tokens: 32768,
    cost_per_1k_input: 0.002,
    cost_per_1k_output: 0.008,
    cost_per_1k_cached_input: 0.0005,
    capabilities: {
      coding_score: 0.8,
      reasoning_score: 0.8,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 6.7,
    status: "production",
    source:
      "https://azure.microsoft.com/en-us/pricing/details/cognitive-services/openai-service/",
    verified: "2026-07-24",
  },
  "azure/gpt-4.1-mini": {
    id: "azure/gpt-4.1-mini",
    provider: "azure",
    display_name: "GPT-4.1 mini (Azure)",
    api_name: "gpt-4.1-mini",
    context_window: 1047576,
    max_output_tokens: 32768,
    cost_per_1k_input: 0.0004,
    cost_per_1k_output: 0.0016,
    cost_per_1k_cached_input: 0.0001,
    capabilities: {
      coding_score: 0.8,
      reasoning_score: 0.8,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 6.7,
    status: "production",
    source:
      "https://azure.microsoft.com/en-us/pricing/details/cognitive-services/openai-service/",
    verified: "2026-07-24",
  },
  "azure/gpt-4o": {
    id: "azure/gpt-4o",
    provider: "azure",
    display_name: "GPT-4o (Azure)",
    api_name: "gpt-4o",
    context_window: 128000,
    max_output_tokens: 16384,
    cost_per_1k_input: 0.0025,
    cost_per_1k_output: 0.01,
    cost_per_1k_cached_input: 0.00125,
    capabilities: {
      coding_score: 0.8,
      reasoning_score: 0.8,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 6.7,
    status: "production",
    best_for: "Enterprise GPT-4o",
    notes:
      "Legacy table said $5/$15 per 1M; Azure and the snapshot list $2.50/$10.",
    source:
      "https://azure.microsoft.com/en-us/pricing/details/cognitive-services/openai-service/",
    verified: "2026-07-24",
  },
  "azure/gpt-4o-mini": {
    id: "azure/gpt-4o-mini",
    provider: "azure",
    display_name: "GPT-4o mini (Azure)",
    api_name: "gpt-4o-mini",
    context_window: 128000,
    max_output_tokens: 16384,
    cost_per_1k_input: 0.000165,
    cost_per_1k_output: 0.00066,
    cost_per_1k_cached_input: 0.000075,
    capabilities: {
      coding_score: 0.6,
      reasoning_score: 0.6,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 10,
    status: "production",
    source:
      "https://azure.microsoft.com/en-us/pricing/details/cognitive-services/openai-service/",
    verified: "2026-07-24",
  },
  "azure/gpt-5": {
    id: "azure/gpt-5",
    provider: "azure",
    display_name: "GPT-5 (Azure)",
    api_name: "gpt-5",
    context_window: 272000,
    max_output_tokens: 128000,
    cost_per_1k_input: 0.00125,
    cost_per_1k_output: 0.01,
    cost_per_1k_cached_input: 0.000125,
    capabilities: {
      coding_score: 1,
      reasoning_score: 1,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 3.3,
    status: "production",
    source:
      "https://azure.microsoft.com/en-us/pricing/details/cognitive-services/openai-service/",
    verified: "2026-07-24",
  },
  "azure/gpt-5-mini": {
    id: "azure/gpt-5-mini",
    provider: "azure",
    display_name: "GPT-5 mini (Azure)",
    api_name: "gpt-5-mini",
    context_window: 272000,
    max_output_tokens: 128000,
    cost_per_1k_input: 0.00025,
    cost_per_1k_output: 0.002,
    cost_per_1k_cached_input: 0.000025,
    capabilities: {
      coding_score: 0.8,
      reasoning_score: 0.8,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 6.7,
    status: "production",
    source:
      "https://azure.microsoft.com/en-us/pricing/details/cognitive-services/openai-service/",
    verified: "2026-07-24",
  },
  "azure/gpt-5.1": {
    id: "azure/gpt-5.1",
    provider: "azure",
    display_name: "GPT-5.1 (Azure)",
    api_name: "gpt-5.1",
    context_window: 272000,
    max_output_tokens: 128000,
    cost_per_1k_input: 0.00125,
    cost_per_1k_output: 0.01,
    cost_per_1k_cached_input: 0.000125,
    capabilities: {
      coding_score: 1,
      reasoning_score: 1,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 3.3,
    status: "production",
    source:
      "https://azure.microsoft.com/en-us/pricing/details/cognitive-services/openai-service/",
    verified: "2026-07-24",
  },
  "azure/gpt-5.4": {
    id: "azure/gpt-5.4",
    provider: "azure",
    display_name: "GPT-5.4 (Azure)",
    api_name: "gpt-5.4",
    context_window: 1050000,
    max_output_tokens: 128000,
    cost_per_1k_input: 0.0025,
    cost_per_1k_output: 0.015,
    cost_per_1k_cached_input: 0.00025,
    capabilities: {
      coding_score: 1,
      reasoning_score: 1,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 3.3,
    status: "production",
    source:
      "https://azure.microsoft.com/en-us/pricing/details/cognitive-services/openai-service/",
    verified: "2026-07-24",
  },
  "azure/gpt-5.4-mini": {
    id: "azure/gpt-5.4-mini",
    provider: "azure",
    display_name: "GPT-5.4 mini (Azure)",
    api_name: "gpt-5.4-mini",
    context_window: 1050000,
    max_output_tokens: 128000,
    cost_per_1k_input: 0.00075,
    cost_per_1k_output: 0.0045,
    cost_per_1k_cached_input: 0.000075,
    capabilities: {
      coding_score: 0.8,
      reasoning_score: 0.8,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 6.7,
    status: "production",
    source:
      "https://azure.microsoft.com/en-us/pricing/details/cognitive-services/openai-service/",
    verified: "2026-07-24",
  },
  "azure/o3": {
    id: "azure/o3",
    provider: "azure",
    display_name: "o3 (Azure)",
    api_name: "o3",
    context_window: 200000,
    max_output_tokens: 100000,
    cost_per_1k_input: 0.002,
    cost_per_1k_output: 0.008,
    cost_per_1k_cached_input: 0.0005,
    capabilities: {
      coding_score: 1,
      reasoning_score: 1,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 3.3,
    status: "production",
    source:
      "https://azure.microsoft.com/en-us/pricing/details/cognitive-services/openai-service/",
    verified: "2026-07-24",
  },
  "azure/o4-mini": {
    id: "azure/o4-mini",
    provider: "azure",
    display_name: "o4-mini (Azure)",
    api_name: "o4-mini",
    context_window: 200000,
    max_output_tokens: 100000,
    cost_per_1k_input: 0.0011,
    cost_per_1k_output: 0.0044,
    cost_per_1k_cached_input: 0.000275,
    capabilities: {
      coding_score: 0.8,
      reasoning_score: 0.8,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 6.7,
    status: "production",
    source:
      "https://azure.microsoft.com/en-us/pricing/details/cognitive-services/openai-service/",
    verified: "2026-07-24",
  },
  "claude-3-5-sonnet": {
    id: "claude-3-5-sonnet",
    provider: "anthropic",
    display_name: "Claude Sonnet 3.5",
    api_name: "claude-3-5-sonnet-20241022",
    context_window: 200000,
    max_output_tokens: 8192,
    cost_per_1k_input: 0.003,
    cost_per_1k_output: 0.015,
    cost_per_1k_cached_input: 0.0003,
    capabilities: {
      coding_score: 0.8,
      reasoning_score: 0.8,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 6.7,
    status: "deprecated",
    deprecation: {
      date: "2025-08-13",
      replaced_by: "claude-sonnet-4-6",
      removal_date: "2025-10-22",
    },
    best_for: "Popular balanced",
    notes:
      "Retired by Anthropic; not in the snapshot. Figures are Anthropic's last published ones.",
    source:
      "https://docs.anthropic.com/en/docs/about-claude/model-deprecations",
    verified: "2026-07-24",
  },
  "claude-3-7-sonnet": {
    id: "claude-3-7-sonnet",
    provider: "anthropic",
    display_name: "Claude Sonnet 3.7",
    api_name: "claude-3-7-sonnet-20250219",
    context_window: 200000,
    max_output_tokens: 64000,
    cost_per_1k_input: 0.003,
    cost_per_1k_output: 0.015,
    cost_per_1k_cached_input: 0.0003,
    capabilities: {
      coding_score: 0.8,
      reasoning_score: 0.8,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 6.7,
    status: "deprecated",
    deprecation: {
      date: "2025-10-28",
      replaced_by: "claude-sonnet-4-6",
      removal_date: "2026-02-19",
    },
    source:
      "https://docs.anthropic.com/en/docs/about-claude/model-deprecations",
    verified: "2026-07-24",
  },
  "claude-3-haiku": {
    id: "claude-3-haiku",
    provider: "anthropic",
    display_name: "Claude Haiku 3",
    api_name: "claude-3-haiku-20240307",
    context_window: 200000,
    max_output_tokens: 4096,
    cost_per_1k_input: 0.00025,
    cost_per_1k_output: 0.00125,
    cost_per_1k_cached_input: 0.00003,
    capabilities: {
      coding_score: 0.6,
      reasoning_score: 0.6,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 10,
    status: "production",
    best_for: "Fast, cost-effective",
    source: "https://docs.anthropic.com/en/docs/about-claude/models/overview",
    verified: "2026-07-24",
  },
  "claude-3-opus": {
    id: "claude-3-opus",
    provider: "anthropic",
    display_name: "Claude Opus 3",
    api_name: "claude-3-opus-20240229",
    context_window: 200000,
    max_output_tokens: 4096,
    cost_per_1k_input: 0.015,
    cost_per_1k_output: 0.075,
    cost_per_1k_cached_input: 0.0015,
    capabilities: {
      coding_score: 1,
      reasoning_score: 1,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 3.3,
    status: "deprecated",
    deprecation: {
      date: "2025-06-30",
      replaced_by: "claude-opus-4-7",
      removal_date: "2026-01-05",
    },
    best_for: "Previous gen premium",
    notes:
      "Removal date from Anthropic's deprecations page (2026-01-05); the snapshot's deprecation_date 2026-05-01 is stale.",
    source:
      "https://docs.anthropic.com/en/docs/about-claude/model-deprecations",
    verified: "2026-07-24",
  },
  "claude-haiku-4-5": {
    id: "claude-haiku-4-5",
    provider: "anthropic",
    display_name: "Claude Haiku 4.5",
    api_name: "claude-haiku-4-5-20251001",
    context_window: 200000,
    max_output_tokens: 64000,
    cost_per_1k_input: 0.001,
    cost_per_1k_output: 0.005,
    cost_per_1k_cached_input: 0.0001,
    capabilities: {
      coding_score: 0.6,
      reasoning_score: 0.6,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 10,
    status: "production",
    source: "https://docs.anthropic.com/en/docs/about-claude/models/overview",
    verified: "2026-07-24",
  },
  "claude-opus-4": {
    id: "claude-opus-4",
    provider: "anthropic",
    display_name: "Claude Opus 4",
    api_name: "claude-opus-4-20250514",
    context_window: 200000,
    max_output_tokens: 32000,
    cost_per_1k_input: 0.015,
    cost_per_1k_output: 0.075,
    cost_per_1k_cached_input: 0.0015,
    capabilities: {
      coding_score: 1,
      reasoning_score: 1,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 3.3,
    status: "deprecated",
    deprecation: {
      date: "2026-05-14",
      replaced_by: "claude-opus-4-7",
      removal_date: "2026-05-14",
    },
    best_for: "Premium Claude",
    notes:
      "Announcement date not recorded; deprecation.date is set to the removal date (from the LiteLLM snapshot's deprecation_date).",
    source:
      "https://docs.anthropic.com/en/docs/about-claude/model-deprecations",
    verified: "2026-07-24",
  },
  "claude-opus-4-1": {
    id: "claude-opus-4-1",
    provider: "anthropic",
    display_name: "Claude Opus 4.1",
    api_name: "claude-opus-4-1-20250805",
    context_window: 200000,
    max_output_tokens: 32000,
    cost_per_1k_input: 0.015,
    cost_per_1k_output: 0.075,
    cost_per_1k_cached_input: 0.0015,
    capabilities: {
      coding_score: 1,
      reasoning_score: 1,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 3.3,
    status: "deprecated",
    deprecation: {
      date: "2026-08-05",
      replaced_by: "claude-opus-4-7",
      removal_date: "2026-08-05",
    },
    best_for: "Top reasoning",
    notes:
      "Announcement date not recorded; deprecation.date is set to the removal date (from the LiteLLM snapshot's deprecation_date). Legacy table said $20/$100 per 1M; Anthropic and the snapshot list $15/$75.",
    source:
      "https://docs.anthropic.com/en/docs/about-claude/model-deprecations",
    verified: "2026-07-24",
  },
  "claude-opus-4-5": {
    id: "claude-opus-4-5",
    provider: "anthropic",
    display_name: "Claude Opus 4.5",
    api_name: "claude-opus-4-5-20251101",
    context_window: 200000,
    max_output_tokens: 64000,
    cost_per_1k_input: 0.005,
    cost_per_1k_output: 0.025,
    cost_per_1k_cached_input: 0.0005,
    capabilities: {
      coding_score: 1,
      reasoning_score: 1,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 3.3,
    status: "production",
    source: "https://docs.anthropic.com/en/docs/about-claude/models/overview",
    verified: "2026-07-24",
  },
  "claude-opus-4-6": {
    id: "claude-opus-4-6",
    provider: "anthropic",
    display_name: "Claude Opus 4.6",
    context_window: 1000000,
    max_output_tokens: 128000,
    cost_per_1k_input: 0.005,
    cost_per_1k_output: 0.025,
    cost_per_1k_cached_input: 0.0005,
    capabilities: {
      coding_score: 1,
      reasoning_score: 1,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 3.3,
    status: "production",
    source: "https://docs.anthropic.com/en/docs/about-claude/models/overview",
    verified: "2026-07-24",
  },
  "claude-opus-4-7": {
    id: "claude-opus-4-7",
    provider: "anthropic",
    display_name: "Claude Opus 4.7",
    context_window: 1000000,
    max_output_tokens: 128000,
    cost_per_1k_input: 0.005,
    cost_per_1k_output: 0.025,
    cost_per_1k_cached_input: 0.0005,
    capabilities: {
      coding_score: 1,
      reasoning_score: 1,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 3.3,
    status: "production",
    source: "https://docs.anthropic.com/en/docs/about-claude/models/overview",
    verified: "2026-07-24",
  },
  "claude-opus-4-8": {
    id: "claude-opus-4-8",
    provider: "anthropic",
    display_name: "Claude Opus 4.8",
    context_window: 1000000,
    max_output_tokens: 128000,
    cost_per_1k_input: 0.005,
    cost_per_1k_output: 0.025,
    cost_per_1k_cached_input: 0.0005,
    capabilities: {
      coding_score: 1,
      reasoning_score: 1,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 3.3,
    status: "production",
    source: "https://docs.anthropic.com/en/docs/about-claude/models/overview",
    verified: "2026-07-24",
  },
  "claude-opus-5": {
    id: "claude-opus-5",
    provider: "anthropic",
    display_name: "Claude Opus 5",
    context_window: 1000000,
    max_output_tokens: 128000,
    cost_per_1k_input: 0.005,
    cost_per_1k_output: 0.025,
    cost_per_1k_cached_input: 0.0005,
    capabilities: {
      coding_score: 1,
      reasoning_score: 1,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 3.3,
    status: "production",
    source: "https://docs.anthropic.com/en/docs/about-claude/models/overview",
    verified: "2026-07-24",
  },
  "claude-sonnet-4": {
    id: "claude-sonnet-4",
    provider: "anthropic",
    display_name: "Claude Sonnet 4",
    api_name: "claude-sonnet-4-20250514",
    context_window: 200000,
    max_output_tokens: 64000,
    cost_per_1k_input: 0.003,
    cost_per_1k_output: 0.015,
    cost_per_1k_cached_input: 0.0003,
    capabilities: {
      coding_score: 0.8,
      reasoning_score: 0.8,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 6.7,
    status: "deprecated",
    deprecation: {
      date: "2026-05-14",
      replaced_by: "claude-sonnet-4-6",
      removal_date: "2026-05-14",
    },
    best_for: "Balanced tasks",
    notes:
      "Announcement date not recorded; deprecation.date is set to the removal date (from the LiteLLM snapshot's deprecation_date). context_window is the standard 200K; LiteLLM lists 1,000,000, which needs the context-1m beta header and is billed at long-context prices.",
    source:
      "https://docs.anthropic.com/en/docs/about-claude/model-deprecations",
    verified: "2026-07-24",
  },
  "claude-sonnet-4-5": {
    id: "claude-sonnet-4-5",
    provider: "anthropic",
    display_name: "Claude Sonnet 4.5",
    api_name: "claude-sonnet-4-5-20250929",
    context_window: 200000,
    max_output_tokens: 64000,
    cost_per_1k_input: 0.003,
    cost_per_1k_output: 0.015,
    cost_per_1k_cached_input: 0.0003,
    capabilities: {
      coding_score: 1,
      reasoning_score: 1,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 6.7,
    status: "production",
    best_for: "Latest balanced",
    notes:
      "Legacy table said $4/$20 per 1M; Anthropic and the snapshot list $3/$15.",
    source: "https://docs.anthropic.com/en/docs/about-claude/models/overview",
    verified: "2026-07-24",
  },
  "claude-sonnet-4-6": {
    id: "claude-sonnet-4-6",
    provider: "anthropic",
    display_name: "Claude Sonnet 4.6",
    context_window: 1000000,
    max_output_tokens: 64000,
    cost_per_1k_input: 0.003,
    cost_per_1k_output: 0.015,
    cost_per_1k_cached_input: 0.0003,
    capabilities: {
      coding_score: 0.8,
      reasoning_score: 0.8,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 6.7,
    status: "production",
    source: "https://docs.anthropic.com/en/docs/about-claude/models/overview",
    verified: "2026-07-24",
  },
  "claude-sonnet-5": {
    id: "claude-sonnet-5",
    provider: "anthropic",
    display_name: "Claude Sonnet 5",
    context_window: 1000000,
    max_output_tokens: 128000,
    cost_per_1k_input: 0.002,
    cost_per_1k_output: 0.01,
    cost_per_1k_cached_input: 0.0002,
    capabilities: {
      coding_score: 0.8,
      reasoning_score: 0.8,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 6.7,
    status: "production",
    source: "https://docs.anthropic.com/en/docs/about-claude/models/overview",
    verified: "2026-07-24",
  },
  "codellama:13b": {
    id: "codellama:13b",
    provider: "ollama",
    display_name: "codellama:13b",
    context_window: 16384,
    max_output_tokens: 16384,
    cost_per_1k_input: 0,
    cost_per_1k_output: 0,
    capabilities: {
      coding_score: 0.8,
      reasoning_score: 0.8,
      supports_vision: false,
      supports_function_calling: false,
    },
    speed_rating: 6.7,
    status: "production",
    hardware: {
      parameters_billion: 13,
      download_size_gb: 7.4,
      min_ram_gb: 16,
    },
    best_for: "High-quality code",
    notes:
      "Legacy table said 100K context; the Ollama tag's context_length is 16384.",
    source: "https://ollama.com/library/codellama",
    verified: "2026-07-24",
  },
  "codellama:13b-code": {
    id: "codellama:13b-code",
    provider: "ollama",
    display_name: "codellama:13b-code",
    context_window: 16384,
    max_output_tokens: 16384,
    cost_per_1k_input: 0,
    cost_per_1k_output: 0,
    capabilities: {
      coding_score: 0.8,
      reasoning_score: 0.8,
      supports_vision: false,
      supports_function_calling: false,
    },
    speed_rating: 6.7,
    status: "production",
    hardware: {
      parameters_billion: 13,
      download_size_gb: 7.4,
      min_ram_gb: 16,
    },
    best_for: "Code generation focus",
    notes:
      "Legacy table said 100K context; the Ollama tag's context_length is 16384.",
    source: "https://ollama.com/library/codellama",
    verified: "2026-07-24",
  },
  "codellama:34b": {
    id: "codellama:34b",
    provider: "ollama",
    display_name: "codellama:34b",
    context_window: 16384,
    max_output_tokens: 16384,
    cost_per_1k_input: 0,
    cost_per_1k_output: 0,
    capabilities: {
      coding_score: 1,
      reasoning_score: 1,
      supports_vision: false,
      supports_function_calling: false,
    },
    speed_rating: 3.3,
    status: "production",
    hardware: {
      parameters_billion: 34,
      download_size_gb: 19,
      min_ram_gb: 32,
    },
    best_for: "Best code quality",
    notes:
      "Legacy table said 100K context; the Ollama tag's context_length is 16384.",
    source: "https://ollama.com/library/codellama",
    verified: "2026-07-24",
  },
  "deepseek-coder:1.3b": {
    id: "deepseek-coder:1.3b",
    provider: "ollama",
    display_name: "deepseek-coder:1.3b",
    context_window: 16384,
    max_output_tokens: 16384,
    cost_per_1k_input: 0,
    cost_per_1k_output: 0,
    capabilities: {
      coding_score: 0.6,
      reasoning_score: 0.6,
      supports_vision: false,
      supports_function_calling: false,
    },
    speed_rating: 10,
    status: "production",
    hardware: {
      parameters_billion: 1.3,
      download_size_gb: 0.776,
      min_ram_gb: 2,
    },
    best_for: "Quick code snippets",
    source: "https://ollama.com/library/deepseek-coder",
    verified: "2026-07-24",
  },
  "deepseek-r1:70b": {
    id: "deepseek-r1:70b",
    provider: "ollama",
    display_name: "deepseek-r1:70b",
    context_window: 131072,
    max_output_tokens: 131072,
    cost_per_1k_input: 0,
    cost_per_1k_output: 0,
    capabilities: {
      coding_score: 1,
      reasoning_score: 1,
      supports_vision: false,
      supports_function_calling: false,
    },
    speed_rating: 3.3,
    status: "production",
    hardware: {
      parameters_billion: 70,
      download_size_gb: 42,
      min_ram_gb: 64,
    },
    best_for: "Ultimate reasoning",
    source: "https://ollama.com/library/deepseek-r1",
    verified: "2026-07-24",
  },
  "dial-claude-opus-4": {
    id: "dial-claude-opus-4",
    provider: "dial",
    display_name: "Claude Opus 4 (DIAL)",
    api_name: "anthropic.claude-opus-4-20250514-v1:0",
    context_window: 200000,
    max_output_tokens: 32000,
    cost_per_1k_input: 0.015,
    cost_per_1k_output: 0.075,
    cost_per_1k_cached_input: 0.0015,
    capabilities: {
      coding_score: 1,
      reasoning_score: 1,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 3.3,
    status: "deprecated",
    deprecation: {
      date: "2026-05-14",
      replaced_by: "dial-claude-opus-4-5",
      removal_date: "2026-05-14",
    },
    best_for: "Enterprise access",
    notes:
      "DIAL deployment names are set per installation; api_name here is the upstream model ID the deployment forwards to. Figures are the upstream provider's. Follows Anthropic's retirement of Claude Opus 4 (2026-05-14); announcement date not recorded; deprecation.date is set to the removal date (from the LiteLLM snapshot's deprecation_date).",
    source: "https://docs.epam-rail.com/",
    verified: "2026-07-24",
  },
  "dial-claude-opus-4-5": {
    id: "dial-claude-opus-4-5",
    provider: "dial",
    display_name: "Claude Opus 4.5 (DIAL)",
    api_name: "anthropic.claude-opus-4-5-20251101-v1:0",
    context_window: 200000,
    max_output_tokens: 64000,
    cost_per_1k_input: 0.005,
    cost_per_1k_output: 0.025,
    cost_per_1k_cached_input: 0.0005,
    capabilities: {
      coding_score: 1,
      reasoning_score: 1,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 3.3,
    status: "production",
    notes:
      "DIAL deployment names are set per installation; api_name here is the upstream model ID the deployment forwards to. Figures are the upstream provider's.",
    source: "https://docs.epam-rail.com/",
    verified: "2026-07-24",
  },
  "dial-claude-sonnet-4": {
    id: "dial-claude-sonnet-4",
    provider: "dial",
    display_name: "Claude Sonnet 4 (DIAL)",
    api_name: "anthropic.claude-sonnet-4-20250514-v1:0",
    context_window: 200000,
    max_output_tokens: 64000,
    cost_per_1k_input: 0.003,
    cost_per_1k_output: 0.015,
    cost_per_1k_cached_input: 0.0003,
    capabilities: {
      coding_score: 0.8,
      reasoning_score: 0.8,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 6.7,
    status: "deprecated",
    deprecation: {
      date: "2026-05-14",
      replaced_by: "dial-claude-sonnet-4-5",
      removal_date: "2026-05-14",
    },
    best_for: "Enterprise balanced",
    notes:
      "DIAL deployment names are set per installation; api_name here is the upstream model ID the deployment forwards to. Figures are the upstream provider's. Follows Anthropic's retirement of Claude Sonnet 4 (2026-05-14); announcement date not recorded, so deprecation.date is the removal date. context_window is the standard 200K; LiteLLM's 1,000,000 needs a beta header and long-context prices.",
    source: "https://docs.epam-rail.com/",
    verified: "2026-07-24",
  },
  "dial-claude-sonnet-4-5": {
    id: "dial-claude-sonnet-4-5",
    provider: "dial",
    display_name: "Claude Sonnet 4.5 (DIAL)",
    api_name: "anthropic.claude-sonnet-4-5-20250929-v1:0",
    context_window: 200000,
    max_output_tokens: 64000,
    cost_per_1k_input: 0.003,
    cost_per_1k_output: 0.015,
    cost_per_1k_cached_input: 0.0003,
    capabilities: {
      coding_score: 0.8,
      reasoning_score: 0.8,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 6.7,
    status: "production",
    notes:
      "DIAL deployment names are set per installation; api_name here is the upstream model ID the deployment forwards to. Figures are the upstream provider's.",
    source: "https://docs.epam-rail.com/",
    verified: "2026-07-24",
  },
  "dial-gemini-2.5-pro": {
    id: "dial-gemini-2.5-pro",
    provider: "dial",
    display_name: "Gemini 2.5 Pro (DIAL)",
    api_name: "gemini-2.5-pro",
    context_window: 1048576,
    max_output_tokens: 65535,
    cost_per_1k_input: 0.00125,
    cost_per_1k_output: 0.01,
    cost_per_1k_cached_input: 0.000125,
    capabilities: {
      coding_score: 1,
      reasoning_score: 1,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 3.3,
    status: "production",
    notes:
      "DIAL deployment names are set per installation; api_name here is the upstream model ID the deployment forwards to. Figures are the upstream provider's.",
    source: "https://docs.epam-rail.com/",
    verified: "2026-07-24",
  },
  "dial-gpt-4.1": {
    id: "dial-gpt-4.1",
    provider: "dial",
    display_name: "GPT-4.1 (DIAL)",
    api_name: "gpt-4.1",
    context_window: 1047576,
    max_output_tokens: 32768,
    cost_per_1k_input: 0.002,
    cost_per_1k_output: 0.008,
    cost_per_1k_cached_input: 0.0005,
    capabilities: {
      coding_score: 0.8,
      reasoning_score: 0.8,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 6.7,
    status: "production",
    notes:
      "DIAL deployment names are set per installation; api_name here is the upstream model ID the deployment forwards to. Figures are the upstream provider's.",
    source: "https://docs.epam-rail.com/",
    verified: "2026-07-24",
  },
  "gemini-1.5-flash": {
    id: "gemini-1.5-flash",
    provider: "google",
    display_name: "Gemini 1.5 Flash",
    api_name: "gemini-1.5-flash-002",
    context_window: 1048576,
    max_output_tokens: 8192,
    cost_per_1k_input: 0.000075,
    cost_per_1k_output: 0.0003,
    capabilities: {
      coding_score: 0.6,
      reasoning_score: 0.6,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 10,
    status: "deprecated",
    deprecation: {
      date: "2025-09-24",
      replaced_by: "gemini-2.5-flash",
      removal_date: "2025-09-24",
    },
    best_for: "Previous gen flash",
    notes:
      "Shut down; the snapshot only lists it as an embedding entry. Figures are Google's last published ones (prompts up to 128K). Announcement date not recorded; deprecation.date is set to the removal date.",
    source: "https://ai.google.dev/gemini-api/docs/deprecations",
    verified: "2026-07-24",
  },
  "gemini-1.5-pro": {
    id: "gemini-1.5-pro",
    provider: "google",
    display_name: "Gemini 1.5 Pro",
    api_name: "gemini-1.5-pro-002",
    context_window: 2097152,
    max_output_tokens: 8192,
    cost_per_1k_input: 0.00125,
    cost_per_1k_output: 0.005,
    capabilities: {
      coding_score: 0.8,
      reasoning_score: 0.8,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 6.7,
    status: "deprecated",
    deprecation: {
      date: "2025-09-24",
      replaced_by: "gemini-2.5-pro",
      removal_date: "2025-09-24",
    },
    best_for: "Previous gen pro",
    notes:
      "Shut down; not in the snapshot. Figures are Google's last published ones (prompts up to 128K). Announcement date not recorded; deprecation.date is set to the removal date.",
    source: "https://ai.google.dev/gemini-api/docs/deprecations",
    verified: "2026-07-24",
  },
  "gemini-2.0-flash": {
    id: "gemini-2.0-flash",
    provider: "google",
    display_name: "Gemini 2.0 Flash",
    context_window: 1048576,
    max_output_tokens: 8192,
    cost_per_1k_input: 0.0001,
    cost_per_1k_output: 0.0004,
    cost_per_1k_cached_input: 0.000025,
    capabilities: {
      coding_score: 0.8,
      reasoning_score: 0.8,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 10,
    status: "deprecated",
    deprecation: {
      date: "2026-06-01",
      replaced_by: "gemini-2.5-flash",
      removal_date: "2026-06-01",
    },
    best_for: "Fast responses",
    notes:
      "Announcement date not recorded; deprecation.date is set to the removal date (from the LiteLLM snapshot's deprecation_date).",
    source: "https://ai.google.dev/gemini-api/docs/deprecations",
    verified: "2026-07-24",
  },
  "gemini-2.0-flash-lite": {
    id: "gemini-2.0-flash-lite",
    provider: "google",
    display_name: "Gemini 2.0 Flash-Lite",
    context_window: 1048576,
    max_output_tokens: 8192,
    cost_per_1k_input: 0.000075,
    cost_per_1k_output: 0.0003,
    cost_per_1k_cached_input: 0.00001875,
    capabilities: {
      coding_score: 0.6,
      reasoning_score: 0.6,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 10,
    status: "deprecated",
    deprecation: {
      date: "2026-06-01",
      replaced_by: "gemini-2.5-flash-lite",
      removal_date: "2026-06-01",
    },
    notes:
      "Announcement date not recorded; deprecation.date is set to the removal date (from the LiteLLM snapshot's deprecation_date).",
    source: "https://ai.google.dev/gemini-api/docs/deprecations",
    verified: "2026-07-24",
  },
  "gemini-2.0-pro": {
    id: "gemini-2.0-pro",
    provider: "google",
    display_name: "Gemini 2.0 Pro (experimental)",
    api_name: "gemini-2.0-pro-exp-02-05",
    context_window: 2097152,
    max_output_tokens: 8192,
    cost_per_1k_input: 0,
    cost_per_1k_output: 0,
    capabilities: {
      coding_score: 1,
      reasoning_score: 1,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 6.7,
    status: "deprecated",
    deprecation: {
      date: "2025-03-25",
      replaced_by: "gemini-2.5-pro",
    },
    best_for: "Research, analysis",
    notes:
      "Only ever an experimental, free-of-charge model (gemini-2.0-pro-exp-02-05), superseded by Gemini 2.5 Pro (announced 2025-03-25); no removal date published. The legacy table's $1.5/$6 per 1M was never a real price. Not in the snapshot.",
    source: "https://ai.google.dev/gemini-api/docs/deprecations",
    verified: "2026-07-24",
  },
  "gemini-2.5-flash": {
    id: "gemini-2.5-flash",
    provider: "google",
    display_name: "Gemini 2.5 Flash",
    context_window: 1048576,
    max_output_tokens: 65535,
    cost_per_1k_input: 0.0003,
    cost_per_1k_output: 0.0025,
    cost_per_1k_cached_input: 0.00003,
    capabilities: {
      coding_score: 0.8,
      reasoning_score: 0.8,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 6.7,
    status: "production",
    source: "https://ai.google.dev/gemini-api/docs/pricing",
    verified: "2026-07-24",
  },
  "gemini-2.5-flash-lite": {
    id: "gemini-2.5-flash-lite",
    provider: "google",
    display_name: "Gemini 2.5 Flash-Lite",
    context_window: 1048576,
    max_output_tokens: 65535,
    cost_per_1k_input: 0.0001,
    cost_per_1k_output: 0.0004,
    cost_per_1k_cached_input: 0.00001,
    capabilities: {
      coding_score: 0.6,
      reasoning_score: 0.6,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 10,
    status: "production",
    source: "https://ai.google.dev/gemini-api/docs/pricing",
    verified: "2026-07-24",
  },
  "gemini-2.5-pro": {
    id: "gemini-2.5-pro",
    provider: "google",
    display_name: "Gemini 2.5 Pro",
    context_window: 1048576,
    max_output_tokens: 65535,
    cost_per_1k_input: 0.00125,
    cost_per_1k_output: 0.01,
    cost_per_1k_cached_input: 0.000125,
    capabilities: {
      coding_score: 1,
      reasoning_score: 1,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 3.3,
    status: "production",
    source: "https://ai.google.dev/gemini-api/docs/pricing",
    verified: "2026-07-24",
  },
  "gemini-3-flash-preview": {
    id: "gemini-3-flash-preview",
    provider: "google",
    display_name: "Gemini 3 Flash (preview)",
    context_window: 1048576,
    max_output_tokens: 65535,
    cost_per_1k_input: 0.0005,
    cost_per_1k_output: 0.003,
    cost_per_1k_cached_input: 0.00005,
    capabilities: {
      coding_score: 0.8,
      reasoning_score: 0.8,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 6.7,
    status: "beta",
    source: "https://ai.google.dev/gemini-api/docs/pricing",
    verified: "2026-07-24",
  },
  "gemini-3-pro-preview": {
    id: "gemini-3-pro-preview",
    provider: "google",
    display_name: "Gemini 3 Pro (preview)",
    context_window: 1048576,
    max_output_tokens: 65535,
    cost_per_1k_input: 0.002,
    cost_per_1k_output: 0.012,
    cost_per_1k_cached_input: 0.0002,
    capabilities: {
      coding_score: 1,
      reasoning_score: 1,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 3.3,
    status: "deprecated",
    deprecation: {
      date: "2026-03-09",
      replaced_by: "gemini-3.1-pro-preview",
      removal_date: "2026-03-09",
    },
    notes:
      "Announcement date not recorded; deprecation.date is set to the removal date (from the LiteLLM snapshot's deprecation_date).",
    source: "https://ai.google.dev/gemini-api/docs/deprecations",
    verified: "2026-07-24",
  },
  "gemini-3.1-flash-lite": {
    id: "gemini-3.1-flash-lite",
    provider: "google",
    display_name: "Gemini 3.1 Flash-Lite",
    context_window: 1048576,
    max_output_tokens: 65536,
    cost_per_1k_input: 0.00025,
    cost_per_1k_output: 0.0015,
    cost_per_1k_cached_input: 0.000025,
    capabilities: {
      coding_score: 0.6,
      reasoning_score: 0.6,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 10,
    status: "production",
    source: "https://ai.google.dev/gemini-api/docs/pricing",
    verified: "2026-07-24",
  },
  "gemini-3.1-pro-preview": {
    id: "gemini-3.1-pro-preview",
    provider: "google",
    display_name: "Gemini 3.1 Pro (preview)",
    context_window: 1048576,
    max_output_tokens: 65536,
    cost_per_1k_input: 0.002,
    cost_per_1k_output: 0.012,
    cost_per_1k_cached_input: 0.0002,
    capabilities: {
      coding_score: 1,
      reasoning_score: 1,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 3.3,
    status: "beta",
    source: "https://ai.google.dev/gemini-api/docs/pricing",
    verified: "2026-07-24",
  },
  "gemini-3.5-flash": {
    id: "gemini-3.5-flash",
    provider: "google",
    display_name: "Gemini 3.5 Flash",
    context_window: 1048576,
    max_output_tokens: 65535,
    cost_per_1k_input: 0.0015,
    cost_per_1k_output: 0.009,
    cost_per_1k_cached_input: 0.00015,
    capabilities: {
      coding_score: 0.8,
      reasoning_score: 0.8,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 6.7,
    status: "production",
    source: "https://ai.google.dev/gemini-api/docs/pricing",
    verified: "2026-07-24",
  },
  "gemini-3.5-flash-lite": {
    id: "gemini-3.5-flash-lite",
    provider: "google",
    display_name: "Gemini 3.5 Flash-Lite",
    context_window: 1048576,
    max_output_tokens: 65536,
    cost_per_1k_input: 0.0003,
    cost_per_1k_output: 0.0025,
    cost_per_1k_cached_input: 0.00003,
    capabilities: {
      coding_score: 0.6,
      reasoning_score: 0.6,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 10,
    status: "production",
    source: "https://ai.google.dev/gemini-api/docs/pricing",
    verified: "2026-07-24",
  },
  "gemini-3.6-flash": {
    id: "gemini-3.6-flash",
    provider: "google",
    display_name: "Gemini 3.6 Flash",
    context_window: 1048576,
    max_output_tokens: 65536,
    cost_per_1k_input: 0.0015,
    cost_per_1k_output: 0.0075,
    cost_per_1k_cached_input: 0.00015,
    capabilities: {
      coding_score: 0.8,
      reasoning_score: 0.8,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 6.7,
    status: "production",
    source: "https://ai.google.dev/gemini-api/docs/pricing",
    verified: "2026-07-24",
  },
  "gemma:7b": {
    id: "gemma:7b",
    provider: "ollama",
    display_name: "gemma:7b",
    context_window: 8192,
    max_output_tokens: 8192,
    cost_per_1k_input: 0,
    cost_per_1k_output: 0,
    capabilities: {
      coding_score: 0.8,
      reasoning_score: 0.8,
      supports_vision: false,
      supports_function_calling: false,
    },
    speed_rating: 6.7,
    status: "production",
    hardware: {
      parameters_billion: 7,
      download_size_gb: 5,
      min_ram_gb: 8,
    },
    best_for: "Google's balanced model",
    source: "https://ollama.com/library/gemma",
    verified: "2026-07-24",
  },
  "gpt-3.5-turbo": {
    id: "gpt-3.5-turbo",
    provider: "openai",
    display_name: "GPT-3.5 Turbo",
    context_window: 16385,
    max_output_tokens: 4096,
    cost_per_1k_input: 0.0005,
    cost_per_1k_output: 0.0015,
    capabilities: {
      coding_score: 0.6,
      reasoning_score: 0.6,
      supports_vision: false,
      supports_function_calling: true,
    },
    speed_rating: 10,
    status: "production",
    best_for: "Quick tasks",
    source: "https://platform.openai.com/docs/pricing",
    verified: "2026-07-24",
  },
  "gpt-4": {
    id: "gpt-4",
    provider: "openai",
    display_name: "GPT-4",
    context_window: 8192,
    max_output_tokens: 4096,
    cost_per_1k_input: 0.03,
    cost_per_1k_output: 0.06,
    capabilities: {
      coding_score: 1,
      reasoning_score: 1,
      supports_vision: false,
      supports_function_calling: true,
    },
    speed_rating: 3.3,
    status: "production",
    best_for: "Complex reasoning",
    source: "https://platform.openai.com/docs/pricing",
    verified: "2026-07-24",
  },
  "gpt-4-turbo": {
    id: "gpt-4-turbo",
    provider: "openai",
    display_name: "GPT-4 Turbo",
    context_window: 128000,
    max_output_tokens: 4096,
    cost_per_1k_input: 0.01,
    cost_per_1k_output: 0.03,
    capabilities: {
      coding_score: 0.8,
      reasoning_score: 0.8,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 6.7,
    status: "production",
    best_for: "Vision, function calling",
    source: "https://platform.openai.com/docs/pricing",
    verified: "2026-07-24",
  },
  "gpt-4.1": {
    id: "gpt-4.1",
    provider: "openai",
    display_name: "GPT-4.1",
    context_window: 1047576,
    max_output_tokens: 32768,
    cost_per_1k_input: 0.002,
    cost_per_1k_output: 0.008,
    cost_per_1k_cached_input: 0.0005,
    capabilities: {
      coding_score: 0.8,
      reasoning_score: 0.8,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 6.7,
    status: "production",
    source: "https://platform.openai.com/docs/pricing",
    verified: "2026-07-24",
  },
  "gpt-4.1-mini": {
    id: "gpt-4.1-mini",
    provider: "openai",
    display_name: "GPT-4.1 mini",
    context_window: 1047576,
    max_output_tokens: 32768,
    cost_per_1k_input: 0.0004,
    cost_per_1k_output: 0.0016,
    cost_per_1k_cached_input: 0.0001,
    capabilities: {
      coding_score: 0.8,
      reasoning_score: 0.8,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 6.7,
    status: "production",
    source: "https://platform.openai.com/docs/pricing",
    verified: "2026-07-24",
  },
  "gpt-4.1-nano": {
    id: "gpt-4.1-nano",
    provider: "openai",
    display_name: "GPT-4.1 nano",
    context_window: 1047576,
    max_output_tokens: 32768,
    cost_per_1k_input: 0.0001,
    cost_per_1k_output: 0.0004,
    cost_per_1k_cached_input: 0.000025,
    capabilities: {
      coding_score: 0.6,
      reasoning_score: 0.6,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 10,
    status: "production",
    source: "https://platform.openai.com/docs/pricing",
    verified: "2026-07-24",
  },
  "gpt-4o": {
    id: "gpt-4o",
    provider: "openai",
    display_name: "GPT-4o",
    context_window: 128000,
    max_output_tokens: 16384,
    cost_per_1k_input: 0.0025,
    cost_per_1k_output: 0.01,
    cost_per_1k_cached_input: 0.00125,
    capabilities: {
      coding_score: 0.8,
      reasoning_score: 0.8,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 6.7,
    status: "production",
    best_for: "Vision, balanced tasks",
    source: "https://platform.openai.com/docs/pricing",
    verified: "2026-07-24",
  },
  "gpt-4o-mini": {
    id: "gpt-4o-mini",
    provider: "openai",
    display_name: "GPT-4o mini",
    context_window: 128000,
    max_output_tokens: 16384,
    cost_per_1k_input: 0.00015,
    cost_per_1k_output: 0.0006,
    cost_per_1k_cached_input: 0.000075,
    capabilities: {
      coding_score: 0.6,
      reasoning_score: 0.6,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 10,
    status: "production",
    best_for: "Fast, cost-effective",
    source: "https://platform.openai.com/docs/pricing",
    verified: "2026-07-24",
  },
  "gpt-5": {
    id: "gpt-5",
    provider: "openai",
    display_name: "GPT-5",
    context_window: 272000,
    max_output_tokens: 128000,
    cost_per_1k_input: 0.00125,
    cost_per_1k_output: 0.01,
    cost_per_1k_cached_input: 0.000125,
    capabilities: {
      coding_score: 1,
      reasoning_score: 1,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 3.3,
    status: "production",
    source: "https://platform.openai.com/docs/pricing",
    verified: "2026-07-24",
  },
  "gpt-5-mini": {
    id: "gpt-5-mini",
    provider: "openai",
    display_name: "GPT-5 mini",
    context_window: 272000,
    max_output_tokens: 128000,
    cost_per_1k_input: 0.00025,
    cost_per_1k_output: 0.002,
    cost_per_1k_cached_input: 0.000025,
    capabilities: {
      coding_score: 0.8,
      reasoning_score: 0.8,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 6.7,
    status: "production",
    source: "https://platform.openai.com/docs/pricing",
    verified: "2026-07-24",
  },
  "gpt-5-nano": {
    id: "gpt-5-nano",
    provider: "openai",
    display_name: "GPT-5 nano",
    context_window: 272000,
    max_output_tokens: 128000,
    cost_per_1k_input: 0.00005,
    cost_per_1k_output: 0.0004,
    cost_per_1k_cached_input: 0.000005,
    capabilities: {
      coding_score: 0.6,
      reasoning_score: 0.6,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 10,
    status: "production",
    source: "https://platform.openai.com/docs/pricing",
    verified: "2026-07-24",
  },
  "gpt-5.1": {
    id: "gpt-5.1",
    provider: "openai",
    display_name: "GPT-5.1",
    context_window: 272000,
    max_output_tokens: 128000,
    cost_per_1k_input: 0.00125,
    cost_per_1k_output: 0.01,
    cost_per_1k_cached_input: 0.000125,
    capabilities: {
      coding_score: 1,
      reasoning_score: 1,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 3.3,
    status: "production",
    source: "https://platform.openai.com/docs/pricing",
    verified: "2026-07-24",
  },
  "gpt-5.2": {
    id: "gpt-5.2",
    provider: "openai",
    display_name: "GPT-5.2",
    context_window: 272000,
    max_output_tokens: 128000,
    cost_per_1k_input: 0.00175,
    cost_per_1k_output: 0.014,
    cost_per_1k_cached_input: 0.000175,
    capabilities: {
      coding_score: 1,
      reasoning_score: 1,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 3.3,
    status: "production",
    source: "https://platform.openai.com/docs/pricing",
    verified: "2026-07-24",
  },
  "gpt-5.4": {
    id: "gpt-5.4",
    provider: "openai",
    display_name: "GPT-5.4",
    context_window: 1050000,
    max_output_tokens: 128000,
    cost_per_1k_input: 0.0025,
    cost_per_1k_output: 0.015,
    cost_per_1k_cached_input: 0.00025,
    capabilities: {
      coding_score: 1,
      reasoning_score: 1,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 3.3,
    status: "production",
    source: "https://platform.openai.com/docs/pricing",
    verified: "2026-07-24",
  },
  "gpt-5.4-mini": {
    id: "gpt-5.4-mini",
    provider: "openai",
    display_name: "GPT-5.4 mini",
    context_window: 1050000,
    max_output_tokens: 128000,
    cost_per_1k_input: 0.00075,
    cost_per_1k_output: 0.0045,
    cost_per_1k_cached_input: 0.000075,
    capabilities: {
      coding_score: 0.8,
      reasoning_score: 0.8,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 6.7,
    status: "production",
    source: "https://platform.openai.com/docs/pricing",
    verified: "2026-07-24",
  },
  "gpt-5.4-nano": {
    id: "gpt-5.4-nano",
    provider: "openai",
    display_name: "GPT-5.4 nano",
    context_window: 1050000,
    max_output_tokens: 128000,
    cost_per_1k_input: 0.0002,
    cost_per_1k_output: 0.00125,
    cost_per_1k_cached_input: 0.00002,
    capabilities: {
      coding_score: 0.6,
      reasoning_score: 0.6,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 10,
    status: "production",
    source: "https://platform.openai.com/docs/pricing",
    verified: "2026-07-24",
  },
  "gpt-5.5": {
    id: "gpt-5.5",
    provider: "openai",
    display_name: "GPT-5.5",
    context_window: 1050000,
    max_output_tokens: 128000,
    cost_per_1k_input: 0.005,
    cost_per_1k_output: 0.03,
    cost_per_1k_cached_input: 0.0005,
    capabilities: {
      coding_score: 1,
      reasoning_score: 1,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 3.3,
    status: "production",
    source: "https://platform.openai.com/docs/pricing",
    verified: "2026-07-24",
  },
  "gpt-5.6": {
    id: "gpt-5.6",
    provider: "openai",
    display_name: "GPT-5.6",
    context_window: 1050000,
    max_output_tokens: 128000,
    cost_per_1k_input: 0.005,
    cost_per_1k_output: 0.03,
    cost_per_1k_cached_input: 0.0005,
    capabilities: {
      coding_score: 1,
      reasoning_score: 1,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 3.3,
    status: "production",
    source: "https://platform.openai.com/docs/pricing",
    verified: "2026-07-24",
  },
  "grok-2-vision-1212": {
    id: "grok-2-vision-1212",
    provider: "xai",
    display_name: "Grok 2 Vision",
    context_window: 32768,
    max_output_tokens: 32768,
    cost_per_1k_input: 0.002,
    cost_per_1k_output: 0.01,
    capabilities: {
      coding_score: 0.6,
      reasoning_score: 0.6,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 6.7,
    status: "deprecated",
    deprecation: {
      date: "2026-02-28",
      replaced_by: "grok-4.3",
      removal_date: "2026-02-28",
    },
    best_for: "Image analysis",
    notes:
      "Announcement date not recorded; deprecation.date is set to the removal date (from the LiteLLM snapshot's deprecation_date).",
    source: "https://docs.x.ai/docs/models",
    verified: "2026-07-24",
  },
  "grok-3": {
    id: "grok-3",
    provider: "xai",
    display_name: "Grok 3",
    context_window: 131072,
    max_output_tokens: 131072,
    cost_per_1k_input: 0.003,
    cost_per_1k_output: 0.015,
    cost_per_1k_cached_input: 0.00075,
    capabilities: {
      coding_score: 0.8,
      reasoning_score: 0.8,
      supports_vision: false,
      supports_function_calling: true,
    },
    speed_rating: 6.7,
    status: "deprecated",
    deprecation: {
      date: "2026-05-15",
      replaced_by: "grok-4.3",
      removal_date: "2026-05-15",
    },
    best_for: "General tasks",
    notes:
      "Announcement date not recorded; deprecation.date is set to the removal date (from the LiteLLM snapshot's deprecation_date).",
    source: "https://docs.x.ai/docs/models",
    verified: "2026-07-24",
  },
  "grok-3-mini": {
    id: "grok-3-mini",
    provider: "xai",
    display_name: "Grok 3 mini",
    context_window: 131072,
    max_output_tokens: 131072,
    cost_per_1k_input: 0.0003,
    cost_per_1k_output: 0.0005,
    cost_per_1k_cached_input: 0.000075,
    capabilities: {
      coding_score: 0.6,
      reasoning_score: 0.6,
      supports_vision: false,
      supports_function_calling: true,
    },
    speed_rating: 10,
    status: "deprecated",
    deprecation: {
      date: "2026-02-28",
      replaced_by: "grok-4.3",
      removal_date: "2026-02-28",
    },
    notes:
      "Announcement date not recorded; deprecation.date is set to the removal date (from the LiteLLM snapshot's deprecation_date).",
    source: "https://docs.x.ai/docs/models",
    verified: "2026-07-24",
  },
  "grok-4": {
    id: "grok-4",
    provider: "xai",
    display_name: "Grok 4",
    api_name: "grok-4-0709",
    context_window: 256000,
    max_output_tokens: 256000,
    cost_per_1k_input: 0.003,
    cost_per_1k_output: 0.015,
    capabilities: {
      coding_score: 1,
      reasoning_score: 1,
      supports_vision: false,
      supports_function_calling: true,
    },
    speed_rating: 3.3,
    status: "deprecated",
    deprecation: {
      date: "2026-05-15",
      replaced_by: "grok-4.5",
      removal_date: "2026-05-15",
    },
    notes:
      "Announcement date not recorded; deprecation.date is set to the removal date (from the LiteLLM snapshot's deprecation_date).",
    source: "https://docs.x.ai/docs/models",
    verified: "2026-07-24",
  },
  "grok-4-1-fast-non-reasoning": {
    id: "grok-4-1-fast-non-reasoning",
    provider: "xai",
    display_name: "Grok 4.1 Fast (non-reasoning)",
    context_window: 2000000,
    max_output_tokens: 2000000,
    cost_per_1k_input: 0.0002,
    cost_per_1k_output: 0.0005,
    cost_per_1k_cached_input: 0.00005,
    capabilities: {
      coding_score: 0.6,
      reasoning_score: 0.6,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 10,
    status: "deprecated",
    deprecation: {
      date: "2026-05-15",
      replaced_by: "grok-4.3",
      removal_date: "2026-05-15",
    },
    notes:
      "Announcement date not recorded; deprecation.date is set to the removal date (from the LiteLLM snapshot's deprecation_date).",
    source: "https://docs.x.ai/docs/models",
    verified: "2026-07-24",
  },
  "grok-4-1-fast-reasoning": {
    id: "grok-4-1-fast-reasoning",
    provider: "xai",
    display_name: "Grok 4.1 Fast (reasoning)",
    context_window: 2000000,
    max_output_tokens: 2000000,
    cost_per_1k_input: 0.0002,
    cost_per_1k_output: 0.0005,
    cost_per_1k_cached_input: 0.00005,
    capabilities: {
      coding_score: 0.8,
      reasoning_score: 0.8,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 6.7,
    status: "deprecated",
    deprecation: {
      date: "2026-05-15",
      replaced_by: "grok-4.3",
      removal_date: "2026-05-15",
    },
    notes:
      "Announcement date not recorded; deprecation.date is set to the removal date (from the LiteLLM snapshot's deprecation_date).",
    source: "https://docs.x.ai/docs/models",
    verified: "2026-07-24",
  },
  "grok-4-fast-non-reasoning": {
    id: "grok-4-fast-non-reasoning",
    provider: "xai",
    display_name: "Grok 4 Fast (non-reasoning)",
    context_window: 2000000,
    max_output_tokens: 2000000,
    cost_per_1k_input: 0.0002,
    cost_per_1k_output: 0.0005,
    cost_per_1k_cached_input: 0.00005,
    capabilities: {
      coding_score: 0.8,
      reasoning_score: 0.8,
      supports_vision: false,
      supports_function_calling: true,
    },
    speed_rating: 10,
    status: "deprecated",
    deprecation: {
      date: "2026-05-15",
      replaced_by: "grok-4.3",
      removal_date: "2026-05-15",
    },
    best_for: "Fast processing",
    notes:
      "Announcement date not recorded; deprecation.date is set to the removal date (from the LiteLLM snapshot's deprecation_date).",
    source: "https://docs.x.ai/docs/models",
    verified: "2026-07-24",
  },
  "grok-4-fast-reasoning": {
    id: "grok-4-fast-reasoning",
    provider: "xai",
    display_name: "Grok 4 Fast (reasoning)",
    context_window: 2000000,
    max_output_tokens: 2000000,
    cost_per_1k_input: 0.0002,
    cost_per_1k_output: 0.0005,
    cost_per_1k_cached_input: 0.00005,
    capabilities: {
      coding_score: 1,
      reasoning_score: 1,
      supports_vision: false,
      supports_function_calling: true,
    },
    speed_rating: 6.7,
    status: "deprecated",
    deprecation: {
      date: "2026-05-15",
      replaced_by: "grok-4.3",
      removal_date: "2026-05-15",
    },
    best_for: "Complex reasoning",
    notes:
      "Announcement date not recorded; deprecation.date is set to the removal date (from the LiteLLM snapshot's deprecation_date).",
    source: "https://docs.x.ai/docs/models",
    verified: "2026-07-24",
  },
  "grok-4.20-0309-reasoning": {
    id: "grok-4.20-0309-reasoning",
    provider: "xai",
    display_name: "Grok 4.20 (reasoning)",
    context_window: 2000000,
    max_output_tokens: 2000000,
    cost_per_1k_input: 0.002,
    cost_per_1k_output: 0.006,
    cost_per_1k_cached_input: 0.0002,
    capabilities: {
      coding_score: 1,
      reasoning_score: 1,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 3.3,
    status: "production",
    source: "https://docs.x.ai/docs/models",
    verified: "2026-07-24",
  },
  "grok-4.3": {
    id: "grok-4.3",
    provider: "xai",
    display_name: "Grok 4.3",
    context_window: 1000000,
    max_output_tokens: 1000000,
    cost_per_1k_input: 0.00125,
    cost_per_1k_output: 0.0025,
    cost_per_1k_cached_input: 0.0002,
    capabilities: {
      coding_score: 0.8,
      reasoning_score: 0.8,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 6.7,
    status: "production",
    source: "https://docs.x.ai/docs/models",
    verified: "2026-07-24",
  },
  "grok-4.5": {
    id: "grok-4.5",
    provider: "xai",
    display_name: "Grok 4.5",
    context_window: 500000,
    max_output_tokens: 500000,
    cost_per_1k_input: 0.002,
    cost_per_1k_output: 0.006,
    cost_per_1k_cached_input: 0.0005,
    capabilities: {
      coding_score: 1,
      reasoning_score: 1,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 3.3,
    status: "production",
    source: "https://docs.x.ai/docs/models",
    verified: "2026-07-24",
  },
  "grok-code-fast-1": {
    id: "grok-code-fast-1",
    provider: "xai",
    display_name: "Grok Code Fast 1",
    context_window: 256000,
    max_output_tokens: 256000,
    cost_per_1k_input: 0.0002,
    cost_per_1k_output: 0.0015,
    cost_per_1k_cached_input: 0.00002,
    capabilities: {
      coding_score: 0.8,
      reasoning_score: 0.8,
      supports_vision: false,
      supports_function_calling: true,
    },
    speed_rating: 6.7,
    status: "deprecated",
    deprecation: {
      date: "2026-05-15",
      replaced_by: "grok-4.3",
      removal_date: "2026-05-15",
    },
    best_for: "Code generation",
    notes:
      "Announcement date not recorded; deprecation.date is set to the removal date (from the LiteLLM snapshot's deprecation_date).",
    source: "https://docs.x.ai/docs/models",
    verified: "2026-07-24",
  },
  "llama3.1:405b": {
    id: "llama3.1:405b",
    provider: "ollama",
    display_name: "llama3.1:405b",
    context_window: 131072,
    max_output_tokens: 131072,
    cost_per_1k_input: 0,
    cost_per_1k_output: 0,
    capabilities: {
      coding_score: 1,
      reasoning_score: 1,
      supports_vision: false,
      supports_function_calling: true,
    },
    speed_rating: 3.3,
    status: "production",
    hardware: {
      parameters_billion: 405,
      download_size_gb: 240,
      min_ram_gb: 256,
    },
    best_for: "Largest local model",
    source: "https://ollama.com/library/llama3.1",
    verified: "2026-07-24",
  },
  "llama3.1:70b": {
    id: "llama3.1:70b",
    provider: "ollama",
    display_name: "llama3.1:70b",
    context_window: 131072,
    max_output_tokens: 131072,
    cost_per_1k_input: 0,
    cost_per_1k_output: 0,
    capabilities: {
      coding_score: 1,
      reasoning_score: 1,
      supports_vision: false,
      supports_function_calling: true,
    },
    speed_rating: 3.3,
    status: "production",
    hardware: {
      parameters_billion: 70,
      download_size_gb: 42,
      min_ram_gb: 64,
    },
    best_for: "High-end reasoning & analysis",
    source: "https://ollama.com/library/llama3.1",
    verified: "2026-07-24",
  },
  "llama3.1:8b": {
    id: "llama3.1:8b",
    provider: "ollama",
    display_name: "llama3.1:8b",
    context_window: 131072,
    max_output_tokens: 131072,
    cost_per_1k_input: 0,
    cost_per_1k_output: 0,
    capabilities: {
      coding_score: 0.6,
      reasoning_score: 0.6,
      supports_vision: false,
      supports_function_calling: true,
    },
    speed_rating: 6.7,
    status: "production",
    hardware: {
      parameters_billion: 8,
      download_size_gb: 4.9,
      min_ram_gb: 8,
    },
    best_for: "General tasks",
    source: "https://ollama.com/library/llama3.1",
    verified: "2026-07-24",
  },
  "llama3.2:11b": {
    id: "llama3.2:11b",
    provider: "ollama",
    display_name: "llama3.2:11b",
    api_name: "llama3.2-vision:11b",
    context_window: 131072,
    max_output_tokens: 131072,
    cost_per_1k_input: 0,
    cost_per_1k_output: 0,
    capabilities: {
      coding_score: 0.8,
      reasoning_score: 0.8,
      supports_vision: true,
      supports_function_calling: false,
    },
    speed_rating: 6.7,
    status: "production",
    hardware: {
      parameters_billion: 11,
      download_size_gb: 11,
      min_ram_gb: 16,
    },
    best_for: "Vision capable mid-size",
    notes:
      "The legacy ID names no real tag: the vision models are published as llama3.2-vision.",
    source: "https://ollama.com/library/llama3.2-vision",
    verified: "2026-07-24",
  },
  "llama3.2:3b": {
    id: "llama3.2:3b",
    provider: "ollama",
    display_name: "llama3.2:3b",
    context_window: 131072,
    max_output_tokens: 131072,
    cost_per_1k_input: 0,
    cost_per_1k_output: 0,
    capabilities: {
      coding_score: 0.6,
      reasoning_score: 0.6,
      supports_vision: false,
      supports_function_calling: true,
    },
    speed_rating: 10,
    status: "production",
    hardware: {
      parameters_billion: 3,
      download_size_gb: 2,
      min_ram_gb: 4,
    },
    best_for: "Fast conversations",
    source: "https://ollama.com/library/llama3.2",
    verified: "2026-07-24",
  },
  "llama3.2:90b": {
    id: "llama3.2:90b",
    provider: "ollama",
    display_name: "llama3.2:90b",
    api_name: "llama3.2-vision:90b",
    context_window: 131072,
    max_output_tokens: 131072,
    cost_per_1k_input: 0,
    cost_per_1k_output: 0,
    capabilities: {
      coding_score: 1,
      reasoning_score: 1,
      supports_vision: true,
      supports_function_calling: false,
    },
    speed_rating: 3.3,
    status: "production",
    hardware: {
      parameters_billion: 90,
      download_size_gb: 90,
      min_ram_gb: 128,
    },
    best_for: "Vision capable flagship",
    notes:
      "The legacy ID names no real tag: the vision models are published as llama3.2-vision.",
    source: "https://ollama.com/library/llama3.2-vision",
    verified: "2026-07-24",
  },
  "llama3:70b": {
    id: "llama3:70b",
    provider: "ollama",
    display_name: "llama3:70b",
    context_window: 8192,
    max_output_tokens: 8192,
    cost_per_1k_input: 0,
    cost_per_1k_output: 0,
    capabilities: {
      coding_score: 0.8,
      reasoning_score: 0.8,
      supports_vision: false,
      supports_function_calling: false,
    },
    speed_rating: 3.3,
    status: "production",
    hardware: {
      parameters_billion: 70,
      download_size_gb: 40,
      min_ram_gb: 64,
    },
    best_for: "Previous gen high quality",
    source: "https://ollama.com/library/llama3",
    verified: "2026-07-24",
  },
  "llama3:8b": {
    id: "llama3:8b",
    provider: "ollama",
    display_name: "llama3:8b",
    context_window: 8192,
    max_output_tokens: 8192,
    cost_per_1k_input: 0,
    cost_per_1k_output: 0,
    capabilities: {
      coding_score: 0.6,
      reasoning_score: 0.6,
      supports_vision: false,
      supports_function_calling: false,
    },
    speed_rating: 6.7,
    status: "production",
    hardware: {
      parameters_billion: 8,
      download_size_gb: 4.7,
      min_ram_gb: 8,
    },
    best_for: "General conversations",
    source: "https://ollama.com/library/llama3",
    verified: "2026-07-24",
  },
  "magicoder:7b": {
    id: "magicoder:7b",
    provider: "ollama",
    display_name: "magicoder:7b",
    context_window: 16384,
    max_output_tokens: 16384,
    cost_per_1k_input: 0,
    cost_per_1k_output: 0,
    capabilities: {
      coding_score: 0.8,
      reasoning_score: 0.8,
      supports_vision: false,
      supports_function_calling: false,
    },
    speed_rating: 6.7,
    status: "production",
    hardware: {
      parameters_billion: 7,
      download_size_gb: 3.8,
      min_ram_gb: 8,
    },
    best_for: "Optimal code balance",
    source: "https://ollama.com/library/magicoder",
    verified: "2026-07-24",
  },
  "meta.llama3-1-405b-instruct-v1:0": {
    id: "meta.llama3-1-405b-instruct-v1:0",
    provider: "bedrock",
    display_name: "Llama 3.1 405B (Bedrock)",
    context_window: 128000,
    max_output_tokens: 4096,
    cost_per_1k_input: 0.00532,
    cost_per_1k_output: 0.016,
    capabilities: {
      coding_score: 1,
      reasoning_score: 1,
      supports_vision: false,
      supports_function_calling: true,
    },
    speed_rating: 3.3,
    status: "production",
    best_for: "Massive model power",
    notes: "Legacy table said 32K context; Bedrock and the snapshot list 128K.",
    source: "https://aws.amazon.com/bedrock/pricing/",
    verified: "2026-07-24",
  },
  "meta.llama3-1-70b-instruct-v1:0": {
    id: "meta.llama3-1-70b-instruct-v1:0",
    provider: "bedrock",
    display_name: "Llama 3.1 70B (Bedrock)",
    context_window: 128000,
    max_output_tokens: 2048,
    cost_per_1k_input: 0.00099,
    cost_per_1k_output: 0.00099,
    capabilities: {
      coding_score: 0.8,
      reasoning_score: 0.8,
      supports_vision: false,
      supports_function_calling: true,
    },
    speed_rating: 6.7,
    status: "production",
    best_for: "Strong reasoning",
    notes:
      "Legacy table said 32K context and $2.65/$3.5 per 1M (Llama 3 70B's price); the snapshot lists 128K and $0.99/$0.99.",
    source: "https://aws.amazon.com/bedrock/pricing/",
    verified: "2026-07-24",
  },
  "meta.llama3-3-70b-instruct-v1:0": {
    id: "meta.llama3-3-70b-instruct-v1:0",
    provider: "bedrock",
    display_name: "Llama 3.3 70B (Bedrock)",
    context_window: 128000,
    max_output_tokens: 4096,
    cost_per_1k_input: 0.00072,
    cost_per_1k_output: 0.00072,
    capabilities: {
      coding_score: 0.8,
      reasoning_score: 0.8,
      supports_vision: false,
      supports_function_calling: true,
    },
    speed_rating: 6.7,
    status: "production",
    source: "https://aws.amazon.com/bedrock/pricing/",
    verified: "2026-07-24",
  },
  "meta.llama4-maverick-17b-instruct-v1:0": {
    id: "meta.llama4-maverick-17b-instruct-v1:0",
    provider: "bedrock",
    display_name: "Llama 4 Maverick 17B (Bedrock)",
    context_window: 128000,
    max_output_tokens: 4096,
    cost_per_1k_input: 0.00024,
    cost_per_1k_output: 0.00097,
    capabilities: {
      coding_score: 0.8,
      reasoning_score: 0.8,
      supports_vision: false,
      supports_function_calling: true,
    },
    speed_rating: 6.7,
    status: "production",
    source: "https://aws.amazon.com/bedrock/pricing/",
    verified: "2026-07-24",
  },
  "meta.llama4-scout-17b-instruct-v1:0": {
    id: "meta.llama4-scout-17b-instruct-v1:0",
    provider: "bedrock",
    display_name: "Llama 4 Scout 17B (Bedrock)",
    context_window: 128000,
    max_output_tokens: 4096,
    cost_per_1k_input: 0.00017,
    cost_per_1k_output: 0.00066,
    capabilities: {
      coding_score: 0.6,
      reasoning_score: 0.6,
      supports_vision: false,
      supports_function_calling: true,
    },
    speed_rating: 10,
    status: "production",
    source: "https://aws.amazon.com/bedrock/pricing/",
    verified: "2026-07-24",
  },
  o1: {
    id: "o1",
    provider: "openai",
    display_name: "o1",
    context_window: 200000,
    max_output_tokens: 100000,
    cost_per_1k_input: 0.015,
    cost_per_1k_output: 0.06,
    cost_per_1k_cached_input: 0.0075,
    capabilities: {
      coding_score: 1,
      reasoning_score: 1,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 3.3,
    status: "production",
    best_for: "Deep reasoning",
    source: "https://platform.openai.com/docs/pricing",
    verified: "2026-07-24",
  },
  "o1-mini": {
    id: "o1-mini",
    provider: "openai",
    display_name: "o1-mini",
    context_window: 128000,
    max_output_tokens: 65536,
    cost_per_1k_input: 0.0011,
    cost_per_1k_output: 0.0044,
    cost_per_1k_cached_input: 0.00055,
    capabilities: {
      coding_score: 0.8,
      reasoning_score: 0.8,
      supports_vision: false,
      supports_function_calling: false,
    },
    speed_rating: 6.7,
    status: "deprecated",
    deprecation: {
      date: "2025-04-28",
      replaced_by: "o4-mini",
      removal_date: "2025-10-27",
    },
    best_for: "Balanced reasoning",
    notes:
      "Removed from the API; not in the snapshot. Figures are OpenAI's last published ones (128K context, 65,536 output, $1.10/$4.40 per 1M); the legacy table's 200K and $3/$12 were wrong.",
    source: "https://platform.openai.com/docs/deprecations",
    verified: "2026-07-24",
  },
  "o1-pro": {
    id: "o1-pro",
    provider: "openai",
    display_name: "o1-pro",
    context_window: 200000,
    max_output_tokens: 100000,
    cost_per_1k_input: 0.15,
    cost_per_1k_output: 0.6,
    capabilities: {
      coding_score: 1,
      reasoning_score: 1,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 3.3,
    status: "production",
    best_for: "Ultimate reasoning",
    notes:
      "Legacy table said $60/$240 per 1M; OpenAI and the snapshot list $150/$600.",
    source: "https://platform.openai.com/docs/pricing",
    verified: "2026-07-24",
  },
  o3: {
    id: "o3",
    provider: "openai",
    display_name: "o3",
    context_window: 200000,
    max_output_tokens: 100000,
    cost_per_1k_input: 0.002,
    cost_per_1k_output: 0.008,
    cost_per_1k_cached_input: 0.0005,
    capabilities: {
      coding_score: 1,
      reasoning_score: 1,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 3.3,
    status: "production",
    source: "https://platform.openai.com/docs/pricing",
    verified: "2026-07-24",
  },
  "o3-mini": {
    id: "o3-mini",
    provider: "openai",
    display_name: "o3-mini",
    context_window: 200000,
    max_output_tokens: 100000,
    cost_per_1k_input: 0.0011,
    cost_per_1k_output: 0.0044,
    cost_per_1k_cached_input: 0.00055,
    capabilities: {
      coding_score: 0.8,
      reasoning_score: 0.8,
      supports_vision: false,
      supports_function_calling: true,
    },
    speed_rating: 6.7,
    status: "production",
    source: "https://platform.openai.com/docs/pricing",
    verified: "2026-07-24",
  },
  "o3-pro": {
    id: "o3-pro",
    provider: "openai",
    display_name: "o3-pro",
    context_window: 200000,
    max_output_tokens: 100000,
    cost_per_1k_input: 0.02,
    cost_per_1k_output: 0.08,
    capabilities: {
      coding_score: 1,
      reasoning_score: 1,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 3.3,
    status: "production",
    source: "https://platform.openai.com/docs/pricing",
    verified: "2026-07-24",
  },
  "o4-mini": {
    id: "o4-mini",
    provider: "openai",
    display_name: "o4-mini",
    context_window: 200000,
    max_output_tokens: 100000,
    cost_per_1k_input: 0.0011,
    cost_per_1k_output: 0.0044,
    cost_per_1k_cached_input: 0.000275,
    capabilities: {
      coding_score: 0.8,
      reasoning_score: 0.8,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 6.7,
    status: "production",
    source: "https://platform.openai.com/docs/pricing",
    verified: "2026-07-24",
  },
  "qwen2.5:32b": {
    id: "qwen2.5:32b",
    provider: "ollama",
    display_name: "qwen2.5:32b",
    api_name: "qwen2.5:32b-instruct-q4_K_M",
    context_window: 32768,
    max_output_tokens: 32768,
    cost_per_1k_input: 0,
    cost_per_1k_output: 0,
    capabilities: {
      coding_score: 1,
      reasoning_score: 1,
      supports_vision: false,
      supports_function_calling: true,
    },
    speed_rating: 3.3,
    status: "production",
    hardware: {
      parameters_billion: 32,
      download_size_gb: 19,
      min_ram_gb: 32,
    },
    best_for: "Premium intelligence",
    notes:
      "Legacy table said 128K context; the Ollama tag's context_length is 32768.",
    source: "https://ollama.com/library/qwen2.5",
    verified: "2026-07-24",
  },
  "qwen2.5:7b-instruct": {
    id: "qwen2.5:7b-instruct",
    provider: "ollama",
    display_name: "qwen2.5:7b-instruct",
    context_window: 32768,
    max_output_tokens: 32768,
    cost_per_1k_input: 0,
    cost_per_1k_output: 0,
    capabilities: {
      coding_score: 0.8,
      reasoning_score: 0.8,
      supports_vision: false,
      supports_function_calling: true,
    },
    speed_rating: 6.7,
    status: "production",
    hardware: {
      parameters_billion: 7,
      download_size_gb: 4.7,
      min_ram_gb: 8,
    },
    best_for: "Instruction-tuned Qwen",
    notes:
      "Legacy table said 128K context; the Ollama tag's context_length is 32768.",
    source: "https://ollama.com/library/qwen2.5",
    verified: "2026-07-24",
  },
  "qwen3:8b": {
    id: "qwen3:8b",
    provider: "ollama",
    display_name: "qwen3:8b",
    context_window: 40960,
    max_output_tokens: 40960,
    cost_per_1k_input: 0,
    cost_per_1k_output: 0,
    capabilities: {
      coding_score: 0.8,
      reasoning_score: 0.8,
      supports_vision: false,
      supports_function_calling: true,
    },
    speed_rating: 6.7,
    status: "production",
    hardware: {
      parameters_billion: 8,
      download_size_gb: 5.2,
      min_ram_gb: 12,
    },
    best_for: "Multilingual reasoning",
    notes:
      "Legacy table said 128K context; the Ollama tag's context_length is 40960.",
    source: "https://ollama.com/library/qwen3",
    verified: "2026-07-24",
  },
  "us.amazon.nova-premier-v1:0": {
    id: "us.amazon.nova-premier-v1:0",
    provider: "bedrock",
    display_name: "Amazon Nova Premier",
    context_window: 1000000,
    max_output_tokens: 10000,
    cost_per_1k_input: 0.0025,
    cost_per_1k_output: 0.0125,
    capabilities: {
      coding_score: 1,
      reasoning_score: 1,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 3.3,
    status: "production",
    source: "https://aws.amazon.com/bedrock/pricing/",
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
  "azure-claude-3.5-sonnet": "claude-3-5-sonnet",
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
   * @deprecated Use Models.AZURE_GPT_4_1 instead (deprecated 2025-06-06).
   */
  AZURE_GPT_4: "azure/gpt-4",
  /**
   * `azure/gpt-4-turbo`: GPT-4 Turbo (Azure) (Azure OpenAI): 128,000-token context, $10.00 in / $30.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.AZURE_GPT_4_1 instead (deprecated 2025-06-06).
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
   * @deprecated Use Models.CLAUDE_SONNET_4_6 instead (deprecated 2025-08-13).
   */
  CLAUDE_3_5_SONNET: "claude-3-5-sonnet",
  /**
   * `claude-3-7-sonnet`: Claude Sonnet 3.7 (Anthropic): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.CLAUDE_SONNET_4_6 instead (deprecated 2025-10-28).
   */
  CLAUDE_3_7_SONNET: "claude-3-7-sonnet",
  /**
   * `claude-3-haiku`: Claude Haiku 3 (Anthropic): 200,000-token context, $0.25 in / $1.25 out per 1M tokens, production.
   */
  CLAUDE_3_HAIKU: "claude-3-haiku",
  /**
   * `claude-3-opus`: Claude Opus 3 (Anthropic): 200,000-token context, $15.00 in / $75.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.CLAUDE_OPUS_4_7 instead (deprecated 2025-06-30).
   */
  CLAUDE_3_OPUS: "claude-3-opus",
  /**
   * `claude-haiku-4-5`: Claude Haiku 4.5 (Anthropic): 200,000-token context, $1.00 in / $5.00 out per 1M tokens, production.
   */
  CLAUDE_HAIKU_4_5: "claude-haiku-4-5",
  /**
   * `claude-opus-4`: Claude Opus 4 (Anthropic): 200,000-token context, $15.00 in / $75.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.CLAUDE_OPUS_4_7 instead (deprecated 2026-05-14).
   */
  CLAUDE_OPUS_4: "claude-opus-4",
  /**
   * `claude-opus-4-1`: Claude Opus 4.1 (Anthropic): 200,000-token context, $15.00 in / $75.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.CLAUDE_OPUS_4_7 instead (deprecated 2026-08-05).
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
   * @deprecated Use Models.CLAUDE_SONNET_4_6 instead (deprecated 2026-05-14).
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
   * @deprecated Use Models.DIAL_CLAUDE_OPUS_4_5 instead (deprecated 2026-05-14).
   */
  DIAL_CLAUDE_OPUS_4: "dial-claude-opus-4",
  /**
   * `dial-claude-opus-4-5`: Claude Opus 4.5 (DIAL) (DIAL): 200,000-token context, $5.00 in / $25.00 out per 1M tokens, production.
   */
  DIAL_CLAUDE_OPUS_4_5: "dial-claude-opus-4-5",
  /**
   * `dial-claude-sonnet-4`: Claude Sonnet 4 (DIAL) (DIAL): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.DIAL_CLAUDE_SONNET_4_5 instead (deprecated 2026-05-14).
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
   * @deprecated Use Models.GEMINI_2_5_FLASH instead (deprecated 2025-09-24).
   */
  GEMINI_1_5_FLASH: "gemini-1.5-flash",
  /**
   * `gemini-1.5-pro`: Gemini 1.5 Pro (Google): 2,097,152-token context, $1.25 in / $5.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GEMINI_2_5_PRO instead (deprecated 2025-09-24).
   */
  GEMINI_1_5_PRO: "gemini-1.5-pro",
  /**
   * `gemini-2.0-flash`: Gemini 2.0 Flash (Google): 1,048,576-token context, $0.10 in / $0.40 out per 1M tokens, deprecated.
   * @deprecated Use Models.GEMINI_2_5_FLASH instead (deprecated 2026-06-01).
   */
  GEMINI_2_0_FLASH: "gemini-2.0-flash",
  /**
   * `gemini-2.0-flash-lite`: Gemini 2.0 Flash-Lite (Google): 1,048,576-token context, $0.075 in / $0.30 out per 1M tokens, deprecated.
   * @deprecated Use Models.GEMINI_2_5_FLASH_LITE instead (deprecated 2026-06-01).
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
   * @deprecated Use Models.GEMINI_3_1_PRO_PREVIEW instead (deprecated 2026-03-09).
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
   * @deprecated Use Models.GROK_4_3 instead (deprecated 2026-02-28).
   */
  GROK_2_VISION_1212: "grok-2-vision-1212",
  /**
   * `grok-3`: Grok 3 (xAI): 131,072-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GROK_4_3 instead (deprecated 2026-05-15).
   */
  GROK_3: "grok-3",
  /**
   * `grok-3-mini`: Grok 3 mini (xAI): 131,072-token context, $0.30 in / $0.50 out per 1M tokens, deprecated.
   * @deprecated Use Models.GROK_4_3 instead (deprecated 2026-02-28).
   */
  GROK_3_MINI: "grok-3-mini",
  /**
   * `grok-4`: Grok 4 (xAI): 256,000-token context, $3.00 in / $15.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GROK_4_5 instead (deprecated 2026-05-15).
   */
  GROK_4: "grok-4",
  /**
   * `grok-4-1-fast-non-reasoning`: Grok 4.1 Fast (non-reasoning) (xAI): 2,000,000-token context, $0.20 in / $0.50 out per 1M tokens, deprecated.
   * @deprecated Use Models.GROK_4_3 instead (deprecated 2026-05-15).
   */
  GROK_4_1_FAST_NON_REASONING: "grok-4-1-fast-non-reasoning",
  /**
   * `grok-4-1-fast-reasoning`: Grok 4.1 Fast (reasoning) (xAI): 2,000,000-token context, $0.20 in / $0.50 out per 1M tokens, deprecated.
   * @deprecated Use Models.GROK_4_3 instead (deprecated 2026-05-15).
   */
  GROK_4_1_FAST_REASONING: "grok-4-1-fast-reasoning",
  /**
   * `grok-4-fast-non-reasoning`: Grok 4 Fast (non-reasoning) (xAI): 2,000,000-token context, $0.20 in / $0.50 out per 1M tokens, deprecated.
   * @deprecated Use Models.GROK_4_3 instead (deprecated 2026-05-15).
   */
  GROK_4_FAST_NON_REASONING: "grok-4-fast-non-reasoning",
  /**
   * `grok-4-fast-reasoning`: Grok 4 Fast (reasoning) (xAI): 2,000,000-token context, $0.20 in / $0.50 out per 1M tokens, deprecated.
   * @deprecated Use Models.GROK_4_3 instead (deprecated 2026-05-15).
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
   * @deprecated Use Models.GROK_4_3 instead (deprecated 2026-05-15).
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
   * @deprecated Use Models.O4_MINI instead (deprecated 2025-04-28).
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
