import fc from "fast-check";
import { parseGigabytes, parsePerMillionPrice, parseTokenCount } from "../../src/migrate/numbers";
import { shiftDecimalPoint } from "../../src/migrate/upgrade-schema";
import { boltsToSpeed, countSymbol, starsToScore } from "../../src/migrate/scores";

test.each([
  [0.00015, 0.15],
  [0.0025, 2.5],
  [0.000075, 0.075],
  [2e-7, 0.0002],
  [0.6, 600],
  [0, 0],
])("per-1k %p → per-1M %p by decimal shift, no binary noise", (per1k, per1M) => {
  expect(shiftDecimalPoint(per1k, 3)).toBe(per1M);
});

test("the decimal shift equals the decimal reading of the price, for any price with up to 6 decimals per 1k", () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 10_000_000 }), (micro) => {
      const per1k = micro / 1_000_000;
      expect(shiftDecimalPoint(per1k, 3)).toBe(Number((micro / 1000).toString()));
    }),
  );
});

test("legacy token counts use decimal K and M", () => {
  expect(parseTokenCount("128K")).toBe(128000);
  expect(parseTokenCount("2M")).toBe(2000000);
  expect(parseTokenCount("131K")).toBe(131000);
  expect(parseTokenCount("8192")).toBe(8192);
  for (const bad of ["lots", "", "-1K", "0", "12KB"]) expect(parseTokenCount(bad)).toBeUndefined();
});

test("prices, sizes and symbols", () => {
  expect(parsePerMillionPrice("$0.15/M")).toBe(0.15);
  expect(parsePerMillionPrice("$0")).toBe(0);
  expect(parsePerMillionPrice("€1/M")).toBeUndefined();
  expect(parseGigabytes("776MB")).toBe(0.776);
  expect(parseGigabytes("~240GB")).toBe(240);
  expect(parseGigabytes("8-12GB")).toBe(8);
  expect(parseGigabytes("64GB+")).toBe(64);
  expect(countSymbol("⭐⭐⭐⭐", "⭐")).toBe(4);
  expect(countSymbol("⚡⚡ ", "⚡")).toBe(2);
  expect(countSymbol("fast", "⚡")).toBeUndefined();
  expect([3, 4, 5].map(starsToScore)).toEqual([0.6, 0.8, 1]);
  expect([1, 2, 3].map(boltsToSpeed)).toEqual([3.3, 6.7, 10]);
});
