import { formatTokens, formatUsd } from "../../shared/format-number";
import { jsDocText, tsPropertyKey, tsString } from "../../shared/escape";
import type { NormalizedModel, NormalizedRegistry } from "../model/normalize";
import { placeholder, type FastBlock, type ModuleParts } from "./format";
import { RUNTIME_TYPE_EXPORTS, RUNTIME_VALUE_EXPORTS } from "./runtime-exports";

export interface DeclarationEmitOptions {
  /** Shown in the banner: how to regenerate. */
  command: string;
  /** Schema path as written in the banner. */
  schemaPath: string;
  /** The runtime module, as the generated files import it. */
  runtimeSpecifier: string;
}

/**
 * The declaration file of a registry: literal ID unions, per-key registry types, the `Models` constants and the
 * typed runtime API, with no data. The data lives in the module beside it, which these declarations describe.
 *
 * What a consumer's compiler pays for is the size of this file and the types it resolves, so each model ID is
 * written once as a type, in its provider's active or deprecated union, and every other ID type is built from those
 * unions. `ModelRegistry` maps each provider's active union to its record type and lists only the deprecated keys,
 * which need their own member to carry `@deprecated` to use sites; `Models` inherits the per-provider constants,
 * so each constant's name is written once too. The O(N) parts are blocks printed by `formatModule`, so
 * prettier only formats the small skeleton.
 */
export function emitDeclarationParts(registry: NormalizedRegistry, schemaTypes: string, options: DeclarationEmitOptions): ModuleParts {
  const blocks = new Blocks();
  const runtime = tsString(options.runtimeSpecifier);
  const statements = [
    banner(registry, options),
    `import type { ${RUNTIME_TYPE_EXPORTS.join(", ")} } from ${runtime};`,
    `export type { ${RUNTIME_TYPE_EXPORTS.join(", ")} } from ${runtime};`,
    `export { ${RUNTIME_VALUE_EXPORTS.join(", ")} } from ${runtime};`,
    "// ---- Entry types, generated from the JSON Schema by json-schema-to-typescript ----",
    schemaTypes.trim(),
    "// ---- Identifiers ----",
    ...idTypes(registry, blocks),
    "// ---- Registry types ----",
    ...RECORD_TYPES,
    registryInterface(registry, blocks),
    providerRegistryInterface(registry),
    aliasInterface(registry),
    "// ---- Data (frozen at load) ----",
    doc("The registry, deep-frozen, keyed by model ID.") + "export declare const MODELS: ModelRegistry;",
    doc("Every model ID, sorted.") + "export declare const MODEL_IDS: readonly ModelId[];",
    doc("Provider configuration (environment variable names only, never values).") + "export declare const PROVIDERS: ProviderRegistry;",
    doc("Every provider ID, sorted.") + "export declare const PROVIDER_IDS: readonly ProviderId[];",
    doc("Other names (legacy IDs) and the registry model each resolves to.") + "export declare const MODEL_ALIASES: ModelAliases;",
    ...modelConstants(registry, blocks),
    "// ---- Runtime API over this registry ----",
    ...API_DECLARATIONS,
  ];
  return { skeleton: statements.join("\n\n") + "\n", blocks: blocks.list };
}

/** Collects the fast-printed blocks; each `add` returns the placeholder that stands for the block. */
class Blocks {
  readonly list: FastBlock[] = [];

  add(block: FastBlock): string {
    this.list.push(block);
    return placeholder(this.list.length - 1);
  }

  /** A type literal or interface body holding the block's members. */
  body(block: FastBlock): string {
    return `{\n${this.add(block)}: 0;\n}`;
  }
}

function doc(...lines: string[]): string {
  return lines.length === 1 ? `/** ${lines[0]} */\n` : `/**\n${lines.map((line) => ` * ${line}`).join("\n")}\n */\n`;
}

