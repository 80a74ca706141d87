/**
 * The audit: for every sensitive item, the attacker's linear programs
 * minimise and maximise the item subject to everything published, and the
 * resulting feasibility interval must cover the protection the rule requires.
 *
 * Two kinds of attacker are modelled. The outsider knows the published
 * cells, the additivities, the orderings and that cells are non-negative.
 * The sole contributor of a withheld cell also knows that cell's value, so
 * the programs are solved again with it fixed, for each such owner that is
 * not a contributor of the item itself (see insiders.ts).
 */
import type { Highs } from 'highs';
import { buildAttackerModel, type AttackerModel } from './attacker-model.ts';
import type { LinearSystem } from './linear-system.ts';
import { findNeighbourhood, REACHES, type Reach } from './neighbourhood.ts';
import type { AuditEntry } from './problem.ts';
import { findSingletonAttackers } from './insiders.ts';
import type { SensitiveItem } from './sensitive-items.ts';
import { optimise } from './solver.ts';
import { toleranceFor } from './tolerance.ts';

/**
 * Audits the items against the suppression pattern and returns one entry per
 * item, in the order given. Each entry contains the interval of the smallest
 * model that passed, or of the whole component when none did.
 */
export function auditItems(
  highs: Highs,
  system: LinearSystem,
  items: readonly SensitiveItem[],
  suppressed: Uint8Array,
  reaches: readonly Reach[] = REACHES,
  firstCellsOf: (item: SensitiveItem) => readonly number[] | undefined = () => undefined,
): AuditEntry[] {
  return items.map((item) => auditItemWithin(highs, system, item, suppressed, reaches, firstCellsOf(item)));
}

/**
 * Audits an item on models over the suppressed cells within each reach in
 * turn, passing only through suppressed cells, after a model over
 * `firstCells` when given (such as the cells of the pattern that protects
 * it). The widest reach is the whole connected component of suppressed
 * cells, which gives the exact interval. A smaller model gives an interval
 * inside it, so a pass there is final.
 */
function auditItemWithin(
  highs: Highs,
  system: LinearSystem,
  item: SensitiveItem,
  suppressed: Uint8Array,
  reaches: readonly Reach[],
  firstCells: readonly number[] | undefined,
): AuditEntry {
  const seeds = item.terms.map((term) => term.index).filter((index) => suppressed[index]);
  if (seeds.length === 0) return auditPublishedItem(system, item);

  if (firstCells) {
    const cells = [...new Set([...seeds, ...firstCells.filter((cell) => suppressed[cell])])].sort((a, b) => a - b);
    const entry = auditOnCells(highs, system, item, cells);
    if (entry.passed) return entry;
  }

  let entry: AuditEntry | undefined;
  let previousSize = 0;
  for (const reach of reaches) {
    const cells = findNeighbourhood(system, seeds, reach, (cell) => suppressed[cell] === 1);
    if (cells.length === previousSize) continue;
    previousSize = cells.length;

    entry = auditOnCells(highs, system, item, cells);
    if (entry.passed) break;
  }
  return entry!;
}

/**
 * Audits an item with the given suppressed cells as variables. With every
 * attacker's cell held at its value the model is a subset of each single
 * attacker's, so a pass there is final against all of them. Otherwise each
 * attacker is tried on its own.
 */
function auditOnCells(highs: Highs, system: LinearSystem, item: SensitiveItem, cells: readonly number[]): AuditEntry {
  const attackers = findSingletonAttackers(system, item, cells);
  if (attackers.length > 0) {
    const known = new Set(attackers);
    const entry = auditOnModel(highs, system, item, cells.filter((cell) => !known.has(cell)), []);
    if (entry.passed) return entry;
  }
  return auditOnModel(highs, system, item, cells, attackers);
}

/** Builds the attacker's model over `variables`, sets the item as its objective and audits it against the outsider and `attackers`. */
function auditOnModel(highs: Highs, system: LinearSystem, item: SensitiveItem, variables: readonly number[], attackers: readonly number[]): AuditEntry {
  const attacker = buildAttackerModel(highs, system, variables);
  try {
    let constant = 0;
    for (const term of item.terms) {
      const column = attacker.columnOf.get(term.index);
      if (column === undefined) constant += term.coefficient * system.cells[term.index].value;
      else attacker.model.changeColCost(column, term.coefficient);
    }
    return auditAttackersOneByOne(highs, system, attacker, item, constant, attackers);
  } finally {
    attacker.model.dispose();
  }
}

/** Returns the exact interval of an item whose terms are all published. */
function auditPublishedItem(system: LinearSystem, item: SensitiveItem): AuditEntry {
  let value = 0;
  for (const term of item.terms) value += term.coefficient * system.cells[term.index].value;
  return entryFor(item, value, value);
}

/**
 * Solves for the outsider, then for each attacker whose cell the outsider's
 * optimal solutions moved: fixing a cell the optimum leaves in place cannot
 * change the optimum. Stops at the first failure.
 */
function auditAttackersOneByOne(highs: Highs, system: LinearSystem, attacker: AttackerModel, item: SensitiveItem, constant: number, attackers: readonly number[]): AuditEntry {
  const { model, columnOf } = attacker;
  const withSolution = attackers.length > 0;
  const outsiderMin = optimise(highs, model, 'minimise', withSolution);
  requireFeasible(outsiderMin.status, system, item);
  const outsiderMax = optimise(highs, model, 'maximise', withSolution);
  let entry = entryFor(item, outsiderMin.objective + constant, outsiderMax.objective + constant);

  for (const cell of attackers) {
    if (!entry.passed) break;
    const column = columnOf.get(cell)!;
    const value = system.cells[cell].value;
    const tolerance = toleranceFor(value);
    const minMoves = outsiderMin.status !== 'optimal' || Math.abs(outsiderMin.columnValues![column] - value) > tolerance;
    const maxMoves = outsiderMax.status !== 'optimal' || Math.abs(outsiderMax.columnValues![column] - value) > tolerance;
    if (!minMoves && !maxMoves) continue;

    model.changeColBounds(column, value, value);
    let [min, max] = entry.interval;
    if (minMoves) min = Math.max(min, optimise(highs, model, 'minimise').objective + constant);
    if (maxMoves) max = Math.min(max, optimise(highs, model, 'maximise').objective + constant);
    model.changeColBounds(column, 0, highs.infinity);
    entry = entryFor(item, min, max);
  }
  return entry;
}

function requireFeasible(status: string, system: LinearSystem, item: SensitiveItem): void {
  if (status !== 'infeasible') return;
  throw new Error(`Measure ${system.label}: the attacker's model for ${JSON.stringify(item.key)} is infeasible, so the published cells contradict the additivities or orderings`);
}

function entryFor(item: SensitiveItem, min: number, max: number): AuditEntry {
  const { lower, upper } = item.protection;
  const tolerance = toleranceFor(item.value, lower, upper);
  const passed = min <= item.value - lower + tolerance && max >= item.value + upper - tolerance;
  return {
    key: item.key,
    measure: item.measure,
    derived: item.derived,
    rule: item.rule,
    value: item.value,
    protection: { lower, upper },
    interval: [min, max],
    passed,
  };
}
