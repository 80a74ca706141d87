/**
 * The linear system of an attacker: every cell of one measure as a
 * variable, the additivities as equalities and the orderings as inequalities.
 */
import { groupSoleContributors } from './insiders.ts';
import { UnionFind } from './union-find.ts';
import type { Cell, ProtectionProblem } from './problem.ts';

/** sum(coefficients[i] * cell[indices[i]]) = 0 for an additivity, >= 0 for an ordering. */
export interface LinearConstraint {
  indices: number[];
  coefficients: number[];
  sense: 'equal' | 'atLeast';
}

export interface LinearSystem {
  /** The measure, for messages. */
  label: string;
  cells: readonly Cell[];
  indexOf: ReadonlyMap<string, number>;
  constraints: LinearConstraint[];
  /** For each cell, the constraints it appears in, in ascending order. */
  constraintsOfCell: number[][];
  /** Whether each cell is the total of some additivity. */
  isTotal: boolean[];
  /** For each cell, the totals of the additivities it is a part of. */
  parentsOf: number[][];
  /** For each single-contributor cell known to share its owner with others, that group of cells. */
  ownerGroupOf: Map<number, number[]>;
  /** sum(coefficient * value) of each constraint at the true values: 0 for an additivity, the slack of an ordering. */
  activity: Float64Array;
  /** For each cell, a representative of the cells linked to it through additivities (typically one quarter). */
  additivityComponentOf: Int32Array;
  /** 1 for each cell an earlier edition published at its present value. */
  knownEarlier: Uint8Array;
}

/** Builds the linear system of a validated problem. */
export function buildLinearSystem(problem: ProtectionProblem, label: string): LinearSystem {
  const cells = problem.cells;
  const indexOf = new Map(cells.map((cell, index) => [cell.key, index]));
  const isTotal = cells.map(() => false);
  const parentsOf: number[][] = cells.map(() => []);
  const constraints: LinearConstraint[] = [];

  for (const additivity of problem.additivities) {
    const total = indexOf.get(additivity.total)!;
    isTotal[total] = true;
    const parts = additivity.parts.map((key) => indexOf.get(key)!);
    for (const part of parts) parentsOf[part].push(total);
    constraints.push({ indices: [total, ...parts], coefficients: [1, ...parts.map(() => -1)], sense: 'equal' });
  }

  for (const ordering of problem.orderings) {
    const lower = indexOf.get(ordering.lower)!;
    const upper = indexOf.get(ordering.upper)!;
    if (lower === upper) continue;
    constraints.push({ indices: [upper, lower], coefficients: [1, -1], sense: 'atLeast' });
  }

  const constraintsOfCell: number[][] = cells.map(() => []);
  constraints.forEach((constraint, index) => {
    for (const cell of constraint.indices) constraintsOfCell[cell].push(index);
  });

  const activity = new Float64Array(constraints.length);
  constraints.forEach((constraint, id) => {
    for (let position = 0; position < constraint.indices.length; position++) {
      activity[id] += constraint.coefficients[position] * cells[constraint.indices[position]].value;
    }
  });

  const components = new UnionFind(cells.length);
  for (const constraint of constraints) {
    if (constraint.sense !== 'equal') continue;
    for (const index of constraint.indices) components.union(constraint.indices[0], index);
  }
  const additivityComponentOf = Int32Array.from(cells, (_, index) => components.find(index));

  const knownEarlier = new Uint8Array(cells.length);
  for (const key of problem.knownFromEarlierEditions ?? []) knownEarlier[indexOf.get(key)!] = 1;

  const system = {
    label,
    cells,
    indexOf,
    constraints,
    constraintsOfCell,
    isTotal,
    parentsOf,
    activity,
    additivityComponentOf,
    knownEarlier,
    ownerGroupOf: new Map<number, number[]>(),
  };
  system.ownerGroupOf = groupSoleContributors(problem, system);
  return system;
}
