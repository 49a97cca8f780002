import {
  printStructure,
  StructureKind,
  VariableDeclarationKind,
  type CodeBlockWriter,
  type InterfaceDeclarationStructure,
  type OptionalKind,
  type PropertySignatureStructure,
  type StatementStructures,
  type TypeAliasDeclarationStructure,
  type VariableStatementStructure,
} from "ts-morph";
import { formatTokens, formatUsd } from "../../shared/format-number";
import { jsDocText, tsPropertyKey, tsString } from "../../shared/escape";
import { placeholder, type FastBlock, type ModuleParts } from "./format";
import type { NormalizedModel, NormalizedRegistry } from "../model/normalize";

export interface ModuleEmitOptions {
  /** Shown in the banner: how to regenerate. */
  command: string;
  /** Schema path as written in the banner. */
  schemaPath: string;
}

/**
 * The generated module: literal ID unions, per-key registry types, frozen data and named constants,
 * as a skeleton plus its O(N) blocks (ID unions, per-model members, data), so that `formatModule`
 * can print the blocks itself instead of running prettier over megabytes.
 *
 * Shape rules that keep tsc linear at tens of thousands of models: IDs appear only in explicit literal
 * unions (never derived with conditional types), entries' own fields are plain `string`, and the data
 * literal is cast through `unknown` so the checker never compares it with the per-key interface.
 */
export function emitModuleParts(registry: NormalizedRegistry, schemaTypes: string, options: ModuleEmitOptions): ModuleParts {
  const blocks = new Blocks();
  const statements: (string | StatementStructures)[] = [
    banner(registry, options),
    "// ---- Entry types, generated from the JSON Schema by json-schema-to-typescript ----",
    schemaTypes,
    "// ---- Identifiers ----",
    ...idTypes(registry, blocks),
    "// ---- Registry types ----",
    ...recordTypes(),
    registryInterface(registry, blocks),
    providerRegistryInterface(registry),
    aliasInterface(registry),
    "// ---- Data ----",
    DEEP_FREEZE,
    dataStatement("MODEL_DATA", (writer) => writeModelData(writer, registry.models)),
    exported("MODELS", "deepFreeze(MODEL_DATA) as unknown as ModelRegistry", "The registry, deep-frozen, keyed by model ID."),
    // The literal is in code-unit order, and the schema rejects all-digit IDs, which Object.keys would list first.
    exported("MODEL_IDS", "Object.freeze(Object.keys(MODEL_DATA)) as readonly ModelId[]", "Every model ID, sorted."),
    dataStatement("PROVIDER_DATA", (writer) => writeObject(writer, Object.fromEntries(registry.providers.map((p) => [p.id, p.config])))),
    exported("PROVIDERS", "deepFreeze(PROVIDER_DATA) as unknown as ProviderRegistry", "Provider configuration (environment variable names only, never values)."),
    exported("PROVIDER_IDS", "Object.freeze(Object.keys(PROVIDER_DATA)) as readonly ProviderId[]", "Every provider ID, sorted."),
    exported(
      "MODEL_ALIASES",
      (writer) => {
        writer.write("deepFreeze(");
        writeObject(writer, Object.fromEntries(registry.aliases.map((a) => [a.alias, a.target])));
        writer.write(") as unknown as ModelAliases");
      },
      "Other names (legacy IDs) and the registry model each resolves to.",
    ),
    modelConstants(registry, blocks),
  ];
  const skeleton = printStructure(
    { kind: StructureKind.SourceFile, statements },
    { indentNumberOfSpaces: 2, newLineKind: "\n" } as never,
  );
  return { skeleton, blocks: blocks.list };
}

/** Collects the fast-printed blocks; each `add` returns the placeholder that stands for the block. */
class Blocks {
  readonly list: FastBlock[] = [];

  add(block: FastBlock): string {
    this.list.push(block);
    return placeholder(this.list.length - 1);
  }

  /** An object or interface body holding only the placeholder member. */
  writeBody(writer: CodeBlockWriter, block: FastBlock): void {
    writer.write("{").newLine().write(`${this.add(block)}: 0,`).newLine().write("}");
  }
}

function banner(registry: NormalizedRegistry, options: ModuleEmitOptions): string {
  return [
    "/**",
    " * GENERATED FILE - DO NOT EDIT.",
    ` * Source: ${jsDocText(registry.sourcePath)} (validated against ${jsDocText(options.schemaPath)})`,
    ` * Regenerate: ${jsDocText(options.command)}`,
    " */",
    "/* eslint-disable */",
  ].join("\n");
}

