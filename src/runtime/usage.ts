import { toScaledInteger } from "../shared/decimal";
import { hasOwnKey } from "../shared/records";
import { InvalidArgumentError } from "./errors";

/** Token counts of one request in the registry's own terms (or of many requests: the figures add up). */
export interface TokenUsage {
  /** Every prompt token, cache reads and cache writes included. */
  inputTokens: number;
  /** Every generated token, reasoning tokens included. */
  outputTokens: number;
  /** How many of `inputTokens` were read from the prompt cache. */
  cachedInputTokens?: number;
  /** How many of `inputTokens` were written to the prompt cache at its default duration (5 minutes at Anthropic). */
  cacheWriteTokens?: number;
  /** How many of `inputTokens` were written to a 1-hour prompt cache. */
  cacheWrite1hTokens?: number;
  /** Server-side web search calls, billed per call where the model has `pricing.fees.web_search_per_1k`. */
  webSearchRequests?: number;
  /** How many of `inputTokens` were audio, billed at `pricing.input_audio`. */
  audioInputTokens?: number;
  /** How many of `inputTokens` were images, billed at `pricing.input_image`. */
  imageInputTokens?: number;
  /** How many of `outputTokens` were audio, billed at `pricing.output_audio`. */
  audioOutputTokens?: number;
  /** How many of `outputTokens` were images, billed at `pricing.output_image`. */
  imageOutputTokens?: number;
}

/** Images generated at one size and quality (as the API took them: `"1024x1024"`, `"hd"`). */
export interface ImageCount {
  size?: string;
  quality?: string;
  count: number;
}

/**
 * Usage in units other than tokens (image, speech, transcription, rerank models and cache storage), in the
 * registry's own terms; token counts may be given too. At least one of the unit fields is required.
 */
export interface UnitUsage extends Partial<TokenUsage> {
  /** Generated images, billed at `pricing.per_image` for their size and quality. */
  images?: readonly ImageCount[];
  /** Seconds of audio read (transcription) or written (speech), billed at `pricing.audio_per_second` or `audio_per_minute`. */
  audioSeconds?: number;
  /** Characters of input text, billed at `pricing.characters_per_1m`. */
  characters?: number;
  /** Requests (a rerank search), billed at `pricing.requests_per_1k`. */
  requests?: number;
  /** Tokens kept in an explicit context cache for some hours, billed at `pricing.cache_storage_per_1m_per_hour`. */
  cacheStorage?: { tokens: number; hours: number };
}

/** `usage` of an OpenAI embeddings call (`openai` SDK: `CreateEmbeddingResponse.Usage`). */
export interface OpenAIEmbeddingUsage {
  prompt_tokens: number;
  total_tokens: number;
}

/** `usage` of an OpenAI image generation or edit (`openai` SDK: `ImagesResponse.Usage`): token-billed image models. */
export interface OpenAIImagesUsage {
  input_tokens: number;
  input_tokens_details: { image_tokens?: number | null; text_tokens?: number | null };
  output_tokens: number;
  total_tokens?: number;
  output_tokens_details?: { image_tokens?: number | null; text_tokens?: number | null } | null;
}

/** `usage` of an OpenAI transcription (`openai` SDK: `Transcription.Tokens` or `Transcription.Duration`). */
export type OpenAITranscriptionUsage =
  | {
      type: "tokens";
      input_tokens: number;
      output_tokens: number;
      total_tokens?: number;
      input_token_details?: { audio_tokens?: number | null; text_tokens?: number | null } | null;
    }
  | { type: "duration"; seconds: number };

/** `usage` of the Vercel AI SDK's `embed`/`embedMany` (`EmbeddingModelUsage`). */
export interface VercelAIEmbeddingUsage {
  tokens: number;
}

