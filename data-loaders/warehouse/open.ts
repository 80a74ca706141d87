import { existsSync, statSync } from 'node:fs';
import { DuckDbWarehouse } from './duckdb.ts';
import { openExtractsFolder } from './extracts.ts';
import { isPostgresUrl } from './target.ts';
import type { Warehouse } from './warehouse.ts';

/**
 * Opens the warehouse a `--warehouse` value points at. The value is tried as,
 * in order: a PostgreSQL URL (postgres:// or postgresql://), a folder of
 * extracts, a DuckDB database file.
 */
export async function openWarehouse(location: string): Promise<Warehouse> {
  if (isPostgresUrl(location)) {
    const { openPostgres } = await import('./postgres.ts');
    return openPostgres(location);
  }
  if (existsSync(location) && statSync(location).isDirectory()) return openExtractsFolder(location);
  return DuckDbWarehouse.openFile(location);
}
