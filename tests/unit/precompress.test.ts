import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { precompressFolder } from '../../src/lib/precompress/precompress.ts';
import { temporaryFolder } from '../helpers/warehouse.ts';

function writeSite(folder: string): void {
  mkdirSync(join(folder, 'data'), { recursive: true });
  writeFileSync(join(folder, 'index.html'), `<!doctype html><p>${'Registered capacity. '.repeat(200)}</p>`);
  writeFileSync(join(folder, 'small.css'), 'body { margin: 0; }');
  writeFileSync(join(folder, 'data', 'SHA256SUMS'), `${'0'.repeat(64)}  a.csv\n`.repeat(40));
  writeFileSync(join(folder, 'logo.png'), Buffer.alloc(4096, 7));
}

describe('precompressFolder', () => {
  const first = temporaryFolder('fmar-precompress-');
  const second = temporaryFolder('fmar-precompress-');
  writeSite(first);
  writeSite(second);
  const summary = precompressFolder(first);
  precompressFolder(second);

  it('compresses large text files only', () => {
    expect(summary.files).toBe(2);
    expect(existsSync(join(first, 'index.html.gz'))).toBe(true);
    expect(existsSync(join(first, 'data', 'SHA256SUMS.br'))).toBe(true);
    expect(existsSync(join(first, 'small.css.gz'))).toBe(false);
    expect(existsSync(join(first, 'logo.png.gz'))).toBe(false);
  });

  it('writes copies that decompress to the file', () => {
    const html = readFileSync(join(first, 'index.html'));
    expect(gunzipSync(readFileSync(join(first, 'index.html.gz'))).equals(html)).toBe(true);
    expect(brotliDecompressSync(readFileSync(join(first, 'index.html.br'))).equals(html)).toBe(true);
  });

  it('gives the same bytes twice', () => {
    for (const name of ['index.html.gz', 'index.html.br', 'data/SHA256SUMS.gz', 'data/SHA256SUMS.br']) {
      expect(readFileSync(join(first, name)).equals(readFileSync(join(second, name))), name).toBe(true);
    }
  });
});
