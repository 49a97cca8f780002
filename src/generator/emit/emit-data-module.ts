import { jsDocText, tsString } from "../../shared/escape";
import type { NormalizedRegistry } from "../model/normalize";
import { BOUND_FUNCTIONS, RUNTIME_VALUE_EXPORTS } from "./runtime-exports";

export type ModuleFormat = "esm" | "cjs";

export interface DataModuleOptions {
  format: ModuleFormat;
  /** The runtime module, as this module imports it. */
  runtimeSpecifier: string;
  /** Shown in the banner: how to regenerate. */
  command: string;
}

/**
 * The JavaScript module of a registry: its data as JSON texts parsed and deep-frozen at load, the `Models`
 * constants, and the runtime functions bound to the registry. Every top-level value is a pure expression, so a
 * bundler drops what app code does not use (the data, when only `Models` is imported; one provider's constants
 * without the others').
 */
export function emitDataModule(registry: NormalizedRegistry, options: DataModuleOptions): string {
  const esm = options.format === "esm";
  const runtime = tsString(options.runtimeSpecifier);
  const constantsOf = (models: NormalizedRegistry["models"]) => Object.fromEntries(models.map((m) => [m.constantName, m.id]));
  const values: Array<[name: string, expression: string]> = [
    ["MODELS", frozenJson(Object.fromEntries(registry.models.map((m) => [m.id, m.entry])))],
    ["MODEL_IDS", "/* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.keys(MODELS))"],
    ["PROVIDERS", frozenJson(Object.fromEntries(registry.providers.map((p) => [p.id, p.config])))],
    ["PROVIDER_IDS", "/* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.keys(PROVIDERS))"],
    ["MODEL_ALIASES", frozenJson(Object.fromEntries(registry.aliases.map((a) => [a.alias, a.target])))],
    ["Models", frozenJson(constantsOf(registry.models))],
    ...registry.providers.map((p): [string, string] => [
      `${p.typeName}Models`,
      frozenJson(constantsOf(registry.models.filter((m) => m.entry.provider === p.id))),
    ]),
  ];
  const lines: string[] = [
    "/**",
    " * GENERATED FILE - DO NOT EDIT.",
    ` * Source: ${jsDocText(registry.sourcePath)}`,
    ` * Regenerate: ${jsDocText(options.command)}`,
    " */",
    "/* eslint-disable */",
    ...(esm
      ? [`import * as runtime from ${runtime};`, `export { ${RUNTIME_VALUE_EXPORTS.join(", ")} } from ${runtime};`]
      : ['"use strict";', `const runtime = require(${runtime});`]),
    "",
  ];
  for (const [name, expression] of values) {
    lines.push(esm ? `export const ${name} = ${expression};` : `const ${name} = ${expression};`);
  }
  lines.push("", "const REGISTRY = /* @__PURE__ */ runtime.defineRegistry({ models: MODELS, providers: PROVIDERS, aliases: MODEL_ALIASES });", "");
  for (const name of BOUND_FUNCTIONS) {
    lines.push(`${esm ? "export " : ""}function ${name}(...args) {`, `  return runtime.${name}(REGISTRY, ...args);`, "}");
  }
  if (!esm) {
    // One `exports.name =` per name: Node's ESM loader finds them statically, so `import { getModel }` works too.
    lines.push("");
    for (const name of RUNTIME_VALUE_EXPORTS) lines.push(`exports.${name} = runtime.${name};`);
    for (const name of [...values.map(([n]) => n), ...BOUND_FUNCTIONS]) lines.push(`exports.${name} = ${name};`);
  }
  return lines.join("\n") + "\n";
}

function frozenJson(value: unknown): string {
  return `/* @__PURE__ */ runtime.deepFreeze(/* @__PURE__ */ JSON.parse(${tsString(JSON.stringify(value))}))`;
}
