import { isWithheld, type PublishedValue } from '../format/measures.ts';

/**
 * A figure and its change on the previous quarter, with every case a
 * withheld value can make. A withheld figure is never treated as zero.
 */
export type QuarterChange =
  | { kind: 'withheld' }
  | { kind: 'first-quarter'; current: number }
  | { kind: 'previous-withheld'; current: number }
  | { kind: 'change'; current: number; previous: number; change: number; ratio: number | null };

/**
 * Compares a quarter's published value with the previous quarter's.
 * `previous` is undefined when the series starts in the current quarter.
 * `ratio` is null when the previous value is zero.
 */
export function compareWithPreviousQuarter(
  current: PublishedValue,
  previous: PublishedValue | undefined,
  decimals: number,
): QuarterChange {
  if (isWithheld(current)) return { kind: 'withheld' };
  if (previous === undefined) return { kind: 'first-quarter', current };
  if (isWithheld(previous)) return { kind: 'previous-withheld', current };

  // Both values are rounded to `decimals`, so rounding the difference removes
  // only binary noise (9753.1 - 9364.9 = 388.2000000000007 in IEEE 754 doubles).
  const change = roundTo(current - previous, decimals);
  const ratio = previous === 0 ? null : change / previous;
  return { kind: 'change', current, previous, change, ratio };
}

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
