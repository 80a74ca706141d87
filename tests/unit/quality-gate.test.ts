import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../data-loaders/quality/checks.ts';
import { loadSeverities, runQualityGate, type QualityReport } from '../../data-loaders/quality/gate.ts';
import { DuckDbWarehouse } from '../../data-loaders/warehouse/duckdb.ts';
import { asset, organisation, temporaryFolder, writeTestWarehouse, type TestRows } from '../helpers/warehouse.ts';

const VALID: TestRows = {
  asOf: '2024-06-30',
  organisations: [organisation('o1', 'g1'), organisation('o2', 'g2')],
  gsps: [['1', 'GSP one', '_A']],
  assets: [asset({ id: 'a1', fsp: 'o1', category: 'bess', mw: 10, registered: '2023-02-01' })],
  market_units: [['m1', 'SPU', 'o1', '2023-02-01']],
  market_unit_assets: [['m1', 'a1']],
  products: [['dynamic-containment', 'Dynamic Containment', 'NESO', 'Response']],
  qualifications: [['q1', 'm1', 'dynamic-containment', 'qualified', '2023-03-01', '2023-04-01', '2023-04-01', null]],
};

async function gate(rows: TestRows): Promise<QualityReport> {
  const warehouse = await DuckDbWarehouse.openFile(await writeTestWarehouse(rows));
  try {
    return await runQualityGate(warehouse);
  } finally {
    await warehouse.close();
  }
}

const withAsset = (extra: ReturnType<typeof asset>): TestRows => ({ ...VALID, assets: [...VALID.assets!, extra] });

