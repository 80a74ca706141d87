import { CONFIDENTIAL, type VettedDataset } from '../vetted/format.ts';

/** Information loss of one published table and measure: how many of its figures are withheld. */
export interface TableLoss {
  dataset: string;
  measure: string;
  figures: number;
  withheld: number;
  /** withheld / figures, 0 for an empty table. */
  withheldShare: number;
}

/** Counts the withheld figures of each table and measure, for the publisher's disclosure report. */
export function measureTableLoss(datasets: readonly VettedDataset[]): TableLoss[] {
  return datasets.flatMap((dataset) =>
    dataset.definition.measures.map((measure) => {
      const withheld = dataset.rows.filter((row) => row[measure.column] === CONFIDENTIAL).length;
      const figures = dataset.rows.length;
      return {
        dataset: dataset.definition.id,
        measure: measure.column,
        figures,
        withheld,
        withheldShare: figures === 0 ? 0 : withheld / figures,
      };
    }),
  );
}
