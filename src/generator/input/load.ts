import { isMap, isScalar, LineCounter, parseDocument, type Document, type YAMLError, type YAMLWarning } from "yaml";
import { hasErrors, type Diagnostic } from "../../shared/diagnostics";
import { readRegularFile } from "../../io/read-input";
import { SourceMap } from "./source-map";
import { walkDocument } from "./yaml-walk";
import {
  duplicateKeyProblems,
  isCoreTagResolveProblem,
  isUndefinedAliasError,
  loneCarriageReturnDiagnostic,
  loneCarriageReturnOffset,
  scalarFormProblems,
  undefinedAliasDiagnostic,
} from "./yaml-checks";

export interface LoadedRegistry {
  file: string;
  text: string;
  /** Plain data (undefined when the file could not be parsed). */
  data: unknown;
  sourceMap: SourceMap;
  diagnostics: Diagnostic[];
  /** Why the file could not be read, when it could not (then `diagnostics` says so too). */
  unreadable?: string;
}

/** Aliases may be legitimate, but more expansions than this is a resource-exhaustion attack. */
const MAX_ALIAS_COUNT = 100;

/** Reads the registry (a regular file of at most `maxBytes`, see read-input.ts) and parses it. */
export function loadRegistryFile(file: string, maxBytes?: number): LoadedRegistry {
  const read = readRegularFile(file, maxBytes);
  return read.ok ? parseRegistryText(file, read.bytes) : unreadable(file, read.reason);
}

function unreadable(file: string, reason: string): LoadedRegistry {
  const text = "";
  const document = parseDocument(text);
  return {
    file,
    text,
    data: undefined,
    sourceMap: new SourceMap(document, new LineCounter()),
    diagnostics: [{ severity: "error", code: "yaml/unreadable", message: `cannot read the registry file: ${reason}`, file, line: 1, column: 1 }],
    unreadable: reason,
  };
}

/** Parses registry YAML, keeping node positions so later stages can point at `file:line:col`. */
export function parseRegistryText(file: string, bytes: Uint8Array | string): LoadedRegistry {
  const lineCounter = new LineCounter();
  const decoded = typeof bytes === "string" ? { text: bytes } : decodeUtf8(bytes);
  const text = decoded.text;
  const document = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: false, // checked by duplicateKeyProblems, in linear time
    merge: false,
    schema: "core",
    strict: true,
  });
  const sourceMap = new SourceMap(document, lineCounter);
  // A file whose top level is not a mapping is not a registry (a .env, /proc/self/environ): its lines are never shown.
  const shownAs = isMap(document.contents) ? (d: Diagnostic) => d : (d: Diagnostic): Diagnostic => ({ ...d, sourceShown: false });
  const at = (offset: number) => sourceMap.offsetToPosition(offset);
  const diagnostics: Diagnostic[] = [];

  if (decoded.invalidByteOffset !== undefined) {
    const { line, column } = at(decoded.invalidCharOffset ?? 0);
    diagnostics.push({
      severity: "error",
      code: "yaml/encoding",
      message: `invalid UTF-8 at byte offset ${decoded.invalidByteOffset} (0x${hexByte(bytes, decoded.invalidByteOffset)}, counting from 0); the registry must be saved as UTF-8 text`,
      file,
      line,
      column,
    });
  }
  const loneCr = loneCarriageReturnOffset(text);
  if (loneCr !== undefined) {
    diagnostics.push(loneCarriageReturnDiagnostic(file, at(loneCr)));
    return { file, text, data: undefined, sourceMap, diagnostics: diagnostics.map(shownAs) };
  }
  for (const problem of reportableProblems(
    [...document.errors, ...document.warnings, ...duplicateKeyProblems(document)].filter((p) => !isCoreTagResolveProblem(p)),
  )) {
    const diagnostic = yamlProblemToDiagnostic(file, text, problem, at);
    const opening = problem.code === "MISSING_CHAR" ? unterminatedQuoteStart(document, problem.pos[0]) : undefined;
    diagnostics.push(
      opening === undefined ? diagnostic : { ...diagnostic, ...at(opening), message: "this quoted string is never closed; add the closing quote" },
    );
  }
  for (const offset of mergeKeyOffsets(document)) {
    diagnostics.push({
      severity: "error",
      code: "yaml/merge-key",
      message: "YAML merge keys (`<<`) are not allowed; write the fields out in full so every entry reads on its own",
      file,
      ...at(offset),
    });
  }
  if (diagnostics.length === 0) diagnostics.push(...scalarFormProblems(document, file, at));
  if (hasErrors(diagnostics)) return { file, text, data: undefined, sourceMap, diagnostics: diagnostics.map(shownAs) };

  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (isUndefinedAliasError(error)) {
      diagnostics.push(undefinedAliasDiagnostic(document, file, at));
      return { file, text, data: undefined, sourceMap, diagnostics: diagnostics.map(shownAs) };
    }
    diagnostics.push({
      severity: "error",
      code: "yaml/aliases",
      message:
        `the YAML aliases (*name) in this file expand to too many nodes, as in a "billion laughs" attack (the first alias is here); ` +
        `at most ${MAX_ALIAS_COUNT} alias expansions are allowed, so write the values out instead (${(error as Error).message})`,
      file,
      ...at(firstAliasOffset(document) ?? 0),
    });
  }
  if (!hasErrors(diagnostics) && (data === null || data === undefined)) {
    diagnostics.push({
      severity: "error",
      code: "yaml/empty",
      message: "the registry file is empty; expected a mapping with `version`, `providers` and `models`",
      file,
      line: 1,
      column: 1,
    });
  }
  return { file, text, data, sourceMap, diagnostics: diagnostics.map(shownAs) };
}

