/**
 * The audit command on a built edition: it passes on the files the build
 * wrote, and fails, naming the file, when a CSV or Parquet file no longer
 * agrees with the JSON file, even with SHA256SUMS written again to match.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeSampleWarehouse } from '../../data-loaders/sample/index.ts';
import { main, type Output } from '../../src/cli/main.ts';
import { checksumFolder, formatChecksums } from '../../src/open-data/checksums.ts';
import { writeParquet } from '../../src/open-data/parquet.ts';
import { build } from '../../src/pipeline/build.ts';
import { CHECKSUMS_FILE, vettedDatasetSchema } from '../../src/vetted/format.ts';
import { temporaryFolder } from '../helpers/warehouse.ts';

let folder: string;
let warehousePath: string;
let edition: string;

function capture(): Output & { lines: { out: string[]; err: string[] } } {
  const lines = { out: [] as string[], err: [] as string[] };
  return { lines, out: (line) => lines.out.push(line), err: (line) => lines.err.push(line) };
}

/** Copies the built work folder, lets `edit` change the edition's files, and rewrites SHA256SUMS to match. */
async function tamperedCopy(name: string, edit: (editionDir: string) => void | Promise<void>): Promise<string> {
  const work = join(folder, name);
  cpSync(join(folder, 'work'), work, { recursive: true });
  const editionDir = join(work, 'vetted', edition);

  await edit(editionDir);
  writeFileSync(join(editionDir, CHECKSUMS_FILE), formatChecksums(checksumFolder(editionDir)));
  return work;
}

async function audit(work: string) {
  const output = capture();
  const code = await main(['audit', '--warehouse', warehousePath, '--work', work], output);
  return { code, out: output.lines.out.join('\n'), err: output.lines.err.join('\n') };
}

beforeAll(async () => {
  folder = temporaryFolder('fmar-audit-');
  warehousePath = join(folder, 'sample.duckdb');
  await writeSampleWarehouse({ warehousePath, seed: 11, assets: 2000, asOf: '2026-09-30' });
  const result = await build({ warehouse: warehousePath, outDir: join(folder, 'site'), workDir: join(folder, 'work'), skipSite: true, log: () => {} });
  edition = result.edition;
}, 300_000);

describe('fmar-reports audit', () => {
  it('passes on the files the build wrote', async () => {
    const result = await audit(join(folder, 'work'));

    expect(result.code).toBe(0);
    expect(result.out).toContain(`audit ${edition}: passed`);
    expect(result.out).toContain('the CSV, Parquet and checksum files agree with the JSON files');
  });

  it('fails when a CSV figure was edited', async () => {
    const work = await tamperedCopy('csv-edited', (dir) => {
      const file = join(dir, 'capacity-by-technology.csv');
      const lines = readFileSync(file, 'utf8').split('\r\n');
      const cells = lines[1].split(',');
      cells[3] = String(Number(cells[3]) + 5);
      lines[1] = cells.join(',');
      writeFileSync(file, lines.join('\r\n'));
    });
    const result = await audit(work);

    expect(result.code).toBe(1);
    expect(result.err).toMatch(/published file disagrees: .*capacity-by-technology\.csv: line 2, column assets/);
    expect(result.out).toContain(`audit ${edition}: FAILED`);
    rmSync(work, { recursive: true, force: true });
  });

  it('fails when a Parquet file was rewritten with other figures', async () => {
    const work = await tamperedCopy('parquet-edited', async (dir) => {
      const dataset = vettedDatasetSchema.parse(JSON.parse(readFileSync(join(dir, 'bess-by-gsp-group.json'), 'utf8')));
      const row = dataset.rows.find((candidate) => typeof candidate.assets === 'number')!;
      row.assets = (row.assets as number) + 1;
      await writeParquet(join(dir, 'bess-by-gsp-group.parquet'), dataset);
    });
    const result = await audit(work);

    expect(result.code).toBe(1);
    expect(result.err).toMatch(/published file disagrees: .*bess-by-gsp-group\.parquet: differs from the Parquet file written from bess-by-gsp-group\.json/);
    rmSync(work, { recursive: true, force: true });
  });
});
