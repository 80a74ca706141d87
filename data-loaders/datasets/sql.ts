/**
 * SQL that computes cells and their contributor statistics inside the
 * warehouse. It is written in the subset of SQL that DuckDB and PostgreSQL
 * share, so that every warehouse source runs the same statement and only
 * cells reach Node, however many assets the warehouse holds.
 */
import type { Quarter } from './quarters.ts';

/** Returns the quarter index of a date column, portable between DuckDB and PostgreSQL. */
export function quarterIndexOf(dateColumn: string): string {
  return `(CAST(EXTRACT(YEAR FROM ${dateColumn}) AS INTEGER) * 4 + CAST(FLOOR((EXTRACT(MONTH FROM ${dateColumn}) - 1) / 3) AS INTEGER))`;
}

/** Returns a quoted SQL string literal. */
export function literal(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** Returns the `quarters(quarter_index, quarter, quarter_end)` table as a VALUES list. */
export function quartersTable(quarters: readonly Quarter[]): string {
  const rows = quarters.map((quarter) => `(${quarter.index}, ${literal(quarter.label)}, DATE ${literal(quarter.end)})`);
  return `quarters(quarter_index, quarter, quarter_end) AS (VALUES ${rows.join(', ')})`;
}

/**
 * Builds the contributions of a stock measured at each quarter end from
 * signed events (+ on registration, - on deregistration).
 *
 * `eventsSql` returns contributor, member, quarter_index and one column per
 * measure. The result has series 'stock' (the quarter-end stock per member,
 * including the `totalMember`) and series 'change' (the net change in the
 * quarter), each per contributor.
 */
export function stockContributionsSql(options: {
  eventsSql: string;
  measures: readonly string[];
  totalMember: string;
  lastQuarterIndex: number;
}): string {
  const unpivoted = options.measures
    .map(
      (measure) =>
        `SELECT contributor, member, quarter_index, ${literal(measure)} AS measure, CAST(${measure} AS DECIMAL(18,3)) AS value FROM events`,
    )
    .join('\n    UNION ALL\n    ');

  return `events AS (${options.eventsSql}),
  event_values AS (
    ${unpivoted}
  ),
  changes AS (
    SELECT quarter_index, member, contributor, measure, SUM(value) AS value
    FROM event_values WHERE quarter_index <= ${options.lastQuarterIndex}
    GROUP BY quarter_index, member, contributor, measure
    UNION ALL
    SELECT quarter_index, ${literal(options.totalMember)}, contributor, measure, SUM(value)
    FROM event_values WHERE quarter_index <= ${options.lastQuarterIndex}
    GROUP BY quarter_index, contributor, measure
  ),
  stocks AS (
    SELECT q.quarter_index, c.member, c.contributor, c.measure, SUM(c.value) AS value
    FROM changes c JOIN quarters q ON c.quarter_index <= q.quarter_index
    GROUP BY q.quarter_index, c.member, c.contributor, c.measure
  ),
  contributions AS (
    SELECT 'stock' AS series, quarter_index, member, contributor, measure, value FROM stocks
    UNION ALL
    SELECT 'change', c.quarter_index, c.member, c.contributor, c.measure, c.value
    FROM changes c JOIN quarters q ON c.quarter_index = q.quarter_index
  )`;
}

/**
 * Wraps the contributions into one row per cell: its value, the number of
 * contributors with a non-zero contribution, and the three largest absolute
 * contributions. Cells with no contribution at all return no row.
 */
export function cellStatisticsSql(quarters: readonly Quarter[], contributionsSql: string): string {
  const largest = [1, 2, 3].map(
    (rank) => `CAST(MAX(CASE WHEN contribution_rank = ${rank} THEN ABS(value) END) AS DOUBLE PRECISION) AS largest_${rank}`,
  );

  return `WITH ${quartersTable(quarters)},
  ${contributionsSql},
  ranked AS (
    SELECT series, quarter_index, member, measure, value,
      ROW_NUMBER() OVER (PARTITION BY series, quarter_index, member, measure ORDER BY ABS(value) DESC, contributor) AS contribution_rank
    FROM contributions
    WHERE value <> 0
  )
SELECT r.series, q.quarter, r.member, r.measure,
  CAST(SUM(r.value) AS DOUBLE PRECISION) AS value,
  CAST(COUNT(*) AS INTEGER) AS contributors,
  ${largest.join(',\n  ')}
FROM ranked r JOIN quarters q ON q.quarter_index = r.quarter_index
GROUP BY r.series, q.quarter, r.member, r.measure
ORDER BY r.series, q.quarter, r.member, r.measure`;
}
