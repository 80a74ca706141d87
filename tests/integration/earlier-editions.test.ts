/**
 * A published edition constrains the next one: every cell it withheld stays
 * withheld in the next edition, so that no figure it protected can be
 * recovered by setting the two editions side by side. A correction of
 * earlier quarters in the warehouse is published as revisions, and the
 * audit still passes.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeSampleWarehouse } from '../../data-loaders/sample/index.ts';
import { newEdition } from '../../src/editions/new-edition.ts';
import { publishEdition } from '../../src/editions/publish-edition.ts';
import { main, type Output } from '../../src/cli/main.ts';
import { build } from '../../src/pipeline/build.ts';
import { CONFIDENTIAL, vettedDatasetSchema, type VettedDataset } from '../../src/vetted/format.ts';
import { temporaryFolder } from '../helpers/warehouse.ts';

const DATASETS = ['capacity-by-technology', 'capacity-by-category-class', 'bess-by-gsp-group', 'fsps-qualified-by-product'];

let folder: string;
let correctedWarehouse: string;
const logLines: string[] = [];

/** Copies the warehouse and adds 7.5 MW to six assets of three categories registered before 2024, as a correction would. */
async function writeCorrectedWarehouse(warehouse: string): Promise<string> {
  const corrected = join(folder, 'corrected.duckdb');
  copyFileSync(warehouse, corrected);
  const instance = await DuckDBInstance.create(corrected);
  const connection = await instance.connect();
  await connection.run(`
    UPDATE assets SET registered_capacity_mw = registered_capacity_mw + 7.5
    WHERE asset_id IN (
      SELECT asset_id FROM (
        SELECT asset_id, ROW_NUMBER() OVER (PARTITION BY category_id ORDER BY asset_id) AS rank
        FROM assets WHERE category_id IN ('wind', 'bess', 'heat_pump') AND registered_on < DATE '2024-01-01'
      ) WHERE rank <= 2
    )`);
  connection.closeSync();
  instance.closeSync();
  return corrected;
}

function readDataset(edition: string, id: string): VettedDataset {
  const path = join(folder, 'work', 'vetted', edition, `${id}.json`);
  return vettedDatasetSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** Returns "quarter|row|measure" of every withheld value of a dataset, up to a quarter. */
function withheldCells(dataset: VettedDataset, lastQuarter: string): Set<string> {
  const { dimension, measures } = dataset.definition;
  const cells = new Set<string>();
  for (const row of dataset.rows) {
    if (String(row.quarter) > lastQuarter) continue;
    for (const measure of measures) {
      if (row[measure.column] === CONFIDENTIAL) cells.add(`${row.quarter}|${row[dimension.column]}|${measure.column}`);
    }
  }
  return cells;
}

beforeAll(async () => {
  folder = temporaryFolder('fmar-earlier-');
  const warehouse = join(folder, 'sample.duckdb');
  const reportsDir = join(folder, 'reports');
  await writeSampleWarehouse({ warehousePath: warehouse, seed: 5, assets: 3000, asOf: '2026-09-30' });

  const options = { warehouse, outDir: join(folder, 'site'), workDir: join(folder, 'work'), reportsDir, skipSite: true };
  const { file } = newEdition({ reportsDir, edition: '2026-q2', leadStatistician: 'A. Statistician', contact: 'statistics@example.org' });
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^TODO: .*$/gm, 'Registered capacity rose in the quarter.'));
  await build({ ...options, edition: '2026-q2', log: () => {} });
  publishEdition({ reportsDir, vettedDir: join(folder, 'work', 'vetted'), edition: '2026-q2' });

  newEdition({ reportsDir });
  await build({ ...options, edition: '2026-q3', log: (line) => logLines.push(line) });

  correctedWarehouse = await writeCorrectedWarehouse(warehouse);
  await build({ ...options, warehouse: correctedWarehouse, workDir: join(folder, 'work-corrected'), edition: '2026-q3', log: () => {} });
}, 600_000);

describe('edition after a published one', () => {
  it('reads the published edition', () => {
    expect(logLines.join('\n')).toMatch(/earlier editions: 1 read, \d+ cells kept withheld, \d+ cells already published/);
  });

  it.each(DATASETS)('keeps withheld every cell %s withheld before', (id) => {
    const before = withheldCells(readDataset('2026-q2', id), '2026-q2');
    const after = withheldCells(readDataset('2026-q3', id), '2026-q2');

    expect(before.size).toBeGreaterThan(0);
    expect([...before].filter((cell) => !after.has(cell))).toEqual([]);
  });
});

describe('edition after a correction of earlier quarters', () => {
  it('marks the corrected figures revised', () => {
    const path = join(folder, 'work-corrected', 'vetted', '2026-q3', 'manifest.json');
    const manifest = JSON.parse(readFileSync(path, 'utf8'));
    const revised = manifest.datasets.reduce((sum: number, entry: { revised: number }) => sum + entry.revised, 0);

    expect(revised).toBeGreaterThan(0);
  });

  it('passes the audit', async () => {
    const lines: string[] = [];
    const output: Output = { out: (line) => lines.push(line), err: (line) => lines.push(line) };
    const code = await main(['audit', '--warehouse', correctedWarehouse, '--work', join(folder, 'work-corrected')], output);

    expect(lines.join('\n')).toContain('2026-q3: passed');
    expect(code).toBe(0);
  });
});
