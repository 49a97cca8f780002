import { objectLiteralNamed, parseScript, stringUnionNamed, typeAliasesMentioning } from "../../../src/audit/sources/literal";

test("an object literal is read as data, with no prototype; computed values read as undefined", () => {
  const file = parseScript("const rows = Object.entries({ 'a': { n: 128e3, on: true, list: ['x', 1], f: compute() }, constructor: 1 }).flatMap(f);", "x.js");
  const rows = objectLiteralNamed(file, "rows", "pkg@1 x.js");
  expect(Object.getPrototypeOf(rows)).toBeNull();
  expect(JSON.parse(JSON.stringify(rows))).toEqual({ a: { n: 128000, on: true, list: ["x", 1] }, constructor: 1 });
  expect(() => objectLiteralNamed(file, "missing", "pkg@1 x.js")).toThrow("pkg@1 x.js: no object literal named missing (the package changed shape)");
});

test("exports.NAME = {…} as in compiled CommonJS", () => {
  expect(objectLiteralNamed(parseScript("exports.LIST = void 0;\nexports.LIST = { 'm': 'x' };", "x.js"), "LIST", "x")).toEqual(
    Object.assign(Object.create(null), { m: "x" }),
  );
});

test("string unions, by name or by what they hold", () => {
  const file = parseScript("type A = 'x' | 'y' | (string & {});\ndeclare type Model_2 = 'gemini-1' | 'gemini-2' | 'other';", "x.d.ts");
  expect(stringUnionNamed(file, "A", "x")).toEqual(["x", "y"]);
  expect(stringUnionNamed(file, (members) => members.some((id) => id.startsWith("gemini-")), "x")).toEqual(["gemini-1", "gemini-2", "other"]);
});

test("typeAliasesMentioning keeps only the type aliases that mention the needle", () => {
  const text = "interface I { a: string; }\ntype A = 'claude-1' | 'claude-2';\nexport type B = 'gpt';\ndeclare type C = \"claude-3\";";
  expect(typeAliasesMentioning(text, "claude-").split("\n").filter(Boolean)).toEqual(["type A = 'claude-1' | 'claude-2';", 'declare type C = "claude-3";']);
});
