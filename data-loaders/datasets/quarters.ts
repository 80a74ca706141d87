/**
 * Calendar quarters, the time unit of every series. A quarter is written
 * `2024-q1`; its index (year * 4 + quarter - 1) orders quarters and is what
 * the warehouse queries compute from dates. All date arithmetic is in UTC so
 * that the output never depends on the build machine's time zone.
 */

export const QUARTER_PATTERN = /^(\d{4})-q([1-4])$/;

export interface Quarter {
  index: number;
  label: string;
  /** First day, ISO date. */
  start: string;
  /** Last day, ISO date. */
  end: string;
}

/** Parses `YYYY-qN`; throws naming the value when it is not a quarter. */
export function parseQuarter(label: string): Quarter {
  const match = QUARTER_PATTERN.exec(label);
  if (!match) throw new Error(`Invalid quarter "${label}": expected the form 2024-q1`);
  return quarterFromIndex(Number(match[1]) * 4 + Number(match[2]) - 1);
}

/** Returns the quarter with this index. */
export function quarterFromIndex(index: number): Quarter {
  const year = Math.floor(index / 4);
  const number = (index % 4) + 1;
  const startMonth = (number - 1) * 3;
  const start = new Date(Date.UTC(year, startMonth, 1));
  const end = new Date(Date.UTC(year, startMonth + 3, 0));
  return { index, label: `${year}-q${number}`, start: isoDate(start), end: isoDate(end) };
}

/** Returns the quarter that contains an ISO date. */
export function quarterOfDate(date: string): Quarter {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new Error(`Invalid date "${date}": expected YYYY-MM-DD`);
  return quarterFromIndex(Number(match[1]) * 4 + Math.floor((Number(match[2]) - 1) / 3));
}

/** Returns the latest quarter that has ended on or before an ISO date. */
export function latestCompleteQuarter(asOf: string): Quarter {
  const containing = quarterOfDate(asOf);
  return containing.end === asOf ? containing : quarterFromIndex(containing.index - 1);
}

/** Returns every quarter from `first` to `last`, both included. */
export function quarterRange(first: Quarter, last: Quarter): Quarter[] {
  const quarters: Quarter[] = [];
  for (let index = first.index; index <= last.index; index++) quarters.push(quarterFromIndex(index));
  return quarters;
}

function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
