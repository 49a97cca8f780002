import { jsDocText, tsString } from "../../shared/escape";
import type { NormalizedRegistry } from "../model/normalize";
import { ALIAS_LINES, modelLinesName, PROVIDER_LINES } from "./emit-data-lines";
import { kindOf, MODEL_KINDS, type ModelKind } from "../../shared/model-kind";

/**
 * A value the generated module exports: its type (a name the declarations define) and the JavaScript expression
 * that makes it from the data constants and the runtime (imported as `runtime`). Every expression is pure, so a
 * bundler drops what app code does not use: the whole data when only `Models` is imported, every other provider's
 * models when only one provider's module (`models.generated.openai`) is.
 */
export interface ModuleValue {
  name: string;
  type: string;
  initializer: string;
  doc: readonly string[];
}

/** The exported values, in the order a module must define them (each after what it reads). */
export function moduleValues(registry: NormalizedRegistry): ModuleValue[] {
  const modelTexts = registry.providers.map(modelLinesName).join(", ");
  const constantsOf = (ids: readonly string[]) => {
    const byId = new Map(registry.models.map((m) => [m.id, m.constantName]));
    return frozenJson(Object.fromEntries(ids.map((id) => [byId.get(id)!, id])));
  };
  return [
    value("MODELS", "ModelRegistry", `runtime.tableFromLines(${modelTexts})`, "The registry, deep-frozen, keyed by model ID."),
    value("MODEL_IDS", "readonly ModelId[]", "runtime.frozenKeys(MODELS)", "Every model ID, sorted."),
    value(
      "PROVIDERS",
      "ProviderRegistry",
      `runtime.tableFromLines(${PROVIDER_LINES})`,
      "Provider configuration (environment variable names only, never values).",
    ),
    value("PROVIDER_IDS", "readonly ProviderId[]", "runtime.frozenKeys(PROVIDERS)", "Every provider ID, sorted."),
    value("MODEL_ALIASES", "ModelAliases", `runtime.tableFromLines(${ALIAS_LINES})`, "Other names (legacy IDs) and the registry model each resolves to."),
    ...registry.providers.map((p) =>
      value(`${p.typeName}Models`, `${p.typeName}ModelConstants`, constantsOf(p.modelIds), `The constants of ${jsDocText(p.config.display_name)}'s models.`),
    ),
    value(
      "Models",
      "ModelConstants",
      constantsOf(registry.models.map((m) => m.id)),
      'Named constants for every model ID (`Models.GPT_4O === "gpt-4o"`); deprecated ones are struck through in editors.',
    ),
  ];
}

/** The registry handle the bound functions pass to the runtime. */
export const REGISTRY_HANDLE = "const REGISTRY = /* @__PURE__ */ runtime.defineRegistry({ models: MODELS, providers: PROVIDERS, aliases: MODEL_ALIASES });";

function value(name: string, type: string, call: string, doc: string): ModuleValue {
  return { name, type, initializer: `/* @__PURE__ */ ${call}`, doc: [doc] };
}

function frozenJson(value: unknown): string {
  return `runtime.deepFreeze(/* @__PURE__ */ JSON.parse(${tsString(JSON.stringify(value))}))`;
}

/** The union of the IDs of every kind but chat. */
export const OTHER_KIND_IDS = "OtherKindModelId";

/**
 * The record types of chat models: the fields a chat entry must have (schema `if kind is chat then required`) are
 * not optional there, so `getModel("gpt-4o").context_window` is a `number`.
 */
export const CHAT_RECORD_TYPES: readonly string[] = [
  `/** A chat model's record: its context window, output limit and token prices are always present. */
export interface ChatModelRecord<P extends ProviderId = ProviderId> extends ModelRecord<P> {
readonly context_window: number;
readonly max_output_tokens: number;
readonly pricing: DeepReadonly<ModelPricing> & { readonly input: number; readonly output: number };
}`,
  `/** A deprecated chat model's record. */
export interface DeprecatedChatModelRecord<P extends ProviderId = ProviderId> extends ChatModelRecord<P> {
readonly status: "deprecated";
readonly replaced_by: string;
}`,
  `/** The records of provider \`P\`'s active chat models \`Id\`, keyed by ID. */
export type ActiveChatModelRecords<P extends ProviderId, Id extends string> = { readonly [K in Id]: ChatModelRecord<P> };`,
];

/** The type name of each kind's ID union: `EmbeddingModelId` for `embedding`. */
export const KIND_ID_TYPES: Readonly<Record<ModelKind, string>> = {
  chat: "ChatModelId",
  embedding: "EmbeddingModelId",
  image: "ImageModelId",
  speech: "SpeechModelId",
  transcription: "TranscriptionModelId",
  moderation: "ModerationModelId",
  rerank: "RerankModelId",
};

/**
 * The ID union of each kind, as type aliases. Only the other kinds list their IDs (a few); `ChatModelId` is
 * `ModelId` without them, so each chat model's ID is still written once as a type.
 */
export function kindIdTypes(registry: NormalizedRegistry, union: (ids: readonly string[]) => string): string[] {
  const others = MODEL_KINDS.filter((kind) => kind !== "chat");
  const idsOf = (kind: ModelKind) => registry.models.filter((m) => kindOf(m.entry) === kind).map((m) => m.id);
  const alias = (name: string, type: string, description: string) => `/** ${description} */\nexport type ${name} = ${type};`;
  return [
    ...others.map((kind) => alias(KIND_ID_TYPES[kind], union(idsOf(kind)), `The IDs of ${kind} models.`)),
    alias(OTHER_KIND_IDS, others.map((kind) => KIND_ID_TYPES[kind]).join(" | "), "The IDs of every model that is not a chat model."),
    alias(
      KIND_ID_TYPES.chat,
      `Exclude<ModelId, ${OTHER_KIND_IDS}>`,
      "The IDs of chat models (entries without `kind`, or `kind: chat`): what the chat-only functions take.",
    ),
    `/** Model IDs per kind. */\nexport interface ModelIdByKind {\n${MODEL_KINDS.map((kind) => `readonly ${kind}: ${KIND_ID_TYPES[kind]};`).join("\n")}\n}`,
  ];
}
