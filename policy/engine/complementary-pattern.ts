/**
 * A complementary suppression pattern for one sensitive item and direction,
 * found by linear programming. The program finds the cheapest change d of
 * the cell values that keeps every additivity and ordering and keeps cells
 * non-negative. It moves the item by the required protection and leaves
 * published cells unchanged unless they are withheld. Withholding every cell that d moves puts the point
 * value + d in the attacker's feasible set, so the item's feasibility interval
 * then reaches that far. Already withheld cells move at no cost, which reuses
 * them. Cells an earlier edition published at their present values never move.
 */
import type { Highs } from 'highs';
import type { LinearSystem } from './linear-system.ts';
import { findNeighbourhood, type Reach } from './neighbourhood.ts';
import { findSingletonAttackers } from './insiders.ts';
import type { SensitiveItem } from './sensitive-items.ts';
import { createModel, optimise, type SparseRow } from './solver.ts';
import { toleranceFor } from './tolerance.ts';

export interface PatternRequest {
  item: SensitiveItem;
  /** +1 to move the item up by `amount`, -1 to move it down. */
  direction: 1 | -1;
  amount: number;
  /** How far from the item's terms cells may move. */
  reach: Reach;
  /**
   * Keep the withheld cells of single-contributor attackers fixed, so that
   * the pattern also protects the item against their owners.
   */
  fixSingletons: boolean;
}

/** Returns the change of each moved cell, or undefined when no pattern exists within the reach. */
export function findComplementaryPattern(
  highs: Highs,
  system: LinearSystem,
  suppressed: Uint8Array,
  weights: Float64Array,
  request: PatternRequest,
): Map<number, number> | undefined {
  const { item, direction, amount, reach, fixSingletons } = request;
  const seeds = item.terms.map((term) => term.index);
  const neighbourhood = findNeighbourhood(system, seeds, reach);
  const fixed = new Set(fixSingletons ? findSingletonAttackers(system, item, neighbourhood).filter((cell) => suppressed[cell]) : []);
  // The attacker has the values of cells an earlier edition published, so
  // they stay put, even when they are terms of the item.
  const movable = neighbourhood.filter((cell) => !fixed.has(cell) && !system.knownEarlier[cell]);
  const position = new Map(movable.map((cell, index) => [cell, index]));

  // Column 2p moves cell movable[p] up, column 2p + 1 moves it down.
  const columnLower = movable.flatMap(() => [0, 0]);
  const columnUpper = movable.flatMap((cell) => [Infinity, system.cells[cell].value]);
  const costs = movable.flatMap((cell) => {
    const cost = suppressed[cell] ? 0 : weights[cell];
    return [cost, cost];
  });

  const rows = constraintRows(system, movable, position);
  const target: SparseRow = { columns: [], values: [], lower: amount, upper: Infinity };
  for (const term of item.terms) {
    const index = position.get(term.index);
    if (index === undefined) continue;
    target.columns.push(2 * index, 2 * index + 1);
    target.values.push(direction * term.coefficient, -direction * term.coefficient);
  }
  if (target.columns.length === 0) return undefined;
  rows.push(target);

  const model = createModel(highs, { columnLower, columnUpper, costs, rows }, 'once');
  try {
    const optimum = optimise(highs, model, 'minimise', true);
    if (optimum.status !== 'optimal') return undefined;
    return movesOf(movable, optimum.columnValues!, amount);
  } finally {
    model.dispose();
  }
}

/** Rows of every constraint touching a movable cell, over the movable cells only; the others stay at their values. */
function constraintRows(system: LinearSystem, movable: readonly number[], position: Map<number, number>): SparseRow[] {
  const ids = new Set<number>();
  for (const cell of movable) {
    for (const id of system.constraintsOfCell[cell]) ids.add(id);
  }

  const rows: SparseRow[] = [];
  for (const id of [...ids].sort((a, b) => a - b)) {
    const constraint = system.constraints[id];
    const row: SparseRow = { columns: [], values: [], lower: 0, upper: 0 };
    constraint.indices.forEach((cell, index) => {
      const at = position.get(cell);
      if (at === undefined) return;
      row.columns.push(2 * at, 2 * at + 1);
      row.values.push(constraint.coefficients[index], -constraint.coefficients[index]);
    });
    if (constraint.sense === 'atLeast') {
      row.lower = -system.activity[id];
      row.upper = Infinity;
    }
    rows.push(row);
  }
  return rows;
}

function movesOf(movable: readonly number[], columnValues: Float64Array, amount: number): Map<number, number> {
  const threshold = toleranceFor(amount) * 1e-3;
  const moves = new Map<number, number>();
  movable.forEach((cell, index) => {
    const change = columnValues[2 * index] - columnValues[2 * index + 1];
    if (Math.abs(change) > threshold) moves.set(cell, change);
  });
  return moves;
}

/**
 * Returns how far the item can move the other way along the reversed pattern,
 * x - t * d for the largest t that keeps moved cells non-negative and
 * orderings true, as the distance the item then moves.
 */
export function reverseReach(system: LinearSystem, moves: Map<number, number>, request: PatternRequest): number {
  let scale = Infinity;
  for (const [cell, change] of moves) {
    if (change > 0) scale = Math.min(scale, system.cells[cell].value / change);
  }

  const ids = new Set<number>();
  for (const cell of moves.keys()) {
    for (const id of system.constraintsOfCell[cell]) ids.add(id);
  }
  for (const id of ids) {
    const constraint = system.constraints[id];
    if (constraint.sense !== 'atLeast') continue;
    let change = 0;
    constraint.indices.forEach((cell, index) => (change += constraint.coefficients[index] * (moves.get(cell) ?? 0)));
    if (change > 0) scale = Math.min(scale, system.activity[id] / change);
  }

  let itemChange = 0;
  for (const term of request.item.terms) itemChange += term.coefficient * (moves.get(term.index) ?? 0);
  if (itemChange === 0) return 0;
  return scale * Math.abs(itemChange);
}