describe('quality gate', () => {
  it('passes valid rows with no warning', async () => {
    const report = await gate(VALID);
    expect(report.checks).toBe(CHECKS.length);
    expect(report.failures).toEqual([]);
  });

  it.each([
    ['an unknown category', asset({ id: 'a9', fsp: 'o1', category: 'nuclear', mw: 1, registered: '2023-01-01' }), /asset-category-known: table assets, column category_id must be a known asset category: asset_id a9 \("nuclear"\)/],
    ['an unknown GSP group', asset({ id: 'a9', fsp: 'o1', category: 'wind', mw: 1, group: '_I', registered: '2023-01-01' }), /column gsp_group_id must be a GSP group.*asset_id a9 \("_I"\)/],
    ['a negative capacity', asset({ id: 'a9', fsp: 'o1', category: 'wind', mw: -2, registered: '2023-01-01' }), /column registered_capacity_mw must not be negative: asset_id a9/],
    ['a missing FSP', asset({ id: 'a9', fsp: 'o404', category: 'wind', mw: 1, registered: '2023-01-01' }), /column fsp_org_id must refer to an organisation: asset_id a9 \("o404"\)/],
    ['dates out of order', asset({ id: 'a9', fsp: 'o1', category: 'wind', mw: 1, registered: '2023-05-01', deregistered: '2023-01-01' }), /column deregistered_on must not be before registered_on: asset_id a9/],
    ['a date after the as-of date', asset({ id: 'a9', fsp: 'o1', category: 'wind', mw: 1, registered: '2024-07-01' }), /column registered_on must not be after the warehouse's as-of date: asset_id a9/],
  ])('stops on %s, naming the row', async (_case, badAsset, message) => {
    await expect(gate(withAsset(badAsset))).rejects.toThrow(message);
  });

  it('stops on a GSP that does not exist and a group that is not its GSP\'s', async () => {
    const rows = withAsset(['a9', 'o1', 'wind', 1, null, null, '404', '_B', null, 'Verified', '2023-01-01', null]);
    const wrongGroup = { ...rows, assets: [...rows.assets!, ['a8', 'o1', 'wind', 1, null, null, '1', '_B', null, 'Verified', '2023-01-01', null]] };
    const error = await gate(wrongGroup).catch((caught: Error) => caught);

    expect(String(error)).toMatch(/asset-gsp-exists: .* asset_id a9 \("404"\)/);
    expect(String(error)).toMatch(/asset-gsp-group-matches-gsp: .* asset_id a8 \("_B"\)/);
    expect(String(error)).toMatch(/failed 2 data-quality checks/);
  });

  it('stops on a qualification for an unknown product or market unit', async () => {
    const rows: TestRows = {
      ...VALID,
      qualifications: [
        ['q1', 'm1', 'made-up', 'qualified', '2023-03-01', '2023-04-01', '2023-04-01', null],
        ['q2', 'm404', 'dynamic-containment', 'applied', '2023-03-01', null, null, null],
      ],
    };
    const error = await gate(rows).catch((caught: Error) => caught);
    expect(String(error)).toMatch(/qualification-product-known: .*qualification_id q1 \("made-up"\)/);
    expect(String(error)).toMatch(/qualification-market-unit-exists: .*qualification_id q2 \("m404"\)/);
  });

  it('warns, without stopping, on an implausible capacity and an accounting point of two FSPs', async () => {
    const rows: TestRows = {
      ...VALID,
      assets: [
        ['a1', 'o1', 'wind', 9000, null, '1012345678901', null, '_A', null, 'Verified', '2023-01-01', null],
        ['a2', 'o2', 'bess', 1, null, '1012345678901', null, '_A', null, 'Verified', '2023-01-01', null],
      ],
    };
    const report = await gate(rows);
    expect(report.failures.map((failure) => [failure.id, failure.severity, failure.rows])).toEqual([
      ['asset-capacity-plausible', 'warning', 1],
      ['asset-accounting-point-one-fsp', 'warning', 2],
    ]);
  });

  it('warns on a qualification whose status disagrees with its dates', async () => {
    const rows: TestRows = {
      ...VALID,
      qualifications: [['q1', 'm1', 'dynamic-containment', 'qualified', '2023-03-01', '2023-04-01', null, null]],
    };
    const report = await gate(rows);
    expect(report.failures.map((failure) => failure.id)).toEqual(['qualification-status-consistent']);
  });

  it('warns on a market unit holding another FSP\'s asset', async () => {
    const rows: TestRows = {
      ...VALID,
      assets: [...VALID.assets!, asset({ id: 'a2', fsp: 'o2', category: 'bess', mw: 2, registered: '2023-02-01' })],
      market_unit_assets: [['m1', 'a1'], ['m1', 'a2']],
    };
    const report = await gate(rows);
    expect(report.failures.map((failure) => [failure.id, failure.examples])).toEqual([
      ['market-unit-member-same-fsp', ['market_unit_id m1 ("a2")']],
    ]);
  });

  it.each<[string, Partial<TestRows>, RegExp]>([
    ['an unknown validation status', { assets: [['a1', 'o1', 'bess', 10, null, null, null, '_A', null, 'Bogus', '2023-02-01', null]] }, /assets-validation-status-allowed: table assets, column validation_status must be one of Pending Validation, Verified, Query: asset_id a1 \("Bogus"\)/],
    ['an unknown market unit type', { market_units: [['m1', 'XYZ', 'o1', '2023-02-01']] }, /market-units-unit-type-allowed: table market_units, column unit_type must be one of SPU, SPG: market_unit_id m1 \("XYZ"\)/],
    ['a status in the wrong case', { qualifications: [['q1', 'm1', 'dynamic-containment', 'QUALIFIED', '2023-03-01', '2023-04-01', '2023-04-01', null]] }, /qualifications-status-allowed: table qualifications, column status must be one of applied, .*: qualification_id q1 \("QUALIFIED"\)/],
    ['a role in the wrong case', { organisations: [organisation('o1', 'g1'), ['o2', 'Company o2', null, 'g2', 'fsp', '2020-01-01']] }, /organisations-role-allowed: table organisations, column role must be one of FSP, SO: org_id o2 \("fsp"\)/],
  ])('stops on %s, naming the values allowed', async (_case, change, message) => {
    await expect(gate({ ...VALID, ...change })).rejects.toThrow(message);
  });

  it('stops on four decimal places', async () => {
    // The writer's DECIMAL(12,3) would round the value, so the column is widened first.
    const path = await writeTestWarehouse(VALID);
    const writable = await DuckDbWarehouse.createFile(path);
    await writable.run('ALTER TABLE assets ALTER registered_capacity_mw TYPE DECIMAL(18,7)');
    await writable.run("UPDATE assets SET registered_capacity_mw = 0.1281234 WHERE asset_id = 'a1'");
    await writable.close();

    const warehouse = await DuckDbWarehouse.openFile(path);
    const error = await runQualityGate(warehouse).catch((caught: Error) => caught);
    await warehouse.close();
    expect(String(error)).toMatch(/assets-registered-capacity-mw-decimal-places: table assets, column registered_capacity_mw must have at most 3 decimal places: asset_id a1 \("0.1281234"\)/);
  });

  it.each([
    ['30/09/2026', /Table warehouse_info, key as_of, column value \(DuckDB file .*\): "30\/09\/2026" is not a date in the expected format YYYY-MM-DD/],
    ['2026-02-30', /key as_of, column value .*"2026-02-30" is not a real calendar day/],
  ])('names the table, key and format of an as-of date written %s', async (asOf, message) => {
    const error = await gate({ ...VALID, asOf }).catch((caught: Error) => caught);
    expect(String(error)).toMatch(message);
    expect(String(error)).not.toMatch(/Conversion Error|LINE \d/);
  });

  it('counts offending rows beyond those listed', async () => {
    const badAssets = Array.from({ length: 8 }, (_, index) =>
      asset({ id: `b${index}`, fsp: 'o1', category: 'nuclear', mw: 1, registered: '2023-01-01' }),
    );
    await expect(gate({ ...VALID, assets: badAssets, market_unit_assets: [] })).rejects.toThrow(/and 3 more/);
  });
});

describe('quality severities', () => {
  it('list every check', () => {
    expect([...loadSeverities().keys()].sort()).toEqual(CHECKS.map((check) => check.id).sort());
  });

  it('reject a check that does not exist', () => {
    const path = join(temporaryFolder(), 'severity.yaml');
    const lines = CHECKS.map((check) => `${check.id}: error`);
    writeFileSync(path, [...lines, 'asset-colour-known: warning'].join('\n'));
    expect(() => loadSeverities(path)).toThrow(/unknown check asset-colour-known/);
  });

  it('reject a check without a severity', () => {
    const path = join(temporaryFolder(), 'severity.yaml');
    writeFileSync(path, CHECKS.slice(1).map((check) => `${check.id}: error`).join('\n'));
    expect(() => loadSeverities(path)).toThrow(new RegExp(`no severity for check ${CHECKS[0].id}`));
  });
});
