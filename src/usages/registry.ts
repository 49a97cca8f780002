import { readBoundedText } from "../io/read-input";
import { ts } from "ts-morph";
import { compareStrings, hasErrors, type Diagnostic } from "../shared/diagnostics";
import { checkFormatVersion } from "../generator/input/format-version";
import { loadRegistryChain } from "../generator/input/load-chain";
import { constantName } from "../shared/naming";
import { bundledSchemaPath } from "../io/paths";
import type { ModelEntry, ModelRegistryFile } from "../shared/registry-file";
import { chainOf } from "../generator/validate/validate-lifecycle";
import { validateAgainstSchema, type JsonSchema } from "../generator/validate/validate-schema";

/** How a string names a model: its registry ID, a registry alias, or the provider-side API name. */
export type NameKind = "id" | "alias" | "api_name";

export interface NameMatch {
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

/**
 * Reads the registry back out of a generated module: its `MODEL_DATA` and `MODEL_ALIASES` are plain
 * literals, so they are evaluated from the syntax tree without running the module.
 */
/** `models.generated.d.ts` (or `.d.mts`, `.d.cts`): the declarations `model-registry generate` writes. */
export const GENERATED_DECLARATIONS = /^models\.generated\.d\.[mc]?ts$/;

export function loadRegistryFromModule(text: string, shownPath: string): UsageRegistry {
  const file = ts.createSourceFile(shownPath, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const modelData = constInitializer(file, "MODELS");
  const modelsJson = modelData === undefined ? undefined : firstStringLiteral(modelData);
  if (modelsJson === undefined) throw new RegistryInputError(`${shownPath} has no MODELS data; is it a module written by \`model-registry generate\`?`);
  const models = moduleData(modelsJson, shownPath, "MODELS", isModelEntry, "an object of model entries, each with a string id");
  const aliasesNode = constInitializer(file, "MODEL_ALIASES");
  const aliasesJson = aliasesNode === undefined ? undefined : firstStringLiteral(aliasesNode);
  const aliases = aliasesJson === undefined ? {} : moduleData(aliasesJson, shownPath, "MODEL_ALIASES", (value) => typeof value === "string", "an object of alias → model ID strings");
  return buildUsageRegistry(Object.values(models), aliases, shownPath);
}

/** A module edited by hand or truncated is the user's input: a located error naming the file (exit 1), never a crash. */
function moduleData<T>(json: string, shownPath: string, name: string, isValue: (value: unknown) => value is T, expected: string): Record<string, T>;
function moduleData(json: string, shownPath: string, name: string, isValue: (value: unknown) => boolean, expected: string): Record<string, unknown> {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new RegistryInputError(`${shownPath}: its ${name} data is not valid JSON (${(error as Error).message}); regenerate it with \`model-registry generate\``);
  }
  const isRecord = typeof data === "object" && data !== null && !Array.isArray(data);
  if (!isRecord || !Object.values(data as object).every(isValue)) {
    throw new RegistryInputError(`${shownPath}: its ${name} data must be ${expected}, got ${isRecord ? "other values" : data === null ? "null" : Array.isArray(data) ? "an array" : typeof data}; regenerate it with \`model-registry generate\``);
  }
  return data as Record<string, unknown>;
}

function isModelEntry(value: unknown): value is ModelEntry {
  return typeof value === "object" && value !== null && typeof (value as { id?: unknown }).id === "string";
}

function constInitializer(file: ts.SourceFile, name: string): ts.Expression | undefined {
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (ts.isIdentifier(declaration.name) && declaration.name.text === name) return declaration.initializer;
    }
  }
  return undefined;
}

/** `runtime.deepFreeze(JSON.parse("…"))` → the JSON text. */
function firstStringLiteral(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node)) return node.text;
  return ts.forEachChild(node, firstStringLiteral);
}

function literalValue(node: ts.Expression): unknown {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isNumericLiteral(node)) return Number(node.text);
  if (node.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (node.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (node.kind === ts.SyntaxKind.NullKeyword) return null;
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken) return -(literalValue(node.operand) as number);
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) return literalValue(node.expression);
  if (ts.isArrayLiteralExpression(node)) return node.elements.map(literalValue);
  if (ts.isObjectLiteralExpression(node)) {
    const result: Record<string, unknown> = {};
    for (const property of node.properties) {
      if (!ts.isPropertyAssignment(property)) continue;
      const key = ts.isIdentifier(property.name) || ts.isStringLiteral(property.name) || ts.isNumericLiteral(property.name) ? property.name.text : undefined;
      if (key !== undefined) result[key] = literalValue(property.initializer);
    }
    return result;
  }
  return undefined;
}
