/** Summary of a sample run: its row counts and totals, and the lines the command prints. */
import type { DuckDbWarehouse } from '../warehouse/duckdb.ts';
import { TABLES } from '../warehouse/schema.ts';
import type { SampleOptions } from './options.ts';

export interface SampleSummary extends SampleOptions {
  /** Path of the warehouse file written. */
  warehousePath: string;
  /** Number of rows in each warehouse table, by table name, in schema order. */
  rowCounts: Record<string, number>;
  /** Number of assets in each asset category, largest first. */
  assetsByCategory: Record<string, number>;
  /** Total registered capacity of all assets, in MW. */
  registeredCapacityMw: number;
  /** Number of qualifications in each status, in alphabetical order. */
  qualificationsByStatus: Record<string, number>;
}

/** Queries the counts and totals of a SampleSummary from a filled warehouse. */
export async function summariseSample(
  warehouse: DuckDbWarehouse,
  options: SampleOptions & { warehousePath: string },
): Promise<SampleSummary> {
  const rowCounts: Record<string, number> = {};
  for (const table of TABLES) {
    const rows = await warehouse.query(`SELECT count(*)::INTEGER AS row_count FROM ${table.name}`);
    rowCounts[table.name] = Number(rows[0].row_count);
  }

  const categories = await warehouse.query(
    'SELECT category_id, count(*)::INTEGER AS assets FROM assets GROUP BY category_id ORDER BY assets DESC, category_id',
  );
  const capacity = await warehouse.query('SELECT coalesce(sum(registered_capacity_mw), 0)::DOUBLE AS mw FROM assets');
  const statuses = await warehouse.query(
    'SELECT status, count(*)::INTEGER AS qualifications FROM qualifications GROUP BY status ORDER BY status',
  );

  return {
    warehousePath: options.warehousePath,
    seed: options.seed,
    assets: options.assets,
    asOf: options.asOf,
    rowCounts,
    assetsByCategory: Object.fromEntries(categories.map((row) => [String(row.category_id), Number(row.assets)])),
    registeredCapacityMw: Number(capacity[0].mw),
    qualificationsByStatus: Object.fromEntries(statuses.map((row) => [String(row.status), Number(row.qualifications)])),
  };
}

/** Returns the lines that report a sample run to the user. */
export function formatSampleSummary(summary: SampleSummary): string[] {
  const list = (counts: Record<string, number>) =>
    Object.entries(counts)
      .map(([name, count]) => `${name} ${formatCount(count)}`)
      .join(', ');

  return [
    `Wrote a synthetic sample warehouse to ${summary.warehousePath} (seed ${summary.seed}, as of ${summary.asOf}).`,
    `Rows: ${list(summary.rowCounts)}`,
    `Assets by category: ${list(summary.assetsByCategory)}`,
    `Registered capacity: ${formatCount(Math.round(summary.registeredCapacityMw))} MW`,
    `Qualifications by status: ${list(summary.qualificationsByStatus)}`,
  ];
}

function formatCount(count: number): string {
  return count.toLocaleString('en-GB');
}
