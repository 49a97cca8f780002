// Deprecation as an editor shows it: the language service reports TS6385 ("'X' is deprecated.", the
// strike-through) on uses of deprecated constants and keys, and the hover text names the replacement.
// Shipped registry: o1-mini is deprecated, its replacement chain ends at gpt-5.6-terra; gpt-5.4 and
// claude-sonnet-4-6 are current.
import { ConsumerLanguageService, SHIPPED_MODULE, describeMessages, importSpecifier, temporaryDirectory, writeConsumer } from "../helpers/typescript";

const DEPRECATED = 6385;

const scratch = temporaryDirectory("deprecation");
afterAll(() => scratch.remove());

const consumer = writeConsumer(
  scratch.path,
  "uses-deprecated.ts",
  `import { MODELS, Models } from ${importSpecifier(SHIPPED_MODULE)};

export const constant = Models.O1_MINI;
export const entry = MODELS["o1-mini"];
export const current = Models.GPT_5_4;
export const currentEntry = MODELS["gpt-5.4"];
export const other = MODELS["claude-sonnet-4-6"].context_window;
`,
);
const service = new ConsumerLanguageService([consumer]);

test("the consumer compiles: deprecation is a suggestion, not an error", () => {
  expect(describeMessages(service.errors(consumer))).toBe("");
});

test("a deprecated constant and a deprecated MODELS key each yield TS6385, and nothing else does", () => {
  const deprecations = service.suggestions(consumer).filter((m) => m.code === DEPRECATED);
  expect(deprecations.map((m) => [m.line, m.category, m.text])).toEqual([
    [3, "suggestion", "'O1_MINI' is deprecated."],
    [4, "suggestion", "'o1-mini' is deprecated."],
  ]);
  expect(service.suggestionSpans(consumer, DEPRECATED)).toEqual(["O1_MINI", '"o1-mini"']);
});

test("hovering the deprecated constant shows @deprecated naming the replacement constant", () => {
  const hover = service.hover(consumer, "Models.O1_MINI;");
  expect(hover.display).toContain('O1_MINI: "o1-mini"');
  expect(hover.documentation).toContain("o1-mini (OpenAI)");
  // The constant's tag names the replacement's constant (checked below to be "o4-mini").
  expect(hover.tags).toEqual([{ name: "deprecated", text: expect.stringContaining("Use Models.GPT_5_6_TERRA instead") }]);
});

test("hovering the deprecated MODELS key shows @deprecated naming the replacement ID", () => {
  const hover = service.hover(consumer, 'MODELS["o1-mini"]');
  expect(hover.display).toBe(`(property) ModelRegistry["o1-mini"]: DeprecatedChatModelRecord<"openai">`);
  expect(hover.tags).toEqual([{ name: "deprecated", text: expect.stringContaining('Use "gpt-5.6-terra" instead') }]);
});

test("the replacement named by the constant's tag is the constant for o4-mini", () => {
  const check = writeConsumer(
    scratch.path,
    "replacement.ts",
    `import { Models } from ${importSpecifier(SHIPPED_MODULE)};\nexport const replacement: "o4-mini" = Models.O4_MINI;\n`,
  );
  expect(describeMessages(new ConsumerLanguageService([check]).errors(check))).toBe("");
});

test("non-deprecated constants and keys carry no @deprecated tag", () => {
  const constant = service.hover(consumer, "Models.GPT_5_4;");
  expect(constant.display).toContain('GPT_5_4: "gpt-5.4"');
  expect(constant.tags).toEqual([]);
  // Active keys come from the provider's mapped `ActiveModelRecords`, so the hover names the key alone.
  const key = service.hover(consumer, 'MODELS["gpt-5.4"]');
  expect(key.display).toBe(`(property) "gpt-5.4": ChatModelRecord<"openai">`);
  expect(key.tags).toEqual([]);
});
