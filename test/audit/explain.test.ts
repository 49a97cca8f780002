import { explanationFor, type FieldGroup } from "../../src/audit/explain";
import type { RegistryModel, SourceName } from "../../src/audit/types";

/** The example of docs/audit.md. */
const DOCUMENTED = [
  "LiteLLM (2026-07-24) lists max_output_tokens 128000; the provider's model page says 64000, which this entry follows.",
  "Prices follow genai-prices 0.1.8; LiteLLM still has the launch price.",
].join("\n");

const withNotes = (notes: string | undefined) => ({ id: "m", provider: "openai", notes }) as RegistryModel;

describe("explanationFor", () => {
  it.each<[string | undefined, SourceName, FieldGroup, string | undefined]>([
    [DOCUMENTED, "litellm", "limits", "LiteLLM (2026-07-24) lists max_output_tokens 128000;"],
    [DOCUMENTED, "litellm", "pricing", "LiteLLM still has the launch price."],
    [DOCUMENTED, "genai-prices", "pricing", "Prices follow genai-prices 0.1.8;"],
    [DOCUMENTED, "genai-prices", "limits", undefined],
    [DOCUMENTED, "models-dev", "pricing", undefined],
    [DOCUMENTED, "litellm", "capabilities", undefined],
    ["models.dev says the model was released 2026-03-05.", "models-dev", "release_date", "models.dev says the model was released 2026-03-05."],
    ["models.dev lists it as deprecated.", "models-dev", "lifecycle", "models.dev lists it as deprecated."],
    ["models.dev omits PDF input.", "models-dev", "capabilities", "models.dev omits PDF input."],
    ["@pydantic/genai-prices has a long-context tier.", "genai-prices", "pricing", "@pydantic/genai-prices has a long-context tier."],
    ["Imported from LiteLLM.", "litellm", "pricing", undefined],
    ["The provider says so. LiteLLM is older.", "litellm", "limits", undefined],
    [undefined, "litellm", "pricing", undefined],
  ])("%j / %s / %s", (notes, source, group, expected) => {
    expect(explanationFor(withNotes(notes), source, group)).toBe(expected);
  });
});

test("a source's own name does not count as a word of the group: genai-prices does not talk about prices by itself", () => {
  const model = { notes: "Follows genai-prices 0.1.8 for the limits. LiteLLM has other figures." } as never;
  expect(explanationFor(model, "genai-prices", "pricing")).toBeUndefined();
  expect(explanationFor(model, "genai-prices", "limits")).toBe("Follows genai-prices 0.1.8 for the limits.");
});
