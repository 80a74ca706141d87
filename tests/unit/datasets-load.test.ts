import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bessByGspGroup } from '../../data-loaders/datasets/bess-by-gsp-group.ts';
import { capacityByTechnology } from '../../data-loaders/datasets/capacity-by-technology.ts';
import { fspsQualifiedByProduct } from '../../data-loaders/datasets/fsps-qualified-by-product.ts';
import { loadDataset, loadedCellKey, type LoadedDataset } from '../../data-loaders/datasets/load.ts';
import { parseQuarter, quarterRange } from '../../data-loaders/datasets/quarters.ts';
import { DuckDbWarehouse } from '../../data-loaders/warehouse/duckdb.ts';
import { asset, organisation, writeTestWarehouse } from '../helpers/warehouse.ts';

// Three enterprise groups: g1 owns two legal entities (o1, o1b).
const ROWS = {
  asOf: '2024-06-30',
  organisations: [organisation('o1', 'g1'), organisation('o1b', 'g1'), organisation('o2', 'g2'), organisation('o3', 'g3')],
  assets: [
    asset({ id: 'a1', fsp: 'o1', category: 'bess', mw: 10, group: '_A', registered: '2023-02-01' }),
    asset({ id: 'a2', fsp: 'o2', category: 'bess', mw: 5, group: null, registered: '2023-05-01', deregistered: '2024-01-15' }),
    asset({ id: 'a3', fsp: 'o2', category: 'wind', mw: 7.25, group: '_P', registered: '2024-04-01' }),
    asset({ id: 'a4', fsp: 'o1b', category: 'bess', mw: 4, group: '_B', registered: '2023-08-10' }),
    asset({ id: 'a5', fsp: 'o3', category: 'bess', mw: 1, group: '_C', registered: '2023-01-05', deregistered: '2024-03-31' }),
    asset({ id: 'a6', fsp: 'o3', category: 'solar_pv', mw: 2.5, group: '_H', registered: '2023-12-31' }),
  ],
  market_units: [
    ['m1', 'SPU', 'o1', '2023-02-01'],
    ['m2', 'SPU', 'o1b', '2023-08-10'],
    ['m3', 'SPU', 'o2', '2023-05-01'],
    ['m4', 'SPU', 'o3', '2023-01-05'],
  ],
  products: [
    ['dynamic-containment', 'Dynamic Containment', 'NESO', 'Response'],
    ['quick-reserve', 'Quick Reserve', 'NESO', 'Reserve'],
  ],
  qualifications: [
    ['q1', 'm1', 'dynamic-containment', 'qualified', '2023-03-01', '2023-04-01', '2023-04-01', null],
    ['q2', 'm2', 'dynamic-containment', 'expired', '2023-06-01', '2023-07-01', '2023-07-01', '2023-12-31'],
    ['q3', 'm3', 'quick-reserve', 'qualified', '2023-08-01', '2023-09-01', '2023-09-01', null],
    ['q4', 'm4', 'quick-reserve', 'applied', '2024-05-01', null, null, null],
  ],
};

const QUARTERS = quarterRange(parseQuarter('2023-q1'), parseQuarter('2024-q2'));

let warehouse: DuckDbWarehouse;
let capacity: LoadedDataset;
let bess: LoadedDataset;
let fsps: LoadedDataset;

beforeAll(async () => {
  warehouse = await DuckDbWarehouse.openFile(await writeTestWarehouse(ROWS));
  capacity = await loadDataset(warehouse, capacityByTechnology, QUARTERS);
  bess = await loadDataset(warehouse, bessByGspGroup, QUARTERS);
  fsps = await loadDataset(warehouse, fspsQualifiedByProduct, QUARTERS);
});

afterAll(async () => {
  await warehouse.close();
});

const stock = (dataset: LoadedDataset, quarter: string, member: string, measure: string) =>
  dataset.stocks.get(loadedCellKey(quarter, member, measure));
const change = (dataset: LoadedDataset, quarter: string, member: string, measure: string) =>
  dataset.changes.get(loadedCellKey(quarter, member, measure));

describe('capacity by technology', () => {
  it('counts assets registered by the quarter end', () => {
    expect(stock(capacity, '2023-q1', 'bess', 'assets')).toEqual({ value: 2, contributors: 2, largest: [1, 1] });
    expect(stock(capacity, '2023-q1', 'bess', 'registered_capacity_mw')).toEqual({ value: 11, contributors: 2, largest: [10, 1] });
  });

  it('counts enterprise groups, not legal entities, as contributors', () => {
    expect(stock(capacity, '2023-q3', 'bess', 'registered_capacity_mw')).toEqual({
      value: 20,
      contributors: 3,
      largest: [14, 5, 1],
    });
  });

  it('includes an asset registered on the last day of the quarter', () => {
    expect(stock(capacity, '2023-q4', 'solar_pv', 'registered_capacity_mw')?.value).toBe(2.5);
    expect(stock(capacity, '2023-q3', 'solar_pv', 'registered_capacity_mw')).toBeUndefined();
  });

  it('drops an asset deregistered on or before the quarter end', () => {
    expect(stock(capacity, '2024-q1', 'bess', 'registered_capacity_mw')).toEqual({ value: 14, contributors: 1, largest: [14] });
  });

  it('returns the net change in the quarter by contributor', () => {
    expect(change(capacity, '2024-q1', 'bess', 'registered_capacity_mw')).toEqual({ value: -6, contributors: 2, largest: [5, 1] });
    expect(change(capacity, '2024-q2', 'wind', 'assets')).toEqual({ value: 1, contributors: 1, largest: [1] });
  });

  it('totals every category in the all row', () => {
    expect(stock(capacity, '2023-q4', 'all', 'registered_capacity_mw')).toEqual({
      value: 22.5,
      contributors: 3,
      largest: [14, 5, 1 + 2.5],
    });
  });
});

describe('BESS by GSP group', () => {
  it('puts assets without a GSP group under unallocated', () => {
    expect(stock(bess, '2023-q2', 'unallocated', 'registered_capacity_mw')?.value).toBe(5);
    expect(stock(bess, '2024-q1', 'unallocated', 'registered_capacity_mw')).toBeUndefined();
  });

  it('gives the GB row the BESS row of capacity by technology', () => {
    for (const quarter of QUARTERS) {
      expect(stock(bess, quarter.label, 'GB', 'registered_capacity_mw')).toEqual(
        stock(capacity, quarter.label, 'bess', 'registered_capacity_mw'),
      );
    }
  });

  it('leaves out other categories', () => {
    expect(stock(bess, '2024-q2', '_P', 'assets')).toBeUndefined();
  });
});

describe('FSPs qualified by product', () => {
  it('counts FSPs qualified at the quarter end, valid_to included', () => {
    expect(stock(fsps, '2023-q3', 'dynamic-containment', 'fsps')).toEqual({ value: 2, contributors: 1, largest: [2] });
    expect(stock(fsps, '2023-q4', 'dynamic-containment', 'fsps')?.value).toBe(2);
    expect(stock(fsps, '2024-q1', 'dynamic-containment', 'fsps')?.value).toBe(1);
  });

  it('counts each FSP once in the any-product row', () => {
    expect(stock(fsps, '2023-q3', 'all', 'fsps')).toEqual({ value: 3, contributors: 2, largest: [2, 1] });
  });

  it('does not count applications that were never decided', () => {
    expect(stock(fsps, '2024-q2', 'quick-reserve', 'fsps')?.value).toBe(1);
  });

  it('returns no changes between quarters', () => {
    expect(fsps.changes.size).toBe(0);
  });
});
