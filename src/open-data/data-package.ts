/**
 * The Frictionless Data Package (v1) descriptor of an edition: one tabular
 * data resource per CSV file, with its Table Schema, dialect and SHA-256
 * hash, and plain data resources for the JSON and Parquet copies and the
 * manifest. The descriptor's profile is data-package rather than
 * tabular-data-package, because that profile requires every resource to be
 * a CSV file, and the Parquet and JSON copies are resources too.
 */
import { quarterMonthsLabel } from '../lib/quarters/quarter-labels.ts';
import { CONFIDENTIAL, MANIFEST_FILE, NOT_APPLICABLE, NOT_AVAILABLE, type Manifest, type VettedDataset } from '../vetted/format.ts';
import { citeSource } from '../vetted/sources.ts';
import { sha256Hex } from './checksums.ts';
import { describeColumns, type ColumnDescription } from './columns.ts';
import { LICENCE_ID, LICENCE_TITLE, LICENCE_URL, PUBLISHER } from './licence.ts';

/** Strings that stand for a missing value in every CSV file: empty, and the GSS shorthand of a figure not shown. */
export const MISSING_VALUES = ['', CONFIDENTIAL, NOT_AVAILABLE, NOT_APPLICABLE];

/** Media type of Parquet files, as registered with IANA in 2024. */
export const PARQUET_MEDIA_TYPE = 'application/vnd.apache.parquet';

/** Returns the name of an edition's data package: gb-flexibility-market-2025-q4. */
export function dataPackageName(edition: string): string {
  return `gb-flexibility-market-${edition}`;
}

/**
 * Builds the descriptor of an edition's data package. `readFile` returns the
 * bytes of a file of the edition folder, for its size and hash.
 */
export function buildDataPackage(
  manifest: Manifest,
  datasets: readonly VettedDataset[],
  readFile: (name: string) => Buffer,
): Record<string, unknown> {
  const resources = datasets.flatMap((dataset) => {
    const entry = manifest.datasets.find((candidate) => candidate.id === dataset.definition.id);
    if (!entry) throw new Error(`Dataset ${dataset.definition.id} is not in the manifest of ${manifest.edition}`);
    return [
      tabularResource(dataset, entry.csv, readFile(entry.csv)),
      fileResource(`${dataset.definition.id}-json`, entry.json, 'json', 'application/json', readFile(entry.json)),
      fileResource(`${dataset.definition.id}-parquet`, entry.parquet, 'parquet', PARQUET_MEDIA_TYPE, readFile(entry.parquet)),
    ];
  });
  resources.push(fileResource('manifest', MANIFEST_FILE, 'json', 'application/json', readFile(MANIFEST_FILE)));

  return {
    profile: 'data-package',
    name: dataPackageName(manifest.edition),
    title: `GB flexibility market statistics: ${quarterMonthsLabel(manifest.edition)}`,
    description:
      `Quarter-end statistics of flexible assets, registered capacity and qualified flexibility service providers in Great Britain, from ${manifest.firstQuarter} to ${manifest.lastQuarter}, ` +
      `anonymised under policy version ${manifest.policyVersion}. [c] marks a withheld figure and [r] in a status column a revised one.`,
    keywords: ['flexibility', 'electricity', 'Great Britain', 'FMAR', 'official statistics'],
    licenses: [{ name: LICENCE_ID, path: LICENCE_URL, title: LICENCE_TITLE }],
    sources: [{ title: citeSource(manifest.source).title }],
    contributors: [{ title: PUBLISHER, role: 'publisher' }],
    edition: manifest.edition,
    previousEdition: manifest.previousEdition,
    resources,
  };
}

function tabularResource(dataset: VettedDataset, path: string, bytes: Buffer): Record<string, unknown> {
  const { definition, previousEdition } = dataset;
  return {
    profile: 'tabular-data-resource',
    name: definition.id,
    path,
    title: definition.title,
    description: definition.description,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    bytes: bytes.length,
    hash: `sha256:${sha256Hex(bytes)}`,
    dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
    schema: {
      fields: describeColumns(definition).map(toField),
      missingValues: MISSING_VALUES,
      primaryKey: ['quarter', definition.dimension.column],
    },
    ...(previousEdition ? { previousEdition: { edition: previousEdition, path: `../${previousEdition}/${path}` } } : {}),
  };
}

/** Converts a column description to a Table Schema field; `unit` is an extension property. */
function toField(column: ColumnDescription): Record<string, unknown> {
  const constraints: Record<string, unknown> = {};
  if (column.role === 'quarter' || column.role === 'code' || column.role === 'name') constraints.required = true;
  if (column.pattern) constraints.pattern = column.pattern;
  if (column.enum) constraints.enum = column.enum;
  if (column.role === 'measure') constraints.minimum = 0;

  return {
    name: column.name,
    title: column.title,
    description: column.description,
    type: column.type,
    ...(column.unit ? { unit: column.unit } : {}),
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  };
}

function fileResource(name: string, path: string, format: string, mediatype: string, bytes: Buffer): Record<string, unknown> {
  return {
    profile: 'data-resource',
    name,
    path,
    format,
    mediatype,
    ...(format === 'json' ? { encoding: 'utf-8' } : {}),
    bytes: bytes.length,
    hash: `sha256:${sha256Hex(bytes)}`,
  };
}
