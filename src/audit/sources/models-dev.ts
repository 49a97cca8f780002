import { readdirSync, statSync } from "node:fs";
import { readBoundedText } from "../../io/read-input";
import { join, relative, sep } from "node:path";
import { parse as parseToml } from "smol-toml";
import { dropUndefined, isRecord, isoDate, nonEmptyText, nonNegativeNumber, ownProperty, positiveInteger } from "../numbers";
import { SourceIndex } from "../source-index";
import type { AuditSource, Capabilities, Modality, PriceTable, PriceTier, RegistryProvider, SourceModel, SourcePricing } from "../types";

/** Registry provider → models.dev provider directory / `api.json` key. */
export const MODELS_DEV_PROVIDERS: ReadonlyArray<readonly [RegistryProvider, string]> = [
  ["openai", "openai"],
  ["anthropic", "anthropic"],
  ["google", "google"],
  ["xai", "xai"],
  ["bedrock", "amazon-bedrock"],
  ["azure", "azure"],
];

const MODALITIES = new Set<string>(["text", "image", "audio", "video", "pdf"]);
const PRICE_KEYS: ReadonlyArray<readonly [keyof PriceTable, string]> = [
  ["input", "input"],
  ["output", "output"],
  ["cached_input", "cache_read"],
  ["cache_write", "cache_write"],
];

/**
 * A models.dev catalogue in its `api.json` shape (`{ <provider>: { models: { <model>: {...} } } }`) → audit
 * source. `readModelsDevTree` turns a `providers/` TOML checkout into the same shape.
 */
export function modelsDevSource(catalog: unknown, label = "models.dev"): AuditSource {
  if (!isRecord(catalog)) throw new Error("models.dev catalogue: the top level is not an object of providers");
  const models: SourceModel[] = [];
  for (const [provider, directory] of MODELS_DEV_PROVIDERS) {
    const record = ownProperty(catalog, directory);
    const entries = isRecord(record) ? ownProperty(record, "models") : undefined;
    if (!isRecord(entries)) continue;
    for (const id of Object.keys(entries).sort()) {
      const raw = entries[id];
      if (isRecord(raw)) models.push(modelsDevModel(provider, directory, id, raw));
    }
  }
  const index = new SourceIndex(models);
  return { name: "models-dev", label, models, find: (model) => index.find(model) };
}

function modelsDevModel(provider: RegistryProvider, directory: string, id: string, raw: Record<string, unknown>): SourceModel {
  const limit = record(ownProperty(raw, "limit"));
  const capabilities = modelsDevCapabilities(raw);
  const family = String(ownProperty(raw, "family") ?? id);
  return dropUndefined({
    provider,
    id,
    key: `providers/${directory}/models/${id}.toml`,
    name: nonEmptyText(ownProperty(raw, "name")),
    // models.dev has no mode: text out and not an embedding family is a chat model.
    chat: capabilities?.output?.includes("text") === true && !/embed/i.test(family),
    release_date: isoDate(ownProperty(raw, "release_date")),
    deprecated: ownProperty(raw, "status") === "deprecated" ? true : undefined,
    context_window: positiveInteger(ownProperty(limit, "context")),
    max_input_tokens: positiveInteger(ownProperty(limit, "input")),
    max_output_tokens: positiveInteger(ownProperty(limit, "output")),
    pricing: modelsDevPricing(ownProperty(raw, "cost")),
    capabilities,
  });
}

