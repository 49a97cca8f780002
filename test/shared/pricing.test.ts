import { blendedPricePer1M, periodInForce, perTokenToPerMillion, roundSignificant } from "../../src/shared/pricing";

describe("perTokenToPerMillion", () => {
  it.each([
    [3e-6, 3],
    [2.5e-6, 2.5],
    [7.5e-8, 0.075],
    [1.25e-7, 0.125],
    [3e-8, 0.03],
    [0.0000225, 22.5],
    [0, 0],
  ])("%d per token → %d per 1M", (perToken, perMillion) => {
    expect(perTokenToPerMillion(perToken)).toBe(perMillion);
  });
});

test("roundSignificant keeps ten significant digits unless told otherwise", () => {
  expect(roundSignificant(0.1 + 0.2)).toBe(0.3);
  expect(roundSignificant(1.23456789012)).toBe(1.23456789);
  expect(roundSignificant(1.23456789, 4)).toBe(1.235);
});

test("blendedPricePer1M is (3 × input + output) / 4, exact in decimal", () => {
  expect(blendedPricePer1M({ input: 0.1, output: 0.2 })).toBe(0.125);
  expect(blendedPricePer1M({ input: 3, output: 15 })).toBe(6);
  expect(blendedPricePer1M({ input: 0, output: 0 })).toBe(0);
});

describe("periodInForce", () => {
  const periods = [
    { from: "2026-01-01", until: "2026-02-01", name: "january" },
    { from: "2026-02-01", name: "from february" },
  ];
  it.each([
    ["2025-12-31", undefined],
    ["2026-01-01", "january"],
    ["2026-01-31", "january"],
    ["2026-02-01", "from february"],
    ["2030-01-01", "from february"],
  ])("on %s: %s", (day, name) => {
    expect(periodInForce(periods, day)?.name).toBe(name);
  });
  it("finds nothing without periods", () => expect(periodInForce(undefined, "2026-01-01")).toBeUndefined());
});
