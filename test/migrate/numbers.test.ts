import fc from "fast-check";
import { parseGigabytes, parsePerMillionPrice, parseTokenCount, perMillionTo1k, perTokenTo1k } from "../../src/migrate/numbers";
import { boltsToSpeed, countSymbol, starsToScore } from "../../src/migrate/scores";

test("per-token and per-1M prices become clean per-1k figures", () => {
  expect(perTokenTo1k(2.5e-6)).toBe(0.0025);
  expect(perTokenTo1k(1.25e-7)).toBe(0.000125);
  expect(perTokenTo1k(3e-8)).toBe(0.00003);
  expect(perMillionTo1k(0.15)).toBe(0.00015);
  expect(perMillionTo1k(5.32)).toBe(0.00532);
  expect(perMillionTo1k(0)).toBe(0);
});

test("per-1k conversion never prints binary noise", () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 10_000_000 }), (micro) => {
      const perMillion = micro / 1000; // prices with up to 3 decimals per 1M
      const text = String(perMillionTo1k(perMillion));
      expect(text.replace(/^0\.0*/, "").length).toBeLessThanOrEqual(10);
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
