/**
 * The data-quality gate's checks: FMAR's own rules, which every warehouse must
 * keep before any report is built. Each check is an SQL condition that is
 * true for an offending row of one table, aliased t. Reports identify the row
 * by its `key` column and name `column` as the one the rule is about.
 */
import { ASSET_CATEGORIES, GSP_GROUPS, PRODUCTS } from '../reference/index.ts';
import { literal } from '../datasets/sql.ts';
import { DECIMAL_PLACES, TABLES, type TableDefinition } from '../warehouse/schema.ts';

export interface Check {
  id: string;
  table: string;
  column: string;
  key: string;
  rule: string;
  offending: string;
}

/** Capacity above which one asset is taken to be a mistake: larger than any GB site. */
export const ABSURD_CAPACITY_MW = 5000;

const inList = (values: readonly string[]) => values.map(literal).join(', ');
const AS_OF = "(SELECT CAST(value AS DATE) FROM warehouse_info WHERE key = 'as_of')";

const ASSET_CHECKS: Check[] = [
  {
    id: 'asset-id-unique',
    table: 'assets',
    column: 'asset_id',
    key: 'asset_id',
    rule: 'must be unique',
    offending: 't.asset_id IN (SELECT asset_id FROM assets GROUP BY asset_id HAVING COUNT(*) > 1)',
  },
  {
    id: 'asset-fsp-exists',
    table: 'assets',
    column: 'fsp_org_id',
    key: 'asset_id',
    rule: 'must refer to an organisation',
    offending: 'NOT EXISTS (SELECT 1 FROM organisations o WHERE o.org_id = t.fsp_org_id)',
  },
  {
    id: 'asset-category-known',
    table: 'assets',
    column: 'category_id',
    key: 'asset_id',
    rule: 'must be a known asset category',
    offending: `t.category_id NOT IN (${inList(ASSET_CATEGORIES.map((category) => category.id))})`,
  },
  {
    id: 'asset-gsp-group-known',
    table: 'assets',
    column: 'gsp_group_id',
    key: 'asset_id',
    rule: 'must be a GSP group from _A to _P, or empty when unallocated',
    offending: `t.gsp_group_id IS NOT NULL AND t.gsp_group_id NOT IN (${inList(GSP_GROUPS.map((group) => group.id))})`,
  },
  {
    id: 'asset-gsp-exists',
    table: 'assets',
    column: 'gsp_id',
    key: 'asset_id',
    rule: 'must refer to a GSP',
    offending: 't.gsp_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM gsps g WHERE g.gsp_id = t.gsp_id)',
  },
  {
    id: 'asset-gsp-group-matches-gsp',
    table: 'assets',
    column: 'gsp_group_id',
    key: 'asset_id',
    rule: "must be the GSP group of the asset's GSP",
    offending: 'EXISTS (SELECT 1 FROM gsps g WHERE g.gsp_id = t.gsp_id AND (t.gsp_group_id IS NULL OR g.gsp_group_id <> t.gsp_group_id))',
  },
  {
    id: 'asset-capacity-not-negative',
    table: 'assets',
    column: 'registered_capacity_mw',
    key: 'asset_id',
    rule: 'must not be negative',
    offending: 't.registered_capacity_mw < 0',
  },
  {
    id: 'asset-capacity-plausible',
    table: 'assets',
    column: 'registered_capacity_mw',
    key: 'asset_id',
    rule: `should not exceed ${ABSURD_CAPACITY_MW} MW`,
    offending: `t.registered_capacity_mw > ${ABSURD_CAPACITY_MW}`,
  },
  {
    id: 'asset-storage-not-negative',
    table: 'assets',
    column: 'storage_mwh',
    key: 'asset_id',
    rule: 'must not be negative',
    offending: 't.storage_mwh < 0',
  },
  {
    id: 'asset-dates-in-order',
    table: 'assets',
    column: 'deregistered_on',
    key: 'asset_id',
    rule: 'must not be before registered_on',
    offending: 't.deregistered_on < t.registered_on',
  },
  {
    id: 'asset-registered-by-as-of',
    table: 'assets',
    column: 'registered_on',
    key: 'asset_id',
    rule: "must not be after the warehouse's as-of date",
    offending: `t.registered_on > ${AS_OF} OR t.deregistered_on > ${AS_OF}`,
  },
  {
    id: 'asset-accounting-point-one-fsp',
    table: 'assets',
    column: 'mpan',
    key: 'asset_id',
    rule: 'should belong to one FSP: the accounting point is registered by several',
    offending: 't.mpan IN (SELECT mpan FROM assets WHERE mpan IS NOT NULL GROUP BY mpan HAVING COUNT(DISTINCT fsp_org_id) > 1)',
  },
];

const ORGANISATION_CHECKS: Check[] = [
  {
    id: 'organisation-id-unique',
    table: 'organisations',
    column: 'org_id',
    key: 'org_id',
    rule: 'must be unique',
    offending: 't.org_id IN (SELECT org_id FROM organisations GROUP BY org_id HAVING COUNT(*) > 1)',
  },
];

