/** Dates in GOV.UK style: 4 December 2026, with no leading zero and no weekday. */

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const ISO_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Formats an ISO date (YYYY-MM-DD) as "31 December 2025". Throws naming the value when it is not an ISO date. */
export function formatIsoDate(iso: string): string {
  const match = ISO_DATE_PATTERN.exec(iso);
  const month = match ? MONTH_NAMES[Number(match[2]) - 1] : undefined;
  if (!match || month === undefined) throw new Error(`Invalid date "${iso}": expected the form 2025-12-31`);

  return `${Number(match[3])} ${month} ${match[1]}`;
}

/** Returns the three-letter abbreviation of a month name, as GOV.UK uses in tables ("Oct"). */
export function abbreviateMonth(month: string): string {
  return month.slice(0, 3);
}
