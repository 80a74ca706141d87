import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryNumber, writeTemporarySample, type TemporarySample } from './sample-helpers.ts';

const ASSETS = 5_000;

describe('sample warehouse shape', () => {
  let sample: TemporarySample;
  const number = (sql: string) => queryNumber(sample.warehouse, sql);

  beforeAll(async () => {
    sample = await writeTemporarySample({ seed: 3, assets: ASSETS, asOf: '2026-09-30' });
  });

  afterAll(async () => {
    await sample?.remove();
  });

  const GROUP_TOTALS = `
    SELECT o.enterprise_group_id, count(*) AS assets, sum(a.registered_capacity_mw) AS capacity_mw,
           count(DISTINCT o.org_id) AS entities
    FROM assets AS a JOIN organisations AS o ON o.org_id = a.fsp_org_id
    GROUP BY o.enterprise_group_id`;

  it('gives the top 5 enterprise groups a large share of capacity', async () => {
    const share = await number(`
      WITH totals AS (${GROUP_TOTALS})
      SELECT sum(capacity_mw) / (SELECT sum(capacity_mw) FROM totals)
      FROM (SELECT capacity_mw FROM totals ORDER BY capacity_mw DESC LIMIT 5)`);

    expect(share).toBeGreaterThan(0.3);
  });

  it('leaves most enterprise groups with one asset', async () => {
    const share = await number(`
      WITH totals AS (${GROUP_TOTALS})
      SELECT avg(CASE WHEN assets = 1 THEN 1 ELSE 0 END) FROM totals`);

    expect(share).toBeGreaterThan(0.5);
  });

  it('gives large aggregators several legal entities', async () => {
    const groupsWithSeveral = await number(`WITH totals AS (${GROUP_TOTALS}) SELECT count(*) FROM totals WHERE entities >= 3`);

    expect(groupsWithSeveral).toBeGreaterThanOrEqual(3);
  });

  it('puts most wind in Scotland and more solar in the south', async () => {
    const scottishWindShare = await number(`
      SELECT avg(CASE WHEN gsp_group_id IN ('_N', '_P') THEN 1 ELSE 0 END) FROM assets WHERE category_id = 'wind'`);
    const southernSolar = await number(`
      SELECT count(*) FROM assets WHERE category_id = 'solar_pv' AND gsp_group_id IN ('_A', '_H', '_J', '_L')`);
    const scottishSolar = await number(`
      SELECT count(*) FROM assets WHERE category_id = 'solar_pv' AND gsp_group_id IN ('_N', '_P')`);

    expect(scottishWindShare).toBeGreaterThan(0.4);
    expect(southernSolar).toBeGreaterThan(5 * scottishSolar);
  });

  it('puts batteries in every GSP group', async () => {
    const groupsWithBatteries = await number(`
      SELECT count(DISTINCT gsp_group_id) FROM assets WHERE category_id = 'bess' AND gsp_group_id IS NOT NULL`);

    expect(groupsWithBatteries).toBe(14);
  });

  it('makes EV chargers and heat pumps numerous and small', async () => {
    const household = await number(`SELECT count(*) FROM assets WHERE category_id IN ('ev_charging', 'heat_pump')`);
    const medianMw = await number(`
      SELECT median(registered_capacity_mw) FROM assets WHERE category_id IN ('ev_charging', 'heat_pump')`);

    expect(household).toBeGreaterThan(ASSETS * 0.2);
    expect(medianMw).toBeLessThan(0.025);
    expect(medianMw).toBeGreaterThan(0);
  });

  it('grows registrations over time', async () => {
    const firstYear = await number(`SELECT count(*) FROM assets WHERE registered_on < DATE '2020-01-01'`);
    const lastYear = await number(`SELECT count(*) FROM assets WHERE registered_on > DATE '2025-09-30'`);
    const firstYearBatteries = await number(`
      SELECT count(*) FROM assets WHERE category_id = 'bess' AND registered_on < DATE '2020-01-01'`);

    expect(lastYear).toBeGreaterThan(3 * firstYear);
    expect(firstYearBatteries).toBeGreaterThan(0);
  });

  it('leaves some assets deregistered and some without a GSP', async () => {
    const deregistered = await number('SELECT count(*) FROM assets WHERE deregistered_on IS NOT NULL');
    const withoutGsp = await number('SELECT count(*) FROM assets WHERE gsp_id IS NULL');

    expect(deregistered).toBeGreaterThan(0);
    expect(deregistered).toBeLessThan(ASSETS * 0.1);
    expect(withoutGsp).toBeGreaterThan(0);
    expect(withoutGsp).toBeLessThan(ASSETS * 0.01);
  });

  it('moves qualifications through every status', async () => {
    const statuses = await sample.warehouse.query('SELECT DISTINCT status FROM qualifications ORDER BY status');

    expect(statuses.map((row) => row.status)).toEqual(['applied', 'expired', 'failed', 'qualified', 'withdrawn']);
  });
});
