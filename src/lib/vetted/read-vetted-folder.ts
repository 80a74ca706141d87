import { readdirSync, statSync } from 'node:fs';
import { EDITION_PATTERN } from '../../vetted/format.ts';
import { checkRevisionMarkers } from './check-revisions.ts';
import type { VettedEdition } from './published-dataset.ts';
import { readEdition } from './read-edition.ts';
import { VettedDataError } from './vetted-data-error.ts';

/**
 * Reads every edition folder of a vetted folder, oldest first. Files and
 * hidden folders are ignored. Any other folder must be named like an edition
 * (2025-q4), so that a misnamed one fails the build instead of vanishing
 * from the site. Throws a VettedDataError naming the folder or file when the
 * folder is missing, contains no edition, or contains an invalid one, or when
 * an edition's [r] markers disagree with the edition they compare with.
 */
export function readVettedFolder(vettedDir: string): VettedEdition[] {
  const ids = listEditionIds(vettedDir);
  const editions = ids.map((id) => readEdition(vettedDir, id));
  checkRevisionMarkers(editions);
  return editions;
}

/** Lists the edition folders of a vetted folder, oldest first. Throws as readVettedFolder does. */
export function listEditionIds(vettedDir: string): string[] {
  let entries;
  try {
    if (!statSync(vettedDir).isDirectory()) throw new VettedDataError(vettedDir, 'is not a folder');
    entries = readdirSync(vettedDir, { withFileTypes: true });
  } catch (error) {
    if (error instanceof VettedDataError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new VettedDataError(vettedDir, code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? (error as Error).message})`);
  }

  const folders = entries.filter((entry) => entry.isDirectory() && !entry.name.startsWith('.')).map((entry) => entry.name);
  const misnamed = folders.filter((name) => !EDITION_PATTERN.test(name));
  if (misnamed.length > 0) {
    throw new VettedDataError(vettedDir, `folder ${misnamed.join(', ')} is not named like an edition (such as 2025-q4)`);
  }
  if (folders.length === 0) {
    throw new VettedDataError(vettedDir, 'contains no edition folder (such as 2025-q4/ with a manifest.json); check FMAR_VETTED_DIR');
  }
  return folders.sort();
}
