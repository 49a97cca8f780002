import type { Diagnostic } from "../../shared/diagnostics";
import { didYouMean } from "../../shared/suggest";
import { entryProvenance, type EntryProvenance, type RegistryProvenance, type RegistrySection } from "./provenance";
import { applyMergePatch, patchedFields, type Located } from "./merge-patch";
import { isRecord } from "../../shared/records";
import { OriginTree, type SourceFile } from "./registry-source";
import { formatJsonPointer, type PathSegment } from "./source-map";

/** Top-level keys only an extending file has; they say how to change the base and never reach the merged registry. */
export const EXTENSION_KEYS = ["extends", "overrides", "remove"] as const;

/** The format version belongs to each file (it says how the file's own figures read), so it is never inherited. */
const PER_FILE_KEYS = new Set<string>([...EXTENSION_KEYS, "version"]);

/** A registry with the origins of its values: one file, or a file merged onto its bases. */
export interface MergedRegistry {
  data: Record<string, unknown>;
  origins: OriginTree;
  /** The file whose contents this is (the last one merged): the base, as the next extending file sees it. */
  file: SourceFile;
}

export function singleFileRegistry(data: unknown, file: SourceFile): MergedRegistry {
  return { data: isRecord(data) ? data : {}, origins: OriginTree.root(file), file };
}

/** The registry as the file that extends `base` makes it, with the problems found on the way (located in either file). */
export function extendRegistry(
  base: MergedRegistry,
  data: Record<string, unknown>,
  file: SourceFile,
  provenance: RegistryProvenance,
): { registry: MergedRegistry; diagnostics: Diagnostic[] } {
  const own = OriginTree.root(file);
  const merged = otherTopLevelKeys(base, data, own);
  const context: ExtendContext = { base, file, own, data, diagnostics: [], provenance };
  for (const section of SECTIONS) {
    const result = extendSection(section, context);
    if (result !== undefined) merged.set(section.name, result);
  }
  const origins = OriginTree.root(file);
  for (const [key, located] of merged) origins.setChild(key, located.origins);
  const values = Object.fromEntries([...merged].map(([key, located]) => [key, located.value]));
  return { registry: { data: values, origins, file }, diagnostics: context.diagnostics };
}

/**
 * The top-level keys that are not sections: the extending file's own (`version`, or a misspelt key the schema will
 * report there) replace the base's, and the base's others are kept (for the schema to report where they are).
 */
function otherTopLevelKeys(base: MergedRegistry, data: Record<string, unknown>, own: OriginTree): Map<string, Located> {
  const isSection = (key: string) => SECTIONS.some((section) => section.name === key);
  const merged = new Map<string, Located>();
  for (const [key, value] of Object.entries(base.data)) {
    if (!PER_FILE_KEYS.has(key) && !isSection(key)) merged.set(key, { value, origins: base.origins.child(key) });
  }
  for (const [key, value] of Object.entries(data)) {
    if (!EXTENSION_KEY_SET.has(key) && !isSection(key)) merged.set(key, { value, origins: own.child(key) });
  }
  return merged;
}

const EXTENSION_KEY_SET = new Set<string>(EXTENSION_KEYS);

interface ExtendContext {
  base: MergedRegistry;
  file: SourceFile;
  /** The extending file's own origins. */
  own: OriginTree;
  data: Record<string, unknown>;
  diagnostics: Diagnostic[];
  provenance: RegistryProvenance;
}

/** An entry of a section, by its ID: a model (by `id`), a provider or an alias (by key). */
interface Entry {
  id: string | undefined;
  value: unknown;
  origins: OriginTree;
}

/** `providers` and `aliases` are mappings keyed by ID, `models` a list of entries with an `id`; the rules are the same. */
interface Section {
  name: RegistrySection;
  noun: string;
  provenance: (provenance: RegistryProvenance) => Map<string, EntryProvenance>;
  /** The entries of a section value, or undefined when the value is not of the section's shape. */
  read: (located: Located) => Entry[] | undefined;
  write: (entries: readonly Entry[], origins: OriginTree) => Located;
  /** Whether an override entry's value is a change this section can apply (else the schema reports it). */
  canPatch: (value: unknown) => boolean;
  /** The change an override entry makes (for a model: everything but the `id` that selects it). */
  patchOf: (entry: Entry) => Located;
  /** Where an entry's ID is written, below the entry's origins. */
  idPath: PathSegment[];
}

