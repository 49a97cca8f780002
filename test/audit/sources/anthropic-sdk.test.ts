import { readFileSync } from "node:fs";
import { join } from "node:path";
import { anthropicSdkSource, spelledDate } from "../../../src/audit/sources/anthropic-sdk";

const dir = join(__dirname, "../../fixtures/refresh/packages/anthropic-sdk");
const read = (name: string) => readFileSync(join(dir, name), "utf8");
const source = anthropicSdkSource(read("messages.d.ts"), read("deprecated-models.js"), "@anthropic-ai/sdk@1.17.0");

test("the Model union with DEPRECATED_MODELS' end-of-life dates as shutdown dates", () => {
  expect(source.models.map((model) => model.id)).toContain("claude-sonnet-5-5");
  expect(source.models.find((model) => model.id === "claude-opus-4-5-20251101")).toMatchObject({ shutdown_date: "2027-01-22", chat: true });
  expect(source.models.find((model) => model.id === "claude-mythos-preview")?.shutdown_date).toBe("2026-06-30");
  expect(source.firstPartyFor).toEqual(["anthropic"]);
});

test.each([
  ["January 22nd, 2027", "2027-01-22"],
  ["June 30th, 2026", "2026-06-30"],
  ["March 1st, 2026", "2026-03-01"],
  ["Smarch 1st, 2026", undefined],
  ["2026-06-30", undefined],
])("spelledDate(%j) = %j", (text, expected) => {
  expect(spelledDate(text)).toBe(expected);
});

test("a date it cannot read makes the source fail with where, not a guessed date", () => {
  expect(() => anthropicSdkSource(read("messages.d.ts"), "exports.DEPRECATED_MODELS = { 'claude-x': 'soon' };", "@anthropic-ai/sdk@9")).toThrow(
    /@anthropic-ai\/sdk@9 internal\/data\/deprecated-models.js: DEPRECATED_MODELS\["claude-x"\] is not a date/,
  );
});

test("a __proto__ key in the package's data is refused with its line and column", () => {
  expect(() =>
    anthropicSdkSource(read("messages.d.ts"), "exports.DEPRECATED_MODELS = {\n  __proto__: 'January 1st, 2027',\n};", "@anthropic-ai/sdk@9"),
  ).toThrow(/deprecated-models.js:2:3: the key "__proto__" is not allowed/);
});
