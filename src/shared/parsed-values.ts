// Guards for the values a source's JSON or TOML holds: a figure is taken only when it has the expected type.
import { isIsoDate } from "./dates";

export function nonNegativeNumber(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : undefined;
}

export function positiveInteger(value: unknown): number | undefined {
  return typeof value === "number" && Number.isSafeInteger(value) && value > 0 ? value : undefined;
}

/** A calendar date as YYYY-MM-DD, from a string of that form or a Date (TOML dates parse to one). */
/** A string with something in it, trimmed and at most 200 characters (a name, never a document); else undefined. */
export function nonEmptyText(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  return text.length > 0 && text.length <= 200 ? text : undefined;
}

export function isoDate(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return typeof value === "string" && isIsoDate(value) ? value : undefined;
}

/** A copy without the keys whose value is undefined, so optional fields are absent rather than undefined. */
export function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
