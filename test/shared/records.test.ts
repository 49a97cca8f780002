import { isRecord, ownValue } from "../../src/shared/records";

test("ownValue never reads through the prototype", () => {
  const parsed = JSON.parse('{"__proto__": {"input": 1}, "limit": 5}') as Record<string, unknown>;
  expect(ownValue(parsed, "__proto__")).toEqual({ input: 1 });
  expect(ownValue(parsed, "constructor")).toBeUndefined();
  expect(ownValue(parsed, "toString")).toBeUndefined();
  expect(ownValue(parsed, "limit")).toBe(5);
  expect(ownValue(parsed, 5)).toBeUndefined();
});

test.each([
  [{}, true],
  [Object.create(null), true],
  [[], false],
  [null, false],
  ["text", false],
])("isRecord(%j) is %s", (value, expected) => {
  expect(isRecord(value)).toBe(expected);
});
