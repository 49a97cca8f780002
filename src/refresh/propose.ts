import { periodInForce } from "../shared/pricing";
import { compareWithSource, type SourceAudit } from "../audit/compare";
import type { FieldGroup } from "../audit/explain";
import { sourceFieldValue, sourceRetirement, type FieldValue } from "../audit/fields";
import { canonicalModelId } from "../audit/ids";
import type { BenchmarkSource } from "../audit/sources/benchmark-source";
import type { AuditSource, PriceTable, RegistryModel, SourceModel } from "../audit/types";
import { buildAddition, type Listing } from "./addition";
import { duplicateOf, nonChatKind } from "./candidates";
import { planBenchmarks, type BenchmarkedModel, type BenchmarkResult } from "./benchmarks";

/**
 * What the sources say should change, per figure, by the rules of docs/refresh.md:
 *
 * - update: a first-party source states the figure, or two sources agree on it and none states another;
 * - addition: a live chat model of a registry provider that a first-party source lists or two sources know
 *   (reported with the figures the sources agree on; a person adds it: no source states its judgement fields);
 * - disagreement: sources that disagree with each other or with the registry without settling it;
 * - review: a change only a person can make (a passed shutdown needs `status` and `replaced_by`, tiers,
 *   a price inside an existing period);
 * - absent: a registry model missing from a provider's own list (reported, never a deprecation).
 *
 * A difference the entry's notes explain (audit's strict rule) stays quiet: it is counted, not proposed.
 */
export type ProposalKind = "update" | "addition" | "disagreement" | "review" | "absent";

interface Claim {
  /** The source's label (name@version or list and date). */
  source: string;
  value: FieldValue;
  firstParty: boolean;
  /** What `sources.<group>` cites when the value is applied. */
  citation: string;
  /** For a price: the first day the source's price applies, when it says. */
  since?: string;
}

export interface Proposal {
  kind: ProposalKind;
  provider: string;
  model: string;
  field: string;
  group: FieldGroup | "model" | "benchmarks";
  old: FieldValue;
  new: FieldValue;
  /** The sources behind it (or against it). */
  claims: Claim[];
  why: string;
  /** For an update of a price: the day the new price starts (the old one becomes a period ending then). */
  changeDate?: string;
  /** For an addition: the figures the sources agree on. */
  figures?: Record<string, FieldValue>;
  /** For a benchmark result (`benchmarks.<id>`): the result `--write` stores. */
  benchmark?: BenchmarkResult;
  /** For an addition: the registry entry `--write` appends (absent when a required figure is missing). */
  entry?: Record<string, unknown>;
  /** For an addition without an entry: the required fields no source states. */
  missing?: string[];
}

/** A model some source lists that is not proposed: retired, another kind than chat, or a registry model under another ID. */
interface SkippedAddition {
  provider: string;
  model: string;
  reason: string;
}

/** A curated provider's listed models that are not in the registry: counted and listed, never proposed. */
interface CuratedOmission {
  provider: string;
  /** Why the registry lists only some of this provider's models (the configured reason). */
  reason: string;
  models: string[];
}

export interface RefreshPlan {
  asOf: string;
  proposals: Proposal[];
  /** Differences the entries' notes explain, per source label. */
  explained: number;
  /** Candidates left out of the additions, with why. */
  skippedAdditions: SkippedAddition[];
  /** Per curated provider, the new models its list holds (not additions, so not pending). */
  curated: CuratedOmission[];
}

const LIFECYCLE_DATES = new Set(["deprecation_date", "shutdown_date", "earliest_shutdown_date"]);

export interface PlanOptions {
  /**
   * Models a person decided not to add, `provider/id` → why (package.json `modelRegistry.refresh.notAdded`):
   * listed with the reason, not proposed, so `--check` stays quiet about them.
   */
  notAdded?: Readonly<Record<string, string>>;
  /**
   * Providers whose registry entries are a chosen subset of their list, provider → why (package.json
   * `modelRegistry.refresh.curated`): their entries are still updated and reported absent, but the new models of
   * their list are counted in `curated`, not proposed as additions.
   */
  curated?: Readonly<Record<string, string>>;
  /** Benchmark boards (Aider polyglot, SWE-bench) whose results are proposed for the entries' `benchmarks`. */
  benchmarkSources?: readonly BenchmarkSource[];
}

