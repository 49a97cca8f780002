import { isoDate, ownProperty, perTokenToPerMillion, positiveInteger, sameNumber } from "../../src/audit/numbers";

describe("perTokenToPerMillion", () => {
  it.each([
    [3e-6, 3],
    [7.5e-8, 0.075],
    [1.25e-7, 0.125],
    [0.0000225, 22.5],
    [0, 0],
  ])("%d per token → %d per 1M", (perToken, perMillion) => {
    expect(perTokenToPerMillion(perToken)).toBe(perMillion);
  });
});

describe("sameNumber", () => {
  it.each([
    [2.5, 2.5000001, true],
    [0.075, 0.0750000000001, true],
    [2.5, 2.6, false],
    [0, 0, true],
    [0, 1e-9, false],
  ])("%d ≈ %d: %s", (a, b, expected) => {
    expect(sameNumber(a, b)).toBe(expected);
  });
});

describe("parsed-value guards", () => {
  it.each([
    ["2026-12-01", "2026-12-01"],
    ["2026-12", undefined],
    [new Date("2026-07-02T00:00:00Z"), "2026-07-02"],
    [20261201, undefined],
  ])("isoDate(%j) → %s", (value, expected) => {
    expect(isoDate(value)).toBe(expected);
  });

  it.each([
    [128000, 128000],
    [0, undefined],
    [1.5, undefined],
    ["128000", undefined],
  ])("positiveInteger(%j) → %s", (value, expected) => {
    expect(positiveInteger(value)).toBe(expected);
  });

  it("ownProperty never reads through the prototype", () => {
    const parsed = JSON.parse('{"__proto__": {"input": 1}, "limit": 5}') as Record<string, unknown>;
    expect(ownProperty(parsed, "__proto__")).toEqual({ input: 1 });
    expect(ownProperty(parsed, "constructor")).toBeUndefined();
    expect(ownProperty(parsed, "toString")).toBeUndefined();
    expect(ownProperty(parsed, "limit")).toBe(5);
  });
});
