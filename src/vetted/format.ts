/**
 * The vetted datasets: the only input the site may read. The pipeline writes
 * one folder per edition after the policy engine has run:
 *
 *   <vetted>/<edition>/manifest.json      edition, policy version, snapshot hash, counts
 *   <vetted>/<edition>/<dataset>.csv      the published table, [c] for withheld cells
 *   <vetted>/<edition>/<dataset>.json     its definition and the same rows, typed
 *   <vetted>/<edition>/<dataset>.parquet  the same rows, typed, withheld cells NULL
 *   <vetted>/<edition>/datapackage.json   Frictionless Data Package descriptor
 *   <vetted>/<edition>/csv-metadata.json  CSV on the Web (W3C) metadata of the CSV files
 *   <vetted>/<edition>/SHA256SUMS         SHA-256 of every file above, as sha256sum writes it
 *   <vetted>/<edition>/edition.md         the edition's commentary, when reports/ has one
 *   <vetted>/release-calendar.yaml        the announced release dates, when reports/ has them
 *
 * Every measure column has a status column beside it (`assets_status`) that
 * contains [r] when the published value differs from the previous published
 * edition's value of the same cell, and the empty string otherwise. A
 * withheld value is [c] in the value column itself (NULL in Parquet), and its
 * status is always empty: a withheld cell is never marked revised.
 */
import { z } from 'zod';
import { sourceIdSchema } from './sources.ts';

/** Shorthand written in place of a withheld value (GSS convention). */
export const CONFIDENTIAL = '[c]';

/** Shorthand of a published value that differs from the previous published edition's value of the same cell. */
export const REVISED = '[r]';

/** Shorthand of a figure that is not available (GSS convention). */
export const NOT_AVAILABLE = '[x]';

/** Shorthand of a figure that is not applicable (GSS convention). */
export const NOT_APPLICABLE = '[z]';

/** Suffix of the column that contains a measure's status: `assets` has `assets_status`. */
export const STATUS_SUFFIX = '_status';

/** Status of a published value: none, or revised since the previous published edition. */
export const cellStatusSchema = z.enum(['', REVISED]);

/** File names of an edition folder's open data files, besides one CSV, JSON and Parquet file per dataset. */
export const MANIFEST_FILE = 'manifest.json';
export const DATA_PACKAGE_FILE = 'datapackage.json';
export const CSVW_METADATA_FILE = 'csv-metadata.json';
export const CHECKSUMS_FILE = 'SHA256SUMS';
export const COMMENTARY_FILE = 'edition.md';
export const RELEASE_CALENDAR_FILE = 'release-calendar.yaml';

/** Returns the name of the column that contains a measure's status. */
export function statusColumn(measureColumn: string): string {
  return `${measureColumn}${STATUS_SUFFIX}`;
}

export const EDITION_PATTERN = /^\d{4}-q[1-4]$/;

export const dimensionSchema = z.strictObject({
  /** Column holding the code (category_id, gsp_group_id, product_id). */
  column: z.string(),
  /** Column holding the display name. */
  nameColumn: z.string(),
  label: z.string(),
  /** Code and name of the row that totals the dimension. */
  total: z.strictObject({ id: z.string(), name: z.string() }),
  /** Whether the total is the sum of the other rows. */
  additive: z.boolean(),
});

export const measureSchema = z.strictObject({
  column: z.string(),
  label: z.string(),
  unit: z.string(),
  kind: z.enum(['frequency', 'magnitude']),
  decimals: z.number().int().min(0),
  description: z.string(),
});

export const datasetDefinitionSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string(),
  description: z.string(),
  dimension: dimensionSchema,
  measures: z.array(measureSchema).min(1),
});

/** A published value: a number, or the shorthand of a withheld cell. */
export const publishedValueSchema = z.union([z.number(), z.literal(CONFIDENTIAL)]);

export const vettedDatasetSchema = z.strictObject({
  edition: z.string().regex(EDITION_PATTERN),
  /** Published edition whose values the [r] markers compare with; null when there is none. */
  previousEdition: z.string().regex(EDITION_PATTERN).nullable(),
  definition: datasetDefinitionSchema,
  /** Column order of the CSV file. */
  columns: z.array(z.string()),
  rows: z.array(z.record(z.string(), z.union([z.string(), z.number()]))),
});

export const manifestSchema = z.strictObject({
  edition: z.string().regex(EDITION_PATTERN),
  /** First and last quarter of every series in the edition. */
  firstQuarter: z.string(),
  lastQuarter: z.string(),
  /** Last day of the edition's quarter, ISO date. */
  periodEnd: z.string(),
  policyVersion: z.string(),
  /** SHA-256 of the warehouse snapshot's contents that the loaders read. */
  warehouseSnapshot: z.string(),
  asOf: z.string(),
  /** Source of the figures (fmar, repd or sample); manifests written before the field read as fmar. */
  source: z.optional(sourceIdSchema),
  /** Published edition whose values the [r] markers compare with; null when there is none. */
  previousEdition: z.string().regex(EDITION_PATTERN).nullable(),
  datasets: z.array(
    z.strictObject({
      id: z.string(),
      title: z.string(),
      rows: z.number().int(),
      csv: z.string(),
      json: z.string(),
      parquet: z.string(),
      /** Number of cells marked [r]. */
      revised: z.number().int().min(0),
    }),
  ),
  /** Withheld cells by rule, over the whole edition; never which cell. */
  suppression: z.record(z.string(), z.number().int()),
  /** Data-quality gate: how many checks ran, and the rows flagged by each check that warned. */
  quality: z.optional(
    z.strictObject({
      checks: z.number().int(),
      warnings: z.array(z.strictObject({ check: z.string(), description: z.string(), rows: z.number().int() })),
    }),
  ),
});

export type DatasetDefinition = z.infer<typeof datasetDefinitionSchema>;
export type CellStatus = z.infer<typeof cellStatusSchema>;
export type VettedDataset = z.infer<typeof vettedDatasetSchema>;
export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestDataset = Manifest['datasets'][number];

/** Returns a dataset's entry in the manifest: its files, named after its id, and its counts. */
export function manifestDataset(dataset: VettedDataset, revised: number): ManifestDataset {
  const id = dataset.definition.id;
  return { id, title: dataset.definition.title, rows: dataset.rows.length, csv: `${id}.csv`, json: `${id}.json`, parquet: `${id}.parquet`, revised };
}
