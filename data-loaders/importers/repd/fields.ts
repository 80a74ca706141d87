/**
 * Parsers for REPD cell text. Each returns `missing` for a blank cell or a
 * not-available marker ("NA", "N/A"), so that callers can tell a value that
 * is absent from one that is present but unreadable.
 */

export type ParsedField<T> = { kind: 'value'; value: T } | { kind: 'missing' } | { kind: 'invalid' };

const NOT_AVAILABLE = /^n\/?a$/i;
const DAY_MONTH_YEAR = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** Returns true for a blank cell or a not-available marker. */
export function isMissing(text: string): boolean {
  const trimmed = text.trim();
  return trimmed === '' || NOT_AVAILABLE.test(trimmed);
}

/**
 * Parses a dd/mm/yyyy date into an ISO date (YYYY-MM-DD). A day that the
 * month does not have, such as 31/04/2020, is invalid.
 */
export function parseDayMonthYear(text: string): ParsedField<string> {
  if (isMissing(text)) return { kind: 'missing' };

  const match = DAY_MONTH_YEAR.exec(text.trim());
  if (!match) return { kind: 'invalid' };

  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const isRealDay = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  if (!isRealDay) return { kind: 'invalid' };

  return { kind: 'value', value: date.toISOString().slice(0, 10) };
}

/**
 * Parses a plain decimal number such as "35", "8.8" or "-1". Thousands
 * separators, units and exponents are invalid, because REPD writes none.
 * Surrounding whitespace, tabs included, is ignored.
 */
export function parseDecimal(text: string): ParsedField<number> {
  if (isMissing(text)) return { kind: 'missing' };

  const trimmed = text.trim();
  if (!DECIMAL.test(trimmed)) return { kind: 'invalid' };

  return { kind: 'value', value: Number(trimmed) };
}
