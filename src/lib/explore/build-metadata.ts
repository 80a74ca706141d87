/** Build-time assembly of what the explore page embeds about an edition. */
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isWithheld, lowerFirst, measureHeading, type Measure } from '../format/measures.ts';
import { csvPath, policyPath } from '../paths/site-paths.ts';
import { quarterEndLabel, quarterMonthsLabel, quarterShortLabel } from '../quarters/quarter-labels.ts';
import { listMembers, listQuarters } from '../vetted/dataset-queries.ts';
import type { PublishedDataset, VettedEdition } from '../vetted/published-dataset.ts';
import { arrowPath } from './explore-paths.ts';
import type { ExploreDataset, ExploreEdition, ExploreMeasure } from './metadata.ts';
import { listTableColumns, revisedColumn, tableName, withheldColumn } from './table-columns.ts';

/** The engine's WebAssembly module, the one the page imports with `?url`. */
const ENGINE_MODULE = '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm';

/** Builds the explore metadata of an edition from its vetted datasets. */
export function buildExploreEdition(edition: VettedEdition): ExploreEdition {
  return {
    id: edition.id,
    period: quarterMonthsLabel(edition.id),
    policyPath: policyPath(),
    engineModuleBytes: statSync(createRequire(import.meta.url).resolve(ENGINE_MODULE)).size,
    datasets: edition.datasets.map(buildExploreDataset),
  };
}

function buildExploreDataset(dataset: PublishedDataset): ExploreDataset {
  const { definition } = dataset;
  const { dimension } = definition;

  return {
    id: definition.id,
    table: tableName(definition.id),
    title: definition.title,
    description: definition.description,
    dimension: {
      column: dimension.column,
      nameColumn: dimension.nameColumn,
      label: dimension.label,
      pluralLabel: pluralise(dimension.label),
      total: dimension.total,
      additive: dimension.additive,
    },
    measures: definition.measures.map((measure) => buildExploreMeasure(dataset, measure)),
    members: listMembers(dataset),
    quarters: listQuarters(dataset).map((id) => ({ id, label: quarterShortLabel(id), endLabel: quarterEndLabel(id) })),
    columns: listTableColumns(definition),
    arrowPath: arrowPath(dataset.edition, definition.id),
    csvPath: csvPath(dataset.edition, dataset.csvName),
    csvName: dataset.csvName,
  };
}

function buildExploreMeasure(dataset: PublishedDataset, measure: Measure): ExploreMeasure {
  return {
    column: measure.column,
    withheldColumn: withheldColumn(measure.column),
    revisedColumn: revisedColumn(measure.column),
    label: measure.label,
    heading: measureHeading(measure),
    sentenceLabel: lowerFirst(measure.label),
    unit: measure.unit,
    decimals: measure.decimals,
    nonNegative: isNonNegative(dataset, measure),
  };
}

/**
 * Returns whether a measure's values, withheld ones included, are known to
 * be zero or more. A count (frequency) always is. The definition of a
 * magnitude gives no sign, so this takes every published value being zero
 * or more as the sign that it is a stock such as capacity.
 * NOTE: a magnitude that can be negative but happens to be published only
 * with positive values would wrongly count as non-negative. Its aggregates
 * over withheld cells would then show "at least" bounds that may not hold.
 */
function isNonNegative(dataset: PublishedDataset, measure: Measure): boolean {
  if (measure.kind === 'frequency') return true;
  return dataset.rows.every((row) => {
    const value = row.values[measure.column];
    return isWithheld(value) || value >= 0;
  });
}

/** Makes the plural of a label for running text by the regular English rules: "GSP groups", "asset categories". */
export function pluralise(label: string): string {
  if (/[^aeiou]y$/i.test(label)) return `${label.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/i.test(label)) return `${label}es`;
  return `${label}s`;
}
