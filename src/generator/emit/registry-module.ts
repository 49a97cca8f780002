import { formatTokens, formatUsd } from "../../shared/format-number";
import { jsDocText, tsString, visibleJson } from "../../shared/escape";
import type { NormalizedModel, NormalizedProvider, NormalizedRegistry } from "../model/normalize";
import { generatedBanner } from "./banner";
import type { Declaration, Import, Member, ModuleModel, TypeNode } from "./module-model";
import { REGISTRY_API, REGISTRY_SCOPE, RUNTIME_TYPE_EXPORTS, RUNTIME_VALUE_EXPORTS, type ApiScope } from "./runtime-exports";

/**
 * The fields of an entry that stay in the YAML and the docs: provenance is for the people who keep the registry,
 * and it is most of the text (72 % of the catalogue's data), so an app's bundle does not carry it.
 */
const PROVENANCE_FIELDS = ["notes", "sources"] as const;

/** The names a provider gives to the declarations of its own: `OpenAIModelId` and the rest, from its type name. */
export function providerNames(typeName: string) {
  return {
    modelId: `${typeName}ModelId`,
    activeModelId: `${typeName}ActiveModelId`,
    deprecatedModelId: `${typeName}DeprecatedModelId`,
    models: `${typeName}Models`,
    modelConstants: `${typeName}ModelConstants`,
    modelLines: `__modelLines_${typeName}`,
  };
}

export interface RegistryModuleOptions {
  /** Shown in the banner: how to regenerate. */
  command: string;
  /** Schema path as written in the banner of the typed flavours. */
  schemaPath: string;
  /** The runtime module, as this module imports it. */
  runtimeSpecifier: string;
}

/**
 * The registry's module: literal ID unions, per-key registry types, the data as text (one entry per line, read and
 * deep-frozen at load), the `Models` constants and the runtime API bound to the registry.
 *
 * What a consumer's compiler pays for is the size of the declarations and the types it resolves, so each model ID is
 * written once as a type, in its provider's active or deprecated union, and every other ID type is built from those
 * unions. `ModelRegistry` maps each provider's active union to its record type and lists only the deprecated keys,
 * which need their own member to carry `@deprecated` to use sites; `Models` inherits the per-provider constants,
 * so each constant's name is written once too.
 *
 * Each row below is one export: adding a type or value to the module is adding its row.
 */
