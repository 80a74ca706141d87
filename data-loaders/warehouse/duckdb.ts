import { existsSync } from 'node:fs';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { Row, Warehouse } from './warehouse.ts';

/** A warehouse held in a DuckDB database file, or in memory with views over extracts. */
export class DuckDbWarehouse implements Warehouse {
  readonly dialect = 'duckdb' as const;

  private constructor(
    readonly description: string,
    private readonly instance: DuckDBInstance,
    private readonly connection: DuckDBConnection,
  ) {}

  /** Opens an existing DuckDB file read-only; throws naming the file when it is missing. */
  static async openFile(path: string): Promise<DuckDbWarehouse> {
    if (!existsSync(path)) throw new Error(`Warehouse file not found: ${path}`);
    const instance = await DuckDBInstance.create(path, { access_mode: 'READ_ONLY', threads: '2' });
    return new DuckDbWarehouse(`DuckDB file ${path}`, instance, await instance.connect());
  }

  /** Opens a DuckDB file for writing, creating it when missing. */
  static async createFile(path: string): Promise<DuckDbWarehouse> {
    const instance = await DuckDBInstance.create(path);
    return new DuckDbWarehouse(`DuckDB file ${path}`, instance, await instance.connect());
  }

  /** Opens an in-memory database, for views over a folder of extracts. */
  static async inMemory(description: string): Promise<DuckDbWarehouse> {
    const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
    return new DuckDbWarehouse(description, instance, await instance.connect());
  }

  async query(sql: string): Promise<Row[]> {
    const reader = await this.connection.runAndReadAll(sql);
    return reader.getRowObjectsJson() as Row[];
  }

  /** Runs statements that change the database (DDL, inserts). */
  async run(sql: string): Promise<void> {
    await this.connection.run(sql);
  }

  /** The connection, for appenders and prepared statements. */
  get rawConnection(): DuckDBConnection {
    return this.connection;
  }

  async close(): Promise<void> {
    this.connection.closeSync();
    this.instance.closeSync();
  }
}
