/**
 * Secondary suppression: withholds complementary cells until the audit
 * passes for every sensitive item.
 *
 * Each round takes the pending items in turn. An item that passes the audit
 * on its smallest model is done; for one that fails, the cells of a
 * complementary pattern are withheld in each direction that needs it. After
 * the round, the items that received patterns are audited in full, and those
 * still failing are pending for the next round.
 *
 * Withholding more cells only widens feasibility intervals: the old solution
 * stays feasible when a published constant becomes a variable. So an item
 * that passed stays passed, and its audit entry remains a valid proof; its
 * interval may since have grown.
 */
import type { Highs } from 'highs';
import { auditItems } from './audit.ts';
import { findComplementaryPattern, reverseReach, type PatternRequest } from './complementary-pattern.ts';
import type { LinearSystem } from './linear-system.ts';
import { REACHES } from './neighbourhood.ts';
import type { AuditEntry } from './problem.ts';
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
    const repaired: SensitiveItem[] = [];
    for (const item of pending) {
      const [entry] = auditItems(highs, system, [item], suppressed, REACHES.slice(0, 1));
      if (entry.passed) {
        entries.set(item, entry);
        continue;
      }
      added += protectItem(highs, system, suppressed, weights, item);
      repaired.push(item);
    }

    const audited = auditItems(highs, system, repaired, suppressed);
    pending = repaired.filter((item, index) => {
      entries.set(item, audited[index]);
      return !audited[index].passed;
    });
    log(`secondary suppression for ${system.label}, round ${round}: ${repaired.length} items needed complementary cells, ${added - before} cells withheld, ${pending.length} items still failing`);
  }
  return { added, entries: items.map((item) => entries.get(item)!) };
}

/** Largest required protection first, then by key, so the order is deterministic. */
function byProtectionDescending(a: SensitiveItem, b: SensitiveItem): number {
  const difference = Math.max(b.protection.lower, b.protection.upper) - Math.max(a.protection.lower, a.protection.upper);
  if (difference !== 0) return difference;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** Withholds the cells of an upward and, where the upward one cannot be reversed far enough, a downward pattern. */
function protectItem(highs: Highs, system: LinearSystem, suppressed: Uint8Array, weights: Float64Array, item: SensitiveItem): number {
  const { lower, upper } = item.protection;
  let added = 0;
  let reachDown = 0;

  if (upper > 0) {
    const request = { item, direction: 1 as const, amount: upper, reach: REACHES[0], fixSingletons: true };
    const moves = findPatternOrFail(highs, system, suppressed, weights, request);
    added += withhold(moves, suppressed);
    reachDown = reverseReach(system, moves, request);
  }

  if (lower > 0 && reachDown < lower - toleranceFor(item.value, lower)) {
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
