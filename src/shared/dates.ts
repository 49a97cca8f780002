/** Calendar dates as the registry writes them: `YYYY-MM-DD`, in UTC. ISO dates compare correctly as strings. */

/** The form of a date, `YYYY-MM-DD`, whether or not the day exists: what a YAML 1.1 reader takes for a timestamp. */
export const ISO_DATE_FORM = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `text` is a real calendar date in `YYYY-MM-DD` form (2026-02-30 is not). */
export function isIsoDate(text: string): boolean {
  if (!ISO_DATE_FORM.test(text)) return false;
  const [year, month, day] = text.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10) === text;
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
