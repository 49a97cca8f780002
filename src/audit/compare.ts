import { explanationFor, sourceMentions } from "./explain";
import { fieldDifferences, sourceRetirement, type RawDifference } from "./fields";
import { candidateIds, canonicalModelId } from "./ids";
import type { AuditSource, RegistryModel, SourceModel, SourceName } from "./types";

interface FieldDifference extends RawDifference {
  /** The sentence of the entry's notes that explains it; absent when unexplained. */
  explanation?: string;
}

type Verdict = "agree" | "explained" | "unexplained";

export interface ModelAudit {
  id: string;
  provider: string;
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
  /** The list the release date comes from, when this source gives none and another does. */
  release_date_from?: string;
  /** Another list marks it retired (`deprecated 2026-06-01 (models.dev@…)`): this source still lists it as live. */
  retired?: string;
}

interface SourceSummary {
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
  /**
   * Live chat models the registry lacks. Newest first by release date (this list's, else the earliest another
   * list gives); models without a date last, then by provider and ID.
   */
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
  const audits = sources.map((source) => compareWithSource(models, source, asOf));
  const known = knownAcrossSources(sources, asOf);
  for (const audit of audits) audit.missing = audit.missing.map((model) => withOtherSources(model, audit.label, known)).sort(newestFirst);
  return { asOf, registryModels: models.length, sources: audits };
}

interface KnownElsewhere {
  release?: { date: string; from: string };
  retired?: string;
}

/** Per model (provider and canonical ID): the earliest release date any list gives, and the first list that marks it retired. */
function knownAcrossSources(sources: readonly AuditSource[], asOf: string): Map<string, KnownElsewhere> {
  const known = new Map<string, KnownElsewhere>();
  for (const source of sources) {
    for (const listed of source.models) {
      const entry = known.get(modelKey(listed.provider, listed.id)) ?? {};
      if (listed.release_date !== undefined && (entry.release === undefined || listed.release_date < entry.release.date))
        entry.release = { date: listed.release_date, from: source.label };
      const retirement = sourceRetirement(listed, asOf);
      if (retirement !== undefined && entry.retired === undefined) entry.retired = `${retirement} (${source.label})`;
      known.set(modelKey(listed.provider, listed.id), entry);
    }
  }
  return known;
}

/** A missing model with the release date another list gives (when this one has none) and a retirement another list reports. */
function withOtherSources(model: MissingModel, label: string, known: ReadonlyMap<string, KnownElsewhere>): MissingModel {
  const elsewhere = known.get(modelKey(model.provider, model.id));
  const release = model.release_date === undefined ? elsewhere?.release : undefined;
  return {
    ...model,
    ...(release === undefined ? {} : { release_date: release.date, ...(release.from === label ? {} : { release_date_from: release.from }) }),
    ...(elsewhere?.retired === undefined ? {} : { retired: elsewhere.retired }),
  };
}

function modelKey(provider: string, id: string): string {
  return `${provider}\u0000${canonicalModelId(provider, id)}`;
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
  return {
    source: source.name,
    label: source.label,
    summary: summarise(audits, notListed, missing, deprecated),
    models: audits,
    notListed,
    missing,
    deprecated,
  };
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
  const key = (model: SourceModel): string => modelKey(model.provider, model.id);
  // A registry model the list holds only under a cross-region or data-zone variant (`global.amazon.nova-2-lite-v1:0`)
  // is not matched for comparison, but it is not missing either.
  const registered = models.flatMap((model) => candidateIds(model).map((id) => modelKey(model.provider, id)));
  const seen = new Set([...matched.map(key), ...registered]);
  const missing: MissingModel[] = [];
  for (const listed of source.models) {
    if (listed.chat !== true || !providers.has(listed.provider) || seen.has(key(listed))) continue;
    if (sourceRetirement(listed, asOf) !== undefined) continue;
    seen.add(key(listed));
    missing.push({
      provider: listed.provider,
      id: canonicalModelId(listed.provider, listed.id),
      key: listed.key,
      ...(listed.release_date ? { release_date: listed.release_date } : {}),
    });
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

function summarise(
  audits: readonly ModelAudit[],
  notListed: readonly string[],
  missing: readonly MissingModel[],
  deprecated: readonly string[],
): SourceSummary {
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
