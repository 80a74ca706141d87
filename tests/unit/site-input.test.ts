import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveSiteInput } from '../../src/lib/site-input/resolve-site-input.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../fixtures/vetted/', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'fmar-site-input-'));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('resolveSiteInput', () => {
  it('resolves the fixture with the default output folder', () => {
    const input = resolveSiteInput({ FMAR_VETTED_DIR: FIXTURE }, ROOT);

    expect(input.editions).toEqual(['2025-q3', '2025-q4']);
    expect(input.outDir).toBe(join(ROOT, 'dist'));
    expect(input.policyFile).toBe(join(ROOT, 'policy', 'policy.yaml'));
  });

  it('requires FMAR_VETTED_DIR', () => {
    expect(() => resolveSiteInput({}, ROOT)).toThrow('FMAR_VETTED_DIR is not set');
  });

  it('names an empty vetted folder', () => {
    const empty = mkdtempSync(join(scratch, 'empty-'));
    expect(() => resolveSiteInput({ FMAR_VETTED_DIR: empty, FMAR_OUT_DIR: join(scratch, 'out') }, ROOT)).toThrow(
      `Cannot build the site from FMAR_VETTED_DIR=${empty}: ${empty}: contains no edition folder`,
    );
  });

  it('rejects an output folder inside the vetted folder', () => {
    const outDir = join(FIXTURE, 'site');
    expect(() => resolveSiteInput({ FMAR_VETTED_DIR: FIXTURE, FMAR_OUT_DIR: outDir }, ROOT)).toThrow(
      'overlaps the vetted folder',
    );
  });

  it('rejects the project folder as output', () => {
    const vettedOutsideRoot = join(scratch, 'vetted-copy');
    cpSync(FIXTURE, vettedOutsideRoot, { recursive: true });

    expect(() => resolveSiteInput({ FMAR_VETTED_DIR: vettedOutsideRoot, FMAR_OUT_DIR: ROOT }, ROOT)).toThrow(
      `FMAR_OUT_DIR=${ROOT.replace(/\/$/, '')} is the project folder`,
    );
  });
});
