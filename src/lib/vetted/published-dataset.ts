import type { EditionCommentary } from '../../editions/front-matter.ts';
import type { CellStatus, DatasetDefinition, Manifest } from '../../vetted/format.ts';
import type { PublishedValue } from '../format/measures.ts';

/** One row of a dataset: a member of the dimension (or its total) in one quarter. */
export interface DatasetRow {
  quarter: string;
  memberId: string;
  memberName: string;
  /** Published value of each measure, by measure column. */
  values: Record<string, PublishedValue>;
  /** Status of each measure's value ([r] when revised, empty otherwise), by measure column. */
  statuses: Record<string, CellStatus>;
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
  /** File names of the JSON and Parquet copies in the edition folder. */
  jsonName: string;
  parquetName: string;
  /** Published edition whose values the [r] markers compare with; null when there is none. */
  previousEdition: string | null;
}

/** An edition folder after validation. */
export interface VettedEdition {
  /** Quarter of the edition, such as 2025-q4, which is also the folder name. */
  id: string;
  dir: string;
  manifest: Manifest;
  /** Datasets in the order of the manifest, which is the order the site shows them. */
  datasets: PublishedDataset[];
  /** Front matter and Markdown of edition.md; undefined when the edition has none. */
  commentary?: EditionCommentary;
  /** Files the site publishes under /data/<edition>/: every file SHA256SUMS lists, and SHA256SUMS itself. */
  dataFiles: string[];
}
