/**
 * A vetted folder with one draft edition whose series is long, as an edition
 * built from REPD is: 2024-q1 with every quarter from 2004-q1 (81 quarters).
 * The datasets take their definitions and members from the fixture's
 * 2025-q3 edition, with invented figures. The total of every dataset is
 * withheld in every third quarter, and two members are withheld in every
 * quarter, so chart descriptions have many withheld figures to describe.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeEditionFiles } from '../../src/open-data/write-edition-files.ts';
import {
  COMMENTARY_FILE,
  CONFIDENTIAL,
  manifestDataset,
  manifestSchema,
  statusColumn,
  vettedDatasetSchema,
  type Manifest,
  type VettedDataset,
} from '../../src/vetted/format.ts';
import type { SourceId } from '../../src/vetted/sources.ts';

const FIXTURE_EDITION = fileURLToPath(new URL('../fixtures/vetted/2025-q3/', import.meta.url));

export const LONG_EDITION = '2024-q1';
export const LONG_FIRST_QUARTER = '2004-q1';
export const LONG_QUARTERS = Array.from({ length: 81 }, (_, index) => `${2004 + Math.floor(index / 4)}-q${(index % 4) + 1}`);

/** Writes the long edition into `vettedDir` (a new folder) and returns the edition's folder. */
export async function writeLongEdition(vettedDir: string, source: SourceId | undefined): Promise<string> {
  const fixtureManifest = manifestSchema.parse(JSON.parse(readFileSync(join(FIXTURE_EDITION, 'manifest.json'), 'utf8')));
  const datasets = fixtureManifest.datasets.map((entry) =>
    lengthen(vettedDatasetSchema.parse(JSON.parse(readFileSync(join(FIXTURE_EDITION, entry.json), 'utf8')))),
  );

  const manifest: Manifest = {
    ...fixtureManifest,
    edition: LONG_EDITION,
    firstQuarter: LONG_FIRST_QUARTER,
    lastQuarter: LONG_EDITION,
    periodEnd: '2024-03-31',
    asOf: '2024-04-12',
    ...(source ? { source } : {}),
    previousEdition: null,
    datasets: datasets.map((dataset) => manifestDataset(dataset, 0)),
  };
  if (!source) delete manifest.source;

  const dir = join(vettedDir, LONG_EDITION);
  mkdirSync(dir, { recursive: true });
  await writeEditionFiles(dir, manifest, datasets);
  writeFileSync(
    join(dir, COMMENTARY_FILE),
    `---\nperiod: ${LONG_EDITION}\nrelease_date: 2024-05-09\nstatus: draft\nlead_statistician: A. Statistician\ncontact: statistics@example.org\nnotes: []\n---\nA long series.\n`,
  );
  return dir;
}

/** Returns the dataset with a row per member in every quarter of LONG_QUARTERS. */
function lengthen(dataset: VettedDataset): VettedDataset {
  const { dimension, measures } = dataset.definition;
  const members = new Map<string, string>();
  for (const row of dataset.rows) members.set(String(row[dimension.column]), String(row[dimension.nameColumn]));
  const withheldMembers = [...members.keys()].filter((id) => id !== dimension.total.id).slice(0, 2);

  const rows = LONG_QUARTERS.flatMap((quarter, quarterIndex) =>
    [...members].map(([memberId, memberName], memberIndex) => {
      const row: Record<string, string | number> = { quarter, [dimension.column]: memberId, [dimension.nameColumn]: memberName };
      const isTotal = memberId === dimension.total.id;
      const withheld = isTotal ? quarterIndex % 3 === 1 : withheldMembers.includes(memberId);
      for (const measure of measures) {
        const value = (quarterIndex + 1) * (memberIndex + 1) * (isTotal ? 10 : 1);
        row[measure.column] = withheld ? CONFIDENTIAL : value;
        row[statusColumn(measure.column)] = '';
      }
      return row;
    }),
  );
  return { edition: LONG_EDITION, previousEdition: null, definition: dataset.definition, columns: dataset.columns, rows };
}
