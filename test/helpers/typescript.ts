// The real TypeScript compiler, configured as the project is, for compiling scratch consumer files
// against a generated module. Consumers are real files on disk (in a temporary directory) that
// import the generated module by absolute path, exactly as a program outside this package would.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ts from "typescript";

export const PROJECT_ROOT = resolve(__dirname, "..", "..");
/** The shipped registry's generated declarations; `importSpecifier` drops the extension. */
export const SHIPPED_MODULE = join(PROJECT_ROOT, "generated", "models.generated.d.ts");

/** A compiler diagnostic reduced to what assertions need. */
export interface CompilerMessage {
  code: number;
  category: "error" | "warning" | "suggestion" | "message";
  /** The flattened message chain, as `tsc` prints it. */
  text: string;
  file: string | undefined;
  /** 1-based. */
  line: number | undefined;
}

let cachedOptions: ts.CompilerOptions | undefined;

/** The compiler options of the project's tsconfig.json, parsed as `tsc -p` would. */
export function projectCompilerOptions(): ts.CompilerOptions {
  if (cachedOptions) return cachedOptions;
  const parsed = ts.getParsedCommandLineOfConfigFile(
    join(PROJECT_ROOT, "tsconfig.json"),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
      },
    },
  );
  if (!parsed) throw new Error("cannot parse tsconfig.json");
  if (parsed.errors.length > 0) throw new Error(parsed.errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n")).join("\n"));
  // Consumers live in a temporary directory, outside the project's rootDir; nothing is emitted. They declare values
  // only for their types, so the project's unused-name checks do not apply to them.
  cachedOptions = { ...parsed.options, noEmit: true, rootDir: undefined, outDir: undefined, noUnusedLocals: false, noUnusedParameters: false };
  return cachedOptions;
}

/** A temporary directory removed by the returned `remove` (call it in afterAll/afterEach). */
export function temporaryDirectory(prefix: string): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), `${prefix}-`));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** The module specifier a consumer uses to import `modulePath` (absolute, without the .ts extension). */
export function importSpecifier(modulePath: string): string {
  return JSON.stringify(
    resolve(modulePath)
      .replace(/\\/g, "/")
      .replace(/(\.d)?\.ts$/, ""),
  );
}

/** Writes a consumer source file into `directory` and returns its path. */
export function writeConsumer(directory: string, name: string, source: string): string {
  const path = join(directory, name);
  writeFileSync(path, source, "utf8");
  return path;
}

// Library files (lib.*.d.ts, @types) are the bulk of every program and never change during a test run:
// parse them once and share the source files between programs, as editors do. Other declaration files (a generated
// module's 170 kB of .d.ts) are shared too while their text is the same.
const libraryFiles = new Map<string, ts.SourceFile>();
const declarationFiles = new Map<string, ts.SourceFile>();
const documentRegistry = ts.createDocumentRegistry();

/** A compiler host that shares the parsed library and declaration files above between the programs of a test file. */
export function compilerHost(options: ts.CompilerOptions): ts.CompilerHost {
  const host = ts.createCompilerHost(options, true);
  const readSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    const key = `${fileName}\0${JSON.stringify(languageVersion)}`;
    if (!fileName.includes("/node_modules/")) {
      if (!fileName.endsWith(".d.ts")) return readSourceFile(fileName, languageVersion, onError, shouldCreate);
      const text = host.readFile(fileName);
      const shared = declarationFiles.get(key);
      if (shared !== undefined && shared.text === text) return shared;
      const file = readSourceFile(fileName, languageVersion, onError, shouldCreate);
      if (file) declarationFiles.set(key, file);
      return file;
    }
    let file = libraryFiles.get(key);
    if (!file) {
      file = readSourceFile(fileName, languageVersion, onError, shouldCreate);
      if (file) libraryFiles.set(key, file);
    }
    return file;
  };
  return host;
}

/** Type-checks the given files (and what they import) with the project's options: every diagnostic `tsc` would print. */
export function compileFiles(rootFiles: readonly string[]): CompilerMessage[] {
  const options = projectCompilerOptions();
  const program = ts.createProgram({ rootNames: [...rootFiles], options, host: compilerHost(options) });
  return ts.getPreEmitDiagnostics(program).map(toMessage);
}

