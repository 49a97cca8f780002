import { generate } from "../../src/generator/generate";

test("the shipped registry is valid and the committed output is up to date", async () => {
  const result = await generate({ mode: "check", cwd: process.cwd() });
  expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  expect(result.stale).toEqual([]);
});
