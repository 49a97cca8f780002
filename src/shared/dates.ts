/** Calendar dates as the registry writes them: `YYYY-MM-DD`, in UTC. ISO dates compare correctly as strings. */

/** The form of a date, `YYYY-MM-DD`, whether or not the day exists: what a YAML 1.1 reader takes for a timestamp. */
export const ISO_DATE_FORM = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Whether `text` is a real calendar date in `YYYY-MM-DD` form (2026-02-30 is not), as JSON Schema's `date` format
 * reads it (any year from 0000, Gregorian leap years). Arithmetic, not a Date: the rules judge every date of every
 * model in each run.
 */
export function isIsoDate(text: string): boolean {
  if (!ISO_DATE_FORM.test(text)) return false;
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(5, 7));
  const day = Number(text.slice(8, 10));
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The `YYYY-MM-DD` a timestamp starts with (`2026-12-01T10:00:00Z` → `2026-12-01`), whether or not the day exists. */
export function leadingIsoDate(text: string): string | undefined {
  const day = text.slice(0, 10);
  return ISO_DATE_FORM.test(day) ? day : undefined;
}

/** Today's date in UTC. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Midnight UTC at the start of `date`, in epoch milliseconds. */
export function startOfDayUtc(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/** What is wrong with an `--as-of` value, or undefined when it is a calendar date. */
export function asOfProblem(value: string): string | undefined {
  return isIsoDate(value) ? undefined : `--as-of must be a calendar date, YYYY-MM-DD; got "${value}"`;
}
