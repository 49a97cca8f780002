/** Calendar dates as the registry writes them: `YYYY-MM-DD`, in UTC. ISO dates compare correctly as strings. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a real calendar date in `YYYY-MM-DD` form (2026-02-30 is not). */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
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
