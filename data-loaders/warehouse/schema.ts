/**
 * The warehouse schema: the FMAR tables (ARM, SPUM, PSQM) and the reference
 * tables that every warehouse source holds, whatever engine it runs on.
 *
 * A DuckDB file, a folder of CSV or Parquet extracts and a PostgreSQL database
 * all read this one schema. docs/warehouse-schema.md is written from it.
 */

export const SCHEMA_VERSION = '1';

/** Column types, named by meaning; each adapter maps them to its engine's types. */
export type ColumnType = 'text' | 'date' | 'decimal' | 'integer';

export interface ColumnDefinition {
  name: string;
  type: ColumnType;
  nullable: boolean;
  description: string;
  /** Table whose key this column refers to, when it is a foreign key. */
  references?: string;
  /** Values the column may take, when it is a code list. */
  values?: readonly string[];
}

export interface TableDefinition {
  name: string;
  module: 'ARM' | 'SPUM' | 'PSQM' | 'reference';
  description: string;
  primaryKey: readonly string[];
  columns: readonly ColumnDefinition[];
}

/** Most decimal places a value of a decimal column may have. */
export const DECIMAL_PLACES = 3;

export const ORGANISATION_ROLES = ['FSP', 'SO'] as const;
export const VALIDATION_STATUSES = ['Pending Validation', 'Verified', 'Query'] as const;
export const MARKET_UNIT_TYPES = ['SPU', 'SPG'] as const;
export const QUALIFICATION_STATUSES = ['applied', 'qualified', 'failed', 'withdrawn', 'expired'] as const;

