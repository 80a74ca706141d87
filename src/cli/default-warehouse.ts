import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/** Sample warehouse that `npm run build` uses, created on first use. */
export const DEFAULT_WAREHOUSE = 'warehouse/sample.duckdb';

/** Folder for vetted datasets and the publisher's reports. */
export const DEFAULT_WORK_DIR = '.fmar-build';

/** Editions folder: commentary, frozen data of published editions and the release calendar. */
export const DEFAULT_REPORTS_DIR = 'reports';

/** Returns the default warehouse's path, writing the sample warehouse first when it is missing. */
export async function ensureDefaultWarehouse(log: (line: string) => void): Promise<string> {
  if (existsSync(DEFAULT_WAREHOUSE)) return DEFAULT_WAREHOUSE;

  const { DEFAULT_SAMPLE, writeSampleWarehouse } = await import('../../data-loaders/sample/index.ts');
  log(`warehouse: ${DEFAULT_WAREHOUSE} is missing; writing the sample warehouse (seed ${DEFAULT_SAMPLE.seed}, ${DEFAULT_SAMPLE.assets} assets, as of ${DEFAULT_SAMPLE.asOf})`);
  mkdirSync(dirname(DEFAULT_WAREHOUSE), { recursive: true });
  await writeSampleWarehouse({ warehousePath: DEFAULT_WAREHOUSE, ...DEFAULT_SAMPLE, log });
  return DEFAULT_WAREHOUSE;
}
