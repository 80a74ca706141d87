/// <reference types="astro/client" />
/**
 * The query engine: DuckDB-WASM, self-hosted. Only the `eh` build, which
 * needs WebAssembly exceptions as every current browser has them, ships
 * with the site. Its module and worker come from the site's own /_astro/
 * folder through Vite `?url` imports. The engine loads every dataset of the
 * edition as a table from the Arrow files the build wrote. Then it shuts off
 * everything that could reach the network.
 */
import { AsyncDuckDB, VoidLogger, type AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import type { Table } from 'apache-arrow';
import type { ExploreEdition } from '../../lib/explore/metadata.ts';

/**
 * Settings run before anything else: DuckDB-WASM would otherwise download an
 * extension from DuckDB's own host the first time a query needs one.
 */
const OFFLINE_SETTINGS = ['SET autoinstall_known_extensions = false', 'SET autoload_known_extensions = false'];

/**
 * Settings run once the tables are loaded: no reading or writing of files or
 * URLs, and no later change of any setting, whatever the SQL box runs.
 */
const LOCKDOWN_SETTINGS = ['SET enable_external_access = false', 'SET lock_configuration = true'];

/** Performance marks of the start-up's steps, measured from navigation, which the benchmark reports. */
export const ENGINE_MARKS = {
  started: 'explore:engine-started',
  instantiated: 'explore:engine-instantiated',
  opened: 'explore:engine-opened',
  ready: 'explore:engine-ready',
} as const;

/** Step of the engine's start-up, for the page's progress display. */
export type EngineProgress =
  | { phase: 'download'; loadedBytes: number }
  | { phase: 'start' }
  | { phase: 'tables'; tableCount: number }
  | { phase: 'ready' };

/** A started engine with the edition's tables loaded. */
export interface Engine {
  db: AsyncDuckDB;
  /** Connection of the form's queries. */
  formConnection: AsyncDuckDBConnection;
  /** Connection of the SQL box, kept apart so its transactions never touch the form's queries. */
  sqlConnection: AsyncDuckDBConnection;
}

/**
 * Starts DuckDB-WASM in a worker and loads every dataset of the edition as a
 * table. The Arrow files download while the engine compiles. Rejects with
 * the first error: a failed download names the file.
 */
export async function startEngine(edition: ExploreEdition, onProgress: (progress: EngineProgress) => void): Promise<Engine> {
  const tables = edition.datasets.map(async (dataset) => ({ name: dataset.table, bytes: await fetchBytes(dataset.arrowPath) }));
  // Without a handler, a failed download would be reported as unhandled while the engine is still compiling.
  for (const table of tables) table.catch(() => undefined);

  performance.mark(ENGINE_MARKS.started);
  const db = new AsyncDuckDB(new VoidLogger(), new Worker(workerUrl));
  const instantiated = db.instantiate(wasmUrl, null, (progress) => {
    onProgress({ phase: 'download', loadedBytes: progress.bytesLoaded });
  });
  await Promise.all([instantiated, checkModuleType(wasmUrl)]);
  performance.mark(ENGINE_MARKS.instantiated);

  onProgress({ phase: 'start' });
  await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
  performance.mark(ENGINE_MARKS.opened);
  const formConnection = await db.connect();
  for (const statement of OFFLINE_SETTINGS) await formConnection.query(statement);

  onProgress({ phase: 'tables', tableCount: tables.length });
  for (const { name, bytes } of await Promise.all(tables)) {
    await formConnection.insertArrowFromIPCStream(bytes, { name, create: true });
  }
  for (const statement of LOCKDOWN_SETTINGS) await formConnection.query(statement);

  const sqlConnection = await db.connect();
  performance.mark(ENGINE_MARKS.ready);
  onProgress({ phase: 'ready' });
  return { db, formConnection, sqlConnection };
}

/**
 * Checks that the server sends the engine's module as application/wasm.
 * DuckDB-WASM 1.32 compiles it with WebAssembly.instantiateStreaming, which
 * rejects any other type. DuckDB-WASM then never settles its own promise, so
 * this check turns that silent wait into an error the page can show.
 */
async function checkModuleType(url: string): Promise<void> {
  const response = await fetch(url, { method: 'HEAD' });
  if (!response.ok) throw new Error(`The query engine's module ${url} could not be found (HTTP status ${response.status}).`);

  const type = response.headers.get('Content-Type') ?? 'no type';
  if (!type.startsWith('application/wasm')) {
    throw new Error(`The server sends the query engine's module as ${type}, but browsers run WebAssembly only when it is sent as application/wasm.`);
  }
}

async function fetchBytes(path: string): Promise<Uint8Array> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`Download of ${path} failed with HTTP status ${response.status}.`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Converts an Arrow table to plain objects, with list values as arrays. */
export function tableToObjects<T>(table: Table): T[] {
  return table.toArray().map((row) => {
    const object: Record<string, unknown> = row.toJSON();
    for (const [key, value] of Object.entries(object)) {
      if (value !== null && typeof value === 'object' && typeof (value as { toArray?: unknown }).toArray === 'function') {
        object[key] = Array.from((value as { toArray(): ArrayLike<unknown> }).toArray());
      }
    }
    return object as T;
  });
}
