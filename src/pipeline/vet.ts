/**
 * Writes the published form of each dataset: its rows with every withheld
 * cell replaced by [c], and a status column beside each measure. Values are
 * rounded to the measure's decimals here and nowhere else. Revision markers
 * ([r]) are added afterwards, by markRevisions.
 */
import type { LoadedDataset } from '../../data-loaders/datasets/load.ts';
import { loadedCellKey } from '../../data-loaders/datasets/load.ts';
import { CONFIDENTIAL, statusColumn, type VettedDataset } from '../vetted/format.ts';
import { cellKey } from './problems.ts';

/** Returns the vetted dataset, given the keys of every withheld cell of the edition. */
export function vetDataset(dataset: LoadedDataset, edition: string, withheld: ReadonlySet<string>): VettedDataset {
  const { definition, members } = dataset.loader;
  const { dimension, measures } = definition;
  const rowsOfDimension = [...members, dimension.total];

  const rows: VettedDataset['rows'] = [];
  for (const quarter of dataset.quarters) {
    for (const member of rowsOfDimension) {
      const row: VettedDataset['rows'][number] = {
        quarter: quarter.label,
        [dimension.column]: member.id,
        [dimension.nameColumn]: member.name,
      };
      for (const measure of measures) {
        const key = cellKey(dataset, quarter.label, member.id, measure.column);
        const value = dataset.stocks.get(loadedCellKey(quarter.label, member.id, measure.column))?.value ?? 0;
        row[measure.column] = withheld.has(key) ? CONFIDENTIAL : roundTo(value, measure.decimals);
        row[statusColumn(measure.column)] = '';
      }
      rows.push(row);
    }
  }

  return {
    edition,
    previousEdition: null,
    definition,
    columns: ['quarter', dimension.column, dimension.nameColumn, ...measures.flatMap((measure) => [measure.column, statusColumn(measure.column)])],
    rows,
  };
}

/** Rounds half away from zero, so that 0.05 becomes 0.1 whatever the binary representation. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.sign(value) * Math.round(Math.abs(value) * factor + 1e-9) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
}
