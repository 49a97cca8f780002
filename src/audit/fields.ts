import type { FieldGroup } from "./explain";
import { kindOf } from "../shared/model-kind";

import { PRICE_FIELDS, pricesInForce } from "./prices";
import type { Capabilities, PriceTable, PriceTier, RegistryModel, SourceModel } from "./types";

export type FieldValue = number | string | boolean | readonly string[] | null;

/** One figure on which the registry and a source disagree; `null` where a side has no value. */
export interface RawDifference {
  field: string;
  group: FieldGroup;
  registry: FieldValue;
  source: FieldValue;
}

/**
 * Every field the source states and the registry does not match. A field the source does not state is not
 * compared (lists are incomplete); a field only the source states is a difference (the registry lacks a figure).
 */
export function fieldDifferences(model: RegistryModel, listed: SourceModel, asOf: string): RawDifference[] {
  const differences = [
    ...priceDifferences(model, listed, asOf),
    ...tierDifferences(model.pricing.tiers ?? [], listed.pricing?.tiers ?? []),
    ...limitDifferences(model, listed),
    ...capabilityDifferences(model.capabilities, listed.capabilities ?? {}),
    ...dateDifferences(model, listed),
    ...statusDifferences(model, listed, asOf),
  ];
  return kindOf(model) === "chat"
    ? differences
    : differences.filter((difference) => !NOT_CARRIED_BY_OTHER_KINDS.has(difference.field) && !freePriceLeftOut(difference));
}

/**
 * Fields the registry states for chat models only (the schema's kind rules): lists that describe an embedding or an
 * image model in chat terms (a context window, an output limit, `reasoning: false`, text output) are not compared
 * there. Its own figures (prices in its units, `max_input_tokens` of an embedding model, dimensions) still are.
 */
const NOT_CARRIED_BY_OTHER_KINDS = new Set([
  "context_window",
  "max_output_tokens",
  "capabilities.output",
  "capabilities.reasoning",
  "capabilities.structured_output",
]);

/** A price the entry leaves out (nothing of that unit is billed) that the list states as 0 says the same thing. */
function freePriceLeftOut(difference: RawDifference): boolean {
  return difference.group === "pricing" && difference.registry === null && difference.source === 0;
}

function differs(group: FieldGroup, field: string, registry: FieldValue | undefined, source: FieldValue | undefined): RawDifference[] {
  if (source === undefined || source === null || sameValue(registry, source)) return [];
  return [{ field, group, registry: registry ?? null, source }];
}

/** Equal up to the rounding the registry and the adapters apply to prices (a relative 1e-6). */
export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(Math.abs(a), Math.abs(b));
}

function sameValue(a: FieldValue | undefined, b: FieldValue): boolean {
  if (typeof a === "number" && typeof b === "number") return sameNumber(a, b);
  if (Array.isArray(a) && Array.isArray(b)) return [...a].sort().join(",") === [...b].sort().join(",");
  return a === b;
}

/** Prices in force on the as-of date on both sides, so introductory and announced prices compare like for like. */
function priceDifferences(model: RegistryModel, listed: SourceModel, asOf: string): RawDifference[] {
  if (listed.pricing === undefined) return [];
  const registry = pricesInForce(model.pricing, asOf);
  const source = pricesInForce(listed.pricing, asOf);
  return PRICE_FIELDS.flatMap((field) => differs("pricing", `pricing.${field}`, registry[field], source[field]));
}

/**
 * Tiers pair up by threshold, one token apart allowed: lists write "above 272k" both as 272000 (more than) and
 * 271999 (from the next token).
 */
function tierDifferences(registryTiers: readonly PriceTier[], sourceTiers: readonly PriceTier[]): RawDifference[] {
  return sourceTiers.flatMap((tier) => {
    const field = `pricing.tiers[>${tier.above_input_tokens}]`;
    const counterpart = registryTiers.find((candidate) => Math.abs(candidate.above_input_tokens - tier.above_input_tokens) <= 1);
    if (counterpart === undefined) return [{ field, group: "pricing" as const, registry: null, source: describeTier(tier) }];
    return PRICE_FIELDS.flatMap((price) => differs("pricing", `${field}.${price}`, counterpart[price], tier[price]));
  });
}

function describeTier(tier: PriceTable): string {
  return PRICE_FIELDS.filter((field) => tier[field] !== undefined)
    .map((field) => `${field} ${tier[field]}`)
    .join(", ");
}

/** A list's input limit is compared with the registry's `max_input_tokens`, or its context window when the entry states no separate input limit. */
function limitDifferences(model: RegistryModel, listed: SourceModel): RawDifference[] {
  return [
    ...differs("limits", "context_window", model.context_window, listed.context_window),
    ...differs("limits", "max_input_tokens", model.max_input_tokens ?? model.context_window, listed.max_input_tokens),
    ...differs("limits", "max_output_tokens", model.max_output_tokens, listed.max_output_tokens),
  ];
}

function capabilityDifferences(registry: Capabilities, source: Partial<Capabilities>): RawDifference[] {
  const fields = ["input", "output", "tool_calling", "structured_output", "reasoning"] as const;
  return fields.flatMap((field) => differs("capabilities", `capabilities.${field}`, registry[field], source[field]));
}

function dateDifferences(model: RegistryModel, listed: SourceModel): RawDifference[] {
  return [
    ...differs("release_date", "release_date", model.release_date, listed.release_date),
    ...differs("lifecycle", "deprecation_date", model.deprecation_date, listed.deprecation_date),
    ...differs("lifecycle", "shutdown_date", model.shutdown_date, listed.shutdown_date),
    ...differs("lifecycle", "earliest_shutdown_date", model.earliest_shutdown_date, listed.earliest_shutdown_date),
  ];
}

/** Why the source considers the model deprecated or gone on the as-of date, if it does. */
export function sourceRetirement(listed: SourceModel, asOf: string): string | undefined {
  if (listed.deprecated === true) return "deprecated";
  if (listed.shutdown_date !== undefined && listed.shutdown_date <= asOf) return `shut down ${listed.shutdown_date}`;
  if (listed.deprecation_date !== undefined && listed.deprecation_date <= asOf) return `deprecated ${listed.deprecation_date}`;
  return undefined;
}

function statusDifferences(model: RegistryModel, listed: SourceModel, asOf: string): RawDifference[] {
  const retirement = sourceRetirement(listed, asOf);
  if (retirement === undefined || model.status === "deprecated") return [];
  return [{ field: "status", group: "lifecycle", registry: model.status, source: retirement }];
}

/** What the source states for one field `fieldDifferences` compares (undefined when it states nothing). */
export function sourceFieldValue(listed: SourceModel, field: string, asOf: string): FieldValue | undefined {
  if (field.startsWith("pricing.") && !field.startsWith("pricing.tiers")) {
    return listed.pricing === undefined ? undefined : pricesInForce(listed.pricing, asOf)[field.slice("pricing.".length) as keyof PriceTable];
  }
  if (field.startsWith("capabilities.")) return listed.capabilities?.[field.slice("capabilities.".length) as keyof Capabilities];
  if (field === "max_input_tokens") return listed.max_input_tokens;
  const simple = ["context_window", "max_output_tokens", "release_date", "deprecation_date", "shutdown_date", "earliest_shutdown_date"] as const;
  return (simple as readonly string[]).includes(field) ? listed[field as (typeof simple)[number]] : undefined;
}
