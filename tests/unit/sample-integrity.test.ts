import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runQualityGate } from '../../data-loaders/quality/gate.ts';
import { GSP_GROUPS } from '../../data-loaders/reference/gsp-groups.ts';
import { PRODUCTS } from '../../data-loaders/reference/products.ts';
import { REGISTER_OPENS } from '../../data-loaders/sample/index.ts';
import { TABLES } from '../../data-loaders/warehouse/schema.ts';
import { queryNumber, writeTemporarySample, type TemporarySample } from './sample-helpers.ts';

const AS_OF = '2026-09-30';
const ASSETS = 4_000;

/** Every foreign key of the schema: child table and column, parent table and its key. */
const FOREIGN_KEYS = TABLES.flatMap((table) =>
  table.columns
    .filter((column) => column.references !== undefined)
    .map((column) => {
      const parent = TABLES.find((candidate) => candidate.name === column.references)!;
      return { table: table.name, column: column.name, parent: parent.name, parentKey: parent.primaryKey[0] };
    }),
);

/** Every date column of the schema, as [table, column]. */
const DATE_COLUMNS = TABLES.flatMap((table) =>
  table.columns.filter((column) => column.type === 'date').map((column) => [table.name, column.name] as const),
);

describe('sample warehouse integrity', () => {
  let sample: TemporarySample;
  const count = (sql: string) => queryNumber(sample.warehouse, sql);

  beforeAll(async () => {
    sample = await writeTemporarySample({ seed: 11, assets: ASSETS, asOf: AS_OF });
  });

  afterAll(async () => {
    await sample?.remove();
  });

  it('writes exactly the requested number of assets', async () => {
    expect(await count('SELECT count(*) FROM assets')).toBe(ASSETS);
    expect(sample.summary.rowCounts.assets).toBe(ASSETS);
  });

  it('passes the data-quality gate without a warning', async () => {
    const report = await runQualityGate(sample.warehouse);
    expect(report.failures).toEqual([]);
  });

  it.each(FOREIGN_KEYS)('keeps $table.$column referring to $parent', async ({ table, column, parent, parentKey }) => {
    const orphans = await count(`
      SELECT count(*) FROM ${table} AS t
      WHERE t.${column} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${parent} AS p WHERE p.${parentKey} = t.${column})`);

    expect(orphans).toBe(0);
  });

  it('gives assets FSP owners, not system operators', async () => {
    const nonFspOwners = await count(`
      SELECT count(*) FROM assets AS a JOIN organisations AS o ON o.org_id = a.fsp_org_id WHERE o.role <> 'FSP'`);
    const systemOperators = await count("SELECT count(*) FROM organisations WHERE role = 'SO'");

    expect(nonFspOwners).toBe(0);
    expect(systemOperators).toBeGreaterThan(0);
  });

  it('places each asset in one SPU of its own FSP', async () => {
    const assetsWithoutOneSpu = await count(`
      SELECT count(*) FROM assets AS a
      WHERE (SELECT count(*) FROM market_unit_assets AS m JOIN market_units AS u USING (market_unit_id)
             WHERE m.asset_id = a.asset_id AND u.unit_type = 'SPU' AND u.fsp_org_id = a.fsp_org_id) <> 1`);

    expect(assetsWithoutOneSpu).toBe(0);
  });

  it('forms SPGs within one FSP and group', async () => {
    const spgs = await sample.warehouse.query(`
      SELECT u.market_unit_id, count(*)::INTEGER AS members,
             count(DISTINCT a.gsp_group_id)::INTEGER AS groups,
             bool_and(a.fsp_org_id = u.fsp_org_id) AS same_owner
      FROM market_units AS u
      JOIN market_unit_assets AS m USING (market_unit_id)
      JOIN assets AS a USING (asset_id)
      WHERE u.unit_type = 'SPG'
      GROUP BY u.market_unit_id`);

    expect(spgs.length).toBeGreaterThan(0);
    for (const spg of spgs) {
      expect(spg.members, String(spg.market_unit_id)).toBeGreaterThanOrEqual(10);
      expect(spg.groups, String(spg.market_unit_id)).toBe(1);
      expect(spg.same_owner, String(spg.market_unit_id)).toBe(true);
    }
  });

  it('qualifies units only for products in FMAR scope', async () => {
    const inScope = PRODUCTS.filter((product) => product.inFmarScope).map((product) => `'${product.id}'`);
    const outOfScope = await count(`SELECT count(*) FROM qualifications WHERE product_id NOT IN (${inScope.join(', ')})`);

    expect(outOfScope).toBe(0);
    expect(await count('SELECT count(*) FROM products')).toBe(PRODUCTS.length);
  });

  it.each(DATE_COLUMNS)('keeps %s.%s within the register and the as-of date', async (table, column) => {
    const outside = await count(`
      SELECT count(*) FROM ${table}
      WHERE ${column} > DATE '${AS_OF}' OR ${column} < DATE '${REGISTER_OPENS}'`);

    expect(outside).toBe(0);
  });

  it('orders the dates of each qualification', async () => {
    const outOfOrder = await count(`
      SELECT count(*) FROM qualifications
      WHERE decided_on < applied_on OR valid_from < decided_on OR valid_to < valid_from
         OR (valid_from IS NOT NULL AND decided_on IS NULL)`);

    expect(outOfOrder).toBe(0);
  });

  it('dates units and applications after registration', async () => {
    const earlyApplications = await count(`
      SELECT count(*) FROM qualifications AS q JOIN market_units AS u USING (market_unit_id)
      WHERE q.applied_on < u.registered_on`);
    const earlyUnits = await count(`
      SELECT count(*) FROM market_units AS u
      JOIN market_unit_assets AS m USING (market_unit_id)
      JOIN assets AS a USING (asset_id)
      WHERE u.registered_on < a.registered_on`);

    expect(earlyApplications).toBe(0);
    expect(earlyUnits).toBe(0);
  });

  it('dates organisations and deregistrations in order', async () => {
    const lateOrganisations = await count(`
      SELECT count(*) FROM assets AS a JOIN organisations AS o ON o.org_id = a.fsp_org_id
      WHERE o.registered_on > a.registered_on`);
    const earlyDeregistrations = await count('SELECT count(*) FROM assets WHERE deregistered_on <= registered_on');

    expect(lateOrganisations).toBe(0);
    expect(earlyDeregistrations).toBe(0);
  });

  it('ends qualifications when an asset leaves', async () => {
    const afterLeaving = await count(`
      SELECT count(*) FROM qualifications AS q
      JOIN market_unit_assets AS m USING (market_unit_id)
      JOIN market_units AS u USING (market_unit_id)
      JOIN assets AS a USING (asset_id)
      WHERE u.unit_type = 'SPU' AND a.deregistered_on IS NOT NULL
        AND (q.applied_on >= a.deregistered_on OR q.status IN ('applied', 'qualified')
             OR q.valid_to > a.deregistered_on OR q.decided_on > a.deregistered_on)`);

    expect(afterLeaving).toBe(0);
  });

  it.each([
    ['applied', 'decided_on IS NOT NULL OR valid_from IS NOT NULL OR valid_to IS NOT NULL'],
    ['qualified', 'decided_on IS NULL OR valid_from IS NULL OR valid_to IS NOT NULL'],
    ['expired', `valid_from IS NULL OR valid_to IS NULL OR valid_to >= DATE '${AS_OF}'`],
    ['failed', 'decided_on IS NULL OR valid_from IS NOT NULL OR valid_to IS NOT NULL'],
    ['withdrawn', 'decided_on IS NULL OR (valid_from IS NULL) <> (valid_to IS NULL)'],
  ])('gives %s qualifications consistent dates', async (status, inconsistent) => {
    const total = await count(`SELECT count(*) FROM qualifications WHERE status = '${status}'`);
    const wrong = await count(`SELECT count(*) FROM qualifications WHERE status = '${status}' AND (${inconsistent})`);

    expect(total).toBeGreaterThan(0);
    expect(wrong).toBe(0);
  });

  it('places assets in all 14 GSP groups', async () => {
    const groups = await sample.warehouse.query('SELECT DISTINCT gsp_group_id FROM assets WHERE gsp_group_id IS NOT NULL');
    const gspGroups = await sample.warehouse.query('SELECT DISTINCT gsp_group_id FROM gsps');
    const mismatched = await count(`
      SELECT count(*) FROM assets AS a JOIN gsps AS g USING (gsp_id) WHERE g.gsp_group_id <> a.gsp_group_id`);
    const gspWithoutGroup = await count('SELECT count(*) FROM assets WHERE gsp_id IS NOT NULL AND gsp_group_id IS NULL');

    const expected = GSP_GROUPS.map((group) => group.id).sort();
    expect(groups.map((row) => row.gsp_group_id).sort()).toEqual(expected);
    expect(gspGroups.map((row) => row.gsp_group_id).sort()).toEqual(expected);
    expect(mismatched).toBe(0);
    expect(gspWithoutGroup).toBe(0);
  });

  it('writes 338 GSPs', async () => {
    expect(await count('SELECT count(*) FROM gsps')).toBe(338);
  });

  it('writes valid unique MPAN cores', async () => {
    const assets = await sample.warehouse.query('SELECT asset_id, mpan, gsp_group_id FROM assets WHERE mpan IS NOT NULL');
    const distinctMpans = await count('SELECT count(DISTINCT mpan) FROM assets');
    const mpansWithoutGroup = await count('SELECT count(*) FROM assets WHERE mpan IS NOT NULL AND gsp_group_id IS NULL');
    const distributorIds = new Map(GSP_GROUPS.map((group) => [group.id, String(group.distributorId)]));

    for (const { asset_id, mpan, gsp_group_id } of assets) {
      const label = `${asset_id} ${mpan}`;
      expect(mpan, label).toMatch(/^\d{13}$/);
      expect(String(mpan).slice(0, 2), label).toBe(distributorIds.get(String(gsp_group_id)));
      expect(Number(String(mpan)[12]), label).toBe(mpanCheckDigit(String(mpan).slice(0, 12)));
    }
    expect(distinctMpans).toBe(assets.length);
    expect(mpansWithoutGroup).toBe(0);
  });

  it('formats postcodes, company numbers and ids', async () => {
    const badPostcodes = await count(`SELECT count(*) FROM assets WHERE NOT regexp_full_match(postcode, '[A-Z]{1,2}[0-9]{1,2} [0-9][A-Z]{2}')`);
    const badCompanyNumbers = await count(`SELECT count(*) FROM organisations WHERE NOT regexp_full_match(company_number, '[0-9]{8}')`);
    const duplicateCompanyNumbers = await count(`
      SELECT count(*) - count(DISTINCT company_number) FROM organisations WHERE company_number IS NOT NULL`);
    const badAssetIds = await count(`SELECT count(*) FROM assets WHERE NOT regexp_full_match(asset_id, 'AST-[0-9]{7}')`);
    const badOrgIds = await count(`SELECT count(*) FROM organisations WHERE NOT regexp_full_match(org_id, 'ORG-[0-9]{6}')`);

    expect(badPostcodes).toBe(0);
    expect(badCompanyNumbers).toBe(0);
    expect(duplicateCompanyNumbers).toBe(0);
    expect(badAssetIds).toBe(0);
    expect(badOrgIds).toBe(0);
  });

  it('gives storage of 1 to 2 hours to batteries only', async () => {
    const batteriesWithoutStorage = await count("SELECT count(*) FROM assets WHERE category_id = 'bess' AND storage_mwh IS NULL");
    const othersWithStorage = await count("SELECT count(*) FROM assets WHERE category_id <> 'bess' AND storage_mwh IS NOT NULL");
    const durationsOutside = await count(`
      SELECT count(*) FROM assets
      WHERE category_id = 'bess'
        AND (storage_mwh < registered_capacity_mw * 1 - 0.001 OR storage_mwh > registered_capacity_mw * 2 + 0.001)`);

    expect(batteriesWithoutStorage).toBe(0);
    expect(othersWithStorage).toBe(0);
    expect(durationsOutside).toBe(0);
  });

  it('marks most assets Verified', async () => {
    const statuses = await sample.warehouse.query(
      'SELECT validation_status, count(*)::INTEGER AS assets FROM assets GROUP BY validation_status',
    );
    const byStatus = Object.fromEntries(statuses.map((row) => [row.validation_status, Number(row.assets)]));

    expect(byStatus.Verified).toBeGreaterThan(ASSETS * 0.8);
    expect(byStatus['Pending Validation']).toBeGreaterThan(0);
    expect(byStatus.Query).toBeGreaterThan(0);
  });
});

/** Check digit of an MPAN core: the 12 leading digits weighted by primes, modulo 11, modulo 10. */
function mpanCheckDigit(leadingDigits: string): number {
  const weights = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43];
  const sum = [...leadingDigits].reduce((total, digit, index) => total + Number(digit) * weights[index], 0);
  return (sum % 11) % 10;
}
