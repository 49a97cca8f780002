import { createColors } from "picocolors";
import { codeFrame } from "../../src/cli/report";

const plain = createColors(false);

test("a code frame shows bidi controls by name, so a hostile line cannot reorder the terminal", () => {
  const frame = codeFrame("a: 1\nname: \"abc\u202Edef\"\nb: 2\n", 2, 7, plain);
  expect(frame).toContain('name: "abc<U+202E>def"');
  expect(frame).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
});

test("control characters in a frame are replaced, tabs become spaces", () => {
  const frame = codeFrame("x:\t\u001b[31mred\n", 1, 1, plain);
  expect(frame).toContain("x: \ufffd[31mred");
  expect(frame).not.toContain("\u001b");
});