export function registryModule(registry: NormalizedRegistry, schemaTypes: readonly Declaration[], options: RegistryModuleOptions): ModuleModel {
  const byId = new Map(registry.models.map((model) => [model.id, model]));
  const providers = registry.providers.map((provider) => ({ provider, names: providerNames(provider.typeName) }));
  const idsOf = (provider: NormalizedProvider, deprecated: boolean) =>
    provider.modelIds.filter((id) => (byId.get(id)!.entry.status === "deprecated") === deprecated);
  const declarations: Declaration[] = [
    ...schemaTypes,
    type("ProviderId", literals(registry.providers.map((p) => p.id)), "Every provider ID in the registry."),
    ...providers.flatMap(({ provider, names }) => {
      const name = jsDocText(provider.config.display_name);
      return [
        type(names.activeModelId, literals(idsOf(provider, false)), `Model IDs served by ${name} that are not deprecated.`),
        type(names.deprecatedModelId, literals(idsOf(provider, true)), `Deprecated model IDs of ${name}.`),
        type(names.modelId, `${names.activeModelId} | ${names.deprecatedModelId}`, `Model IDs served by ${name}.`),
      ];
    }),
    // From the two lifecycle unions, which consumers resolve anyway, rather than the per-provider ones.
    type("ModelId", "ActiveModelId | DeprecatedModelId", "Every model ID in the registry. A misspelt or removed ID is a compile error."),
    iface(
      "ModelIdByProvider",
      providers.map(({ provider, names }) => member(provider.id, names.modelId)),
      "Model IDs per provider.",
    ),
    type("DeprecatedModelId", union(providers.map(({ names }) => names.deprecatedModelId)), "Models that will be removed: never selected automatically."),
    type(
      "ActiveModelId",
      union(providers.map(({ names }) => names.activeModelId)),
      "Every model that is not deprecated. Use it where a deprecated ID must not compile.",
    ),
    type("ModelAlias", "keyof ModelAliases", "Other names (legacy IDs) that resolve to a model."),
    // The record types are interfaces, not intersections: `ModelRecord<"openai">` is then a plain type reference,
    // which a mapped type's template does not instantiate again per key, and property lookups on a union of records
    // (what `MODELS[id]` gives for an `id: ModelId`) need no intersection reduction.
    {
      ...iface(
        "ModelRecord",
        [member("provider", "P")],
        "A model entry as stored in MODELS: every figure; its provenance (notes, sources) stays in the registry file.",
      ),
      params: "<P extends ProviderId = ProviderId>",
      extends: [`DeepReadonly<Omit<ModelEntry, ${PROVENANCE_FIELDS.map(tsString).join(" | ")}>>`],
    },
    {
      ...iface(
        "DeprecatedModelRecord",
        [member("status", '"deprecated"'), member("replaced_by", "string")],
        "A deprecated model entry: its replacement is always present.",
      ),
      params: "<P extends ProviderId = ProviderId>",
      extends: ["ModelRecord<P>"],
    },
    type("ProviderRecord", "DeepReadonly<ProviderConfig>", "A provider's configuration as stored in PROVIDERS."),
    {
      ...type(
        "ListedModel",
        "ModelRecord<P> & { readonly id: ModelIdByProvider[P] }",
        "A model of provider `P` whose `id` is typed as one of that provider's model IDs.",
      ),
      params: "<P extends ProviderId = ProviderId>",
    },
    type("ProviderReadinessMap", "{ readonly [P in ProviderId]: ProviderReadiness }", "Each provider's readiness."),
    {
      ...type(
        "ActiveModelRecords",
        "{ readonly [K in Id]: ModelRecord<P> }",
        "The records of provider `P`'s active models `Id`, keyed by ID: `ModelRegistry` extends one per provider.",
      ),
      params: "<P extends ProviderId, Id extends string>",
    },
    {
      ...iface(
        "ModelRegistry",
        registry.models
          .filter((model) => model.entry.status === "deprecated")
          .map((model) => ({
            ...member(model.id, `DeprecatedModelRecord<${tsString(model.entry.provider)}>`),
            doc: modelDoc(model, registry, tsString(finalTarget(model))),
          })),
        "The registry's type: one property per model. Active models come from their provider's `ActiveModelRecords`;",
        "deprecated keys are members of their own, so their @deprecated reaches every use site.",
      ),
      extends: providers.map(({ provider, names }) => `ActiveModelRecords<${tsString(provider.id)}, ${names.activeModelId}>`),
    },
    iface(
      "ProviderRegistry",
      registry.providers.map((p) => member(p.id, "ProviderRecord")),
      "The providers' type: one property per provider.",
    ),
    iface(
      "ModelAliases",
      registry.aliases.map((a) => ({
        ...member(a.alias, tsString(a.target)),
        ...(a.targetDeprecated ? { doc: [`@deprecated Resolves to the deprecated model ${jsDocText(tsString(a.target))}.`] } : {}),
      })),
      "Each alias and the model ID it resolves to.",
    ),
    // The data: one `[key, value]` JSON array per line (the runtime's `tableFromLines` reads them), one constant per
    // provider's models (each provider's module imports its own), then the providers and the aliases. The same text
    // in a TypeScript and a JavaScript module, so `git diff` and `check` show the entry that changed.
    ...providers.map(({ provider, names }) =>
      text(
        names.modelLines,
        provider.modelIds.map((id) => visibleJson([id, runtimeEntry(byId.get(id)!.entry)])),
      ),
    ),
    text(
      "__providerLines",
      registry.providers.map((p) => visibleJson([p.id, p.config])),
    ),
    text(
      "__aliasLines",
      registry.aliases.map((a) => visibleJson([a.alias, a.target])),
    ),
    // `OpenAIModels`: one provider's constants, a separate export so a bundle of one provider's IDs holds only those.
    // Their types are interfaces that `ModelConstants`, the type of `Models`, extends: each constant is declared once,
    // and an interface's inherited members resolve into one table (an intersection would be reduced over every member).
    ...providers.map(({ provider, names }) =>
      iface(
        names.modelConstants,
        provider.modelIds.map((id) => constantMember(byId.get(id)!, registry, byId)),
        `The type of \`${names.models}\`: a constant for each of ${jsDocText(provider.config.display_name)}'s model IDs.`,
      ),
    ),
    { ...iface("ModelConstants", [], "The type of `Models`: every provider's constants."), extends: providers.map(({ names }) => names.modelConstants) },
    // Every value is pure, so a bundler drops what app code does not use: the whole data when only `Models` is
    // imported, every other provider's models when only one provider's module is.
    value(
      "MODELS",
      "ModelRegistry",
      `runtime.tableFromLines(${providers.map(({ names }) => names.modelLines).join(", ")})`,
      "The registry, deep-frozen, keyed by model ID.",
    ),
    value("MODEL_IDS", "readonly ModelId[]", "runtime.frozenKeys(MODELS)", "Every model ID, sorted."),
    value(
      "PROVIDERS",
      "ProviderRegistry",
      "runtime.tableFromLines(__providerLines)",
      "Provider configuration (environment variable names only, never values).",
    ),
    value("PROVIDER_IDS", "readonly ProviderId[]", "runtime.frozenKeys(PROVIDERS)", "Every provider ID, sorted."),
    value("MODEL_ALIASES", "ModelAliases", "runtime.tableFromLines(__aliasLines)", "Other names (legacy IDs) and the registry model each resolves to."),
    ...providers.map(({ provider, names }) =>
      constants(names.models, names.modelConstants, provider.modelIds, registry, `The constants of ${jsDocText(provider.config.display_name)}'s models.`),
    ),
    constants(
      "Models",
      "ModelConstants",
      registry.models.map((m) => m.id),
      registry,
      'Named constants for every model ID (`Models.GPT_4O === "gpt-4o"`); deprecated ones are struck through in editors.',
    ),
    ...boundApi("MODEL_ALIASES", REGISTRY_SCOPE, REGISTRY_API),
  ];
  return {
    banner: (flavour) => {
      const source = `Source: ${jsDocText(registry.sourcePath)}`;
      const typed = flavour === "declarations" || flavour === "typescript";
      return generatedBanner([typed ? `${source} (validated against ${jsDocText(options.schemaPath)})` : source], options.command, flavour === "typescript");
    },
    imports: runtimeImports(options.runtimeSpecifier, declarations),
    declarations,
  };
}

