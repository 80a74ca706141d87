/**
 * Editions end to end on a small sample warehouse: build and publish
 * 2026-q2, change the warehouse so that earlier quarters are revised, then
 * build 2026-q3. The published edition must stay byte-identical, the
 * revisions must be marked [r] (never on a withheld cell), the open data must
 * match its descriptors, and a build that fails halfway must leave the
 * previous output untouched.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeSampleWarehouse } from '../../data-loaders/sample/index.ts';
import { buildPublishedSite } from '../../src/editions/build-published-site.ts';
import { newEdition } from '../../src/editions/new-edition.ts';
import { publishEdition } from '../../src/editions/publish-edition.ts';
import { build, type BuildResult } from '../../src/pipeline/build.ts';
import { CONFIDENTIAL, REVISED, statusColumn, vettedDatasetSchema, type VettedDataset } from '../../src/vetted/format.ts';
import { readTree } from '../helpers/files.ts';
import { checkCsvwMetadata, checkDataPackage } from '../helpers/open-data.ts';
import { temporaryFolder } from '../helpers/warehouse.ts';

const SAMPLE = { seed: 7, assets: 3000, asOf: '2026-09-30' };

let folder: string;
let warehousePath: string;
let reportsDir: string;
let frozenBefore: Map<string, Buffer>;
let latest: BuildResult;

function buildEdition(edition: string, skipSite: boolean) {
  return build({
    warehouse: warehousePath,
    edition,
    outDir: join(folder, 'site'),
    workDir: join(folder, 'work'),
    reportsDir,
    skipSite,
    log: () => {},
  });
}

/** Raises the capacity of the largest asset registered in 2024, so every quarter end from then on changes. */
async function reviseWarehouse(): Promise<void> {
  const instance = await DuckDBInstance.create(warehousePath);
  const connection = await instance.connect();
  await connection.run(`
    UPDATE assets SET registered_capacity_mw = registered_capacity_mw + 5
    WHERE asset_id = (
      SELECT asset_id FROM assets
      WHERE registered_on BETWEEN DATE '2024-01-01' AND DATE '2024-12-31' AND deregistered_on IS NULL
      ORDER BY registered_capacity_mw DESC, asset_id LIMIT 1
    )`);
  connection.closeSync();
  instance.closeSync();
}

function readDataset(dir: string, id: string): VettedDataset {
  return vettedDatasetSchema.parse(JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')));
}

beforeAll(async () => {
  folder = temporaryFolder('fmar-publishing-');
  warehousePath = join(folder, 'sample.duckdb');
  reportsDir = join(folder, 'reports');
  await writeSampleWarehouse({ warehousePath, ...SAMPLE });

  const { file } = newEdition({ reportsDir, edition: '2026-q2', leadStatistician: 'A. Statistician', contact: 'statistics@example.org' });
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^TODO: .*$/gm, 'Registered capacity rose in the quarter.'));
  await buildEdition('2026-q2', true);
  publishEdition({ reportsDir, vettedDir: join(folder, 'work', 'vetted'), edition: '2026-q2' });
  frozenBefore = readTree(join(reportsDir, '2026-q2', 'data'));

  await reviseWarehouse();
  newEdition({ reportsDir });
  latest = await buildEdition('2026-q3', false);
});

describe('published edition', () => {
  it('stays byte-identical after the warehouse changes', () => {
    const frozen = readTree(join(reportsDir, '2026-q2', 'data'));
    const vetted = readTree(join(folder, 'work', 'vetted', '2026-q2'));
    const site = readTree(join(folder, 'site', 'data', '2026-q2'));

    expect([...frozen.keys()]).toEqual([...frozenBefore.keys()]);
    for (const [file, bytes] of frozenBefore) {
      expect(frozen.get(file)?.equals(bytes), `frozen ${file}`).toBe(true);
      expect(vetted.get(file)?.equals(bytes), `vetted ${file}`).toBe(true);
      expect(site.get(file)?.equals(bytes), `site ${file}`).toBe(true);
    }
  });

  it('rejects a build of it', async () => {
    await expect(buildEdition('2026-q2', true)).rejects.toThrow(/Edition 2026-q2 is published and frozen .* a build cannot change it/);
  });

  it('appears on the site beside the new edition', () => {
    const archive = readFileSync(join(folder, 'site', 'editions', 'index.html'), 'utf8');
    expect(archive).toContain('/editions/2026-q2/');
    expect(archive).toContain('/editions/2026-q3/');
  });
});

describe('site of the published editions', () => {
  it('shows the published edition alone', async () => {
    const out = join(folder, 'published-site');
    await buildPublishedSite({ reportsDir, workDir: join(folder, 'published-work'), outDir: out });
    const site = readTree(out);

    expect(site.has('editions/2026-q2/index.html')).toBe(true);
    expect(site.has('editions/2026-q3/index.html')).toBe(false);
    expect(site.get('data/latest/SHA256SUMS')?.equals(frozenBefore.get('SHA256SUMS')!)).toBe(true);
  });
});

