/**
 * Secondary suppression: withholds complementary cells until the audit
 * passes for every sensitive item.
 *
 * Each round takes the pending items in turn, largest protection first,
 * and withholds the cells of a complementary pattern in each direction an
 * item needs. The first round tries a verified pair or rectangle before the
 * linear program; the cheapest rectangle is often withheld already. After
 * the round the items are audited, first on a model over their patterns'
 * cells, and those still failing are pending for the next round, which uses
 * the linear program only.
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
import { findNeighbourhood, REACHES } from './neighbourhood.ts';
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
  const state = new PatternState(highs, system, suppressed);
  const entries = new Map<SensitiveItem, AuditEntry>();
  let pending = [...items].sort(byProtectionDescending);

  for (let round = 1; pending.length > 0; round++) {
    if (round > MAX_ROUNDS) {
      throw new Error(
        `Measure ${system.label} (${system.cells.length} cells): the audit still fails for ${pending.length} sensitive items after ${MAX_ROUNDS} rounds of secondary suppression, the first being ${JSON.stringify(pending[0].key)}`,
      );
    }

    const before = state.added;
    const toAudit: SensitiveItem[] = [];
    for (const item of pending) {
      const entry = round === 1 ? state.protectFirst(item) : undefined;
      if (round > 1) state.protect(item);
      if (entry) entries.set(item, entry);
      else toAudit.push(item);
    }

    const audited = auditItems(highs, system, toAudit, suppressed, REACHES, (item) => state.supportOf(item));
    pending = toAudit.filter((item, index) => {
      entries.set(item, audited[index]);
      return !audited[index].passed;
    });
    log(`secondary suppression for ${system.label}, round ${round}: ${toAudit.length} items protected, ${state.added - before} cells withheld, ${pending.length} items still failing`);
  }
  return { added: state.added, entries: items.map((item) => entries.get(item)!) };
}

/** Largest required protection first, then by key, so the order is deterministic. */
function byProtectionDescending(a: SensitiveItem, b: SensitiveItem): number {
  const difference = Math.max(b.protection.lower, b.protection.upper) - Math.max(a.protection.lower, a.protection.upper);
  if (difference !== 0) return difference;
  if (a.key < b.key) return -1;
  if (a.key > b.key) return 1;
  return 0;
}

/** The suppression pattern being built, and the cells of the patterns chosen for each item. */
class PatternState {
  /** Cells withheld by secondary suppression so far. */
  added = 0;
  private readonly weights: Float64Array;
  private readonly support = new Map<SensitiveItem, Set<number>>();

  constructor(
    private readonly highs: Highs,
    private readonly system: LinearSystem,
    private readonly suppressed: Uint8Array,
  ) {
    this.weights = computeCellWeights(system);
  }

  /** Cells of every pattern chosen for the item: the model its audit tries first. */
  supportOf(item: SensitiveItem): number[] | undefined {
    const cells = this.support.get(item);
    return cells ? [...cells] : undefined;
  }

  /**
   * Protects an item in the first round with the cheapest verified rectangle
   * for each direction it serves, which may already be withheld. Only when a
   * direction has none, and the smallest audit model does not already pass,
   * does it turn to the linear program. Returns the audit entry when that
   * model passed.
   */
  protectFirst(item: SensitiveItem): AuditEntry | undefined {
    const { lower, upper } = item.protection;
    const isFixed = (cell: number) =>
      this.system.knownEarlier[cell] === 1 || (this.suppressed[cell] === 1 && isSingletonAttacker(this.system, item, cell));
    const rectangles = findRectanglePatterns(this.system, this.suppressed, this.weights, item, isFixed);
    if (rectangles.up) this.withhold(item, rectangles.up);
    if (rectangles.down) this.withhold(item, rectangles.down);

    const upCovered = upper <= 0 || rectangles.up !== undefined;
    const downCovered = lower <= 0 || rectangles.down !== undefined;
    if (upCovered && downCovered) return undefined;

    const [entry] = auditItems(this.highs, this.system, [item], this.suppressed, REACHES.slice(0, 1));
    if (entry.passed) return entry;
    this.protect(item, { up: !upCovered, down: !downCovered });
    return undefined;
  }

  /** Withholds a pattern from the linear program for each direction, the downward one only where the upward one cannot be reversed far enough. */
  protect(item: SensitiveItem, directions = { up: true, down: true }): void {
    const { lower, upper } = item.protection;
    let reachDown = 0;

    if (upper > 0 && directions.up) {
      const request = { item, direction: 1 as const, amount: upper, reach: REACHES[0], fixSingletons: true };
      const moves = this.findPatternOrFail(request);
      this.withhold(item, moves);
      reachDown = reverseReach(this.system, moves, request);
    }

    if (lower > 0 && directions.down && reachDown < lower - toleranceFor(item.value, lower)) {
      const request = { item, direction: -1 as const, amount: lower, reach: REACHES[0], fixSingletons: true };
      this.withhold(item, this.findPatternOrFail(request));
    }
  }

  /**
   * Tries each reach with the cells of single-contributor attackers fixed,
   * then each reach with them free. The audit decides whether a pattern of
   * the second kind is enough.
   */
  private findPatternOrFail(request: PatternRequest): Map<number, number> {
    for (const fixSingletons of [true, false]) {
      for (const reach of REACHES) {
        const moves = findComplementaryPattern(this.highs, this.system, this.suppressed, this.weights, { ...request, reach, fixSingletons });
        if (moves) return moves;
      }
    }

    const { item, direction, amount } = request;
    const linked = findNeighbourhood(this.system, item.terms.map((term) => term.index), REACHES[REACHES.length - 1]);
    const knownLinked = linked.filter((cell) => this.system.knownEarlier[cell]).length;
    const advice =
      knownLinked > 0
        ? `${knownLinked} of the cells linked to it were published at their present values in an earlier edition, so withholding them cannot hide it. ` +
          'Withholding every other linked cell cannot hide it either, so this edition and the earlier ones together would disclose it. ' +
          'Decide with the lead statistician how to publish the warehouse change that caused this'
        : 'check the additivities and orderings of this measure';
    throw new Error(
      `Measure ${this.system.label} (${this.system.cells.length} cells): no complementary suppression can protect ${JSON.stringify(item.key)}, ` +
        `value ${item.value}, which needs its feasibility interval to reach ${amount} ${direction > 0 ? 'above' : 'below'} the value; ${advice}`,
    );
  }

  private withhold(item: SensitiveItem, moves: Map<number, number>): void {
    let cells = this.support.get(item);
    if (!cells) this.support.set(item, (cells = new Set()));
    for (const cell of moves.keys()) {
      cells.add(cell);
      if (this.suppressed[cell]) continue;
      this.suppressed[cell] = 1;
      this.added++;
    }
  }
}
