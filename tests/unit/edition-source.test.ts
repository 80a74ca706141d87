/**
 * The source of an edition: read from warehouse_info by the pipeline,
 * carried in the manifest by id, and cited in the Data Package. A manifest
 * written before the field existed reads as FMAR.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openWarehouse } from '../../data-loaders/warehouse/open.ts';
import { writeWarehouseFile } from '../../data-loaders/warehouse/writer.ts';
import { buildDataPackage } from '../../src/open-data/data-package.ts';
import { readWarehouseSource } from '../../src/pipeline/warehouse-source.ts';
import { manifestSchema, vettedDatasetSchema } from '../../src/vetted/format.ts';
import { citeSource } from '../../src/vetted/sources.ts';
import { temporaryFolder } from '../helpers/warehouse.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/vetted/2025-q3/', import.meta.url));

async function sourceOf(text: string) {
  const path = join(temporaryFolder('fmar-source-'), 'warehouse.duckdb');
  await writeWarehouseFile(path, { asOf: '2024-04-12', source: text }, async () => {});
  const warehouse = await openWarehouse(path);
  try {
    return await readWarehouseSource(warehouse);
  } finally {
    await warehouse.close();
  }
}

describe('warehouse source', () => {
  it.each([
    ['REPD import of repd-q1-2024.csv', 'repd'],
    ['synthetic sample (seed 7, 3000 assets)', 'sample'],
    ['FMAR extract', 'fmar'],
  ])('reads %s as %s', async (text, id) => {
    const source = await sourceOf(text);

    expect(source.id).toBe(id);
    expect(source.text).toBe(text);
  });
});

describe('manifest source', () => {
  const fixture = JSON.parse(readFileSync(join(FIXTURE, 'manifest.json'), 'utf8'));

  it('reads an older manifest as FMAR', () => {
    const manifest = manifestSchema.parse(fixture);

    expect(manifest.source).toBeUndefined();
    expect(citeSource(manifest.source).title).toBe('Elexon, Flexibility Market Asset Register (FMAR)');
  });

  it('rejects an unknown source id', () => {
    expect(manifestSchema.safeParse({ ...fixture, source: 'elsewhere' }).success).toBe(false);
  });

  it('cites REPD in the data package', () => {
    const manifest = manifestSchema.parse({ ...fixture, source: 'repd' });
    const datasets = manifest.datasets.map((entry) => vettedDatasetSchema.parse(JSON.parse(readFileSync(join(FIXTURE, entry.json), 'utf8'))));
    const descriptor = buildDataPackage(manifest, datasets, (name) => readFileSync(join(FIXTURE, name)));

    expect(descriptor.sources).toEqual([{ title: 'Department for Energy Security and Net Zero, Renewable Energy Planning Database (REPD)' }]);
  });
});
