import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generateIn, makeTempDir, removeDir, REPO_ROOT } from "../hardening/helpers";

const BASE = readFileSync(join(REPO_ROOT, "test/fixtures/lifecycle/shutdown-schedule/registry.yaml"), "utf8");

/** The unit guard on prices: per-token and per-1k figures are errors; an output price cheaper than any real one is a warning. */
test.each([
  ["a real cheap output price", "{ input: 0.2, output: 1.25 }", []],
  ["an output price below any public list's (a per-1k figure of a $15 model)", "{ input: 0.2, output: 0.015 }", ["warning rule/price-unit-suspicious"]],
  ["a per-token input price", "{ input: 0.0000002, output: 1.25 }", ["error rule/price-unit"]],
  // Periods, cached prices and tiers, each at its boundary: the cases no other test decides (back-to-back periods are
  // valid; a period's cached price is judged against the period's own input price; tiers share one rule).
  [
    "back-to-back periods (one ends the day the next starts)",
    "{ input: 0.2, output: 1.25, periods: [{ until: '2026-06-01', input: 0.1, output: 1 }, { from: '2026-06-01', input: 0.15, output: 1.1 }] }",
    [],
  ],
  [
    "periods that overlap by a day",
    "{ input: 0.2, output: 1.25, periods: [{ until: '2026-06-02', input: 0.1, output: 1 }, { from: '2026-06-01', input: 0.15, output: 1.1 }] }",
    ["error rule/period-overlap"],
  ],
  ["a cached price above the base input price", "{ input: 0.2, output: 1.25, cached_input: 0.3 }", ["error rule/cached-above-input"]],
  ["a cached price equal to the input price", "{ input: 0.2, output: 1.25, cached_input: 0.2 }", []],
  [
    "a period's cached price above the period's input, below the base's",
    "{ input: 1, output: 2, cached_input: 0.1, periods: [{ from: '2026-06-01', input: 0.4, output: 1, cached_input: 0.5 }] }",
    ["error rule/cached-above-input"],
  ],
  [
    "a period's cached price below the period's input",
    "{ input: 1, output: 2, cached_input: 0.1, periods: [{ from: '2026-06-01', input: 0.4, output: 1, cached_input: 0.3 }] }",
    [],
  ],
  [
    "tiers mixing whole-request and excess-tokens",
    "{ input: 0.2, output: 1.25, tiers: [{ above_input_tokens: 100000, input: 0.4, output: 2 }, { above_input_tokens: 200000, applies_to: excess-tokens, input: 0.5 }] }",
    ["error rule/tier-mixed-rule"],
  ],
  [
    "an excess-tokens tier with an output price",
    "{ input: 0.2, output: 1.25, tiers: [{ above_input_tokens: 100000, applies_to: excess-tokens, input: 0.4, output: 2 }] }",
    ["error rule/tier-output-never-applies"],
  ],
  [
    "an excess-tokens tier pricing input only",
    "{ input: 0.2, output: 1.25, tiers: [{ above_input_tokens: 100000, applies_to: excess-tokens, input: 0.4 }] }",
    [],
  ],
])("%s", async (_name, pricing, expected) => {
  const dir = makeTempDir();
  try {
    const registry = BASE.replace("pricing: { input: 0.2, output: 1.25 }", `pricing: ${pricing}`);
    const result = await generateIn(dir, registry, { mode: "validate" });
    expect(result.diagnostics.map((d) => `${d.severity} ${d.code}`)).toEqual(expected);
  } finally {
    removeDir(dir);
  }
});
