export type RegistrySection = "providers" | "models" | "aliases";

/** What the files of an `extends` chain did to the registry: the docs show it. File paths are absolute. */
export interface RegistryProvenance {
  /** The registry file, then each base it extends, in order; `specifier` is how the file before it named it. */
  chain: Array<{ path: string; specifier?: string }>;
  models: Map<string, EntryProvenance>;
  providers: Map<string, EntryProvenance>;
  aliases: Map<string, EntryProvenance>;
  /** Base entries a file of the chain left out (and did not add again). */
  removed: Array<{ section: RegistrySection; id: string; file: string }>;
}

/** An entry without provenance comes unchanged from the last base of the chain. */
export interface EntryProvenance {
  /** The file that added the entry. */
  addedIn?: string;
  /** It was added again after `addedIn` removed the base entry of the same ID: a replacement of the whole entry. */
  replacesBase?: boolean;
  /** Each file that changed the entry, in the order the changes apply, with the fields it changed (`pricing.input`). */
  overriddenIn: Array<{ file: string; fields: string[] }>;
}

export function emptyProvenance(chain: RegistryProvenance["chain"]): RegistryProvenance {
  return { chain, models: new Map(), providers: new Map(), aliases: new Map(), removed: [] };
}

export function entryProvenance(entries: Map<string, EntryProvenance>, id: string): EntryProvenance {
  let entry = entries.get(id);
  if (entry === undefined) {
    entry = { overriddenIn: [] };
    entries.set(id, entry);
  }
  return entry;
}
