/**
 * The attacker's linear program over a set of suppressed cells: one variable
 * per cell, bounded below by zero, and every constraint that touches one of
 * them, with all other cells substituted at their values as constants.
 *
 * Taking fewer suppressed cells as variables can only narrow the feasibility
 * intervals, because the attacker is then assumed to know the others. An item
 * that passes on a subset therefore passes on the full model.
 */
import type { Highs, Model } from 'highs';
import type { LinearSystem } from './linear-system.ts';
import { createModel, type SparseRow } from './solver.ts';

export interface AttackerModel {
  model: Model;
  /** Column of each variable cell in the model. */
  columnOf: Map<number, number>;
  /** Cell of each column, ascending. */
  cells: readonly number[];
}

/** Builds the attacker's model with the given suppressed cells as variables. The caller must dispose `model`. */
export function buildAttackerModel(highs: Highs, system: LinearSystem, cells: readonly number[]): AttackerModel {
  const columnOf = new Map(cells.map((cell, column) => [cell, column]));

  const constraintIds = new Set<number>();
  for (const cell of cells) {
    for (const id of system.constraintsOfCell[cell]) constraintIds.add(id);
  }

  const rows: SparseRow[] = [];
  for (const id of [...constraintIds].sort((a, b) => a - b)) {
    const constraint = system.constraints[id];
    const row: SparseRow = { columns: [], values: [], lower: 0, upper: 0 };
    let constant = 0;
    constraint.indices.forEach((index, position) => {
      const coefficient = constraint.coefficients[position];
      const column = columnOf.get(index);
      if (column === undefined) {
        constant += coefficient * system.cells[index].value;
        return;
      }
      row.columns.push(column);
      row.values.push(coefficient);
    });
    row.lower = -constant;
    row.upper = constraint.sense === 'equal' ? -constant : Infinity;
    rows.push(row);
  }

  const model = createModel(highs, {
    columnLower: cells.map(() => 0),
    columnUpper: cells.map(() => Infinity),
    costs: cells.map(() => 0),
    rows,
  }, 'again');
  return { model, columnOf, cells };
}
