import { fieldDifferences, sourceFieldValue, type FieldValue } from "../audit/fields";
import { canonicalModelId } from "../audit/ids";
import type { AuditSource, Capabilities, ModelStatus, RegistryModel, RegistryProvider, SourceModel } from "../audit/types";

/**
 * A new model as a registry entry, built only from what its sources state (docs/refresh.md, "Additions"):
 *
 * - `display_name` from a source that names the model (models.dev, genai-prices, a list-models API);
 * - each figure the sources agree on; where they differ, the first-party value, else the value most of them
 *   state, and a sentence of `notes` names the field, the value followed and every other source's value, so
 *   `audit --strict` counts the difference as explained. A tie settles nothing (as for updates, disagreements are
 *   never applied): an optional figure is left out and the notes say so, a required one keeps the entry unwritten;
 * - `status` production, beta for a preview ID; `same_weights_as` for a reseller's copy the registry has;
 * - `sources` per group (citation and the model's key in the source), `verified` the refresh day.
 *
 * No `scores`, `speed_rating` or `best_for`: no source states them, so the entry is unrated until a person or a
 * benchmark rates it. An addition a required figure is missing for is not built: `missing` names the fields.
 */
export interface Listing {
  source: AuditSource;
  model: SourceModel;
}

export interface BuiltAddition {
  entry?: Record<string, unknown>;
  /** Required fields no source states (the entry is not written). */
  missing: string[];
}

const GROUPS: ReadonlyArray<readonly [group: string, fields: readonly string[]]> = [
  ["release_date", ["release_date"]],
  ["limits", ["context_window", "max_input_tokens", "max_output_tokens"]],
  ["pricing", ["pricing.input", "pricing.output", "pricing.cached_input", "pricing.cache_write"]],
  ["capabilities", ["capabilities.input", "capabilities.output", "capabilities.tool_calling", "capabilities.structured_output", "capabilities.reasoning"]],
];

/** What the schema requires of an entry, apart from what the refresh always knows (id, provider, status, sources, verified). */
const REQUIRED = [
  "context_window",
  "max_output_tokens",
  "pricing.input",
  "pricing.output",
  "capabilities.input",
  "capabilities.output",
  "capabilities.tool_calling",
];

interface Resolved {
  value: FieldValue;
  /** The listings whose value it is. */
  from: Listing[];
  /** Why this value when another was stated: a first-party source states it, or most sources do. */
  rule?: "first-party" | "most sources";
}

/** Sources that state different values and nothing settles which. */
interface Disputed {
  disputed: Resolved[];
}