function banner(registry: NormalizedRegistry, options: DeclarationEmitOptions): string {
  return [
    "/**",
    " * GENERATED FILE - DO NOT EDIT.",
    ` * Source: ${jsDocText(registry.sourcePath)} (validated against ${jsDocText(options.schemaPath)})`,
    ` * Regenerate: ${jsDocText(options.command)}`,
    " */",
    "/* eslint-disable */",
  ].join("\n");
}

function typeAlias(name: string, type: string, description: string): string {
  return `${doc(description)}export type ${name} = ${type};`;
}

function interfaceDeclaration(header: string, members: readonly string[], description: string): string {
  return `${doc(description)}export interface ${header} {\n${members.join("\n")}\n}`;
}

function literalUnion(values: readonly string[]): string {
  return values.length === 0 ? "never" : values.map(tsString).join(" | ");
}

function unionOf(names: readonly string[]): string {
  return names.length === 0 ? "never" : names.join(" | ");
}

/** The provider's active and deprecated IDs as two unions (the only place IDs are listed as types). */
function idTypes(registry: NormalizedRegistry, blocks: Blocks): string[] {
  const byId = new Map(registry.models.map((m) => [m.id, m]));
  const split = (ids: readonly string[], deprecated: boolean) =>
    ids.filter((id) => (byId.get(id)!.entry.status === "deprecated") === deprecated);
  const union = (ids: readonly string[]) => (ids.length === 0 ? "never" : blocks.add({ kind: "union", values: ids }));
  return [
    typeAlias("ProviderId", literalUnion(registry.providers.map((p) => p.id)), "Every provider ID in the registry."),
    ...registry.providers.flatMap((p) => {
      const name = jsDocText(p.config.display_name);
      return [
        typeAlias(`${p.typeName}ActiveModelId`, union(split(p.modelIds, false)), `Model IDs served by ${name} that are not deprecated.`),
        typeAlias(`${p.typeName}DeprecatedModelId`, union(split(p.modelIds, true)), `Deprecated model IDs of ${name}.`),
        typeAlias(`${p.typeName}ModelId`, `${p.typeName}ActiveModelId | ${p.typeName}DeprecatedModelId`, `Model IDs served by ${name}.`),
      ];
    }),
    // From the two lifecycle unions, which consumers resolve anyway, rather than the per-provider ones.
    typeAlias("ModelId", "ActiveModelId | DeprecatedModelId", "Every model ID in the registry. A misspelt or removed ID is a compile error."),
    interfaceDeclaration(
      "ModelIdByProvider",
      registry.providers.map((p) => `readonly ${tsPropertyKey(p.id)}: ${p.typeName}ModelId;`),
      "Model IDs per provider.",
    ),
    typeAlias(
      "DeprecatedModelId",
      unionOf(registry.providers.map((p) => `${p.typeName}DeprecatedModelId`)),
      "Models that will be removed: never selected automatically.",
    ),
    typeAlias(
      "ActiveModelId",
      unionOf(registry.providers.map((p) => `${p.typeName}ActiveModelId`)),
      "Every model that is not deprecated. Use it where a deprecated ID must not compile.",
    ),
    typeAlias("ModelAlias", "keyof ModelAliases", "Other names (legacy IDs) that resolve to a model."),
  ];
}

/**
 * The record types are interfaces, not intersections: `ModelRecord<"openai">` is then a plain type reference, which
 * a mapped type's template does not instantiate again per key, and property lookups on a union of records (what
 * `MODELS[id]` gives for an `id: ModelId`) need no intersection reduction.
 */
