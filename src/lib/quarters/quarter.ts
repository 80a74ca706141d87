/**
 * Calendar quarters as the vetted datasets write them (`2025-q4`). All date
 * arithmetic is in UTC, so a quarter never depends on the build machine's
 * time zone.
 */

export const QUARTER_ID_PATTERN = /^(\d{4})-q([1-4])$/;

export interface Quarter {
  id: string;
  year: number;
  /** 1 to 4. */
  number: number;
  /** year * 4 + number - 1: consecutive quarters have consecutive indexes. */
  index: number;
}

/** Parses a quarter id such as `2025-q4`. Throws naming the value when it is invalid. */
export function parseQuarter(id: string): Quarter {
  const match = QUARTER_ID_PATTERN.exec(id);
  if (!match) throw new Error(`Invalid quarter "${id}": expected the form 2025-q4`);

  const year = Number(match[1]);
  const number = Number(match[2]);
  return { id, year, number, index: year * 4 + number - 1 };
}

/** Returns the quarter with this index. */
export function quarterFromIndex(index: number): Quarter {
  const year = Math.floor(index / 4);
  const number = (index % 4) + 1;
  return { id: `${year}-q${number}`, year, number, index };
}

/** Returns the id of the quarter before `id`. */
export function previousQuarterId(id: string): string {
  return quarterFromIndex(parseQuarter(id).index - 1).id;
}

/** Returns the first day of the quarter as a UTC date, for time scales. */
export function quarterStartUtc(id: string): Date {
  const quarter = parseQuarter(id);
  return new Date(Date.UTC(quarter.year, (quarter.number - 1) * 3, 1));
}

/** Returns the last day of the quarter as an ISO date (YYYY-MM-DD). */
export function quarterEndIso(id: string): string {
  const quarter = parseQuarter(id);
  return new Date(Date.UTC(quarter.year, quarter.number * 3, 0)).toISOString().slice(0, 10);
}
