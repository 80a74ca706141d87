import pg from 'pg';
import type { Row, Warehouse } from './warehouse.ts';

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
  return new PostgresWarehouse(description, client);
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
