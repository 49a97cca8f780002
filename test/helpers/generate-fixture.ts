// Runs the real generator on a registry fixture into a temporary directory.
import { join } from "node:path";
import { GENERATED_DECLARATIONS_NAME, generate, type GenerateOptions, type GenerateResult } from "../../src/generator/generate";
import { PROJECT_ROOT } from "./typescript";

export const FIXTURES = join(PROJECT_ROOT, "test", "fixtures");
export const SHIPPED_REGISTRY = join(PROJECT_ROOT, "models", "model_registry.yaml");

/** The options `npm run generate` takes from package.json's `modelRegistry` key for the shipped registry. */
export const SHIPPED_OPTIONS: GenerateOptions = { runtime: "./src/runtime", moduleFormat: "cjs", language: "js", command: "npm run generate" };

/** The day lifecycle rules are judged on in these tests, so that they never depend on the clock. */
export const FIXTURE_AS_OF = "2026-12-01";

/**
 * Generates `registryPath` into `outDir` (the runtime copied beside it) and returns the generated module's path
 * without extension (it resolves to the `.d.ts` for the compiler and the `.js` at run time); fails loudly on any diagnostic
 * except the announcement of a shutdown within 30 days, which depends on the as-of date, not on the fixture.
 */
export async function generateInto(registryPath: string, outDir: string): Promise<string> {
  const result = await generate({ registryPath, outDir, cwd: PROJECT_ROOT, asOf: FIXTURE_AS_OF });
  assertClean(result);
  return join(outDir, GENERATED_DECLARATIONS_NAME.replace(/\.d\.ts$/, ""));
}

export function assertClean(result: GenerateResult): void {
  if (!result.ok || result.diagnostics.some((d) => d.code !== "rule/shutdown-soon")) {
    const lines = result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code}: ${d.message}`);
    throw new Error(`generation failed:\n${lines.join("\n")}`);
  }
}
