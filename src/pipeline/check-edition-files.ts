/**
 * Checks that the published files of a vetted edition agree with its JSON
 * datasets: the manifest, the CSV files and SHA256SUMS as the site reads
 * them, and each Parquet file byte for byte against one written afresh from
 * the JSON. The audit compares the JSON with the warehouse, so together
 * they cover every file a reader downloads.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readEdition } from '../lib/vetted/read-edition.ts';
import { VettedDataError } from '../lib/vetted/vetted-data-error.ts';
import { writeParquet } from '../open-data/parquet.ts';
import { vettedDatasetSchema } from '../vetted/format.ts';

/** Returns a message for each published file that disagrees with the edition's JSON datasets; none when all agree. */
export async function checkEditionFiles(vettedDir: string, edition: string): Promise<string[]> {
  let published: ReturnType<typeof readEdition>;
  try {
    published = readEdition(vettedDir, edition);
  } catch (error) {
    if (error instanceof VettedDataError) return [error.message];
    throw error;
  }

  const problems: string[] = [];
  const scratch = mkdtempSync(join(tmpdir(), 'fmar-audit-parquet-'));
  try {
    for (const dataset of published.datasets) {
      const json = vettedDatasetSchema.parse(JSON.parse(readFileSync(join(published.dir, dataset.jsonName), 'utf8')));
      const expected = join(scratch, dataset.parquetName);
      await writeParquet(expected, json);

      const file = join(published.dir, dataset.parquetName);
      if (!readFileSync(file).equals(readFileSync(expected))) problems.push(`${file}: differs from the Parquet file written from ${dataset.jsonName}`);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return problems;
}