/** Writes `source` as a consumer in `directory` and compiles it. */
export function compileConsumer(directory: string, name: string, source: string): CompilerMessage[] {
  return compileFiles([writeConsumer(directory, name, source)]);
}

export function errorsOf(messages: readonly CompilerMessage[]): CompilerMessage[] {
  return messages.filter((m) => m.category === "error");
}

/** One line per diagnostic, for readable test failures. */
export function describeMessages(messages: readonly CompilerMessage[]): string {
  return messages.map((m) => `${m.file ?? "<global>"}:${m.line ?? 0} TS${m.code}: ${m.text}`).join("\n");
}

function toMessage(diagnostic: ts.Diagnostic): CompilerMessage {
  const position = diagnostic.file && diagnostic.start !== undefined ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start) : undefined;
  return {
    code: diagnostic.code,
    category: categoryName(diagnostic.category),
    text: ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"),
    file: diagnostic.file?.fileName,
    line: position ? position.line + 1 : undefined,
  };
}

function categoryName(category: ts.DiagnosticCategory): CompilerMessage["category"] {
  switch (category) {
    case ts.DiagnosticCategory.Error:
      return "error";
    case ts.DiagnosticCategory.Warning:
      return "warning";
    case ts.DiagnosticCategory.Suggestion:
      return "suggestion";
    default:
      return "message";
  }
}

export interface Hover {
  /** The signature line, e.g. `(property) GPT_4O: "gpt-4o"`. */
  display: string;
  documentation: string;
  tags: Array<{ name: string; text: string }>;
}

/** A language service over real files, as an editor runs it: suggestions (e.g. TS6385) and quick info. */
export class ConsumerLanguageService {
  private readonly service: ts.LanguageService;

  constructor(private readonly rootFiles: readonly string[]) {
    const options = projectCompilerOptions();
    const host: ts.LanguageServiceHost = {
      getCompilationSettings: () => options,
      getScriptFileNames: () => [...this.rootFiles],
      getScriptVersion: () => "1",
      getScriptSnapshot: (fileName) => {
        const text = ts.sys.readFile(fileName);
        return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
      },
      getCurrentDirectory: () => PROJECT_ROOT,
      getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
      fileExists: ts.sys.fileExists,
      readFile: ts.sys.readFile,
      readDirectory: ts.sys.readDirectory,
      directoryExists: ts.sys.directoryExists,
      getDirectories: ts.sys.getDirectories,
      realpath: ts.sys.realpath,
    };
    this.service = ts.createLanguageService(host, documentRegistry);
  }

  suggestions(fileName: string): CompilerMessage[] {
    return this.service.getSuggestionDiagnostics(fileName).map(toMessage);
  }

  errors(fileName: string): CompilerMessage[] {
    return [...this.service.getSyntacticDiagnostics(fileName), ...this.service.getSemanticDiagnostics(fileName)].map(toMessage);
  }

  /** What an editor shows when hovering the first occurrence of `needle` in the file (at its last character). */
  hover(fileName: string, needle: string): Hover {
    const source = ts.sys.readFile(fileName) ?? "";
    const index = source.indexOf(needle);
    if (index < 0) throw new Error(`${needle} does not occur in ${fileName}`);
    const info = this.service.getQuickInfoAtPosition(fileName, index + needle.length - 1);
    if (!info) throw new Error(`no quick info at ${needle} in ${fileName}`);
    return {
      display: ts.displayPartsToString(info.displayParts),
      documentation: ts.displayPartsToString(info.documentation),
      tags: (info.tags ?? []).map((tag) => ({ name: tag.name, text: ts.displayPartsToString(tag.text) })),
    };
  }

  /** The text of the diagnostic's span, e.g. `GPT_4` for a deprecated `Models.GPT_4`. */
  suggestionSpans(fileName: string, code: number): string[] {
    const source = ts.sys.readFile(fileName) ?? "";
    return this.service
      .getSuggestionDiagnostics(fileName)
      .filter((d) => d.code === code)
      .map((d) => source.slice(d.start, d.start + d.length));
  }
}
