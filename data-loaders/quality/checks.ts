/**
 * Checks the warehouse must pass before any dataset is loaded: the rules the
 * data loaders rely on. Each check is a query for offending rows; the error
 * names the table, the column and the first rows that break the rule.
 */
import { ASSET_CATEGORIES, GSP_GROUPS, PRODUCTS } from '../reference/index.ts';
import { literal } from '../datasets/sql.ts';
import type { Warehouse } from '../warehouse/warehouse.ts';

/** How many offending rows an error lists before it only counts the rest. */
const ROWS_SHOWN = 5;

export interface Check {
  table: string;
  column: string;
  rule: string;
  /** Key column that identifies an offending row in the message. */
  key: string;
  /** Condition that holds for an offending row of `table` (aliased t). */
  offending: string;
}

const inList = (values: readonly string[]) => values.map(literal).join(', ');

export const CHECKS: readonly Check[] = [
  {
    table: 'assets',
    column: 'category_id',
    rule: 'must be a known asset category',
    key: 'asset_id',
    offending: `t.category_id NOT IN (${inList(ASSET_CATEGORIES.map((category) => category.id))})`,
  },
  {
    table: 'assets',
    column: 'gsp_group_id',
    rule: 'must be a GSP group from _A to _P, or empty when unallocated',
    key: 'asset_id',
    offending: `t.gsp_group_id IS NOT NULL AND t.gsp_group_id NOT IN (${inList(GSP_GROUPS.map((group) => group.id))})`,
  },
  {
    table: 'assets',
    column: 'registered_capacity_mw',
    rule: 'must not be negative',
    key: 'asset_id',
    offending: 't.registered_capacity_mw < 0',
  },
  {
    table: 'assets',
    column: 'fsp_org_id',
    rule: 'must refer to an organisation',
    key: 'asset_id',
    offending: 'NOT EXISTS (SELECT 1 FROM organisations o WHERE o.org_id = t.fsp_org_id)',
  },
  {
    table: 'assets',
    column: 'deregistered_on',
    rule: 'must not be before registered_on',
    key: 'asset_id',
    offending: 't.deregistered_on < t.registered_on',
  },
  {
    table: 'assets',
    column: 'registered_on',
    rule: "must not be after the warehouse's as-of date",
    key: 'asset_id',
    offending: "t.registered_on > (SELECT CAST(value AS DATE) FROM warehouse_info WHERE key = 'as_of')",
  },
  {
    table: 'market_units',
    column: 'fsp_org_id',
    rule: 'must refer to an organisation',
    key: 'market_unit_id',
    offending: 'NOT EXISTS (SELECT 1 FROM organisations o WHERE o.org_id = t.fsp_org_id)',
  },
  {
    table: 'qualifications',
    column: 'market_unit_id',
    rule: 'must refer to a market unit',
    key: 'qualification_id',
    offending: 'NOT EXISTS (SELECT 1 FROM market_units m WHERE m.market_unit_id = t.market_unit_id)',
  },
  {
    table: 'qualifications',
    column: 'product_id',
    rule: 'must be a product of the catalogue',
    key: 'qualification_id',
    offending: `t.product_id NOT IN (${inList(PRODUCTS.map((product) => product.id))})`,
  },
  {
    table: 'qualifications',
    column: 'valid_to',
    rule: 'must not be before valid_from',
    key: 'qualification_id',
    offending: 't.valid_to < t.valid_from',
  },
];

/** Runs every check and throws one error that lists each rule broken, with the rows that break it. */
export async function checkWarehouse(warehouse: Warehouse, checks: readonly Check[] = CHECKS): Promise<void> {
  const failures: string[] = [];
  for (const check of checks) {
    const failure = await runCheck(warehouse, check);
    if (failure) failures.push(failure);
  }
  if (failures.length > 0) {
    throw new Error(`The warehouse (${warehouse.description}) failed ${failures.length} check${failures.length > 1 ? 's' : ''}:\n  ${failures.join('\n  ')}`);
  }
}

async function runCheck(warehouse: Warehouse, check: Check): Promise<string | undefined> {
  const rows = await warehouse.query(`
    SELECT CAST(t.${check.key} AS VARCHAR) AS row_key, CAST(t.${check.column} AS VARCHAR) AS value,
      CAST(COUNT(*) OVER () AS INTEGER) AS offending_rows
    FROM ${check.table} t
    WHERE ${check.offending}
    ORDER BY t.${check.key}
    LIMIT ${ROWS_SHOWN}`);
  if (rows.length === 0) return undefined;

  const shown = rows.map((row) => `${check.key} ${row.row_key} (${row.value === null ? 'empty' : JSON.stringify(row.value)})`);
  const total = Number(rows[0].offending_rows);
  const more = total > rows.length ? ` and ${total - rows.length} more` : '';
  return `table ${check.table}, column ${check.column} ${check.rule}: ${shown.join(', ')}${more}`;
}
