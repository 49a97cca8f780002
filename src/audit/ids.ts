import type { RegistryModel } from "./types";

/** Bedrock cross-region inference profile prefixes (`us.anthropic.claude-…`); genai-prices adds `regional.` for in-region endpoint prices. */
const BEDROCK_REGION_PREFIX = /^(?:us|eu|apac|ap|jp|au|ca|us-gov|global|regional)\./;
/** LiteLLM's region-pinned Bedrock keys (`bedrock/us-east-1/anthropic.claude-…`, routing prefix already cut). */
const BEDROCK_REGION_PATH = /^[a-z]{2}(?:-[a-z]+)+-\d\//;
/** Azure data-zone deployments (`azure/us/gpt-4o`, `azure/global/gpt-5.1`). */
const AZURE_ZONE = /^(?:us|eu|global)\//;

/**
 * The ID a list uses for a model, reduced to the one variant the audit compares on: for Bedrock the base
 * model ID without inference-profile prefix, for Azure the model name without data zone, for Claude on Vertex
 * the model name without `@default`.
 */
export function canonicalModelId(provider: string, id: string): string {
  if (provider === "bedrock") return id.replace(BEDROCK_REGION_PATH, "").replace(BEDROCK_REGION_PREFIX, "");
  if (provider === "azure") return id.replace(/^azure\//, "").replace(AZURE_ZONE, "");
  // models.dev names Vertex's Claude models by their version alias (`claude-opus-4-8@default`).
  if (provider === "vertex-anthropic") return id.replace(/@default$/, "");
  return id;
}

/** Removes a list's routing prefix (`azure/`, `gemini/`, `xai/`, `vertex_ai/`, …) from a model key. */
export function stripRoutingPrefix(key: string, prefixes: readonly string[]): string {
  for (const prefix of prefixes) {
    if (key.startsWith(`${prefix}/`)) return key.slice(prefix.length + 1);
  }
  return key;
}

/**
 * The IDs under which a list may hold a registry model, best first: the provider-side name (`api_name`, else
 * `id`), then the registry ID, each as given and in canonical form; Ollama tags also without their size.
 */
export function candidateIds(model: RegistryModel): string[] {
  const names = [model.api_name, model.id].filter((name): name is string => typeof name === "string" && name.length > 0);
  const candidates: string[] = [];
  for (const name of names) {
    const unprefixed = model.provider === "azure" ? name.replace(/^azure\//, "") : name;
    candidates.push(unprefixed, canonicalModelId(model.provider, unprefixed));
    if (model.provider === "ollama" && unprefixed.includes(":")) candidates.push(unprefixed.slice(0, unprefixed.indexOf(":")));
  }
  return [...new Set(candidates)];
}
