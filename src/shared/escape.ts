/**
 * Escaping for every place a YAML string lands in generated output. Each function's result is
 * safe in its context whatever the input holds (quotes, backslashes, comment terminators,
 * line/paragraph separators, lone surrogates).
 */

/** A double-quoted TypeScript/JavaScript string literal that evaluates to exactly `value`. */
export function tsString(value: string): string {
  return visibleJson(value);
}

/**
 * JSON text of `value` that shows every character it holds. JSON.stringify escapes quotes, backslashes, control
 * characters and lone surrogates; U+2028/U+2029 are valid in ES2019 strings but are escaped so older tools do not
 * choke; invisible and bidirectional-control characters are escaped so the source reads as it runs ("Trojan
 * Source", CVE-2021-42574).
 */
export function visibleJson(value: unknown): string {
  return JSON.stringify(value).replace(INVISIBLE_OR_BIDI, (c) => "\\u" + c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0"));
}

/** Text inside a template literal (no substitutions) that reads back as itself: `\`, `` ` `` and `${` escaped. */
export function templateLiteralText(text: string): string {
  return text.replace(/[\\`]|\$\{/g, (match) => `\\${match}`);
}

/** Line/paragraph separators, zero-width and bidi controls, BOM: characters that hide or reorder text. */
const INVISIBLE_OR_BIDI = /[\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/g;

/** A property key: bare when it is a plain identifier, quoted otherwise. */
export function tsPropertyKey(key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? key : tsString(key);
}

/**
 * Text for one line of a JSDoc comment: cannot close the comment, start a tag or break the line.
 * Comments are for people; values are exact in the data, so normalising whitespace here is fine.
 */
export function jsDocText(value: string): string {
  return value
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ")
    .replace(INVISIBLE_OR_BIDI, "")
    .replace(/[\ud800-\udfff]/g, (c, i: number, s: string) => (isPairedSurrogate(s, i) ? c : "\ufffd"))
    .replace(/\*\//g, "*\\/")
    .replace(/\/\*/g, "/\\*")
    .replace(/@/g, "&#64;")
    .replace(/\s+/g, " ")
    .trim();
}

function isPairedSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code <= 0xdbff) {
    const next = text.charCodeAt(index + 1);
    return next >= 0xdc00 && next <= 0xdfff;
  }
  const previous = text.charCodeAt(index - 1);
  return previous >= 0xd800 && previous <= 0xdbff;
}

/**
 * Text with control characters, line/paragraph separators and lone surrogates made harmless, and
 * invisible or bidi-control characters shown by name (`<U+202E>`), as code frames and the TS module
 * do: in docs they would hide text or reorder it on screen ("Trojan Source"). Every caller escapes
 * `<` and `>` afterwards.
 */
export function plainText(value: string): string {
  return value
    .replace(/[\ud800-\udfff]/g, (c, i: number, s: string) => (isPairedSurrogate(s, i) ? c : "\ufffd"))
    .replace(/\r\n|[\r\n\u2028\u2029]/g, "\n")
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, " ")
    .replace(INVISIBLE_OR_BIDI, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}>`);
}

/**
 * One markdown table cell (GFM) that renders as exactly the text given: never ends the cell, opens
 * HTML, code, emphasis or a link. Newlines become `<br>`, the one piece of HTML this emits.
 */
export function markdownCell(value: string): string {
  return plainText(value)
    .trim()
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\\`*_[\]|~$@]/g, (c) => `\\${c}`)
    .replace(/\b(https?|ftp|mailto|www)([:.])/gi, "$1\\$2") // no GFM autolink literals
    .replace(/[ \t]*\n[ \t]*/g, "<br>");
}

/** A code span for one table cell; `|` is escaped because GFM splits cells before parsing code. */
export function markdownCode(value: string): string {
  const text = plainText(value).replace(/\s+/g, " ").trim();
  // `<` and `>` go through the cell escaping too: a code span would keep `<!--` (a README marker) literally.
  if (text === "" || /[`|\\<>]/.test(text)) return markdownCell(text);
  return `\`${text}\``;
}

/** A URL as a markdown link destination: characters that would end it are percent-encoded. */
export function markdownUrl(url: string): string {
  return plainText(url.replace(INVISIBLE_OR_BIDI, (c) => encodeURIComponent(c))).replace(
    /[\s()<>|`\\"'[\]]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`,
  );
}

/** Text content or attribute value in XML/SVG. */
export function xmlText(value: string): string {
  return plainText(value)
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[\ufffe\uffff]/g, "\ufffd")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}
