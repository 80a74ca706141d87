import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SAMPLE, REGISTER_OPENS, writeSampleWarehouse } from '../../data-loaders/sample/index.ts';
import { TABLES } from '../../data-loaders/warehouse/schema.ts';
import { queryNumber, writeTemporarySample, type TemporarySample } from './sample-helpers.ts';

const EARLY_AS_OF = '2021-06-30';

/** SQL for the latest date in any date column of the warehouse. */
const LATEST_DATE = TABLES.flatMap((table) =>
  table.columns.filter((column) => column.type === 'date').map((column) => `SELECT max(${column.name}) AS day FROM ${table.name}`),
).join(' UNION ALL ');

describe('sample warehouse options', () => {
  let early: TemporarySample;

  beforeAll(async () => {
    early = await writeTemporarySample({ seed: 5, assets: 2_000, asOf: EARLY_AS_OF });
  });

  afterAll(async () => {
    await early?.remove();
  });

  it('registers nothing after an early as-of date', async () => {
    const rows = await early.warehouse.query(`SELECT CAST(max(day) AS VARCHAR) AS latest FROM (${LATEST_DATE})`);

    expect(String(rows[0].latest) <= EARLY_AS_OF).toBe(true);
  });

  it('records the as-of date in warehouse_info', async () => {
    const rows = await early.warehouse.query("SELECT value FROM warehouse_info WHERE key = 'as_of'");

    expect(rows[0].value).toBe(EARLY_AS_OF);
  });

  it('honours the asset count with an early as-of date', async () => {
    expect(await queryNumber(early.warehouse, 'SELECT count(*) FROM assets')).toBe(2_000);
  });

  it('writes a sample as of the day the register opens', async () => {
    const sample = await writeTemporarySample({ seed: 5, assets: 200, asOf: REGISTER_OPENS });
    try {
      const rows = await sample.warehouse.query(`SELECT CAST(max(day) AS VARCHAR) AS latest FROM (${LATEST_DATE})`);
      expect(rows[0].latest).toBe(REGISTER_OPENS);
      expect(await queryNumber(sample.warehouse, 'SELECT count(*) FROM assets')).toBe(200);
    } finally {
      await sample.remove();
    }
  });

  it('has fixed defaults', () => {
    expect(DEFAULT_SAMPLE).toEqual({ seed: 20_190_101, assets: 20_000, asOf: '2026-09-30' });
  });

  describe('rejects', () => {
    let folder: string;
    let existing: string;

    beforeAll(() => {
      folder = mkdtempSync(join(tmpdir(), 'sample-options-'));
      existing = join(folder, 'existing.duckdb');
      writeFileSync(existing, 'an earlier warehouse');
    });

    afterAll(() => {
      rmSync(folder, { recursive: true, force: true });
    });

    it.each([
      ['a negative seed', { seed: -1 }, /Invalid sample seed -1/],
      ['a fractional seed', { seed: 1.5 }, /Invalid sample seed 1.5/],
      ['zero assets', { assets: 0 }, /Invalid sample asset count 0/],
      ['too many assets', { assets: 10_000_000 }, /Invalid sample asset count 10000000: expected a whole number from 1 to 9,999,999/],
      ['a date that does not exist', { asOf: '2026-02-30' }, /Invalid sample as-of date "2026-02-30"/],
      ['a date in another format', { asOf: '30/09/2026' }, /Invalid sample as-of date "30\/09\/2026"/],
      ['a date before the register opens', { asOf: '2018-12-31' }, /the synthetic register opens on 2019-01-01/],
    ])('%s and leaves the existing file', async (_case, option, message) => {
      await expect(writeSampleWarehouse({ ...DEFAULT_SAMPLE, ...option, warehousePath: existing })).rejects.toThrow(message);
      expect(readFileSync(existing, 'utf8')).toBe('an earlier warehouse');
    });
  });
});
