import { closestMatch, didYouMean } from "../../src/shared/suggest";

describe("closestMatch: the likely typo's intended name", () => {
  test.each<[string, string, readonly string[], string | undefined]>([
    ["one edit away", "gpt-4o-mnii", ["gpt-4o-mini", "gpt-4o", "o1-mini"], "gpt-4o-mini"],
    ["a tie between two candidates picks the code-unit first, in either order", "gpt-4x", ["gpt-4y", "gpt-4a"], "gpt-4a"],
    ["the same tie, listed the other way round", "gpt-4x", ["gpt-4a", "gpt-4y"], "gpt-4a"],
    ["case does not count as an edit", "GPT-4O", ["gpt-4o", "gpt-4"], "gpt-4o"],
    ["too far to be a typo", "claude", ["gpt-4o", "gemini-2.5-pro"], undefined],
    ["no candidates", "gpt-4o", [], undefined],
  ])("%s", (_name, input, candidates, expected) => {
    expect(closestMatch(input, candidates)).toBe(expected);
  });

  test("didYouMean words the suggestion, or says nothing", () => {
    expect(didYouMean("gpt-4o-mnii", ["gpt-4o-mini"])).toBe("did you mean `gpt-4o-mini`?");
    expect(didYouMean("zzz", ["gpt-4o-mini"])).toBeUndefined();
  });
});
