/**
 * Options of the synthetic sample warehouse and the checks on them.
 *
 * The defaults are fixed constants because `npm run build` writes the
 * embedded default warehouse from them, so the same defaults give the same
 * rows on every machine. Nothing here reads the clock.
 */

export interface SampleOptions {
  /** Seed of the pseudo-random draws: a non-negative integer. */
  seed: number;
  /** Number of assets to generate, exactly. */
  assets: number;
  /** Snapshot date (YYYY-MM-DD): nothing is registered, decided or qualified after it. */
  asOf: string;
}

export const DEFAULT_SAMPLE: Readonly<SampleOptions> = {
  seed: 20_190_101,
  assets: 20_000,
  asOf: '2026-09-30',
};

/** First day of the synthetic register. Every date in the sample is on or after it. */
export const REGISTER_OPENS = '2019-01-01';

/** Largest asset count, so that asset ids keep their seven digits (AST-0000001). */
export const MAX_SAMPLE_ASSETS = 9_999_999;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Throws an error that names the option and its value when an option is
 * invalid. The seed must be a non-negative safe integer and the asset count a
 * whole number from 1 to MAX_SAMPLE_ASSETS. The as-of date must be a real
 * calendar date on or after REGISTER_OPENS.
 */
export function validateSampleOptions(options: SampleOptions): void {
  if (!Number.isSafeInteger(options.seed) || options.seed < 0) {
    throw new Error(`Invalid sample seed ${options.seed}: expected a whole number from 0 to ${Number.MAX_SAFE_INTEGER}`);
  }

  if (!Number.isInteger(options.assets) || options.assets < 1 || options.assets > MAX_SAMPLE_ASSETS) {
    throw new Error(
      `Invalid sample asset count ${options.assets}: expected a whole number from 1 to ${MAX_SAMPLE_ASSETS.toLocaleString('en-GB')}`,
    );
  }

  if (!isCalendarDate(options.asOf)) {
    throw new Error(`Invalid sample as-of date "${options.asOf}": expected a calendar date written YYYY-MM-DD`);
  }
  if (options.asOf < REGISTER_OPENS) {
    throw new Error(
      `Invalid sample as-of date ${options.asOf}: the synthetic register opens on ${REGISTER_OPENS}, so choose that day or a later one`,
    );
  }
}

/** Returns whether text is an ISO date (YYYY-MM-DD) that exists in the calendar. */
function isCalendarDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;

  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
