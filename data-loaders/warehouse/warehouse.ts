/** The one interface the data loaders use to reach any warehouse source. */

export type Row = Record<string, unknown>;

export interface Warehouse {
  /** Where the data comes from, for messages; never holds a password. */
  readonly description: string;
  /** SQL dialect of the engine that runs the queries. */
  readonly dialect: 'duckdb' | 'postgres';
  /** Runs one read-only query and returns its rows as plain JSON values. */
  query(sql: string): Promise<Row[]>;
  close(): Promise<void>;
}
