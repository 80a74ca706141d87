import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { tableFromIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAggregateSql, type AggregateRow } from '../../src/lib/explore/aggregate-sql.ts';
import { buildExploreTable, encodeArrowStream } from '../../src/lib/explore/arrow-table.ts';
import { buildExploreEdition } from '../../src/lib/explore/build-metadata.ts';
import type { QueryState } from '../../src/lib/explore/query-state.ts';
import { defaultState } from '../../src/lib/explore/query-state.ts';
import { quoteIdentifier, quoteString } from '../../src/lib/explore/sql-text.ts';
import { listTableColumns } from '../../src/lib/explore/table-columns.ts';
import { CONFIDENTIAL, REVISED } from '../../src/vetted/format.ts';
import { exploreDataset, readLatestFixtureEdition } from './explore-fixture.ts';

// The browser runs these queries in DuckDB-WASM 1.32 (DuckDB 1.4); this test
// runs them in the native DuckDB of @duckdb/node-api, over the same Arrow
// tables, and checks them against sums computed here from the vetted rows.
const vetted = readLatestFixtureEdition();
const edition = buildExploreEdition(vetted);
let instance: DuckDBInstance;
let connection: DuckDBConnection;

function literal(value: unknown): string {
  if (value === null) return 'NULL';
  if (typeof value === 'string') return quoteString(value);
  return String(value);
}

beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  connection = await instance.connect();
  for (const dataset of vetted.datasets) {
    const exploreTable = exploreDataset(edition, dataset.definition.id).table;
    const columns = listTableColumns(dataset.definition);
    const rows = tableFromIPC(encodeArrowStream(buildExploreTable(dataset))).toArray().map((row) => row.toJSON());
    await connection.run(`CREATE TABLE ${quoteIdentifier(exploreTable)} (${columns.map((column) => `${quoteIdentifier(column.name)} ${column.type}`).join(', ')})`);
    const values = rows.map((row) => `(${columns.map((column) => literal(row[column.name])).join(', ')})`);
    await connection.run(`INSERT INTO ${quoteIdentifier(exploreTable)} VALUES ${values.join(', ')}`);
  }
});

afterAll(() => {
  connection?.closeSync();
});

async function aggregate(state: QueryState): Promise<AggregateRow[]> {
  const dataset = exploreDataset(edition, state.dataset);
  const reader = await connection.runAndReadAll(buildAggregateSql(state, dataset));
  return reader.getRowObjectsJson() as unknown as AggregateRow[];
}

describe('explore aggregate SQL', () => {
  it('sums published cells and counts withheld ones by quarter', async () => {
    const dataset = exploreDataset(edition, 'capacity-by-technology');
    const state = { ...defaultState(dataset), measure: 'registered_capacity_mw' };
    const published = vetted.datasets.find((candidate) => candidate.definition.id === dataset.id)!;

    const rows = await aggregate(state);

    expect(rows).toHaveLength(dataset.quarters.length);
    for (const row of rows) {
      const cells = published.rows.filter((cell) => cell.quarter === row.quarter && cell.memberId !== 'all').map((cell) => cell.values.registered_capacity_mw);
      const known = cells.filter((cell): cell is number => cell !== CONFIDENTIAL);
      expect(row.member_id).toBeNull();
      expect(row.cell_count).toBe(cells.length);
      expect(row.withheld_count).toBe(cells.length - known.length);
      expect(row.known_sum).toBeCloseTo(known.reduce((total, value) => total + value, 0), 6);
      expect(row.withheld_quarters ?? []).toHaveLength(cells.length - known.length);
    }
  });

  it('groups by member over a quarter range', async () => {
    const dataset = exploreDataset(edition, 'bess-by-gsp-group');
    const state: QueryState = { ...defaultState(dataset), grouping: 'member', from: '2025-q1', to: '2025-q2', members: ['_A', '_P'] };

    const rows = await aggregate(state);
    const byMember = new Map(rows.map((row) => [row.member_id, row]));

    expect(rows).toHaveLength(2);
    expect(byMember.get('_A')).toMatchObject({ quarter: null, cell_count: 2, withheld_count: 0, known_sum: 77 + 79, known_min: 77, known_max: 79 });
    expect(byMember.get('_P')).toMatchObject({ cell_count: 2, withheld_count: 2, known_sum: null, withheld_quarters: ['2025-q1', '2025-q2'], withheld_members: ['_P', '_P'] });
  });

  it('gives one row per quarter and member', async () => {
    const dataset = exploreDataset(edition, 'fsps-qualified-by-product');
    const state: QueryState = { ...defaultState(dataset), grouping: 'quarter-member', from: '2025-q4', to: '2025-q4' };

    const rows = await aggregate(state);

    expect(rows).toHaveLength(state.members.length);
    expect(rows.every((row) => row.cell_count === 1)).toBe(true);
  });

  it('counts revised cells by quarter', async () => {
    const dataset = exploreDataset(edition, 'capacity-by-technology');
    const published = vetted.datasets.find((candidate) => candidate.definition.id === dataset.id)!;
    const state = { ...defaultState(dataset), measure: 'registered_capacity_mw' };

    const rows = await aggregate(state);

    for (const row of rows) {
      const revised = published.rows.filter(
        (cell) => cell.quarter === row.quarter && state.members.includes(cell.memberId) && cell.statuses.registered_capacity_mw === REVISED,
      );
      expect(row.revised_count, row.quarter ?? '').toBe(revised.length);
    }
    expect(rows.some((row) => row.revised_count > 0)).toBe(true);
  });

  it('quotes member ids', () => {
    const dataset = exploreDataset(edition, 'bess-by-gsp-group');
    const sql = buildAggregateSql({ ...defaultState(dataset), members: ["_A'; DROP TABLE x; --"] }, dataset);

    expect(sql).toContain('IN (NULL)');
  });
});
