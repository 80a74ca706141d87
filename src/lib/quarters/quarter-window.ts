/**
 * The latest quarters of a series that the edition page charts and
 * tabulates. A series can start decades before the edition (REPD's starts in
 * 1906), and a chart or table of hundreds of quarters cannot be read, so the
 * page shows a window of recent quarters and the downloads keep every one.
 */

/** Number of quarters the edition page shows: the latest five years. */
export const PAGE_QUARTERS = 20;

/** A window of the latest quarters of a series. */
export interface QuarterWindow {
  /** Quarters shown, oldest first. */
  quarters: string[];
  /** First quarter of the whole series. */
  seriesStart: string;
  /** Number of quarters in the whole series. */
  seriesLength: number;
  /** Whether earlier quarters of the series are left out of the window. */
  truncated: boolean;
}

/**
 * Selects the latest `size` quarters of a series, or all of them when the
 * series is no longer. `quarters` must be sorted oldest first and not be
 * empty. Throws when `size` is not a positive integer.
 */
export function selectLatestQuarters(quarters: readonly string[], size: number = PAGE_QUARTERS): QuarterWindow {
  if (!Number.isInteger(size) || size < 1) throw new Error(`Window size must be a positive whole number of quarters, got ${size}`);
  if (quarters.length === 0) throw new Error('Cannot select a window of quarters from an empty series');

  const shown = quarters.slice(Math.max(0, quarters.length - size));
  return { quarters: shown, seriesStart: quarters[0], seriesLength: quarters.length, truncated: shown.length < quarters.length };
}