export function buildAddition(
  provider: RegistryProvider,
  id: string,
  listings: readonly Listing[],
  registry: readonly RegistryModel[],
  allSources: readonly AuditSource[],
  asOf: string,
): BuiltAddition {
  const resolved = new Map<string, Resolved>();
  const disputed = new Map<string, Resolved[]>();
  for (const [, fields] of GROUPS) {
    for (const field of fields) {
      const value = resolve(field, listings, provider, asOf);
      if (value === undefined) continue;
      if ("disputed" in value) disputed.set(field, value.disputed);
      else resolved.set(field, value);
    }
  }
  const contextWindow = resolved.get("context_window")?.value;
  const maxInput = resolved.get("max_input_tokens")?.value;
  // An input limit equal to (or beyond) the whole context says nothing the context window does not.
  if (typeof maxInput === "number" && typeof contextWindow === "number" && maxInput >= contextWindow) resolved.delete("max_input_tokens");
  const derivedOutput = !resolved.has("capabilities.output") && listings.some(({ model }) => model.chat === true);
  // A chat model answers in text: where no list states output modalities, that is what "chat" says.
  if (derivedOutput) resolved.set("capabilities.output", { value: ["text"], from: listings.filter(({ model }) => model.chat === true) });
  const name = displayName(listings);
  const missing = [
    ...(name === undefined ? ["display_name"] : []),
    ...REQUIRED.filter((field) => !resolved.has(field)).map((field) => {
      const values = disputed.get(field);
      return values === undefined
        ? field
        : `${field} (disputed: ${values.flatMap(({ value, from }) => from.map(({ source }) => `${shortLabel(source)} ${describe(value)}`)).join(", ")})`;
    }),
  ];
  if (missing.length > 0) return { missing };

  const registryId = provider === "azure" ? `azure/${id}` : id;
  const value = (field: string): FieldValue | undefined => resolved.get(field)?.value;
  const pricing = Object.fromEntries(
    ["input", "output", "cached_input", "cache_write"].flatMap((field) => {
      const price = value(`pricing.${field}`);
      return price === undefined ? [] : [[field, price]];
    }),
  );
  const capabilities = Object.fromEntries(
    ["input", "output", "tool_calling", "structured_output", "reasoning"].flatMap((field) => {
      const stated = value(`capabilities.${field}`);
      return stated === undefined ? [] : [[field, stated]];
    }),
  ) as unknown as Capabilities;
  const twin = sameWeights(provider, id, registry);
  const model: RegistryModel = {
    id: registryId,
    provider,
    ...(provider === "azure" ? { api_name: id } : {}),
    status: statusOf(id),
    context_window: contextWindow as number,
    ...(value("max_input_tokens") === undefined ? {} : { max_input_tokens: value("max_input_tokens") as number }),
    max_output_tokens: value("max_output_tokens") as number,
    pricing: pricing as unknown as RegistryModel["pricing"],
    capabilities,
    ...(value("release_date") === undefined ? {} : { release_date: value("release_date") as string }),
  };
  const notes = [
    `Added ${asOf} by model-registry refresh from ${listings.map(({ source }) => shortLabel(source)).join(", ")}, none of which states a retirement (status ${model.status}${model.status === "beta" ? ": a preview ID" : ""}).`,
    "Unrated: no source states scores, speed_rating or best_for.",
    ...(derivedOutput
      ? [
          `capabilities.output [text] is derived: ${resolved
            .get("capabilities.output")!
            .from.map(({ source }) => shortLabel(source))
            .join(", ")} class it as a chat model and no source states its output modalities.`,
        ]
      : []),
    ...disagreementNotes(model, resolved, allSources, asOf),
  ].join(" ");
  const entry: Record<string, unknown> = {
    id: registryId,
    provider,
    display_name: name,
    ...(model.api_name === undefined ? {} : { api_name: model.api_name }),
    ...(model.release_date === undefined ? {} : { release_date: model.release_date }),
    status: model.status,
    context_window: model.context_window,
    ...(model.max_input_tokens === undefined ? {} : { max_input_tokens: model.max_input_tokens }),
    max_output_tokens: model.max_output_tokens,
    pricing,
    capabilities,
    ...(twin === undefined ? {} : { same_weights_as: twin }),
    notes,
    sources: sourcesOf(listings, resolved, asOf),
    verified: asOf,
  };
  return { entry, missing: [] };
}

function resolve(field: string, listings: readonly Listing[], provider: string, asOf: string): Resolved | Disputed | undefined {
  const byValue = new Map<string, Resolved>();
  for (const listing of listings) {
    const value = sourceFieldValue(listing.model, field, asOf);
    if (value === undefined || value === null) continue;
    const key = valueKey(value);
    const entry = byValue.get(key) ?? { value, from: [] };
    entry.from.push(listing);
    byValue.set(key, entry);
  }
  const candidates = [...byValue.values()];
  if (candidates.length <= 1) return candidates[0];
  const firstParty = candidates.filter((candidate) => candidate.from.some(({ source }) => source.firstPartyFor?.includes(provider) === true));
  if (firstParty.length === 1) return { ...firstParty[0]!, rule: "first-party" };
  if (firstParty.length > 1) return { disputed: firstParty };
  const [most, next] = [...candidates].sort((a, b) => b.from.length - a.from.length);
  return most!.from.length > next!.from.length ? { ...most!, rule: "most sources" } : { disputed: candidates };
}

const valueKey = (value: FieldValue): string => JSON.stringify(Array.isArray(value) ? [...value].sort() : value);

/** A name a source states: a first-party list's first, then models.dev's, then genai-prices'. */
function displayName(listings: readonly Listing[]): string | undefined {
  const rank = (listing: Listing): number =>
    listing.source.firstPartyFor?.includes(listing.model.provider) === true ? 0 : listing.source.name === "models-dev" ? 1 : 2;
  // First-party lists name a model as its maker does; models.dev's names are curated; genai-prices' come last.
  return [...listings].filter((listing) => listing.model.name !== undefined).sort((a, b) => rank(a) - rank(b))[0]?.model.name;
}

/** A preview ID works but may change: beta. Everything else a source lists as live is production. */
function statusOf(id: string): ModelStatus {
  return /(?:^|[-.])preview(?:[-.]|$)/.test(id) ? "beta" : "production";
}