function literalUnion(values: readonly string[]): string {
  return values.length === 0 ? "never" : values.map(tsString).join(" | ");
}

/** A literal union printed by the fast path (large: one member per model). */
function fastUnion(values: readonly string[], blocks: Blocks): string {
  return values.length === 0 ? "never" : blocks.add({ kind: "union", values });
}

function typeAlias(name: string, type: string, description: string): TypeAliasDeclarationStructure {
  return { kind: StructureKind.TypeAlias, name, type, isExported: true, docs: [description] };
}

function idTypes(registry: NormalizedRegistry, blocks: Blocks): StatementStructures[] {
  const deprecated = registry.models.filter((m) => m.entry.status === "deprecated").map((m) => m.id);
  const active = registry.models.filter((m) => m.entry.status !== "deprecated").map((m) => m.id);
  return [
    typeAlias("ProviderId", literalUnion(registry.providers.map((p) => p.id)), "Every provider ID in the registry."),
    ...registry.providers.map((p) =>
      typeAlias(`${p.typeName}ModelId`, fastUnion(p.modelIds, blocks), `Model IDs served by ${jsDocText(p.config.display_name)}.`),
    ),
    typeAlias(
      "ModelId",
      registry.providers.length === 0 ? "never" : registry.providers.map((p) => `${p.typeName}ModelId`).join(" | "),
      "Every model ID in the registry. A misspelt or removed ID is a compile error.",
    ),
    {
      kind: StructureKind.Interface,
      name: "ModelIdByProvider",
      isExported: true,
      docs: ["Model IDs per provider."],
      properties: registry.providers.map((p) => ({ name: tsPropertyKey(p.id), type: `${p.typeName}ModelId`, isReadonly: true })),
    },
    typeAlias("DeprecatedModelId", fastUnion(deprecated, blocks), "Models that will be removed: never selected automatically."),
    typeAlias(
      "ActiveModelId",
      fastUnion(active, blocks),
      "Every model that is not deprecated. Use it where a deprecated ID must not compile.",
    ),
    typeAlias("ModelAlias", literalUnion(registry.aliases.map((a) => a.alias)), "Other names (legacy IDs) that resolve to a model."),
  ];
}

function recordTypes(): TypeAliasDeclarationStructure[] {
  return [
    typeAlias(
      "DeepReadonly<T>",
      "T extends readonly (infer U)[] ? readonly DeepReadonly<U>[] : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T",
      "Read-only at every depth, as the frozen data is.",
    ),
    typeAlias(
      "ModelRecord<P extends ProviderId = ProviderId>",
      "DeepReadonly<ModelEntry> & { readonly provider: P }",
      "A model entry as stored in MODELS.",
    ),
    typeAlias(
      "DeprecatedModelRecord<P extends ProviderId = ProviderId>",
      'ModelRecord<P> & { readonly status: "deprecated"; readonly replaced_by: string }',
      "A deprecated model entry: its replacement is always present.",
    ),
    typeAlias("ProviderRecord", "DeepReadonly<ProviderConfig>", "A provider's configuration as stored in PROVIDERS."),
  ];
}

function registryInterface(registry: NormalizedRegistry, blocks: Blocks): InterfaceDeclarationStructure {
  const names = providerNames(registry);
  const members = registry.models.map((model) => ({
    doc: modelDoc(model, names.get(model.entry.provider) ?? model.entry.provider),
    key: model.id,
    generic: model.entry.status === "deprecated" ? "DeprecatedModelRecord" : "ModelRecord",
    arg: model.entry.provider,
  }));
  const properties: OptionalKind<PropertySignatureStructure>[] =
    members.length === 0 ? [] : [{ name: blocks.add({ kind: "interface", members }), type: "0" }];
  return {
    kind: StructureKind.Interface,
    name: "ModelRegistry",
    isExported: true,
    docs: ["The registry's type: one property per model, so deprecated keys carry @deprecated to every use site."],
    properties,
  };
}

function providerNames(registry: NormalizedRegistry): Map<string, string> {
  return new Map(registry.providers.map((p) => [p.id, p.config.display_name]));
}

