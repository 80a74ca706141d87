import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableDigests, writeTemporarySample, type TemporarySample } from './sample-helpers.ts';

const OPTIONS = { seed: 7, assets: 3_000, asOf: '2026-09-30' };

describe('sample warehouse determinism', () => {
  let first: TemporarySample;
  let second: TemporarySample;
  let otherSeed: TemporarySample;

  beforeAll(async () => {
    first = await writeTemporarySample(OPTIONS);
    second = await writeTemporarySample(OPTIONS);
    otherSeed = await writeTemporarySample({ ...OPTIONS, seed: 8 });
  });

  afterAll(async () => {
    await first?.remove();
    await second?.remove();
    await otherSeed?.remove();
  });

  it('gives identical tables for identical options', async () => {
    const firstDigests = await tableDigests(first.warehouse);
    const secondDigests = await tableDigests(second.warehouse);

    expect(secondDigests).toEqual(firstDigests);
  });

  it('gives identical summaries for identical options', () => {
    const { warehousePath: _first, ...firstSummary } = first.summary;
    const { warehousePath: _second, ...secondSummary } = second.summary;

    expect(secondSummary).toEqual(firstSummary);
  });

  it.each(['organisations', 'assets', 'market_units', 'market_unit_assets', 'qualifications'])(
    'gives a different %s table for another seed',
    async (table) => {
      const firstDigests = await tableDigests(first.warehouse);
      const otherDigests = await tableDigests(otherSeed.warehouse);

      expect(otherDigests[table]).not.toBe(firstDigests[table]);
    },
  );

  it('keeps the reference tables for another seed', async () => {
    const firstDigests = await tableDigests(first.warehouse);
    const otherDigests = await tableDigests(otherSeed.warehouse);

    expect(otherDigests.gsps).toBe(firstDigests.gsps);
    expect(otherDigests.products).toBe(firstDigests.products);
  });

  it('records the seed and asset count as the source', async () => {
    const rows = await first.warehouse.query("SELECT value FROM warehouse_info WHERE key = 'source'");

    expect(rows[0].value).toBe('synthetic sample (seed 7, 3000 assets)');
  });
});
