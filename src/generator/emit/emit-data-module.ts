import { jsDocText, tsString } from "../../shared/escape";
import type { NormalizedRegistry } from "../model/normalize";
import { generatedBanner } from "./banner";
import { dataConstantNames, dataDeclarations } from "./emit-data-lines";
import { moduleValues, REGISTRY_HANDLE } from "./module-values";
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
 * The JavaScript module of a registry (beside its declaration file): the data as text constants, one entry per
 * line, read and deep-frozen at load; the `Models` constants; each provider's own registry; and the runtime
 * functions bound to the registry. The values are the ones the TypeScript module defines (`moduleValues`).
 */
export function emitDataModule(registry: NormalizedRegistry, options: DataModuleOptions): string {
  const esm = options.format === "esm";
  const runtime = tsString(options.runtimeSpecifier);
  const values = moduleValues(registry);
  const lines: string[] = [
    generatedBanner([`Source: ${jsDocText(registry.sourcePath)}`], options.command, false),
    ...(esm
      ? [`import * as runtime from ${runtime};`, `export { ${RUNTIME_VALUE_EXPORTS.join(", ")} } from ${runtime};`]
      : ['"use strict";', `const runtime = require(${runtime});`]),
    "",
    dataDeclarations(registry, esm ? "export const" : "const"),
    "",
  ];
  for (const { name, initializer } of values) lines.push(`${esm ? "export " : ""}const ${name} = ${initializer};`);
  lines.push("", REGISTRY_HANDLE, "");
  for (const name of BOUND_FUNCTIONS) {
    lines.push(`${esm ? "export " : ""}function ${name}(...args) {`, `  return runtime.${name}(REGISTRY, ...args);`, "}");
  }
  if (!esm) {
    // One `exports.name =` per name: Node's ESM loader finds them statically, so `import { getModel }` works too.
    lines.push("");
    for (const name of RUNTIME_VALUE_EXPORTS) lines.push(`exports.${name} = runtime.${name};`);
    for (const name of [...dataConstantNames(registry), ...values.map((v) => v.name), ...BOUND_FUNCTIONS]) lines.push(`exports.${name} = ${name};`);
  }
  return lines.join("\n") + "\n";
}
