import { mkdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import ts from "typescript";

const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.CommonJS,
  lib: ["lib.es2022.d.ts"],
  types: [],
  strict: true,
  noUncheckedIndexedAccess: true,
  noEmitOnError: true,
  skipLibCheck: false,
};

// Reusing the previous program lets the compiler keep the parsed lib files: many compiles stay fast.
let previousProgram: ts.Program | undefined;
let compileCount = 0;

export interface CompiledModule {
  /** Every diagnostic of a full program (syntax, semantic, options), formatted. */
  diagnostics: string[];
  /** Path of the emitted CommonJS file (only when there were no diagnostics). */
  jsPath?: string;
  sourceFile: ts.SourceFile;
}

/** Type-checks a generated module with the real TypeScript compiler (ts.createProgram) and emits it as JS. */
export function compileModule(tsPath: string): CompiledModule {
  const program = ts.createProgram({ rootNames: [tsPath], options: OPTIONS, oldProgram: previousProgram });
  previousProgram = program;
  const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
  const sourceFile = program.getSourceFile(tsPath)!;
  if (diagnostics.length > 0) return { diagnostics, sourceFile };
  // A fresh directory per compile: the module loader caches by path.
  const jsDir = join(tsPath, "..", "js", String(++compileCount));
  mkdirSync(jsDir, { recursive: true });
  const jsPath = join(jsDir, basename(tsPath).replace(/\.ts$/, ".js"));
  const result = program.emit(sourceFile, (fileName, text) => {
    if (fileName.endsWith(".js")) writeFileSync(jsPath, text);
  });
  return {
    diagnostics: result.diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n")),
    jsPath,
    sourceFile,
  };
}

/** Loads the emitted module in this process. */
export function loadModule(jsPath: string): Record<string, unknown> {
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
