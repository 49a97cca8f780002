import { isoDate, positiveInteger } from "../../src/shared/parsed-values";

it.each([
  ["2026-12-01", "2026-12-01"],
  ["2026-12", undefined],
  ["2026-02-30", undefined],
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
