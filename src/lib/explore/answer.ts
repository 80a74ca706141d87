/**
 * The answer to a question of the explore form, as the page shows it. It is
 * a table whose every cell is text, with the same cells for the CSV
 * download. It also lists the withheld cells it covers and the notes a
 * reader needs to read it.
 */
import { formatNumber } from '../format/numbers.ts';
import type { AggregateRow } from './aggregate-sql.ts';
import { computeGroupValue, type GroupValue } from './group-value.ts';
import { findMeasure, type ExploreDataset, type ExploreMeasure } from './metadata.ts';
import { lowerFirstWord } from '../format/labels.ts';
import { groupingLabel, groupsByMember, groupsByQuarter, statisticLabel } from './query-options.ts';
import type { QueryState } from './query-state.ts';
import { REVISED_MARK, WITHHELD_MARK } from './withheld.ts';

export interface AnswerRow {
  quarter: string | null;
  memberId: string | null;
  value: GroupValue;
  /** Whether the value includes a figure revised since the previous published edition, so its cells end in [r]. */
  revised: boolean;
  /** Text of each cell as the table shows it, with thousands separators. */
  cells: string[];
  /** The same cells for the CSV file, with numbers written without separators. */
  csvCells: string[];
}

/** A withheld cell that the answer covers. */
export interface WithheldCell {
  quarter: string;
  memberId: string;
  /** "North Scotland, 31 December 2025". */
  label: string;
}

export interface Answer {
  /** What the answer shows: "Sum of registered capacity (MW) by quarter". */
  title: string;
  /** The title with the selection it covers, for the table caption and the chart's description. */
  caption: string;
  headings: string[];
  /** Index of the value column in `headings` and in each row's cells. */
  valueColumn: number;
  rows: AnswerRow[];
  /** Decimal places of the values. */
  decimals: number;
  measure: ExploreMeasure;
  withheldCells: WithheldCell[];
  /** Number of rows whose value is a bound or withheld. */
  incompleteCount: number;
  /** Number of rows whose value includes a revised figure. */
  revisedCount: number;
  /** Sentences that the reader needs to read the answer correctly. */
  notes: string[];
}

/**
 * Builds the answer to a question from the rows of its aggregate query. Rows
 * come out in the dataset's order: by quarter, then by member.
 */
export function buildAnswer(state: QueryState, dataset: ExploreDataset, aggregateRows: readonly AggregateRow[]): Answer {
  const measure = findMeasure(dataset, state.measure);
  if (!measure) throw new Error(`Dataset ${dataset.id} has no measure "${state.measure}".`);

  const decimals = state.statistic === 'mean' ? measure.decimals + 1 : measure.decimals;
  const title = `${statisticLabel(state.statistic)} of ${lowerFirstWord(measure.heading)} by ${lowerFirstWord(groupingLabel(state.grouping, dataset))}`;
  const headings = [
    ...(groupsByQuarter(state.grouping) ? ['Quarter'] : []),
    ...(groupsByMember(state.grouping) ? [dataset.dimension.label] : []),
    `${statisticLabel(state.statistic)} of ${lowerFirstWord(measure.heading)}`,
    'Figures',
    'Withheld figures',
  ];

  const rows = sortRows(aggregateRows, dataset).map((row) => buildRow(row, state, dataset, decimals, measure.nonNegative));
  const withheldCells = listWithheldCells(aggregateRows, dataset);
  const incompleteCount = rows.filter((row) => row.value.kind !== 'exact').length;
  const revisedCount = rows.filter((row) => row.revised).length;

  return {
    title,
    caption: `${title}: ${describeSelection(state, dataset)}`,
    headings,
    valueColumn: headings.length - 3,
    rows,
    decimals,
    measure,
    withheldCells,
    incompleteCount,
    revisedCount,
    notes: writeNotes(state, dataset, rows, incompleteCount, revisedCount),
  };
}

function buildRow(row: AggregateRow, state: QueryState, dataset: ExploreDataset, decimals: number, nonNegative: boolean): AnswerRow {
  const value = computeGroupValue(
    state.statistic,
    { cellCount: row.cell_count, withheldCount: row.withheld_count, knownSum: row.known_sum, knownMin: row.known_min, knownMax: row.known_max },
    nonNegative,
  );
  const groups = [
    ...(row.quarter === null ? [] : [quarterLabel(dataset, row.quarter)]),
    ...(row.member_id === null ? [] : [memberName(dataset, row.member_id)]),
  ];
  const counts = [row.cell_count, row.withheld_count];
  // A withheld value shows no figure, so it carries no [r] either, as in the report tables.
  const revised = row.revised_count > 0 && value.kind !== 'withheld';
  const mark = (text: string) => (revised ? `${text} ${REVISED_MARK}` : text);

  return {
    quarter: row.quarter,
    memberId: row.member_id,
    value,
    revised,
    cells: [...groups, mark(formatGroupValue(value, decimals, true)), ...counts.map((count) => formatNumber(count, 0))],
    csvCells: [...groups, mark(formatGroupValue(value, decimals, false)), ...counts.map(String)],
  };
}

/** Formats a group value as its table cell: "1,234.5", "at least 1,234.5", "at most 12" or "[c]". */
export function formatGroupValue(value: GroupValue, decimals: number, separators: boolean): string {
  if (value.kind === 'withheld') return WITHHELD_MARK;

  const number = separators ? formatNumber(value.value, decimals) : value.value.toFixed(decimals);
  switch (value.kind) {
    case 'exact':
      return number;
    case 'at-least':
      return `at least ${number}`;
    case 'at-most':
      return `at most ${number}`;
  }
}

