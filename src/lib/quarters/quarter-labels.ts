import { abbreviateMonth, formatIsoDate, MONTH_NAMES } from '../format/dates.ts';
import { parseQuarter, quarterEndIso } from './quarter.ts';

/** Names the months of a quarter in full: "October to December 2025". */
export function quarterMonthsLabel(id: string): string {
  const { first, last, year } = quarterMonths(id);
  return `${first} to ${last} ${year}`;
}

/** Names the months of a quarter in short, for table headings and axes: "Oct to Dec 2025". */
export function quarterShortLabel(id: string): string {
  const { first, last, year } = quarterMonths(id);
  return `${abbreviateMonth(first)} to ${abbreviateMonth(last)} ${year}`;
}

/** Returns the quarter's last day in words: "31 December 2025". */
export function quarterEndLabel(id: string): string {
  return formatIsoDate(quarterEndIso(id));
}

function quarterMonths(id: string): { first: string; last: string; year: number } {
  const quarter = parseQuarter(id);
  const firstMonth = (quarter.number - 1) * 3;
  return { first: MONTH_NAMES[firstMonth], last: MONTH_NAMES[firstMonth + 2], year: quarter.year };
}
