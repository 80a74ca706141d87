import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { Manifest, VettedDataset } from '../vetted/format.ts';

/**
 * Writes an edition's vetted datasets and manifest into `vettedDir`,
 * replacing whatever the folder held. Files are written to a temporary folder
 * first, so a failure leaves the previous vetted datasets as they were.
 */
export function writeVettedEdition(vettedDir: string, manifest: Manifest, datasets: readonly VettedDataset[]): void {
  const temporary = `${vettedDir}.partial`;
  rmSync(temporary, { recursive: true, force: true });
  const editionDir = join(temporary, manifest.edition);
  mkdirSync(editionDir, { recursive: true });

  for (const dataset of datasets) {
    writeFileSync(join(editionDir, `${dataset.definition.id}.csv`), toCsv(dataset));
    writeFileSync(join(editionDir, `${dataset.definition.id}.json`), `${JSON.stringify(dataset, null, 2)}\n`);
  }
  writeFileSync(join(editionDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);

  mkdirSync(dirname(vettedDir), { recursive: true });
  rmSync(vettedDir, { recursive: true, force: true });
  renameSync(temporary, vettedDir);
}

/**
 * Formats a dataset as CSV: RFC 4180 (CRLF line ends, quotes where needed),
 * UTF-8 without a byte order mark, numbers with the measure's decimals.
 */
export function toCsv(dataset: VettedDataset): string {
  const decimals = new Map(dataset.definition.measures.map((measure) => [measure.column, measure.decimals]));
  const records = dataset.rows.map((row) =>
    dataset.columns.map((column) => {
      const value = row[column];
      const places = decimals.get(column);
      return typeof value === 'number' && places !== undefined ? value.toFixed(places) : String(value);
    }),
  );
  return stringify([dataset.columns, ...records], { record_delimiter: '\r\n' });
}