const RECORD_TYPES: readonly string[] = [
  interfaceDeclaration(
    "ModelRecord<P extends ProviderId = ProviderId> extends DeepReadonly<ModelEntry>",
    ["readonly provider: P;"],
    "A model entry as stored in MODELS.",
  ),
  interfaceDeclaration(
    "DeprecatedModelRecord<P extends ProviderId = ProviderId> extends ModelRecord<P>",
    ['readonly status: "deprecated";', "readonly replaced_by: string;"],
    "A deprecated model entry: its replacement is always present.",
  ),
  typeAlias("ProviderRecord", "DeepReadonly<ProviderConfig>", "A provider's configuration as stored in PROVIDERS."),
  typeAlias(
    "ListedModel<P extends ProviderId = ProviderId>",
    "ModelRecord<P> & { readonly id: ModelIdByProvider[P] }",
    "A model of provider `P` whose `id` is typed as one of that provider's model IDs.",
  ),
  typeAlias("ProviderReadinessMap", "{ readonly [P in ProviderId]: ProviderReadiness }", "Each provider's readiness."),
  typeAlias(
    "ActiveModelRecords<P extends ProviderId, Id extends string>",
    "{ readonly [K in Id]: ModelRecord<P> }",
    "The records of provider `P`'s active models `Id`, keyed by ID: `ModelRegistry` extends one per provider.",
  ),
];

function providerNames(registry: NormalizedRegistry): Map<string, string> {
  return new Map(registry.providers.map((p) => [p.id, p.config.display_name]));
}

function registryInterface(registry: NormalizedRegistry, blocks: Blocks): string {
  const names = providerNames(registry);
  const members = registry.models
    .filter((model) => model.entry.status === "deprecated")
    .map((model) => ({
      doc: modelDoc(model, names.get(model.entry.provider) ?? model.entry.provider),
      key: model.id,
      generic: "DeprecatedModelRecord",
      arg: model.entry.provider,
    }));
  const bases = registry.providers.map((p) => `ActiveModelRecords<${tsString(p.id)}, ${p.typeName}ActiveModelId>`);
  const heritage = bases.length === 0 ? "" : ` extends ${bases.join(", ")}`;
  const body = members.length === 0 ? "{}" : blocks.body({ kind: "interface", members });
  return `${doc(
    "The registry's type: one property per model. Active models come from their provider's `ActiveModelRecords`;",
    "deprecated keys are members of their own, so their @deprecated reaches every use site.",
  )}export interface ModelRegistry${heritage} ${body}`;
}

function providerRegistryInterface(registry: NormalizedRegistry): string {
  const members = registry.providers.map((p) => `readonly ${tsPropertyKey(p.id)}: ProviderRecord;`);
  return interfaceDeclaration("ProviderRegistry", members, "The providers' type: one property per provider.");
}

function aliasInterface(registry: NormalizedRegistry): string {
  const members = registry.aliases.map((a) => {
    const deprecated = a.targetDeprecated ? doc(`@deprecated Resolves to the deprecated model ${jsDocText(tsString(a.target))}.`) : "";
    return `${deprecated}readonly ${tsString(a.alias)}: ${tsString(a.target)};`;
  });
  return interfaceDeclaration("ModelAliases", members, "Each alias and the model ID it resolves to.");
}

/** "Claude 3.5 Sonnet (Bedrock)": the provider's name, unless the display name already ends with it. */
function nameWithProvider(displayName: string, providerName: string): string {
  return displayName.endsWith(`(${providerName})`) ? displayName : `${displayName} (${providerName})`;
}

function modelSummary(model: NormalizedModel, providerName: string): string {
  const e = model.entry;
  return (
    `${jsDocText(nameWithProvider(e.display_name, providerName))}: ${formatTokens(e.context_window)}-token context, ` +
    `${formatUsd(e.pricing.input)} in / ${formatUsd(e.pricing.output)} out per 1M tokens, ${e.status}.`
  );
}

/** The `@deprecated` line: the model to move to (the end of the replacement chain) and the dates. */
function deprecationTag(model: NormalizedModel, target: string): string {
  const e = model.entry;
  const dates = [
    ...(e.deprecation_date === undefined ? [] : [`deprecated ${e.deprecation_date}`]),
    ...(e.shutdown_date === undefined ? [] : [`shuts down ${e.shutdown_date}`]),
  ];
  return `@deprecated Use ${target} instead${dates.length === 0 ? "" : ` (${dates.join(", ")})`}.`;
}

