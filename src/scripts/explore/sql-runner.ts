/**
 * Runs a statement of the SQL box: checks that it only reads, runs it inside
 * a transaction that is always rolled back, and keeps at most `maxRows` rows,
 * cancelling the rest of the result.
 */
import type { Field } from 'apache-arrow';
import { checkReadOnly } from '../../lib/explore/read-only-sql.ts';
import type { Engine } from './engine.ts';

/** The first rows of a result. */
export interface SqlResult {
  fields: Field[];
  rows: unknown[][];
  /** Whether the result had more rows than were kept. */
  capped: boolean;
}

/** A statement the SQL box does not run, with the reason for the reader. */
export class SqlRejectedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SqlRejectedError';
  }
}

/**
 * Runs one read-only statement and returns its first `maxRows` rows.
 * Rejects with SqlRejectedError when the statement does not only read, and
 * with DuckDB's error when it fails.
 */
export async function runReadOnlySql(engine: Engine, sql: string, maxRows: number): Promise<SqlResult> {
  const problem = checkReadOnly(sql, await engine.db.tokenize(sql));
  if (problem) throw new SqlRejectedError(problem);

  const connection = engine.sqlConnection;
  await connection.query('BEGIN TRANSACTION');
  try {
    const reader = await connection.send(sql, true);
    const rows: unknown[][] = [];
    let fields: Field[] | undefined;
    let capped = false;
    for await (const batch of reader) {
      fields ??= batch.schema.fields;
      for (let index = 0; index < batch.numRows && !capped; index++) {
        if (rows.length === maxRows) capped = true;
        else rows.push(batch.schema.fields.map((_, column) => batch.getChildAt(column)?.get(index) ?? null));
      }
      if (capped) break;
    }
    if (capped) await connection.cancelSent();
    // A result without rows may come without batches, so its columns are read from the stream's schema.
    return { fields: fields ?? reader.schema?.fields ?? [], rows, capped };
  } finally {
    await rollBack(engine);
  }
}

async function rollBack(engine: Engine): Promise<void> {
  try {
    await engine.sqlConnection.query('ROLLBACK');
  } catch (error) {
    // A failed statement may already have ended the transaction.
    console.warn('explore: ROLLBACK after an SQL box statement failed:', error);
  }
}
