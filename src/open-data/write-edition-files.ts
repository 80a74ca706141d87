import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHECKSUMS_FILE, CSVW_METADATA_FILE, DATA_PACKAGE_FILE, MANIFEST_FILE, type Manifest, type VettedDataset } from '../vetted/format.ts';
import { checksumFolder, formatChecksums } from './checksums.ts';
import { toCsv } from './csv.ts';
import { buildCsvwMetadata } from './csvw.ts';
import { buildDataPackage } from './data-package.ts';
import { writeParquet } from './parquet.ts';

/**
 * Writes every file of an edition folder: per dataset its CSV, JSON and
 * Parquet files, then the manifest, the Data Package descriptor, the CSV on
 * the Web metadata and last the SHA256SUMS of all of them. `editionDir` must
 * be new or empty. The same manifest and datasets give the same bytes.
 */
export async function writeEditionFiles(editionDir: string, manifest: Manifest, datasets: readonly VettedDataset[]): Promise<void> {
  mkdirSync(editionDir, { recursive: true });

  for (const dataset of datasets) {
    const entry = manifest.datasets.find((candidate) => candidate.id === dataset.definition.id);
    if (!entry) throw new Error(`Dataset ${dataset.definition.id} is not in the manifest of ${manifest.edition}`);
    writeFileSync(join(editionDir, entry.csv), toCsv(dataset));
    writeFileSync(join(editionDir, entry.json), formatJson(dataset));
    await writeParquet(join(editionDir, entry.parquet), dataset);
  }
  writeFileSync(join(editionDir, MANIFEST_FILE), formatJson(manifest));

  const readFile = (name: string) => readFileSync(join(editionDir, name));
  writeFileSync(join(editionDir, DATA_PACKAGE_FILE), formatJson(buildDataPackage(manifest, datasets, readFile)));
  writeFileSync(join(editionDir, CSVW_METADATA_FILE), formatJson(buildCsvwMetadata(manifest, datasets)));

  writeFileSync(join(editionDir, CHECKSUMS_FILE), formatChecksums(checksumFolder(editionDir)));
}

/** Formats a value as JSON with two-space indents and a final newline. */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
