import { join } from 'node:path';
import { MANIFEST_FILE } from '../../vetted/format.ts';
import { findMarkerMismatches } from '../revisions/list-revisions.ts';
import type { VettedEdition } from './published-dataset.ts';
import { VettedDataError } from './vetted-data-error.ts';

/**
 * Checks every edition's revision markers against the edition they compare
 * with: that edition must be in the vetted folder, and a cell must be marked
 * [r] exactly when both editions publish a number for it and the numbers
 * differ. Throws a VettedDataError naming the file, cell and column.
 */
export function checkRevisionMarkers(editions: readonly VettedEdition[]): void {
  const byId = new Map(editions.map((edition) => [edition.id, edition]));

  for (const edition of editions) {
    const previousId = edition.manifest.previousEdition;
    const previous = previousId === null ? undefined : byId.get(previousId);
    if (previousId !== null && !previous) {
      throw new VettedDataError(
        join(edition.dir, MANIFEST_FILE),
        `previousEdition ${previousId} is not in the vetted folder; a published edition must be kept beside the editions that follow it`,
      );
    }

    for (const dataset of edition.datasets) {
      const before = dataset.previousEdition === null ? undefined : previous?.datasets.find((candidate) => candidate.definition.id === dataset.definition.id);
      const [mismatch] = findMarkerMismatches(dataset, before);
      if (mismatch) {
        const state = mismatch.marked ? `is marked [r] but equals the value of ${previousId ?? 'no earlier edition'}` : `differs from ${previousId} but is not marked [r]`;
        throw new VettedDataError(join(edition.dir, dataset.jsonName), `${mismatch.quarter} ${mismatch.memberId} ${mismatch.column} ${state}`);
      }
    }
  }
}
