import { join } from 'node:path';
import { manifestSchema, vettedDatasetSchema, type Manifest } from '../../vetted/format.ts';
import { parseQuarter, quarterEndIso } from '../quarters/quarter.ts';
import { checkCsvMatchesRows } from './check-csv.ts';
import type { PublishedDataset, VettedEdition } from './published-dataset.ts';
import { readJsonFile } from './read-json-file.ts';
import { validateRows } from './validate-rows.ts';
import { VettedDataError } from './vetted-data-error.ts';

export const MANIFEST_FILE = 'manifest.json';

/** File names a manifest may list: plain names inside the edition folder, never a path. */
const DATASET_FILE_PATTERN = /^[a-z0-9-]+\.(csv|json)$/;

/**
 * Reads and validates one edition folder: its manifest, then every dataset
 * the manifest lists (JSON, and the CSV checked against it). Throws a
 * VettedDataError naming the first file that is missing or invalid.
 */
export function readEdition(vettedDir: string, editionId: string): VettedEdition {
  const dir = join(vettedDir, editionId);
  const manifestFile = join(dir, MANIFEST_FILE);
  const manifest = readJsonFile(manifestFile, manifestSchema);
  checkManifest(manifest, editionId, manifestFile);

  const datasets = manifest.datasets.map((entry) => readDataset(dir, manifest, entry, manifestFile));
  return { id: editionId, dir, manifest, datasets };
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
  for (const name of [entry.csv, entry.json]) {
    if (!DATASET_FILE_PATTERN.test(name)) {
      throw new VettedDataError(manifestFile, `dataset ${entry.id}: "${name}" is not a plain .csv or .json file name`);
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

  const rows = validateRows(dataset, manifest, jsonFile);
  const csvFile = join(dir, entry.csv);
  checkCsvMatchesRows(csvFile, dataset.columns, dataset.definition, rows);

  return { edition: manifest.edition, definition: dataset.definition, columns: dataset.columns, rows, csvFile, csvName: entry.csv };
}