/** JSDoc lines for a model's `ModelRegistry` member. */
function modelDoc(model: NormalizedModel, providerName: string): string[] {
  const summary = modelSummary(model, providerName);
  if (model.entry.status !== "deprecated") return [summary];
  return [summary, deprecationTag(model, jsDocText(tsString(model.finalReplacement ?? model.entry.replaced_by!)))];
}

/**
 * `OpenAIModels`: one provider's constants, a separate export so a bundle of one provider's IDs holds only those.
 * Their types are interfaces that `ModelConstants`, the type of `Models`, extends: each constant is declared once,
 * and an interface's inherited members resolve into one table (an intersection would be reduced over every member).
 */
function modelConstants(registry: NormalizedRegistry, blocks: Blocks): string[] {
  const byId = new Map(registry.models.map((m) => [m.id, m]));
  const names = providerNames(registry);
  const constant = (model: NormalizedModel) => {
    const lines = [`\`${jsDocText(model.id)}\`: ${modelSummary(model, names.get(model.entry.provider) ?? model.entry.provider)}`];
    if (model.entry.status === "deprecated") {
      const targetId = model.finalReplacement ?? model.entry.replaced_by!;
      const replacement = byId.get(targetId);
      lines.push(deprecationTag(model, replacement ? `Models.${replacement.constantName}` : jsDocText(tsString(targetId))));
    }
    return { doc: lines, key: model.constantName, value: model.id };
  };
  const perProvider = registry.providers.flatMap((p) => {
    const members = p.modelIds.map((id) => constant(byId.get(id)!));
    const body = members.length === 0 ? "{}" : blocks.body({ kind: "constants", members });
    const name = jsDocText(p.config.display_name);
    return [
      `${doc(`The type of \`${p.typeName}Models\`: a constant for each of ${name}'s model IDs.`)}export interface ${p.typeName}ModelConstants ${body}`,
      `${doc(`The constants of ${name}'s models.`)}export declare const ${p.typeName}Models: ${p.typeName}ModelConstants;`,
    ];
  });
  const bases = registry.providers.map((p) => `${p.typeName}ModelConstants`);
  return [
    ...perProvider,
    `${doc("The type of `Models`: every provider's constants.")}export interface ModelConstants${bases.length === 0 ? "" : ` extends ${bases.join(", ")}`} {}`,
    `${doc('Named constants for every model ID (`Models.GPT_4O === "gpt-4o"`); deprecated ones are struck through in editors.')}export declare const Models: ModelConstants;`,
  ];
}

const API_DECLARATIONS: readonly string[] = [
  `${doc(
    "The record of a registered model, typed precisely for the key. Total: a misspelt ID does not compile, and nothing is",
    "`undefined`. Does not warn for deprecated models; use `resolveModel` where the lifecycle policy should apply. Throws",
    "`UnknownModelError` if called with an unregistered string by a caller that bypassed the types.",
  )}export declare function getModel<K extends ModelId>(id: K): ModelRegistry[K];`,
  `${doc("The record for an untrusted string, or `undefined`. Only registered IDs count (`\"toString\"` finds nothing); aliases do not.")}export declare function findModel(id: string): ModelRecord | undefined;`,
  `${doc("Whether `value` is a registered model ID (own keys only).")}export declare function isModelId(value: unknown): value is ModelId;`,
  `${doc("Whether `value` is a registered model ID whose status is not `deprecated`.")}export declare function isActiveModelId(value: unknown): value is ActiveModelId;`,
  `${doc("Whether `value` is the ID of a deprecated model.")}export declare function isDeprecatedModelId(value: unknown): value is DeprecatedModelId;`,
  `${doc("Whether `value` is an alias (a legacy name) of the registry.")}export declare function isModelAlias(value: unknown): value is ModelAlias;`,
  `${doc("The model ID an alias (legacy name) stands for; typed per alias for literals, `undefined` for unknown strings.")}export declare function resolveAlias<A extends ModelAlias>(alias: A): ModelAliases[A];
export declare function resolveAlias(alias: string): ModelId | undefined;`,
  `${doc("A registered ID as is, an alias as its target, anything else `undefined`.")}export declare function resolveModelId<K extends ModelId>(id: K): K;
export declare function resolveModelId<A extends ModelAlias>(alias: A): ModelAliases[A];
export declare function resolveModelId(name: string): ModelId | undefined;`,
  `${doc(
    "A model by ID or alias, with the lifecycle policy applied: a deprecated model resolves but warns once per ID per",
    "process (`options.warn` redirects it), throws `DeprecatedModelError` under `{ strict: true }`, and from its shutdown",
    "date on always throws `ModelRemovedError` naming the replacement. Unknown names throw `UnknownModelError`.",
  )}export declare function resolveModel<K extends ModelId>(id: K, options?: ResolveModelOptions): ModelRegistry[K];
export declare function resolveModel<A extends ModelAlias>(alias: A, options?: ResolveModelOptions): ModelRegistry[ModelAliases[A]];
export declare function resolveModel(name: string, options?: ResolveModelOptions): ModelRecord;`,
  `${doc("The models matching `filter` (all of them without one), in ID order; provider literals narrow `id` and `provider`.")}export declare function listModels<P extends ProviderId = ProviderId>(filter?: ModelFilter<P>): ListedModel<P>[];`,
  `${doc("The IDs of `listModels(filter)`, narrowed to the filtered providers' ID unions.")}export declare function listModelIds<P extends ProviderId = ProviderId>(filter?: ModelFilter<P>): ModelIdByProvider[P][];`,
  `${doc("Ranks the models that meet `requirements` and explains every model left out (score = Wq·quality + Wc·cost + Ws·speed).")}export declare function selectModels(requirements?: TaskRequirements): SelectionResult<ActiveModelId, ModelId, ModelRecord>;`,
  `${doc(
    "What `usage` costs on model `id`: the total in USD (exact decimals), line by line, and which prices were in force.",
    "`usage` is the registry's `TokenUsage` or the `usage` of an OpenAI, Anthropic or Vercel AI SDK call.",
  )}export declare function estimateCost(id: ModelId, usage: AnyUsage, options?: CostOptions): CostEstimate;`,
  `${doc("Blended list price, USD per 1M tokens: (3 × input + output) / 4.")}export declare function blendedCostPer1M(id: ModelId): number;`,
  `${doc("Input and output list prices, USD per 1M tokens.")}export declare function pricePer1M(id: ModelId): { input: number; output: number };`,
  `${doc("A provider's configuration.")}export declare function getProviderConfig<P extends ProviderId>(provider: P): ProviderRegistry[P];`,
  `${doc("Which providers have their required environment variables set (names only; values are never read beyond set or not).")}export declare function checkProviderEnv(env?: EnvLike): ProviderReadinessMap;`,
  `${doc("The ID to send to the provider: the `api_name`, or the inference profile ID where the model needs one.")}export declare function invocationId(id: ModelId, profile?: string): string;`,
  `${doc("The provider's base URL with `{ENV_VAR}` and `{api_name}` placeholders filled, or what is missing.")}export declare function resolveBaseUrl<P extends ProviderId>(provider: P, env?: EnvLike, modelId?: ModelIdByProvider[P]): BaseUrlResolution;`,
  `${doc("The models whose provider is ready in `env`, matching `filter`.")}export declare function availableModels<P extends ProviderId = ProviderId>(env?: EnvLike, filter?: ModelFilter<P>): ListedModel<P>[];`,
];
