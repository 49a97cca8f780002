import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generateIn, makeTempDir, removeDir, REPO_ROOT } from "../hardening/helpers";

const BASE = readFileSync(join(REPO_ROOT, "test/fixtures/extends/base.yaml"), "utf8");

/**
 * An alias that starts with a provider ID and `-` or `/` names that provider, so it must resolve to one of its
 * models; both spellings are checked, and an alias naming no provider may point anywhere.
 */
test.each([
  ["`azure-…` resolving to an Azure model", "azure-gpt4o: azure/gpt-4o", []],
  ["`azure/…` resolving to an Azure model", "azure/gpt4o: azure/gpt-4o", []],
  ["`azure-…` resolving to an OpenAI model", "azure-gpt4o: gpt-4o", ["error rule/alias-crosses-providers"]],
  ["`azure/…` resolving to an OpenAI model", "azure/gpt4o: gpt-4o", ["error rule/alias-crosses-providers"]],
  ["`openai/…` resolving to an Azure model", "openai/gpt4o: azure/gpt-4o", ["error rule/alias-crosses-providers"]],
  ["an alias naming no provider, to any model", "omni: azure/gpt-4o", []],
])("%s", async (_name, alias, expected) => {
  const dir = makeTempDir();
  try {
    const result = await generateIn(dir, BASE.replace("aliases:\n  gpt4: gpt-4\n", `aliases:\n  gpt4: gpt-4\n  ${alias}\n`), { mode: "validate" });
    expect(result.diagnostics.filter((d) => d.severity === "error").map((d) => `${d.severity} ${d.code}`)).toEqual(expected);
  } finally {
    removeDir(dir);
  }
});
