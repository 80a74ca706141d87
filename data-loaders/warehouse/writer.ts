import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { createTableStatements } from './ddl.ts';
import { DuckDbWarehouse } from './duckdb.ts';
import { SCHEMA_VERSION, tableDefinition } from './schema.ts';

export type Value = string | number | null;

/**
 * Writes a new DuckDB warehouse file with every table of the schema.
 *
 * `fill` receives the open warehouse and inserts the rows. The file is built
 * under a temporary name and renamed into place only when `fill` succeeds,
 * so a failed run leaves any earlier file at `path` untouched.
 */
export async function writeWarehouseFile(
  path: string,
  info: { asOf: string; source: string },
  fill: (warehouse: DuckDbWarehouse) => Promise<void>,
): Promise<void> {
  const temporary = `${path}.partial`;
  mkdirSync(dirname(path), { recursive: true });
  removeDatabaseFiles(temporary);

  const warehouse = await DuckDbWarehouse.createFile(temporary);
  try {
    for (const statement of createTableStatements()) await warehouse.run(statement);
    await appendRows(warehouse, 'warehouse_info', [
      ['schema_version', SCHEMA_VERSION],
      ['as_of', info.asOf],
      ['source', info.source],
    ]);
    await fill(warehouse);
    await warehouse.run('CHECKPOINT');
  } catch (error) {
    await warehouse.close();
    removeDatabaseFiles(temporary);
    throw error;
  }
  await warehouse.close();

  removeDatabaseFiles(path);
  renameSync(temporary, path);
}

/**
 * Appends rows to a table, each row's values in the table's column order.
 * Dates are ISO strings (YYYY-MM-DD) and decimals are numbers.
 */
export async function appendRows(warehouse: DuckDbWarehouse, table: string, rows: readonly Value[][]): Promise<void> {
  const definition = tableDefinition(table);
  const width = definition.columns.length;
  const castColumns = definition.columns.map((column, index) => {
    const source = `column${index}`;
    if (column.type === 'date') return `CAST(${source} AS DATE)`;
    if (column.type === 'decimal') return `CAST(${source} AS DECIMAL(12,3))`;
    if (column.type === 'integer') return `CAST(${source} AS INTEGER)`;
    return `CAST(${source} AS VARCHAR)`;
  });

  const staging = `staging_${table}`;
  await warehouse.run(
    `CREATE TEMP TABLE ${staging} (${definition.columns.map((_, index) => `column${index} VARCHAR`).join(', ')})`,
  );
  const appender = await warehouse.rawConnection.createAppender(staging, 'main', 'temp');
  for (const [rowIndex, row] of rows.entries()) {
    if (row.length !== width) {
      throw new Error(`Row ${rowIndex + 1} for table ${table} has ${row.length} values; the table has ${width} columns`);
    }
    for (const value of row) {
      if (value === null) appender.appendNull();
      else appender.appendVarchar(String(value));
    }
    appender.endRow();
  }
  appender.closeSync();

  await warehouse.run(`INSERT INTO ${table} SELECT ${castColumns.join(', ')} FROM ${staging}`);
  await warehouse.run(`DROP TABLE ${staging}`);
}

function removeDatabaseFiles(path: string): void {
  for (const file of [path, `${path}.wal`]) if (existsSync(file)) rmSync(file);
}
