import { closestMatch } from "../shared/suggest";
import type { NameKind, UsageRegistry } from "./registry";

/**
 * How a use is written. `typed`: a string whose contextual type is a generated model union;
 * `literal`: a plain string equal to a model name; `constant`: `Models.X`; `computed`: a string
 * that is only part of the value actually used (concatenated or interpolated); `config`: a value
 * in a JSON, YAML or .env file.
 */
export type UseKind = "typed" | "literal" | "constant" | "computed" | "config";

export interface ModelUse {
  /** Absolute path. */
  file: string;
  /** 1-based. */
  line: number;
  column: number;
  /** The text that names the model, exactly as `[start, end)` of the file holds it (quotes excluded). */
  start: number;
  end: number;
  /** The model name the text stands for (`GPT_4O` for a constant). */
  name: string;
  via: NameKind | "constant";
  kind: UseKind;
  modelId: string;
  /** For strings: the quote character around the text, if any (so an edit can escape for it). */
  quote?: string;
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf("\n"); index !== -1 && index < offset; index = text.indexOf("\n", index + 1)) {
    line++;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** A string that looks like a provider's model ID (see `looksLikeModelId`) but names nothing in the registry. */
export interface UnknownName {
  file: string;
  line: number;
  column: number;
  name: string;
  /** The closest registry name, when one is close enough to be a likely typo. */
  suggestion?: string;
}

/** Per registry, the suggestion for each unknown name already seen: an app repeats the same few. */
const suggestions = new WeakMap<UsageRegistry, Map<string, string | undefined>>();

export function unknownAt(file: string, at: { line: number; column: number }, name: string, registry: UsageRegistry): UnknownName {
  const known = suggestions.get(registry) ?? new Map<string, string | undefined>();
  suggestions.set(registry, known);
  if (!known.has(name)) known.set(name, closestMatch(name, registry.names.keys()));
  const suggestion = known.get(name);
  return { file, ...at, name, ...(suggestion === undefined ? {} : { suggestion }) };
}
