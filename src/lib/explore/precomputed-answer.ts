/**
 * Build-time answer to the explore form's default question. The page embeds
 * the aggregate rows, so the browser can draw the default answer before
 * DuckDB-WASM has started. The rows come from the same SQL the browser runs
 * (buildAggregateSql), run here over the same table (buildExploreTable) with
 * DuckDB's Node API, and the browser checks them against its own engine
 * once that has started.
 */
import { DuckDBInstance, type DuckDBAppender } from '@duckdb/node-api';
import type { PublishedDataset } from '../vetted/published-dataset.ts';
import { buildAggregateSql, type AggregateRow } from './aggregate-sql.ts';
import { buildExploreTable } from './arrow-table.ts';
import type { ExploreEdition } from './metadata.ts';
import { defaultState, type QueryState } from './query-state.ts';
import { quoteIdentifier } from './sql-text.ts';
import { listTableColumns, type ColumnType } from './table-columns.ts';

/** The default question of an edition's explore form with the rows of its aggregate query. */
export interface PrecomputedAnswer {
  state: QueryState;
  rows: AggregateRow[];
}

/**
 * Runs the aggregate query of the default question, on the edition's first
 * dataset, in a private in-memory DuckDB database. `published` must be the
 * vetted dataset that `edition.datasets[0]` describes.
 */
export async function precomputeDefaultAnswer(edition: ExploreEdition, published: PublishedDataset): Promise<PrecomputedAnswer> {
  const dataset = edition.datasets[0];
  if (published.definition.id !== dataset.id) {
    throw new Error(`Invalid dataset for the pre-computed answer: expected ${dataset.id}, got ${published.definition.id}.`);
  }
  const state = defaultState(dataset);
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const connection = await instance.connect();

  try {
    const columns = listTableColumns(published.definition);
    const definitions = columns.map((column) => `${quoteIdentifier(column.name)} ${column.type}`);
    await connection.run(`CREATE TABLE ${quoteIdentifier(dataset.table)} (${definitions.join(', ')})`);

    const appender = await connection.createAppender(dataset.table);
    for (const row of buildExploreTable(published).toArray()) {
      for (const column of columns) appendValue(appender, column.type, row[column.name]);
      appender.endRow();
    }
    appender.closeSync();

    const reader = await connection.runAndReadAll(buildAggregateSql(state, dataset));
    return { state, rows: reader.getRowObjectsJson() as unknown as AggregateRow[] };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

function appendValue(appender: DuckDBAppender, type: ColumnType, value: unknown): void {
  if (value === null || value === undefined) {
    appender.appendNull();
    return;
  }
  switch (type) {
    case 'VARCHAR':
      appender.appendVarchar(String(value));
      return;
    case 'BOOLEAN':
      appender.appendBoolean(Boolean(value));
      return;
    case 'DOUBLE':
      appender.appendDouble(Number(value));
      return;
  }
}
