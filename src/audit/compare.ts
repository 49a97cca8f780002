import { explanationFor, sourceMentions } from "./explain";
import { fieldDifferences, sourceRetirement, type RawDifference } from "./fields";
import { candidateIds, canonicalModelId } from "./ids";
import type { AuditSource, RegistryModel, RegistryProvider, SourceModel, SourceName } from "./types";

export interface FieldDifference extends RawDifference {
  /** The sentence of the entry's notes that explains it; absent when unexplained. */
  explanation?: string;
}

export type Verdict = "agree" | "explained" | "unexplained";

export interface ModelAudit {
  id: string;
  provider: RegistryProvider;
  /** Where the source holds the model (LiteLLM key, models.dev file, genai-prices provider/model). */
  sourceKey: string;
  verdict: Verdict;
  differences: FieldDifference[];
}

/** A chat model the source lists for one of the registry's providers that no registry entry corresponds to. */
export interface MissingModel {
  provider: string;
  id: string;
  key: string;
  release_date?: string;
}

export interface SourceSummary {
  /** Registry models the source lists. */
  matched: number;
  /** Registry models the source does not list. */
  notListed: number;
  /** Matched models by verdict: no difference, only explained differences, at least one unexplained. */
  agree: number;
  explained: number;
  unexplained: number;
  explainedDifferences: number;
  unexplainedDifferences: number;
  missing: number;
  /** Registry models the source marks deprecated or gone while the registry does not. */
  deprecated: number;
}

export interface SourceAudit {
  source: SourceName | (string & {});
  label: string;
  summary: SourceSummary;
  /** Matched registry models, in registry order. */
  models: ModelAudit[];
  notListed: string[];
  /** Live chat models the registry lacks. Newest first by release date; models without a date last, then by provider and ID. */
  missing: MissingModel[];
  /** Registry IDs with a `status` difference (the source says deprecated or gone). */
  deprecated: string[];
}

export interface AuditReport {
  asOf: string;
  registryModels: number;
  sources: SourceAudit[];
}

export interface AuditOptions {
  /** YYYY-MM-DD: the date prices in force and shutdowns are judged on. Default: today (UTC). */
  asOf?: string;
}

/** Compares the registry with each source in turn. */
export function auditRegistry(models: readonly RegistryModel[], sources: readonly AuditSource[], options: AuditOptions = {}): AuditReport {
  const asOf = options.asOf ?? new Date().toISOString().slice(0, 10);
  return { asOf, registryModels: models.length, sources: sources.map((source) => compareWithSource(models, source, asOf)) };
}

export function compareWithSource(models: readonly RegistryModel[], source: AuditSource, asOf: string): SourceAudit {
  const audits: ModelAudit[] = [];
  const notListed: string[] = [];
  const matched: SourceModel[] = [];
  for (const model of models) {
    const listed = source.find(model);
    if (listed === undefined) {
      notListed.push(model.id);
      continue;
    }
    matched.push(listed);
    audits.push(auditModel(model, listed, sourceMentions(source), asOf));
  }
  const missing = missingModels(models, source, matched, asOf);
  const deprecated = audits.filter((audit) => audit.differences.some((difference) => difference.field === "status")).map((audit) => audit.id);
  return { source: source.name, label: source.label, summary: summarise(audits, notListed, missing, deprecated), models: audits, notListed, missing, deprecated };
}

/** Each difference is judged on its own: a sentence that explains one figure explains no other. */
function auditModel(model: RegistryModel, listed: SourceModel, mentions: readonly string[], asOf: string): ModelAudit {
  const differences = fieldDifferences(model, listed, asOf).map((difference): FieldDifference => {
    const explanation = explanationFor(model, mentions, difference);
    return explanation === undefined ? difference : { ...difference, explanation };
  });
  return { id: model.id, provider: model.provider, sourceKey: listed.key, verdict: verdictOf(differences), differences };
}

function verdictOf(differences: readonly FieldDifference[]): Verdict {
  if (differences.length === 0) return "agree";
  return differences.every((difference) => difference.explanation !== undefined) ? "explained" : "unexplained";
}

/**
 * Chat models of the registry's providers that no registry model matched, leaving out those the source itself
 * marks deprecated or gone (nobody should add them). Variants of one model (Bedrock region prefixes, Azure data
 * zones) count once, by canonical ID.
 */
function missingModels(models: readonly RegistryModel[], source: AuditSource, matched: readonly SourceModel[], asOf: string): MissingModel[] {
  const providers = new Set<string>(models.map((model) => model.provider));
  const key = (model: SourceModel): string => `${model.provider}\u0000${canonicalModelId(model.provider, model.id)}`;
  // A registry model's own IDs count as known too: a list that holds both an alias and its dated snapshot
  // (`claude-haiku-4-5`, `claude-haiku-4-5-20251001`) matches one of them, and the other is not new.
  const seen = new Set([...matched.map(key), ...models.flatMap((model) => candidateIds(model).map((id) => `${model.provider}\u0000${canonicalModelId(model.provider, id)}`))]);
  const missing: MissingModel[] = [];
  for (const listed of source.models) {
    if (listed.chat !== true || !providers.has(listed.provider) || seen.has(key(listed))) continue;
    if (sourceRetirement(listed, asOf) !== undefined) continue;
    seen.add(key(listed));
    missing.push({ provider: listed.provider, id: canonicalModelId(listed.provider, listed.id), key: listed.key, ...(listed.release_date ? { release_date: listed.release_date } : {}) });
  }
  return missing.sort(newestFirst);
}

function newestFirst(a: MissingModel, b: MissingModel): number {
  if (a.release_date !== b.release_date) {
    if (a.release_date === undefined) return 1;
    if (b.release_date === undefined) return -1;
    return a.release_date < b.release_date ? 1 : -1;
  }
  return a.provider.localeCompare(b.provider) || a.id.localeCompare(b.id);
}

function summarise(audits: readonly ModelAudit[], notListed: readonly string[], missing: readonly MissingModel[], deprecated: readonly string[]): SourceSummary {
  const count = (verdict: Verdict): number => audits.filter((audit) => audit.verdict === verdict).length;
  const differences = audits.flatMap((audit) => audit.differences);
  return {
    matched: audits.length,
    notListed: notListed.length,
    agree: count("agree"),
    explained: count("explained"),
    unexplained: count("unexplained"),
    explainedDifferences: differences.filter((difference) => difference.explanation !== undefined).length,
    unexplainedDifferences: differences.filter((difference) => difference.explanation === undefined).length,
    missing: missing.length,
    deprecated: deprecated.length,
  };
}

/** Whether any source has an unexplained difference: `audit --strict` exits 1 on this. */
export function hasUnexplainedDifferences(report: AuditReport): boolean {
  return report.sources.some((source) => source.summary.unexplainedDifferences > 0);
}
