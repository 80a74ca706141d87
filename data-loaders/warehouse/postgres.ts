import type { Warehouse } from './warehouse.ts';

/** Opens a PostgreSQL warehouse. */
export async function openPostgres(url: string): Promise<Warehouse> {
  // TODO: the PostgreSQL adapter is not written yet; until it is, such a URL is rejected.
  throw new Error(`PostgreSQL warehouses are not supported yet (${redactPassword(url)}); use a DuckDB file or a folder of extracts`);
}

/** Returns the URL with any password replaced by ***, for messages and logs. */
export function redactPassword(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
