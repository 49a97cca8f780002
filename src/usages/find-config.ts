import { readBoundedText } from "../io/read-input";
import { isScalar, parseDocument, visit } from "yaml";
import type { ConfigLanguage } from "./project";
import type { UsageRegistry } from "./registry";
import type { SourceFindings } from "./find-source";
import { looksLikeModelId } from "./lookalike";
import { lineAndColumn, unknownAt } from "./use";

interface FoundString {
  /** The value, unescaped. */
  value: string;
  /** Where the raw text of the value starts and ends (quotes excluded). */
  start: number;
  end: number;
  quote?: string;
}

/** Values (not keys) in a JSON, YAML or .env file that name a registry model, and those that look like a model ID the registry lacks. */
export function findConfigUses(path: string, language: ConfigLanguage, registry: UsageRegistry): SourceFindings {
  const text = readBoundedText(path);
  const strings = language === "json" ? jsonStrings(text) : language === "yaml" ? yamlStrings(text) : envStrings(text);
  const findings: SourceFindings = { uses: [], unknown: [] };
  for (const found of strings) {
    const at = lineAndColumn(text, found.start - (found.quote ? 1 : 0));
    const match = registry.names.get(found.value);
    if (match !== undefined) {
      findings.uses.push({
        file: path,
        ...at,
        start: found.start,
        end: found.end,
        name: found.value,
        via: match.via,
        kind: "config",
        modelId: match.modelId,
        ...(found.quote ? { quote: found.quote } : {}),
      });
    } else if (looksLikeModelId(found.value)) {
      findings.unknown.push(unknownAt(path, at, found.value, registry));
    }
  }
  return findings;
}

const JSON_STRING = /"((?:[^"\\\n]|\\.)*)"(\s*:)?/g;

function jsonStrings(text: string): FoundString[] {
  const found: FoundString[] = [];
  for (const match of text.matchAll(JSON_STRING)) {
    if (match[2] !== undefined) continue; // a key
    const start = match.index + 1;
    found.push({ value: JSON.parse(`"${match[1]}"`) as string, start, end: start + match[1]!.length, quote: '"' });
  }
  return found;
}

function yamlStrings(text: string): FoundString[] {
  const found: FoundString[] = [];
  const document = parseDocument(text, { keepSourceTokens: false });
  const add = (node: unknown) => {
    // Block scalars (| and >) are prose, not model settings.
    if (isScalar(node) && typeof node.value === "string" && node.range && INLINE_SCALARS.has(node.type ?? "")) {
      found.push(scalarString(text, node.value, node.range[0], node.range[1]));
    }
  };
  visit(document, {
    Pair: (_, pair) => add(pair.value),
    Seq: (_, seq) => seq.items.forEach(add),
  });
  return found;
}

const INLINE_SCALARS = new Set(["PLAIN", "QUOTE_DOUBLE", "QUOTE_SINGLE"]);

function scalarString(text: string, value: string, start: number, end: number): FoundString {
  const quote = text[start];
  if (quote === '"' || quote === "'") {
    const close = text.lastIndexOf(quote, end - 1);
    return { value, start: start + 1, end: close, quote };
  }
  return { value, start, end: start + text.slice(start, end).trimEnd().length };
}

const ENV_LINE = /^[ \t]*(?:export[ \t]+)?[A-Za-z_][A-Za-z0-9_]*[ \t]*=[ \t]*(["']?)([^"'\n#]*?)\1[ \t]*(?:#.*)?$/gm;

function envStrings(text: string): FoundString[] {
  const found: FoundString[] = [];
  for (const match of text.matchAll(ENV_LINE)) {
    const value = match[2]!;
    if (value === "") continue;
    const afterEquals = match[0].indexOf("=") + 1;
    const start = match.index + match[0].indexOf(match[1] + value, afterEquals) + match[1]!.length;
    found.push({ value, start, end: start + value.length, ...(match[1] ? { quote: match[1] } : {}) });
  }
  return found;
}
