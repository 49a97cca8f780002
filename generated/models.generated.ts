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
export type AnthropicModelId = "claude-3-haiku" | "claude-sonnet-4-5";
/** Model IDs served by Azure OpenAI. */
export type AzureModelId = "azure/gpt-4o";
/** Model IDs served by Bedrock. */
export type BedrockModelId = "amazon.nova-pro-v1:0";
/** Model IDs served by DIAL. */
export type DIALModelId = "dial-claude-sonnet-4";
/** Model IDs served by Google. */
export type GoogleModelId = "gemini-2.0-flash" | "gemini-2.5-pro";
/** Model IDs served by Ollama. */
export type OllamaModelId = "qwen2.5:32b";
/** Model IDs served by OpenAI. */
export type OpenAIModelId = "gpt-4" | "gpt-4o" | "gpt-4o-mini";
/** Model IDs served by xAI. */
export type XAIModelId = "grok-4";
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
export type DeprecatedModelId = "gemini-2.0-flash" | "gpt-4";
/** Every model that is not deprecated. Use it where a deprecated ID must not compile. */
export type ActiveModelId =
  | "amazon.nova-pro-v1:0"
  | "azure/gpt-4o"
  | "claude-3-haiku"
  | "claude-sonnet-4-5"
  | "dial-claude-sonnet-4"
  | "gemini-2.5-pro"
  | "gpt-4o"
  | "gpt-4o-mini"
  | "grok-4"
  | "qwen2.5:32b";
/** Other names (legacy IDs) that resolve to a model. */
export type ModelAlias = never;
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
  /** Amazon Nova Pro (Bedrock): 300,000-token context, $0.80 in / $3.20 out per 1M tokens, production. */
  readonly "amazon.nova-pro-v1:0": ModelRecord<"bedrock">;
  /** GPT-4o (Azure) (Azure OpenAI): 128,000-token context, $2.50 in / $10.00 out per 1M tokens, production. */
  readonly "azure/gpt-4o": ModelRecord<"azure">;
  /** Claude 3 Haiku (Anthropic): 200,000-token context, $0.25 in / $1.25 out per 1M tokens, production. */
  readonly "claude-3-haiku": ModelRecord<"anthropic">;
  /** Claude Sonnet 4.5 (Anthropic): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, production. */
  readonly "claude-sonnet-4-5": ModelRecord<"anthropic">;
  /** Claude Sonnet 4 (DIAL) (DIAL): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, production. */
  readonly "dial-claude-sonnet-4": ModelRecord<"dial">;
  /**
   * Gemini 2.0 Flash (Google): 1,048,576-token context, $0.10 in / $0.40 out per 1M tokens, deprecated.
   * @deprecated Use "gemini-2.5-pro" instead (deprecated 2025-12-01, removed 2026-06-01).
   */
  readonly "gemini-2.0-flash": DeprecatedModelRecord<"google">;
  /** Gemini 2.5 Pro (Google): 1,048,576-token context, $1.25 in / $10.00 out per 1M tokens, production. */
  readonly "gemini-2.5-pro": ModelRecord<"google">;
  /**
   * GPT-4 (OpenAI): 8,192-token context, $30.00 in / $60.00 out per 1M tokens, deprecated.
   * @deprecated Use "gpt-4o" instead (deprecated 2025-06-06).
   */
  readonly "gpt-4": DeprecatedModelRecord<"openai">;
  /** GPT-4o (OpenAI): 128,000-token context, $2.50 in / $10.00 out per 1M tokens, production. */
  readonly "gpt-4o": ModelRecord<"openai">;
  /** GPT-4o mini (OpenAI): 128,000-token context, $0.15 in / $0.60 out per 1M tokens, production. */
  readonly "gpt-4o-mini": ModelRecord<"openai">;
  /** Grok 4 (xAI): 256,000-token context, $3.00 in / $15.00 out per 1M tokens, production. */
  readonly "grok-4": ModelRecord<"xai">;
  /** Qwen 2.5 32B (Ollama): 131,072-token context, $0.00 in / $0.00 out per 1M tokens, production. */
  readonly "qwen2.5:32b": ModelRecord<"ollama">;
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
export interface ModelAliases {}

// ---- Data ----
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

