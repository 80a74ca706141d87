import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, SiteBuildError } from '../../src/lib/build-site.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/vetted/', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'fmar-site-build-'));

/** Returns a SHA-256 of every file of a folder, by path relative to it. */
function hashTree(dir: string): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    hashes[relative(dir, file)] = createHash('sha256').update(readFileSync(file)).digest('hex');
  }
  return hashes;
}

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('buildSite', () => {
  const firstOut = join(scratch, 'first');
  const secondOut = join(scratch, 'second');
  const movedVetted = join(scratch, 'elsewhere', 'vetted');

  beforeAll(async () => {
    cpSync(FIXTURE, movedVetted, { recursive: true });
    await buildSite({ vettedDir: FIXTURE, outDir: firstOut });
    await buildSite({ vettedDir: movedVetted, outDir: secondOut });
  });

  it('gives byte-identical output', () => {
    const first = hashTree(firstOut);

    expect(Object.keys(first)).toContain('index.html');
    expect(Object.keys(first)).toContain('data/latest/capacity-by-technology.csv');
    expect(hashTree(secondOut)).toEqual(first);
  });

  it('publishes no server module or input path', () => {
    const files = Object.keys(hashTree(firstOut));
    // Scripts may ship only as client bundles under _astro/, which the explore page loads.
    expect(files.filter((file) => file.endsWith('.mjs'))).toEqual([]);
    expect(files.filter((file) => file.endsWith('.js') && !file.startsWith('_astro/'))).toEqual([]);

    for (const file of files.filter((name) => name.endsWith('.html'))) {
      const html = readFileSync(join(firstOut, file), 'utf8');
      expect(html, file).not.toContain(FIXTURE);
      expect(html, file).not.toContain(scratch);
    }
  });

  it('keeps the previous site when a build fails', async () => {
    const before = hashTree(secondOut);
    const manifest = join(movedVetted, '2025-q4', 'manifest.json');
    writeFileSync(manifest, '{ "edition": ');

    const failure = await buildSite({ vettedDir: movedVetted, outDir: secondOut }).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(SiteBuildError);
    expect((failure as SiteBuildError).output).toContain(`${manifest}: invalid JSON`);
    expect(hashTree(secondOut)).toEqual(before);
  });
});

describe('buildSite output folder', () => {
  it('rejects a folder of other files', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'fmar-not-a-site-'));
    writeFileSync(join(folder, 'thesis.txt'), 'keep me');

    await expect(buildSite({ vettedDir: FIXTURE, outDir: folder })).rejects.toThrow(/contains files that are not a built site/);
    expect(readFileSync(join(folder, 'thesis.txt'), 'utf8')).toBe('keep me');
  });

  it('rejects a file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'fmar-file-')), 'afile');
    writeFileSync(file, 'keep me');

    await expect(buildSite({ vettedDir: FIXTURE, outDir: file })).rejects.toThrow(/is a file, not a folder/);
  });
});
