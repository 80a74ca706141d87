import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyWarehouseToPostgres } from './copy-to-postgres.ts';

/** Whether a `--warehouse` value is a PostgreSQL URL. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//.test(location);
}

/**
 * Writes a warehouse to `target`, a DuckDB file or a PostgreSQL URL. `write`
 * always writes a DuckDB file; for PostgreSQL that file is temporary and its
 * tables are then copied into the database.
 */
export async function writeToTarget<T>(
  target: string,
  write: (duckdbPath: string) => Promise<T>,
  log: (line: string) => void = () => {},
): Promise<T> {
  if (!isPostgresUrl(target)) return write(target);

  const folder = mkdtempSync(join(tmpdir(), 'fmar-warehouse-'));
  try {
    const path = join(folder, 'warehouse.duckdb');
    const result = await write(path);
    await copyWarehouseToPostgres(path, target, log);
    return result;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
