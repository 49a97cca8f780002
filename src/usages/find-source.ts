import ts from "typescript";
import type { ScanProgram } from "./program";
import { GENERATED_DECLARATIONS, type UsageRegistry } from "./registry";
import { looksLikeModelId } from "./lookalike";
import { unknownAt, type ModelUse, type UnknownName, type UseKind } from "./use";

/** Generated type names whose members are registry model names: `ModelId`, `ActiveModelId`, `OpenAIModelId`, `ModelAlias`… */
const REGISTRY_TYPE_NAME = /ModelId$|^ModelAlias$/;

export interface SourceFindings {
  uses: ModelUse[];
  /** Strings that look like model IDs the registry does not have. */
  unknown: UnknownName[];
}

/** Every use of a registry model in the program's own source files (declarations, node_modules and the generated module skipped). */
export function findSourceUses(project: ScanProgram, registry: UsageRegistry, generatedModule: string | undefined): SourceFindings {
  const findings: SourceFindings = { uses: [], unknown: [] };
  if (project.rootCount === 0) return findings;
  const checker = project.program().getTypeChecker();
  for (const sourceFile of project.ownSourceFiles()) {
    if (sourceFile.fileName === generatedModule || isGeneratedFile(sourceFile.fileName)) continue;
    findInFile(sourceFile, checker, registry, generatedModule, findings);
  }
  return findings;
}

/** The generated data module and the runtime copied beside it: written by the generator, holding no uses. */
const GENERATED_FILE = /^(models\.generated|model-registry-runtime)\./;

export function isGeneratedFile(path: string): boolean {
  return GENERATED_FILE.test(path.slice(path.lastIndexOf("/") + 1));
}

function findInFile(
  file: ts.SourceFile,
  checker: ts.TypeChecker,
  registry: UsageRegistry,
  generatedModule: string | undefined,
  findings: SourceFindings,
): void {
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      const use = stringUse(node, file, checker, registry);
      if (use !== undefined) findings.uses.push(use);
      else if (isUnknownModelId(node, registry)) findings.unknown.push(unknownName(node.text, file, node.getStart(file), registry));
    } else if (ts.isPropertyAccessExpression(node)) {
      const use = constantUse(node, file, checker, registry, generatedModule);
      if (use !== undefined) findings.uses.push(use);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
}

/** A value (not a property name or module specifier) that looks like a model ID and names no registry model. */
function isUnknownModelId(node: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral, registry: UsageRegistry): boolean {
  if (!looksLikeModelId(node.text) || registry.names.has(node.text) || isModuleSpecifier(node)) return false;
  const parent = node.parent;
  return !((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isEnumMember(parent)) && parent.name === node);
}

function unknownName(name: string, file: ts.SourceFile, start: number, registry: UsageRegistry): UnknownName {
  const position = file.getLineAndCharacterOfPosition(start);
  return unknownAt(file.fileName, { line: position.line + 1, column: position.character + 1 }, name, registry);
}

function stringUse(
  node: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral,
  file: ts.SourceFile,
  checker: ts.TypeChecker,
  registry: UsageRegistry,
): ModelUse | undefined {
  const match = registry.names.get(node.text);
  if (match === undefined || isModuleSpecifier(node)) return undefined;
  const start = node.getStart(file);
  const position = file.getLineAndCharacterOfPosition(start);
  return {
    file: file.fileName,
    line: position.line + 1,
    column: position.character + 1,
    start: start + 1,
    end: node.getEnd() - 1,
    name: node.text,
    via: match.via,
    kind: stringKind(node, checker),
    modelId: match.modelId,
    quote: file.text[start],
  };
}

function stringKind(node: ts.Expression, checker: ts.TypeChecker): UseKind {
  if (isPartOfComputedString(node)) return "computed";
  return isRegistryTyped(checker.getContextualType(node), checker) ? "typed" : "literal";
}

function isPartOfComputedString(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isTemplateSpan(parent)) return true;
  return ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.PlusToken;
}

function isModuleSpecifier(node: ts.Node): boolean {
  const parent = node.parent;
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isExternalModuleReference(parent)) return true;
  if (ts.isLiteralTypeNode(parent) && ts.isImportTypeNode(parent.parent)) return true;
  return (
    ts.isCallExpression(parent) &&
    (parent.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(parent.expression) && parent.expression.text === "require"))
  );
}

/** `keyof ModelAliases`: how the declarations spell `ModelAlias`; the union it resolves to keeps only this origin. */
function isAliasKeys(type: ts.Type): boolean {
  return (type.flags & ts.TypeFlags.Index) !== 0 && (type as ts.IndexType).type.getSymbol()?.getName() === "ModelAliases";
}

/** Named by a generated alias, or (aliases are lost in `ModelId | undefined`) a union that contains one. */
function isRegistryTyped(type: ts.Type | undefined, checker: ts.TypeChecker): boolean {
  if (type === undefined) return false;
  if (isAliasKeys(type)) return true;
  const alias = type.aliasSymbol?.getName();
  if (alias !== undefined && REGISTRY_TYPE_NAME.test(alias)) return true;
  const origin = (type as { origin?: ts.Type }).origin;
  if (origin !== undefined && origin !== type && isRegistryTyped(origin, checker)) return true;
  if (type.isUnion()) {
    return type.types.some((member) => isAliasKeys(member) || (member.aliasSymbol !== undefined && REGISTRY_TYPE_NAME.test(member.aliasSymbol.getName())));
  }
  return false;
}

function constantUse(
  node: ts.PropertyAccessExpression,
  file: ts.SourceFile,
  checker: ts.TypeChecker,
  registry: UsageRegistry,
  generatedModule: string | undefined,
): ModelUse | undefined {
  const modelId = registry.constants.get(node.name.text);
  if (modelId === undefined || !isGeneratedModels(node.expression, checker, generatedModule)) return undefined;
  const start = node.name.getStart(file);
  const position = file.getLineAndCharacterOfPosition(start);
  return {
    file: file.fileName,
    line: position.line + 1,
    column: position.character + 1,
    start,
    end: node.name.getEnd(),
    name: node.name.text,
    via: "constant",
    kind: "constant",
    modelId,
  };
}

/** `Models` (or an import renaming it) declared by the generated module. */
function isGeneratedModels(expression: ts.Expression, checker: ts.TypeChecker, generatedModule: string | undefined): boolean {
  let symbol = checker.getSymbolAtLocation(expression);
  if (symbol === undefined) return false;
  if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  if (symbol.getName() !== "Models") return false;
  const declaration = symbol.declarations?.[0];
  if (declaration === undefined) return false;
  const declaredIn = declaration.getSourceFile().fileName;
  return generatedModule === undefined ? GENERATED_DECLARATIONS.test(declaredIn.split("/").pop() ?? "") : declaredIn === generatedModule;
}
