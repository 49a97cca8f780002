import { readBoundedText } from "../io/read-input";
import ts from "typescript";
import { hasErrors, type Diagnostic } from "../shared/diagnostics";
import { compareStrings } from "../shared/string-order";
import { checkFormatVersion } from "../generator/input/format-version";
import { loadRegistryChain } from "../generator/input/load-chain";
import { constantName } from "../shared/naming";
import { bundledSchemaPath } from "../io/paths";
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
    diagnostics.push(...validateAgainstSchema(chain.source, schema));
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

/**
 * Reads the registry back out of a generated module without running it: its data constants are text, one
 * `[key, value]` JSON array per line (`__modelLines_<Provider>` per provider, `__aliasLines`).
 */
export function loadRegistryFromModule(text: string, shownPath: string): UsageRegistry {
  const file = ts.createSourceFile(shownPath, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const texts = templateConstants(file);
  const modelTexts = [...texts].filter(([name]) => name.startsWith("__modelLines_")).map(([, value]) => value);
  if (modelTexts.length === 0) throw new RegistryInputError(`${shownPath} has no model data; is it a module written by \`model-registry generate\`?`);
  const models = modelTexts.flatMap((value) => jsonLines(value, shownPath, isModelEntry, "a model entry with a string id")).map(([, entry]) => entry);
  const aliases = Object.fromEntries(
    jsonLines(texts.get("__aliasLines") ?? "", shownPath, (value): value is string => typeof value === "string", "a model ID"),
  );
  return buildUsageRegistry(models, aliases, shownPath);
}

function isModelEntry(value: unknown): value is ModelEntry {
  return typeof value === "object" && value !== null && typeof (value as { id?: unknown }).id === "string";
}

function templateConstants(file: ts.SourceFile): Map<string, string> {
  const constants = new Map<string, string>();
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      const init = declaration.initializer;
      if (ts.isIdentifier(declaration.name) && init !== undefined && ts.isNoSubstitutionTemplateLiteral(init)) constants.set(declaration.name.text, init.text);
    }
  }
  return constants;
}

/**
 * One data constant's `[key, value]` lines. A module edited by hand or truncated is the user's input: a located
 * error naming the file (exit 1), never a crash.
 */
function jsonLines<T>(text: string, shownPath: string, isValue: (value: unknown) => value is T, expected: string): Array<[string, T]> {
  return text
    .split("\n")
    .filter((line) => line !== "")
    .map((line, index) => {
      let entry: unknown;
      try {
        entry = JSON.parse(line);
      } catch (error) {
        throw new RegistryInputError(`${shownPath}: its data is not valid JSON (${(error as Error).message}); regenerate it with \`model-registry generate\``);
      }
      if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[0] !== "string" || !isValue(entry[1])) {
        throw new RegistryInputError(`${shownPath}: data line ${index + 1} must be [key, ${expected}]; regenerate it with \`model-registry generate\``);
      }
      return [entry[0], entry[1]];
    });
}
