/**
 * Fast complementary patterns for the common case, in the spirit of the
 * hypercube method of tau-Argus. In a two-way table a withheld cell x is
 * protected by a rectangle x, y (same row), z (same column) and w (y's
 * column, z's row) moving +, -, -, +. In a one-way table a pair x, y does.
 *
 * Where an ordering (earlier <= later quarter) leaves too little slack, the
 * whole pattern is repeated in the next quarter for an upward move, or the
 * previous one for a downward move, as a stock that never falls requires.
 *
 * Candidates come from the structure of the additivities alone and every
 * one is verified against the constraints it touches, so a pattern returned
 * here is as sound as one from the linear program. An item whose cells sit
 * in three or more additivities gets none and falls back to the program.
 */
import type { LinearSystem } from './linear-system.ts';
import type { SensitiveItem, Term } from './sensitive-items.ts';

/** Unit changes of a candidate pattern: +1 or -1 per cell, +1 on the item's own term. */
type Candidate = Map<number, number>;

export interface RectanglePatterns {
  /** Changes that move the item up by its upper protection, if a candidate allows it. */
  up?: Map<number, number>;
  /** Changes that move the item down by its lower protection, if a candidate allows it. */
  down?: Map<number, number>;
  /** Sum of the weights of the cells the chosen candidates would newly withhold; 0 when all are withheld already. */
  cost: number;
}

/**
 * Finds the cheapest verified pair or rectangle for each direction the item
 * needs, preferring one candidate that serves both. Cells for which
 * `isFixed` returns true must not move.
 */
export function findRectanglePatterns(
  system: LinearSystem,
  suppressed: Uint8Array,
  weights: Float64Array,
  item: SensitiveItem,
  isFixed: (cell: number) => boolean,
): RectanglePatterns {
  const { lower, upper } = item.protection;
  let bestBoth: [number, Map<number, number>, Map<number, number>] | undefined;
  let bestUp: [number, Map<number, number>] | undefined;
  let bestDown: [number, Map<number, number>] | undefined;

  for (const term of [...item.terms].sort((a, b) => a.index - b.index)) {
    for (const candidate of enumerateCandidates(system, term.index)) {
      if (bestBoth?.[0] === 0) break;
      if (!isAllowed(candidate, item, term, isFixed)) continue;

      // Repeating a candidate along orderings only adds cells, so a base
      // that costs no less than the best candidate for both directions is
      // not worth completing.
      if (costOf(candidate, suppressed, weights) >= (bestBoth?.[0] ?? Infinity)) continue;
      const sign = Math.sign(term.coefficient);
      const up = upper > 0 ? completeChange(system, item, candidate, sign * upper, upper, isFixed) : undefined;
      const down = lower > 0 ? completeChange(system, item, candidate, -sign * lower, -lower, isFixed) : undefined;

      const upCost = up ? costOf(up, suppressed, weights) : Infinity;
      const downCost = down ? costOf(down, suppressed, weights) : Infinity;
      if (up && upCost < (bestUp?.[0] ?? Infinity)) bestUp = [upCost, up];
      if (down && downCost < (bestDown?.[0] ?? Infinity)) bestDown = [downCost, down];
      if (up && down) {
        const bothCost = costOf(new Map([...up, ...down]), suppressed, weights);
        if (bothCost < (bestBoth?.[0] ?? Infinity)) bestBoth = [bothCost, up, down];
      }
    }
  }

  if (bestBoth && (!bestUp || !bestDown || bestBoth[0] <= bestUp[0] + bestDown[0])) {
    return { up: bestBoth[1], down: bestBoth[2], cost: bestBoth[0] };
  }
  return { up: bestUp?.[1], down: bestDown?.[1], cost: (bestUp?.[0] ?? 0) + (bestDown?.[0] ?? 0) };
}

function equalitiesOf(system: LinearSystem, cell: number): number[] {
  return system.constraintsOfCell[cell].filter((id) => system.constraints[id].sense === 'equal');
}

/** Yields pairs in the cell's one additivity, or rectangles across its two, in a deterministic order. */
function* enumerateCandidates(system: LinearSystem, cell: number): Generator<Candidate> {
  const own = equalitiesOf(system, cell);
  if (own.length === 1) {
    for (const partner of system.constraints[own[0]].indices) {
      if (partner !== cell) yield new Map([[cell, 1], [partner, -1]]);
    }
    return;
  }
  if (own.length !== 2) return;

  const [row, column] = own;
  for (const y of system.constraints[row].indices) {
    if (y === cell) continue;
    const yColumns = equalitiesOf(system, y).filter((id) => id !== row);
    for (const z of system.constraints[column].indices) {
      if (z === cell) continue;
      const zRows = equalitiesOf(system, z).filter((id) => id !== column);
      for (const yColumn of yColumns) {
        for (const zRow of zRows) {
          for (const w of intersection(system, yColumn, zRow)) {
            if (w === cell || w === y || w === z) continue;
            yield new Map([[cell, 1], [y, -1], [z, -1], [w, 1]]);
          }
        }
      }
    }
  }
}

const memberCache = new WeakMap<LinearSystem, Map<number, Set<number>>>();

