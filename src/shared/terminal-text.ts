/**
 * The one escaping for text from an input (a registry, a source list, a file name) printed to a terminal: control
 * characters are shown by name (`<ESC>`, `<BEL>`), so `\e]0;…\a` cannot retitle the window or `\e[2J` clear it,
 * and invisible or bidirectional-control characters by code point (`<U+202E>`), so nothing hides or reorders text
 * on screen ("Trojan Source"). Lone surrogates become U+FFFD.
 */
export function terminalText(value: string): string {
  return value.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd").replace(UNPRINTABLE, (c) => {
    const code = c.charCodeAt(0);
    if (code < 0x20) return `<${C0_NAMES[code]}>`;
    if (code === 0x7f) return "<DEL>";
    return `<U+${code.toString(16).toUpperCase().padStart(4, "0")}>`;
  });
}

/** Multi-line text (a message): each line escaped, the line breaks kept. */
export function terminalLines(value: string): string {
  return value.split("\n").map(terminalText).join("\n");
}

/** C0 and C1 controls, DEL, and the invisible or bidi-control characters the docs escape too. */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u00AD\u061C\u180E\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/g;

const C0_NAMES = [
  "NUL",
  "SOH",
  "STX",
  "ETX",
  "EOT",
  "ENQ",
  "ACK",
  "BEL",
  "BS",
  "HT",
  "LF",
  "VT",
  "FF",
  "CR",
  "SO",
  "SI",
  "DLE",
  "DC1",
  "DC2",
  "DC3",
  "DC4",
  "NAK",
  "SYN",
  "ETB",
  "CAN",
  "EM",
  "SUB",
  "ESC",
  "FS",
  "GS",
  "RS",
  "US",
] as const;
