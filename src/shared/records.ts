/** Guards and lookups for objects parsed from input (JSON, YAML, TOML, options): never trust their prototype. */

/** A plain object (not null, not an array): what a JSON or YAML mapping parses to. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `Object.hasOwn` for a lookup table: inherited names such as `toString` or `__proto__` are not keys. */
export function hasOwnKey(table: object, key: string): boolean {
  return Object.hasOwn(table, key);
}

/**
 * An own property of `table`, never one reached through the prototype chain: `"toString"`, `"constructor"` or
 * `"__proto__"` from untrusted input must not come back as a function or an object. A key that is not a string
 * finds nothing.
 */
export function ownValue<T>(table: Readonly<Record<string, T>>, key: unknown): T | undefined {
  return typeof key === "string" && hasOwnKey(table, key) ? table[key] : undefined;
}
