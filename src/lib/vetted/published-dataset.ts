import type { DatasetDefinition, Manifest } from '../../vetted/format.ts';
import type { PublishedValue } from '../format/measures.ts';

/** One row of a dataset: a member of the dimension (or its total) in one quarter. */
export interface DatasetRow {
  quarter: string;
  memberId: string;
  memberName: string;
  /** Published value of each measure, by measure column. */
  values: Record<string, PublishedValue>;
}

/** A vetted dataset after validation, as the site reads it. */
export interface PublishedDataset {
  edition: string;
  definition: DatasetDefinition;
  /** Column order of the CSV file. */
  columns: string[];
  rows: DatasetRow[];
  /** Absolute path of the CSV file, which the site publishes byte for byte. */
  csvFile: string;
  /** File name of the CSV file in the edition folder, such as capacity-by-technology.csv. */
  csvName: string;
}

/** An edition folder after validation. */
export interface VettedEdition {
  /** Quarter of the edition, such as 2025-q4, which is also the folder name. */
  id: string;
  dir: string;
  manifest: Manifest;
  /** Datasets in the order of the manifest, which is the order the site shows them. */
  datasets: PublishedDataset[];
}
