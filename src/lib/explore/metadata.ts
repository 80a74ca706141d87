/**
 * Metadata of an edition that the explore page needs before the query
 * engine starts. The page embeds it as JSON, so the form is ready at once,
 * and the browser code reads it instead of the vetted files.
 */
import type { TableColumn } from './table-columns.ts';

export interface ExploreEdition {
  /** Edition id, such as 2025-q4. */
  id: string;
  /** Quarter of the edition in words: "October to December 2025". */
  period: string;
  /** Path of the anonymisation policy page, which explains [c]. */
  policyPath: string;
  /**
   * Size in bytes of the engine's WebAssembly module once decoded. The page
   * shows download progress against it, because the Content-Length of a
   * compressed response counts compressed bytes.
   */
  engineModuleBytes: number;
  datasets: ExploreDataset[];
}

export interface ExploreDataset {
  id: string;
  /** Name of the table in SQL. */
  table: string;
  title: string;
  description: string;
  dimension: ExploreDimension;
  measures: ExploreMeasure[];
  /** Members in the order the report shows them, the total included. */
  members: ExploreMember[];
  /** Quarters, oldest first. */
  quarters: ExploreQuarter[];
  columns: TableColumn[];
  /** Path of the Arrow IPC stream that holds the table. */
  arrowPath: string;
  /** Path of the published CSV file. */
  csvPath: string;
  csvName: string;
}

export interface ExploreDimension {
  column: string;
  nameColumn: string;
  /** Label in sentence case, such as "GSP group". */
  label: string;
  /** Plural label for running text, such as "GSP groups". */
  pluralLabel: string;
  total: { id: string; name: string };
  /** Whether the members add up to the total, so a sum over members is meaningful. */
  additive: boolean;
}

export interface ExploreMeasure {
  column: string;
  withheldColumn: string;
  /** Column that is true where the figure is marked [r], revised since the previous published edition. */
  revisedColumn: string;
  label: string;
  /** Label for tables and axes, with the unit of a magnitude: "Registered capacity (MW)". */
  heading: string;
  /** Label inside a sentence: "registered capacity". */
  sentenceLabel: string;
  unit: string;
  decimals: number;
  /**
   * Whether every value of the measure, withheld ones included, is known to
   * be zero or more, which makes "at least" bounds valid for aggregates over
   * withheld cells.
   */
  nonNegative: boolean;
}

export interface ExploreMember {
  id: string;
  name: string;
  isTotal: boolean;
}

export interface ExploreQuarter {
  id: string;
  /** Short label for tables and axes: "Oct to Dec 2025". */
  label: string;
  /** Last day of the quarter in words: "31 December 2025". */
  endLabel: string;
}

/** Returns the dataset with this id, or undefined when the edition has none. */
export function findDataset(edition: ExploreEdition, id: string): ExploreDataset | undefined {
  return edition.datasets.find((dataset) => dataset.id === id);
}

/** Returns the measure with this column, or undefined when the dataset has none. */
export function findMeasure(dataset: ExploreDataset, column: string): ExploreMeasure | undefined {
  return dataset.measures.find((measure) => measure.column === column);
}
