import { generate } from "../../src/generator/generate";
import { FIXTURE_AS_OF, SHIPPED_OPTIONS } from "../helpers/generate-fixture";

// Judged on a fixed day, so the suite's verdict does not change with the clock; `npm test`'s `generate --check`
// judges the registry on the real day, which is where a passed shutdown date should turn CI red.
test("the shipped registry is valid and the committed output is up to date", async () => {
  const result = await generate({ mode: "check", cwd: process.cwd(), asOf: FIXTURE_AS_OF, ...SHIPPED_OPTIONS });
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  expect(result.stale).toEqual([]);
});