const MODEL_DATA = {
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
    source:
      "https://azure.microsoft.com/en-us/pricing/details/cognitive-services/openai-service/",
    verified: "2026-07-24",
  },
  "claude-3-haiku": {
    id: "claude-3-haiku",
    provider: "anthropic",
    display_name: "Claude 3 Haiku",
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
    source: "https://docs.anthropic.com/en/docs/about-claude/models",
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
    source: "https://docs.anthropic.com/en/docs/about-claude/models",
    verified: "2026-07-24",
  },
  "dial-claude-sonnet-4": {
    id: "dial-claude-sonnet-4",
    provider: "dial",
    display_name: "Claude Sonnet 4 (DIAL)",
    api_name: "anthropic.claude-sonnet-4",
    context_window: 200000,
    max_output_tokens: 64000,
    cost_per_1k_input: 0.003,
    cost_per_1k_output: 0.015,
    capabilities: {
      coding_score: 0.8,
      reasoning_score: 0.8,
      supports_vision: true,
      supports_function_calling: true,
    },
    speed_rating: 6.7,
    status: "production",
    source: "https://docs.anthropic.com/en/docs/about-claude/pricing",
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
      date: "2025-12-01",
      replaced_by: "gemini-2.5-pro",
      removal_date: "2026-06-01",
    },
    source: "https://ai.google.dev/gemini-api/docs/deprecations",
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
    speed_rating: 6.7,
    status: "production",
    source: "https://ai.google.dev/gemini-api/docs/models",
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
    status: "deprecated",
    deprecation: {
      date: "2025-06-06",
      replaced_by: "gpt-4o",
    },
    source: "https://platform.openai.com/docs/deprecations",
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
    source: "https://platform.openai.com/docs/models/gpt-4o",
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
    source: "https://platform.openai.com/docs/models/gpt-4o-mini",
    verified: "2026-07-24",
  },
  "grok-4": {
    id: "grok-4",
    provider: "xai",
    display_name: "Grok 4",
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
    status: "production",
    source: "https://docs.x.ai/docs/models",
    verified: "2026-07-24",
  },
  "qwen2.5:32b": {
    id: "qwen2.5:32b",
    provider: "ollama",
    display_name: "Qwen 2.5 32B",
    api_name: "qwen2.5:32b-instruct-q4_K_M",
    context_window: 131072,
    max_output_tokens: 8192,
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
    source: "https://ollama.com/library/qwen2.5",
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
export const MODEL_ALIASES = deepFreeze({}) as unknown as ModelAliases;
/** Named constants for every model ID (`Models.GPT_4O === "gpt-4o"`); deprecated ones are struck through in editors. */
export const Models = Object.freeze({
  /**
   * `amazon.nova-pro-v1:0`: Amazon Nova Pro (Bedrock): 300,000-token context, $0.80 in / $3.20 out per 1M tokens, production.
   */
  AMAZON_NOVA_PRO_V1_0: "amazon.nova-pro-v1:0",
  /**
   * `azure/gpt-4o`: GPT-4o (Azure) (Azure OpenAI): 128,000-token context, $2.50 in / $10.00 out per 1M tokens, production.
   */
  AZURE_GPT_4O: "azure/gpt-4o",
  /**
   * `claude-3-haiku`: Claude 3 Haiku (Anthropic): 200,000-token context, $0.25 in / $1.25 out per 1M tokens, production.
   */
  CLAUDE_3_HAIKU: "claude-3-haiku",
  /**
   * `claude-sonnet-4-5`: Claude Sonnet 4.5 (Anthropic): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, production.
   */
  CLAUDE_SONNET_4_5: "claude-sonnet-4-5",
  /**
   * `dial-claude-sonnet-4`: Claude Sonnet 4 (DIAL) (DIAL): 200,000-token context, $3.00 in / $15.00 out per 1M tokens, production.
   */
  DIAL_CLAUDE_SONNET_4: "dial-claude-sonnet-4",
  /**
   * `gemini-2.0-flash`: Gemini 2.0 Flash (Google): 1,048,576-token context, $0.10 in / $0.40 out per 1M tokens, deprecated.
   * @deprecated Use Models.GEMINI_2_5_PRO instead (deprecated 2025-12-01).
   */
  GEMINI_2_0_FLASH: "gemini-2.0-flash",
  /**
   * `gemini-2.5-pro`: Gemini 2.5 Pro (Google): 1,048,576-token context, $1.25 in / $10.00 out per 1M tokens, production.
   */
  GEMINI_2_5_PRO: "gemini-2.5-pro",
  /**
   * `gpt-4`: GPT-4 (OpenAI): 8,192-token context, $30.00 in / $60.00 out per 1M tokens, deprecated.
   * @deprecated Use Models.GPT_4O instead (deprecated 2025-06-06).
   */
  GPT_4: "gpt-4",
  /**
   * `gpt-4o`: GPT-4o (OpenAI): 128,000-token context, $2.50 in / $10.00 out per 1M tokens, production.
   */
  GPT_4O: "gpt-4o",
  /**
   * `gpt-4o-mini`: GPT-4o mini (OpenAI): 128,000-token context, $0.15 in / $0.60 out per 1M tokens, production.
   */
  GPT_4O_MINI: "gpt-4o-mini",
  /**
   * `grok-4`: Grok 4 (xAI): 256,000-token context, $3.00 in / $15.00 out per 1M tokens, production.
   */
  GROK_4: "grok-4",
  /**
   * `qwen2.5:32b`: Qwen 2.5 32B (Ollama): 131,072-token context, $0.00 in / $0.00 out per 1M tokens, production.
   */
  QWEN2_5_32B: "qwen2.5:32b",
} as const);
