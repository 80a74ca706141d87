/** The fixture's latest edition as the explore page sees it, for the explore unit tests. */
import { fileURLToPath } from 'node:url';
import { buildExploreEdition } from '../../src/lib/explore/build-metadata.ts';
import type { ExploreDataset, ExploreEdition } from '../../src/lib/explore/metadata.ts';
import { readVettedFolder } from '../../src/lib/vetted/read-vetted-folder.ts';
import type { VettedEdition } from '../../src/lib/vetted/published-dataset.ts';

export const FIXTURE_VETTED_DIR = fileURLToPath(new URL('../fixtures/vetted/', import.meta.url));

/** Reads the fixture's latest edition. */
export function readLatestFixtureEdition(): VettedEdition {
  return readVettedFolder(FIXTURE_VETTED_DIR).at(-1)!;
}

/** Builds the explore metadata of the fixture's latest edition. */
export function latestExploreEdition(): ExploreEdition {
  return buildExploreEdition(readLatestFixtureEdition());
}

/** Returns a dataset of the explore metadata by id. Throws naming the id when the fixture has none. */
export function exploreDataset(edition: ExploreEdition, id: string): ExploreDataset {
  const dataset = edition.datasets.find((candidate) => candidate.id === id);
  if (!dataset) throw new Error(`The fixture has no dataset ${id}`);
  return dataset;
}
