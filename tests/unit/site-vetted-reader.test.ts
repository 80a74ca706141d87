import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findValue, listMembers, listQuarters } from '../../src/lib/vetted/dataset-queries.ts';
import { readVettedFolder } from '../../src/lib/vetted/read-vetted-folder.ts';
import { checksumFolder, formatChecksums } from '../../src/open-data/checksums.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/vetted/', import.meta.url));

let vettedDir: string;

beforeEach(() => {
  vettedDir = join(mkdtempSync(join(tmpdir(), 'fmar-site-vetted-')), 'vetted');
  cpSync(FIXTURE, vettedDir, { recursive: true });
});

afterEach(() => {
  rmSync(join(vettedDir, '..'), { recursive: true, force: true });
});

function editFile(relativePath: string, edit: (text: string) => string): string {
  const file = join(vettedDir, relativePath);
  writeFileSync(file, edit(readFileSync(file, 'utf8')));
  return file;
}

function editJson(relativePath: string, edit: (document: any) => void): string {
  return editFile(relativePath, (text) => {
    const document = JSON.parse(text);
    edit(document);
    return JSON.stringify(document, null, 2);
  });
}

/** Rewrites an edition's SHA256SUMS after a test has edited its files. */
function resum(edition: string): void {
  const folder = join(vettedDir, edition);
  writeFileSync(join(folder, 'SHA256SUMS'), formatChecksums(checksumFolder(folder)));
}

describe('readVettedFolder on the fixture', () => {
  it('reads every edition, oldest first', () => {
    const editions = readVettedFolder(vettedDir);

    expect(editions.map((edition) => edition.id)).toEqual(['2025-q3', '2025-q4']);
    expect(editions[1].datasets.map((dataset) => dataset.definition.id)).toEqual([
      'capacity-by-technology',
      'capacity-by-category-class',
      'bess-by-gsp-group',
      'fsps-qualified-by-product',
    ]);
  });

  it('keeps [c] and numbers apart', () => {
    const capacity = readVettedFolder(vettedDir)[1].datasets[0];

    expect(findValue(capacity, '2025-q4', 'hydro', 'registered_capacity_mw')).toBe('[c]');
    expect(findValue(capacity, '2025-q4', 'all', 'registered_capacity_mw')).toBe(9753.1);
    expect(listQuarters(capacity)).toHaveLength(8);
    expect(listMembers(capacity).at(-1)).toEqual({ id: 'all', name: 'All categories', isTotal: true });
  });

  it('reads revision markers and the previous edition', () => {
    const [older, latest] = readVettedFolder(vettedDir);
    const capacity = latest.datasets[0];
    const solar = capacity.rows.find((row) => row.quarter === '2024-q4' && row.memberId === 'solar_pv');

    expect(latest.manifest.previousEdition).toBe('2025-q3');
    expect(older.manifest.previousEdition).toBeNull();
    expect(capacity.previousEdition).toBe('2025-q3');
    expect(solar?.statuses).toEqual({ assets: '[r]', registered_capacity_mw: '[r]' });
  });
});

