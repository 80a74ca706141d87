/**
 * Small warehouses for tests, written from rows given in the test, so that
 * every expected figure can be worked out by hand from the same rows.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendRows, writeWarehouseFile, type Value } from '../../data-loaders/warehouse/writer.ts';

export interface TestRows {
  asOf: string;
  organisations?: Value[][];
  gsps?: Value[][];
  assets?: Value[][];
  market_units?: Value[][];
  market_unit_assets?: Value[][];
  products?: Value[][];
  qualifications?: Value[][];
}

const TABLE_ORDER = ['organisations', 'gsps', 'assets', 'market_units', 'market_unit_assets', 'products', 'qualifications'] as const;

/** Returns a fresh temporary folder. */
export function temporaryFolder(prefix = 'fmar-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes a DuckDB warehouse holding exactly these rows and returns its path. */
export async function writeTestWarehouse(rows: TestRows, path = join(temporaryFolder(), 'warehouse.duckdb')): Promise<string> {
  await writeWarehouseFile(path, { asOf: rows.asOf, source: 'test rows' }, async (warehouse) => {
    for (const table of TABLE_ORDER) {
      const tableRows = rows[table];
      if (tableRows && tableRows.length > 0) await appendRows(warehouse, table, tableRows);
    }
  });
  return path;
}

/** An organisation row: id, name, company number, enterprise group, role FSP, registered 2020-01-01. */
export function organisation(id: string, group: string, name = `Company ${id}`): Value[] {
  return [id, name, null, group, 'FSP', '2020-01-01'];
}

/** An asset row with the columns most tests vary; the rest get plausible values. */
export function asset(options: {
  id: string;
  fsp: string;
  category: string;
  mw: number;
  group?: string | null;
  registered: string;
  deregistered?: string | null;
}): Value[] {
  return [
    options.id,
    options.fsp,
    options.category,
    options.mw,
    null,
    null,
    null,
    options.group === undefined ? '_A' : options.group,
    null,
    'Verified',
    options.registered,
    options.deregistered ?? null,
  ];
}
