import { PRODUCTS, findGspGroup } from '../../reference/index.ts';
import { tableDefinition } from '../../warehouse/schema.ts';
import type { Value } from '../../warehouse/writer.ts';
import type { GspRegion } from './gsp-regions.ts';
import { synthesiseMpanCore } from './mpan.ts';
import type { OrganisationRecord } from './organisations.ts';
import type { Placement } from './place-sites.ts';
import type { Site } from './select-sites.ts';
import type { MarketUnit, Qualification } from './synthesise-market.ts';

/** Rows for every table the importer fills, each in its table's column order. */
export type WarehouseRows = Record<
  'organisations' | 'gsps' | 'assets' | 'market_units' | 'market_unit_assets' | 'products' | 'qualifications',
  Value[][]
>;

/** A site as it enters ARM: the REPD site, its placement and its organisation. */
export interface AssetInput {
  site: Site;
  placement: Placement;
  fspOrgId: string;
}

/** Returns the ARM asset id of a REPD site. */
export function assetIdOf(refId: string): string {
  return `REPD-${refId}`;
}

/** Builds the rows of every table from the import's records. */
export function buildWarehouseRows(input: {
  organisations: readonly OrganisationRecord[];
  regions: readonly GspRegion[];
  assets: readonly AssetInput[];
  marketUnits: readonly MarketUnit[];
  qualifications: readonly Qualification[];
}): WarehouseRows {
  return {
    organisations: toRows('organisations', input.organisations.map(organisationColumns)),
    gsps: toRows('gsps', input.regions.map((region) => ({ gsp_id: region.gspId, gsp_name: region.gspName, gsp_group_id: region.gspGroupId }))),
    assets: toRows('assets', input.assets.map(assetColumns)),
    market_units: toRows('market_units', input.marketUnits.map(marketUnitColumns)),
    market_unit_assets: toRows(
      'market_unit_assets',
      input.marketUnits.flatMap((unit) => unit.assetIds.map((assetId) => ({ market_unit_id: unit.marketUnitId, asset_id: assetId }))),
    ),
    products: toRows('products', PRODUCTS.map((product) => ({
      product_id: product.id,
      product_name: product.name,
      procurer: product.procurer,
      service_family: product.serviceFamily,
    }))),
    qualifications: toRows('qualifications', input.qualifications.map(qualificationColumns)),
  };
}

function organisationColumns(organisation: OrganisationRecord): Record<string, Value> {
  return {
    org_id: organisation.orgId,
    name: organisation.name,
    // REPD carries no Companies House numbers.
    company_number: null,
    enterprise_group_id: organisation.enterpriseGroupId,
    role: 'FSP',
    registered_on: organisation.registeredOn,
  };
}

function assetColumns({ site, placement, fspOrgId }: AssetInput): Record<string, Value> {
  const group = placement.gspGroupId === null ? undefined : findGspGroup(placement.gspGroupId);
  return {
    asset_id: assetIdOf(site.refId),
    fsp_org_id: fspOrgId,
    category_id: site.categoryId,
    registered_capacity_mw: site.capacityMw.toFixed(3),
    storage_mwh: null,
    mpan: group === undefined ? null : synthesiseMpanCore(group.distributorId, Number(site.refId)),
    gsp_id: placement.gspId,
    gsp_group_id: placement.gspGroupId,
    postcode: site.postcode,
    validation_status: 'Verified',
    registered_on: site.registeredOn,
    deregistered_on: null,
  };
}

function marketUnitColumns(unit: MarketUnit): Record<string, Value> {
  return {
    market_unit_id: unit.marketUnitId,
    unit_type: unit.unitType,
    fsp_org_id: unit.fspOrgId,
    registered_on: unit.registeredOn,
  };
}

function qualificationColumns(qualification: Qualification): Record<string, Value> {
  return {
    qualification_id: qualification.qualificationId,
    market_unit_id: qualification.marketUnitId,
    product_id: qualification.productId,
    status: qualification.status,
    applied_on: qualification.appliedOn,
    decided_on: qualification.decidedOn,
    valid_from: qualification.validFrom,
    valid_to: qualification.validTo,
  };
}

/**
 * Orders each record's values by the table's columns. Throws naming the
 * table and column when a record lacks a column or has one the table does
 * not, so that a schema change cannot shift values into the wrong columns.
 */
function toRows(table: string, records: readonly Record<string, Value>[]): Value[][] {
  const columns = tableDefinition(table).columns.map((column) => column.name);

  return records.map((record) => {
    for (const key of Object.keys(record)) {
      if (!columns.includes(key)) throw new Error(`Table ${table} has no column "${key}"`);
    }
    return columns.map((column) => {
      if (!(column in record)) throw new Error(`Row for table ${table} has no value for column "${column}"`);
      return record[column];
    });
  });
}