function record(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

function modelsDevPricing(cost: unknown): SourcePricing | undefined {
  if (!isRecord(cost)) return undefined;
  const pricing: SourcePricing = priceTable(cost);
  const tiers = modelsDevTiers(cost);
  if (tiers.length > 0) pricing.tiers = tiers;
  return Object.keys(pricing).length > 0 ? pricing : undefined;
}

function priceTable(cost: Record<string, unknown>): PriceTable {
  const table: PriceTable = {};
  for (const [field, key] of PRICE_KEYS) {
    const price = nonNegativeNumber(ownProperty(cost, key));
    if (price !== undefined) table[field] = price;
  }
  return table;
}

/** `[[cost.tiers]]` with `tier = { size }` (context tiers); the legacy `context_over_200k` table when there are none. */
function modelsDevTiers(cost: Record<string, unknown>): PriceTier[] {
  const tiers = ownProperty(cost, "tiers");
  if (Array.isArray(tiers)) {
    return tiers
      .filter(isRecord)
      .flatMap((tier) => {
        const threshold = record(ownProperty(tier, "tier"));
        const size = positiveInteger(ownProperty(threshold, "size"));
        const type = ownProperty(threshold, "type");
        return size !== undefined && (type === undefined || type === "context") ? [{ above_input_tokens: size, ...priceTable(tier) }] : [];
      })
      .sort((a, b) => a.above_input_tokens - b.above_input_tokens);
  }
  const legacy = ownProperty(cost, "context_over_200k");
  return isRecord(legacy) ? [{ above_input_tokens: 200_000, ...priceTable(legacy) }] : [];
}

function modelsDevCapabilities(raw: Record<string, unknown>): Partial<Capabilities> | undefined {
  const capabilities: Partial<Capabilities> = {};
  const modalities = record(ownProperty(raw, "modalities"));
  const input = modalityList(ownProperty(modalities, "input"));
  const output = modalityList(ownProperty(modalities, "output"));
  if (input) capabilities.input = input;
  if (output) capabilities.output = output;
  const flags: ReadonlyArray<readonly ["tool_calling" | "structured_output" | "reasoning", string]> = [
    ["tool_calling", "tool_call"],
    ["structured_output", "structured_output"],
    ["reasoning", "reasoning"],
  ];
  for (const [field, key] of flags) {
    const value = ownProperty(raw, key);
    if (typeof value === "boolean") capabilities[field] = value;
  }
  return Object.keys(capabilities).length > 0 ? capabilities : undefined;
}

function modalityList(value: unknown): Modality[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.filter((item): item is Modality => typeof item === "string" && MODALITIES.has(item));
}

/**
 * A models.dev checkout (a directory holding `providers/` and, for `base_model` references, `models/`) → the
 * `api.json` shape for the mapped providers. Inheritance follows models.dev's generator: the base model's
 * fields, deep-merged with the file's own, minus the `base_model_omit` paths.
 */
export function readModelsDevTree(root: string): Record<string, { models: Record<string, unknown> }> {
  const catalog: Record<string, { models: Record<string, unknown> }> = {};
  for (const [, directory] of MODELS_DEV_PROVIDERS) {
    const modelsDir = join(root, "providers", directory, "models");
    if (!isDirectory(modelsDir)) continue;
    const models: Record<string, unknown> = {};
    for (const file of tomlFiles(modelsDir)) {
      const id = relative(modelsDir, file)
        .split(sep)
        .join("/")
        .replace(/\.toml$/, "");
      models[id] = resolveBaseModel(root, readToml(file), file);
    }
    catalog[directory] = { models };
  }
  return catalog;
}

function resolveBaseModel(root: string, model: Record<string, unknown>, file: string): Record<string, unknown> {
  const baseId = ownProperty(model, "base_model");
  if (typeof baseId !== "string") return model;
  const baseFile = join(root, "models", `${baseId}.toml`);
  let base: Record<string, unknown>;
  try {
    base = readToml(baseFile);
  } catch (error) {
    throw new Error(`${file}: base_model "${baseId}" not found at ${baseFile}`, { cause: error });
  }
  const { base_model: _base, base_model_omit: omit, ...overrides } = model;
  const merged = mergeDeep(base, overrides);
  for (const path of Array.isArray(omit) ? omit : []) if (typeof path === "string") omitPath(merged, path.split("."));
  return merged;
}

/** Plain objects merge key by key; anything else (arrays included) is replaced, as in remeda's `mergeDeep`. */
function mergeDeep(base: Record<string, unknown>, overrides: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const key of Object.keys(overrides)) {
    const [left, right] = [merged[key], overrides[key]];
    merged[key] = isRecord(left) && isRecord(right) ? mergeDeep(left, right) : right;
  }
  return merged;
}

function omitPath(target: Record<string, unknown>, path: string[]): void {
  const [head, ...rest] = path;
  if (head === undefined || !Object.hasOwn(target, head)) return;
  if (rest.length === 0) {
    delete target[head];
    return;
  }
  const child = target[head];
  if (isRecord(child)) {
    omitPath(child, rest);
    if (Object.keys(child).length === 0) delete target[head];
  }
}

function readToml(file: string): Record<string, unknown> {
  const text = readBoundedText(file);
  try {
    return parseToml(text) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message.split("\n")[0]}`, { cause: error });
  }
}

function tomlFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) return tomlFiles(path);
      // A .toml that is a symlink, FIFO or device is listed too: the bounded reader refuses what is not a regular file.
      return entry.name.endsWith(".toml") ? [path] : [];
    });
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