/** An entry as the generated module holds it: every figure, no provenance. */
function runtimeEntry(entry: NormalizedModel["entry"]): Omit<NormalizedModel["entry"], (typeof PROVENANCE_FIELDS)[number]> {
  const { notes: _notes, sources: _sources, ...figures } = entry;
  return figures;
}

/**
 * The registry handle the bound functions pass to the runtime (local to the module), the type the TypeScript
 * module's implementations call the runtime through, and one function per row of the API.
 */
export function boundApi(aliases: string, scope: ApiScope, api: typeof REGISTRY_API): Declaration[] {
  return [
    {
      kind: "const",
      name: "REGISTRY",
      local: true,
      type: "runtime.Registry",
      value: `/* @__PURE__ */ runtime.defineRegistry({ models: MODELS, providers: PROVIDERS, aliases: ${aliases} })`,
    },
    { kind: "local-type", name: "RegistryFunction", type: "(registry: runtime.Registry, ...args: any[]) => any" },
    ...api.map((fn): Declaration => ({ kind: "function", name: fn.name, doc: fn.doc, signatures: fn.signatures(scope) })),
  ];
}

/** The runtime as a namespace (for the values), the runtime's types the declarations name, and its re-exports. */
function runtimeImports(runtime: string, declarations: readonly Declaration[]): Import[] {
  return [
    { from: runtime, kind: "namespace", names: ["runtime"] },
    { from: runtime, kind: "types", names: referencedNames(declarations, RUNTIME_TYPE_EXPORTS) },
    { from: runtime, kind: "types", names: RUNTIME_TYPE_EXPORTS, reexport: true },
    { from: runtime, kind: "values", names: RUNTIME_VALUE_EXPORTS, reexport: true },
  ];
}