/** `usage` of an OpenAI Chat Completion (`openai` SDK: `CompletionUsage`). `prompt_tokens` includes the cached ones. */
export interface OpenAIChatUsage {
  prompt_tokens: number;
  completion_tokens: number;
  total_tokens?: number;
  prompt_tokens_details?: { cached_tokens?: number | null; cache_write_tokens?: number | null; audio_tokens?: number | null } | null;
  completion_tokens_details?: unknown;
}

/** `usage` of an OpenAI Response (`openai` SDK: `ResponseUsage`). `input_tokens` includes the cached ones. */
export interface OpenAIResponsesUsage {
  input_tokens: number;
  output_tokens: number;
  total_tokens?: number;
  input_tokens_details: { cached_tokens?: number | null; cache_write_tokens?: number | null } | null;
  output_tokens_details?: unknown;
}

/** `usage` of an Anthropic Message (`@anthropic-ai/sdk`: `Usage`). `input_tokens` excludes cache reads and writes. */
export interface AnthropicUsage {
  input_tokens: number;
  output_tokens: number;
  cache_creation_input_tokens?: number | null;
  cache_read_input_tokens?: number | null;
  cache_creation?: { ephemeral_5m_input_tokens?: number | null; ephemeral_1h_input_tokens?: number | null } | null;
  service_tier?: string | null;
  server_tool_use?: { web_search_requests?: number | null } | null;
}

/** `usage` of the Vercel AI SDK 4's `generateText`/`streamText` (`LanguageModelUsage`): no cache counts. */
export interface VercelAIV4Usage {
  promptTokens: number;
  completionTokens: number;
  totalTokens?: number;
}

/** `usage` of the Vercel AI SDK's `generateText`/`streamText` (v5 and v6 `LanguageModelUsage`). `inputTokens` is the total. */
export interface VercelAIUsage {
  inputTokens: number | undefined;
  outputTokens: number | undefined;
  totalTokens?: number | undefined;
  inputTokenDetails?: { noCacheTokens?: number | undefined; cacheReadTokens?: number | undefined; cacheWriteTokens?: number | undefined };
  outputTokenDetails?: unknown;
  reasoningTokens?: number | undefined;
  cachedInputTokens?: number | undefined;
}

/** Any usage `estimateCost` reads. */
export type AnyUsage =
  | TokenUsage
  | UnitUsage
  | OpenAIChatUsage
  | OpenAIResponsesUsage
  | AnthropicUsage
  | VercelAIUsage
  | VercelAIV4Usage
  | OpenAIEmbeddingUsage
  | OpenAIImagesUsage
  | OpenAITranscriptionUsage
  | VercelAIEmbeddingUsage;

export type UsageShape =
  | "registry"
  | "openai-chat"
  | "openai-responses"
  | "anthropic"
  | "vercel-ai"
  | "vercel-ai-v4"
  | "openai-embedding"
  | "openai-images"
  | "openai-transcription"
  | "vercel-ai-embedding";

/** A count of images at one size and quality, as read. */
interface NormalizedImages {
  readonly size: string | undefined;
  readonly quality: string | undefined;
  readonly count: bigint;
}

/** Audio seconds and storage hours are decimals: read exactly at this many decimal places. */
export const DURATION_SCALE = 6;

/** Usage in one shape: every count a non-negative safe integer; the input parts never exceed `input`. */
export interface NormalizedUsage {
  readonly shape: UsageShape;
  /** Every input token: cache reads and writes included. */
  readonly input: bigint;
  readonly output: bigint;
  readonly cacheRead: bigint;
  readonly cacheWrite: bigint;
  readonly cacheWrite1h: bigint;
  readonly webSearches: bigint;
  /** The service tier the response says it was served at (Anthropic reports it in `usage`). */
  readonly reportedServiceTier: string | undefined;
  /** Parts of `input` and `output` in a modality priced apart. */
  readonly inputAudio: bigint;
  readonly inputImage: bigint;
  readonly outputAudio: bigint;
  readonly outputImage: bigint;
  readonly images: readonly NormalizedImages[];
  /** Seconds × 10^DURATION_SCALE, or undefined when the usage states no audio duration. */
  readonly audioSeconds: bigint | undefined;
  readonly characters: bigint;
  readonly requests: bigint;
  /** Tokens and hours × 10^DURATION_SCALE, or undefined. */
  readonly cacheStorage: { readonly tokens: bigint; readonly hours: bigint } | undefined;
}

