import { formatDecimalUsd, formatUsd } from "../../src/shared/format-number";

test.each([
  [2.5, "$2.50", "2.50"],
  [0.075, "$0.075", "0.075"],
  [0, "$0.00", "0.00"],
  [-0, "$0.00", "0.00"], // `pricing: { input: -0.0 }` in a registry: shown as free, never "$-0.00"
])("%p → %s", (usd, withSign, decimal) => {
  expect(formatUsd(usd)).toBe(withSign);
  expect(formatDecimalUsd(usd)).toBe(decimal);
});
