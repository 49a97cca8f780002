import { dirname, sep } from "node:path";
import ts from "typescript";
import { readRegularFile, UnreadableFileError } from "../io/read-input";

/**
 * The TypeScript program `usages` scans, on the compiler API: root files, compiler options, and texts that
 * `--fix` puts in place of a file's own to type-check an edit before writing it. Every file the compiler reads
 * (tsconfig, sources, declarations) goes through the bounded reader of regular files: a FIFO or a device among
 * the sources is refused by name instead of hanging the scan, and no file larger than the limit is read whole.
 */
export class ScanProgram {
  private readonly edited = new Map<string, string>();
  private readonly cache = new Map<string, ts.SourceFile>();
  private current: ts.Program | undefined;
  /** The last program built, reused for the files an edit did not touch. */
  private previous: ts.Program | undefined;

  constructor(
    private readonly roots: string[],
    private readonly options: ts.CompilerOptions,
  ) {}

  /** The files the scan starts from (the tsconfig's, and those named on the command line). */
  get rootCount(): number {
    return this.roots.length;
  }

  addFile(path: string): void {
    if (!this.roots.includes(path)) this.roots.push(path);
    this.invalidate();
  }

  program(): ts.Program {
    this.current ??= ts.createProgram({
      rootNames: this.roots,
      options: this.options,
      host: this.host(),
      ...(this.previous ? { oldProgram: this.previous } : {}),
    });
    return this.current;
  }

  /** The project's own sources: no declaration file, nothing from node_modules. */
  ownSourceFiles(): ts.SourceFile[] {
    return this.program()
      .getSourceFiles()
      .filter((file) => !file.isDeclarationFile && !isInNodeModules(file.fileName));
  }

  sourceFile(path: string): ts.SourceFile | undefined {
    return this.program().getSourceFile(path);
  }

  /** Type-checks `text` in place of the file's own (the file on disk is not touched). */
  setText(path: string, text: string): void {
    if (this.textOf(path) === text) return;
    this.edited.set(path, text);
    this.cache.delete(path);
    this.invalidate();
  }

  private invalidate(): void {
    this.previous = this.current ?? this.previous;
    this.current = undefined;
  }

  private textOf(path: string): string | undefined {
    return this.edited.get(path) ?? readSourceText(path);
  }

  private host(): ts.CompilerHost {
    const host = ts.createCompilerHost(this.options, true);
    host.readFile = (path) => this.textOf(path);
    host.getSourceFile = (path, languageVersion) => {
      const cached = this.cache.get(path);
      if (cached !== undefined) return cached;
      const text = this.textOf(path);
      if (text === undefined) return undefined;
      const file = path.startsWith(COMPILER_LIB_DIRECTORY)
        ? compilerLibFile(path, text, languageVersion)
        : ts.createSourceFile(path, text, languageVersion, true);
      this.cache.set(path, file);
      return file;
    };
    return host;
  }
}

function isInNodeModules(path: string): boolean {
  return path.includes("/node_modules/");
}

/** A file's text through the bounded reader; undefined when it does not exist (the compiler's "not found"). */
function readSourceText(path: string): string | undefined {
  const read = readRegularFile(path);
  if (read.ok) return read.bytes.toString("utf8");
  if (read.code === "ENOENT" || read.code === "ENOTDIR" || read.code === "EISDIR") return undefined;
  throw new UnreadableFileError(path, read.reason, read.code);
}

/** The options and files a tsconfig states, read through the bounded reader; throws with the compiler's message. */
export function readTsconfig(path: string): { options: ts.CompilerOptions; files: string[] } {
  const read = ts.readConfigFile(path, readSourceText);
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, "\n"));
  const host: ts.ParseConfigHost = { ...ts.sys, readFile: readSourceText, useCaseSensitiveFileNames: ts.sys.useCaseSensitiveFileNames };
  const parsed = ts.parseJsonConfigFileContent(read.config, host, dirname(path), undefined, path);
  const fatal = parsed.errors.find((error) => error.code !== NO_INPUTS_FOUND);
  if (fatal) throw new Error(ts.flattenDiagnosticMessageText(fatal.messageText, "\n"));
  return { options: parsed.options, files: parsed.fileNames };
}

/** TS18003 "No inputs were found in config file": a tsconfig whose files are all named on the command line. */
const NO_INPUTS_FOUND = 18003;

const COMPILER_LIB_DIRECTORY = dirname(ts.getDefaultLibFilePath({})) + sep;
const compilerLibFiles = new Map<string, ts.SourceFile>();

/**
 * The compiler's own lib files (lib.es2022.full.d.ts, lib.dom.d.ts…), parsed once per process and shared by every
 * program, as the language service shares them: they are most of a small project's parse (~0.7 s with the DOM), and
 * a process that scans several times (the API, the tests) need not parse them again. Keyed by what the parse reads.
 */
function compilerLibFile(path: string, text: string, settings: ts.ScriptTarget | ts.CreateSourceFileOptions): ts.SourceFile {
  const { languageVersion, impliedNodeFormat, jsDocParsingMode } = typeof settings === "object" ? settings : { languageVersion: settings };
  const key = [path, languageVersion, impliedNodeFormat, jsDocParsingMode, text.length].join("\0");
  let file = compilerLibFiles.get(key);
  if (file === undefined || file.text !== text) {
    file = ts.createSourceFile(path, text, settings, true);
    compilerLibFiles.set(key, file);
  }
  return file;
}
