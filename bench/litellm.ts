import { readFileSync } from "node:fs";
import { stringify } from "yaml";
import { constantName, providerTypeName } from "../src/shared/naming";

/**
 * A minimal LiteLLM price-list → registry converter, for the benchmark only (the real importer lives in
 * src/migrate): every chat model whose key is a valid registry ID, one generic provider per LiteLLM provider.
 */
interface LiteLlmEntry {
  litellm_provider?: string;
  mode?: string;
  max_input_tokens?: number;
  max_output_tokens?: number;
  max_tokens?: number;
  input_cost_per_token?: number;
  output_cost_per_token?: number;
  cache_read_input_token_cost?: number;
  supports_vision?: boolean;
  supports_function_calling?: boolean;
  deprecation_date?: string;
}

const MODEL_ID = /^[A-Za-z0-9](?:[A-Za-z0-9._:/@+-]*[A-Za-z0-9])?$/;
const per1M = (perToken: number | undefined) => Number(((perToken ?? 0) * 1_000_000).toPrecision(10));
/** What the registry's unit guard accepts: 0, or 0.001 to 1,000 USD per 1M tokens. */
const plausible = (usd: number) => usd === 0 || (usd >= 0.001 && usd <= 1000);

export function litellmRegistryYaml(snapshotPath: string): { yaml: string; models: number } {
  const snapshot = JSON.parse(readFileSync(snapshotPath, "utf8")) as Record<string, LiteLlmEntry>;
  const providers = new Map<string, object>();
  const providerTypeNames = new Set<string>();
  const constants = new Set<string>();
  const models: object[] = [];
  for (const [key, entry] of Object.entries(snapshot)) {
    if (entry.mode !== "chat" || !entry.litellm_provider || !MODEL_ID.test(key) || key.length > 128) continue;
    const provider = entry.litellm_provider
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "");
    if (!/^[a-z][a-z0-9-]*$/.test(provider) || constants.has(constantName(key))) continue;
    const input = per1M(entry.input_cost_per_token);
    const output = per1M(entry.output_cost_per_token);
    if (!plausible(input) || !plausible(output)) continue;
    if (!providers.has(provider)) {
      const typeName = providerTypeName(provider, provider);
      if (providerTypeNames.has(typeName)) continue;
      providerTypeNames.add(typeName);
      const envName = `${provider.toUpperCase().replace(/-/g, "_")}_API_KEY`;
      providers.set(provider, {
        display_name: entry.litellm_provider,
        base_url: "https://api.example.com/v1",
        auth: { type: "bearer" },
        env: { required: [envName] },
        docs_url: "https://docs.litellm.ai/docs/providers",
      });
    }
    constants.add(constantName(key));
    const context = Math.min(10_000_000, Math.max(1, entry.max_input_tokens ?? entry.max_tokens ?? 4096));
    const cached = entry.cache_read_input_token_cost === undefined ? undefined : per1M(entry.cache_read_input_token_cost);
    models.push({
      id: key,
      provider,
      display_name: key,
      status: "production",
      context_window: context,
      max_output_tokens: Math.min(context, Math.max(1, entry.max_output_tokens ?? entry.max_tokens ?? context)),
      pricing: { input, output, ...(cached !== undefined && cached <= input && plausible(cached) ? { cached_input: cached } : {}) },
      capabilities: {
        input: entry.supports_vision ? ["text", "image"] : ["text"],
        output: ["text"],
        tool_calling: entry.supports_function_calling ?? false,
      },
      scores: { coding: 0.5, reasoning: 0.5, basis: "tier" },
      speed_rating: 5,
      sources: { all: "https://github.com/BerriAI/litellm/blob/main/model_prices_and_context_window.json" },
      verified: "2026-07-24",
    });
  }
  const yaml = stringify({ version: 2, providers: Object.fromEntries(providers), models }, { lineWidth: 0 });
  return { yaml, models: models.length };
}
