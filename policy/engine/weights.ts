/**
 * Cost of withholding each cell, per unit by which a complementary pattern
 * moves it. Small cells are cheaper than large ones, and totals cost twice as
 * much as other cells of the same value, because readers lose more when a
 * margin is withheld. Cells an earlier edition published at their present
 * values need no cost: no pattern moves them.
 */
import type { LinearSystem } from './linear-system.ts';

/** How much more a total costs than another cell of the same value. */
export const TOTAL_COST_FACTOR = 2;

/**
 * Cost factor of an empty cell (no contributor): an attacker may well know
 * that no provider has such assets, and a reader would see [c] for nothing, so
 * an empty cell is a complement only when no other pattern exists.
 */
export const EMPTY_CELL_COST_FACTOR = 1e4;

/**
 * Returns (value + m) / m for each cell, times TOTAL_COST_FACTOR for totals,
 * where m is the median positive cell value, so costs do not depend on the unit.
 */
export function computeCellWeights(system: LinearSystem): Float64Array {
  const positive = system.cells.map((cell) => cell.value).filter((value) => value > 0).sort((a, b) => a - b);
  const median = positive.length > 0 ? positive[Math.floor(positive.length / 2)] : 1;

  const weights = new Float64Array(system.cells.length);
  system.cells.forEach((cell, index) => {
    let factor = system.isTotal[index] ? TOTAL_COST_FACTOR : 1;
    if (cell.contributors === 0) factor *= EMPTY_CELL_COST_FACTOR;
    weights[index] = ((cell.value + median) / median) * factor;
  });
  return weights;
}