type Fields = Readonly<Record<string, unknown>>;

/** Reads `usage` in whichever supported shape it is, by its own properties only. */
export function normalizeUsage(usage: unknown): NormalizedUsage {
  if (usage === null || typeof usage !== "object" || Array.isArray(usage)) {
    throw new InvalidArgumentError(`usage must be an object (the registry's TokenUsage or an SDK's usage), got ${describeType(usage)}`);
  }
  const fields = usage as Fields;
  const shape = detectShape(fields);
  switch (shape) {
    case "openai-chat":
      return fromOpenAI(fields, "openai-chat");
    case "openai-responses":
      return fromOpenAI(fields, "openai-responses");
    case "anthropic":
      return fromAnthropic(fields);
    case "vercel-ai":
      return fromVercelAI(fields);
    case "vercel-ai-v4":
      return checked({ shape, input: requiredCount(fields, "promptTokens"), output: requiredCount(fields, "completionTokens") });
    case "openai-embedding":
      return checked({ shape, input: requiredCount(fields, "prompt_tokens"), output: 0n });
    case "vercel-ai-embedding":
      return checked({ shape, input: requiredCount(fields, "tokens"), output: 0n });
    case "openai-images":
      return fromOpenAIImages(fields);
    case "openai-transcription":
      return fromOpenAITranscription(fields);
    case "registry":
      return fromRegistry(fields);
  }
}

const SHAPE_MARKERS: ReadonlyArray<readonly [UsageShape, readonly string[]]> = [
  ["openai-chat", ["prompt_tokens", "completion_tokens"]],
  // Fields only that shape has: Anthropic reports service_tier in usage, OpenAI Responses the token details.
  ["anthropic", ["cache_creation_input_tokens", "cache_read_input_tokens", "cache_creation", "server_tool_use", "service_tier"]],
  ["openai-responses", ["input_tokens_details", "output_tokens_details"]],
  ["vercel-ai", ["inputTokenDetails"]],
  ["vercel-ai-v4", ["promptTokens", "completionTokens"]],
];

/** Shapes told apart by fields no other shape has, before the markers of the chat shapes. */
function detectUnitShape(fields: Fields): UsageShape | undefined {
  if (hasOwnKey(fields, "type") && (fields.type === "tokens" || fields.type === "duration")) return "openai-transcription";
  if (hasOwnKey(fields, "prompt_tokens") && hasOwnKey(fields, "total_tokens") && !hasOwnKey(fields, "completion_tokens")) return "openai-embedding";
  const details = hasOwnKey(fields, "input_tokens_details") ? fields.input_tokens_details : undefined;
  if (details !== null && typeof details === "object" && (hasOwnKey(details as Fields, "image_tokens") || hasOwnKey(details as Fields, "text_tokens")))
    return "openai-images";
  if (hasOwnKey(fields, "tokens") && Object.keys(fields).length === 1) return "vercel-ai-embedding";
  return undefined;
}

