/** Cells near a set of seed cells in the graph of cells and the constraints between them. */
import type { LinearSystem } from './linear-system.ts';

/** How far a neighbourhood reaches from its seeds. */
export interface Reach {
  /** Constraint hops; Infinity gives the whole connected part. */
  radius: number;
  /**
   * Whether orderings, such as earlier <= later quarter, are followed as
   * well as additivities. Their rows are still part of every model; only
   * the cells beyond them stay fixed.
   */
  throughOrderings: boolean;
}

/**
 * Neighbourhoods tried in turn by the audit and by secondary suppression,
 * from small and cheap to whole. A rectangle of four cells in a two-way
 * table lies within 2 hops of each of its cells, and the same rectangle
 * repeated in the next quarter within 3 once orderings are followed.
 */
export const REACHES: readonly Reach[] = [
  { radius: 2, throughOrderings: false },
  { radius: 3, throughOrderings: true },
  { radius: 6, throughOrderings: true },
  { radius: Infinity, throughOrderings: true },
];

/**
 * Returns, in ascending order, the cells reachable from `seeds` within
 * `reach`, passing only through cells that `include` accepts. Seeds are
 * always included.
 */
export function findNeighbourhood(
  system: LinearSystem,
  seeds: readonly number[],
  reach: Reach,
  include: (cell: number) => boolean = () => true,
): number[] {
  const reached = new Set<number>(seeds);
  const usedConstraints = new Set<number>();
  let frontier = [...reached];

  for (let step = 0; step < reach.radius && frontier.length > 0; step++) {
    const next: number[] = [];
    for (const cell of frontier) {
      for (const id of system.constraintsOfCell[cell]) {
        if (usedConstraints.has(id)) continue;
        const constraint = system.constraints[id];
        if (constraint.sense === 'atLeast' && !reach.throughOrderings) continue;
        usedConstraints.add(id);
        for (const neighbour of constraint.indices) {
          if (reached.has(neighbour) || !include(neighbour)) continue;
          reached.add(neighbour);
          next.push(neighbour);
        }
      }
    }
    frontier = next;
  }
  return [...reached].sort((a, b) => a - b);
}
