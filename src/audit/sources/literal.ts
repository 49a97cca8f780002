import ts from "typescript";
import { SourceError, lineColumn } from "./source-error";

/**
 * Reads data that packages ship as code — an object literal in their built JavaScript, a union of string
 * literals in their type declarations — with the TypeScript parser, never by running the package's code.
 * Objects come back with no prototype, so a key such as `__proto__` or `constructor` is just a key.
 */
export type Literal = string | number | boolean | undefined | null | Literal[] | { [key: string]: Literal };

export function parseScript(text: string, fileName: string): ts.SourceFile {
  return ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, fileName.endsWith(".ts") ? ts.ScriptKind.TS : ts.ScriptKind.JS);
}

/**
 * The object literal a top-level `const NAME = {…}` (or `exports.NAME = {…}`, or `const NAME = Object.entries({…})`)
 * holds, evaluated as data; throws a located SourceError when there is none.
 */
export function objectLiteralNamed(file: ts.SourceFile, name: string, location: string): Record<string, Literal> {
  let found: ts.ObjectLiteralExpression | undefined;
  const visit = (node: ts.Node): void => {
    if (found !== undefined) return;
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === name && node.initializer) found = objectIn(node.initializer);
    else if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isPropertyAccessExpression(node.left) &&
      node.left.name.text === name
    )
      found = objectIn(node.right);
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (found === undefined) throw new SourceError(`${location}`, `no object literal named ${name} (the package changed shape)`);
  return literalValue(found, file, location) as Record<string, Literal>;
}

/** `{…}` itself, or the first argument of `Object.entries({…})` / `Object.freeze({…})`, also with a chained call (`Object.entries({…}).flatMap(…)`). */
function objectIn(node: ts.Expression): ts.ObjectLiteralExpression | undefined {
  if (ts.isObjectLiteralExpression(node)) return node;
  if (ts.isCallExpression(node) && node.arguments[0] !== undefined && ts.isObjectLiteralExpression(node.arguments[0])) return node.arguments[0];
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) return objectIn(node.expression.expression);
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) return objectIn(node.expression);
  return undefined;
}

/** Literal data only; anything computed (a call, an identifier) reads as undefined. */
function literalValue(node: ts.Node, file: ts.SourceFile, location: string): Literal {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isNumericLiteral(node)) return Number(node.text);
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(node.operand)) return -Number(node.operand.text);
  if (node.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (node.kind === ts.SyntaxKind.FalseKeyword) return false;
  if (node.kind === ts.SyntaxKind.NullKeyword) return null;
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) return literalValue(node.expression, file, location);
  if (ts.isArrayLiteralExpression(node)) return node.elements.map((element) => literalValue(element, file, location));
  if (ts.isObjectLiteralExpression(node)) {
    const object = Object.create(null) as Record<string, Literal>;
    for (const property of node.properties) {
      if (!ts.isPropertyAssignment(property)) continue;
      const key = propertyKey(property.name);
      if (key === undefined) continue;
      if (key === "__proto__") throw new SourceError(`${location}:${lineColumn(file.text, property.getStart(file))}`, `the key "__proto__" is not allowed`);
      object[key] = literalValue(property.initializer, file, location);
    }
    return object;
  }
  return undefined;
}

function propertyKey(name: ts.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) return name.text;
  return undefined;
}

/** The string literals of a `type NAME = 'a' | 'b' | (string & {})` declaration (`name` a string or a test on the members). */
export function stringUnionNamed(file: ts.SourceFile, name: string | ((members: string[]) => boolean), location: string): string[] {
  const unions: { name: string; members: string[] }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isTypeAliasDeclaration(node)) unions.push({ name: node.name.text, members: stringMembers(node.type) });
    ts.forEachChild(node, visit);
  };
  visit(file);
  const match =
    typeof name === "string"
      ? unions.find((union) => union.name === name)
      : unions.filter((union) => name(union.members)).sort((a, b) => b.members.length - a.members.length)[0];
  if (match === undefined || match.members.length === 0)
    throw new SourceError(location, `no union of model IDs ${typeof name === "string" ? `named ${name}` : "found"} (the package changed shape)`);
  return match.members;
}

function stringMembers(type: ts.TypeNode): string[] {
  if (ts.isUnionTypeNode(type)) return type.types.flatMap(stringMembers);
  if (ts.isParenthesizedTypeNode(type)) return stringMembers(type.type);
  if (ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal)) return [type.literal.text];
  return [];
}

/** The JSDoc comment text right before a declaration, as the parser sees it. */
export function leadingComment(file: ts.SourceFile, typeName: string): string {
  let comment = "";
  const visit = (node: ts.Node): void => {
    if (comment === "" && ts.isTypeAliasDeclaration(node) && node.name.text === typeName) {
      comment = (ts.getLeadingCommentRanges(file.text, node.getFullStart()) ?? []).map((range) => file.text.slice(range.pos, range.end)).join("\n");
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return comment;
}

/**
 * The `type … = …;` declarations of a large declaration file that mention `needle`, as a smaller text to parse:
 * parsing 800 KB of declarations for one union costs a second, the union alone nothing. A union is one
 * statement without `;` inside string literals of model IDs, so the cut is exact for these files.
 */
export function typeAliasesMentioning(text: string, needle: string): string {
  const statements = text.match(/(?:^|\n)[ \t]*(?:export )?(?:declare )?type [\w$]+ = [^;]*;/g) ?? [];
  return statements.filter((statement) => statement.includes(needle)).join("\n");
}