export function planRefresh(models: readonly BenchmarkedModel[], sources: readonly AuditSource[], asOf: string, options: PlanOptions = {}): RefreshPlan {
  const audits = sources.map((source) => ({ source, audit: compareWithSource(models, source, asOf) }));
  const explained = audits.reduce((sum, { audit }) => sum + audit.summary.explainedDifferences, 0);
  const { proposals: added, skipped, curated } = additions(models, audits, asOf, options.notAdded ?? {}, options.curated ?? {});
  const proposals = [
    ...models.flatMap((model) => modelProposals(model, audits, asOf)),
    ...planBenchmarks(models, options.benchmarkSources ?? [], asOf),
    ...added,
    ...absences(models, audits),
  ];
  return { asOf, proposals, explained, skippedAdditions: skipped, curated };
}

interface SourceRun {
  source: AuditSource;
  audit: SourceAudit;
}

function isFirstParty(source: AuditSource, provider: string): boolean {
  return source.firstPartyFor?.includes(provider) === true;
}

function claimOf(source: AuditSource, provider: string, value: FieldValue, listed?: SourceModel, asOf?: string): Claim {
  const since = listed?.pricing?.periods
    ?.filter((period) => period.from !== undefined && period.from <= asOf! && (period.until === undefined || asOf! < period.until))
    .map((period) => period.from!)
    .sort()
    .at(-1);
  return { source: source.label, value, firstParty: isFirstParty(source, provider), citation: source.citation ?? source.label, ...(since ? { since } : {}) };
}

const valueKey = (value: FieldValue): string => JSON.stringify(Array.isArray(value) ? [...value].sort() : value);

function modelProposals(model: RegistryModel, runs: readonly SourceRun[], asOf: string): Proposal[] {
  const fields = new Map<string, { group: FieldGroup; registry: FieldValue; claims: Claim[] }>();
  for (const { source, audit } of runs) {
    const differences = audit.models.find((entry) => entry.id === model.id)?.differences ?? [];
    const listed = differences.length > 0 ? source.find(model) : undefined;
    for (const difference of differences) {
      if (difference.explanation !== undefined) continue;
      const entry = fields.get(difference.field) ?? { group: difference.group, registry: difference.registry, claims: [] };
      entry.claims.push(claimOf(source, model.provider, difference.source, listed, asOf));
      fields.set(difference.field, entry);
    }
  }
  const proposals: Proposal[] = [];
  for (const [field, { group, registry, claims }] of fields) {
    const supporters = registrySupporters(model, runs, field, registry, asOf);
    proposals.push(decide(model, field, group, registry, claims, supporters, asOf));
  }
  return proposals;
}

/** Sources that state the registry's own value for the field. */
function registrySupporters(model: RegistryModel, runs: readonly SourceRun[], field: string, registry: FieldValue, asOf: string): Claim[] {
  if (registry === null || field === "status" || field.startsWith("pricing.tiers")) return [];
  return runs.flatMap(({ source }) => {
    const listed = source.find(model);
    const value = listed === undefined ? undefined : sourceFieldValue(listed, field, asOf);
    return value !== undefined && value !== null && valueKey(value) === valueKey(registry) ? [claimOf(source, model.provider, value)] : [];
  });
}

