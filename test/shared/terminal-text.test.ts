import { terminalLines, terminalText } from "../../src/shared/terminal-text";

test.each([
  ["plain text", "gpt-4o (openai)", "gpt-4o (openai)"],
  ["a title escape and a screen clear", "\u001b]0;owned\u0007\u001b[2J", "<ESC>]0;owned<BEL><ESC>[2J"],
  ["a line break and a tab", "a\nb\tc", "a<LF>b<HT>c"],
  ["DEL and a C1 control", "a\u007fb\u009bc", "a<DEL>b<U+009B>c"],
  ["a bidi override", "admin\u202Eexe.txt", "admin<U+202E>exe.txt"],
  ["a lone surrogate", "a\ud800b", "a\ufffdb"],
  ["a paired surrogate stays", "a\u{1F600}b", "a\u{1F600}b"],
])("terminalText: %s", (_name, input, expected) => {
  expect(terminalText(input)).toBe(expected);
});

test("terminalLines keeps line breaks and escapes each line", () => {
  expect(terminalLines("first \u001b[31m\nsecond")).toBe("first <ESC>[31m\nsecond");
});
