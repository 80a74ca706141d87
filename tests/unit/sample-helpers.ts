/** Shared set-up for the sample warehouse tests: writing a sample to a temporary folder and reading it back. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_SAMPLE, writeSampleWarehouse, type SampleOptions, type SampleSummary } from '../../data-loaders/sample/index.ts';
import { DuckDbWarehouse } from '../../data-loaders/warehouse/duckdb.ts';
import { TABLES } from '../../data-loaders/warehouse/schema.ts';

export interface TemporarySample {
  summary: SampleSummary;
  warehouse: DuckDbWarehouse;
  /** Closes the warehouse and removes its folder. */
  remove: () => Promise<void>;
}

/** Writes a sample warehouse into a new temporary folder and opens it read-only. Options default to DEFAULT_SAMPLE. */
export async function writeTemporarySample(options: Partial<SampleOptions>): Promise<TemporarySample> {
  const folder = mkdtempSync(join(tmpdir(), 'sample-test-'));
  const summary = await writeSampleWarehouse({ ...DEFAULT_SAMPLE, ...options, warehousePath: join(folder, 'sample.duckdb') });
  const warehouse = await DuckDbWarehouse.openFile(summary.warehousePath);

  const remove = async () => {
    await warehouse.close();
    rmSync(folder, { recursive: true, force: true });
  };
  return { summary, warehouse, remove };
}

/** Returns the MD5 digest of every table's rows in primary-key order, by table name. */
export async function tableDigests(warehouse: DuckDbWarehouse): Promise<Record<string, string>> {
  const digests: Record<string, string> = {};
  for (const table of TABLES) {
    const rows = await warehouse.query(
      `SELECT md5(coalesce(string_agg(CAST(t AS VARCHAR), chr(10) ORDER BY ${table.primaryKey.join(', ')}), '')) AS digest
       FROM ${table.name} AS t`,
    );
    digests[table.name] = String(rows[0].digest);
  }
  return digests;
}

/** Runs a query that returns one row and returns that row's only value as a number. */
export async function queryNumber(warehouse: DuckDbWarehouse, sql: string): Promise<number> {
  const rows = await warehouse.query(sql);
  return Number(Object.values(rows[0])[0]);
}