function providerRegistryInterface(registry: NormalizedRegistry): InterfaceDeclarationStructure {
  return {
    kind: StructureKind.Interface,
    name: "ProviderRegistry",
    isExported: true,
    docs: ["The providers' type: one property per provider."],
    properties: registry.providers.map((p) => ({ name: tsPropertyKey(p.id), isReadonly: true, type: "ProviderRecord" })),
  };
}

function aliasInterface(registry: NormalizedRegistry): InterfaceDeclarationStructure {
  return {
    kind: StructureKind.Interface,
    name: "ModelAliases",
    isExported: true,
    docs: ["Each alias and the model ID it resolves to."],
    properties: registry.aliases.map((a) => ({
      name: tsString(a.alias),
      isReadonly: true,
      type: tsString(a.target),
      docs: a.targetDeprecated ? [`@deprecated Resolves to the deprecated model ${jsDocText(tsString(a.target))}.`] : [],
    })),
  };
}

function modelSummary(model: NormalizedModel, providerName: string): string {
  const e = model.entry;
  return (
    `${jsDocText(e.display_name)} (${jsDocText(providerName)}): ${formatTokens(e.context_window)}-token context, ` +
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

function modelConstants(registry: NormalizedRegistry, blocks: Blocks): VariableStatementStructure {
  const models = registry.models;
  const byId = new Map(models.map((m) => [m.id, m]));
  const names = providerNames(registry);
  const members = models.map((model) => {
    const doc = [`\`${jsDocText(model.id)}\`: ${modelSummary(model, names.get(model.entry.provider) ?? model.entry.provider)}`];
    if (model.entry.status === "deprecated") {
      const targetId = model.finalReplacement ?? model.entry.replaced_by!;
      const replacement = byId.get(targetId);
      doc.push(deprecationTag(model, replacement ? `Models.${replacement.constantName}` : jsDocText(tsString(targetId))));
    }
    return { doc, key: model.constantName, value: model.id };
  });
  return {
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: ["Named constants for every model ID (`Models.GPT_4O === \"gpt-4o\"`); deprecated ones are struck through in editors."],
    declarations: [
      {
        name: "Models",
        initializer: (writer) => {
          writer.write("Object.freeze(");
          if (members.length === 0) writer.write("{}");
          else blocks.writeBody(writer, { kind: "object", members, blockDocs: true });
          writer.write(" as const)");
        },
      },
    ],
  };
}

function dataStatement(name: string, write: (writer: CodeBlockWriter) => void): VariableStatementStructure {
  return {
    kind: StructureKind.VariableStatement,
    declarationKind: VariableDeclarationKind.Const,
    declarations: [{ name, initializer: write }],
  };
}

function exported(
  name: string,
  initializer: string | ((writer: CodeBlockWriter) => void),
  description: string,
): VariableStatementStructure {
  return {
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [description],
    declarations: [{ name, initializer }],
  };
}

const DEEP_FREEZE = `function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}`;

/**
 * The data as one JSON text parsed at load time: the checker sees a string, not a megabyte object literal it would
 * have to type (the per-key `ModelRegistry` interface gives the types), and nothing in it needs formatting.
 */
function writeModelData(writer: CodeBlockWriter, models: readonly NormalizedModel[]): void {
  const data = Object.fromEntries(models.map((m) => [m.id, m.entry]));
  writer.write(`JSON.parse(${tsString(JSON.stringify(data))}) as Record<string, unknown>`);
}

/** Writes plain data as a TypeScript literal: objects expanded one key per line, as prettier keeps them. */
function writeObject(writer: CodeBlockWriter, value: Record<string, unknown>): void {
  const entries = Object.entries(value);
  if (entries.length === 0) {
    writer.write("{}");
    return;
  }
  writer.write("{").newLine();
  writer.indent(() => {
    for (const [key, child] of entries) {
      writer.write(`${tsPropertyKey(key)}: `);
      writeValue(writer, child);
      writer.write(",").newLine();
    }
  });
  writer.write("}");
}

function writeValue(writer: CodeBlockWriter, value: unknown): void {
  if (typeof value === "string") writer.write(tsString(value));
  else if (typeof value === "number" || typeof value === "boolean") writer.write(String(value));
  else if (Array.isArray(value)) {
    writer.write("[");
    value.forEach((item, index) => {
      if (index > 0) writer.write(", ");
      writeValue(writer, item);
    });
    writer.write("]");
  } else if (value !== null && typeof value === "object") writeObject(writer, value as Record<string, unknown>);
  else writer.write("null");
}
