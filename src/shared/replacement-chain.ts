/** Anything that may name a replacement: registry entries as the generator reads them, records as the runtime serves them. */
export interface Replaceable {
  readonly id: string;
  readonly replaced_by?: string | undefined;
}

/**
 * Follows `replaced_by` from `model`: the IDs visited, and the model the chain ends at (one that names no
 * replacement); `end` is undefined when an ID in the chain is unknown or the chain runs in a cycle.
 */
export function replacementChain<T extends Replaceable>(
  model: T,
  lookup: (id: string) => T | undefined,
): { ids: string[]; end: T | undefined; cycle: boolean } {
  const ids = [model.id];
  let current: T | undefined = model;
  while (current?.replaced_by !== undefined) {
    const next: string = current.replaced_by;
    const cycle = ids.includes(next);
    ids.push(next);
    if (cycle) return { ids, end: undefined, cycle: true };
    current = lookup(next);
  }
  return { ids, end: current, cycle: false };
}
