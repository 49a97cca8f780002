import { explanationFor, numberSpellings, sourceMentions } from "../../src/audit/explain";
import type { RawDifference } from "../../src/audit/fields";
import type { RegistryModel } from "../../src/audit/types";

/** The example of docs/audit.md. */
const DOCUMENTED = [
  "LiteLLM (2026-07-24) lists max_output_tokens 128000; the provider's model page says 64000, which this entry follows.",
  "LiteLLM still has the launch input price of $4.",
].join("\n");

const withNotes = (notes: string | undefined) => ({ id: "m", provider: "openai", notes }) as RegistryModel;
const LITELLM = sourceMentions({ name: "litellm" });
const GENAI = sourceMentions({ name: "genai-prices" });
const MODELS_DEV = sourceMentions({ name: "models-dev" });
const diff = (field: string, source: RawDifference["source"], registry: RawDifference["registry"] = null): RawDifference => ({
  field,
  group: "limits",
  registry,
  source,
});

describe("explanationFor: a sentence names the source, the field and the value it departs from", () => {
  it.each<[string | undefined, readonly string[], RawDifference, string | undefined]>([
    [DOCUMENTED, LITELLM, diff("max_output_tokens", 128000, 64000), "LiteLLM (2026-07-24) lists max_output_tokens 128000;"],
    // the same field, another value: the sentence does not explain it
    [DOCUMENTED, LITELLM, diff("max_output_tokens", 100000, 64000), undefined],
    // the same value, another field
    [DOCUMENTED, LITELLM, diff("context_window", 128000, 64000), undefined],
    [DOCUMENTED, LITELLM, diff("pricing.input", 4, 5), "LiteLLM still has the launch input price of $4."],
    [DOCUMENTED, LITELLM, diff("pricing.output", 4, 5), undefined],
    [DOCUMENTED, GENAI, diff("pricing.input", 4, 5), undefined],
    [DOCUMENTED, MODELS_DEV, diff("max_output_tokens", 128000, 64000), undefined],
    [
      "models.dev says the model was released 2026-03-05.",
      MODELS_DEV,
      diff("release_date", "2026-03-05"),
      "models.dev says the model was released 2026-03-05.",
    ],
    ["models.dev says the model was released 2026-03-05.", MODELS_DEV, diff("release_date", "2026-03-06"), undefined],
    ["models.dev lists it as deprecated.", MODELS_DEV, diff("status", "deprecated", "production"), "models.dev lists it as deprecated."],
    ["models.dev omits PDF input.", MODELS_DEV, diff("capabilities.input", ["text"], ["text", "pdf"]), "models.dev omits PDF input."],
    ["models.dev omits image input.", MODELS_DEV, diff("capabilities.input", ["text"], ["text", "pdf"]), undefined],
    ["models.dev lists a context of 1M tokens.", MODELS_DEV, diff("context_window", 1048576), "models.dev lists a context of 1M tokens."],
    [
      "LiteLLM's context window of 1,114,112 is the sum of input and output limits.",
      LITELLM,
      diff("context_window", 1114112),
      "LiteLLM's context window of 1,114,112 is the sum of input and output limits.",
    ],
    [
      "By the registry's rule for Google, context_window is the input limit, whatever LiteLLM says.",
      LITELLM,
      diff("context_window", 1114112),
      "By the registry's rule for Google, context_window is the input limit, whatever LiteLLM says.",
    ],
    // the sentence that motivated the rule: it names the source and "price" but neither the field nor the value
    ["genai-prices batch prices are 50% of the standard price.", GENAI, diff("pricing.input", 4, 5), undefined],
    ["Imported from LiteLLM.", LITELLM, diff("pricing.input", 4, 5), undefined],
    ["The provider says 128000. LiteLLM is older.", LITELLM, diff("max_output_tokens", 128000), undefined],
    [undefined, LITELLM, diff("pricing.input", 4), undefined],
  ])("%j / %j / %j", (notes, mentions, difference, expected) => {
    expect(explanationFor(withNotes(notes), mentions, difference)).toBe(expected);
  });
});

test("a source's own name does not count as a word of the field: genai-prices does not name the input price by itself", () => {
  const model = withNotes("Follows genai-prices 0.1.8 ($5) for the limits.");
  expect(explanationFor(model, GENAI, diff("pricing.input", 5))).toBeUndefined();
});

test("a number is named in its usual spellings, never as part of another number", () => {
  expect(numberSpellings(128000)).toEqual(expect.arrayContaining(["128000", "128,000", "128k"]));
  expect(numberSpellings(0.4)).toEqual(expect.arrayContaining(["0.4", "0.40"]));
  expect(explanationFor(withNotes("LiteLLM lists an input price of $40."), LITELLM, diff("pricing.input", 4))).toBeUndefined();
  expect(explanationFor(withNotes("LiteLLM lists an input price of $4.5."), LITELLM, diff("pricing.input", 4))).toBeUndefined();
});
