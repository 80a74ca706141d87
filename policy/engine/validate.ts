/**
 * Input checks of a protection problem. The engine fails closed: anything it
 * cannot reason about soundly is rejected with a message naming the measure,
 * the key and what is wrong, before any cell is published.
 */
import type { Additivity, ContributorStatistics, DerivedCell, Ordering, ProtectionProblem } from './problem.ts';
import { toleranceFor } from './tolerance.ts';

/** At most this many largest contributions are carried per cell. */
const MAX_LARGEST = 3;

/** Checks one problem; throws on the first fault. `label` names the measure in messages. */
export function validateProblem(problem: ProtectionProblem, label: string): void {
  const values = new Map<string, number>();
  for (const cell of problem.cells) {
    const where = `Measure ${label}, cell ${JSON.stringify(cell.key)}`;
    if (typeof cell.key !== 'string' || cell.key === '') throw new Error(`Measure ${label}: a cell has an empty key`);
    if (values.has(cell.key)) throw new Error(`${where}: the key appears twice; cells shared between tables must be listed once`);
    if (cell.kind !== 'frequency' && cell.kind !== 'magnitude') throw new Error(`${where}: kind ${JSON.stringify(cell.kind)} is invalid; expected frequency or magnitude`);
    if (!Number.isFinite(cell.value) || cell.value < 0) throw new Error(`${where}: value ${cell.value} is invalid; cell values must be finite and non-negative`);
    checkContributorStatistics(cell, where);
    if (cell.contributors === 0 && cell.value !== 0) throw new Error(`${where}: value ${cell.value} with no contributors; a cell without contributors must be 0`);
    values.set(cell.key, cell.value);
  }

  for (const additivity of problem.additivities) checkAdditivity(additivity, values, label);
  for (const derived of problem.derived) checkDerived(derived, values, label);
  for (const ordering of problem.orderings) checkOrdering(ordering, values, label);
  checkEarlierEditions(problem, values, label);
}

/** Checks that the cells named by earlier editions exist and that none is both known and withheld. */
function checkEarlierEditions(problem: ProtectionProblem, values: Map<string, number>, label: string): void {
  const known = new Set(problem.knownFromEarlierEditions ?? []);
  for (const key of [...known, ...(problem.withheldInEarlierEditions ?? [])]) {
    if (!values.has(key)) throw new Error(`Measure ${label}: cell ${JSON.stringify(key)} of an earlier edition is not found among the cells`);
  }
  for (const key of problem.withheldInEarlierEditions ?? []) {
    if (known.has(key)) throw new Error(`Measure ${label}, cell ${JSON.stringify(key)}: an earlier edition cannot both publish and withhold it`);
  }
}

/** Checks that no key appears in two problems, which would merge two measures' cells. */
export function validateDistinctKeys(problems: readonly ProtectionProblem[]): void {
  const seen = new Set<string>();
  for (const problem of problems) {
    for (const cell of problem.cells) {
      if (seen.has(cell.key)) throw new Error(`Cell ${JSON.stringify(cell.key)} appears in two protection problems; each measure needs its own keys`);
    }
    for (const cell of problem.cells) seen.add(cell.key);
  }
}

function checkContributorStatistics(statistics: ContributorStatistics, where: string): void {
  const { contributors, largest } = statistics;
  if (!Number.isInteger(contributors) || contributors < 0) throw new Error(`${where}: contributors ${contributors} is invalid; expected a non-negative integer`);
  if (!Array.isArray(largest)) throw new Error(`${where}: largest is missing; expected the largest contributions in descending order`);

  const expected = Math.min(contributors, MAX_LARGEST);
  if (largest.length !== expected) {
    throw new Error(`${where}: largest has ${largest.length} contributions, expected ${expected} for ${contributors} contributors`);
  }
  for (let index = 0; index < largest.length; index++) {
    const contribution = largest[index];
    if (!Number.isFinite(contribution) || contribution < 0) throw new Error(`${where}: largest contribution ${contribution} is invalid; expected a finite non-negative number`);
    if (index > 0 && contribution > largest[index - 1]) throw new Error(`${where}: largest contributions [${largest.join(', ')}] are not in descending order`);
  }
}

function requireKey(values: Map<string, number>, key: string, label: string, context: string): number {
  const value = values.get(key);
  if (value === undefined) throw new Error(`Measure ${label}, ${context}: cell ${JSON.stringify(key)} is not found among the cells`);
  return value;
}

function checkAdditivity(additivity: Additivity, values: Map<string, number>, label: string): void {
  const context = `additivity with total ${JSON.stringify(additivity.total)}`;
  if (additivity.parts.length === 0) throw new Error(`Measure ${label}, ${context}: it has no parts`);
  if (new Set(additivity.parts).size !== additivity.parts.length) throw new Error(`Measure ${label}, ${context}: a part is listed twice`);
  if (additivity.parts.includes(additivity.total)) throw new Error(`Measure ${label}, ${context}: the total is also listed as a part`);

  const total = requireKey(values, additivity.total, label, context);
  let sum = 0;
  for (const part of additivity.parts) sum += requireKey(values, part, label, context);
  if (Math.abs(total - sum) > toleranceFor(total, sum)) {
    throw new Error(`Measure ${label}, ${context}: total ${total} differs from the sum of its parts ${sum}; the tables are inconsistent`);
  }
}

function checkDerived(derived: DerivedCell, values: Map<string, number>, label: string): void {
  const where = `Measure ${label}, derived quantity ${JSON.stringify(derived.key)}`;
  if (values.has(derived.key)) throw new Error(`${where}: the key is also a cell key; derived quantities need their own keys`);
  if (!Number.isFinite(derived.value)) throw new Error(`${where}: value ${derived.value} is not a finite number`);
  if (derived.terms.length === 0) throw new Error(`${where}: it has no terms`);
  checkContributorStatistics(derived, where);
  if (derived.contributors === 0 && derived.value !== 0) throw new Error(`${where}: value ${derived.value} with no contributors; a change without contributors must be 0`);

  let sum = 0;
  let scale = 0;
  for (const term of derived.terms) {
    if (!Number.isFinite(term.coefficient) || term.coefficient === 0) throw new Error(`${where}: coefficient ${term.coefficient} of ${JSON.stringify(term.key)} is invalid; expected a non-zero number`);
    const value = requireKey(values, term.key, label, `derived quantity ${JSON.stringify(derived.key)}`);
    sum += term.coefficient * value;
    scale = Math.max(scale, Math.abs(term.coefficient * value));
  }
  if (Math.abs(sum - derived.value) > toleranceFor(scale, derived.value)) {
    throw new Error(`${where}: value ${derived.value} differs from ${sum}, the value its terms give; the change and the cells are inconsistent`);
  }
}

function checkOrdering(ordering: Ordering, values: Map<string, number>, label: string): void {
  const context = `ordering ${JSON.stringify(ordering.lower)} <= ${JSON.stringify(ordering.upper)}`;
  const lower = requireKey(values, ordering.lower, label, context);
  const upper = requireKey(values, ordering.upper, label, context);
  if (lower > upper + toleranceFor(lower, upper)) {
    throw new Error(`Measure ${label}, ${context}: it does not hold (${lower} > ${upper}), so the attacker's model would be infeasible`);
  }
}