describe('readVettedFolder on bad input', () => {
  it('rejects a missing folder', () => {
    expect(() => readVettedFolder(join(vettedDir, 'nowhere'))).toThrow(`${join(vettedDir, 'nowhere')}: does not exist`);
  });

  it('rejects a folder with no edition', () => {
    const empty = join(vettedDir, '..', 'empty');
    mkdirSync(empty);
    expect(() => readVettedFolder(empty)).toThrow('contains no edition folder');
  });

  it('rejects a misnamed edition folder', () => {
    mkdirSync(join(vettedDir, '2025-Q4'));
    expect(() => readVettedFolder(vettedDir)).toThrow('folder 2025-Q4 is not named like an edition');
  });

  it('names a missing manifest', () => {
    rmSync(join(vettedDir, '2025-q4', 'manifest.json'));
    expect(() => readVettedFolder(vettedDir)).toThrow(`${join(vettedDir, '2025-q4', 'manifest.json')}: does not exist`);
  });

  it('names invalid JSON', () => {
    const file = editFile('2025-q4/bess-by-gsp-group.json', (text) => text.slice(0, 100));
    expect(() => readVettedFolder(vettedDir)).toThrow(`${file}: invalid JSON`);
  });

  it('names schema drift in the manifest', () => {
    const file = editJson('2025-q4/manifest.json', (manifest) => {
      manifest.publishedBy = 'someone';
    });
    expect(() => readVettedFolder(vettedDir)).toThrow(new RegExp(`${escape(file)}: does not match the vetted format`));
  });

  it('names a wrong type in a row', () => {
    const file = editJson('2025-q4/capacity-by-technology.json', (dataset) => {
      dataset.rows[3].assets = '31';
    });
    expect(() => readVettedFolder(vettedDir)).toThrow(`${file}: row 4: column assets: expected a number or [c], found "31"`);
  });

  it('names an impossible value', () => {
    const file = editJson('2025-q4/capacity-by-technology.json', (dataset) => {
      dataset.rows[0].registered_capacity_mw = -5;
    });
    expect(() => readVettedFolder(vettedDir)).toThrow(`${file}: row 1: column registered_capacity_mw: expected a non-negative number, found -5`);
  });

  it('names a quarter outside the edition', () => {
    const file = editJson('2025-q3/capacity-by-technology.json', (dataset) => {
      dataset.rows[0].quarter = '2025-q4';
    });
    expect(() => readVettedFolder(vettedDir)).toThrow(`${file}: row 1: column quarter: 2025-q4 is outside the edition's quarters 2024-q1 to 2025-q3`);
  });

  it('names a missing total row', () => {
    const file = editJson('2025-q4/fsps-qualified-by-product.json', (dataset) => {
      dataset.rows = dataset.rows.filter((row: any) => !(row.quarter === '2025-q2' && row.product_id === 'all'));
    });
    editJson('2025-q4/manifest.json', (manifest) => {
      manifest.datasets.find((entry: { id: string }) => entry.id === 'fsps-qualified-by-product').rows -= 1;
    });
    expect(() => readVettedFolder(vettedDir)).toThrow(`${file}: missing the total row (product_id all) for 2025-q2`);
  });

  it('names a CSV that differs from its JSON', () => {
    const file = editFile('2025-q4/bess-by-gsp-group.csv', (text) => text.replace('2024-q1,_A,Eastern,57,', '2024-q1,_A,Eastern,59,'));
    expect(() => readVettedFolder(vettedDir)).toThrow(`${file}: line 2, column assets: "59" differs from 57 in the JSON file`);
  });

  it('names an edition that disagrees with its folder', () => {
    const file = editJson('2025-q3/manifest.json', (manifest) => {
      manifest.edition = '2025-q2';
    });
    expect(() => readVettedFolder(vettedDir)).toThrow(`${file}: edition is 2025-q2 but the folder is 2025-q3`);
  });

  it('names a file that differs from SHA256SUMS', () => {
    const file = join(vettedDir, '2025-q4', 'capacity-by-technology.parquet');
    writeFileSync(file, Buffer.concat([readFileSync(file), Buffer.from([0])]));
    expect(() => readVettedFolder(vettedDir)).toThrow(`${file} has SHA-256`);
  });

  it('names a file SHA256SUMS does not list', () => {
    writeFileSync(join(vettedDir, '2025-q4', 'notes.txt'), 'extra');
    expect(() => readVettedFolder(vettedDir)).toThrow(`${join(vettedDir, '2025-q4', 'notes.txt')} is not listed in SHA256SUMS`);
  });

  it('names an [r] marker with no revision', () => {
    const file = editJson('2025-q4/bess-by-gsp-group.json', (dataset) => {
      dataset.rows[0].assets_status = '[r]';
    });
    editJson('2025-q4/manifest.json', (manifest) => {
      manifest.datasets.find((entry: { id: string }) => entry.id === 'bess-by-gsp-group').revised += 1;
    });
    editFile('2025-q4/bess-by-gsp-group.csv', (text) => text.replace('2024-q1,_A,Eastern,57,,', '2024-q1,_A,Eastern,57,[r],'));
    resum('2025-q4');
    expect(() => readVettedFolder(vettedDir)).toThrow(`${file}: 2024-q1 _A assets is marked [r] but equals the value of 2025-q3`);
  });

  it('names a revision with no [r] marker', () => {
    editJson('2025-q3/bess-by-gsp-group.json', (dataset) => {
      dataset.rows[0].assets = 58;
    });
    editFile('2025-q3/bess-by-gsp-group.csv', (text) => text.replace('2024-q1,_A,Eastern,57,', '2024-q1,_A,Eastern,58,'));
    resum('2025-q3');
    expect(() => readVettedFolder(vettedDir)).toThrow(
      `${join(vettedDir, '2025-q4', 'bess-by-gsp-group.json')}: 2024-q1 _A assets differs from 2025-q3 but is not marked [r]`,
    );
  });

  it('rejects [r] on a withheld value', () => {
    const file = editJson('2025-q4/capacity-by-technology.json', (dataset) => {
      dataset.rows[3].assets_status = '[r]';
    });
    expect(() => readVettedFolder(vettedDir)).toThrow(`${file}: row 4: column assets_status: [r] on a withheld value`);
  });

  it('rejects a dataset path that leaves the folder', () => {
    const file = editJson('2025-q4/manifest.json', (manifest) => {
      manifest.datasets[0].json = '../2025-q3/capacity-by-technology.json';
    });
    expect(() => readVettedFolder(vettedDir)).toThrow(`${file}: dataset capacity-by-technology: "../2025-q3/capacity-by-technology.json" is not a plain`);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