describe('revisions', () => {
  it('mark every changed cell [r] and no other', () => {
    let marked = 0;
    for (const entry of latest.manifest.datasets) {
      const now = readDataset(join(folder, 'work', 'vetted', '2026-q3'), entry.id);
      const before = new Map(readDataset(join(reportsDir, '2026-q2', 'data'), entry.id).rows.map((row) => [`${row.quarter}|${row[now.definition.dimension.column]}`, row]));

      for (const row of now.rows) {
        const old = before.get(`${row.quarter}|${row[now.definition.dimension.column]}`);
        for (const measure of now.definition.measures) {
          const status = row[statusColumn(measure.column)];
          const changed = old !== undefined && old[measure.column] !== row[measure.column];
          const withheld = row[measure.column] === CONFIDENTIAL || old?.[measure.column] === CONFIDENTIAL;
          expect(status, `${entry.id} ${row.quarter} ${measure.column}`).toBe(changed && !withheld ? REVISED : '');
          if (status === REVISED) marked += 1;
        }
      }
      expect(entry.revised).toBe(now.rows.reduce((sum, row) => sum + now.definition.measures.filter((measure) => row[statusColumn(measure.column)] === REVISED).length, 0));
    }
    expect(marked).toBeGreaterThan(0);
  });

  it('mark the total capacity of 2025-q4', () => {
    const capacity = readFileSync(join(folder, 'work', 'vetted', '2026-q3', 'capacity-by-technology.csv'), 'utf8');
    expect(capacity).toMatch(/\r\n2025-q4,all,All categories,\d+,,\d+\.\d,\[r\]\r\n/);
  });

  it('link each dataset to the previous edition', () => {
    expect(latest.manifest.previousEdition).toBe('2026-q2');
    const descriptor = JSON.parse(readFileSync(join(folder, 'work', 'vetted', '2026-q3', 'datapackage.json'), 'utf8'));
    expect(descriptor.resources[0].previousEdition).toEqual({ edition: '2026-q2', path: '../2026-q2/capacity-by-technology.csv' });
  });

  it('appear in the revisions table', () => {
    const page = readFileSync(join(folder, 'site', 'editions', '2026-q3', 'index.html'), 'utf8');
    expect(page).toContain('id="revisions-table"');
    expect(page).toContain(' [r]</td>');
  });
});

describe('open data of the built site', () => {
  for (const edition of ['2026-q2', '2026-q3', 'latest']) {
    it(`validates the data package of ${edition}`, () => {
      expect(checkDataPackage(join(folder, 'site', 'data', edition))).toEqual([]);
      expect(checkCsvwMetadata(join(folder, 'site', 'data', edition))).toEqual([]);
    });
  }

  it('publishes a feed and sitemap that parse', () => {
    const feed = readFileSync(join(folder, 'site', 'feed.xml'), 'utf8');
    const sitemap = readFileSync(join(folder, 'site', 'sitemap.xml'), 'utf8');
    expect(XMLValidator.validate(feed)).toBe(true);
    expect(XMLValidator.validate(sitemap)).toBe(true);

    const parsed = new XMLParser({ ignoreAttributes: false }).parse(feed);
    const entries = parsed.feed.entry;
    expect(entries).toHaveLength(2);
    expect(entries[1].published).toBe('2026-08-13T00:00:00Z');
    const urls = new XMLParser().parse(sitemap).urlset.url.map((url: { loc: string }) => url.loc);
    expect(urls).toContain('http://127.0.0.1:4321/editions/2026-q2/');
  });

  it('pre-compresses the larger files', () => {
    const site = readTree(join(folder, 'site'));
    expect(site.has('index.html.gz')).toBe(true);
    expect(site.has('index.html.br')).toBe(true);
  });
});

describe('failed build', () => {
  it('stops on invalid commentary before writing', async () => {
    const before = readTree(folder);
    const commentary = join(reportsDir, '2026-q3', 'edition.md');
    const text = readFileSync(commentary, 'utf8');
    writeFileSync(commentary, text.replace('status: draft', 'status: finished'));

    await expect(buildEdition('2026-q3', false)).rejects.toThrow(/edition.md: invalid front matter/);
    writeFileSync(commentary, text);

    const after = readTree(folder);
    expect([...after.keys()]).toEqual([...before.keys()]);
    expect([...before.keys()].filter((file) => !after.get(file)!.equals(before.get(file)!))).toEqual([]);
  });

  it('keeps the site when the site stage fails', async () => {
    const before = readTree(join(folder, 'site'));
    process.env.FMAR_SITE_URL = 'not a url';
    try {
      await expect(buildEdition('2026-q3', false)).rejects.toThrow(/FMAR_SITE_URL=not a url is not a URL/);
    } finally {
      delete process.env.FMAR_SITE_URL;
    }

    const after = readTree(join(folder, 'site'));
    expect([...after.keys()]).toEqual([...before.keys()]);
    expect([...before.keys()].filter((file) => !after.get(file)!.equals(before.get(file)!))).toEqual([]);
  });

  it('rejects a tampered frozen copy', async () => {
    const csv = join(reportsDir, '2026-q2', 'data', 'bess-by-gsp-group.csv');
    const original = readFileSync(csv);
    writeFileSync(csv, Buffer.concat([original, Buffer.from('\r\n')]));
    const before = readTree(join(folder, 'site'));

    await expect(buildEdition('2026-q3', false)).rejects.toThrow(/frozen data of published edition 2026-q2 does not match its checksums/);
    writeFileSync(csv, original);
    const after = readTree(join(folder, 'site'));
    expect([...after.keys()].filter((file) => !after.get(file)!.equals(before.get(file)!))).toEqual([]);
  });
});
