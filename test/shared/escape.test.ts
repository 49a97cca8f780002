import { jsDocText, templateLiteralText, tsString, visibleJson } from "../../src/shared/escape";

describe("jsDocText: one line of a JSDoc comment, whatever the YAML holds", () => {
  test.each([
    ["a tag at the start would become a real tag", "@deprecated use gpt-5", "&#64;deprecated use gpt-5"],
    ["a tag mid-line", "see @link here", "see &#64;link here"],
    ["a comment terminator", "a */ b", "a *\\/ b"],
    ["a comment opener", "a /* b", "a /\\* b"],
    ["line breaks and control characters", "a\nb\u2028c\u0000d", "a b c d"],
    ["a bidi override is removed", "x\u202Ey", "xy"],
    ["a lone surrogate", "x\uD800y", "x\uFFFDy"],
  ])("%s", (_name, input, expected) => {
    expect(jsDocText(input)).toBe(expected);
  });
});

describe("string literals and data text show every character they hold", () => {
  test("tsString and visibleJson escape invisible and bidi characters, and read back exactly", () => {
    const value = 'a\u202Eb\u2028c\uFEFFd"\\';
    expect(tsString(value)).toBe('"a\\u202Eb\\u2028c\\uFEFFd\\"\\\\"');
    expect(JSON.parse(visibleJson([value]))).toEqual([value]);
  });

  test("templateLiteralText reads back as itself inside a template literal", () => {
    for (const text of ["plain", "back`tick", "dollar ${x}", "back\\slash", '["a",{"b":"\\u202E\\n"}]']) {
      const evaluated = new Function(`return \`${templateLiteralText(text)}\`;`)() as string;
      expect(evaluated).toBe(text);
    }
  });
});
