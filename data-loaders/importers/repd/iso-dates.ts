/** Arithmetic on ISO dates (YYYY-MM-DD) in UTC, so that no result depends on the machine's time zone. */

const DAY_MS = 86_400_000;

/** Returns the ISO date `days` days after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  const time = Date.parse(`${date}T00:00:00Z`) + days * DAY_MS;
  return new Date(time).toISOString().slice(0, 10);
}

/** Returns the earlier of two ISO dates. */
export function earlierDate(a: string, b: string): string {
  return a <= b ? a : b;
}

/** Returns the later of two ISO dates. */
export function laterDate(a: string, b: string): string {
  return a >= b ? a : b;
}
