import { sameNumber } from "../../src/audit/fields";

it.each([
  [2.5, 2.5000001, true],
  [0.075, 0.0750000000001, true],
  [2.5, 2.6, false],
  [0, 0, true],
  [0, 1e-9, false],
])("%d ≈ %d: %s", (a, b, expected) => {
  expect(sameNumber(a, b)).toBe(expected);
});
