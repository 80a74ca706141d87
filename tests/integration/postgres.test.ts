/**
 * The same warehouse in DuckDB and in PostgreSQL gives byte-identical vetted
 * datasets. Needs a PostgreSQL server: FMAR_TEST_POSTGRES_URL names a
 * database the test may replace the tables of (.ci/run starts one on
 * 127.0.0.1); without it the test is skipped.
 */
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSampleWarehouse } from '../../data-loaders/sample/index.ts';
import { runQualityGate } from '../../data-loaders/quality/gate.ts';
import { copyWarehouseToPostgres } from '../../data-loaders/warehouse/copy-to-postgres.ts';
import { createTableStatements } from '../../data-loaders/warehouse/ddl.ts';
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

/** PostgreSQL schema for the broken tables below, apart from the sample's tables. */
const CHECK_SCHEMA = 'fmar_schema_checks';

describe.skipIf(!POSTGRES_URL)('PostgreSQL warehouse schema', () => {
  const url = () => {
    const parsed = new URL(POSTGRES_URL!);
    parsed.searchParams.set('options', `-c search_path=${CHECK_SCHEMA}`);
    return parsed.toString();
  };

  /** Creates every table of the schema in CHECK_SCHEMA, then runs the given statements there. */
  async function prepare(...statements: string[]): Promise<void> {
    const client = new pg.Client({ connectionString: url() });
    await client.connect();
    try {
      await client.query(`DROP SCHEMA IF EXISTS ${CHECK_SCHEMA} CASCADE`);
      await client.query(`CREATE SCHEMA ${CHECK_SCHEMA}`);
      for (const statement of [...createTableStatements(), ...statements]) await client.query(statement);
    } finally {
      await client.end();
    }
  }

  afterAll(async () => {
    const client = new pg.Client({ connectionString: POSTGRES_URL! });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${CHECK_SCHEMA} CASCADE`);
    await client.end();
  });

  it('opens tables that match the schema', async () => {
    await prepare();
    const warehouse = await openWarehouse(url());
    await warehouse.close();
  });

  it('names a column of the wrong type', async () => {
    await prepare('ALTER TABLE assets ALTER registered_capacity_mw TYPE text');
    await expect(openWarehouse(url())).rejects.toThrow(/table assets, column registered_capacity_mw is text, expected numeric \(decimal\)/);
  });

  it('names every wrongly typed column', async () => {
    await prepare('ALTER TABLE qualifications ALTER applied_on TYPE text', 'ALTER TABLE qualifications ALTER valid_to TYPE timestamp');
    await expect(openWarehouse(url())).rejects.toThrow(
      /table qualifications, column applied_on is text, expected date \(date\); column valid_to is timestamp without time zone, expected date \(date\)/,
    );
  });

  it('names a missing column', async () => {
    await prepare('ALTER TABLE assets DROP COLUMN postcode');
    await expect(openWarehouse(url())).rejects.toThrow(/table assets is missing column postcode/);
  });

  it('names a missing table', async () => {
    await prepare('DROP TABLE market_unit_assets');
    await expect(openWarehouse(url())).rejects.toThrow(/table market_unit_assets not found/);
  });

  it('runs the new quality checks', async () => {
    const rows = [
      'ALTER TABLE assets ALTER registered_capacity_mw TYPE numeric',
      "INSERT INTO organisations VALUES ('o1', 'Company o1', NULL, 'g1', 'fsp', '2020-01-01')",
      "INSERT INTO assets VALUES ('a1', 'o1', 'bess', 0.1281234, NULL, NULL, NULL, NULL, NULL, 'Bogus', '2023-01-01', NULL)",
    ];
    await prepare(...rows, "INSERT INTO warehouse_info VALUES ('as_of', '2024-06-30')");
    let warehouse = await openWarehouse(url());
    const error = await runQualityGate(warehouse).catch((caught: Error) => caught);
    await warehouse.close();
    expect(String(error)).toMatch(/organisations-role-allowed: table organisations, column role must be one of FSP, SO: org_id o1 \("fsp"\)/);
    expect(String(error)).toMatch(/assets-registered-capacity-mw-decimal-places: .* asset_id a1 \("0.1281234"\)/);
    expect(String(error)).toMatch(/assets-validation-status-allowed: .* asset_id a1 \("Bogus"\)/);

    await prepare(...rows, "INSERT INTO warehouse_info VALUES ('as_of', '30/09/2026')");
    warehouse = await openWarehouse(url());
    await expect(runQualityGate(warehouse)).rejects.toThrow(/Table warehouse_info, key as_of, column value .*"30\/09\/2026" is not a date in the expected format YYYY-MM-DD/);
    await warehouse.close();
  });

  it('accepts extra columns and varchar', async () => {
    await prepare('ALTER TABLE assets ADD COLUMN comment text', 'ALTER TABLE assets ALTER postcode TYPE varchar(10)');
    const warehouse = await openWarehouse(url());
    await warehouse.close();
  });
});
