/**
 * Build-time answers to the explore form's default question of each dataset.
 * The page embeds their aggregate rows, so the browser can draw a default
 * answer before DuckDB-WASM has started there. The rows come from the SQL the browser runs
 * (buildAggregateSql), over the same Arrow table (buildExploreTable), in the
 * same engine: DuckDB-WASM's blocking build for Node, whose version is the
 * browser's. The browser checks them against its own answer once it has
 * started.
 */
import { createRequire } from 'node:module';
import type { DuckDBBindings } from '@duckdb/duckdb-wasm/blocking';
import type { Table } from 'apache-arrow';
import type { PublishedDataset } from '../vetted/published-dataset.ts';
import { buildAggregateSql, type AggregateRow } from './aggregate-sql.ts';
import { buildExploreTable, encodeArrowStream } from './arrow-table.ts';
import type { ExploreDataset, ExploreEdition } from './metadata.ts';
import { defaultState, type QueryState } from './query-state.ts';

/** The default question of one dataset of the explore form, with the rows of its aggregate query. */
export interface PrecomputedAnswer {
  state: QueryState;
  rows: AggregateRow[];
}

/** The engine, started once per build, because instantiating its 34 MB module takes about a second. */
let engine: Promise<DuckDBBindings> | undefined;

/**
 * Runs the aggregate query of each dataset's default question. `published`
 * must be the vetted datasets that `edition.datasets` describes, in the same
 * order. Throws when one is another dataset.
 */
export async function precomputeDefaultAnswers(edition: ExploreEdition, published: readonly PublishedDataset[]): Promise<PrecomputedAnswer[]> {
  const answers: PrecomputedAnswer[] = [];
  for (const [index, dataset] of edition.datasets.entries()) {
    answers.push(await precomputeDefaultAnswer(dataset, published[index]));
  }
  return answers;
}

async function precomputeDefaultAnswer(dataset: ExploreDataset, published: PublishedDataset | undefined): Promise<PrecomputedAnswer> {
  if (published?.definition.id !== dataset.id) {
    throw new Error(`Invalid dataset for the pre-computed answer: expected ${dataset.id}, got ${published?.definition.id ?? 'none'}.`);
  }
  const state = defaultState(dataset);

  engine ??= startEngine();
  const connection = (await engine).connect();
  try {
    connection.query(`DROP TABLE IF EXISTS ${dataset.table}`);
    connection.insertArrowFromIPCStream(encodeArrowStream(buildExploreTable(published)), { name: dataset.table, create: true });
    const rows = toPlainRows(connection.query(buildAggregateSql(state, dataset)));
    connection.query(`DROP TABLE ${dataset.table}`);
    return { state, rows: rows as unknown as AggregateRow[] };
  } finally {
    connection.close();
  }
}

async function startEngine(): Promise<DuckDBBindings> {
  const require = createRequire(import.meta.url);
  const duckdb = require('@duckdb/duckdb-wasm/blocking') as typeof import('@duckdb/duckdb-wasm/blocking');
  const bundles = {
    mvp: { mainModule: require.resolve('@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm'), mainWorker: '' },
    eh: { mainModule: require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'), mainWorker: '' },
  };
  const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate();
  // The same options as the browser's engine, so numbers arrive as JavaScript numbers there and here.
  db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
  return db;
}

/** Converts an Arrow table to plain objects, with list values as arrays, as the browser's engine code does. */
function toPlainRows(table: Table): Record<string, unknown>[] {
  return table.toArray().map((row) => {
    const object: Record<string, unknown> = row.toJSON();
    for (const [key, value] of Object.entries(object)) {
      if (value !== null && typeof value === 'object' && typeof (value as { toArray?: unknown }).toArray === 'function') {
        object[key] = Array.from((value as { toArray(): ArrayLike<unknown> }).toArray());
      }
    }
    return object;
  });
}