const MARKET_UNIT_CHECKS: Check[] = [
  {
    id: 'market-unit-fsp-exists',
    table: 'market_units',
    column: 'fsp_org_id',
    key: 'market_unit_id',
    rule: 'must refer to an organisation',
    offending: 'NOT EXISTS (SELECT 1 FROM organisations o WHERE o.org_id = t.fsp_org_id)',
  },
  {
    id: 'market-unit-member-exists',
    table: 'market_unit_assets',
    column: 'asset_id',
    key: 'market_unit_id',
    rule: 'must refer to an asset and a market unit',
    offending:
      'NOT EXISTS (SELECT 1 FROM assets a WHERE a.asset_id = t.asset_id) OR NOT EXISTS (SELECT 1 FROM market_units m WHERE m.market_unit_id = t.market_unit_id)',
  },
  {
    id: 'market-unit-member-same-fsp',
    table: 'market_unit_assets',
    column: 'asset_id',
    key: 'market_unit_id',
    rule: "should be owned by the market unit's FSP",
    // Uncorrelated on purpose: DuckDB 1.5 runs the correlated form row by row.
    offending: `t.market_unit_id || '|' || t.asset_id IN (
      SELECT x.market_unit_id || '|' || x.asset_id FROM market_unit_assets x
      JOIN assets a ON a.asset_id = x.asset_id JOIN market_units m ON m.market_unit_id = x.market_unit_id
      WHERE a.fsp_org_id <> m.fsp_org_id)`,
  },
  {
    id: 'spu-one-accounting-point',
    table: 'market_units',
    column: 'unit_type',
    key: 'market_unit_id',
    rule: 'SPU should hold assets at one accounting point only',
    offending: `t.unit_type = 'SPU' AND t.market_unit_id IN (
      SELECT x.market_unit_id FROM market_unit_assets x JOIN assets a ON a.asset_id = x.asset_id
      GROUP BY x.market_unit_id HAVING COUNT(DISTINCT a.mpan) > 1)`,
  },
];

const QUALIFICATION_CHECKS: Check[] = [
  {
    id: 'qualification-market-unit-exists',
    table: 'qualifications',
    column: 'market_unit_id',
    key: 'qualification_id',
    rule: 'must refer to a market unit',
    offending: 'NOT EXISTS (SELECT 1 FROM market_units m WHERE m.market_unit_id = t.market_unit_id)',
  },
  {
    id: 'qualification-product-known',
    table: 'qualifications',
    column: 'product_id',
    key: 'qualification_id',
    rule: 'must be a product of the catalogue',
    offending: `t.product_id NOT IN (${inList(PRODUCTS.map((product) => product.id))})`,
  },
  {
    id: 'qualification-dates-in-order',
    table: 'qualifications',
    column: 'valid_to',
    key: 'qualification_id',
    rule: 'must keep applied_on <= decided_on and valid_from <= valid_to',
    offending: 't.decided_on < t.applied_on OR t.valid_to < t.valid_from',
  },
  {
    id: 'qualification-by-as-of',
    table: 'qualifications',
    column: 'applied_on',
    key: 'qualification_id',
    rule: "must not be after the warehouse's as-of date",
    offending: `t.applied_on > ${AS_OF} OR t.decided_on > ${AS_OF} OR t.valid_from > ${AS_OF}`,
  },
  {
    id: 'qualification-status-consistent',
    table: 'qualifications',
    column: 'status',
    key: 'qualification_id',
    rule: "should agree with the dates: qualified and expired need valid_from, applied has no decision, expired needs valid_to",
    offending:
      "(t.status IN ('qualified', 'expired') AND t.valid_from IS NULL) OR (t.status = 'applied' AND t.decided_on IS NOT NULL) OR (t.status = 'expired' AND t.valid_to IS NULL)",
  },
  {
    id: 'qualification-after-unit-registered',
    table: 'qualifications',
    column: 'valid_from',
    key: 'qualification_id',
    rule: 'should not start before its market unit was registered',
    offending: 'EXISTS (SELECT 1 FROM market_units m WHERE m.market_unit_id = t.market_unit_id AND t.valid_from < m.registered_on)',
  },
];

/** A check id from a table and column name: `assets`, `validation_status` gives `assets-validation-status`. */
const schemaCheckId = (table: TableDefinition, column: string, rule: string) =>
  `${table.name}-${column}-${rule}`.replaceAll('_', '-');

/**
 * Checks generated from the schema, so that its code lists are kept in one place.
 * A code-list column must match one of its values exactly, case included.
 * A decimal column may have at most DECIMAL_PLACES decimal places.
 */
const SCHEMA_CHECKS: Check[] = TABLES.flatMap((table) =>
  table.columns.flatMap((column): Check[] => {
    const common = { table: table.name, column: column.name, key: table.primaryKey[0] };
    if (column.values) {
      return [
        {
          ...common,
          id: schemaCheckId(table, column.name, 'allowed'),
          rule: `must be one of ${column.values.join(', ')}`,
          offending: `t.${column.name} NOT IN (${inList(column.values)})`,
        },
      ];
    }
    if (column.type === 'decimal') {
      return [
        {
          ...common,
          id: schemaCheckId(table, column.name, 'decimal-places'),
          rule: `must have at most ${DECIMAL_PLACES} decimal places`,
          offending: `t.${column.name} <> ROUND(t.${column.name}, ${DECIMAL_PLACES})`,
        },
      ];
    }
    return [];
  }),
);

export const CHECKS: readonly Check[] = [
  ...SCHEMA_CHECKS,
  ...ORGANISATION_CHECKS,
  ...ASSET_CHECKS,
  ...MARKET_UNIT_CHECKS,
  ...QUALIFICATION_CHECKS,
];
