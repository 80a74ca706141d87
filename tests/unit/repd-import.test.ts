import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mpanCheckDigit } from '../../data-loaders/importers/repd/mpan.ts';
import { formatImportSummary, importRepd, type ImportSummary } from '../../data-loaders/importers/repd/index.ts';
import { PRODUCTS } from '../../data-loaders/reference/index.ts';
import { ALL_TABLES, readTables, SAMPLE_CSV, SAMPLE_GSP, temporaryFolder } from './repd-helpers.ts';

type Row = Record<string, unknown>;

describe('importRepd on the fixture', () => {
  const { folder, remove } = temporaryFolder();
  const warehousePath = join(folder, 'warehouse.duckdb');
  let summary: ImportSummary;
  let tables: Record<string, Row[]>;
  const logLines: string[] = [];

  beforeAll(async () => {
    summary = await importRepd({ csvPath: SAMPLE_CSV, gspBoundariesPath: SAMPLE_GSP, warehousePath, log: (line) => logLines.push(line) });
    tables = await readTables(warehousePath, ALL_TABLES);
  });
  afterAll(() => remove());

  const asset = (refId: number) => tables.assets.find((row) => row.asset_id === `REPD-${refId}`);
  const organisationOf = (refId: number) => tables.organisations.find((row) => row.org_id === asset(refId)?.fsp_org_id);

  it('counts rows read, loaded and dropped by reason', () => {
    expect(summary.rowsRead).toBe(20);
    expect(summary.rowsLoaded).toBe(15);
    expect(Object.fromEntries(summary.dropped.map((entry) => [entry.reason, entry.rows]))).toEqual({
      notOperational: 1,
      northernIreland: 1,
      missingTechnology: 0,
      missingCapacity: 1,
      nonPositiveCapacity: 1,
      noRegistrationDate: 1,
      operationalAfterAsOf: 0,
    });
  });

  it('loads the operational GB rows as assets', () => {
    expect(tables.assets.map((row) => row.asset_id)).toEqual(
      [101, 102, 103, 104, 105, 106, 107, 110, 111, 112, 113, 116, 117, 118, 120].map((refId) => `REPD-${refId}`),
    );
  });

  it('maps technologies to categories', () => {
    expect(asset(101)?.category_id).toBe('bess');
    expect(asset(106)?.category_id).toBe('bioenergy');
    expect(asset(110)?.category_id).toBe('other');
    expect(asset(111)?.category_id).toBe('bioenergy');
    expect(asset(113)?.category_id).toBe('other');
    expect(asset(120)?.category_id).toBe('heat_pump');
  });

  it('falls back to the last-updated date', () => {
    expect(asset(110)?.registered_on).toBe('2022-02-02');
    expect(summary.registeredOnLastUpdated).toBe(1);
  });

  it('counts a blank country as GB', () => {
    expect(asset(107)).toBeDefined();
    expect(summary.loadedWithoutCountry).toBe(1);
  });

  it('places sites in GSPs, including a multipolygon part', () => {
    expect(asset(101)).toMatchObject({ gsp_id: '1', gsp_group_id: '_A' });
    expect(asset(102)).toMatchObject({ gsp_id: '3', gsp_group_id: '_C' });
    expect(asset(104)).toMatchObject({ gsp_id: '2', gsp_group_id: '_P' });
    expect(asset(105)).toMatchObject({ gsp_id: '2', gsp_group_id: '_P' });
  });

  it('leaves unplaceable sites unallocated', () => {
    for (const refId of [107, 111, 112]) expect(asset(refId), `REPD-${refId}`).toMatchObject({ gsp_id: null, gsp_group_id: null, mpan: null });
    expect(summary.placement).toEqual({ noCoordinates: 1, outsideRegions: 2, inOverlaps: 0 });
  });

  it('fills the asset columns REPD lacks', () => {
    expect(asset(101)).toMatchObject({
      registered_capacity_mw: '49.900',
      storage_mwh: null,
      postcode: 'IP1 1AA',
      validation_status: 'Verified',
      registered_on: '2021-03-15',
      deregistered_on: null,
    });
    expect(asset(102)?.postcode).toBe('SE1 1AA');
    expect(asset(103)?.postcode).toBeNull();
  });

  it('gives allocated assets valid MPAN cores', () => {
    const distributorByGroup: Record<string, string> = { _A: '10', _C: '12', _P: '17' };
    for (const row of tables.assets.filter((candidate) => candidate.gsp_group_id !== null)) {
      const mpan = row.mpan as string;
      expect(mpan, String(row.asset_id)).toMatch(/^\d{13}$/);
      expect(mpan.slice(0, 2)).toBe(distributorByGroup[row.gsp_group_id as string]);
      expect(Number(mpan[12])).toBe(mpanCheckDigit(mpan.slice(0, 12)));
    }
  });

  it('merges operator spellings into one enterprise group', () => {
    const nesf = [101, 102, 103].map(organisationOf);
    expect(new Set(nesf.map((row) => row?.org_id)).size).toBe(3);
    expect(new Set(nesf.map((row) => row?.enterprise_group_id)).size).toBe(1);

    expect(organisationOf(112)?.enterprise_group_id).toBe(organisationOf(113)?.enterprise_group_id);
    expect(organisationOf(110)?.enterprise_group_id).toBe(organisationOf(111)?.enterprise_group_id);
    expect(new Set([117, 118, 120].map((refId) => organisationOf(refId)?.org_id)).size).toBe(1);
  });

  it('never merges different companies or placeholders', () => {
    expect(organisationOf(116)?.enterprise_group_id).not.toBe(organisationOf(110)?.enterprise_group_id);

    const placeholders = [104, 105, 106, 107].map(organisationOf);
    expect(new Set(placeholders.map((row) => row?.org_id)).size).toBe(4);
    expect(new Set(placeholders.map((row) => row?.enterprise_group_id)).size).toBe(4);
    expect(summary.placeholderOrganisations).toBe(4);
  });

  it('counts organisations and enterprise groups', () => {
    expect(tables.organisations).toHaveLength(13);
    expect(summary.enterpriseGroups).toBe(9);
    expect(new Set(tables.organisations.map((row) => row.enterprise_group_id)).size).toBe(9);
  });

  it('registers organisations on earliest asset', () => {
    expect(organisationOf(117)).toMatchObject({ name: 'Anesco', registered_on: '2017-04-01', role: 'FSP', company_number: null });
  });

  it('records the as-of date and source', () => {
    expect(tables.warehouse_info).toEqual(
      expect.arrayContaining([
        { key: 'as_of', value: '2024-04-12' },
        { key: 'source', value: 'REPD import of repd-sample.csv' },
      ]),
    );
  });

  it('fills the gsps and products tables', () => {
    expect(tables.gsps).toEqual([
      { gsp_id: '1', gsp_name: 'ALPH_1', gsp_group_id: '_A' },
      { gsp_id: '2', gsp_name: 'BRAV_1', gsp_group_id: '_P' },
      { gsp_id: '3', gsp_name: 'CHAR_1', gsp_group_id: '_C' },
    ]);
    expect(tables.products.map((row) => row.product_id)).toEqual(PRODUCTS.map((product) => product.id));
  });

  it('gives every asset an SPU owned by its FSP', () => {
    const spus = tables.market_units.filter((row) => row.unit_type === 'SPU');
    expect(spus).toHaveLength(15);
    for (const unit of spus) {
      const assetId = `REPD-${String(unit.market_unit_id).replace('SPU-', '')}`;
      expect(tables.market_unit_assets).toContainEqual({ market_unit_id: unit.market_unit_id, asset_id: assetId });
      expect(unit.fsp_org_id).toBe(tables.assets.find((row) => row.asset_id === assetId)?.fsp_org_id);
    }
  });

  it('keeps qualification dates in bounds', () => {
    expect(tables.qualifications.length).toBeGreaterThan(0);
    for (const qualification of tables.qualifications) {
      const unit = tables.market_units.find((row) => row.market_unit_id === qualification.market_unit_id) as Row;
      const label = String(qualification.qualification_id);
      expect(String(qualification.applied_on) >= String(unit.registered_on), label).toBe(true);
      for (const column of ['applied_on', 'decided_on', 'valid_from', 'valid_to']) {
        if (qualification[column] !== null) expect(String(qualification[column]) <= '2024-04-12', `${label} ${column}`).toBe(true);
      }
    }
  });

  it('logs its progress', () => {
    expect(logLines[0]).toBe(`Reading ${SAMPLE_CSV}`);
    expect(logLines.at(-1)).toBe(`Writing ${warehousePath}`);
  });

  it('formats the summary', () => {
    const lines = formatImportSummary(summary);
    expect(lines).toContain('Rows read: 20');
    expect(lines).toContain('Rows loaded as assets: 15');
    expect(lines).toContain('Rows dropped: 5');
    expect(lines).toContain('        1  in Northern Ireland, outside GB');
    expect(lines).toContain('Unallocated to a GSP: 3 (no coordinates 1, outside every GSP region 2)');
    expect(lines.join('\n')).not.toContain('no technology type');
  });
});

