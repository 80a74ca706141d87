import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SITE_FOLDERS = ['src/pages', 'src/layouts', 'src/components', 'src/lib', 'src/scripts'];
const IMPORT_PATTERN = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/**
 * Imports the site must never make: the warehouse, its adapters and loaders,
 * and database drivers. DuckDB-WASM is allowed: the explore page runs it in
 * the reader's browser over the vetted files.
 */
const FORBIDDEN = [/data-loaders\/(?!reference\/)/, /^@duckdb\/node-api/, /^pg$/, /src\/pipeline\//, /\.\.\/pipeline\//];

function listSourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|mjs|astro)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('site imports', () => {
  const files = SITE_FOLDERS.flatMap(listSourceFiles);

  it('finds the site sources', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('reach no warehouse or pipeline code', () => {
    const offending: string[] = [];
    for (const file of files) {
      for (const match of readFileSync(file, 'utf8').matchAll(IMPORT_PATTERN)) {
        const specifier = match[1] ?? match[2];
        if (FORBIDDEN.some((pattern) => pattern.test(specifier))) offending.push(`${relative(ROOT, file)} imports ${specifier}`);
      }
    }
    expect(offending).toEqual([]);
  });
});
