import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDbWarehouse } from './duckdb.ts';
import { sqlType } from './ddl.ts';
import { DECIMAL_PLACES, TABLES, type ColumnDefinition, type TableDefinition } from './schema.ts';
import { literal } from '../datasets/sql.ts';

/** File formats a folder of extracts may hold, in the order they are looked for. */
const EXTRACT_FORMATS = ['csv', 'parquet'] as const;

export interface ExtractsOptions {
  /** Receives notices that do not stop the build. The default prints them on stderr. */
  notice?: (line: string) => void;
}

/**
 * Opens a folder of extracts, one file per table named after it
 * (`assets.csv` or `assets.parquet`), as a warehouse.
 *
 * Every file is checked before any query runs. A missing file, two files for
 * one table, a missing column, a value of the wrong type and a decimal with
 * too many places each stop with an error naming the file, row and column.
 * A column the schema does not list is not read, and a notice names it.
 */
export async function openExtractsFolder(folder: string, options: ExtractsOptions = {}): Promise<DuckDbWarehouse> {
  if (!existsSync(folder)) throw new Error(`Extracts folder not found: ${folder}`);
  const notice = options.notice ?? ((line: string) => console.warn(line));
  const files = new Set(readdirSync(folder));
  const warehouse = await DuckDbWarehouse.inMemory(`extracts folder ${folder}`);

  try {
    for (const table of TABLES) {
      const file = findExtract(folder, files, table);
      await checkColumns(warehouse, file, table, notice);
      await checkValues(warehouse, file, table);
      await warehouse.run(`CREATE VIEW ${table.name} AS SELECT ${typedColumns(table).join(', ')} FROM ${readerOf(file)}`);
    }
  } catch (error) {
    await warehouse.close();
    throw error;
  }
  return warehouse;
}

function findExtract(folder: string, files: Set<string>, table: TableDefinition): string {
  const found = EXTRACT_FORMATS.map((format) => `${table.name}.${format}`).filter((name) => files.has(name));
  if (found.length > 1) {
    throw new Error(`Extracts folder ${folder} has two files for table ${table.name}: ${found.join(' and ')}. Remove one of them`);
  }
  if (found.length === 1) return join(folder, found[0]);
  throw new Error(`Extracts folder ${folder} has no file for table ${table.name}: expected ${table.name}.csv or ${table.name}.parquet`);
}

/** Reads every column as text, so that type errors are found and reported by row. */
function readerOf(file: string): string {
  if (file.endsWith('.parquet')) return `read_parquet(${literal(file)})`;
  return `read_csv(${literal(file)}, header = true, all_varchar = true, strict_mode = true)`;
}

async function checkColumns(
  warehouse: DuckDbWarehouse,
  file: string,
  table: TableDefinition,
  notice: (line: string) => void,
): Promise<void> {
  let present: string[];
  try {
    const rows = await warehouse.query(`DESCRIBE SELECT * FROM ${readerOf(file)}`);
    present = rows.map((row) => String(row.column_name));
  } catch (error) {
    throw new Error(`Extract ${file} cannot be read: ${(error as Error).message}`);
  }

  const missing = table.columns.filter((column) => !present.includes(column.name)).map((column) => column.name);
  if (missing.length > 0) {
    throw new Error(`Extract ${file} is missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} of table ${table.name}`);
  }

  const known = new Set(table.columns.map((column) => column.name));
  const extra = present.filter((name) => !known.has(name));
  if (extra.length > 0) {
    notice(
      `Notice: extract ${file} has column${extra.length > 1 ? 's' : ''} ${extra.join(', ')} that table ${table.name} does not list; ${extra.length > 1 ? 'they are' : 'it is'} not read`,
    );
  }
}

async function checkValues(warehouse: DuckDbWarehouse, file: string, table: TableDefinition): Promise<void> {
  for (const column of table.columns) {
    const failure = await firstInvalidValue(warehouse, file, column);
    if (failure) {
      throw new Error(`Extract ${file}, row ${failure.row}, column ${column.name}: ${failure.problem}`);
    }
  }
}

async function firstInvalidValue(
  warehouse: DuckDbWarehouse,
  file: string,
  column: ColumnDefinition,
): Promise<{ row: number; problem: string } | undefined> {
  const conditions = [`(value IS NOT NULL AND TRIM(value) <> '' AND TRY_CAST(TRIM(value) AS ${sqlType(column.type)}) IS NULL)`];
  if (!column.nullable) conditions.push(`(value IS NULL OR TRIM(value) = '')`);
  if (column.type === 'decimal') conditions.push(tooManyDecimalPlaces('TRIM(value)'));

  // Data rows are numbered from 1, after the header; DuckDB keeps the file's order.
  const rows = await warehouse.query(`
    SELECT row_number, value FROM (
      SELECT ROW_NUMBER() OVER () AS row_number, CAST(${quoteIdentifier(column.name)} AS VARCHAR) AS value
      FROM ${readerOf(file)}
    ) numbered
    WHERE ${conditions.join(' OR ')}
    ORDER BY row_number LIMIT 1`);
  if (rows.length === 0) return undefined;

  const value = rows[0].value;
  let problem: string;
  if (value === null || String(value).trim() === '') problem = 'missing value in a required column';
  else if (await convertsTo(warehouse, String(value), column)) {
    problem = `${JSON.stringify(value)} has more than ${DECIMAL_PLACES} decimal places`;
  } else problem = `${JSON.stringify(value)} is not a valid ${column.type}`;
  return { row: Number(rows[0].row_number), problem };
}

/**
 * Returns an SQL condition, true when a decimal text has a non-zero digit past the allowed places.
 * The pattern reads the text as written (any length). The cast catches exponents such as `1e-07`.
 */
function tooManyDecimalPlaces(text: string): string {
  const wide = `TRY_CAST(${text} AS DECIMAL(38,10))`;
  return `(regexp_matches(${text}, '\\.[0-9]{${DECIMAL_PLACES}}[0-9]*[1-9]') OR ${wide} <> ROUND(${wide}, ${DECIMAL_PLACES}))`;
}

async function convertsTo(warehouse: DuckDbWarehouse, value: string, column: ColumnDefinition): Promise<boolean> {
  const rows = await warehouse.query(`SELECT TRY_CAST(TRIM(${literal(value)}) AS ${sqlType(column.type)}) IS NOT NULL AS converts`);
  return rows[0].converts === true;
}

function typedColumns(table: TableDefinition): string[] {
  return table.columns.map((column) => {
    const source = `NULLIF(TRIM(CAST(${quoteIdentifier(column.name)} AS VARCHAR)), '')`;
    return `CAST(${source} AS ${sqlType(column.type)}) AS ${column.name}`;
  });
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