function decide(model: RegistryModel, field: string, group: FieldGroup, registry: FieldValue, claims: Claim[], supporters: Claim[], asOf: string): Proposal {
  const base = { provider: model.provider, model: model.id, field, group, old: registry };
  const all = [...claims, ...supporters];
  const byValue = new Map<string, Claim[]>();
  for (const claim of claims) byValue.set(valueKey(claim.value), [...(byValue.get(valueKey(claim.value)) ?? []), claim]);
  const firstPartyValues = new Set(all.filter((claim) => claim.firstParty).map((claim) => valueKey(claim.value)));
  const [onlyValue] = byValue.keys();

  if (field === "status")
    return {
      ...base,
      kind: "review",
      new: claims[0]!.value,
      claims,
      why: "the source marks it retired: status, deprecation_date and replaced_by need a person",
    };
  if (field.startsWith("pricing.tiers"))
    return { ...base, kind: byValue.size > 1 ? "disagreement" : "review", new: claims[0]!.value, claims: all, why: "long-context tiers are reviewed by hand" };

  let settled: Claim[] | undefined;
  let why = "";
  if (firstPartyValues.size === 1) {
    const [value] = firstPartyValues;
    settled = byValue.get(value!);
    why = `first-party: ${settled
      ?.filter((claim) => claim.firstParty)
      .map((claim) => claim.source)
      .join(", ")}`;
  } else if (
    firstPartyValues.size === 0 &&
    byValue.size === 1 &&
    supporters.length === 0 &&
    byValue.get(onlyValue!)!.length >= 2 &&
    !LIFECYCLE_DATES.has(field)
  ) {
    settled = byValue.get(onlyValue!);
    why = `${settled!.length} independent sources agree`;
  }
  if (settled === undefined) {
    const reason =
      firstPartyValues.size > 1
        ? "first-party sources disagree"
        : LIFECYCLE_DATES.has(field) && firstPartyValues.size === 0
          ? "lifecycle dates are applied from a first-party source only"
          : supporters.length > 0
            ? `${supporters.map((claim) => claim.source).join(", ")} state${supporters.length === 1 ? "s" : ""} the registry's value`
            : byValue.size > 1
              ? "the sources disagree"
              : "one source only, not first-party";
    return { ...base, kind: "disagreement", new: claims[0]!.value, claims: all, why: reason };
  }
  const value = settled[0]!.value;
  if (field === "shutdown_date" && typeof value === "string" && value <= asOf && model.status !== "deprecated") {
    return { ...base, kind: "review", new: value, claims: settled, why: `${why}; the shutdown date has passed, so status and replaced_by need a person` };
  }
  if (field === "deprecation_date" && model.status !== "deprecated") {
    return {
      ...base,
      kind: "review",
      new: value,
      claims: settled,
      why: `${why}; only a deprecated entry has a deprecation_date, so status and replaced_by need a person`,
    };
  }
  if (group === "pricing" && priceInsidePeriod(model, field, asOf)) {
    return { ...base, kind: "review", new: value, claims: settled, why: `${why}; the registry prices it through a period in force today, edit by hand` };
  }
  const changeDate =
    group === "pricing"
      ? (settled
          .map((claim) => claim.since)
          .filter((since): since is string => since !== undefined)
          .sort()
          .at(-1) ?? asOf)
      : undefined;
  return { ...base, kind: "update", new: value, claims: settled, why, ...(changeDate ? { changeDate } : {}) };
}

function priceInsidePeriod(model: RegistryModel, field: string, asOf: string): boolean {
  const name = field.slice("pricing.".length) as keyof PriceTable;
  return periodInForce(model.pricing.periods, asOf)?.[name] !== undefined;
}

/**
 * New models: listed by a first-party source, or by two sources; with every figure the listing sources agree on
 * and, when every required figure is stated, the entry `--write` appends. Left out (in `skipped`): a model any
 * source marks retired, another kind than chat, and a registry model or another candidate under another ID
 * (a dated snapshot of an alias, a preview of a released model). A curated provider's remaining candidates are
 * collected in `curated` instead of proposed.
 */
function additions(
  models: readonly RegistryModel[],
  runs: readonly SourceRun[],
  asOf: string,
  notAdded: Readonly<Record<string, string>>,
  curatedProviders: Readonly<Record<string, string>>,
): { proposals: Proposal[]; skipped: SkippedAddition[]; curated: CuratedOmission[] } {
  const registryProviders = new Set<string>(models.map((model) => model.provider));
  const candidates = new Map<string, { provider: string; id: string; listings: Listing[] }>();
  for (const { source, audit } of runs) {
    for (const missing of audit.missing) {
      const listed = listingOf(source, missing.provider, missing.id);
      if (listed === undefined || !registryProviders.has(missing.provider) || sourceRetirement(listed, asOf) !== undefined) continue;
      const key = `${missing.provider}\u0000${missing.id}`;
      const entry = candidates.get(key) ?? { provider: missing.provider, id: missing.id, listings: [] };
      entry.listings.push({ source, model: listed });
      candidates.set(key, entry);
    }
  }
  const sources = runs.map(({ source }) => source);
  const listed = [...candidates.values()].filter(
    ({ provider, listings }) => listings.some(({ source }) => isFirstParty(source, provider)) || listings.length >= 2,
  );
  const proposals: Proposal[] = [];
  const skipped: SkippedAddition[] = [];
  const curated = new Map<string, CuratedOmission>();
  for (const { provider, id, listings } of listed) {
    const decided = Object.hasOwn(notAdded, `${provider}/${id}`) ? `not added: ${notAdded[`${provider}/${id}`]}` : undefined;
    const reason =
      decided ??
      nonChatKind(id, listings) ??
      duplicateOf(
        provider,
        id,
        models,
        listed.filter((candidate) => candidate.provider === provider).map((candidate) => candidate.id),
      ) ??
      retiredElsewhere(provider, id, sources, asOf);
    if (reason !== undefined) {
      skipped.push({ provider, model: id, reason });
      continue;
    }
    if (Object.hasOwn(curatedProviders, provider)) {
      const omission = curated.get(provider) ?? { provider, reason: curatedProviders[provider]!, models: [] };
      omission.models.push(id);
      curated.set(provider, omission);
      continue;
    }
    const firstParty = listings.filter(({ source }) => isFirstParty(source, provider));
    const claims = listings.map(({ source }) => claimOf(source, provider, id));
    const built = buildAddition(provider, id, listings, models, sources, asOf);
    proposals.push({
      kind: "addition",
      provider,
      model: id,
      field: "(new model)",
      group: "model",
      old: null,
      new: id,
      claims,
      figures: agreedFigures(
        listings.map(({ model }) => model),
        asOf,
      ),
      ...(built.entry === undefined ? { missing: built.missing } : { entry: built.entry }),
      why: `${firstParty.length > 0 ? "listed by first-party " + firstParty.map(({ source }) => source.label).join(", ") : `${listings.length} sources list it`}; ${
        built.entry === undefined
          ? `a person adds it: missing or disputed ${built.missing.join(", ")}`
          : "--write adds it, unrated (no scores, speed_rating or best_for)"
      }`,
    });
  }
  const order = (a: { provider: string; model: string }, b: { provider: string; model: string }): number =>
    a.provider.localeCompare(b.provider) || a.model.localeCompare(b.model);
  const omissions = [...curated.values()].map((omission) => ({ ...omission, models: omission.models.sort() }));
  return { proposals: proposals.sort(order), skipped: skipped.sort(order), curated: omissions.sort((a, b) => a.provider.localeCompare(b.provider)) };
}

