// Runs the real generator on a registry fixture into a temporary directory.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { GENERATED_DECLARATIONS_NAME, generate, type GenerateOptions, type GenerateResult } from "../../src/generator/generate";
import { PROJECT_ROOT } from "./typescript";

export const FIXTURES = join(PROJECT_ROOT, "test", "fixtures");
export const SHIPPED_REGISTRY = join(PROJECT_ROOT, "models", "model_registry.yaml");

type ShippedModel = { id: string; provider: string; replaced_by?: string; same_weights_as?: string };

/**
 * The shipped registry with every provider (their env lists, base URLs and auth as shipped) but few models: per
 * provider the first that points to no other, the models named in `keep`, and the models those point to; the aliases
 * of the models left out are left out. For tests whose subject is not the catalogue, at a fraction of its run time.
 */
export function shippedProvidersFewModels(keep: readonly string[] = []): string {
  const data = parse(readFileSync(SHIPPED_REGISTRY, "utf8")) as { models: ShippedModel[]; aliases?: Record<string, string> };
  const byId = new Map(data.models.map((model) => [model.id, model]));
  const chosen = new Set<ShippedModel>();
  const providers = new Set<string>();
  for (const model of data.models) {
    if (providers.has(model.provider) || model.replaced_by !== undefined || model.same_weights_as !== undefined) continue;
    providers.add(model.provider);
    chosen.add(model);
  }
  const pending = keep.map((id) => byId.get(id)!);
  for (let model = pending.pop(); model !== undefined; model = pending.pop()) {
    chosen.add(model);
    for (const target of [model.replaced_by, model.same_weights_as]) {
      const linked = target === undefined ? undefined : byId.get(target);
      if (linked !== undefined && !chosen.has(linked)) pending.push(linked);
    }
  }
  const ids = new Set([...chosen].map((model) => model.id));
  data.models = data.models.filter((model) => chosen.has(model));
  if (data.aliases !== undefined) data.aliases = Object.fromEntries(Object.entries(data.aliases).filter(([, target]) => ids.has(target)));
  return stringify(data);
}

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
