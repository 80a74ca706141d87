/**
 * Random small hierarchical tables for the engine's tests. Areas in a
 * two-level hierarchy (children, their groups, all) are crossed with
 * categories and a category total, over a few quarters of cumulative
 * capacity that never falls. Every quarter-on-quarter change is a derived
 * quantity.
 */
import fc from 'fast-check';
import type { Additivity, Cell, DerivedCell, Ordering, ProtectionProblem } from '../../policy/engine/problem.ts';
import { MEASURE } from './policy-fixtures.ts';

export interface Holding {
  child: number;
  category: number;
  enterprise: number;
  /** Quarter from which the holding exists. */
  start: number;
  /** Capacity in its first quarter, then the increase in each later quarter. */
  initial: number;
  increases: number[];
}

export interface HierarchySpec {
  groups: number;
  childrenPerGroup: number;
  categories: number;
  quarters: number;
  holdings: Holding[];
}

/** Arbitrary hierarchies of 2 to 3 groups of 2 to 3 children, 2 to 3 categories and 2 to 3 quarters. */
export const hierarchySpec: fc.Arbitrary<HierarchySpec> = fc
  .record({
    groups: fc.integer({ min: 2, max: 3 }),
    childrenPerGroup: fc.integer({ min: 2, max: 3 }),
    categories: fc.integer({ min: 2, max: 3 }),
    quarters: fc.integer({ min: 2, max: 3 }),
  })
  .chain((shape) =>
    fc.record({
      groups: fc.constant(shape.groups),
      childrenPerGroup: fc.constant(shape.childrenPerGroup),
      categories: fc.constant(shape.categories),
      quarters: fc.constant(shape.quarters),
      holdings: fc.array(
        fc.record({
          child: fc.integer({ min: 0, max: shape.groups * shape.childrenPerGroup - 1 }),
          category: fc.integer({ min: 0, max: shape.categories - 1 }),
          enterprise: fc.integer({ min: 0, max: 5 }),
          start: fc.integer({ min: 0, max: shape.quarters - 1 }),
          initial: fc.integer({ min: 1, max: 60 }),
          increases: fc.array(fc.integer({ min: 0, max: 8 }), { minLength: shape.quarters, maxLength: shape.quarters }),
        }),
        { minLength: 1, maxLength: 30 },
      ),
    }),
  );

/** Contributions by enterprise group to one cell. */
class Contributions {
  private readonly byEnterprise = new Map<number, number>();

  add(enterprise: number, amount: number): void {
    this.byEnterprise.set(enterprise, (this.byEnterprise.get(enterprise) ?? 0) + amount);
  }

  statistics(): { value: number; contributors: number; largest: number[] } {
    const amounts = [...this.byEnterprise.values()].filter((amount) => amount !== 0);
    const largest = amounts.map(Math.abs).sort((a, b) => b - a).slice(0, 3);
    return { value: amounts.reduce((sum, amount) => sum + amount, 0), contributors: amounts.length, largest };
  }
}

/** Capacity of a holding in each quarter; integers, so sums are exact. */
function capacityByQuarter(holding: Holding, quarters: number): number[] {
  const series: number[] = [];
  let capacity = 0;
  for (let quarter = 0; quarter < quarters; quarter++) {
    if (quarter === holding.start) capacity = holding.initial;
    else if (quarter > holding.start) capacity += holding.increases[quarter];
    series.push(capacity);
  }
  return series;
}

/** Builds the protection problem of a hierarchy. */
export function buildHierarchyProblem(spec: HierarchySpec): ProtectionProblem {
  const children = spec.groups * spec.childrenPerGroup;
  const groupOf = (child: number) => Math.floor(child / spec.childrenPerGroup);
  const areas = [...Array.from({ length: children }, (_, c) => `c${c}`), ...Array.from({ length: spec.groups }, (_, g) => `g${g}`), 'all'];
  const columns = [...Array.from({ length: spec.categories }, (_, k) => `k${k}`), 'total'];
  const key = (quarter: number, area: string, column: string) => `q${quarter}|${area}|${column}`;

  const stocks = new Map<string, Contributions>();
  const changes = new Map<string, Contributions>();
  const add = (target: Map<string, Contributions>, cellKey: string, enterprise: number, amount: number) => {
    let contributions = target.get(cellKey);
    if (!contributions) target.set(cellKey, (contributions = new Contributions()));
    contributions.add(enterprise, amount);
  };

  for (const holding of spec.holdings) {
    const series = capacityByQuarter(holding, spec.quarters);
    for (const area of [`c${holding.child}`, `g${groupOf(holding.child)}`, 'all']) {
      for (const column of [`k${holding.category}`, 'total']) {
        series.forEach((capacity, quarter) => {
          add(stocks, key(quarter, area, column), holding.enterprise, capacity);
          if (quarter > 0) add(changes, key(quarter, area, column), holding.enterprise, capacity - series[quarter - 1]);
        });
      }
    }
  }

  const empty = { value: 0, contributors: 0, largest: [] };
  const cells: Cell[] = [];
  const additivities: Additivity[] = [];
  const derived: DerivedCell[] = [];
  const orderings: Ordering[] = [];

  for (let quarter = 0; quarter < spec.quarters; quarter++) {
    for (const area of areas) {
      for (const column of columns) {
        const cellKey = key(quarter, area, column);
        cells.push({ key: cellKey, measure: MEASURE, kind: 'magnitude', ...(stocks.get(cellKey)?.statistics() ?? empty) });
        if (quarter === 0) continue;
        const earlier = key(quarter - 1, area, column);
        derived.push({
          key: `${cellKey}|change`,
          measure: MEASURE,
          kind: 'magnitude',
          ...(changes.get(cellKey)?.statistics() ?? empty),
          terms: [
            { key: cellKey, coefficient: 1 },
            { key: earlier, coefficient: -1 },
          ],
        });
        orderings.push({ lower: earlier, upper: cellKey });
      }
      additivities.push({ total: key(quarter, area, 'total'), parts: columns.slice(0, -1).map((column) => key(quarter, area, column)) });
    }
    for (const column of columns) {
      for (let group = 0; group < spec.groups; group++) {
        const members = Array.from({ length: spec.childrenPerGroup }, (_, index) => group * spec.childrenPerGroup + index);
        additivities.push({ total: key(quarter, `g${group}`, column), parts: members.map((child) => key(quarter, `c${child}`, column)) });
      }
      additivities.push({ total: key(quarter, 'all', column), parts: Array.from({ length: spec.groups }, (_, group) => key(quarter, `g${group}`, column)) });
    }
  }
  return { cells, additivities, derived, orderings };
}
