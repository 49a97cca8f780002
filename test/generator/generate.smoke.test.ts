import { generate } from "../../src/generator/generate";
import { SHIPPED_OPTIONS } from "../helpers/generate-fixture";

test("the shipped registry is valid and the committed output is up to date", async () => {
  const result = await generate({ mode: "check", cwd: process.cwd(), ...SHIPPED_OPTIONS });
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  expect(result.stale).toEqual([]);
});
