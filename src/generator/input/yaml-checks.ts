import { isScalar, type Document, type YAMLError, type YAMLWarning } from "yaml";
import { walkDocument } from "./yaml-walk";
import type { Diagnostic } from "../../shared/diagnostics";

type At = (offset: number) => { line: number; column: number };

/** YAML 1.1 types the yaml library still resolves: they turn a value into a Buffer, Date, Set… where the schema expects text. */
const YAML11_TAGS: Readonly<Record<string, string>> = {
  "tag:yaml.org,2002:binary": "binary data",
  "tag:yaml.org,2002:timestamp": "a date-time object",
  "tag:yaml.org,2002:set": "a set",
  "tag:yaml.org,2002:omap": "an ordered map",
  "tag:yaml.org,2002:pairs": "a list of pairs",
};
/** Core type tags: legal YAML, but never needed here (the schema decides types) and confusing when they fail. */
const CORE_SCALAR_TAGS = new Set(["tag:yaml.org,2002:float", "tag:yaml.org,2002:int", "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null"]);

/**
 * Values whose YAML form misleads: explicit type tags (`!!binary`, `!!timestamp`, `!!float 8192`) and
 * numbers that other YAML readers read differently (`020000` is the octal 8192 in YAML 1.1, `0o20000`
 * and `0x4E20` are not decimal). Each is an error at the value, saying what to write instead.
 */
export function scalarFormProblems(document: Document.Parsed, file: string, at: At): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const add = (code: string, offset: number, message: string) => diagnostics.push({ severity: "error", code, message, file, ...at(offset) });
  const unquotedDates: Array<{ offset: number; value: string }> = [];
  walkDocument(document, {
    scalar(node) {
      const offset = node.range?.[0] ?? 0;
      const source = node.source ?? String(node.value);
      const tag = node.tag;
      if (tag !== undefined && Object.hasOwn(YAML11_TAGS, tag)) {
        add(
          "yaml/yaml11-tag",
          offset,
          `\`!!${shortTag(tag)}\` is a YAML 1.1 type the registry does not use (it makes the value ${YAML11_TAGS[tag]}); remove the tag and write a plain value (a date as YYYY-MM-DD)`,
        );
      } else if (tag !== undefined && CORE_SCALAR_TAGS.has(tag)) {
        add(
          "yaml/explicit-tag",
          offset,
          `\`!!${shortTag(tag)} ${source}\`: type tags are not used in the registry, the schema decides each field's type; remove the tag and write ${JSON.stringify(source)} plainly`,
        );
      } else if (node.type === "PLAIN" && typeof node.value === "number") {
        const problem = numberFormProblem(source);
        if (problem !== undefined) add("yaml/number-form", offset, problem);
      } else if (node.type === "PLAIN" && typeof node.value === "string" && YAML11_TIMESTAMP.test(node.value)) {
        unquotedDates.push({ offset, value: node.value });
      }
    },
  });
  const first = unquotedDates[0];
  if (first !== undefined) {
    // One warning per file, at the first: a file written without quotes has them on every entry.
    const more = unquotedDates.length - 1;
    diagnostics.push({
      severity: "warning",
      code: "yaml/unquoted-date",
      message:
        `the date ${first.value} is not quoted${more > 0 ? ` (nor ${more} more date${more === 1 ? "" : "s"} in this file)` : ""}: ` +
        "this registry reads it as text, but YAML 1.1 tools (js-yaml, PyYAML, ajv-cli) read a timestamp",
      hint: `write dates in double quotes: "${first.value}"`,
      file,
      ...at(first.offset),
    });
  }
  return diagnostics;
}

/** What YAML 1.1 resolves as a timestamp: a date, optionally with a time. */
const YAML11_TIMESTAMP = /^\d{4}-\d\d?-\d\d?(?:$|[Tt ]|\s)/;

function numberFormProblem(source: string): string | undefined {
  const digits = source.replace(/^[-+]/, "");
  if (/^0[0-9]/.test(digits)) {
    const decimal = String(Number(source));
    return `\`${source}\` has a leading zero, which YAML 1.1 tools read as octal (or reject), and this registry as ${decimal}; write ${decimal} (without the leading zero)`;
  }
  if (/^0[oOxX]/.test(digits))
    return `\`${source}\` is ${/^0[oO]/.test(digits) ? "an octal" : "a hexadecimal"} literal (${Number(source)}); write numbers in decimal`;
  return undefined;
}

function shortTag(tag: string): string {
  return tag.replace("tag:yaml.org,2002:", "");
}

/** The library's own warning for `!!float 8192` says "custom tags"; scalarFormProblems reports those nodes better. */
export function isCoreTagResolveProblem(problem: YAMLError | YAMLWarning): boolean {
  return problem.code === "TAG_RESOLVE_FAILED" && /tag:yaml\.org,2002:(float|int|bool|null)\b/.test(problem.message);
}

/** Offset of the first carriage return that is not part of CRLF: a file with old-Mac line breaks reads as one long line. */
export function loneCarriageReturnOffset(text: string): number | undefined {
  const match = /\r(?!\n)/.exec(text);
  return match?.index;
}

export function loneCarriageReturnDiagnostic(file: string, at: { line: number; column: number }): Diagnostic {
  return {
    severity: "error",
    code: "yaml/line-breaks",
    message: "this file uses lone carriage returns (CR, old Mac style) as line breaks, so YAML reads it as one line; save it with LF (or CRLF) line endings",
    file,
    ...at,
  };
}

export function isUndefinedAliasError(error: unknown): boolean {
  return error instanceof Error && /Unresolved alias/.test(error.message);
}

/** `*name` with no `&name` before it: a typo or a moved anchor, not an attack. */
export function undefinedAliasDiagnostic(document: Document.Parsed, file: string, at: At): Diagnostic {
  const anchors = new Set<string>();
  let offending: { name: string; offset: number } | undefined;
  walkDocument(document, {
    node(node) {
      if (node.anchor) anchors.add(node.anchor);
    },
    alias(alias) {
      if (!anchors.has(alias.source) && offending === undefined) offending = { name: alias.source, offset: alias.range?.[0] ?? 0 };
    },
  });
  const name = offending?.name ?? "?";
  return {
    severity: "error",
    code: "yaml/undefined-alias",
    message: `the alias *${name} refers to no anchor: there is no &${name} before it; define the anchor first, fix the name, or write the value out`,
    file,
    ...at(offending?.offset ?? 0),
  };
}

/**
 * Duplicate keys, found in one pass with a set per mapping. The yaml library's own `uniqueKeys`
 * check compares each key with every earlier one, which takes seconds for a mapping of 15,000 keys.
 * Reported as the library would (code DUPLICATE_KEY at the repeated key), so messages stay the same.
 */
export function duplicateKeyProblems(document: Document.Parsed): YAMLError[] {
  const problems: YAMLError[] = [];
  walkDocument(document, {
    map(map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        const key = pair.key;
        if (!isScalar(key)) continue;
        const identity = `${typeof key.value}:${String(key.value)}`;
        if (seen.has(identity)) {
          const offset = key.range?.[0] ?? 0;
          problems.push({ code: "DUPLICATE_KEY", pos: [offset, offset + 1], message: "Map keys must be unique", name: "YAMLParseError" } as YAMLError);
        }
        seen.add(identity);
      }
    },
  });
  return problems;
}
