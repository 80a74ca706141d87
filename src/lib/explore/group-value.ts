/**
 * The value of a statistic over a group of cells, some of which may be
 * withheld. A withheld cell is never treated as zero and never dropped: the
 * value is exact only when no cell is withheld. Otherwise it is a bound
 * that the published cells prove, or withheld when they prove nothing.
 */
import type { StatisticId } from './query-options.ts';

export type GroupValue =
  | { kind: 'exact'; value: number }
  /** The true value is this or more. */
  | { kind: 'at-least'; value: number }
  /** The true value is this or less. */
  | { kind: 'at-most'; value: number }
  | { kind: 'withheld' };

/** What the aggregate query returns about a group's cells. */
export interface GroupCells {
  cellCount: number;
  withheldCount: number;
  /** Sum, minimum and maximum of the published cells; null when there are none. */
  knownSum: number | null;
  knownMin: number | null;
  knownMax: number | null;
}

/**
 * Computes a statistic over a group's cells. With no withheld cell the value
 * is exact. With some withheld and the measure known to be non-negative,
 * every withheld cell is at least zero, so:
 *   sum  is at least the sum of the published cells;
 *   mean is at least that sum divided by the number of all cells;
 *   max  is at least the largest published cell;
 *   min  is at most the smallest published cell.
 * With every cell withheld, or a measure that may be negative, the value is
 * withheld.
 */
export function computeGroupValue(statistic: StatisticId, cells: GroupCells, nonNegative: boolean): GroupValue {
  const { cellCount, withheldCount, knownSum, knownMin, knownMax } = cells;
  if (withheldCount === 0) {
    return { kind: 'exact', value: exactValue(statistic, cells) };
  }
  if (withheldCount >= cellCount || !nonNegative || knownSum === null || knownMin === null || knownMax === null) {
    return { kind: 'withheld' };
  }

  switch (statistic) {
    case 'sum':
      return { kind: 'at-least', value: knownSum };
    case 'mean':
      return { kind: 'at-least', value: knownSum / cellCount };
    case 'max':
      return { kind: 'at-least', value: knownMax };
    case 'min':
      return { kind: 'at-most', value: knownMin };
  }
}

function exactValue(statistic: StatisticId, cells: GroupCells): number {
  const { cellCount, knownSum, knownMin, knownMax } = cells;
  switch (statistic) {
    case 'sum':
      return knownSum ?? 0;
    case 'mean':
      return (knownSum ?? 0) / cellCount;
    case 'min':
      return knownMin ?? Number.NaN;
    case 'max':
      return knownMax ?? Number.NaN;
  }
}

/** Returns whether a group value is complete: exact, not a bound and not withheld. */
export function isComplete(value: GroupValue): boolean {
  return value.kind === 'exact';
}
