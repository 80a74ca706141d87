/**
 * Pre-compressed copies of the built site's larger text files and
 * WebAssembly, for static hosts that serve `file.gz` or `file.br` to a
 * browser that accepts gzip or Brotli. Compression uses node:zlib with fixed
 * settings, so the same input gives the same bytes on the same Node version
 * (zlib writes no timestamp into the gzip header).
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Files of this size or smaller are left alone: compression saves too little on them. */
export const MIN_BYTES = 1024;

/** Extensions of the files worth compressing: text formats and WebAssembly. Images such as PNG are compressed already. */
export const COMPRESSIBLE_EXTENSIONS = new Set(['.html', '.css', '.js', '.json', '.csv', '.svg', '.xml', '.txt', '.wasm', '.arrow']);

/** Files with no extension that are text, such as the checksums of each edition's data. */
const COMPRESSIBLE_NAMES = new Set(['SHA256SUMS']);

/**
 * Brotli quality by file size. Quality 11 gives the smallest output but is
 * slow. On the 34 MB DuckDB-WASM module (2-core build machine, Node 20),
 * quality 9 took 22 s and quality 5 took 1.9 s for 6.2 MB, against 7.7 MB for
 * gzip level 9. So files over 1 MiB get quality 5.
 */
const BROTLI_LARGE_FILE_BYTES = 1024 * 1024;
const BROTLI_QUALITY_SMALL = 11;
const BROTLI_QUALITY_LARGE = 5;

export interface PrecompressSummary {
  files: number;
  bytes: number;
  gzipBytes: number;
  brotliBytes: number;
}

/** Writes a .gz and a .br copy beside every compressible file over MIN_BYTES below `dir`, and returns what it wrote. */
export function precompressFolder(dir: string): PrecompressSummary {
  const summary: PrecompressSummary = { files: 0, bytes: 0, gzipBytes: 0, brotliBytes: 0 };

  for (const file of listCompressible(dir)) {
    const bytes = readFileSync(file);
    const gzip = gzipSync(bytes, { level: 9 });
    const brotli = brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: bytes.length > BROTLI_LARGE_FILE_BYTES ? BROTLI_QUALITY_LARGE : BROTLI_QUALITY_SMALL,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    });
    writeFileSync(`${file}.gz`, gzip);
    writeFileSync(`${file}.br`, brotli);

    summary.files += 1;
    summary.bytes += bytes.length;
    summary.gzipBytes += gzip.length;
    summary.brotliBytes += brotli.length;
  }
  return summary;
}

/** Lists the files to compress below `dir`, sorted so that the work is done in the same order every time. */
export function listCompressible(dir: string): string[] {
  const files = readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => COMPRESSIBLE_EXTENSIONS.has(extname(file)) || COMPRESSIBLE_NAMES.has(basename(file)))
    .filter((file) => statSync(file).size > MIN_BYTES);
  return files.sort();
}