function detectShape(fields: Fields): UsageShape {
  const unitShape = detectUnitShape(fields);
  if (unitShape !== undefined) return unitShape;
  const matches = SHAPE_MARKERS.filter(([, keys]) => keys.some((key) => hasOwnKey(fields, key))).map(([shape]) => shape);
  const snakeCase = hasOwnKey(fields, "input_tokens") || hasOwnKey(fields, "output_tokens");
  const camelCase = hasOwnKey(fields, "inputTokens") || hasOwnKey(fields, "outputTokens");
  const ownFieldsToo = (matches.includes("openai-chat") && snakeCase) || (matches.includes("vercel-ai-v4") && camelCase);
  if (matches.length > 1 || (snakeCase && camelCase) || ownFieldsToo) {
    throw new InvalidArgumentError(
      `usage mixes the fields of several shapes (${[...matches, snakeCase ? "input_tokens" : "", camelCase ? "inputTokens" : ""].filter(Boolean).join(", ")}); pass one SDK's usage object as it came`,
    );
  }
  if (matches[0] !== undefined) return matches[0];
  if (snakeCase) {
    // Bare { input_tokens, output_tokens } is Anthropic usage (input excludes cache reads) or Responses usage
    // (input includes them) with the telling fields dropped: guessing would bill one of them wrongly.
    throw new InvalidArgumentError(
      "usage { input_tokens, output_tokens } is ambiguous: Anthropic and OpenAI Responses usage both look like this and count cached input differently; pass the SDK's usage object whole (Responses usage has input_tokens_details, Anthropic usage cache_read_input_tokens), or the registry's { inputTokens, outputTokens }",
    );
  }
  return "registry";
}

const UNIT_FIELDS = ["images", "audioSeconds", "characters", "requests", "cacheStorage"] as const;

function fromRegistry(fields: Fields): NormalizedUsage {
  // Token counts may be left out only where the usage states another unit (an image, a minute of audio).
  const units = UNIT_FIELDS.some((key) => hasOwnKey(fields, key) && fields[key] !== undefined);
  const tokens = (key: string) => (units ? optionalCount(fields, key) : requiredCount(fields, key));
  const storage = optionalObject(fields, "cacheStorage");
  return checked({
    shape: "registry",
    input: tokens("inputTokens"),
    output: tokens("outputTokens"),
    cacheRead: optionalCount(fields, "cachedInputTokens"),
    cacheWrite: optionalCount(fields, "cacheWriteTokens"),
    cacheWrite1h: optionalCount(fields, "cacheWrite1hTokens"),
    webSearches: optionalCount(fields, "webSearchRequests"),
    inputAudio: optionalCount(fields, "audioInputTokens"),
    inputImage: optionalCount(fields, "imageInputTokens"),
    outputAudio: optionalCount(fields, "audioOutputTokens"),
    outputImage: optionalCount(fields, "imageOutputTokens"),
    images: imageCounts(fields),
    audioSeconds: hasOwnKey(fields, "audioSeconds") && fields.audioSeconds !== undefined ? duration(fields.audioSeconds, "audioSeconds") : undefined,
    characters: optionalCount(fields, "characters"),
    requests: optionalCount(fields, "requests"),
    cacheStorage:
      Object.keys(storage).length === 0
        ? undefined
        : {
            tokens: requiredCount(storage, "tokens", "cacheStorage."),
            hours: duration(hasOwnKey(storage, "hours") ? storage.hours : undefined, "cacheStorage.hours"),
          },
  });
}

function imageCounts(fields: Fields): NormalizedImages[] {
  const value = hasOwnKey(fields, "images") ? fields.images : undefined;
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new InvalidArgumentError(`usage.images must be an array of { size, quality, count }, got ${describeType(value)}`);
  return value.map((item: unknown, i) => {
    if (item === null || typeof item !== "object" || Array.isArray(item))
      throw new InvalidArgumentError(`usage.images[${i}] must be an object, got ${describeType(item)}`);
    const image = item as Fields;
    const text = (key: string) => {
      const v = hasOwnKey(image, key) ? image[key] : undefined;
      if (v === undefined || typeof v === "string") return v;
      throw new InvalidArgumentError(`usage.images[${i}].${key} must be a string, got ${describeType(v)}`);
    };
    return { size: text("size"), quality: text("quality"), count: requiredCount(image, "count", `images[${i}].`) };
  });
}

/** A non-negative decimal (seconds, hours), exact to DURATION_SCALE places, as an integer × 10^DURATION_SCALE. */
function duration(value: unknown, name: string): bigint {
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0 || value > Number.MAX_SAFE_INTEGER) {
    throw new InvalidArgumentError(`${name} must be a finite number >= 0, got ${typeof value === "number" ? String(value) : describeType(value)}`);
  }
  try {
    return toScaledInteger(value, DURATION_SCALE);
  } catch {
    throw new InvalidArgumentError(`${name} must have at most ${DURATION_SCALE} decimals, got ${value}`);
  }
}

