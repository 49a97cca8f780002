import { formatTokens, formatUsd } from "../../shared/format-number";
import { jsDocText, tsPropertyKey, tsString } from "../../shared/escape";
import type { NormalizedModel, NormalizedRegistry } from "../model/normalize";
import { placeholder, type FastBlock, type ModuleParts } from "./format";
import { generatedBanner } from "./banner";
import { kindOf, unitPriceSummary } from "../../shared/model-kind";
import { dataConstantNames, dataDeclarations, PROVENANCE_FIELDS } from "./emit-data-lines";
import { CHAT_RECORD_TYPES, kindIdTypes, moduleValues, OTHER_KIND_IDS, REGISTRY_HANDLE } from "./module-values";
import { REGISTRY_API, RUNTIME_TYPE_EXPORTS, RUNTIME_TYPES_USED, RUNTIME_VALUE_EXPORTS } from "./runtime-exports";

/**
 * `declarations`: a `.d.ts` file describing the JavaScript module beside it. `typescript`: one `.ts` module holding
 * the same declarations and the data, which the app's own compiler or bundler emits with the rest of its code.
 */
export type ModuleFlavour = "declarations" | "typescript";

export interface DeclarationEmitOptions {
  flavour: ModuleFlavour;
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
  const values = new ValueStatements(options.flavour);
  const typescript = options.flavour === "typescript";
  const statements = [
    banner(registry, options),
    ...(typescript ? [`import * as runtime from ${runtime};`] : []),
    `import type { ${RUNTIME_TYPES_USED.join(", ")} } from ${runtime};`,
    `export type { ${RUNTIME_TYPE_EXPORTS.join(", ")} } from ${runtime};`,
    `export { ${RUNTIME_VALUE_EXPORTS.join(", ")} } from ${runtime};`,
    "// ---- Entry types, generated from the JSON Schema by json-schema-to-typescript ----",
    schemaTypes.trim(),
    "// ---- Identifiers ----",
    ...idTypes(registry, blocks),
    ...kindIdTypes(registry, (ids) => (ids.length === 0 ? "never" : blocks.add({ kind: "union", values: ids }))),
    "// ---- Registry types ----",
    ...RECORD_TYPES,
    ...CHAT_RECORD_TYPES,
    registryInterface(registry, blocks),
    providerRegistryInterface(registry),
    aliasInterface(registry),
    "// ---- Data: one entry per line, read by `MODELS` and the provider modules ----",
    typescript
      ? blocks.text(dataDeclarations(registry, "export const"))
      : dataConstantNames(registry)
          .map((name) => `${doc("@internal One entry per line; `MODELS` and the provider modules read it.")}export declare const ${name}: string;`)
          .join("\n"),
    ...constantTypes(registry, blocks),
    "// ---- Data (frozen at load) ----",
    ...moduleValues(registry).map((v) => values.constant(v.name, v.type, v.initializer, doc(...v.doc))),
    ...(typescript ? [REGISTRY_HANDLE, "type RegistryFunction = (registry: runtime.Registry, ...args: any[]) => any;"] : []),
    "// ---- Runtime API over this registry ----",
    ...REGISTRY_API.map((fn) => values.registryFunction(fn.name, fn.signatures, doc(...fn.doc))),
  ];
  return { skeleton: statements.join("\n\n") + "\n", blocks: blocks.list };
}

/**
 * The exported values, as a declaration file states them (`export declare const`) or as a TypeScript module defines
 * them. A TypeScript module's functions keep their typed overloads; the implementation passes its arguments on to
 * the runtime function with the registry first.
 */
export class ValueStatements {
  constructor(readonly flavour: ModuleFlavour) {}

  constant(name: string, type: string, initializer: string, comment: string): string {
    if (this.flavour === "declarations") return `${comment}export declare const ${name}: ${type};`;
    return `${comment}export const ${name}: ${type} = ${initializer};`;
  }

