import { readBoundedText } from "../io/read-input";
import { dirname, resolve } from "node:path";
import { hasErrors, type Diagnostic } from "../shared/diagnostics";
import { compareStrings } from "../shared/string-order";
import { checkFormatVersion } from "../generator/input/format-version";
import { loadRegistryChain } from "../generator/input/load-chain";
import { constantName } from "../shared/naming";
import { bundledSchemaPath } from "../io/paths";
import { derivedCacheFor } from "../io/derived-cache";
import type { ModelEntry, ModelRegistryFile } from "../shared/registry-file";
import { chainOf } from "../generator/validate/validate-lifecycle";
import { validateAgainstSchema, type JsonSchema } from "../generator/validate/validate-schema";

/** How a string names a model: its registry ID, a registry alias, or the provider-side API name. */
export type NameKind = "id" | "alias" | "api_name";

interface NameMatch {
  modelId: string;
  via: NameKind;
}

/** The registry as `usages` needs it: every model, and every name that points at one. */
export interface UsageRegistry {
  /** Where it came from, for the report. */
  source: string;
  models: ReadonlyMap<string, ModelEntry>;
  names: ReadonlyMap<string, NameMatch>;
  /** `GPT_4O` → `gpt-4o`: the generated `Models.X` constants. */
  constants: ReadonlyMap<string, string>;
  /** The end of each deprecated model's `replaced_by` chain (cycles and dangling links: absent). */
  finalReplacement(modelId: string): ModelEntry | undefined;
}

/** The registry file could not be used; the message says why (a usage error, not a bug). */
export class RegistryInputError extends Error {}

export function buildUsageRegistry(models: readonly ModelEntry[], aliases: Record<string, string>, source: string): UsageRegistry {
  const byId = new Map([...models].sort((a, b) => compareStrings(a.id, b.id)).map((model) => [model.id, model]));
  const names = new Map<string, NameMatch>();
  // Precedence when names collide: IDs, then aliases, then API names (first model ID wins).
  for (const id of byId.keys()) names.set(id, { modelId: id, via: "id" });
  for (const [alias, target] of Object.entries(aliases).sort(([a], [b]) => compareStrings(a, b))) {
    if (!names.has(alias) && byId.has(target)) names.set(alias, { modelId: target, via: "alias" });
  }
  for (const model of byId.values()) {
    if (model.api_name !== undefined && !names.has(model.api_name)) names.set(model.api_name, { modelId: model.id, via: "api_name" });
  }
  const constants = new Map([...byId.keys()].map((id) => [constantName(id), id]));
  return {
    source,
    models: byId,
    names,
    constants,
    finalReplacement(modelId) {
      const model = byId.get(modelId);
      if (model?.replaced_by === undefined) return undefined;
      const chain = chainOf(model, byId);
      return chain.cycle ? undefined : chain.end;
    },
  };
}

/** Reads a registry YAML (with the bases it extends) with the generator's own loader and schema, so it is judged as `generate` would. */
export function loadRegistryYaml(path: string, shownPath: string): UsageRegistry {
  const chain = loadRegistryChain(path);
  const diagnostics: Diagnostic[] = [...chain.diagnostics];
  if (!hasErrors(diagnostics)) diagnostics.push(...chain.files.flatMap((file) => checkFormatVersion(file, file.file === path ? shownPath : file.file)));
  if (!hasErrors(diagnostics) && chain.source !== undefined) {
    const schema = JSON.parse(readBoundedText(bundledSchemaPath())) as JsonSchema;
    // The validator the installed package shipped for its bundled schema, when there is one: ajv's compiler costs
    // about 0.3 s of each run otherwise.
    diagnostics.push(...validateAgainstSchema(chain.source, schema, derivedCacheFor(undefined, dirname(path))));
  }
  const firstError = diagnostics.find((d) => d.severity === "error");
  if (firstError !== undefined || chain.source === undefined) {
    const where = firstError === undefined ? shownPath : `${firstError.file === path ? shownPath : firstError.file}:${firstError.line}:${firstError.column}`;
    throw new RegistryInputError(`${where}: ${firstError?.message ?? "cannot be read"} (run \`model-registry validate\`)`);
  }
  const data = chain.source.data as ModelRegistryFile;
  return buildUsageRegistry(data.models, (data.aliases ?? {}) as Record<string, string>, shownPath);
}

/** The generated module: `models.generated.ts`, or the declarations `models.generated.d.ts` (`.d.mts`, `.d.cts`) of a JavaScript one. */
export const GENERATED_DECLARATIONS = /^models\.generated\.(?:d\.[mc]?)?ts$/;

/** The banner line naming the registry a module was generated from, relative to the module's directory. */
const SOURCE_LINE = /^ \* Source: (.+?)(?: \(validated against .*\))?$/m;

/**
 * The registry YAML a generated module was written from, as its banner names it (undoing the banner's JSDoc
 * escapes), resolved against the module's directory; undefined when the banner names none.
 */
export function registrySourceOfModule(moduleText: string, modulePath: string): string | undefined {
  const banner = moduleText.slice(0, moduleText.indexOf("*/") + 2);
  const source = SOURCE_LINE.exec(banner)?.[1];
  if (source === undefined) return undefined;
  const unescaped = source
    .replace(/&#64;/g, "@")
    .replace(/\*\\\//g, "*/")
    .replace(/\/\\\*/g, "/*");
  return resolve(dirname(modulePath), unescaped);
}
