import { describe, expect, it } from 'vitest';
import { bessByGspGroup } from '../../data-loaders/datasets/bess-by-gsp-group.ts';
import { capacityByCategoryClass } from '../../data-loaders/datasets/capacity-by-category-class.ts';
import { capacityByTechnology } from '../../data-loaders/datasets/capacity-by-technology.ts';
import { fspsQualifiedByProduct } from '../../data-loaders/datasets/fsps-qualified-by-product.ts';
import { loadedCellKey, type CellStatistics, type LoadedDataset } from '../../data-loaders/datasets/load.ts';
import { parseQuarter, quarterRange } from '../../data-loaders/datasets/quarters.ts';
import { buildProblems } from '../../src/pipeline/problems.ts';

const QUARTERS = quarterRange(parseQuarter('2024-q1'), parseQuarter('2024-q2'));

function loaded(
  loader: LoadedDataset['loader'],
  stocks: Record<string, CellStatistics>,
  changes: Record<string, CellStatistics> = {},
): LoadedDataset {
  return { loader, quarters: QUARTERS, stocks: new Map(Object.entries(stocks)), changes: new Map(Object.entries(changes)) };
}

const single = (value: number): CellStatistics => ({ value, contributors: 1, largest: [value] });

const CAPACITY = loaded(
  capacityByTechnology,
  {
    [loadedCellKey('2024-q1', 'bess', 'registered_capacity_mw')]: single(10),
    [loadedCellKey('2024-q1', 'all', 'registered_capacity_mw')]: single(10),
    [loadedCellKey('2024-q2', 'bess', 'registered_capacity_mw')]: single(7),
    [loadedCellKey('2024-q2', 'all', 'registered_capacity_mw')]: single(7),
  },
  {
    [loadedCellKey('2024-q2', 'bess', 'registered_capacity_mw')]: single(-3),
    [loadedCellKey('2024-q2', 'all', 'registered_capacity_mw')]: single(-3),
  },
);

const BESS = loaded(bessByGspGroup, {
  [loadedCellKey('2024-q1', '_A', 'registered_capacity_mw')]: single(10),
  [loadedCellKey('2024-q1', 'GB', 'registered_capacity_mw')]: single(10),
  [loadedCellKey('2024-q2', '_A', 'registered_capacity_mw')]: single(7),
  [loadedCellKey('2024-q2', 'GB', 'registered_capacity_mw')]: single(7),
});

function capacityProblem(datasets: LoadedDataset[], stockOrderings = false) {
  const problem = buildProblems(datasets, { stockOrderings }).find((candidate) => candidate.cells[0].measure === 'registered_capacity_mw');
  if (!problem) throw new Error('no capacity problem');
  return problem;
}

