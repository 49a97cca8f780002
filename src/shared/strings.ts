/** Code-unit order: independent of the machine's locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `Object.hasOwn` for a lookup table: inherited names such as `toString` or `__proto__` are not keys. */
export function hasOwnKey(table: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(table, key);
}