/** Returns the cells two constraints share, in ascending order. */
function intersection(system: LinearSystem, first: number, second: number): number[] {
  let cache = memberCache.get(system);
  if (!cache) memberCache.set(system, (cache = new Map()));
  const [small, large] = [first, second].sort((a, b) => system.constraints[a].indices.length - system.constraints[b].indices.length);
  let members = cache.get(large);
  if (!members) cache.set(large, (members = new Set(system.constraints[large].indices)));
  return system.constraints[small].indices.filter((cell) => members.has(cell)).sort((a, b) => a - b);
}

/**
 * Scales a candidate, repeats it along tight orderings, and returns the
 * changes if they move the item by exactly `itemChange` and keep every
 * touched constraint and cell value valid.
 */
function completeChange(
  system: LinearSystem,
  item: SensitiveItem,
  candidate: Candidate,
  factor: number,
  itemChange: number,
  isFixed: (cell: number) => boolean,
): Map<number, number> | undefined {
  const base = scaled(candidate, factor);
  for (const [cell, change] of base) {
    if (system.cells[cell].value + change < 0) return undefined;
  }

  const changes = extendAlongOrderings(system, base);
  if (!changes) return undefined;
  for (const cell of changes.keys()) {
    if (isFixed(cell)) return undefined;
  }

  let moved = 0;
  for (const term of item.terms) moved += term.coefficient * (changes.get(term.index) ?? 0);
  if (Math.abs(moved - itemChange) > 1e-9 * Math.max(1, Math.abs(itemChange))) return undefined;
  return isFeasibleChange(system, changes) ? changes : undefined;
}

/** Layers a pattern may be repeated across before the candidate is dropped. */
const MAX_LAYERS = 8;

/**
 * Repeats the latest layer of changes through the orderings it violates:
 * forward (to each later cell) when a cell moving up outruns its slack,
 * backward (to each earlier cell) when a cell moving down does. Returns
 * undefined when MAX_LAYERS is not enough.
 */
function extendAlongOrderings(system: LinearSystem, base: Map<number, number>): Map<number, number> | undefined {
  const changes = new Map(base);
  let forward = new Map(base);
  let backward = new Map(base);

  for (let layer = 0; layer < MAX_LAYERS; layer++) {
    const nextForward = repeatLayer(system, changes, forward, 'forward');
    const nextBackward = repeatLayer(system, changes, backward, 'backward');
    if (nextForward.size === 0 && nextBackward.size === 0) return changes;
    for (const [cell, change] of [...nextForward, ...nextBackward]) changes.set(cell, (changes.get(cell) ?? 0) + change);
    forward = nextForward;
    backward = nextBackward;
  }
  return undefined;
}

/** Returns the copy of `layer` one step along the orderings, or an empty map when no ordering of the layer is violated. */
function repeatLayer(system: LinearSystem, changes: Map<number, number>, layer: Map<number, number>, way: 'forward' | 'backward'): Map<number, number> {
  let violated = false;
  const next = new Map<number, number>();
  for (const [cell, change] of layer) {
    for (const id of system.constraintsOfCell[cell]) {
      const constraint = system.constraints[id];
      if (constraint.sense !== 'atLeast') continue;
      const [upper, lower] = constraint.indices;
      const partner = way === 'forward' ? upper : lower;
      if (partner === cell) continue;
      next.set(partner, change);

      const slack = system.activity[id] + (changes.get(upper) ?? 0) - (changes.get(lower) ?? 0);
      if (slack < 0) violated = true;
    }
  }
  return violated ? next : new Map();
}

/** Returns whether a candidate moves neither a fixed cell nor another term of the item. */
function isAllowed(candidate: Candidate, item: SensitiveItem, term: Term, isFixed: (cell: number) => boolean): boolean {
  for (const cell of candidate.keys()) {
    if (isFixed(cell)) return false;
    if (cell !== term.index && item.terms.some((other) => other.index === cell)) return false;
  }
  return true;
}

/** Sum of the weights of the cells the changes would newly withhold. */
function costOf(changes: Map<number, number>, suppressed: Uint8Array, weights: Float64Array): number {
  let cost = 0;
  for (const cell of changes.keys()) {
    if (!suppressed[cell]) cost += weights[cell];
  }
  return cost;
}

function scaled(candidate: Candidate, factor: number): Map<number, number> {
  return new Map([...candidate].map(([cell, unit]) => [cell, unit * factor]));
}

/** Checks that the changes keep every touched additivity, ordering and cell value valid. */
function isFeasibleChange(system: LinearSystem, changes: Map<number, number>): boolean {
  const touched = new Set<number>();
  for (const [cell, change] of changes) {
    if (system.cells[cell].value + change < 0) return false;
    for (const id of system.constraintsOfCell[cell]) touched.add(id);
  }

  for (const id of touched) {
    const constraint = system.constraints[id];
    let delta = 0;
    constraint.indices.forEach((cell, position) => (delta += constraint.coefficients[position] * (changes.get(cell) ?? 0)));
    if (constraint.sense === 'equal' && delta !== 0) return false;
    if (constraint.sense === 'atLeast' && system.activity[id] + delta < 0) return false;
  }
  return true;
}