function hexByte(bytes: Uint8Array | string, offset: number): string {
  return typeof bytes === "string" ? "" : (bytes[offset] ?? 0).toString(16).toUpperCase().padStart(2, "0");
}

const STACK_OVERFLOW = "Maximum call stack size exceeded";

/** Problems about one node, independent of the document's structure; everything else is a structural syntax error. */
const LOCAL_PROBLEMS = new Set(["DUPLICATE_KEY", "TAG_RESOLVE_FAILED", "BAD_ALIAS", "ALIAS_PROPS", "BAD_SCALAR_START", "MULTIPLE_DOCS"]);

/**
 * After one structural syntax error the parser re-synchronises badly, so every later line tends to
 * produce one or two more errors that are only consequences of the first. Report the first
 * structural error (in file order) and every node-local problem such as duplicate keys.
 */
function reportableProblems(all: Array<YAMLError | YAMLWarning>): Array<YAMLError | YAMLWarning> {
  // A file nested past the stack is one problem; where else the overflow surfaces (a tag that "failed to
  // resolve", say) depends on how deep the stack already was, so those echoes are not reported.
  const exhausted = all.some((p) => p.code === "RESOURCE_EXHAUSTION");
  const problems = exhausted ? all.filter((p) => p.code === "RESOURCE_EXHAUSTION" || !p.message.includes(STACK_OVERFLOW)) : all;
  const structural = problems.filter((p) => !LOCAL_PROBLEMS.has(p.code)).sort((a, b) => a.pos[0] - b.pos[0]);
  const first = structural[0];
  return problems.filter((p) => LOCAL_PROBLEMS.has(p.code) || p === first);
}

function mergeKeyOffsets(document: Document.Parsed): number[] {
  const offsets: number[] = [];
  walkDocument(document, {
    pair(pair) {
      if (isScalar(pair.key) && pair.key.value === "<<" && pair.key.type === "PLAIN") offsets.push(pair.key.range?.[0] ?? 0);
    },
  });
  return offsets;
}

