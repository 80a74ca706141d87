import { REVISED } from '../../vetted/format.ts';
import { formatCell, isWithheld, lowerFirst, measureHeading, type Measure, type PublishedValue } from '../format/measures.ts';
import { quarterEndLabel, quarterShortLabel } from '../quarters/quarter-labels.ts';
import { findValue, findStatus, listMembers, listQuarters } from '../vetted/dataset-queries.ts';
import type { PublishedDataset } from '../vetted/published-dataset.ts';
import { selectLatestQuarters } from '../quarters/quarter-window.ts';

/** GSS shorthand for a figure that is not available: here, a cell the dataset has no row for. */
export const NOT_AVAILABLE = '[x]';

/** A table of one measure with a row per member and a column per quarter, ready to render. */
export interface WideTable {
  id: string;
  caption: string;
  /** Heading of the column of member names. */
  memberHeading: string;
  measureColumn: string;
  quarters: { id: string; label: string }[];
  rows: WideTableRow[];
  hasWithheld: boolean;
  /** Whether any cell is marked [r], revised since the previous published edition. */
  hasRevised: boolean;
}

export interface WideTableRow {
  memberId: string;
  name: string;
  isTotal: boolean;
  cells: { text: string; withheld: boolean; revised: boolean }[];
}

/**
 * Builds the table of one measure of a dataset: a row per member, the total
 * row last, and a column per quarter of `quarters`, oldest first, by default
 * the latest PAGE_QUARTERS quarters. A withheld cell reads "[c]", and a cell
 * the dataset has no row for reads "[x]" (not available). A revised figure
 * is followed by "[r]", as GSS tables mark it.
 */
export function buildWideTable(
  dataset: PublishedDataset,
  measure: Measure,
  quarters: readonly string[] = selectLatestQuarters(listQuarters(dataset)).quarters,
): WideTable {
  const { definition } = dataset;
  const members = listMembers(dataset);
  const ordered = [...members.filter((member) => !member.isTotal), ...members.filter((member) => member.isTotal)];

  let hasWithheld = false;
  let hasRevised = false;
  const rows = ordered.map((member): WideTableRow => {
    const cells = quarters.map((quarter) => {
      const value: PublishedValue | undefined = findValue(dataset, quarter, member.id, measure.column);
      if (value === undefined) return { text: NOT_AVAILABLE, withheld: false, revised: false };
      if (isWithheld(value)) hasWithheld = true;

      const revised = findStatus(dataset, quarter, member.id, measure.column) === REVISED;
      if (revised) hasRevised = true;
      const text = formatCell(value, measure);
      return { text: revised ? `${text} ${REVISED}` : text, withheld: isWithheld(value), revised };
    });
    return { memberId: member.id, name: member.name, isTotal: member.isTotal, cells };
  });

  const first = quarters[0];
  const last = quarters[quarters.length - 1];
  const period = first === last ? `at ${quarterEndLabel(last)}` : `at the end of each quarter, ${quarterEndLabel(first)} to ${quarterEndLabel(last)}`;
  return {
    id: `${definition.id}-${measure.column}-table`,
    caption: `${measureHeading(measure)} by ${lowerFirst(definition.dimension.label)} ${period}`,
    memberHeading: definition.dimension.label,
    measureColumn: measure.column,
    quarters: quarters.map((quarter) => ({ id: quarter, label: quarterShortLabel(quarter) })),
    rows,
    hasWithheld,
    hasRevised,
  };
}
