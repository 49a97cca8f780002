import { jsDocText, tsString } from "../../shared/escape";
import type { NormalizedProvider, NormalizedRegistry } from "../model/normalize";
import { generatedBanner } from "./banner";
import { modelLinesName } from "./emit-data-lines";
import { doc, ValueStatements, type ModuleFlavour } from "./emit-declarations";
import { REGISTRY_API, RUNTIME_TYPE_EXPORTS, type RegistryFunction } from "./runtime-exports";

export type ProviderModuleFlavour = ModuleFlavour | "javascript";

export interface ProviderModuleOptions {
  flavour: ProviderModuleFlavour;
  /** `esm` or `cjs`, for the JavaScript flavour. */
  format: "esm" | "cjs";
  /** The registry's module, as this one imports it (its data and types). */
  mainSpecifier: string;
  runtimeSpecifier: string;
  command: string;
}

/**
 * Functions that answer for one provider: the alias functions (aliases cross providers) and the readiness map over
 * every provider stay in the registry's module.
 */
const PROVIDER_API: readonly RegistryFunction[] = REGISTRY_API.filter(
  (fn) => !fn.signatures.some((s) => /\b(ModelAlias|ModelAliases|ProviderReadinessMap)\b/.test(s)),
);

/** The registry's types a provider module's signatures may name, besides its own ID unions and the runtime's types. */
const REGISTRY_TYPES = ["ModelRegistry", "ModelRecord", "ListedModel", "ModelIdByProvider", "ProviderRegistry", "ChatModelId", "ChatModelRecord"];

/**
 * One provider's module (`models.generated.openai`): its models and the registry API over them alone, typed by that
 * provider's unions. It reads its data from the registry's module, whose other values a bundler then drops, so an
 * app that imports only this module bundles one provider's data.
 */
export function emitProviderModule(registry: NormalizedRegistry, provider: NormalizedProvider, options: ProviderModuleOptions): string {
  const signaturesFor = (fn: RegistryFunction) => fn.signatures.map((signature) => narrowed(signature, provider));
  const values = [
    {
      name: "MODELS",
      type: `{ readonly [K in ${provider.typeName}ModelId]: ModelRegistry[K] }`,
      initializer: `/* @__PURE__ */ runtime.tableFromLines(${modelLinesName(provider)})`,
      doc: doc(`${jsDocText(provider.config.display_name)}'s models, deep-frozen, keyed by model ID.`),
    },
    {
      name: "MODEL_IDS",
      type: `readonly ${provider.typeName}ModelId[]`,
      initializer: "/* @__PURE__ */ runtime.frozenKeys(MODELS)",
      doc: doc(`${jsDocText(provider.config.display_name)}'s model IDs, sorted.`),
    },
  ];
  const handle = "const REGISTRY = /* @__PURE__ */ runtime.defineRegistry({ models: MODELS, providers: PROVIDERS, aliases: {} });";
  const header = banner(registry, provider, options);
  if (options.flavour === "javascript") return javascriptModule(header, provider, values, handle, options);
  const statements = new ValueStatements(options.flavour);
  const typescript = options.flavour === "typescript";
  const typed = [...values.map((v) => v.type), ...PROVIDER_API.flatMap(signaturesFor)].join("\n");
  const typeNames = [
    ...REGISTRY_TYPES,
    ...["ModelId", "ActiveModelId", "DeprecatedModelId"].map((name) => provider.typeName + name),
    ...RUNTIME_TYPE_EXPORTS,
  ].filter((name) => new RegExp(`\\b${name}\\b`).test(typed));
  const main = tsString(options.mainSpecifier);
  return (
    [
      header,
      ...(typescript
        ? [`import * as runtime from ${tsString(options.runtimeSpecifier)};`, `import { ${modelLinesName(provider)}, PROVIDERS } from ${main};`]
        : []),
      `import type { ${typeNames.sort().join(", ")} } from ${main};`,
      "",
      ...values.map((v) => statements.constant(v.name, v.type, v.initializer, v.doc)),
      ...(typescript ? [handle, "type RegistryFunction = (registry: runtime.Registry, ...args: any[]) => any;"] : []),
      ...PROVIDER_API.map((fn) => statements.registryFunction(fn.name, signaturesFor(fn), doc(...fn.doc))),
    ].join("\n\n") + "\n"
  );
}

/** A registry-wide signature narrowed to one provider: its ID unions, its ID as the provider, its record type. */
function narrowed(signature: string, provider: NormalizedProvider): string {
  return signature
    .replace(/\b(Active|Deprecated)?ModelId\b/g, (_match, lifecycle: string | undefined) => `${provider.typeName}${lifecycle ?? ""}ModelId`)
    .replace(/\bProviderId\b/g, tsString(provider.id))
    .replace(/\bModelRecord\b(?!<)/g, `ModelRecord<${tsString(provider.id)}>`);
}

function banner(registry: NormalizedRegistry, provider: NormalizedProvider, options: ProviderModuleOptions): string {
  const description = [
    `${jsDocText(provider.config.display_name)}'s models from ${jsDocText(registry.sourcePath)}, and the registry API over them alone: a bundle`,
    "that imports only this module holds no other provider's data.",
  ];
  return generatedBanner(description, options.command, options.flavour === "typescript");
}

function javascriptModule(
  header: string,
  provider: NormalizedProvider,
  values: ReadonlyArray<{ name: string; initializer: string }>,
  handle: string,
  options: ProviderModuleOptions,
): string {
  const esm = options.format === "esm";
  const main = tsString(options.mainSpecifier);
  const runtime = tsString(options.runtimeSpecifier);
  const data = [modelLinesName(provider), "PROVIDERS"];
  const lines = [
    header,
    ...(esm
      ? [`import * as runtime from ${runtime};`, `import { ${data.join(", ")} } from ${main};`]
      : ['"use strict";', `const runtime = require(${runtime});`, `const { ${data.join(", ")} } = require(${main});`]),
    "",
    ...values.map(({ name, initializer }) => `${esm ? "export " : ""}const ${name} = ${initializer};`),
    "",
    handle,
    "",
  ];
  for (const { name } of PROVIDER_API) lines.push(`${esm ? "export " : ""}function ${name}(...args) {`, `  return runtime.${name}(REGISTRY, ...args);`, "}");
  if (!esm) {
    lines.push("");
    for (const name of [...values.map((v) => v.name), ...PROVIDER_API.map((fn) => fn.name)]) lines.push(`exports.${name} = ${name};`);
  }
  return lines.join("\n") + "\n";
}
