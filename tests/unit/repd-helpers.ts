/** Shared set-up for the REPD importer tests: fixture paths, temporary folders and warehouse reads. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'repd');
export const SAMPLE_CSV = join(FIXTURES, 'repd-sample.csv');
export const SAMPLE_GSP = join(FIXTURES, 'gsp-regions.geojson');

/** Creates a temporary folder and returns it with a function that removes it. */
export function temporaryFolder(): { folder: string; remove: () => void } {
  const folder = mkdtempSync(join(tmpdir(), 'repd-test-'));
  return { folder, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

/** Writes a copy of the sample CSV with `edit` applied to its text, and returns the copy's path. */
export function editedSample(folder: string, name: string, edit: (text: string) => string): string {
  const path = join(folder, name);
  writeFileSync(path, edit(readFileSync(SAMPLE_CSV, 'utf8')));
  return path;
}

/** Returns the rows of the given tables of a warehouse file, as JSON values in stored order. */
export async function readTables(path: string, tables: readonly string[]): Promise<Record<string, Record<string, unknown>[]>> {
  const instance = await DuckDBInstance.create(path, { access_mode: 'READ_ONLY' });
  const connection = await instance.connect();
  try {
    const result: Record<string, Record<string, unknown>[]> = {};
    for (const table of tables) {
      const reader = await connection.runAndReadAll(`SELECT * FROM ${table}`);
      result[table] = reader.getRowObjectsJson() as Record<string, unknown>[];
    }
    return result;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

export const ALL_TABLES = [
  'warehouse_info',
  'organisations',
  'gsps',
  'assets',
  'market_units',
  'market_unit_assets',
  'products',
  'qualifications',
] as const;
