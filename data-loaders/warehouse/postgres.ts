import pg from 'pg';
import { TABLES, type ColumnType } from './schema.ts';
import type { Row, Warehouse } from './warehouse.ts';

/**
 * PostgreSQL types (information_schema's data_type) accepted for each column type.
 * Messages name the first. Decimals must be numeric, so that sums are exact.
 */
const POSTGRES_TYPES: Record<ColumnType, readonly string[]> = {
  text: ['text', 'character varying', 'character'],
  date: ['date'],
  decimal: ['numeric'],
  integer: ['integer', 'smallint', 'bigint'],
};

/** PostgreSQL type ids whose values are read as text, so dates never pass through a local-time Date. */
const TEXT_TYPES = { date: 1082, timestamp: 1114, timestamptz: 1184 } as const;
const NUMERIC_TYPE = 1700;
const BIGINT_TYPE = 20;

/** A warehouse in a PostgreSQL database, opened read-only. */
class PostgresWarehouse implements Warehouse {
  readonly dialect = 'postgres' as const;

  constructor(
    readonly description: string,
    private readonly client: pg.Client,
  ) {}

  async query(sql: string): Promise<Row[]> {
    const result = await this.client.query(sql);
    return result.rows as Row[];
  }

  async close(): Promise<void> {
    await this.client.end();
  }
}

/** Connects to a PostgreSQL warehouse; the error names the server, never the password. */
export async function openPostgres(url: string): Promise<Warehouse> {
  const description = `PostgreSQL ${redactPassword(url)}`;
  const client = new pg.Client({ connectionString: url, types: { getTypeParser: typeParser } });
  try {
    await client.connect();
    await client.query('SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY');
  } catch (error) {
    await client.end().catch(() => undefined);
    throw new Error(`Cannot connect to ${description}: ${(error as Error).message}`);
  }
  try {
    await checkSchema(client, description);
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }
  return new PostgresWarehouse(description, client);
}

/**
 * Checks that every schema table exists on the session's search path, with every schema column in an accepted type.
 * Throws at the first table with a problem. Columns the schema does not list are ignored.
 */
async function checkSchema(client: pg.Client, description: string): Promise<void> {
  for (const table of TABLES) {
    const result = await client.query<{ column_name: string; data_type: string }>(
      `SELECT c.column_name, c.data_type
       FROM pg_class r
       JOIN pg_namespace n ON n.oid = r.relnamespace
       JOIN information_schema.columns c ON c.table_schema = n.nspname AND c.table_name = r.relname
       WHERE r.oid = to_regclass(quote_ident($1))`,
      [table.name],
    );
    if (result.rows.length === 0) throw new Error(`${description}: table ${table.name} not found; create it as docs/warehouse-schema.md describes`);

    const found = new Map(result.rows.map((row) => [row.column_name, row.data_type]));
    const missing = table.columns.filter((column) => !found.has(column.name)).map((column) => column.name);
    if (missing.length > 0) {
      throw new Error(`${description}: table ${table.name} is missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
    }
    const wrong = table.columns
      .filter((column) => !POSTGRES_TYPES[column.type].includes(found.get(column.name)!))
      .map((column) => `column ${column.name} is ${found.get(column.name)}, expected ${POSTGRES_TYPES[column.type][0]} (${column.type})`);
    if (wrong.length > 0) throw new Error(`${description}: table ${table.name}, ${wrong.join('; ')}`);
  }
}

/** Returns the URL with any password replaced by ***, for messages and logs. */
export function redactPassword(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

function typeParser(typeId: number, format?: string): (value: string) => unknown {
  if (Object.values(TEXT_TYPES).includes(typeId as never)) return (value) => value;
  if (typeId === NUMERIC_TYPE || typeId === BIGINT_TYPE) return (value) => Number(value);
  return pg.types.getTypeParser(typeId, format as 'text');
}
