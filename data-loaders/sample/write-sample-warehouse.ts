/**
 * The synthetic sample warehouse: a DuckDB file with every table of the
 * warehouse schema, filled with a plausible, anonymous GB flexibility market.
 *
 * All rows are generated inside DuckDB with SQL, from hashes of the seed and
 * each row's number, and no row passes through JavaScript. The same seed,
 * asset count and as-of date therefore give the same rows on every run,
 * whatever the number of threads DuckDB uses.
 */
import { performance } from 'node:perf_hooks';
import type { DuckDbWarehouse } from '../warehouse/duckdb.ts';
import { writeWarehouseFile } from '../warehouse/writer.ts';
import { createAssetTable, insertAssets } from './assets.ts';
import { createGroupTable } from './groups.ts';
import { createUnitTables, insertMarketUnits } from './market-units.ts';
import { validateSampleOptions, type SampleOptions } from './options.ts';
import { insertOrganisations } from './organisations.ts';
import { insertQualifications } from './qualifications.ts';
import { createRandomMacros } from './random.ts';
import { insertGsps, insertProducts } from './reference-tables.ts';
import { summariseSample, type SampleSummary } from './summary.ts';

export interface WriteSampleOptions extends SampleOptions {
  /** Path of the DuckDB file to write; an existing file is replaced only when the run succeeds. */
  warehousePath: string;
  /** Receives one line of progress for each step. */
  log?: (line: string) => void;
}

/**
 * Writes a synthetic sample warehouse to options.warehousePath and returns
 * its row counts and totals.
 *
 * Throws, naming the option, when an option is invalid; the file at
 * warehousePath is then left as it was.
 */
export async function writeSampleWarehouse(options: WriteSampleOptions): Promise<SampleSummary> {
  const { warehousePath, seed, assets, asOf } = options;
  const log = options.log ?? (() => {});
  validateSampleOptions({ seed, assets, asOf });

  const source = `synthetic sample (seed ${seed}, ${assets} assets)`;
  const started = performance.now();
  log(`Writing a sample warehouse of ${assets.toLocaleString('en-GB')} assets to ${warehousePath} (seed ${seed}, as of ${asOf})`);

  let summary: SampleSummary | undefined;
  await writeWarehouseFile(warehousePath, { asOf, source }, async (warehouse) => {
    await fillSample(warehouse, { seed, assets, asOf }, log);
    summary = await summariseSample(warehouse, { warehousePath, seed, assets, asOf });
  });

  log(`Wrote the sample warehouse in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return summary!;
}

/** Runs the generation steps in dependency order, logging each with its duration. */
async function fillSample(warehouse: DuckDbWarehouse, options: SampleOptions, log: (line: string) => void): Promise<void> {
  const step = async (description: string, work: () => Promise<unknown>) => {
    const started = performance.now();
    await work();
    log(`  ${description} (${Math.round(performance.now() - started)} ms)`);
  };

  await createRandomMacros(warehouse, options.seed);
  await step('Generated reference tables: GSPs and products', async () => {
    await insertGsps(warehouse);
    await insertProducts(warehouse);
  });

  const numbering = await createGroupTable(warehouse, options.assets);
  await step('Generated assets', async () => {
    await createAssetTable(warehouse, options, numbering);
    await insertAssets(warehouse);
  });
  await step('Generated organisations', () => insertOrganisations(warehouse, options));
  await step('Generated market units', async () => {
    await createUnitTables(warehouse, options);
    await insertMarketUnits(warehouse, options);
  });
  await step('Generated qualifications', () => insertQualifications(warehouse, options));
}
