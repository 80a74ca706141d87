import { z } from 'zod';
import type { Warehouse } from '../warehouse/warehouse.ts';
import type { DatasetLoader } from './definition.ts';
import type { Quarter } from './quarters.ts';
import { cellStatisticsSql } from './sql.ts';

/** Contributor statistics of one cell as the warehouse returns them. */
export interface CellStatistics {
  value: number;
  contributors: number;
  largest: number[];
}

/** What a loader returns: statistics per series, quarter, member and measure. */
export interface LoadedDataset {
  loader: DatasetLoader;
  quarters: readonly Quarter[];
  /** Quarter-end stocks; a cell with no contribution is absent (zero). */
  stocks: Map<string, CellStatistics>;
  /** Net changes within each quarter, for datasets with time differencing. */
  changes: Map<string, CellStatistics>;
}

/** Key of a loaded cell within its dataset. */
export function loadedCellKey(quarter: string, member: string, measure: string): string {
  return `${quarter}|${member}|${measure}`;
}

/**
 * Runs a dataset's aggregation in the warehouse and validates every row it
 * returns. Throws naming the dataset, the row and the column that is wrong.
 */
export async function loadDataset(
  warehouse: Warehouse,
  loader: DatasetLoader,
  quarters: readonly Quarter[],
): Promise<LoadedDataset> {
  const last = quarters[quarters.length - 1];
  const sql = cellStatisticsSql(quarters, loader.contributionsSql(last.index));
  const rows = await warehouse.query(sql);

  const schema = rowSchema(loader, quarters);
  const loaded: LoadedDataset = { loader, quarters, stocks: new Map(), changes: new Map() };
  for (const [index, row] of rows.entries()) {
    const parsed = schema.safeParse(row);
    if (!parsed.success) throw invalidRowError(loader, index, row, parsed.error);

    const cell = parsed.data;
    const target = cell.series === 'stock' ? loaded.stocks : loaded.changes;
    const largest = [cell.largest_1, cell.largest_2, cell.largest_3].filter((value): value is number => value !== null);
    target.set(loadedCellKey(cell.quarter, cell.member, cell.measure), {
      value: cell.value,
      contributors: cell.contributors,
      largest,
    });
  }
  return loaded;
}

function rowSchema(loader: DatasetLoader, quarters: readonly Quarter[]) {
  const members = [...loader.members.map((member) => member.id), loader.definition.dimension.total.id];
  const measures = loader.definition.measures.map((measure) => measure.column);
  const largest = z.number().nonnegative().nullable();

  return z.object({
    series: z.enum(['stock', 'change']),
    quarter: z.enum(quarters.map((quarter) => quarter.label) as [string, ...string[]]),
    member: z.enum(members as [string, ...string[]], {
      error: (issue) => `unknown ${loader.definition.dimension.label.toLowerCase()} ${JSON.stringify(issue.input)}`,
    }),
    measure: z.enum(measures as [string, ...string[]]),
    value: z.number().refine(Number.isFinite, 'not a finite number'),
    contributors: z.number().int().nonnegative(),
    largest_1: largest,
    largest_2: largest,
    largest_3: largest,
  });
}

function invalidRowError(loader: DatasetLoader, index: number, row: unknown, error: z.ZodError): Error {
  const problems = error.issues.map((issue) => `column ${issue.path.join('.')}: ${issue.message}`);
  return new Error(
    `Data loader ${loader.definition.id}: row ${index + 1} returned by the warehouse is invalid (${problems.join('; ')}). Row: ${JSON.stringify(row)}`,
  );
}