function firstAliasOffset(document: Document.Parsed): number | undefined {
  let offset: number | undefined;
  walkDocument(document, {
    alias(alias) {
      offset ??= alias.range?.[0];
    },
  });
  return offset;
}

function yamlProblemToDiagnostic(
  file: string,
  text: string,
  problem: YAMLError | YAMLWarning,
  at: (offset: number) => { line: number; column: number },
): Diagnostic {
  const position = at(problem.code === "BAD_INDENT" ? skipIndentation(text, problem.pos[0]) : problem.pos[0]);
  // Where the stack runs out depends on the machine: point at the line, which does not.
  const { line, column } = problem.code === "RESOURCE_EXHAUSTION" ? { line: position.line, column: 1 } : position;
  const firstLine = problem.message.split("\n")[0] ?? problem.message;
  return {
    severity: "error",
    code: `yaml/${problem.code.toLowerCase().replace(/_/g, "-")}`,
    message: describeYamlProblem(problem.code, firstLine, keyAt(text, problem.pos[0])),
    file,
    line,
    column,
  };
}

/** An unclosed quote is only noticed at the end of the file; the quoted scalar that runs up to there is where it opened. */
function unterminatedQuoteStart(document: Document.Parsed, errorOffset: number): number | undefined {
  let start: number | undefined;
  walkDocument(document, {
    scalar(node) {
      const quoted = node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE";
      if (quoted && node.range && node.range[1] >= errorOffset) start = node.range[0];
    },
  });
  return start;
}

/** The plain key starting at `offset` (`id` in `id: gpt-5`), if there is one. */
function keyAt(text: string, offset: number): string | undefined {
  return /^([^\s:#,[\]{}"']+)\s*:/.exec(text.slice(offset, offset + 200))?.[1];
}

function describeYamlProblem(code: string, message: string, key: string | undefined): string {
  switch (code) {
    case "DUPLICATE_KEY":
      return key === undefined
        ? `${message}; each key may appear once in a mapping`
        : `duplicate key \`${key}\` in this mapping; each key may appear once (remove one of them)`;
    case "TAG_RESOLVE_FAILED":
      return `${message}; custom YAML tags (such as !!js/function) are not allowed, use plain values`;
    case "BAD_INDENT":
    case "MISSING_CHAR":
      return `${message}; check the indentation of this line against the lines above it`;
    case "RESOURCE_EXHAUSTION":
      return `the YAML is nested too deeply to read (${message}); a registry needs only a few levels of nesting`;
    case "MULTIPLE_DOCS":
      return "the file holds more than one YAML document (a `---` or `...` line here starts another); the registry must be a single document";
    default:
      return message;
  }
}

/** Indentation errors are reported at the start of the line; the key after the spaces is what is misplaced. */
function skipIndentation(text: string, offset: number): number {
  let end = offset;
  while (text[end] === " ") end++;
  return text[end] === "\n" || end >= text.length ? offset : end;
}

interface DecodedText {
  text: string;
  invalidByteOffset?: number;
  invalidCharOffset?: number;
}

function decodeUtf8(bytes: Uint8Array): DecodedText {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    const invalidByteOffset = firstInvalidUtf8Offset(bytes);
    const validPrefix = new TextDecoder("utf-8").decode(bytes.subarray(0, invalidByteOffset));
    return {
      text: new TextDecoder("utf-8").decode(bytes),
      invalidByteOffset,
      invalidCharOffset: validPrefix.length,
    };
  }
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence. */
function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  const fatal = new TextDecoder("utf-8", { fatal: true });
  let index = 0;
  while (index < bytes.length) {
    const length = utf8SequenceLength(bytes[index]!);
    if (length === 0) return index;
    if (length > 1) {
      try {
        fatal.decode(bytes.subarray(index, index + length));
      } catch {
        return index;
      }
    }
    index += length;
  }
  return bytes.length;
}

function utf8SequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}