  registryFunction(name: string, signatures: readonly string[], comment: string): string {
    const keyword = this.flavour === "declarations" ? "export declare function" : "export function";
    const overloads = signatures.map((signature) => `${keyword} ${name}${signature};`).join("\n");
    if (this.flavour === "declarations") return comment + overloads;
    return `${comment}${overloads}\nexport function ${name}(...args: any[]): any {\n  return (runtime.${name} as RegistryFunction)(REGISTRY, ...args);\n}`;
  }
}

/** Collects the fast-printed blocks; each `add` returns the placeholder that stands for the block. */
class Blocks {
  readonly list: FastBlock[] = [];

  add(block: FastBlock): string {
    this.list.push(block);
    return placeholder(this.list.length - 1);
  }

  /** Text printed as it is, in place of a line of its own. */
  text(text: string): string {
    return `// ${this.add({ kind: "text", text })}`;
  }

  /** A type literal or interface body holding the block's members. */
  body(block: FastBlock): string {
    return `{\n${this.add(block)}: 0;\n}`;
  }
}

export function doc(...lines: string[]): string {
  return lines.length === 1 ? `/** ${lines[0]} */\n` : `/**\n${lines.map((line) => ` * ${line}`).join("\n")}\n */\n`;
}

function banner(registry: NormalizedRegistry, options: DeclarationEmitOptions): string {
  const source = `Source: ${jsDocText(registry.sourcePath)} (validated against ${jsDocText(options.schemaPath)})`;
  return generatedBanner([source], options.command, options.flavour === "typescript");
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
  const split = (ids: readonly string[], deprecated: boolean) => ids.filter((id) => (byId.get(id)!.entry.status === "deprecated") === deprecated);
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
    `ModelRecord<P extends ProviderId = ProviderId> extends DeepReadonly<Omit<ModelEntry, ${PROVENANCE_FIELDS.map((f) => tsString(f)).join(" | ")}>>`,
    ["readonly provider: P;"],
    "A model entry as stored in MODELS: every figure; its provenance (notes, sources) stays in the registry file.",
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
      generic: kindOf(model.entry) === "chat" ? "DeprecatedChatModelRecord" : "DeprecatedModelRecord",
      arg: model.entry.provider,
    }));
  const otherKinds = new Set(registry.models.filter((m) => kindOf(m.entry) !== "chat").map((m) => m.entry.provider));
  const bases = registry.providers.flatMap((p) => {
    const active = `${p.typeName}ActiveModelId`;
    if (!otherKinds.has(p.id)) return [`ActiveChatModelRecords<${tsString(p.id)}, ${active}>`];
    return [
      `ActiveChatModelRecords<${tsString(p.id)}, Exclude<${active}, ${OTHER_KIND_IDS}>>`,
      `ActiveModelRecords<${tsString(p.id)}, Extract<${active}, ${OTHER_KIND_IDS}>>`,
    ];
  });
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
  const name = jsDocText(nameWithProvider(e.display_name, providerName));
  if (e.context_window === undefined || e.pricing.input === undefined || e.pricing.output === undefined) {
    return `${name}: ${kindOf(e)} model, ${jsDocText(unitPriceSummary(e.pricing).join(", "))}, ${e.status}.`;
  }
  return (
    `${name}: ${formatTokens(e.context_window)}-token context, ` +
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
function constantTypes(registry: NormalizedRegistry, blocks: Blocks): string[] {
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
    return [`${doc(`The type of \`${p.typeName}Models\`: a constant for each of ${name}'s model IDs.`)}export interface ${p.typeName}ModelConstants ${body}`];
  });
  const bases = registry.providers.map((p) => `${p.typeName}ModelConstants`);
  return [
    ...perProvider,
    `${doc("The type of `Models`: every provider's constants.")}export interface ModelConstants${bases.length === 0 ? "" : ` extends ${bases.join(", ")}`} {}`,
  ];
}
