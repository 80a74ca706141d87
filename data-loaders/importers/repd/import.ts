import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ASSET_CATEGORIES, PRODUCTS } from '../../reference/index.ts';
import { appendRows, writeWarehouseFile } from '../../warehouse/writer.ts';
import { GspLocator } from './gsp-locator.ts';
import { readGspRegions } from './gsp-regions.ts';
import { buildOrganisations } from './organisations.ts';
import { placeSites } from './place-sites.ts';
import { assertEligibilityTable } from './product-eligibility.ts';
import { readRepdCsv } from './read-csv.ts';
import { DROP_REASONS, selectSites, type DropReason } from './select-sites.ts';
import type { ImportSummary } from './summary.ts';
import { synthesiseMarket, type Qualification } from './synthesise-market.ts';
import { assetIdOf, buildWarehouseRows, type AssetInput, type WarehouseRows } from './warehouse-rows.ts';

export interface ImportRepdOptions {
  /** REPD extract (CSV, UTF-8 or Windows-1252). */
  csvPath: string;
  /** GSP regions as a GeoJSON FeatureCollection in WGS84. */
  gspBoundariesPath: string;
  /** DuckDB warehouse file to write. An existing file is replaced only when the import succeeds. */
  warehousePath: string;
  /** Receives progress lines. Without it the import logs nothing. */
  log?: (line: string) => void;
}

const TABLE_ORDER: readonly (keyof WarehouseRows)[] = [
  'organisations',
  'gsps',
  'assets',
  'market_units',
  'market_unit_assets',
  'products',
  'qualifications',
];

/**
 * Imports a REPD extract into a new DuckDB warehouse: operational GB sites
 * become ARM assets, their operators SPUM organisations, and synthetic PSQM
 * market units and qualifications are added. The same input gives the same
 * rows, ids and order.
 *
 * Everything is read and checked before the warehouse is written, and the
 * warehouse is built under a temporary name, so on any error the file at
 * `warehousePath` is left as it was. Input errors are ImportInputError and
 * name the file, row, line, column and value.
 */
export async function importRepd(options: ImportRepdOptions): Promise<ImportSummary> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  assertEligibilityTable(ASSET_CATEGORIES.map((category) => category.id));
  assertWarehouseFolder(options.warehousePath);

  log(`Reading ${options.csvPath}`);
  const csv = readRepdCsv(options.csvPath);
  log(`Reading ${options.gspBoundariesPath}`);
  const gsp = readGspRegions(options.gspBoundariesPath);

  const selection = selectSites(csv);
  const sites = [...selection.sites].sort((a, b) => Number(a.refId) - Number(b.refId));
  log(`Placing ${sites.length} operational GB sites in ${gsp.regions.length} GSP regions`);
  const { placements, counts } = placeSites(sites, new GspLocator(gsp.regions));

  const organisations = buildOrganisations(sites.map(({ refId, operator, registeredOn }) => ({ refId, operator, registeredOn })));
  const assets: AssetInput[] = sites.map((site, index) => ({
    site,
    placement: placements[index],
    fspOrgId: organisations.orgIdByRefId.get(site.refId) as string,
  }));

  const market = synthesiseMarket(
    assets.map(({ site, placement, fspOrgId }) => ({
      assetId: assetIdOf(site.refId),
      refId: site.refId,
      fspOrgId,
      categoryId: site.categoryId,
      gspGroupId: placement.gspGroupId,
      registeredOn: site.registeredOn,
    })),
    selection.asOf,
  );

  const rows = buildWarehouseRows({
    organisations: organisations.organisations,
    regions: gsp.regions,
    assets,
    marketUnits: market.marketUnits,
    qualifications: market.qualifications,
  });

  const source = `REPD import of ${csv.fileName}`;
  log(`Writing ${options.warehousePath}`);
  await writeWarehouseFile(options.warehousePath, { asOf: selection.asOf, source }, async (warehouse) => {
    for (const table of TABLE_ORDER) await appendRows(warehouse, table, rows[table]);
  });

  return {
    csvPath: options.csvPath,
    encoding: csv.encoding,
    gspBoundariesPath: options.gspBoundariesPath,
    warehousePath: options.warehousePath,
    asOf: selection.asOf,
    source,
    rowsRead: csv.rows.length,
    rowsLoaded: sites.length,
    dropped: (Object.keys(DROP_REASONS) as DropReason[]).map((reason) => ({
      reason,
      description: DROP_REASONS[reason],
      rows: selection.dropped[reason],
    })),
    registeredOnLastUpdated: sites.filter((site) => site.registeredOnSource === 'last-updated').length,
    loadedWithoutCountry: sites.filter((site) => !site.hasCountry).length,
    placement: counts,
    gspFeatures: gsp.featureCount,
    gsps: gsp.regions.length,
    organisations: organisations.organisations.length,
    enterpriseGroups: organisations.enterpriseGroupCount,
    placeholderOrganisations: organisations.placeholderSiteCount,
    aliasMerges: organisations.aliasMerges,
    spus: market.marketUnits.filter((unit) => unit.unitType === 'SPU').length,
    spgs: market.marketUnits.filter((unit) => unit.unitType === 'SPG').length,
    qualificationsByStatus: countByStatus(market.qualifications),
    products: PRODUCTS.length,
    elapsedMs: performance.now() - started,
  };
}

function assertWarehouseFolder(warehousePath: string): void {
  const folder = dirname(resolve(warehousePath));
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new Error(`Warehouse folder not found: ${folder}. Create it or choose another --warehouse path.`);
  }
}

function countByStatus(qualifications: readonly Qualification[]): Record<Qualification['status'], number> {
  const counts = { applied: 0, qualified: 0, failed: 0, withdrawn: 0, expired: 0 };
  for (const qualification of qualifications) counts[qualification.status] += 1;
  return counts;
}