/**
 * The registry entry whose weights a reseller's copy serves: Azure's `gpt-…` is OpenAI's model of that name,
 * Bedrock's `anthropic.claude-…-v1:0` Anthropic's dated model.
 */
export function sameWeights(provider: string, id: string, registry: readonly RegistryModel[]): string | undefined {
  const origin = resellerOrigin(provider, id);
  if (origin === undefined) return undefined;
  const match = registry.find((model) => model.provider === origin.provider && (model.id === origin.id || model.api_name === origin.id));
  return match?.id;
}

function resellerOrigin(provider: string, id: string): { provider: string; id: string } | undefined {
  if (provider === "azure") return { provider: "openai", id };
  if (provider === "bedrock" || provider === "dial") {
    const match = /^(anthropic|openai|google)\.(.+?)(?:-v\d+(?::\d+)?)?$/.exec(canonicalModelId("bedrock", id));
    if (match) return { provider: match[1]!, id: match[2]! };
  }
  return undefined;
}

/**
 * One sentence per field where a source states another value than the entry (every source that lists the
 * model under any of its IDs, not only those that proposed it), naming the field, each value and the source the
 * entry follows; one sentence for the long-context tiers no addition writes.
 */
function disagreementNotes(model: RegistryModel, resolved: ReadonlyMap<string, Resolved>, sources: readonly AuditSource[], asOf: string): string[] {
  const byField = new Map<string, { registry: FieldValue; others: string[] }>();
  const tiers = new Set<string>();
  for (const source of sources) {
    const listed = source.find(model);
    if (listed === undefined) continue;
    for (const difference of fieldDifferences(model, listed, asOf)) {
      if (difference.field.startsWith("pricing.tiers")) {
        tiers.add(shortLabel(source));
        continue;
      }
      if (difference.field === "status") continue;
      const entry = byField.get(difference.field) ?? { registry: difference.registry, others: [] };
      entry.others.push(`${shortLabel(source)} states ${describe(difference.source)}`);
      byField.set(difference.field, entry);
    }
  }
  const sentences = [...byField].map(([field, { registry, others }]) => {
    if (field === "max_input_tokens" && model.max_input_tokens === undefined)
      return `max_input_tokens left out (the context window, ${model.context_window}, bounds the input), while ${others.join(", ")}.`;
    if (registry === null)
      return `${field} left out, while ${others.join(", ")} (${LIFECYCLE.has(field) ? "a lifecycle date is taken from a first-party source only" : "nothing settles which"}).`;
    const chosen = resolved.get(field);
    const follows =
      chosen === undefined
        ? ""
        : ` follows ${chosen.from.map(({ source }) => shortLabel(source)).join(", ")}${chosen.rule === undefined ? "" : ` (${chosen.rule})`}`;
    return `${field} ${describe(registry)}${follows}, while ${others.join(", ")}.`;
  });
  if (tiers.size > 0)
    sentences.push(
      `Long-context price tiers stated by ${[...tiers].join(", ")} are left out by the refresh rule for additions: a person adds them after reading the provider's page.`,
    );
  return sentences;
}

const LIFECYCLE = new Set(["deprecation_date", "shutdown_date", "earliest_shutdown_date"]);

function describe(value: FieldValue): string {
  return Array.isArray(value) ? `[${value.join(", ")}]` : String(value);
}

/** A source's label without its parenthesised detail: "LiteLLM", "models.dev@f3fc692", "openai@7.60.0". */
function shortLabel(source: AuditSource): string {
  return source.label.replace(/\s*\(.*\)$/, "");
}

/** `all`: every listing (ID and lifecycle); a group whose figures come from fewer sources names those. */
function sourcesOf(listings: readonly Listing[], resolved: ReadonlyMap<string, Resolved>, asOf: string): Record<string, string> {
  const cite = (from: readonly Listing[]): string => `${[...new Set(from.map(citation))].sort().join("; ")} (read ${asOf})`;
  const all = cite(listings);
  const sources: Record<string, string> = { all };
  for (const [group, fields] of GROUPS) {
    const from = fields.flatMap((field) => resolved.get(field)?.from ?? []);
    if (from.length > 0 && cite(from) !== all) sources[group] = cite(from);
  }
  return sources;
}

/** The source's citation and where in it the model is: a models.dev checkout's file path continues its folder. */
function citation({ source, model }: Listing): string {
  const cited = source.citation ?? source.label;
  return source.name === "models-dev" && model.key.startsWith("providers/") ? `${cited}/${model.key}` : `${cited} ${model.key}`;
}
