import { readFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";

/**
 * Synthetic registries for the benchmark: N models over the 8 shipped providers, with the ID shapes
 * real providers use (`:`, `.`, `/`), optional fields present at realistic rates and 15% deprecated,
 * each replaced by an active model. Deterministic: the same N always gives the same file.
 */

const PROVIDERS = ["openai", "anthropic", "google", "xai", "bedrock", "azure", "dial", "ollama"] as const;
type ProviderId = (typeof PROVIDERS)[number];

const FAMILIES: Record<ProviderId, readonly string[]> = {
  openai: ["gpt-4o", "gpt-4.1", "o3", "gpt-5"],
  anthropic: ["claude-sonnet-4-5", "claude-3-haiku", "claude-opus-4"],
  google: ["gemini-2.5-pro", "gemini-2.0-flash", "gemma-3"],
  xai: ["grok-4", "grok-3-mini"],
  bedrock: ["amazon.nova-pro-v1:0", "anthropic.claude-3-5-sonnet-20241022-v2:0", "meta.llama3-70b-instruct-v1:0"],
  azure: ["azure/gpt-4o", "azure/o3-mini"],
  dial: ["dial/gpt-4o", "dial/claude-3-haiku"],
  ollama: ["qwen2.5:32b", "llama3.1:8b", "deepseek-r1:14b"],
};

/** The providers block of the shipped registry, verbatim (all 8 providers, real-looking config). */
function providersBlock(repoRoot: string): string {
  const text = readFileSync(join(repoRoot, "models/model_registry.yaml"), "utf8");
  const start = text.indexOf("\nproviders:\n");
  const end = text.indexOf("\nmodels:\n");
  return text.slice(start + 1, end + 1);
}

/** Small deterministic PRNG (mulberry32) so registries are reproducible. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function modelId(provider: ProviderId, family: string, serial: number): string {
  const variant = `v${Math.floor(serial / 7) + 1}.${serial % 7}`;
  if (family.endsWith(":0")) return family.replace(/-v(\d+):0$/, `-${variant}-v$1:${serial % 3}`);
  if (provider === "ollama") return family.replace(":", `-${variant}:`);
  return `${family}-${variant}`;
}

export interface SyntheticModel {
  id: string;
  provider: ProviderId;
  [field: string]: unknown;
}

export function syntheticModels(count: number): SyntheticModel[] {
  const next = random(count);
  const models: SyntheticModel[] = [];
  for (let index = 0; index < count; index++) {
    const provider = PROVIDERS[index % PROVIDERS.length]!;
    const families = FAMILIES[provider];
    const family = families[Math.floor(index / PROVIDERS.length) % families.length]!;
    const id = modelId(provider, family, Math.floor(index / (PROVIDERS.length * families.length)));
    const context = [8192, 32768, 128000, 200000, 1048576][Math.floor(next() * 5)]!;
    // At least $0.05 per 1M, so the output price (4×) clears the unit guard's floors.
    const input = Math.round((0.05 + next() * 15) * 1000) / 1000;
    const model: SyntheticModel = {
      id,
      provider,
      display_name: `${family.replace(/[-/.:]/g, " ")} ${index}`,
      ...(provider === "bedrock" || provider === "anthropic" ? { api_name: `${id.replace(/[/:]/g, "-")}-20250929` } : {}),
      status: (["production", "beta", "experimental"] as const)[Math.floor(next() * 3)],
      context_window: context,
      max_output_tokens: Math.min(context, [4096, 8192, 16384, 65536][Math.floor(next() * 4)]!),
      pricing: {
        input,
        output: Math.round(input * 4 * 1000) / 1000,
        ...(next() < 0.5 ? { cached_input: Math.round(input * 0.1 * 1000) / 1000 } : {}),
      },
      capabilities: {
        input: next() < 0.6 ? ["text", "image"] : ["text"],
        output: ["text"],
        tool_calling: next() < 0.9,
      },
      scores: { coding: Math.round(next() * 10) / 10, reasoning: Math.round(next() * 10) / 10, basis: "tier" },
      speed_rating: Math.round(next() * 100) / 10,
      ...(provider === "azure" ? { min_api_version: "2024-10-21" } : {}),
      ...(provider === "ollama" ? { hardware: { parameters_billion: 32, download_size_gb: 19, min_ram_gb: 32 } } : {}),
      ...(next() < 0.3 ? { best_for: `Everyday ${family} work: "quick" drafts, code review & summaries` } : {}),
      sources: { all: `https://example.com/docs/${provider}/models/${encodeURIComponent(id)}` },
      verified: "2026-07-24",
    };
    models.push(model);
  }
  deprecateFifteenPercent(models);
  return models;
}

/**
 * 3 in 20 (15%) deprecated, each replaced by an active model of its own provider (the first of its block of 20
 * with that provider: blocks cycle through the 8 providers, so one is always there).
 */
function deprecateFifteenPercent(models: SyntheticModel[]): void {
  const replacementFor = (index: number) => {
    const start = index - (index % 20);
    return models.slice(start, start + 17).find((m) => m.provider === models[index]!.provider) ?? models[start]!;
  };
  models.forEach((model, index) => {
    if (index % 20 < 17 || models.length < 20) return;
    model.status = "deprecated";
    model.deprecation_date = "2025-06-06";
    if (index % 2 === 0) model.shutdown_date = "2026-06-01";
    model.replaced_by = replacementFor(index).id;
  });
  if (models.length < 20) {
    // Small N: still 15%, pointing at the first model.
    const deprecatedCount = Math.round(models.length * 0.15);
    for (let index = models.length - deprecatedCount; index < models.length && index > 0; index++) {
      models[index]!.status = "deprecated";
      models[index]!.deprecation_date = "2025-06-06";
      models[index]!.replaced_by = models.find((m) => m.provider === models[index]!.provider && m.status !== "deprecated")?.id ?? models[0]!.id;
    }
  }
}

/** The YAML text of a synthetic registry with `count` models. */
export function syntheticRegistryYaml(count: number, repoRoot: string): string {
  const models = stringify({ models: syntheticModels(count) }, { lineWidth: 0 });
  const aliases = stringify({ aliases: { "legacy-gpt-4o": syntheticModels(1)[0]!.id } });
  return `version: 2\n\n${providersBlock(repoRoot)}\n${models}\n${aliases}`;
}
