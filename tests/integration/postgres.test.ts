/**
 * The same warehouse in DuckDB and in PostgreSQL gives byte-identical vetted
 * datasets. Needs a PostgreSQL server: FMAR_TEST_POSTGRES_URL names a
 * database the test may replace the tables of (.ci/run starts one on
 * 127.0.0.1); without it the test is skipped.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeSampleWarehouse } from '../../data-loaders/sample/index.ts';
import { copyWarehouseToPostgres } from '../../data-loaders/warehouse/copy-to-postgres.ts';
import { openWarehouse } from '../../data-loaders/warehouse/open.ts';
import { build } from '../../src/pipeline/build.ts';
import { readTree } from '../helpers/files.ts';
import { temporaryFolder } from '../helpers/warehouse.ts';

const POSTGRES_URL = process.env.FMAR_TEST_POSTGRES_URL;

if (!POSTGRES_URL) console.warn('Skipping the PostgreSQL tests: set FMAR_TEST_POSTGRES_URL to a database on a local server to run them');

describe.skipIf(!POSTGRES_URL)('PostgreSQL warehouse', () => {
  let folder: string;
  let duckdbPath: string;

  beforeAll(async () => {
    folder = temporaryFolder('fmar-postgres-');
    duckdbPath = join(folder, 'sample.duckdb');
    await writeSampleWarehouse({ warehousePath: duckdbPath, seed: 11, assets: 3000, asOf: '2026-06-30' });
    await copyWarehouseToPostgres(duckdbPath, POSTGRES_URL!);
  });

  it('holds the same rows as the DuckDB file', async () => {
    const postgres = await openWarehouse(POSTGRES_URL!);
    const duckdb = await openWarehouse(duckdbPath);
    const sql = 'SELECT CAST(COUNT(*) AS INTEGER) AS assets, CAST(SUM(registered_capacity_mw) AS DOUBLE PRECISION) AS mw, CAST(MIN(registered_on) AS VARCHAR) AS first FROM assets';

    expect(await postgres.query(sql)).toEqual(await duckdb.query(sql));
    await postgres.close();
    await duckdb.close();
  });

  it('gives byte-identical vetted datasets', async () => {
    const options = { outDir: join(folder, 'site'), skipSite: true, log: () => {} };
    await build({ ...options, warehouse: duckdbPath, workDir: join(folder, 'duckdb') });
    await build({ ...options, warehouse: POSTGRES_URL!, workDir: join(folder, 'postgres') });

    const fromDuckdb = readTree(join(folder, 'duckdb', 'vetted'));
    const fromPostgres = readTree(join(folder, 'postgres', 'vetted'));
    expect([...fromPostgres.keys()]).toEqual([...fromDuckdb.keys()]);
    for (const [file, bytes] of fromDuckdb) expect(fromPostgres.get(file)!.equals(bytes), file).toBe(true);
  });

  it('opens read-only', async () => {
    const postgres = await openWarehouse(POSTGRES_URL!);
    await expect(postgres.query("DELETE FROM warehouse_info WHERE key = 'as_of'")).rejects.toThrow(/read-only/);
    await postgres.close();
  });
});
