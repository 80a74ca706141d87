import { assembleVettedFolder } from '../editions/assemble-vetted.ts';
import type { FrozenEdition } from '../editions/frozen-editions.ts';
import { writeEditionFiles } from '../open-data/write-edition-files.ts';
import type { Manifest, VettedDataset } from '../vetted/format.ts';

export { toCsv } from '../open-data/csv.ts';

/** Editions besides the one being built that the vetted folder keeps. */
export interface KeptEditions {
  /** Published editions, copied from their frozen data byte for byte. */
  frozen: readonly FrozenEdition[];
  /** Editions folder whose commentary and release calendar go with the editions. */
  reportsDir?: string;
}

/**
 * Writes an edition's vetted datasets, manifest and open data files into
 * `vettedDir`, next to a byte-for-byte copy of every published edition in
 * `kept`. Any other edition the folder contained is removed. Files are
 * written to a temporary folder first, so a failure leaves the previous
 * vetted datasets as they were.
 */
export async function writeVettedEdition(
  vettedDir: string,
  manifest: Manifest,
  datasets: readonly VettedDataset[],
  kept: KeptEditions = { frozen: [] },
): Promise<void> {
  await assembleVettedFolder(vettedDir, {
    frozen: kept.frozen,
    reportsDir: kept.reportsDir,
    writeNew: async (editionDir) => {
      await writeEditionFiles(editionDir(manifest.edition), manifest, datasets);
      return manifest.edition;
    },
  });
}
