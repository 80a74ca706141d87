import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseEditionCommentary, type EditionCommentary } from '../../editions/front-matter.ts';
import { parseChecksums, verifyChecksums } from '../../open-data/checksums.ts';
import {
  CHECKSUMS_FILE,
  COMMENTARY_FILE,
  MANIFEST_FILE,
  manifestSchema,
  vettedDatasetSchema,
  type Manifest,
} from '../../vetted/format.ts';
import { parseQuarter, quarterEndIso } from '../quarters/quarter.ts';
import { checkCsvMatchesRows } from './check-csv.ts';
import type { PublishedDataset, VettedEdition } from './published-dataset.ts';
import { readJsonFile, readTextFile } from './read-json-file.ts';
import { validateRows } from './validate-rows.ts';
import { VettedDataError } from './vetted-data-error.ts';

export { MANIFEST_FILE };

/** File names a manifest may list: plain names inside the edition folder, never a path. */
const DATASET_FILE_PATTERN = /^[a-z0-9-]+\.(csv|json|parquet)$/;

/**
 * Reads and validates one edition folder: its manifest, every dataset the
 * manifest lists (JSON, and the CSV checked against it), its files against
 * SHA256SUMS, and its commentary when it has one. Throws a VettedDataError
 * naming the first file that is missing or invalid.
 */
export function readEdition(vettedDir: string, editionId: string): VettedEdition {
  const dir = join(vettedDir, editionId);
  const manifestFile = join(dir, MANIFEST_FILE);
  const manifest = readJsonFile(manifestFile, manifestSchema);
  checkManifest(manifest, editionId, manifestFile);

  const datasets = manifest.datasets.map((entry) => readDataset(dir, manifest, entry, manifestFile));

  // The checksums come last, so that an invalid file is reported by what is
  // wrong in it rather than only as a changed checksum.
  const dataFiles = checkFiles(dir);
  for (const dataset of datasets) {
    for (const name of [dataset.csvName, dataset.jsonName, dataset.parquetName]) {
      if (!dataFiles.includes(name)) throw new VettedDataError(join(dir, CHECKSUMS_FILE), `does not list ${name}`);
    }
  }
  return { id: editionId, dir, manifest, datasets, commentary: readCommentary(dir, editionId), dataFiles };
}

/** Checks an edition folder against its SHA256SUMS and returns the files the site publishes. */
function checkFiles(dir: string): string[] {
  const problems = verifyChecksums(dir);
  if (problems.length > 0) throw new VettedDataError(dir, `files do not match ${CHECKSUMS_FILE}:\n  ${problems.join('\n  ')}`);

  const listFile = join(dir, CHECKSUMS_FILE);
  return [...parseChecksums(readTextFile(listFile), listFile).map((entry) => entry.file), CHECKSUMS_FILE];
}

/** Reads the edition's commentary, or returns undefined when it has none. */
function readCommentary(dir: string, editionId: string): EditionCommentary | undefined {
  const file = join(dir, COMMENTARY_FILE);
  if (!existsSync(file)) return undefined;

  let commentary: EditionCommentary;
  try {
    commentary = parseEditionCommentary(readTextFile(file), file);
  } catch (error) {
    if (error instanceof VettedDataError) throw error;
    throw new VettedDataError(file, (error as Error).message.replace(`${file}: `, ''));
  }
  if (commentary.frontMatter.period !== editionId) {
    throw new VettedDataError(file, `period is ${commentary.frontMatter.period} but the edition is ${editionId}`);
  }
  return commentary;
}

function checkManifest(manifest: Manifest, editionId: string, file: string): void {
  const fail = (problem: string): never => {
    throw new VettedDataError(file, problem);
  };

  if (manifest.edition !== editionId) fail(`edition is ${manifest.edition} but the folder is ${editionId}`);
  if (manifest.lastQuarter !== editionId) fail(`lastQuarter is ${manifest.lastQuarter} but the edition is ${editionId}`);
  try {
    if (parseQuarter(manifest.firstQuarter).index > parseQuarter(manifest.lastQuarter).index) {
      fail(`firstQuarter ${manifest.firstQuarter} is after lastQuarter ${manifest.lastQuarter}`);
    }
  } catch (error) {
    if (error instanceof VettedDataError) throw error;
    fail(`firstQuarter: ${(error as Error).message}`);
  }
  const expectedEnd = quarterEndIso(editionId);
  if (manifest.periodEnd !== expectedEnd) fail(`periodEnd is ${manifest.periodEnd} but ${editionId} ends on ${expectedEnd}`);

  const ids = manifest.datasets.map((entry) => entry.id);
  const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
  if (duplicate !== undefined) fail(`dataset ${duplicate} is listed twice`);
  if (ids.length === 0) fail('lists no datasets');

  for (const [rule, count] of Object.entries(manifest.suppression)) {
    if (count < 0) fail(`suppression.${rule} is ${count}; a count of withheld cells cannot be negative`);
  }
}

function readDataset(
  dir: string,
  manifest: Manifest,
  entry: Manifest['datasets'][number],
  manifestFile: string,
): PublishedDataset {
  for (const name of [entry.csv, entry.json, entry.parquet]) {
    if (!DATASET_FILE_PATTERN.test(name)) {
      throw new VettedDataError(manifestFile, `dataset ${entry.id}: "${name}" is not a plain .csv, .json or .parquet file name`);
    }
  }

  const jsonFile = join(dir, entry.json);
  const dataset = readJsonFile(jsonFile, vettedDatasetSchema);
  if (dataset.edition !== manifest.edition) {
    throw new VettedDataError(jsonFile, `edition is ${dataset.edition} but the manifest's is ${manifest.edition}`);
  }
  if (dataset.definition.id !== entry.id) {
    throw new VettedDataError(jsonFile, `definition.id is ${dataset.definition.id} but the manifest lists ${entry.id}`);
  }
  if (dataset.rows.length !== entry.rows) {
    throw new VettedDataError(jsonFile, `has ${dataset.rows.length} rows but the manifest lists ${entry.rows}`);
  }
  if (dataset.previousEdition !== null && dataset.previousEdition !== manifest.previousEdition) {
    throw new VettedDataError(jsonFile, `previousEdition is ${dataset.previousEdition} but the manifest's is ${manifest.previousEdition}`);
  }

  const rows = validateRows(dataset, manifest, jsonFile);
  const csvFile = join(dir, entry.csv);
  checkCsvMatchesRows(csvFile, dataset.columns, dataset.definition, rows);

  const revised = rows.reduce((sum, row) => sum + Object.values(row.statuses).filter((status) => status !== '').length, 0);
  if (revised !== entry.revised) {
    throw new VettedDataError(jsonFile, `has ${revised} cells marked revised but the manifest lists ${entry.revised}`);
  }

  return {
    edition: manifest.edition,
    definition: dataset.definition,
    columns: dataset.columns,
    rows,
    csvFile,
    csvName: entry.csv,
    jsonName: entry.json,
    parquetName: entry.parquet,
    previousEdition: dataset.previousEdition,
  };
}