function sortRows(rows: readonly AggregateRow[], dataset: ExploreDataset): AggregateRow[] {
  const quarterOrder = new Map(dataset.quarters.map((quarter, index) => [quarter.id, index]));
  const memberOrder = new Map(dataset.members.map((member, index) => [member.id, index]));
  const position = (row: AggregateRow) => [quarterOrder.get(row.quarter ?? '') ?? -1, memberOrder.get(row.member_id ?? '') ?? -1];

  return [...rows].sort((a, b) => {
    const [quarterA, memberA] = position(a);
    const [quarterB, memberB] = position(b);
    return quarterA - quarterB || memberA - memberB;
  });
}

function listWithheldCells(rows: readonly AggregateRow[], dataset: ExploreDataset): WithheldCell[] {
  const cells = rows.flatMap((row) =>
    (row.withheld_quarters ?? []).map((quarter, index) => {
      const memberId = row.withheld_members?.[index] ?? '';
      const end = dataset.quarters.find((candidate) => candidate.id === quarter)?.endLabel ?? quarter;
      return { quarter, memberId, label: `${memberName(dataset, memberId)}, ${end}` };
    }),
  );
  const order = (cell: WithheldCell) =>
    dataset.quarters.findIndex((quarter) => quarter.id === cell.quarter) * dataset.members.length +
    dataset.members.findIndex((member) => member.id === cell.memberId);
  return cells.sort((a, b) => order(a) - order(b));
}

function quarterLabel(dataset: ExploreDataset, id: string): string {
  return dataset.quarters.find((quarter) => quarter.id === id)?.label ?? id;
}

function memberName(dataset: ExploreDataset, id: string): string {
  return dataset.members.find((member) => member.id === id)?.name ?? id;
}

/** Describes the members and quarters a question covers: "all 15 GSP groups, quarters ending 31 March 2024 to 31 December 2025". */
export function describeSelection(state: QueryState, dataset: ExploreDataset): string {
  const selected = dataset.members.filter((member) => state.members.includes(member.id));
  const parts = dataset.members.filter((member) => !member.isTotal);
  const plural = lowerFirstWord(dataset.dimension.pluralLabel);

  let members: string;
  if (selected.length <= 3) members = selected.map((member) => member.name).join(', ');
  else if (selected.length === parts.length && selected.every((member) => !member.isTotal)) members = `all ${parts.length} ${plural}`;
  else members = `${selected.length} ${plural}`;

  const from = dataset.quarters.find((quarter) => quarter.id === state.from)!;
  const to = dataset.quarters.find((quarter) => quarter.id === state.to)!;
  const quarters = from.id === to.id ? `quarter ending ${to.endLabel}` : `quarters ending ${from.endLabel} to ${to.endLabel}`;
  return `${members}, ${quarters}`;
}

function writeNotes(state: QueryState, dataset: ExploreDataset, rows: readonly AnswerRow[], incompleteCount: number, revisedCount: number): string[] {
  const notes: string[] = [];
  const { dimension } = dataset;
  const plural = lowerFirstWord(dimension.pluralLabel);
  const addsMembers = !groupsByMember(state.grouping) && state.statistic === 'sum';
  const selectedParts = dataset.members.filter((member) => !member.isTotal && state.members.includes(member.id));

  if (incompleteCount > 0) {
    const kinds = new Set(rows.map((row) => row.value.kind));
    const sentences = [`${formatNumber(incompleteCount, 0)} of the ${formatNumber(rows.length, 0)} values include withheld figures, so they are incomplete.`];
    if (kinds.has('at-least')) sentences.push('"At least" means the true value is that or more, because a withheld figure is not zero.');
    if (kinds.has('at-most')) sentences.push('"At most" means the true value is that or less.');
    if (kinds.has('withheld')) sentences.push(`${WITHHELD_MARK} means the published figures give no bound for the value, as when all of its figures are withheld.`);
    notes.push(sentences.join(' '));
  }
  const allParts = selectedParts.length === dataset.members.filter((member) => !member.isTotal).length;
  if (incompleteCount > 0 && addsMembers && dimension.additive && allParts && !state.members.includes(dimension.total.id)) {
    notes.push(`The ${dimension.total.name} row is published with the withheld figures included: select it alone for the exact total.`);
  }
  if (addsMembers && state.members.includes(dimension.total.id) && selectedParts.length > 0) {
    notes.push(`The selection includes ${dimension.total.name}, which totals the other ${plural}, so their figures are counted twice.`);
  }
  if (addsMembers && !dimension.additive && selectedParts.length > 1) {
    notes.push(`The ${plural} do not add up to ${dimension.total.name}, because one contributor can appear in several, so this can count a contributor more than once.`);
  }
  if (revisedCount > 0) {
    const values = revisedCount === 1 ? '1 value includes' : `${formatNumber(revisedCount, 0)} values include`;
    notes.push(`${REVISED_MARK} marks a revised value: ${values} figures that were revised since the previous published edition.`);
  }
  if (state.grouping === 'member' && state.statistic === 'sum' && state.from !== state.to) {
    const quarterCount = dataset.quarters.findIndex((quarter) => quarter.id === state.to) - dataset.quarters.findIndex((quarter) => quarter.id === state.from) + 1;
    notes.push(`Each value adds together the figures of ${quarterCount} quarters.`);
  }
  return notes;
}