export const TABLES: readonly TableDefinition[] = [
  {
    name: 'warehouse_info',
    module: 'reference',
    description: 'Facts about the snapshot: one row a key (schema_version, as_of, source).',
    primaryKey: ['key'],
    columns: [
      { name: 'key', type: 'text', nullable: false, description: 'Name of the fact.' },
      { name: 'value', type: 'text', nullable: false, description: 'Its value; as_of is an ISO date (YYYY-MM-DD).' },
    ],
  },
  {
    name: 'organisations',
    module: 'SPUM',
    description: 'Organisations registered in SPUM: flexibility service providers and system operators.',
    primaryKey: ['org_id'],
    columns: [
      { name: 'org_id', type: 'text', nullable: false, description: 'SPUM organisation id.' },
      { name: 'name', type: 'text', nullable: false, description: 'Registered name. Never published.' },
      { name: 'company_number', type: 'text', nullable: true, description: 'Companies House number. Never published.' },
      {
        name: 'enterprise_group_id',
        type: 'text',
        nullable: false,
        description: 'Enterprise group the organisation belongs to: the unit that disclosure control protects.',
      },
      { name: 'role', type: 'text', nullable: false, description: 'FSP (flexibility service provider) or SO (system operator).', values: ORGANISATION_ROLES },
      { name: 'registered_on', type: 'date', nullable: false, description: 'Date of registration in SPUM.' },
    ],
  },
  {
    name: 'gsps',
    module: 'reference',
    description: 'Grid supply points and the GSP group each one sits in.',
    primaryKey: ['gsp_id'],
    columns: [
      { name: 'gsp_id', type: 'text', nullable: false, description: 'GSP id.' },
      { name: 'gsp_name', type: 'text', nullable: false, description: 'GSP name.' },
      { name: 'gsp_group_id', type: 'text', nullable: false, description: 'GSP group, _A to _P.' },
    ],
  },
  {
    name: 'assets',
    module: 'ARM',
    description: 'Flexible assets registered in ARM: one device or site at one accounting point.',
    primaryKey: ['asset_id'],
    columns: [
      { name: 'asset_id', type: 'text', nullable: false, description: 'FMAR asset id. Never published.' },
      { name: 'fsp_org_id', type: 'text', nullable: false, description: 'Owning FSP.', references: 'organisations' },
      { name: 'category_id', type: 'text', nullable: false, description: 'Asset category id (see the asset categories).' },
      { name: 'registered_capacity_mw', type: 'decimal', nullable: false, description: 'Registered capacity in MW, three decimal places.' },
      { name: 'storage_mwh', type: 'decimal', nullable: true, description: 'Energy storage capacity in MWh, for storage assets.' },
      { name: 'mpan', type: 'text', nullable: true, description: 'Accounting point: the 13-digit MPAN core. Never published.' },
      { name: 'gsp_id', type: 'text', nullable: true, description: 'GSP the asset connects behind; null when not allocated.', references: 'gsps' },
      { name: 'gsp_group_id', type: 'text', nullable: true, description: 'GSP group, _A to _P; null when the asset lies in no GSP region.' },
      { name: 'postcode', type: 'text', nullable: true, description: 'Site postcode. Never published.' },
      { name: 'validation_status', type: 'text', nullable: false, description: 'ARM validation status.', values: VALIDATION_STATUSES },
      { name: 'registered_on', type: 'date', nullable: false, description: 'Date the asset was registered.' },
      { name: 'deregistered_on', type: 'date', nullable: true, description: 'Date the asset left the register; null while registered.' },
    ],
  },
  {
    name: 'market_units',
    module: 'PSQM',
    description: 'Market units: an SPU (assets at one accounting point) or an SPG (a group across several).',
    primaryKey: ['market_unit_id'],
    columns: [
      { name: 'market_unit_id', type: 'text', nullable: false, description: 'Market unit id.' },
      { name: 'unit_type', type: 'text', nullable: false, description: 'SPU or SPG.', values: MARKET_UNIT_TYPES },
      { name: 'fsp_org_id', type: 'text', nullable: false, description: 'Owning FSP.', references: 'organisations' },
      { name: 'registered_on', type: 'date', nullable: false, description: 'Date the market unit was registered.' },
    ],
  },
  {
    name: 'market_unit_assets',
    module: 'PSQM',
    description: 'The assets in each market unit.',
    primaryKey: ['market_unit_id', 'asset_id'],
    columns: [
      { name: 'market_unit_id', type: 'text', nullable: false, description: 'Market unit.', references: 'market_units' },
      { name: 'asset_id', type: 'text', nullable: false, description: 'Asset in it.', references: 'assets' },
    ],
  },
  {
    name: 'products',
    module: 'PSQM',
    description: 'Flexibility products that market units qualify for.',
    primaryKey: ['product_id'],
    columns: [
      { name: 'product_id', type: 'text', nullable: false, description: 'Product id.' },
      { name: 'product_name', type: 'text', nullable: false, description: 'Product name.' },
      { name: 'procurer', type: 'text', nullable: false, description: 'Who procures it: NESO or the DSOs named.' },
      { name: 'service_family', type: 'text', nullable: false, description: 'Service family (response, reserve, constraint management...).' },
    ],
  },
  {
    name: 'qualifications',
    module: 'PSQM',
    description: 'Qualification of a market unit against a product. A unit is qualified on the days from valid_from up to and including valid_to.',
    primaryKey: ['qualification_id'],
    columns: [
      { name: 'qualification_id', type: 'text', nullable: false, description: 'Qualification id.' },
      { name: 'market_unit_id', type: 'text', nullable: false, description: 'Market unit.', references: 'market_units' },
      { name: 'product_id', type: 'text', nullable: false, description: 'Product.', references: 'products' },
      { name: 'status', type: 'text', nullable: false, description: 'Current status.', values: QUALIFICATION_STATUSES },
      { name: 'applied_on', type: 'date', nullable: false, description: 'Date of application.' },
      { name: 'decided_on', type: 'date', nullable: true, description: 'Date of the decision; null while applied.' },
      { name: 'valid_from', type: 'date', nullable: true, description: 'First day qualified; null if never qualified.' },
      { name: 'valid_to', type: 'date', nullable: true, description: 'Last day qualified; null while the qualification stands.' },
    ],
  },
];

/** Returns the definition of a table, or throws naming the unknown table. */
export function tableDefinition(name: string): TableDefinition {
  const table = TABLES.find((candidate) => candidate.name === name);
  if (!table) throw new Error(`Unknown warehouse table "${name}"`);
  return table;
}