/** Images usage: input split into text and image tokens; output all image tokens unless the details say otherwise. */
function fromOpenAIImages(fields: Fields): NormalizedUsage {
  const input = optionalObject(fields, "input_tokens_details");
  const output = requiredCount(fields, "output_tokens");
  const outputDetails = optionalObject(fields, "output_tokens_details");
  const outputSplit = hasOwnKey(outputDetails, "image_tokens") || hasOwnKey(outputDetails, "text_tokens");
  return checked({
    shape: "openai-images",
    input: requiredCount(fields, "input_tokens"),
    output,
    inputImage: optionalCount(input, "image_tokens", "input_tokens_details."),
    outputImage: outputSplit ? optionalCount(outputDetails, "image_tokens", "output_tokens_details.") : output,
  });
}

/** Transcription usage: tokens (audio input priced apart) or the audio's duration. */
function fromOpenAITranscription(fields: Fields): NormalizedUsage {
  if (fields.type === "duration") {
    return checked({
      shape: "openai-transcription",
      input: 0n,
      output: 0n,
      audioSeconds: duration(hasOwnKey(fields, "seconds") ? fields.seconds : undefined, "seconds"),
    });
  }
  const details = optionalObject(fields, "input_token_details");
  return checked({
    shape: "openai-transcription",
    input: requiredCount(fields, "input_tokens"),
    output: requiredCount(fields, "output_tokens"),
    inputAudio: optionalCount(details, "audio_tokens", "input_token_details."),
  });
}

/** Chat Completions and Responses usage: the same figures under two sets of names. */
const OPENAI_FIELDS = {
  "openai-chat": { input: "prompt_tokens", output: "completion_tokens", details: "prompt_tokens_details" },
  "openai-responses": { input: "input_tokens", output: "output_tokens", details: "input_tokens_details" },
} as const;

function fromOpenAI(fields: Fields, shape: keyof typeof OPENAI_FIELDS): NormalizedUsage {
  const names = OPENAI_FIELDS[shape];
  const details = optionalObject(fields, names.details);
  return checked({
    shape,
    input: requiredCount(fields, names.input),
    output: requiredCount(fields, names.output),
    cacheRead: optionalCount(details, "cached_tokens", `${names.details}.`),
    cacheWrite: optionalCount(details, "cache_write_tokens", `${names.details}.`),
  });
}

function fromAnthropic(fields: Fields): NormalizedUsage {
  const uncached = requiredCount(fields, "input_tokens");
  const cacheRead = optionalCount(fields, "cache_read_input_tokens");
  const written = optionalCount(fields, "cache_creation_input_tokens");
  const byDuration = optionalObject(fields, "cache_creation");
  const write5m = optionalCount(byDuration, "ephemeral_5m_input_tokens", "cache_creation.");
  const write1h = optionalCount(byDuration, "ephemeral_1h_input_tokens", "cache_creation.");
  const split = write5m + write1h > 0n;
  if (split && written !== 0n && written !== write5m + write1h) {
    throw new InvalidArgumentError(`cache_creation splits ${write5m + write1h} cache-write tokens by duration, but cache_creation_input_tokens is ${written}`);
  }
  const serviceTier = hasOwnKey(fields, "service_tier") ? fields.service_tier : undefined;
  return checked({
    shape: "anthropic",
    input: uncached + cacheRead + (split ? write5m + write1h : written),
    output: requiredCount(fields, "output_tokens"),
    cacheRead,
    cacheWrite: split ? write5m : written,
    cacheWrite1h: split ? write1h : 0n,
    reportedServiceTier: typeof serviceTier === "string" ? serviceTier : undefined,
    webSearches: optionalCount(optionalObject(fields, "server_tool_use"), "web_search_requests", "server_tool_use."),
  });
}

