/**
 * Information loss of an edition, table by table: how many of its figures
 * each table withholds. It is counted from the published files themselves,
 * so it discloses nothing a reader could not count in the CSV files. The
 * value of the withheld figures is left out, because a total of withheld
 * values would add one more equation to an attacker's system.
 */
import { isWithheld } from '../format/measures.ts';
import type { VettedEdition } from '../vetted/published-dataset.ts';

export interface TableLoss {
  datasetId: string;
  title: string;
  measureLabel: string;
  /** Figures the table has for this measure, over every quarter and row. */
  figures: number;
  /** Of those, the figures withheld as [c]. */
  withheld: number;
}

/** Returns the loss of each table and measure of an edition, in the order the edition lists them. */
export function informationLossByTable(edition: VettedEdition): TableLoss[] {
  return edition.datasets.flatMap((dataset) =>
    dataset.definition.measures.map((measure) => {
      const values = dataset.rows.map((row) => row.values[measure.column]);

      return {
        datasetId: dataset.definition.id,
        title: dataset.definition.title,
        measureLabel: measure.label,
        figures: values.length,
        withheld: values.filter(isWithheld).length,
      };
    }),
  );
}

/** Returns the share of figures withheld, as a percentage with one decimal place. */
export function withheldPercentage(loss: TableLoss): string {
  if (loss.figures === 0) return '0.0%';
  return `${((100 * loss.withheld) / loss.figures).toFixed(1)}%`;
}
