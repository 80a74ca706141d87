import { describe, expect, it } from 'vitest';
import { capacityByTechnology } from '../../data-loaders/datasets/capacity-by-technology.ts';
import { loadedCellKey, type LoadedDataset } from '../../data-loaders/datasets/load.ts';
import { parseQuarter } from '../../data-loaders/datasets/quarters.ts';
import { roundTo, vetDataset } from '../../src/pipeline/vet.ts';
import { toCsv } from '../../src/pipeline/write-vetted.ts';

const DATASET: LoadedDataset = {
  loader: capacityByTechnology,
  quarters: [parseQuarter('2024-q1')],
  stocks: new Map([
    [loadedCellKey('2024-q1', 'bess', 'assets'), { value: 2, contributors: 2, largest: [1, 1] }],
    [loadedCellKey('2024-q1', 'bess', 'registered_capacity_mw'), { value: 12.25, contributors: 2, largest: [10, 2.25] }],
    [loadedCellKey('2024-q1', 'wind', 'registered_capacity_mw'), { value: 3.04, contributors: 1, largest: [3.04] }],
    [loadedCellKey('2024-q1', 'all', 'registered_capacity_mw'), { value: 15.29, contributors: 3, largest: [10, 3.04, 2.25] }],
  ]),
  changes: new Map(),
};

describe('vetted dataset', () => {
  const withheld = new Set(['registered_capacity_mw|2024-q1|category=wind|gsp_group=GB']);
  const vetted = vetDataset(DATASET, '2024-q1', withheld);

  it('has a row for every category and the total, in order', () => {
    expect(vetted.rows.map((row) => row.category_id)).toEqual([
      ...capacityByTechnology.members.map((member) => member.id),
      'all',
    ]);
  });

  it('writes [c] for a withheld cell and nothing else of it', () => {
    const wind = vetted.rows.find((row) => row.category_id === 'wind');
    expect(wind?.registered_capacity_mw).toBe('[c]');
    expect(wind?.assets).toBe(0);
  });

  it('rounds capacity to one decimal place', () => {
    expect(vetted.rows.find((row) => row.category_id === 'bess')?.registered_capacity_mw).toBe(12.3);
    expect(vetted.rows.find((row) => row.category_id === 'all')?.registered_capacity_mw).toBe(15.3);
  });

  it('writes RFC 4180 CSV with fixed decimals', () => {
    const lines = toCsv(vetted).split('\r\n');
    expect(lines[0]).toBe('quarter,category_id,category_name,assets,assets_status,registered_capacity_mw,registered_capacity_mw_status');
    expect(lines[1]).toBe('2024-q1,bess,Battery storage (BESS),2,,12.3,');
    expect(lines).toContain('2024-q1,wind,Wind,0,,[c],');
    expect(lines).toContain('2024-q1,hydro,Hydro,0,,0.0,');
  });
});

describe('roundTo', () => {
  it.each([
    [0.05, 1, 0.1],
    [0.25, 1, 0.3],
    [-0.25, 1, -0.3],
    [2.675, 2, 2.68],
    [-0.01, 1, 0],
  ])('rounds %f to %i places as %f', (value, decimals, expected) => {
    expect(Object.is(roundTo(value, decimals), expected)).toBe(true);
  });
});