/**
 * The source's row for a model: the one listed under the model's own ID, else the first under another spelling of it
 * (LiteLLM lists Bedrock models both plainly and per region, `bedrock/ap-south-1/…`, at that region's price).
 */
function listingOf(source: AuditSource, provider: string, id: string): SourceModel | undefined {
  const spellings = source.models.filter((model) => model.provider === provider && canonicalModelId(provider, model.id) === id);
  return spellings.find((model) => model.id === id) ?? spellings[0];
}

/**
 * A source (any, not only those proposing it) that marks the model retired on the as-of day, or a first-party
 * source that announces its shutdown: such a model is not added (a deprecated entry needs a replacement no list states).
 */
function retiredElsewhere(provider: string, id: string, sources: readonly AuditSource[], asOf: string): string | undefined {
  for (const source of sources) {
    for (const model of source.models) {
      if (model.provider !== provider || canonicalModelId(provider, model.id) !== id) continue;
      const retirement = sourceRetirement(model, asOf);
      if (retirement !== undefined) return `retired: ${retirement} (${source.label})`;
      if (model.shutdown_date !== undefined && isFirstParty(source, provider)) return `shutdown announced for ${model.shutdown_date} (${source.label})`;
    }
  }
  return undefined;
}

const FIGURES = [
  "release_date",
  "context_window",
  "max_input_tokens",
  "max_output_tokens",
  "pricing.input",
  "pricing.output",
  "pricing.cached_input",
  "capabilities.input",
  "capabilities.output",
  "capabilities.tool_calling",
  "capabilities.structured_output",
  "capabilities.reasoning",
];

function agreedFigures(listings: readonly SourceModel[], asOf: string): Record<string, FieldValue> {
  const figures: Record<string, FieldValue> = {};
  for (const field of FIGURES) {
    const values = listings.map((model) => sourceFieldValue(model, field, asOf)).filter((value): value is FieldValue => value !== undefined && value !== null);
    if (values.length > 0 && new Set(values.map(valueKey)).size === 1) figures[field] = values[0]!;
  }
  return figures;
}

/** Registry models a provider's own complete list (a list-models API) does not hold. */
function absences(models: readonly RegistryModel[], runs: readonly SourceRun[]): Proposal[] {
  return runs.flatMap(({ source, audit }) => {
    if (source.complete !== true) return [];
    return audit.notListed.flatMap((id): Proposal[] => {
      const model = models.find((entry) => entry.id === id);
      if (model === undefined || !isFirstParty(source, model.provider) || model.status === "deprecated") return [];
      return [
        {
          kind: "absent",
          provider: model.provider,
          model: id,
          field: "(listed)",
          group: "lifecycle",
          old: true,
          new: false,
          claims: [claimOf(source, model.provider, false)],
          why: `not in ${source.label}: reported only (absence from a list is not a deprecation)`,
        },
      ];
    });
  });
}
