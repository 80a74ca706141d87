import type { ExploreDataset } from './metadata.ts';
import { TOTAL_FLAG_COLUMN } from './table-columns.ts';

/**
 * Writes the SQL box's first statement for a dataset: the sum of its first
 * measure by quarter over every row but the total, next to the number of
 * withheld figures the sum leaves out, because SUM skips NULL.
 */
export function writeExampleSql(dataset: ExploreDataset): string {
  const measure = dataset.measures[0];
  return [
    'SELECT',
    '  quarter,',
    `  sum(${measure.column}) AS published_sum,`,
    `  count_if(${measure.withheldColumn}) AS withheld_figures`,
    `FROM ${dataset.table}`,
    `WHERE NOT ${TOTAL_FLAG_COLUMN}`,
    'GROUP BY quarter',
    'ORDER BY quarter;',
  ].join('\n');
}
