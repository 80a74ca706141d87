/**
 * Secondary suppression: withholds complementary cells until the audit
 * passes for every sensitive item.
 *
 * Each round takes the pending items in turn, largest protection first,
 * and withholds the cells of a complementary pattern in each direction an
 * item still needs. The first round tries a verified pair or rectangle
 * before the linear program, and skips an item that a rectangle of withheld
 * cells or the smallest audit model already shows to be protected. After
 * the round every pending item is audited, and those still failing are
 * pending for the next round, which uses the linear program only.
 *
 * Withholding more cells only widens feasibility intervals: the old solution
 * stays feasible when a published constant becomes a variable. So an item
 * that passed stays passed, and its audit entry remains a valid proof; its
 * interval may since have grown.
 */
import type { Highs } from 'highs';
import { auditItems } from './audit.ts';
import { findComplementaryPattern, reverseReach, type PatternRequest } from './complementary-pattern.ts';
import { isSingletonAttacker } from './insiders.ts';
import type { LinearSystem } from './linear-system.ts';
import { REACHES } from './neighbourhood.ts';
import type { AuditEntry } from './problem.ts';
import { findRectanglePatterns } from './rectangle-pattern.ts';
import type { SensitiveItem } from './sensitive-items.ts';
import { toleranceFor } from './tolerance.ts';
import { computeCellWeights } from './weights.ts';

/** Rounds of audit and repair before the engine gives up. */
const MAX_ROUNDS = 4;

export interface SecondaryOutcome {
  /** Cells withheld by secondary suppression. */
  added: number;
  /** A passed audit entry per item, in the order of `items`. */
  entries: AuditEntry[];
}

/**
 * Withholds complementary cells by setting flags in `suppressed`. Throws,
 * naming the measure and its number of cells, when an item cannot be protected.
 */
export function suppressSecondary(
  highs: Highs,
  system: LinearSystem,
  items: readonly SensitiveItem[],
  suppressed: Uint8Array,
  log: (line: string) => void,
): SecondaryOutcome {
  const weights = computeCellWeights(system);
  const entries = new Map<SensitiveItem, AuditEntry>();
  let pending = [...items].sort(byProtectionDescending);
  let added = 0;

  for (let round = 1; pending.length > 0; round++) {
    if (round > MAX_ROUNDS) {
      throw new Error(
        `Measure ${system.label} (${system.cells.length} cells): the audit still fails for ${pending.length} sensitive items after ${MAX_ROUNDS} rounds of secondary suppression, the first being ${JSON.stringify(pending[0].key)}`,
      );
    }

    const before = added;
    for (const item of pending) {
      added += round === 1 ? protectItemFirst(highs, system, suppressed, weights, item) : protectItem(highs, system, suppressed, weights, item);
    }

    const audited = auditItems(highs, system, pending, suppressed);
    const count = pending.length;
    pending = pending.filter((item, index) => {
      entries.set(item, audited[index]);
      return !audited[index].passed;
    });
    log(`secondary suppression for ${system.label}, round ${round}: ${count} items, ${added - before} cells withheld, ${pending.length} items still failing`);
  }
  return { added, entries: items.map((item) => entries.get(item)!) };
}

/** Largest required protection first, then by key, so the order is deterministic. */
function byProtectionDescending(a: SensitiveItem, b: SensitiveItem): number {
  const difference = Math.max(b.protection.lower, b.protection.upper) - Math.max(a.protection.lower, a.protection.upper);
  if (difference !== 0) return difference;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/**
 * Protects an item in the first round: skips it when a rectangle of withheld
 * cells or the smallest audit model shows it protected, and otherwise
 * withholds the cheapest verified rectangle for each direction it serves and
 * a pattern from the linear program for any other.
 */
function protectItemFirst(highs: Highs, system: LinearSystem, suppressed: Uint8Array, weights: Float64Array, item: SensitiveItem): number {
  const { lower, upper } = item.protection;
  const isFixed = (cell: number) => suppressed[cell] === 1 && isSingletonAttacker(system, item, cell);
  const rectangles = findRectanglePatterns(system, suppressed, weights, item, isFixed);
  const upCovered = upper <= 0 || rectangles.up !== undefined;
  const downCovered = lower <= 0 || rectangles.down !== undefined;
  if (upCovered && downCovered && rectangles.cost === 0) return 0;

  if (upCovered && downCovered) {
    return withhold(rectangles.up ?? new Map(), suppressed) + withhold(rectangles.down ?? new Map(), suppressed);
  }
  const [entry] = auditItems(highs, system, [item], suppressed, REACHES.slice(0, 1));
  if (entry.passed) return 0;

  let added = 0;
  if (rectangles.up) added += withhold(rectangles.up, suppressed);
  if (rectangles.down) added += withhold(rectangles.down, suppressed);
  if (upCovered && downCovered) return added;
  return added + protectItem(highs, system, suppressed, weights, item, { up: !upCovered, down: !downCovered });
}

/** Withholds the cells of an upward and, where the upward one cannot be reversed far enough, a downward pattern. */
function protectItem(
  highs: Highs,
  system: LinearSystem,
  suppressed: Uint8Array,
  weights: Float64Array,
  item: SensitiveItem,
  directions = { up: true, down: true },
): number {
  const { lower, upper } = item.protection;
  let added = 0;
  let reachDown = 0;

  if (upper > 0 && directions.up) {
    const request = { item, direction: 1 as const, amount: upper, reach: REACHES[0], fixSingletons: true };
    const moves = findPatternOrFail(highs, system, suppressed, weights, request);
    added += withhold(moves, suppressed);
    reachDown = reverseReach(system, moves, request);
  }

  if (lower > 0 && directions.down && reachDown < lower - toleranceFor(item.value, lower)) {
    const request = { item, direction: -1 as const, amount: lower, reach: REACHES[0], fixSingletons: true };
    added += withhold(findPatternOrFail(highs, system, suppressed, weights, request), suppressed);
  }
  return added;
}

/**
 * Tries each reach with withheld singletons fixed, then each reach with
 * them free; the audit decides whether a pattern of the second kind is enough.
 */
function findPatternOrFail(highs: Highs, system: LinearSystem, suppressed: Uint8Array, weights: Float64Array, request: PatternRequest): Map<number, number> {
  for (const fixSingletons of [true, false]) {
    for (const reach of REACHES) {
      const moves = findComplementaryPattern(highs, system, suppressed, weights, { ...request, reach, fixSingletons });
      if (moves) return moves;
    }
  }

  const { item, direction, amount } = request;
  throw new Error(
    `Measure ${system.label} (${system.cells.length} cells): no complementary suppression can protect ${JSON.stringify(item.key)}, ` +
      `value ${item.value}, which needs its feasibility interval to reach ${amount} ${direction > 0 ? 'above' : 'below'} the value; ` +
      'check the additivities and orderings of this measure',
  );
}

function withhold(moves: Map<number, number>, suppressed: Uint8Array): number {
  let added = 0;
  for (const cell of moves.keys()) {
    if (suppressed[cell]) continue;
    suppressed[cell] = 1;
    added++;
  }
  return added;
}
