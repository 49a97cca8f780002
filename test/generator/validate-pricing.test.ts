import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generateIn, makeTempDir, removeDir, REPO_ROOT } from "../hardening/helpers";

const BASE = readFileSync(join(REPO_ROOT, "test/fixtures/lifecycle/shutdown-schedule/registry.yaml"), "utf8");

/** The unit guard on prices: per-token and per-1k figures are errors; an output price cheaper than any real one is a warning. */
test.each([
  ["a real cheap output price", "{ input: 0.2, output: 1.25 }", []],
  ["an output price below any public list's (a per-1k figure of a $15 model)", "{ input: 0.2, output: 0.015 }", ["warning rule/price-unit-suspicious"]],
  ["a per-token input price", "{ input: 0.0000002, output: 1.25 }", ["error rule/price-unit"]],
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
