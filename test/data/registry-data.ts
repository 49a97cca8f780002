import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import type { ModelEntry, ModelRegistryFile } from "../../src/shared/registry-file";

/** Dated copies inside the repository (data/sources/README.md), so a plain clone's tests read nothing outside it. */
export const SOURCES_DIR = join(__dirname, "../../data/sources");
export const SNAPSHOT_PATH = join(SOURCES_DIR, "litellm/model_prices_and_context_window-2026-07-24.json");
export const LEGACY_PATH = join(SOURCES_DIR, "legacy/legacy-model-registry-2025-11.md");
export const REGISTRY_PATH = join(__dirname, "../../models/model_registry.yaml");

export function loadRegistry(): ModelRegistryFile {
  return parse(readFileSync(REGISTRY_PATH, "utf8")) as ModelRegistryFile;
}

export type SnapshotEntry = Record<string, unknown>;

export function loadSnapshot(): Record<string, SnapshotEntry> {
  return JSON.parse(readFileSync(SNAPSHOT_PATH, "utf8")) as Record<string, SnapshotEntry>;
}

/** LiteLLM routing prefixes each registry provider's models may carry in the snapshot (`azure/gpt-4o`, `gemini/...`). */
const SNAPSHOT_PREFIXES: Record<string, string[]> = {
  openai: [""],
  anthropic: [""],
  google: ["gemini/"],
  xai: ["xai/"],
  bedrock: ["", "bedrock/"],
  azure: ["azure/"],
  dial: ["", "azure/", "gemini/"],
};

/** The snapshot chat-model key a registry entry corresponds to, by api_name first, then id (with `azure/` etc. handled). */
export function snapshotKeyFor(model: ModelEntry, snapshot: Record<string, SnapshotEntry>): string | undefined {
  const prefixes = SNAPSHOT_PREFIXES[model.provider];
  if (!prefixes) return undefined;
  const bare = (name: string) => name.replace(/^(azure|gemini|xai|bedrock)\//, "");
  const names = [...new Set([model.api_name, model.id].filter((n): n is string => n !== undefined).map(bare))];
  const isChat = (key: string) => ["chat", "responses"].includes(String(snapshot[key]?.["mode"]));
  for (const name of names) for (const prefix of prefixes) if (isChat(prefix + name)) return prefix + name;
  return undefined;
}
