import { describe, expect, it } from 'vitest';
import { capacityByTechnology } from '../../data-loaders/datasets/capacity-by-technology.ts';
import { loadedCellKey, type LoadedDataset } from '../../data-loaders/datasets/load.ts';
import { parseQuarter, quarterRange } from '../../data-loaders/datasets/quarters.ts';
import { collectEarlierKnowledge, withEarlierKnowledge } from '../../src/pipeline/earlier-editions.ts';
import { buildProblems } from '../../src/pipeline/problems.ts';
import { vetDataset } from '../../src/pipeline/vet.ts';

const QUARTERS = quarterRange(parseQuarter('2024-q1'), parseQuarter('2024-q2'));
const single = (value: number) => ({ value, contributors: 1, largest: [value] });

const CURRENT: LoadedDataset = {
  loader: capacityByTechnology,
  quarters: QUARTERS,
  stocks: new Map([
    [loadedCellKey('2024-q1', 'bess', 'registered_capacity_mw'), single(10)],
    [loadedCellKey('2024-q1', 'wind', 'registered_capacity_mw'), single(4)],
    [loadedCellKey('2024-q1', 'all', 'registered_capacity_mw'), { value: 14, contributors: 2, largest: [10, 4] }],
  ]),
  changes: new Map(),
};

const key = (quarter: string, category: string) => `registered_capacity_mw|${quarter}|category=${category}|gsp_group=GB`;

/** The previous edition: 2024-q1 only, wind withheld, BESS published at 9.5 before a revision to 10. */
function previousEdition() {
  const previous: LoadedDataset = {
    ...CURRENT,
    quarters: [QUARTERS[0]],
    stocks: new Map([...CURRENT.stocks, [loadedCellKey('2024-q1', 'bess', 'registered_capacity_mw'), single(9.5)]]),
  };
  return vetDataset(previous, '2024-q1', new Set([key('2024-q1', 'wind')]));
}

describe('earlier editions', () => {
  const knowledge = collectEarlierKnowledge([CURRENT], [previousEdition()]);

  it('keep withheld what they withheld', () => {
    expect(knowledge.withheld).toEqual(new Set([key('2024-q1', 'wind')]));
  });

  it('make known what they published at the same value', () => {
    expect(knowledge.known.has(key('2024-q1', 'all'))).toBe(true);
    expect(knowledge.known.has(key('2024-q1', 'solar_pv'))).toBe(true);
  });

  it('carry nothing for a revised figure', () => {
    expect(knowledge.known.has(key('2024-q1', 'bess'))).toBe(false);
    expect(knowledge.withheld.has(key('2024-q1', 'bess'))).toBe(false);
  });

  it('say nothing of quarters they did not publish', () => {
    expect([...knowledge.known].some((cell) => cell.includes('2024-q2'))).toBe(false);
  });

  it('let a later publication override an earlier [c]', () => {
    const republished = vetDataset(CURRENT, '2024-q2', new Set());
    const combined = collectEarlierKnowledge([CURRENT], [previousEdition(), republished]);
    expect(combined.withheld.size).toBe(0);
    expect(combined.known.has(key('2024-q1', 'wind'))).toBe(true);
  });

  it('attach to the problem of their measure only', () => {
    const problems = buildProblems([CURRENT]).map((problem) => withEarlierKnowledge(problem, knowledge));
    const capacity = problems.find((problem) => problem.cells[0].measure === 'registered_capacity_mw')!;
    const assets = problems.find((problem) => problem.cells[0].measure === 'assets')!;

    expect(capacity.withheldInEarlierEditions).toEqual([key('2024-q1', 'wind')]);
    expect(assets.withheldInEarlierEditions).toEqual([]);
    expect(assets.knownFromEarlierEditions!.every((cell) => cell.startsWith('assets|'))).toBe(true);
  });
});
