/**
 * Parquet copies of the vetted datasets, written with DuckDB (@duckdb/node-api)
 * in a private in-memory database. Withheld cells are NULL, because a
 * Parquet number column cannot hold [c], and an empty status is NULL too.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { CONFIDENTIAL, type VettedDataset } from '../vetted/format.ts';
import { describeColumns, type ColumnDescription } from './columns.ts';

/** Compression of the Parquet files: ZSTD is read by every current Parquet reader. */
const COMPRESSION = 'zstd';

/**
 * Writes a dataset's rows to a Parquet file, columns in CSV order with
 * VARCHAR, BIGINT and DECIMAL types. DuckDB runs on one thread and keeps the
 * insertion order, so the same rows and the same DuckDB version give the same
 * bytes. Another DuckDB version may write other bytes, because the file's
 * metadata names the version.
 */
export async function writeParquet(file: string, dataset: VettedDataset): Promise<void> {
  const columns = describeColumns(dataset.definition);
  const instance = await DuckDBInstance.create(':memory:', { threads: '1', preserve_insertion_order: 'true' });
  const connection = await instance.connect();

  try {
    await connection.run(`CREATE TABLE staging (${columns.map((column) => `${quoteIdentifier(column.name)} VARCHAR`).join(', ')})`);
    const appender = await connection.createAppender('staging');
    for (const row of dataset.rows) {
      for (const column of columns) appendText(appender, textOf(row[column.name]));
      appender.endRow();
    }
    appender.closeSync();

    const select = columns.map((column) => `CAST(${quoteIdentifier(column.name)} AS ${sqlType(column)}) AS ${quoteIdentifier(column.name)}`);
    await connection.run(
      `COPY (SELECT ${select.join(', ')} FROM staging ORDER BY rowid) TO ${quoteString(file)} (FORMAT parquet, COMPRESSION ${COMPRESSION})`,
    );
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** Returns the text DuckDB casts from, or null for a withheld value or an empty status. */
function textOf(value: string | number | undefined): string | null {
  if (value === undefined || value === '' || value === CONFIDENTIAL) return null;
  return String(value);
}

function appendText(appender: { appendNull(): void; appendVarchar(value: string): void }, text: string | null): void {
  if (text === null) appender.appendNull();
  else appender.appendVarchar(text);
}

function sqlType(column: ColumnDescription): string {
  if (column.type === 'integer') return 'BIGINT';
  if (column.type === 'number') return `DECIMAL(18, ${column.decimals ?? 0})`;
  return 'VARCHAR';
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function quoteString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
