import { isMap, isScalar, isSeq, parseDocument, Scalar, type Document, type YAMLMap, type YAMLSeq } from "yaml";
import type { FieldValue } from "../audit/fields";
import { unpadFlowSequences } from "../migrate/upgrade-schema";
import type { Proposal } from "./propose";

/**
 * Applies the updates of a plan to the registry YAML in place, the way `upgrade-schema` edits it: the document
 * is parsed with its comments, only the changed nodes are touched, and it is printed back, so order, comments,
 * blank lines and quoting stay. Per changed model:
 *
 * - each figure is set; a changed price keeps history: the old prices of the fields that change become a
 *   period `{ until: <change date>, … }` (appended after any period that ends by then), so a cost estimated for
 *   an earlier day uses the price then billed;
 * - `sources.<group>` of every changed group becomes the applied sources' citations `(read YYYY-MM-DD)`;
 * - `verified` becomes the refresh day.
 *
 * Additions with an entry are appended after the last entry of their provider (at the end when the file has
 * none), so existing entries keep their place and text.
 */
export interface ApplyResult {
  text: string;
  applied: Proposal[];
  /** Updates that could not be applied, with why (the model is in a base registry, a period overlaps). */
  skipped: { proposal: Proposal; reason: string }[];
}

export function applyUpdates(text: string, proposals: readonly Proposal[], readOn: string): ApplyResult {
  const document = parseDocument(text, { schema: "core", uniqueKeys: true, merge: false });
  if (document.errors.length > 0) throw new Error(`the registry is not valid YAML: ${document.errors[0]!.message}`);
  const models = document.getIn(["models"], true);
  const entries = isSeq(models) ? (models as YAMLSeq).items.filter(isMap) : [];
  const byId = new Map<string, YAMLMap>();
  for (const entry of entries) {
    const id = (entry as YAMLMap).get("id");
    if (typeof id === "string") byId.set(id, entry as YAMLMap);
  }
  const applied: Proposal[] = [];
  const skipped: ApplyResult["skipped"] = [];
  const byModel = new Map<string, Proposal[]>();
  for (const proposal of proposals.filter((candidate) => candidate.kind === "update"))
    byModel.set(proposal.model, [...(byModel.get(proposal.model) ?? []), proposal]);
  for (const [id, updates] of byModel) {
    const entry = byId.get(id);
    if (entry === undefined) {
      for (const proposal of updates) skipped.push({ proposal, reason: "the model is defined in a base registry: change it there, or through overrides" });
      continue;
    }
    const problem = priceHistory(
      document,
      entry,
      updates.filter((proposal) => proposal.group === "pricing"),
      readOn,
    );
    for (const proposal of updates) {
      if (proposal.group === "pricing" && problem !== undefined) {
        skipped.push({ proposal, reason: problem });
        continue;
      }
      setField(document, entry, proposal.field, proposal.new);
      applied.push(proposal);
    }
    const changed = applied.filter((proposal) => proposal.model === id);
    if (changed.length === 0) continue;
    for (const group of new Set(changed.map((proposal) => proposal.group))) {
      const citations = [
        ...new Set(changed.filter((proposal) => proposal.group === group).flatMap((proposal) => proposal.claims.map((claim) => claim.citation))),
      ].sort();
      entry.setIn(["sources", group], `${citations.join("; ")} (read ${readOn})`);
    }
    setScalar(entry, ["verified"], readOn);
  }
  if (isSeq(models)) applied.push(...appendAdditions(document, models as YAMLSeq, byId, proposals));
  return { text: unpadFlowSequences(document.toString({ lineWidth: 0, flowCollectionPadding: true })), applied, skipped };
}

/** `pricing.input`, `capabilities.input`, `context_window`: a path under the entry. */
function setField(document: Document, entry: YAMLMap, field: string, value: FieldValue): void {
  const path = field.split(".");
  if (Array.isArray(value)) {
    const node = document.createNode([...value]);
    node.flow = true;
    entry.setIn(path, node);
    return;
  }
  setScalar(entry, path, value);
}

/** Keeps the scalar node (its quoting) when there is one. */
function setScalar(entry: YAMLMap, path: string[], value: FieldValue): void {
  const node = entry.getIn(path, true);
  if (isScalar(node)) node.value = value;
  else entry.setIn(path, value);
}

/**
 * The old prices of the changing fields as a period ending on the change date. Refused (the reason returned)
 * when an existing period reaches past the change date: two periods would overlap.
 */
function priceHistory(document: Document, entry: YAMLMap, updates: readonly Proposal[], readOn: string): string | undefined {
  if (updates.length === 0) return undefined;
  const changeDate = updates
    .map((proposal) => proposal.changeDate ?? readOn)
    .sort()
    .at(-1)!;
  const pricing = entry.get("pricing", true);
  if (!isMap(pricing)) return "the entry has no pricing mapping";
  const periods = pricing.get("periods", true);
  const existing = isSeq(periods) ? (periods.toJSON() as { from?: string; until?: string }[]) : [];
  if (existing.some((period) => period.until === undefined || period.until > changeDate))
    return `a price period already reaches past ${changeDate}: edit by hand`;
  const from = existing
    .map((period) => period.until!)
    .sort()
    .at(-1);
  const old: Record<string, unknown> = { ...(from ? { from } : {}), until: changeDate };
  const previous = updates.filter((proposal) => proposal.old !== null);
  // A price the registry did not have before has no history to keep.
  if (previous.length === 0) return undefined;
  for (const proposal of previous) old[proposal.field.slice("pricing.".length)] = proposal.old;
  const sources = [...new Set(updates.flatMap((proposal) => proposal.claims.map((claim) => claim.source)))].join(", ");
  old.note = `price before ${changeDate}; changed per ${sources} (refresh ${readOn})`;
  const node = document.createNode(old) as YAMLMap;
  node.flow = true;
  if (pricing.flow) pricing.flow = false;
  if (isSeq(periods)) periods.items.push(node);
  else {
    const list = document.createNode([]) as YAMLSeq;
    list.items.push(node);
    pricing.set("periods", list);
  }
  return undefined;
}

/** Appends each written addition after its provider's last entry; an ID the file already holds is left alone. */
function appendAdditions(document: Document, models: YAMLSeq, byId: ReadonlyMap<string, YAMLMap>, proposals: readonly Proposal[]): Proposal[] {
  const added: Proposal[] = [];
  for (const proposal of proposals) {
    const entry = proposal.entry;
    if (proposal.kind !== "addition" || entry === undefined || byId.has(String(entry.id))) continue;
    const node = entryNode(document, entry);
    const last = models.items.map((item) => isMap(item) && item.get("provider") === entry.provider).lastIndexOf(true);
    models.items.splice(last < 0 ? models.items.length : last + 1, 0, node);
    added.push(proposal);
  }
  return added;
}

/** The registry's own layout: block mappings, flow `capabilities` and modality lists, quoted dates and notes, a blank line before. */
function entryNode(document: Document, entry: Record<string, unknown>): YAMLMap {
  const node = document.createNode(entry) as YAMLMap;
  node.spaceBefore = true;
  const capabilities = node.get("capabilities", true);
  if (isMap(capabilities)) capabilities.flow = true;
  for (const key of ["release_date", "verified", "notes"]) {
    const scalar = node.get(key, true);
    if (isScalar(scalar)) scalar.type = Scalar.QUOTE_DOUBLE;
  }
  return node;
}
