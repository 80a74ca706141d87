import { describe, expect, it } from 'vitest';
import { checkWarehouse } from '../../data-loaders/quality/checks.ts';
import { DuckDbWarehouse } from '../../data-loaders/warehouse/duckdb.ts';
import { asset, organisation, writeTestWarehouse, type TestRows } from '../helpers/warehouse.ts';

const VALID: TestRows = {
  asOf: '2024-06-30',
  organisations: [organisation('o1', 'g1')],
  assets: [asset({ id: 'a1', fsp: 'o1', category: 'bess', mw: 10, registered: '2023-02-01' })],
};

async function checkRows(rows: TestRows): Promise<void> {
  const warehouse = await DuckDbWarehouse.openFile(await writeTestWarehouse(rows));
  try {
    await checkWarehouse(warehouse);
  } finally {
    await warehouse.close();
  }
}

describe('warehouse checks', () => {
  it('pass on valid rows', async () => {
    await expect(checkRows(VALID)).resolves.toBeUndefined();
  });

  it.each([
    ['an unknown category', asset({ id: 'a9', fsp: 'o1', category: 'nuclear', mw: 1, registered: '2023-01-01' }), /assets, column category_id must be a known asset category: asset_id a9 \("nuclear"\)/],
    ['an unknown GSP group', asset({ id: 'a9', fsp: 'o1', category: 'wind', mw: 1, group: '_I', registered: '2023-01-01' }), /column gsp_group_id must be a GSP group.*asset_id a9 \("_I"\)/],
    ['a negative capacity', asset({ id: 'a9', fsp: 'o1', category: 'wind', mw: -2, registered: '2023-01-01' }), /column registered_capacity_mw must not be negative: asset_id a9/],
    ['a missing FSP', asset({ id: 'a9', fsp: 'o404', category: 'wind', mw: 1, registered: '2023-01-01' }), /column fsp_org_id must refer to an organisation: asset_id a9 \("o404"\)/],
    ['dates out of order', asset({ id: 'a9', fsp: 'o1', category: 'wind', mw: 1, registered: '2023-05-01', deregistered: '2023-01-01' }), /column deregistered_on must not be before registered_on: asset_id a9/],
    ['a date after the as-of date', asset({ id: 'a9', fsp: 'o1', category: 'wind', mw: 1, registered: '2024-07-01' }), /column registered_on must not be after the warehouse's as-of date: asset_id a9/],
  ])('reject %s, naming the row', async (_case, badAsset, message) => {
    await expect(checkRows({ ...VALID, assets: [...VALID.assets!, badAsset] })).rejects.toThrow(message);
  });

  it('reject a qualification for an unknown product', async () => {
    const rows: TestRows = {
      ...VALID,
      market_units: [['m1', 'SPU', 'o1', '2023-02-01']],
      products: [['made-up', 'Made up', 'NESO', 'Response']],
      qualifications: [['q1', 'm1', 'made-up', 'qualified', '2023-03-01', '2023-04-01', '2023-04-01', null]],
    };
    await expect(checkRows(rows)).rejects.toThrow(/qualifications, column product_id must be a product of the catalogue: qualification_id q1 \("made-up"\)/);
  });

  it('count offending rows beyond those listed', async () => {
    const badAssets = Array.from({ length: 8 }, (_, index) =>
      asset({ id: `b${index}`, fsp: 'o1', category: 'nuclear', mw: 1, registered: '2023-01-01' }),
    );
    await expect(checkRows({ ...VALID, assets: badAssets })).rejects.toThrow(/and 3 more/);
  });
});
