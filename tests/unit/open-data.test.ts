import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { verifyChecksums } from '../../src/open-data/checksums.ts';
import { writeParquet } from '../../src/open-data/parquet.ts';
import { vettedDatasetSchema } from '../../src/vetted/format.ts';
import { checkCsvwMetadata, checkDataPackage } from '../helpers/open-data.ts';
import { temporaryFolder } from '../helpers/warehouse.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/vetted/', import.meta.url));
const EDITIONS = readdirSync(FIXTURE, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);

describe.each(EDITIONS)('open data of fixture edition %s', (edition) => {
  const dir = join(FIXTURE, edition);

  it('has a valid data package', () => {
    expect(checkDataPackage(dir)).toEqual([]);
  });

  it('has valid CSV on the Web metadata', () => {
    expect(checkCsvwMetadata(dir)).toEqual([]);
  });

  it('matches its SHA256SUMS', () => {
    expect(verifyChecksums(dir)).toEqual([]);
  });

  it('declares OGL and [c] as missing', () => {
    const descriptor = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8'));
    const tabular = descriptor.resources.filter((resource: { profile: string }) => resource.profile === 'tabular-data-resource');

    expect(descriptor.licenses[0].name).toBe('OGL-UK-3.0');
    expect(descriptor.sources.length).toBeGreaterThan(0);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(tabular).toHaveLength(manifest.datasets.length);
    for (const resource of tabular) expect(resource.schema.missingValues).toContain('[c]');
  });
});

describe('data package checks', () => {
  it('report a changed CSV', () => {
    const folder = temporaryFolder('fmar-open-data-');
    for (const name of readdirSync(join(FIXTURE, '2025-q4'))) {
      const text = readFileSync(join(FIXTURE, '2025-q4', name));
      writeFileSync(join(folder, name), name === 'bess-by-gsp-group.csv' ? text.toString('utf8').replace(',57,', ',five,') : text);
    }

    const problems = checkDataPackage(folder);
    expect(problems.some((problem) => problem.includes('bess-by-gsp-group: hash is'))).toBe(true);
    expect(problems.some((problem) => problem.includes('"five" is not an integer'))).toBe(true);
  });
});

describe('data package profile', () => {
  it('reports an invalid descriptor', () => {
    const folder = temporaryFolder('fmar-open-data-');
    for (const name of readdirSync(join(FIXTURE, '2025-q4'))) writeFileSync(join(folder, name), readFileSync(join(FIXTURE, '2025-q4', name)));
    const descriptor = JSON.parse(readFileSync(join(folder, 'datapackage.json'), 'utf8'));
    descriptor.name = 'Not A Valid Name';
    descriptor.resources[0].schema.fields[0].type = 'text';
    writeFileSync(join(folder, 'datapackage.json'), JSON.stringify(descriptor));

    const problems = checkDataPackage(folder);
    expect(problems.some((problem) => problem.startsWith('data-package profile:'))).toBe(true);
    expect(problems.some((problem) => problem.startsWith('capacity-by-technology: tabular-data-resource profile:'))).toBe(true);
  });
});

describe('Parquet files', () => {
  it('give the same bytes twice', async () => {
    const folder = temporaryFolder('fmar-parquet-');
    const dataset = vettedDatasetSchema.parse(JSON.parse(readFileSync(join(FIXTURE, '2025-q4', 'capacity-by-technology.json'), 'utf8')));
    await writeParquet(join(folder, 'first.parquet'), dataset);
    await writeParquet(join(folder, 'second.parquet'), dataset);

    expect(readFileSync(join(folder, 'first.parquet')).equals(readFileSync(join(folder, 'second.parquet')))).toBe(true);
  });

  it('hold the CSV rows with NULL for [c]', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    const file = join(FIXTURE, '2025-q4', 'capacity-by-technology.parquet');
    const reader = await connection.runAndReadAll(
      `SELECT quarter, category_id, CAST(assets AS VARCHAR) AS assets, assets_status, CAST(registered_capacity_mw AS VARCHAR) AS mw FROM '${file}'`,
    );
    const rows = reader.getRowObjectsJson();
    connection.closeSync();
    instance.closeSync();

    const csv = readFileSync(join(FIXTURE, '2025-q4', 'capacity-by-technology.csv'), 'utf8').trim().split('\r\n').slice(1);
    expect(rows).toHaveLength(csv.length);
    const hydro = rows.find((row) => row.quarter === '2025-q4' && row.category_id === 'hydro');
    expect(hydro?.mw).toBeNull();
    const solar = rows.find((row) => row.quarter === '2024-q4' && row.category_id === 'solar_pv');
    expect(solar).toEqual({ quarter: '2024-q4', category_id: 'solar_pv', assets: '1992', assets_status: '[r]', mw: '1548.7' });
  });
});
