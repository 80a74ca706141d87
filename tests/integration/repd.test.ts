/**
 * The 2024-q1 edition built from the real REPD extract, checked against
 * figures computed here from the CSV itself, independently of the importer.
 * The extract lives outside the repository, in ../shared/data; without it
 * these tests are skipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { importRepd } from '../../data-loaders/importers/repd/index.ts';
import { build, type BuildResult } from '../../src/pipeline/build.ts';
import { CONFIDENTIAL, type VettedDataset } from '../../src/vetted/format.ts';
import { temporaryFolder } from '../helpers/warehouse.ts';

const SHARED = resolve(import.meta.dirname, '../../../shared/data');
const REPD_CSV = join(SHARED, 'repd/repd-q1-2024.csv');
const GSP_REGIONS = join(SHARED, 'gsp/gsp-regions.geojson');
const present = existsSync(REPD_CSV) && existsSync(GSP_REGIONS);

if (!present) console.warn(`Skipping the REPD tests: ${REPD_CSV} is not there (it comes with the shared data, not with the repository)`);

interface Site {
  technology: string;
  capacity: number;
  registeredOn: string;
}

/** Reads the operational GB sites and their registration dates straight from the CSV. */
function operationalGbSites(): Site[] {
  const records: Record<string, string>[] = parse(readFileSync(REPD_CSV), { columns: true, bom: true, relax_column_count: true });
  const isoDate = (text: string) => {
    const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text.trim());
    return match ? `${match[3]}-${match[2]}-${match[1]}` : undefined;
  };

  return records
    .filter((record) => record['Development Status (short)'].trim() === 'Operational')
    .filter((record) => record['Country'].trim() !== 'Northern Ireland')
    .map((record) => ({
      technology: record['Technology Type'].trim(),
      capacity: Number(record['Installed Capacity (MWelec)']),
      registeredOn: isoDate(record['Operational']) ?? isoDate(record['Record Last Updated (dd/mm/yyyy)']) ?? '',
    }))
    .filter((site) => site.capacity > 0 && site.registeredOn !== '' && site.registeredOn <= '2024-03-31');
}

describe.skipIf(!present)('REPD 2024-q1 edition', () => {
  let result: BuildResult;
  let sites: Site[];
  let siteDir: string;
  const dataset = (id: string): VettedDataset =>
    JSON.parse(readFileSync(join(result.vettedDir, '2024-q1', `${id}.json`), 'utf8'));
  const row = (id: string, column: string, member: string) =>
    dataset(id).rows.find((candidate) => candidate.quarter === '2024-q1' && candidate[column] === member)!;

  beforeAll(async () => {
    const folder = temporaryFolder('fmar-repd-');
    const warehouse = join(folder, 'repd.duckdb');
    await importRepd({ csvPath: REPD_CSV, gspBoundariesPath: GSP_REGIONS, warehousePath: warehouse, log: () => {} });
    siteDir = join(folder, 'site');
    result = await build({ warehouse, edition: '2024-q1', outDir: siteDir, workDir: join(folder, 'work'), log: () => {} });
    sites = operationalGbSites();
  }, 600_000);

  it('publishes the three datasets', () => {
    expect(result.manifest.datasets.map((entry) => entry.id)).toEqual(['capacity-by-technology', 'capacity-by-category-class', 'bess-by-gsp-group', 'fsps-qualified-by-product']);
  });

  it('counts every operational GB site in the total', () => {
    const total = row('capacity-by-technology', 'category_id', 'all');
    expect(total.assets).toBe(sites.length);
    const capacity = sites.reduce((sum, site) => sum + site.capacity, 0);
    expect(total.registered_capacity_mw).toBeCloseTo(capacity, 0);
  });

  it('counts the operational batteries in the BESS row and in the GB row', () => {
    const batteries = sites.filter((site) => site.technology === 'Battery');
    const bess = row('capacity-by-technology', 'category_id', 'bess');
    const gb = row('bess-by-gsp-group', 'gsp_group_id', 'GB');

    expect(bess.assets).toBe(batteries.length);
    expect(gb.assets).toBe(batteries.length);
    expect(bess.registered_capacity_mw).toBeCloseTo(batteries.reduce((sum, site) => sum + site.capacity, 0), 0);
  });

  it('has GSP groups that add up to GB where all are published', () => {
    const rows = dataset('bess-by-gsp-group').rows.filter((candidate) => candidate.quarter === '2024-q1');
    const groups = rows.filter((candidate) => candidate.gsp_group_id !== 'GB');
    const published = groups.map((candidate) => candidate.assets).filter((value) => value !== CONFIDENTIAL) as number[];

    expect(groups).toHaveLength(15);
    if (published.length === groups.length) {
      expect(published.reduce((sum, value) => sum + value, 0)).toBe(row('bess-by-gsp-group', 'gsp_group_id', 'GB').assets);
    } else {
      expect(groups.length - published.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('names REPD as the source', () => {
    const html = readFileSync(join(siteDir, 'editions', '2024-q1', 'index.html'), 'utf8');
    const footer = html.slice(html.indexOf('<footer'));

    expect(result.manifest.source).toBe('repd');
    expect(footer).toContain('Source: Department for Energy Security and Net Zero, Renewable Energy Planning Database (REPD)');
    expect(footer).not.toContain('Elexon');
  });

  it('shows the latest 20 quarters on the edition page', () => {
    const page = parseHTML(readFileSync(join(siteDir, 'editions', '2024-q1', 'index.html'), 'utf8')).document;
    const quarters = page.querySelectorAll('#capacity-by-technology-assets-table thead th[data-quarter]');
    const note = page.querySelector('#capacity-by-technology .window-note')?.textContent?.replace(/\s+/g, ' ') ?? '';
    const csv = readFileSync(join(siteDir, 'data', '2024-q1', 'capacity-by-technology.csv'), 'utf8');
    const csvQuarters = new Set(csv.split('\r\n').slice(1).filter(Boolean).map((line) => line.split(',')[0]));

    expect(result.manifest.firstQuarter.startsWith('1906-')).toBe(true);
    expect(quarters).toHaveLength(20);
    expect(note).toContain('the latest 20 quarters, from 30 June 2019 to 31 March 2024');
    expect(note).toContain(`The full series of ${csvQuarters.size} quarters`);
    expect(csvQuarters.size).toBeGreaterThan(400);
    for (const description of page.querySelectorAll('.chart__description')) {
      expect(description.textContent?.length ?? 0, description.id).toBeLessThan(500);
    }
  });
});