function fromVercelAI(fields: Fields): NormalizedUsage {
  const details = optionalObject(fields, "inputTokenDetails");
  const cacheRead =
    hasOwnKey(details, "cacheReadTokens") && details.cacheReadTokens !== undefined
      ? optionalCount(details, "cacheReadTokens", "inputTokenDetails.")
      : optionalCount(fields, "cachedInputTokens");
  const cacheWrite = optionalCount(details, "cacheWriteTokens", "inputTokenDetails.");
  // The AI SDK leaves every count undefined when the provider reports none: then the error names inputTokens, the field the caller reads.
  const input =
    fields.inputTokens === undefined && hasOwnKey(details, "noCacheTokens") && details.noCacheTokens !== undefined
      ? requiredCount(details, "noCacheTokens", "inputTokenDetails.") + cacheRead + cacheWrite
      : requiredCount(fields, "inputTokens");
  return checked({ shape: "vercel-ai", input, output: requiredCount(fields, "outputTokens"), cacheRead, cacheWrite });
}

function checked(usage: Partial<NormalizedUsage> & Pick<NormalizedUsage, "shape" | "input" | "output">): NormalizedUsage {
  const normalized: NormalizedUsage = {
    cacheRead: 0n,
    cacheWrite: 0n,
    cacheWrite1h: 0n,
    webSearches: 0n,
    reportedServiceTier: undefined,
    inputAudio: 0n,
    inputImage: 0n,
    outputAudio: 0n,
    outputImage: 0n,
    images: [],
    audioSeconds: undefined,
    characters: 0n,
    requests: 0n,
    cacheStorage: undefined,
    ...usage,
  };
  const cached = normalized.cacheRead + normalized.cacheWrite + normalized.cacheWrite1h;
  if (cached > normalized.input) {
    throw new InvalidArgumentError(
      `cache reads and writes (${cached}) exceed the input tokens (${normalized.input}); in ${normalized.shape} usage they are part of the input`,
    );
  }
  const parts = cached + normalized.inputAudio + normalized.inputImage;
  if (parts > normalized.input) {
    throw new InvalidArgumentError(
      `cache reads and writes and audio and image input tokens (${parts}) exceed the input tokens (${normalized.input}); in ${normalized.shape} usage they are part of the input`,
    );
  }
  const outputParts = normalized.outputAudio + normalized.outputImage;
  if (outputParts > normalized.output) {
    throw new InvalidArgumentError(
      `audio and image output tokens (${outputParts}) exceed the output tokens (${normalized.output}); they are part of the output`,
    );
  }
  return normalized;
}

function optionalObject(fields: Fields, key: string): Fields {
  const value = hasOwnKey(fields, key) ? fields[key] : undefined;
  if (value === undefined || value === null) return {};
  if (typeof value !== "object" || Array.isArray(value)) throw new InvalidArgumentError(`usage.${key} must be an object, got ${describeType(value)}`);
  return value as Fields;
}

function requiredCount(fields: Fields, key: string, prefix = ""): bigint {
  if (!hasOwnKey(fields, key)) throw new InvalidArgumentError(`usage.${prefix}${key} is missing`);
  return tokenCount(fields[key], `${prefix}${key}`);
}

/** An absent, null or undefined count is 0 (SDKs report "none" all three ways). */
function optionalCount(fields: Fields, key: string, prefix = ""): bigint {
  const value = hasOwnKey(fields, key) ? fields[key] : undefined;
  return value === undefined || value === null ? 0n : tokenCount(value, `${prefix}${key}`);
}

function tokenCount(value: unknown, name: string): bigint {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw new InvalidArgumentError(`${name} must be a non-negative integer, got ${typeof value === "number" ? String(value) : describeType(value)}`);
  }
  return BigInt(value);
}

function describeType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "string" ? `the string ${JSON.stringify(value.slice(0, 40))}` : typeof value;
}