const keyedSection = (name: "providers" | "aliases", noun: string, provenance: Section["provenance"], canPatch: Section["canPatch"]): Section => ({
  name,
  noun,
  provenance,
  read: ({ value, origins }) => (isRecord(value) ? Object.entries(value).map(([id, item]) => ({ id, value: item, origins: origins.child(id) })) : undefined),
  write: (entries, origins) => {
    const tree = new OriginTree(origins.origin);
    for (const entry of entries) tree.setChild(entry.id!, entry.origins);
    return { value: Object.fromEntries(entries.map((entry) => [entry.id, entry.value])), origins: tree };
  },
  canPatch,
  patchOf: (entry) => ({ value: entry.value, origins: entry.origins }),
  idPath: [],
});

const SECTIONS: readonly Section[] = [
  keyedSection("providers", "provider", (p) => p.providers, isRecord),
  {
    name: "models",
    noun: "model",
    provenance: (p) => p.models,
    read: ({ value, origins }) =>
      Array.isArray(value)
        ? value.map((item: unknown, index) => ({
            id: isRecord(item) && typeof item.id === "string" ? item.id : undefined,
            value: item,
            origins: origins.child(index),
          }))
        : undefined,
    write: (entries, origins) => {
      const tree = new OriginTree(origins.origin);
      entries.forEach((entry, index) => tree.setChild(index, entry.origins));
      return { value: entries.map((entry) => entry.value), origins: tree };
    },
    canPatch: isRecord,
    patchOf: (entry) => {
      const { id: _selector, ...change } = entry.value as Record<string, unknown>;
      return { value: change, origins: entry.origins };
    },
    idPath: ["id"],
  },
  keyedSection(
    "aliases",
    "alias",
    (p) => p.aliases,
    (value) => typeof value === "string",
  ),
];

/**
 * One section of the extending file over the base's: removals first, then overrides (each of an entry the base
 * has), then additions (each of an ID the base does not have, or one just removed: a replacement).
 */
function extendSection(section: Section, context: ExtendContext): Located | undefined {
  const { base, own, data } = context;
  const baseSection = Object.hasOwn(base.data, section.name) ? { value: base.data[section.name], origins: base.origins.child(section.name) } : undefined;
  const added = Object.hasOwn(data, section.name) ? { value: data[section.name], origins: own.child(section.name) } : undefined;
  const baseEntries = baseSection === undefined ? [] : section.read(baseSection);
  const addedEntries = added === undefined ? [] : section.read(added);
  // A section that is not a mapping (or list) is left as written, for the schema to report where it is.
  if (addedEntries === undefined) return added;
  if (baseEntries === undefined) return baseSection;

  const removed = removals(section, context, baseEntries);
  const kept = baseEntries.filter((entry) => entry.id === undefined || !removed.has(entry.id));
  const overridden = applyOverrides(section, context, kept, removed);
  const additions = addedEntries.filter((entry) => acceptAddition(section, context, entry, kept, removed));
  const written = added ?? baseSection;
  return written === undefined ? undefined : section.write([...overridden, ...additions], written.origins);
}

/** The IDs `remove.<section>` names, each checked to be a base entry. */
function removals(section: Section, context: ExtendContext, baseEntries: readonly Entry[]): Set<string> {
  const listed = extensionList(context, "remove", section.name);
  const baseIds = new Set(baseEntries.flatMap((entry) => (entry.id === undefined ? [] : [entry.id])));
  const removed = new Set<string>();
  listed.forEach((id, index) => {
    if (typeof id !== "string") return; // the schema reports it
    if (!baseIds.has(id)) {
      report(
        context,
        "extends/unknown-removal",
        ["remove", section.name, index],
        `${quoteId(id)} is not a ${section.noun} of the base ${context.base.file.shownPath}, so it cannot be removed`,
        didYouMean(id, baseIds),
      );
      return;
    }
    const stillUsedBy = section.name === "providers" ? baseModelsStillUsing(context, id) : [];
    if (stillUsedBy.length > 0) {
      // Said here, once: otherwise each of those models would fail in the base as naming an undeclared provider.
      report(
        context,
        "extends/removed-provider-in-use",
        ["remove", section.name, index],
        `provider ${quoteId(id)} cannot be removed: the base's models ${stillUsedBy.map(quoteId).join(", ")} still name it`,
        `remove those models too (\`remove.models\`), or keep the provider`,
      );
      return;
    }
    removed.add(id);
    const entries = section.provenance(context.provenance);
    if (entries.get(id)?.addedIn === undefined) context.provenance.removed.push({ section: section.name, id, file: context.file.path });
    entries.delete(id);
  });
  return removed;
}

