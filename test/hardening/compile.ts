import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import ts from "typescript";

const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.CommonJS,
  lib: ["lib.es2022.d.ts"],
  types: [],
  strict: true,
  noUncheckedIndexedAccess: true,
  noEmit: true,
  skipLibCheck: false,
  // The compiler's own lib.*.d.ts are not under test (checking them was most of each check); the generated
  // declarations and the runtime's beside them still are.
  skipDefaultLibCheck: true,
};

// Reusing the previous program lets the compiler keep the parsed lib files: many compiles stay fast.
let previousProgram: ts.Program | undefined;

// Each check has a new consumer as root, so the old program's structure is not reused and every file is read
// again through the host: the lib files are parsed once here and shared, as an editor shares them.
const libFiles = new Map<string, ts.SourceFile>();
const host = ts.createCompilerHost(OPTIONS, true);
const readSourceFile = host.getSourceFile.bind(host);
host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
  if (!fileName.startsWith(dirname(ts.getDefaultLibFilePath(OPTIONS)))) return readSourceFile(fileName, languageVersion, onError, shouldCreate);
  const key = `${fileName}\0${JSON.stringify(languageVersion)}`;
  let file = libFiles.get(key);
  if (file === undefined) {
    file = readSourceFile(fileName, languageVersion, onError, shouldCreate);
    if (file !== undefined) libFiles.set(key, file);
  }
  return file;
};
let loadCount = 0;

/** Loads a CommonJS module in this process. */
function loadModule(jsPath: string): Record<string, unknown> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(jsPath) as Record<string, unknown>;
}

/** Every `/* ... *\/` comment in the source whose first `*\/` is not its end: a comment closed early. */
export function commentsClosedEarly(source: string): string[] {
  const scanner = ts.createScanner(ts.ScriptTarget.ES2022, false, ts.LanguageVariant.Standard, source);
  const bad: string[] = [];
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    if (token !== ts.SyntaxKind.MultiLineCommentTrivia) continue;
    const text = scanner.getTokenText();
    if (text.indexOf("*/") !== text.length - 2) bad.push(text);
  }
  return bad;
}

/** Names declared at the top level of a source file: an injected statement would add one. */
export function topLevelNames(sourceFile: ts.SourceFile): string[] {
  const names: string[] = [];
  for (const statement of sourceFile.statements) {
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) names.push(declaration.name.getText(sourceFile));
    } else if (
      ts.isFunctionDeclaration(statement) ||
      ts.isInterfaceDeclaration(statement) ||
      ts.isTypeAliasDeclaration(statement) ||
      ts.isClassDeclaration(statement)
    ) {
      names.push(statement.name?.getText(sourceFile) ?? "<anonymous>");
    } else {
      names.push(`<${ts.SyntaxKind[statement.kind]}>`);
    }
  }
  return names.sort();
}

/** The type-checked declarations of a generated module. */
export interface CheckedDeclarations {
  /** Every diagnostic of a full program over the declarations and the consumer (syntax, semantic, options), formatted. */
  diagnostics: string[];
  /** The parsed declaration file. */
  sourceFile: ts.SourceFile;
}

let checkCount = 0;

/**
 * Type-checks a generated declaration file (`skipLibCheck: false`, so the `.d.ts` itself and the runtime's
 * declarations beside it are checked) together with a consumer that imports it by relative path, as app code
 * does; `consumer` is the consumer's source below its `import * as generated from "…"` line.
 */
export function checkDeclarations(dtsPath: string, consumer = "export const models = generated.MODELS;\n"): CheckedDeclarations {
  const directory = join(dirname(dtsPath), "consumers", String(++checkCount));
  mkdirSync(directory, { recursive: true });
  const consumerPath = join(directory, "consumer.ts");
  const specifier = relative(directory, dtsPath)
    .split("\\")
    .join("/")
    .replace(/\.d\.ts$/, "");
  writeFileSync(consumerPath, `import * as generated from ${JSON.stringify(specifier)};\n${consumer}`);
  const program = ts.createProgram({ rootNames: [consumerPath, dtsPath], options: OPTIONS, host, oldProgram: previousProgram });
  previousProgram = program;
  const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
  return { diagnostics, sourceFile: program.getSourceFile(dtsPath)! };
}

/**
 * Loads a generated data module (CommonJS) in this process, with the runtime beside it: both are copied to a fresh
 * directory first, as the module loader caches by path and a directory is generated into many times.
 */
export function loadGeneratedModule(jsPath: string): Record<string, unknown> {
  const directory = join(dirname(jsPath), "loaded", String(++loadCount));
  mkdirSync(directory, { recursive: true });
  for (const name of readdirSync(dirname(jsPath))) {
    if (name.endsWith(".js")) copyFileSync(join(dirname(jsPath), name), join(directory, name));
  }
  return loadModule(join(directory, basename(jsPath)));
}

/** Every top-level statement of a JavaScript file: declarations by name, `exports.x = …` as `exports.x`, the rest by kind. */
export function topLevelStatements(source: string): string[] {
  const file = ts.createSourceFile("module.js", source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS);
  const names: string[] = [];
  for (const statement of file.statements) {
    if (
      ts.isExpressionStatement(statement) &&
      ts.isBinaryExpression(statement.expression) &&
      statement.expression.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isPropertyAccessExpression(statement.expression.left) &&
      statement.expression.left.expression.getText(file) === "exports"
    ) {
      names.push(`exports.${statement.expression.left.name.text}`);
    } else if (ts.isExpressionStatement(statement) && ts.isStringLiteral(statement.expression)) {
      names.push(`"${statement.expression.text}"`);
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) names.push(declaration.name.getText(file));
    } else if (ts.isFunctionDeclaration(statement)) {
      names.push(`function ${statement.name?.text ?? "<anonymous>"}`);
    } else {
      names.push(`<${ts.SyntaxKind[statement.kind]}>`);
    }
  }
  return names.sort();
}
