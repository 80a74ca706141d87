/**
 * Numerical tolerances. Values are MW with a few decimals or counts, and
 * HiGHS works to an absolute primal feasibility tolerance of 1e-7 by default,
 * so comparisons allow a relative error of 1e-6 of the magnitudes involved.
 */

/** Relative tolerance of every comparison between computed and given values. */
export const RELATIVE_TOLERANCE = 1e-6;

/** Returns the tolerance for a comparison between quantities of the given magnitudes. */
export function toleranceFor(...magnitudes: number[]): number {
  let scale = 1;
  for (const magnitude of magnitudes) {
    if (Number.isFinite(magnitude)) scale = Math.max(scale, Math.abs(magnitude));
  }
  return RELATIVE_TOLERANCE * scale;
}
