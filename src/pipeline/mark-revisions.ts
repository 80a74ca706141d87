import { REVISED, statusColumn, type VettedDataset } from '../vetted/format.ts';
import { isRevision, revisionCellKey } from '../vetted/revisions.ts';

type Row = VettedDataset['rows'][number];

/**
 * Marks every revised cell of a vetted dataset [r] in its measure's status
 * column, by comparing it with the same dataset of the previous published
 * edition, and records that edition. Without a previous edition, or when it
 * did not publish this dataset, nothing is marked and previousEdition is null.
 * Returns a new dataset and the number of cells marked.
 */
export function markRevisions(
  dataset: VettedDataset,
  previous: VettedDataset | undefined,
): { dataset: VettedDataset; revised: number } {
  if (!previous || previous.definition.id !== dataset.definition.id) {
    return { dataset: { ...dataset, previousEdition: null }, revised: 0 };
  }

  const { dimension, measures } = dataset.definition;
  const previousRows = new Map(previous.rows.map((row) => [keyOf(row, previous.definition.dimension.column), row]));

  let revised = 0;
  const rows = dataset.rows.map((row) => {
    const before = previousRows.get(keyOf(row, dimension.column));
    if (!before) return row;

    const marked: Row = { ...row };
    for (const measure of measures) {
      if (isRevision(before[measure.column], row[measure.column])) {
        marked[statusColumn(measure.column)] = REVISED;
        revised += 1;
      }
    }
    return marked;
  });

  return { dataset: { ...dataset, previousEdition: previous.edition, rows }, revised };
}

function keyOf(row: Row, dimensionColumn: string): string {
  return revisionCellKey(String(row.quarter), String(row[dimensionColumn]));
}