/** Which of `candidates` the declarations' types name (an import of the rest would be unused). */
export function referencedNames(declarations: readonly Declaration[], candidates: readonly string[]): string[] {
  const words = new Set<string>();
  const visit = (type: TypeNode): void => {
    if (typeof type === "string") for (const word of type.match(/[A-Za-z_$][\w$]*/g) ?? []) words.add(word);
    else if ("union" in type) type.union.forEach(visit);
    else if ("array" in type) visit(type.array);
    else for (const m of type.members) visit(m.type);
  };
  for (const declaration of declarations) {
    if (declaration.kind === "type") visit(declaration.type);
    if (declaration.kind === "interface") [...(declaration.extends ?? []), ...declaration.members.map((m) => m.type)].forEach(visit);
    if (declaration.kind === "const" && declaration.local !== true) visit(declaration.type);
    if (declaration.kind === "function") declaration.signatures.forEach(visit);
  }
  return candidates.filter((name) => words.has(name)).sort();
}

function type(name: string, body: TypeNode, ...doc: string[]): Declaration & { kind: "type" } {
  return { kind: "type", name, doc, type: body };
}

function iface(name: string, members: Member[], ...doc: string[]): Declaration & { kind: "interface" } {
  return { kind: "interface", name, doc, members };
}

function member(key: string, body: TypeNode): Member {
  return { key, type: body, readonly: true };
}

function text(name: string, lines: string[]): Declaration {
  return { kind: "text", name, doc: ["@internal One entry per line; `MODELS` and the provider modules read it."], lines };
}

export function value(name: string, valueType: string, call: string, doc: string): Declaration {
  return { kind: "const", name, doc: [doc], type: valueType, value: `/* @__PURE__ */ ${call}` };
}

function constants(name: string, valueType: string, ids: readonly string[], registry: NormalizedRegistry, doc: string): Declaration {
  const byId = new Map(registry.models.map((m) => [m.id, m.constantName]));
  const json = JSON.stringify(Object.fromEntries(ids.map((id) => [byId.get(id)!, id])));
  return value(name, valueType, `runtime.deepFreeze(/* @__PURE__ */ JSON.parse(${tsString(json)}))`, doc);
}

function literals(values: readonly string[]): TypeNode {
  return { union: values.map(tsString) };
}

function union(names: readonly string[]): TypeNode {
  return { union: names };
}

function finalTarget(model: NormalizedModel): string {
  return model.finalReplacement ?? model.entry.replaced_by!;
}

/** "Claude 3.5 Sonnet (Bedrock)": the provider's name, unless the display name already ends with it. */
function nameWithProvider(displayName: string, providerName: string): string {
  return displayName.endsWith(`(${providerName})`) ? displayName : `${displayName} (${providerName})`;
}

/** The one-line summary of a model, and for a deprecated one the `@deprecated` line naming `target` and the dates. */
function modelDoc(model: NormalizedModel, registry: NormalizedRegistry, target: string): string[] {
  const e = model.entry;
  const providerName = registry.providers.find((p) => p.id === e.provider)?.config.display_name ?? e.provider;
  const summary =
    `${jsDocText(nameWithProvider(e.display_name, providerName))}: ${formatTokens(e.context_window)}-token context, ` +
    `${formatUsd(e.pricing.input)} in / ${formatUsd(e.pricing.output)} out per 1M tokens, ${e.status}.`;
  if (e.status !== "deprecated") return [summary];
  const dates = [
    ...(e.deprecation_date === undefined ? [] : [`deprecated ${e.deprecation_date}`]),
    ...(e.shutdown_date === undefined ? [] : [`shuts down ${e.shutdown_date}`]),
  ];
  return [summary, `@deprecated Use ${jsDocText(target)} instead${dates.length === 0 ? "" : ` (${dates.join(", ")})`}.`];
}

/** `GPT_4O: "gpt-4o"`, documented with the model's summary; a deprecated one points at `Models.<replacement>`. */
function constantMember(model: NormalizedModel, registry: NormalizedRegistry, byId: ReadonlyMap<string, NormalizedModel>): Member {
  const replacement = model.entry.status === "deprecated" ? byId.get(finalTarget(model)) : undefined;
  const target = replacement === undefined ? tsString(finalTarget(model) ?? "") : `Models.${replacement.constantName}`;
  const [summary, ...deprecated] = modelDoc(model, registry, target);
  return { ...member(model.constantName, tsString(model.id)), doc: [`\`${jsDocText(model.id)}\`: ${summary}`, ...deprecated] };
}
