import { mkdtempSync, rmSync, createReadStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { createTableStatements } from './ddl.ts';
import { DuckDbWarehouse } from './duckdb.ts';
import { redactPassword } from './postgres.ts';
import { TABLES } from './schema.ts';

/**
 * Copies every table of a DuckDB warehouse file into a PostgreSQL database,
 * replacing the tables there, in one transaction: a failure leaves the
 * database as it was. Rows travel as CSV through PostgreSQL's COPY, so a
 * million assets copy in seconds.
 */
export async function copyWarehouseToPostgres(duckdbPath: string, url: string, log: (line: string) => void = () => {}): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'fmar-copy-'));
  const client = new pg.Client({ connectionString: url });
  try {
    await exportTables(duckdbPath, folder);
    await client.connect().catch((error: Error) => {
      throw new Error(`Cannot connect to PostgreSQL ${redactPassword(url)}: ${error.message}`);
    });

    await client.query('BEGIN');
    for (const table of [...TABLES].reverse()) await client.query(`DROP TABLE IF EXISTS ${table.name}`);
    for (const statement of createTableStatements()) await client.query(statement);
    for (const table of TABLES) {
      await pipeline(
        createReadStream(join(folder, `${table.name}.csv`)),
        client.query(copyFrom(`COPY ${table.name} FROM STDIN WITH (FORMAT csv, HEADER true)`)),
      );
    }
    await client.query('COMMIT');
    // Fresh tables have no statistics, and without them the planner picks
    // nested loops that take minutes on a million rows.
    await client.query('ANALYZE');
    log(`warehouse: copied ${TABLES.length} tables to PostgreSQL ${redactPassword(url)}`);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end().catch(() => undefined);
    rmSync(folder, { recursive: true, force: true });
  }
}

async function exportTables(duckdbPath: string, folder: string): Promise<void> {
  const warehouse = await DuckDbWarehouse.openFile(duckdbPath);
  try {
    for (const table of TABLES) {
      const columns = table.columns.map((column) => column.name).join(', ');
      const target = join(folder, `${table.name}.csv`).replaceAll("'", "''");
      await warehouse.run(`COPY (SELECT ${columns} FROM ${table.name}) TO '${target}' (HEADER, DELIMITER ',')`);
    }
  } finally {
    await warehouse.close();
  }
}
