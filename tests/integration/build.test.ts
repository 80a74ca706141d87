/**
 * The whole build on a small sample warehouse: vetted datasets, the site,
 * determinism, no identifier in the output, and a failed build that leaves
 * the previous output as it was.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ASSET_CATEGORIES } from '../../data-loaders/reference/index.ts';
import { writeSampleWarehouse } from '../../data-loaders/sample/index.ts';
import { DuckDbWarehouse } from '../../data-loaders/warehouse/duckdb.ts';
import { build, type BuildResult } from '../../src/pipeline/build.ts';
import { CONFIDENTIAL, manifestSchema, vettedDatasetSchema } from '../../src/vetted/format.ts';
import { listFiles, readTree } from '../helpers/files.ts';
import { temporaryFolder } from '../helpers/warehouse.ts';

const SAMPLE = { seed: 7, assets: 4000, asOf: '2026-09-30' };

let folder: string;
let warehousePath: string;
let result: BuildResult;
const logLines: string[] = [];

function buildInto(name: string, extra: Partial<Parameters<typeof build>[0]> = {}) {
  return build({
    warehouse: warehousePath,
    outDir: join(folder, name, 'site'),
    workDir: join(folder, name, 'work'),
    log: () => {},
    ...extra,
  });
}

beforeAll(async () => {
  folder = temporaryFolder('fmar-build-');
  warehousePath = join(folder, 'sample.duckdb');
  await writeSampleWarehouse({ warehousePath, ...SAMPLE });
  result = await buildInto('first', { log: (line) => logLines.push(line) });
});

describe('build from the sample warehouse', () => {
  it('defaults to the latest complete quarter', () => {
    expect(result.edition).toBe('2026-q3');
  });

  it('logs every stage with what it produced', () => {
    const text = logLines.join('\n');
    for (const stage of ['quality checks', 'data loader capacity-by-technology', 'data loader capacity-by-category-class', 'data loader bess-by-gsp-group', 'data loader fsps-qualified-by-product', 'policy engine', 'site']) {
      expect(text).toMatch(new RegExp(`${stage}: .* in \\d`));
    }
  });

  it('writes valid vetted datasets and a manifest', () => {
    const editionDir = join(result.vettedDir, result.edition);
    const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(editionDir, 'manifest.json'), 'utf8')));
    expect(manifest.datasets.map((dataset) => dataset.id)).toEqual(['capacity-by-technology', 'capacity-by-category-class', 'bess-by-gsp-group', 'fsps-qualified-by-product']);

    for (const entry of manifest.datasets) {
      const dataset = vettedDatasetSchema.parse(JSON.parse(readFileSync(join(editionDir, entry.json), 'utf8')));
      expect(dataset.rows).toHaveLength(entry.rows);
    }
  });

  it('withholds some cells and publishes most of the latest quarter', () => {
    const values: unknown[] = [];
    for (const entry of result.manifest.datasets) {
      const dataset = JSON.parse(readFileSync(join(result.vettedDir, result.edition, entry.json), 'utf8'));
      const measures: string[] = dataset.definition.measures.map((measure: { column: string }) => measure.column);
      for (const row of dataset.rows.filter((candidate: Record<string, unknown>) => candidate.quarter === result.edition)) {
        values.push(...measures.map((measure) => row[measure]));
      }
    }
    const withheld = values.filter((value) => value === CONFIDENTIAL).length;

    expect(Object.values(result.manifest.suppression).reduce((sum, count) => sum + count, 0)).toBeGreaterThan(0);
    expect(withheld).toBeLessThan(values.length / 2);
  });

  it('publishes category classes that add up their categories and reveal no withheld one', () => {
    const read = (id: string) => JSON.parse(readFileSync(join(result.vettedDir, result.edition, `${id}.json`), 'utf8'));
    const classes = read('capacity-by-category-class');
    const categories = read('capacity-by-technology');
    let checkedSums = 0;

    for (const classRow of classes.rows.filter((row: Record<string, unknown>) => row.category_class_id !== 'all')) {
      const members = ASSET_CATEGORIES.filter((category) => category.classId === classRow.category_class_id).map((category) => category.id);
      const parts = categories.rows.filter((row: Record<string, unknown>) => row.quarter === classRow.quarter && members.includes(row.category_id as string));

      for (const measure of ['assets', 'registered_capacity_mw']) {
        const values = parts.map((row: Record<string, unknown>) => row[measure]);
        const withheld = values.filter((value: unknown) => value === CONFIDENTIAL).length;
        if (classRow[measure] === CONFIDENTIAL) continue;

        expect(withheld, `${classRow.quarter} ${classRow.category_class_id} ${measure}`).not.toBe(1);
        if (withheld > 0) continue;
        const sum = values.reduce((total: number, value: number) => total + value, 0);
        expect(Math.abs(sum - classRow[measure])).toBeLessThanOrEqual(0.05 * values.length + 1e-9);
        checkedSums++;
      }
    }
    expect(checkedSums).toBeGreaterThan(classes.rows.length / 2);
  });

  it('publishes the site with every page and download', () => {
    const site = join(folder, 'first', 'site');
    for (const page of ['index.html', `editions/${result.edition}/index.html`, 'policy/index.html', 'definitions/index.html']) {
      expect(existsSync(join(site, page)), page).toBe(true);
    }
    for (const dataset of result.manifest.datasets) {
      const vettedCsv = readFileSync(join(result.vettedDir, result.edition, dataset.csv));
      expect(readFileSync(join(site, 'data', result.edition, dataset.csv)).equals(vettedCsv)).toBe(true);
      expect(readFileSync(join(site, 'data', 'latest', dataset.csv)).equals(vettedCsv)).toBe(true);
    }
  });

  it('never writes the disclosure report into the site', () => {
    const site = listFiles(join(folder, 'first', 'site'));
    expect(site.filter((file) => file.includes('disclosure'))).toEqual([]);
    const reportPath = join(folder, 'first', 'work', 'publisher', result.edition, 'disclosure-report.json');
    const report = JSON.parse(readFileSync(reportPath, 'utf8'));
    const withheld = report.informationLossByTable.reduce((sum: number, table: { withheld: number }) => sum + table.withheld, 0);

    const tables = result.manifest.datasets.length * 2 - 1; // two measures per dataset, one for the FSPs
    expect(report.informationLossByTable).toHaveLength(tables);
    expect(report.suppressed.length).toBeGreaterThan(0);
    expect(withheld).toBeGreaterThanOrEqual(report.suppressed.length);
  });

  it('publishes no identifier from the warehouse', async () => {
    const warehouse = await DuckDbWarehouse.openFile(warehousePath);
    const identifiers = new Set<string>();
    const queries = [
      'SELECT name AS identifier FROM organisations',
      'SELECT company_number FROM organisations WHERE company_number IS NOT NULL',
      'SELECT org_id FROM organisations',
      'SELECT asset_id FROM assets',
      'SELECT mpan FROM assets WHERE mpan IS NOT NULL',
      'SELECT postcode FROM assets WHERE postcode IS NOT NULL',
      'SELECT market_unit_id FROM market_units',
    ];
    for (const sql of queries) {
      for (const row of await warehouse.query(sql)) identifiers.add(String(Object.values(row)[0]));
    }
    await warehouse.close();
    expect(identifiers.size).toBeGreaterThan(4000);

    // Compressed copies (.gz, .br), Parquet and the DuckDB-WASM module hold no
    // readable text: their sources (HTML, CSV, JSON, Arrow) are scanned instead.
    const site = [...readTree(join(folder, 'first', 'site'))].filter(([file]) => !/\.(gz|br|wasm|parquet)$/.test(file));
    const leaks: string[] = [];
    for (const [file, bytes] of site) {
      const text = bytes.toString('utf8');
      for (const identifier of identifiers) {
        if (identifier.length >= 5 && text.includes(identifier)) leaks.push(`${file}: ${identifier}`);
      }
    }
    expect(leaks).toEqual([]);
  });

  it('gives byte-identical vetted datasets and site on a second build', async () => {
    await buildInto('second');
    const first = readTree(join(folder, 'first'));
    const second = readTree(join(folder, 'second'));

    expect([...second.keys()]).toEqual([...first.keys()]);
    const different = [...first.keys()].filter((file) => !first.get(file)!.equals(second.get(file)!));
    expect(different).toEqual([]);
  });

  it('leaves the previous output untouched when the input is bad', async () => {
    const broken = join(folder, 'broken');
    const before = readTree(join(folder, 'first'));
    writeFileSync(join(folder, 'not-a-database.duckdb'), 'not a database');

    await expect(buildInto('first', { warehouse: broken })).rejects.toThrow(/not found/);
    await expect(buildInto('first', { warehouse: join(folder, 'not-a-database.duckdb') })).rejects.toThrow();
    await expect(buildInto('first', { edition: '2030-q1' })).rejects.toThrow(/after the warehouse's as-of date/);

    const after = readTree(join(folder, 'first'));
    expect([...after.keys()]).toEqual([...before.keys()]);
    expect([...after.keys()].filter((file) => !after.get(file)!.equals(before.get(file)!))).toEqual([]);
  });

  it('refuses an output that is a file before any stage', async () => {
    const outFile = join(folder, 'out-file');
    writeFileSync(outFile, 'notes');
    const workDir = join(folder, 'work-for-file');
    const stages: string[] = [];

    await expect(build({ warehouse: warehousePath, outDir: outFile, workDir, log: (line) => stages.push(line) })).rejects.toThrow(
      `Output ${outFile} is a file, not a folder; choose another --out`,
    );
    expect(stages).toEqual([]);
    expect(existsSync(workDir)).toBe(false);
  });
});
