import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { importRepd } from '../../data-loaders/importers/repd/index.ts';
import { GSP_GROUPS } from '../../data-loaders/reference/index.ts';
import { readTables, temporaryFolder } from './repd-helpers.ts';

// Real public data kept next to the project, not in it. A fresh checkout lacks it.
const SHARED_DATA = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'data');
const REPD_CSV = join(SHARED_DATA, 'repd', 'repd-q1-2024.csv');
const GSP_REGIONS = join(SHARED_DATA, 'gsp', 'gsp-regions.geojson');
const hasSharedData = existsSync(REPD_CSV) && existsSync(GSP_REGIONS);
const skipNote = hasSharedData ? '' : ` (skipped: ${REPD_CSV} or ${GSP_REGIONS} not found)`;

type CsvRecord = Record<string, string>;

/**
 * Applies the import rules to the CSV in the simplest way, as an independent
 * check on the importer: operational, not in Northern Ireland, a positive
 * capacity, and an operational or last-updated date.
 */
function expectedFromCsv(records: CsvRecord[]) {
  const dayMonthYear = /^\d{2}\/\d{2}\/\d{4}$/;
  const isoDate = (text: string) => text.split('/').reverse().join('-');

  const operational = records.filter((record) => record['Development Status (short)'].trim() === 'Operational');
  const northernIreland = operational.filter((record) => record.Country.trim() === 'Northern Ireland');
  const gb = operational.filter((record) => record.Country.trim() !== 'Northern Ireland');
  const withCapacity = gb.filter((record) => record['Installed Capacity (MWelec)'].trim() !== '');
  const loaded = withCapacity.filter(
    (record) =>
      Number(record['Installed Capacity (MWelec)']) > 0 &&
      (dayMonthYear.test(record.Operational.trim()) || dayMonthYear.test(record['Record Last Updated (dd/mm/yyyy)'].trim())),
  );
  const lastUpdated = records.map((record) => record['Record Last Updated (dd/mm/yyyy)'].trim()).filter((text) => dayMonthYear.test(text));

  return {
    rowsRead: records.length,
    notOperational: records.length - operational.length,
    northernIreland: northernIreland.length,
    missingCapacity: gb.length - withCapacity.length,
    loadedRefIds: loaded.map((record) => `REPD-${record['Ref ID'].trim()}`).sort(),
    batteries: loaded.filter((record) => record['Technology Type'].trim() === 'Battery').length,
    batteryCapacityMw: loaded
      .filter((record) => record['Technology Type'].trim() === 'Battery')
      .reduce((total, record) => total + Number(record['Installed Capacity (MWelec)']), 0),
    capacityMw: loaded.reduce((total, record) => total + Number(record['Installed Capacity (MWelec)']), 0),
    withoutCoordinates: loaded.filter((record) => record['X-coordinate'].trim() === '' || record['Y-coordinate'].trim() === '').length,
    fallbackDates: loaded.filter((record) => !dayMonthYear.test(record.Operational.trim())).length,
    asOf: lastUpdated.map(isoDate).sort().at(-1),
  };
}

describe('REPD import of the real Q1 2024 extract', () => {
  const { folder, remove } = temporaryFolder();
  afterAll(() => remove());

  it.skipIf(!hasSharedData)(`matches counts computed from the CSV${skipNote}`, async () => {
    const warehousePath = join(folder, 'repd.duckdb');
    const summary = await importRepd({ csvPath: REPD_CSV, gspBoundariesPath: GSP_REGIONS, warehousePath });
    const expected = expectedFromCsv(parse(readFileSync(REPD_CSV), { bom: true, columns: true }) as CsvRecord[]);
    const dropped = Object.fromEntries(summary.dropped.map((entry) => [entry.reason, entry.rows]));

    expect(summary.rowsRead).toBe(expected.rowsRead);
    expect(dropped.notOperational).toBe(expected.notOperational);
    expect(dropped.northernIreland).toBe(expected.northernIreland);
    expect(dropped.missingCapacity).toBe(expected.missingCapacity);
    expect(summary.rowsLoaded).toBe(expected.loadedRefIds.length);
    expect(summary.rowsLoaded + Object.values(dropped).reduce((total, rows) => total + rows, 0)).toBe(summary.rowsRead);
    expect(summary.registeredOnLastUpdated).toBe(expected.fallbackDates);
    expect(summary.placement.noCoordinates).toBe(expected.withoutCoordinates);
    expect(summary.asOf).toBe(expected.asOf);

    const { assets, gsps } = await readTables(warehousePath, ['assets', 'gsps']);
    expect(assets.map((row) => String(row.asset_id)).sort()).toEqual(expected.loadedRefIds);

    const batteries = assets.filter((row) => row.category_id === 'bess');
    expect(batteries).toHaveLength(expected.batteries);
    const batteryCapacity = batteries.reduce((total, row) => total + Number(row.registered_capacity_mw), 0);
    expect(batteryCapacity).toBeCloseTo(expected.batteryCapacityMw, 3);
    const capacity = assets.reduce((total, row) => total + Number(row.registered_capacity_mw), 0);
    expect(capacity).toBeCloseTo(expected.capacityMw, 3);

    expect(gsps).toHaveLength(338);
    const unallocated = assets.filter((row) => row.gsp_group_id === null).length;
    expect(unallocated).toBe(summary.placement.noCoordinates + summary.placement.outsideRegions);
    const perGroup = GSP_GROUPS.map((group) => assets.filter((row) => row.gsp_group_id === group.id).length);
    expect(perGroup.reduce((total, count) => total + count, 0) + unallocated).toBe(assets.length);
  });

  it.skipIf(!hasSharedData)(`gives the same rows on a second import${skipNote}`, async () => {
    const first = join(folder, 'first.duckdb');
    const second = join(folder, 'second.duckdb');
    await importRepd({ csvPath: REPD_CSV, gspBoundariesPath: GSP_REGIONS, warehousePath: first });
    await importRepd({ csvPath: REPD_CSV, gspBoundariesPath: GSP_REGIONS, warehousePath: second });

    const tables = ['organisations', 'assets', 'market_units', 'market_unit_assets', 'qualifications'];
    expect(await readTables(second, tables)).toEqual(await readTables(first, tables));
  });
});
