import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The vetted folder the end-to-end tests build the site from. */
export const FIXTURE_VETTED_DIR = fileURLToPath(new URL('../../fixtures/vetted/', import.meta.url));

/** An edition of the fixture and its datasets, read straight from the files. */
export interface FixtureEdition {
  id: string;
  datasets: FixtureDataset[];
  /** Number of figures the manifest counts as revised [r], over every dataset. */
  revised: number;
}

export interface FixtureDataset {
  id: string;
  csvName: string;
  csvFile: string;
  dimensionColumn: string;
  measures: { column: string; decimals: number }[];
}

/** Lists the fixture's editions, oldest first, with what the tests need of each dataset. */
export function listFixtureEditions(): FixtureEdition[] {
  const ids = readdirSync(FIXTURE_VETTED_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

  return ids.map((id) => {
    const manifest = JSON.parse(readFileSync(join(FIXTURE_VETTED_DIR, id, 'manifest.json'), 'utf8'));
    const revised = manifest.datasets.reduce((sum: number, entry: { revised: number }) => sum + entry.revised, 0);
    const datasets = manifest.datasets.map((entry: { id: string; csv: string; json: string }): FixtureDataset => {
      const dataset = JSON.parse(readFileSync(join(FIXTURE_VETTED_DIR, id, entry.json), 'utf8'));
      return {
        id: entry.id,
        csvName: entry.csv,
        csvFile: join(FIXTURE_VETTED_DIR, id, entry.csv),
        dimensionColumn: dataset.definition.dimension.column,
        measures: dataset.definition.measures.map((measure: { column: string; decimals: number }) => ({
          column: measure.column,
          decimals: measure.decimals,
        })),
      };
    });
    return { id, datasets, revised };
  });
}

/** Every page of the site built from the fixture, with its expected main heading. */
export function listSitePages(): { path: string; heading: string }[] {
  const editions = listFixtureEditions();
  return [
    { path: '/', heading: 'GB flexibility market reports' },
    { path: '/editions/', heading: 'All editions' },
    ...editions.map((edition) => ({ path: `/editions/${edition.id}/`, heading: 'GB flexibility market report:' })),
    { path: '/policy/', heading: 'Data anonymisation and aggregation policy' },
    { path: '/definitions/', heading: 'Definitions' },
    { path: '/open-data/', heading: 'Open data' },
    { path: '/data-dictionary/', heading: 'Data dictionary' },
  ];
}