describe('protection problems', () => {
  it('build one problem per measure', () => {
    const problems = buildProblems([CAPACITY, BESS, loaded(fspsQualifiedByProduct, {})]);
    expect(problems.map((problem) => problem.cells[0].measure).sort()).toEqual(['assets', 'fsps', 'registered_capacity_mw']);
  });

  it('make the BESS row and the GB row of BESS one cell', () => {
    const problem = capacityProblem([CAPACITY, BESS]);
    const keys = problem.cells.map((cell) => cell.key);
    const perQuarter = capacityByTechnology.members.length + 1 + bessByGspGroup.members.length;

    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toHaveLength(QUARTERS.length * perQuarter);
    expect(keys).toContain('registered_capacity_mw|2024-q1|category=bess|gsp_group=GB');
  });

  it('link each total to its rows', () => {
    const problem = capacityProblem([CAPACITY, BESS]);
    const gb = problem.additivities.find((additivity) => additivity.total === 'registered_capacity_mw|2024-q1|category=bess|gsp_group=GB');
    const all = problem.additivities.find((additivity) => additivity.total === 'registered_capacity_mw|2024-q1|category=all|gsp_group=GB');

    expect(gb?.parts).toHaveLength(bessByGspGroup.members.length);
    expect(gb?.parts).toContain('registered_capacity_mw|2024-q1|category=bess|gsp_group=unallocated');
    expect(all?.parts).toHaveLength(capacityByTechnology.members.length);
  });

  it('link each category class to its categories and share the total', () => {
    const CLASSES = loaded(capacityByCategoryClass, {
      [loadedCellKey('2024-q1', 'storage', 'registered_capacity_mw')]: single(10),
      [loadedCellKey('2024-q1', 'all', 'registered_capacity_mw')]: single(10),
      [loadedCellKey('2024-q2', 'storage', 'registered_capacity_mw')]: single(7),
      [loadedCellKey('2024-q2', 'all', 'registered_capacity_mw')]: single(7),
    });
    const problem = capacityProblem([CAPACITY, CLASSES]);
    const totals = (key: string) => problem.additivities.filter((additivity) => additivity.total === key).map((additivity) => additivity.parts);

    expect(totals('registered_capacity_mw|2024-q1|category_class=renewable|gsp_group=GB')).toEqual([
      ['solar_pv', 'wind', 'hydro', 'bioenergy'].map((id) => `registered_capacity_mw|2024-q1|category=${id}|gsp_group=GB`),
    ]);
    expect(totals('registered_capacity_mw|2024-q1|category_class=storage|gsp_group=GB')).toEqual([['registered_capacity_mw|2024-q1|category=bess|gsp_group=GB']]);

    const all = totals('registered_capacity_mw|2024-q1|category=all|gsp_group=GB');
    expect(all.map((parts) => parts.length).sort()).toEqual([capacityByCategoryClass.members.length, capacityByTechnology.members.length].sort());
    expect(problem.cells.filter((cell) => cell.key.includes('category=all'))).toHaveLength(QUARTERS.length);
  });

  it('refuse a class total that disagrees with the table by category', () => {
    const CLASSES = loaded(capacityByCategoryClass, { [loadedCellKey('2024-q1', 'all', 'registered_capacity_mw')]: single(11) });
    expect(() => capacityProblem([CAPACITY, CLASSES])).toThrow(/capacity-by-category-class gives cell registered_capacity_mw\|2024-q1\|category=all\|gsp_group=GB the value 11/);
  });

  it('list changes without contributors too', () => {
    const problem = capacityProblem([CAPACITY]);
    const wind = problem.derived.find((derived) => derived.key === 'registered_capacity_mw|2024-q2|category=wind|gsp_group=GB|change');
    expect(wind).toMatchObject({ value: 0, contributors: 0 });
  });

  it('add the change between quarters as a derived cell', () => {
    const problem = capacityProblem([CAPACITY]);
    const change = problem.derived.find((derived) => derived.key === 'registered_capacity_mw|2024-q2|category=bess|gsp_group=GB|change');

    expect(change?.value).toBe(-3);
    expect(change?.terms).toEqual([
      { key: 'registered_capacity_mw|2024-q2|category=bess|gsp_group=GB', coefficient: 1 },
      { key: 'registered_capacity_mw|2024-q1|category=bess|gsp_group=GB', coefficient: -1 },
    ]);
  });

  it('assume no order by default', () => {
    expect(capacityProblem([CAPACITY]).orderings).toEqual([]);
  });

  it('assume an order only where the series did not fall', () => {
    const problem = capacityProblem([CAPACITY], true);
    const orderingOf = (category: string) =>
      problem.orderings.find((ordering) => ordering.upper === `registered_capacity_mw|2024-q2|category=${category}|gsp_group=GB`);

    expect(orderingOf('bess')).toBeUndefined();
    expect(orderingOf('wind')).toBeDefined();
  });

  it('leave out changes of datasets without time differencing', () => {
    const fsps = loaded(fspsQualifiedByProduct, {}, { [loadedCellKey('2024-q2', 'all', 'fsps')]: single(1) });
    const problem = buildProblems([fsps])[0];
    expect(problem.derived).toEqual([]);
    expect(problem.additivities).toEqual([]);
  });

  it('reject linked tables that disagree', () => {
    const disagreeing = loaded(bessByGspGroup, { [loadedCellKey('2024-q1', 'GB', 'registered_capacity_mw')]: single(11) });
    expect(() => buildProblems([CAPACITY, disagreeing])).toThrow(/gives cell registered_capacity_mw\|2024-q1\|category=bess\|gsp_group=GB the value 11, but another dataset gives it 10/);
  });
});