describe('importRepd determinism and encodings', () => {
  const { folder, remove } = temporaryFolder();
  afterAll(() => remove());

  it('repeats rows and order exactly', async () => {
    const first = join(folder, 'first.duckdb');
    const second = join(folder, 'second.duckdb');
    await importRepd({ csvPath: SAMPLE_CSV, gspBoundariesPath: SAMPLE_GSP, warehousePath: first });
    await importRepd({ csvPath: SAMPLE_CSV, gspBoundariesPath: SAMPLE_GSP, warehousePath: second });

    expect(await readTables(second, ALL_TABLES)).toEqual(await readTables(first, ALL_TABLES));
  });

  it('decodes a Windows-1252 extract', async () => {
    const text = readFileSync(SAMPLE_CSV, 'utf8').replace('\uFEFF', '').replace('Scottish Power Renewables', 'Énergie Éolienne – Café');
    const bytes = Buffer.from([...text].map((character) => windows1252Byte(character)));
    const csvPath = join(folder, 'windows-1252.csv');
    writeFileSync(csvPath, bytes);

    const warehousePath = join(folder, 'windows-1252.duckdb');
    const summary = await importRepd({ csvPath, gspBoundariesPath: SAMPLE_GSP, warehousePath });
    const { organisations } = await readTables(warehousePath, ['organisations']);

    expect(summary.encoding).toBe('windows-1252');
    expect(organisations.map((row) => row.name)).toContain('Énergie Éolienne – Café');
  });
});

/** Encodes ASCII and the few accented letters and dashes the test needs as Windows-1252. */
function windows1252Byte(character: string): number {
  const special: Record<string, number> = { 'É': 0xc9, 'é': 0xe9, '–': 0x96 };
  const code = character.charCodeAt(0);
  if (code < 0x80) return code;
  if (special[character] !== undefined) return special[character];
  throw new Error(`No Windows-1252 byte for ${JSON.stringify(character)} in this test`);
}
