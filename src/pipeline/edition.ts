import type { Warehouse } from '../../data-loaders/warehouse/warehouse.ts';
import {
  latestCompleteQuarter,
  parseQuarter,
  quarterOfDate,
  quarterRange,
  type Quarter,
} from '../../data-loaders/datasets/quarters.ts';

export interface EditionPeriod {
  edition: Quarter;
  /** Every quarter of the series, from the first registration to the edition. */
  quarters: Quarter[];
  /** Date the warehouse snapshot describes, from warehouse_info. */
  asOf: string;
}

/**
 * Works out the edition and its quarters from the warehouse. Without a
 * requested edition it takes the latest quarter that ended on or before the
 * warehouse's as-of date; it never reads the clock.
 */
export async function resolveEditionPeriod(warehouse: Warehouse, requested?: string): Promise<EditionPeriod> {
  const asOf = await readAsOf(warehouse);
  const latest = latestCompleteQuarter(asOf);
  const edition = requested ? parseQuarter(requested) : latest;
  if (edition.index > latest.index) {
    throw new Error(
      `Edition ${edition.label} ends on ${edition.end}, after the warehouse's as-of date ${asOf}; the latest complete quarter is ${latest.label}`,
    );
  }

  const rows = await warehouse.query('SELECT CAST(MIN(registered_on) AS VARCHAR) AS first_registered FROM assets');
  const firstRegistered = rows[0]?.first_registered;
  if (typeof firstRegistered !== 'string') throw new Error(`The warehouse (${warehouse.description}) holds no assets`);

  const first = quarterOfDate(firstRegistered);
  if (first.index > edition.index) {
    throw new Error(`Edition ${edition.label} ends before the first asset was registered (${firstRegistered})`);
  }
  return { edition, quarters: quarterRange(first, edition), asOf };
}

async function readAsOf(warehouse: Warehouse): Promise<string> {
  const rows = await warehouse.query("SELECT value FROM warehouse_info WHERE key = 'as_of'");
  const asOf = rows[0]?.value;
  if (typeof asOf !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
    throw new Error(
      `Table warehouse_info, key as_of: expected an ISO date (YYYY-MM-DD), found ${JSON.stringify(asOf ?? null)} in ${warehouse.description}`,
    );
  }
  return asOf;
}
