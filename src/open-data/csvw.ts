/**
 * CSV on the Web (W3C CSVW) metadata of an edition's CSV files: a table group
 * in csv-metadata.json, the name a CSVW processor looks for beside the files.
 * Each column gets its datatype and the strings that stand for null, so [c]
 * in a measure column reads as a missing value rather than as text.
 */
import { quarterMonthsLabel } from '../lib/quarters/quarter-labels.ts';
import { CONFIDENTIAL, NOT_APPLICABLE, NOT_AVAILABLE, type Manifest, type VettedDataset } from '../vetted/format.ts';
import { describeColumns, type ColumnDescription } from './columns.ts';
import { LICENCE_URL, PUBLISHER } from './licence.ts';

/** Builds the csv-metadata.json document of an edition. */
export function buildCsvwMetadata(manifest: Manifest, datasets: readonly VettedDataset[]): Record<string, unknown> {
  return {
    '@context': ['http://www.w3.org/ns/csvw', { '@language': 'en' }],
    'dc:title': `GB flexibility market statistics: ${quarterMonthsLabel(manifest.edition)}`,
    'dc:publisher': PUBLISHER,
    'dc:license': { '@id': LICENCE_URL },
    dialect: { encoding: 'utf-8', lineTerminators: ['\r\n'], header: true, delimiter: ',', quoteChar: '"', doubleQuote: true },
    tables: datasets.map((dataset) => tableOf(dataset, manifest)),
  };
}

function tableOf(dataset: VettedDataset, manifest: Manifest): Record<string, unknown> {
  const { definition } = dataset;
  const entry = manifest.datasets.find((candidate) => candidate.id === definition.id);
  if (!entry) throw new Error(`Dataset ${definition.id} is not in the manifest of ${manifest.edition}`);

  return {
    url: entry.csv,
    'dc:title': definition.title,
    'dc:description': definition.description,
    tableSchema: {
      columns: describeColumns(definition).map(toColumn),
      primaryKey: ['quarter', definition.dimension.column],
    },
  };
}

function toColumn(column: ColumnDescription): Record<string, unknown> {
  return {
    name: column.name,
    titles: column.name,
    'dc:description': column.description,
    datatype: datatypeOf(column),
    ...(column.role === 'measure' ? { null: [CONFIDENTIAL, NOT_AVAILABLE, NOT_APPLICABLE] } : {}),
    ...(column.role === 'status' ? { null: [''] } : {}),
    ...(column.role === 'quarter' || column.role === 'code' || column.role === 'name' ? { required: true } : {}),
    ...(column.unit ? { 'schema:unitText': column.unit } : {}),
  };
}

function datatypeOf(column: ColumnDescription): string | Record<string, unknown> {
  if (column.type === 'integer') return { base: 'integer', minimum: 0 };
  if (column.type === 'number') return { base: 'decimal', minimum: 0 };
  if (column.pattern) return { base: 'string', format: column.pattern };
  if (column.enum) return { base: 'string', format: `^(${column.enum.map(escapeRegExp).join('|')})$` };
  return 'string';
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
