import { compareStrings } from "../shared/string-order";
import { deepFreeze } from "./freeze";

/**
 * The table a generated module holds as text: one `[key, value]` JSON array per line, so a diff of the module shows
 * which entry changed, and the compiler reads one string instead of typing a literal. Several texts make one table
 * (a module keeps each provider's models apart, so a bundle drops the providers it does not use). Keys come out in
 * code-unit order and the table is deep-frozen.
 */
export function tableFromLines<T>(...texts: readonly string[]): T {
  const entries: Array<[string, unknown]> = [];
  for (const text of texts) {
    for (const line of text.split("\n")) if (line !== "") entries.push(JSON.parse(line) as [string, unknown]);
  }
  entries.sort(([a], [b]) => compareStrings(a, b));
  return deepFreeze(Object.fromEntries(entries)) as T;
}

/** The keys of a frozen table, in its order, as a frozen array typed by the table's key union. */
export function frozenKeys<K extends string>(table: { readonly [key in K]: unknown }): readonly K[] {
  return Object.freeze(Object.keys(table) as K[]);
}