/** The base entries with `overrides.<section>` merged into them (JSON Merge Patch). */
function applyOverrides(section: Section, context: ExtendContext, kept: readonly Entry[], removed: ReadonlySet<string>): Entry[] {
  const overrides = context.data.overrides;
  const listed =
    isRecord(overrides) && Object.hasOwn(overrides, section.name)
      ? section.read({ value: overrides[section.name], origins: context.own.child("overrides").child(section.name) })
      : undefined;
  const byId = new Map(kept.flatMap((entry, index) => (entry.id === undefined ? [] : [[entry.id, index] as const])));
  const result = [...kept];
  const seen = new Set<string>();
  for (const override of listed ?? []) {
    if (override.id === undefined || !section.canPatch(override.value)) continue; // the schema reports it
    const at = override.origins.originOf(section.idPath).path;
    if (seen.has(override.id)) {
      report(context, "extends/duplicate-override", at, `${quoteId(override.id)} is overridden twice in this file; merge the two overrides into one`);
      continue;
    }
    seen.add(override.id);
    const index = byId.get(override.id);
    if (index === undefined) {
      const why = removed.has(override.id)
        ? `is removed by this file under \`remove.${section.name}\``
        : `is not a ${section.noun} of the base ${context.base.file.shownPath}`;
      const hint = removed.has(override.id)
        ? "remove it, or override it, not both"
        : (didYouMean(override.id, byId.keys()) ?? `to add a ${section.noun}, list it under \`${section.name}\``);
      report(context, "extends/unknown-override", at, `${quoteId(override.id)} ${why}, so it cannot be overridden`, hint);
      continue;
    }
    const target = result[index]!;
    const patch = section.patchOf(override);
    const merged = applyMergePatch({ value: target.value, origins: target.origins }, patch);
    result[index] = { id: target.id, ...merged };
    entryProvenance(section.provenance(context.provenance), override.id).overriddenIn.push({
      file: context.file.path,
      fields: patchedFields(patch.value).sort(),
    });
  }
  return result;
}

/** Whether an entry of the extending file's own section is added: its ID must be new to the base (or just removed). */
function acceptAddition(section: Section, context: ExtendContext, entry: Entry, kept: readonly Entry[], removed: ReadonlySet<string>): boolean {
  if (entry.id === undefined) return true; // a model without an ID: the schema reports it where it is
  const existing = kept.find((candidate) => candidate.id === entry.id);
  if (existing !== undefined) {
    const there = existing.origins.originOf(section.idPath);
    const { line, column } = there.file.sourceMap.valuePosition(there.path);
    report(
      context,
      "extends/duplicate-id",
      entry.origins.originOf(section.idPath).path,
      `${section.noun} ${quoteId(entry.id)} is already defined by the base, at ${there.file.shownPath}:${line}:${column}; an entry here adds a new ${section.noun}`,
      `to change the base's entry, list the fields to change under \`overrides.${section.name}\`; to replace it whole, also list ${quoteId(entry.id)} under \`remove.${section.name}\``,
    );
    return false;
  }
  const provenance = entryProvenance(section.provenance(context.provenance), entry.id);
  provenance.addedIn = context.file.path;
  if (removed.has(entry.id)) provenance.replacesBase = true;
  const left = context.provenance.removed;
  context.provenance.removed = left.filter((removal) => removal.section !== section.name || removal.id !== entry.id);
  return true;
}

/** The base's models that name `provider` and that this file does not remove. */
function baseModelsStillUsing(context: ExtendContext, provider: string): string[] {
  const removedModels = new Set(extensionList(context, "remove", "models").filter((id): id is string => typeof id === "string"));
  const models = Array.isArray(context.base.data.models) ? context.base.data.models : [];
  return models.flatMap((model: unknown) =>
    isRecord(model) && model.provider === provider && typeof model.id === "string" && !removedModels.has(model.id) ? [model.id] : [],
  );
}

/** The list at `<key>.<section>` of the extending file (empty when absent or not a list: the schema reports that). */
function extensionList(context: ExtendContext, key: string, section: string): unknown[] {
  const holder = context.data[key];
  const list = isRecord(holder) ? holder[section] : undefined;
  return Array.isArray(list) ? list : [];
}

function report(context: ExtendContext, code: string, path: PathSegment[], message: string, hint?: string): void {
  const { line, column } = context.file.sourceMap.valuePosition(path);
  context.diagnostics.push({
    severity: "error",
    code,
    message,
    file: context.file.path,
    line,
    column,
    path: formatJsonPointer(path),
    ...(hint ? { hint } : {}),
  });
}

function quoteId(id: string): string {
  return JSON.stringify(id);
}
