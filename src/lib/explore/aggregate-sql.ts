/**
 * The SQL behind the explore form. It groups the selected rows and returns,
 * for every group, the statistics of the published cells together with the
 * number and position of the withheld ones and the number of revised ones. Turning those into a value that
 * is exact, a bound or withheld is left to group-value.ts, because SQL
 * aggregates skip NULL and so would drop withheld cells without a trace.
 */
import type { ExploreDataset } from './metadata.ts';
import { findMeasure } from './metadata.ts';
import { groupsByMember, groupsByQuarter } from './query-options.ts';
import type { QueryState } from './query-state.ts';
import { quoteIdentifier, quoteString } from './sql-text.ts';

/** Columns of every row the aggregate query returns. */
export interface AggregateRow {
  /** Quarter of the group, or null when the answer is not grouped by quarter. */
  quarter: string | null;
  /** Member of the group, or null when the answer is not grouped by member. */
  member_id: string | null;
  /** Number of cells in the group, withheld ones included. */
  cell_count: number;
  withheld_count: number;
  /** Number of published cells in the group marked [r], revised since the previous published edition. */
  revised_count: number;
  /** Sum, minimum and maximum of the published cells; null when every cell is withheld. */
  known_sum: number | null;
  known_min: number | null;
  known_max: number | null;
  /** Quarter and member of each withheld cell, in the same order. */
  withheld_quarters: string[] | null;
  withheld_members: string[] | null;
}

/**
 * Writes the aggregate query for a question. The state must have passed
 * validateState; its dataset, measure, quarters and members are checked
 * against the dataset again here, and every name and value is quoted.
 * Throws when the measure is not the dataset's.
 */
export function buildAggregateSql(state: QueryState, dataset: ExploreDataset): string {
  const measure = findMeasure(dataset, state.measure);
  if (!measure) throw new Error(`Dataset ${dataset.id} has no measure "${state.measure}".`);

  const value = quoteIdentifier(measure.column);
  const withheld = quoteIdentifier(measure.withheldColumn);
  const revised = quoteIdentifier(measure.revisedColumn);
  const memberColumn = quoteIdentifier(dataset.dimension.column);
  const members = dataset.members.filter((member) => state.members.includes(member.id)).map((member) => quoteString(member.id));
  const byQuarter = groupsByQuarter(state.grouping);
  const byMember = groupsByMember(state.grouping);

  const groupColumns = [byQuarter ? 'quarter' : 'NULL::VARCHAR AS quarter', byMember ? `${memberColumn} AS member_id` : 'NULL::VARCHAR AS member_id'];
  const groupKeys = [...(byQuarter ? ['quarter'] : []), ...(byMember ? [memberColumn] : [])];

  return [
    'SELECT',
    `  ${groupColumns.join(', ')},`,
    '  count(*)::DOUBLE AS cell_count,',
    `  count_if(${withheld})::DOUBLE AS withheld_count,`,
    `  count_if(${revised})::DOUBLE AS revised_count,`,
    `  sum(${value}) AS known_sum,`,
    `  min(${value}) AS known_min,`,
    `  max(${value}) AS known_max,`,
    `  list(quarter ORDER BY quarter, ${memberColumn}) FILTER (WHERE ${withheld}) AS withheld_quarters,`,
    `  list(${memberColumn} ORDER BY quarter, ${memberColumn}) FILTER (WHERE ${withheld}) AS withheld_members`,
    `FROM ${quoteIdentifier(dataset.table)}`,
    `WHERE quarter BETWEEN ${quoteString(state.from)} AND ${quoteString(state.to)}`,
    `  AND ${memberColumn} IN (${members.length > 0 ? members.join(', ') : 'NULL'})`,
    `GROUP BY ${groupKeys.join(', ')}`,
  ].join('\n');
}
