/**
 * Lookups of third-party strings (a LiteLLM `litellm_provider`, a legacy `Provider` cell) in our own
 * tables. Only own properties count: `"toString"`, `"constructor"` or `"__proto__"` must not reach
 * `Object.prototype` and come back as a function or an object.
 */
export function ownValue<T>(table: Readonly<Record<string, T>>, key: unknown): T | undefined {
  return typeof key === "string" && Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}
