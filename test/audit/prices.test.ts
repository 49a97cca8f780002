import { pricesInForce } from "../../src/audit/prices";
import type { PricePeriod } from "../../src/audit/types";

const introductory: PricePeriod[] = [{ until: "2027-01-01", input: 0.75, output: 3.75, note: "introductory price" }];
const announced: PricePeriod[] = [
  { from: "2027-01-01", until: "2027-06-01", input: 1.5 },
  { from: "2027-06-01", input: 2 },
];

describe("pricesInForce", () => {
  it.each([
    [introductory, "2026-12-31", { input: 0.75, output: 3.75, cached_input: 0.1 }],
    [introductory, "2027-01-01", { input: 1, output: 5, cached_input: 0.1 }],
    [announced, "2026-12-31", { input: 1, output: 5, cached_input: 0.1 }],
    [announced, "2027-01-01", { input: 1.5, output: 5, cached_input: 0.1 }],
    [announced, "2027-07-01", { input: 2, output: 5, cached_input: 0.1 }],
  ])("%j on %s", (periods, asOf, expected) => {
    expect(pricesInForce({ input: 1, output: 5, cached_input: 0.1, periods }, asOf)).toEqual(expected);
  });

  it("leaves tiers and notes out of the table", () => {
    expect(pricesInForce({ input: 1, output: 2, periods: [{ from: "2026-01-01", note: "x" }] }, "2026-02-01")).toEqual({ input: 1, output: 2 });
  });
});
