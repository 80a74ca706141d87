/** Small protection problems for the engine's tests, built cell by cell. */
import type { Additivity, AuditEntry, Cell, DerivedCell, MeasureKind, Ordering, ProtectionProblem } from '../../policy/engine/problem.ts';

export const MEASURE = 'registered_capacity_mw';

/** A cell no primary rule flags: five enterprise groups with equal shares. */
export function safeCell(key: string, value: number, kind: MeasureKind = 'magnitude'): Cell {
  const share = value / 5;
  return { key, measure: MEASURE, kind, value, contributors: value === 0 ? 0 : 5, largest: value === 0 ? [] : [share, share, share] };
}

/** A cell with one enterprise group, which the threshold rule flags. */
export function singletonCell(key: string, value: number, kind: MeasureKind = 'magnitude'): Cell {
  return { key, measure: MEASURE, kind, value, contributors: 1, largest: [value] };
}

/** A cell with the given contributor statistics. */
export function cellWith(key: string, value: number, contributors: number, largest: number[]): Cell {
  return { key, measure: MEASURE, kind: 'magnitude', value, contributors, largest };
}

/** A change later - earlier with the given contributor statistics. */
export function changeOf(later: Cell, earlier: Cell, contributors: number, largest: number[]): DerivedCell {
  return {
    key: `${later.key}|change`,
    measure: MEASURE,
    kind: later.kind,
    value: later.value - earlier.value,
    contributors,
    largest,
    terms: [
      { key: later.key, coefficient: 1 },
      { key: earlier.key, coefficient: -1 },
    ],
  };
}

export function problemOf(cells: Cell[], additivities: Additivity[], derived: DerivedCell[] = [], orderings: Ordering[] = []): ProtectionProblem {
  return { cells, additivities, derived, orderings };
}

/** A total and its parts as one additivity. */
export function sumOf(total: Cell, parts: Cell[]): Additivity {
  return { total: total.key, parts: parts.map((part) => part.key) };
}

/** Keys of the audit entries that failed. */
export function failingKeys(entries: readonly AuditEntry[]): string[] {
  return entries.filter((entry) => !entry.passed).map((entry) => entry.key);
}

/** Keys the primary rules alone would withhold: what a naive publisher suppresses. */
export function primaryKeys(entries: readonly AuditEntry[]): string[] {
  return entries.filter((entry) => !entry.derived).map((entry) => entry.key);
}
