import { calcPrice } from "@pydantic/genai-prices";
import { estimateCost, listModels, UnservableUsageError } from "../../src/index";

// Tests about the shipped registry on purpose: they check relations, not figures a data refresh may change.

describe("estimateCost on the shipped registry", () => {
  test("the issue's example is rejected: Claude Sonnet 4.5 takes 200K input tokens, not 1M", () => {
    const attempt = () => estimateCost("claude-sonnet-4-5", { inputTokens: 1_000_000, cachedInputTokens: 800_000, outputTokens: 100_000 });
    expect(attempt).toThrow(UnservableUsageError);
    expect(attempt).toThrow('1000000 input tokens exceed the input limit of "claude-sonnet-4-5" (200000)');
  });

  test("every chat model prices a small request at its base prices when no tier or period applies", () => {
    const request = { inputTokens: 1_000, outputTokens: 100 };
    for (const model of listModels({ kinds: "chat" })) {
      const estimate = estimateCost(model.id as never, request, { at: "2030-01-01" });
      if (estimate.priceInForce.period !== undefined || estimate.priceInForce.tier !== undefined) continue;
      expect(estimate.usd).toBeCloseTo((1_000 * model.pricing.input! + 100 * model.pricing.output!) / 1_000_000, 12);
    }
  });

  test("every web search fee in the registry is the one @pydantic/genai-prices 0.1.8 has for the model", () => {
    const withFees = listModels().filter((model) => model.pricing.fees?.web_search_per_1k !== undefined);
    expect(withFees.length).toBeGreaterThan(0);
    for (const model of withFees) {
      const theirs = calcPrice({ input_tokens: 0, output_tokens: 0, web_searches: 1_000 }, model.api_name ?? model.id, { providerId: model.provider });
      expect([model.id, theirs?.total_price]).toEqual([model.id, model.pricing.fees!.web_search_per_1k]);
    }
  });
});
