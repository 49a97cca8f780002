import { compareStrings } from "../../shared/string-order";
import { constantName, providerTypeName } from "../../shared/naming";
import type { ModelEntry, ModelRegistryFile, ProviderConfig } from "../../shared/registry-file";
import { chainOf } from "../validate/validate-lifecycle";
import type { JsonSchema } from "../validate/validate-schema";
import { calibrate, derivedScores, type Calibration } from "./derive-scores";
import type { RegistryProvenance } from "../input/provenance";

export interface NormalizedModel {
  id: string;
  constantName: string;
  entry: ModelEntry;
  /** Where the `replaced_by` chain ends: the model to move to (deprecated models only). */
  finalReplacement?: string;
}

export interface NormalizedProvider {
  id: string;
  /** `OpenAI` for `openai`: the stem of `OpenAIModelId`. */
  typeName: string;
  config: ProviderConfig;
  modelIds: string[];
}

/** The registry in a canonical form: sorted, keys in schema order, nothing depending on YAML layout. */
export interface NormalizedRegistry {
  /** Registry path as written in banners (relative, forward slashes). */
  sourcePath: string;
  providers: NormalizedProvider[];
  models: NormalizedModel[];
  aliases: Array<{ alias: string; target: string; targetDeprecated: boolean }>;
  /** What the files of the `extends` chain added, changed and removed; absent when the registry extends nothing. */
  provenance?: RegistryProvenance;
}

export function normalizeRegistry(registry: ModelRegistryFile, schema: JsonSchema, sourcePath: string, provenance?: RegistryProvenance): NormalizedRegistry {
  const order = new KeyOrder(schema);
  const byId = new Map(registry.models.map((entry) => [entry.id, entry]));
  const calibration = calibrate(registry.models);
  const models = [...registry.models]
    .sort((a, b) => compareStrings(a.id, b.id))
    .map((entry) => {
      const end = entry.replaced_by === undefined ? undefined : chainOf(entry, byId).end;
      return {
        id: entry.id,
        constantName: constantName(entry.id),
        entry: order.apply(withScores(entry, scoresOf(entry, byId, calibration, registry)), "ModelEntry") as ModelEntry,
        ...(end === undefined ? {} : { finalReplacement: end.id }),
      };
    });
  const providers = Object.keys(registry.providers)
    .sort(compareStrings)
    .map((id) => {
      const config = order.apply(registry.providers[id], "ProviderConfig") as ProviderConfig;
      return {
        id,
        typeName: providerTypeName(id, config.display_name),
        config,
        modelIds: models.filter((model) => model.entry.provider === id).map((model) => model.id),
      };
    });
  const aliases = Object.entries(registry.aliases ?? {})
    .map(([alias, target]) => ({ alias, target: target!, targetDeprecated: byId.get(target!)?.status === "deprecated" }))
    .sort((a, b) => compareStrings(a.alias, b.alias));
  return { sourcePath, providers, models, aliases, ...(provenance === undefined ? {} : { provenance }) };
}

function withScores(entry: ModelEntry, scores: ModelEntry["scores"]): ModelEntry {
  const { scores: _tier, ...rest } = entry;
  return scores === undefined ? rest : { ...rest, scores };
}

/** Derived scores; an entry serving another entry's weights takes the scores derived from that entry's results. */
function scoresOf(entry: ModelEntry, byId: ReadonlyMap<string, ModelEntry>, calibration: Calibration, registry: ModelRegistryFile): ModelEntry["scores"] {
  const local = registry.providers[entry.provider]?.local === true;
  const original = entry.same_weights_as === undefined ? undefined : byId.get(entry.same_weights_as);
  if (original === undefined) return derivedScores(entry, calibration, local);
  const scores = derivedScores(original, calibration, local);
  if (scores === undefined || scores.basis !== "benchmark" || scores === original.scores) return derivedScores(entry, calibration, local);
  return { ...scores, benchmark: `Same weights as ${original.id}: ${scores.benchmark}` };
}

/** Reorders object keys as the schema declares its properties (free-form maps: sorted). */
class KeyOrder {
  private readonly definitions: Record<string, JsonSchema>;

  constructor(schema: JsonSchema) {
    this.definitions = (schema.definitions ?? {}) as Record<string, JsonSchema>;
  }

  apply(value: unknown, definitionName: string): unknown {
    return this.orderBySchema(value, this.definitions[definitionName] ?? {});
  }

  private orderBySchema(value: unknown, schemaNode: JsonSchema): unknown {
    const node = this.resolve(schemaNode);
    if (Array.isArray(value)) return value.map((item) => this.orderBySchema(item, (node.items ?? {}) as JsonSchema));
    if (value === null || typeof value !== "object") return value;
    const record = value as Record<string, unknown>;
    const properties = node.properties as Record<string, JsonSchema> | undefined;
    const result: Record<string, unknown> = {};
    if (properties) {
      for (const key of Object.keys(properties)) {
        if (Object.hasOwn(record, key)) result[key] = this.orderBySchema(record[key], properties[key]!);
      }
      return result;
    }
    const valueSchema = (typeof node.additionalProperties === "object" ? node.additionalProperties : {}) as JsonSchema;
    for (const key of Object.keys(record).sort(compareStrings)) result[key] = this.orderBySchema(record[key], valueSchema);
    return result;
  }

  private resolve(schemaNode: JsonSchema): JsonSchema {
    const ref = schemaNode.$ref;
    if (typeof ref !== "string") return schemaNode;
    return this.resolve(this.definitions[ref.replace("#/definitions/", "")] ?? {});
  }
}
