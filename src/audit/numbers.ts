/** Per-token USD → per-1M USD, rounded to 6 significant digits so binary noise (3.0000000000000004) disappears. */
export function perTokenToPerMillion(perToken: number): number {
  return roundSignificant(perToken * 1e6, 6);
}

export function roundSignificant(value: number, digits: number): number {
  if (value === 0 || !Number.isFinite(value)) return value;
  return Number(value.toPrecision(digits));
}

/** Equal up to the 6-significant-digit rounding the registry and the adapters apply. */
export function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(Math.abs(a), Math.abs(b));
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function nonNegativeNumber(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : undefined;
}

export function positiveInteger(value: unknown): number | undefined {
  return typeof value === "number" && Number.isSafeInteger(value) && value > 0 ? value : undefined;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A string with something in it, trimmed and at most 200 characters (a name, never a document); else undefined. */
export function nonEmptyText(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  return text.length > 0 && text.length <= 200 ? text : undefined;
}

export function isoDate(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return typeof value === "string" && ISO_DATE.test(value) ? value : undefined;
}

/** An own property of a parsed JSON/TOML object, never one reached through the prototype chain. */
export function ownProperty(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A copy without the keys whose value is undefined, so optional fields are absent rather than undefined. */
export function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
