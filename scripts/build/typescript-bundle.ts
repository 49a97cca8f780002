// Joins a TypeScript module and the local modules it imports into one TypeScript file, types and doc comments kept.
// The runtime is copied into apps as TypeScript so that their own compiler emits it (tsc copies no .js files); no
// bundler writes TypeScript, and the runtime's modules are few, so they are concatenated under strict rules instead:
// no imports from packages, no renamed or namespace imports, no two top-level declarations of one name. A module
// breaking a rule fails the build with its file and line rather than producing a file that means something else.
import { readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import ts from "typescript";

export interface TypeScriptBundle {
  /** The modules' statements in dependency order, then one `export { … }` of the entry's exports. */
  text: string;
  /** The files joined, in the order their statements appear. */
  files: string[];
}

interface ModuleUnit {
  file: string;
  source: ts.SourceFile;
  /** Local modules this one imports or re-exports from, resolved to files. */
  dependencies: string[];
}

class TypeScriptBundleError extends Error {}

export function bundleTypeScript(entry: string): TypeScriptBundle {
  const units = new Map<string, ModuleUnit>();
  const order: string[] = [];
  // Dependencies first, so a top-level value is declared before a module that uses it at load time. A cycle (the
  // runtime's are type-only) is cut where it closes: declarations of types and functions do not depend on order.
  const visiting = new Set<string>();
  const visit = (file: string) => {
    if (units.has(file) || visiting.has(file)) return;
    visiting.add(file);
    const unit = readUnit(file);
    for (const dependency of unit.dependencies) visit(dependency);
    units.set(file, unit);
    order.push(file);
  };
  visit(resolve(entry));
  const declared = new Map<string, string>();
  const kinds = new Map<string, "type" | "value">();
  const bodies = order.map((file) => moduleBody(units.get(file)!, declared, kinds));
  const exports = exportedNames(units, resolve(entry))
    .map(({ name, local }) => {
      const kind = kinds.get(local);
      if (kind === undefined) throw new TypeScriptBundleError(`${shown(entry)} exports ${local}, which no joined module declares`);
      const clause = local === name ? name : `${local} as ${name}`;
      return kind === "type" ? `type ${clause}` : clause;
    })
    .sort((a, b) => (exportKey(a) < exportKey(b) ? -1 : exportKey(a) > exportKey(b) ? 1 : 0));
  const text = `${bodies.join("\n")}\nexport {\n${exports.map((clause) => `  ${clause},`).join("\n")}\n};\n`;
  return { text, files: order };
}

function exportKey(clause: string): string {
  return clause
    .replace(/^type /, "")
    .split(" as ")
    .pop()!;
}

function shown(file: string): string {
  return relative(process.cwd(), file);
}

function located(unit: ModuleUnit, node: ts.Node, message: string): TypeScriptBundleError {
  const { line, character } = unit.source.getLineAndCharacterOfPosition(node.getStart(unit.source));
  return new TypeScriptBundleError(`${shown(unit.file)}:${line + 1}:${character + 1}: ${message}`);
}

function readUnit(file: string): ModuleUnit {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const unit: ModuleUnit = { file, source, dependencies: [] };
  for (const statement of source.statements) {
    const specifier = moduleSpecifierOf(statement);
    if (specifier === undefined) continue;
    if (!specifier.startsWith(".")) throw located(unit, statement, `imports the package "${specifier}"; the runtime must not depend on packages`);
    unit.dependencies.push(resolveLocal(file, specifier));
    if (ts.isImportDeclaration(statement)) checkImportClause(unit, statement);
  }
  return unit;
}

function moduleSpecifierOf(statement: ts.Statement): string | undefined {
  if ((ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) && statement.moduleSpecifier !== undefined) {
    return (statement.moduleSpecifier as ts.StringLiteral).text;
  }
  return undefined;
}

function resolveLocal(from: string, specifier: string): string {
  return resolve(dirname(from), `${specifier.replace(/\.js$/, "")}.ts`);
}

function checkImportClause(unit: ModuleUnit, statement: ts.ImportDeclaration): void {
  const clause = statement.importClause;
  if (clause === undefined) return;
  if (clause.name !== undefined) throw located(unit, statement, "default imports cannot be joined; export and import the name");
  const bindings = clause.namedBindings;
  if (bindings !== undefined && ts.isNamespaceImport(bindings)) throw located(unit, statement, "namespace imports cannot be joined; import the names");
  for (const element of bindings?.elements ?? []) {
    if (element.propertyName !== undefined) throw located(unit, element, `renamed import of ${element.propertyName.text}; import it under its own name`);
  }
}

/** The module's text without its imports and re-exports, and with `export` taken off its own declarations. */
function moduleBody(unit: ModuleUnit, declared: Map<string, string>, kinds: Map<string, "type" | "value">): string {
  const text = unit.source.getFullText();
  const pieces: string[] = [];
  for (const statement of unit.source.statements) {
    if (moduleSpecifierOf(statement) !== undefined) continue;
    if (ts.isExportDeclaration(statement) || ts.isExportAssignment(statement))
      throw located(unit, statement, "local export lists cannot be joined; export at the declaration");
    for (const [name, kind] of declaredNames(statement)) {
      const earlier = declared.get(name);
      if (earlier !== undefined) throw located(unit, statement, `${name} is declared in ${shown(earlier)} too; rename one`);
      declared.set(name, unit.file);
      kinds.set(name, kind);
    }
    pieces.push(withoutExportModifier(statement, text, unit));
  }
  return `// ---- ${relative(resolve(__dirname, "..", ".."), unit.file)
    .split("\\")
    .join("/")} ----\n${pieces.join("").replace(/^\n+/, "")}\n`;
}

function withoutExportModifier(statement: ts.Statement, text: string, unit: ModuleUnit): string {
  const full = text.slice(statement.getFullStart(), statement.getEnd());
  const modifiers = ts.canHaveModifiers(statement) ? (ts.getModifiers(statement) ?? []) : [];
  const exported = modifiers.find((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
  if (exported === undefined) return full;
  if (modifiers.some((modifier) => modifier.kind === ts.SyntaxKind.DefaultKeyword)) throw located(unit, statement, "default exports cannot be joined");
  const start = exported.getStart(unit.source) - statement.getFullStart();
  const end = exported.getEnd() - statement.getFullStart();
  return full.slice(0, start) + full.slice(end).replace(/^\s+/, "");
}

function declaredNames(statement: ts.Statement): Array<[string, "type" | "value"]> {
  if (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) return [[statement.name.text, "type"]];
  if (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isEnumDeclaration(statement)) {
    return statement.name === undefined ? [] : [[statement.name.text, "value"]];
  }
  if (ts.isVariableStatement(statement)) {
    return statement.declarationList.declarations.flatMap(
      (declaration): Array<[string, "value"]> => (ts.isIdentifier(declaration.name) ? [[declaration.name.text, "value"]] : []),
    );
  }
  return [];
}

/** What a module exports: its exported declarations and its re-exports, followed through `export *`. */
function exportedNames(units: ReadonlyMap<string, ModuleUnit>, file: string): Array<{ name: string; local: string }> {
  const unit = units.get(file)!;
  const names: Array<{ name: string; local: string }> = [];
  for (const statement of unit.source.statements) {
    if (ts.isExportDeclaration(statement) && statement.moduleSpecifier !== undefined) {
      const target = resolveLocal(file, (statement.moduleSpecifier as ts.StringLiteral).text);
      const clause = statement.exportClause;
      if (clause === undefined) names.push(...exportedNames(units, target));
      else if (ts.isNamedExports(clause)) {
        for (const element of clause.elements) names.push({ name: element.name.text, local: (element.propertyName ?? element.name).text });
      } else throw located(unit, statement, "`export * as` cannot be joined");
      continue;
    }
    const modifiers = ts.canHaveModifiers(statement) ? (ts.getModifiers(statement) ?? []) : [];
    if (!modifiers.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)) continue;
    for (const [name] of declaredNames(statement)) names.push({ name, local: name });
  }
  return names;
}
