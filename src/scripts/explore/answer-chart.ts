/**
 * The answer's chart, drawn in the browser with Observable Plot. Exact
 * values are solid. A bound has a dashed edge and the mark ≥ or ≤. A
 * withheld value draws nothing but its [c] label, so it never reads as zero.
 */
import type * as PlotModule from '@observablehq/plot';
import type { Answer, AnswerRow } from '../../lib/explore/answer.ts';
import { formatGroupValue } from '../../lib/explore/answer.ts';
import type { ExploreDataset } from '../../lib/explore/metadata.ts';
import type { GroupingId } from '../../lib/explore/query-options.ts';
import { lowerFirstWord } from '../../lib/format/labels.ts';
import { REVISED_MARK, WITHHELD_MARK } from '../../lib/explore/withheld.ts';
import { labelChartSvg } from '../../lib/charts/chart-labels.ts';
import { CHART_FONT_SIZE, SERIES_COLOUR, WITHHELD_COLOUR } from '../../lib/charts/chart-style.ts';

type Plot = typeof PlotModule;

/** Fill of a bar or cell whose value is a bound: a pale tint of the series colour. */
const BOUND_FILL = '#d2e2f1';

/** Light end of the cell chart's colour range, so that black text stays readable on every cell. */
const CELL_RANGE = ['#f3f2f1', '#8eb8dc'];

/** Maximum length in characters of a member name that a chart's axis shows in full. */
const MAX_AXIS_LABEL = 34;

interface Point {
  quarter: string;
  member: string;
  value: number;
  kind: AnswerRow['value']['kind'];
  /** Short text of the value for a cell: "4,516.9", "≥ 4,516.9" or "[c]". */
  text: string;
}

/** A drawn chart with the words that make it accessible. */
export interface AnswerChart {
  svg: SVGSVGElement;
  description: string;
  /** Sentences of the key, one for each way the chart marks values. */
  key: string[];
}

/**
 * Draws the chart of an answer at a width in px: bars by quarter, bars by
 * member, or a grid of cells by quarter and member. The svg is named and
 * described by the elements with the given ids, and Plot's labels on its
 * <g> elements are removed, because ARIA prohibits them on elements with no role.
 */
export function drawAnswerChart(
  plot: Plot,
  answer: Answer,
  dataset: ExploreDataset,
  grouping: GroupingId,
  width: number,
  labels: { titleId: string; descriptionId: string },
): AnswerChart {
  const points = toPoints(answer, dataset);
  const options =
    grouping === 'quarter' ? quarterBars(plot, points, answer, width) : grouping === 'member' ? memberBars(plot, points, answer, width) : cellGrid(plot, points, answer, dataset, width);
  const svg = plot.plot({ ...options, style: { fontSize: `${CHART_FONT_SIZE}px` } }) as unknown as SVGSVGElement;

  labelChartSvg(svg, labels);

  const key = writeKey(points);
  if (answer.revisedCount > 0) key.push(`${REVISED_MARK}: revised since the previous published edition.`);
  return { svg, description: describe(answer, grouping), key };
}

function toPoints(answer: Answer, dataset: ExploreDataset): Point[] {
  return answer.rows.map((row) => ({
    quarter: dataset.quarters.find((quarter) => quarter.id === row.quarter)?.label ?? '',
    member: dataset.members.find((member) => member.id === row.memberId)?.name ?? '',
    value: row.value.kind === 'withheld' ? 0 : row.value.value,
    kind: row.value.kind,
    text: shortText(row, answer.decimals),
  }));
}

function shortText(row: AnswerRow, decimals: number): string {
  const text = row.revised ? `${formatGroupValue(row.value, decimals, true)} ${REVISED_MARK}` : formatGroupValue(row.value, decimals, true);
  return text.replace(/^at least /, '≥ ').replace(/^at most /, '≤ ');
}

function quarterBars(plot: Plot, points: Point[], answer: Answer, width: number): PlotModule.PlotOptions {
  const domain = [...new Set(points.map((point) => point.quarter))];
  return {
    width,
    height: 320,
    marginLeft: 70,
    marginBottom: 45,
    x: { domain, label: null, tickFormat: (label: string) => label.replace(/ (\d{4})$/, '\n$1'), padding: 0.25 },
    y: { label: answer.headings[answer.valueColumn], labelArrow: 'none', grid: true, zero: true, nice: true },
    marks: [
      plot.barY(exact(points), { x: 'quarter', y: 'value', fill: SERIES_COLOUR }),
      plot.barY(bounds(points), { x: 'quarter', y: 'value', fill: BOUND_FILL, stroke: SERIES_COLOUR, strokeDasharray: '4,3' }),
      plot.text(bounds(points), { x: 'quarter', y: 'value', text: (point: Point) => boundMark(point), dy: -9, fill: SERIES_COLOUR, fontWeight: 'bold' }),
      plot.text(withheld(points), { x: 'quarter', y: 0, text: () => WITHHELD_MARK, dy: -9, fill: WITHHELD_COLOUR }),
      plot.ruleY([0]),
    ],
  };
}

function memberBars(plot: Plot, points: Point[], answer: Answer, width: number): PlotModule.PlotOptions {
  const domain = points.map((point) => point.member);
  const longest = Math.min(MAX_AXIS_LABEL, Math.max(...domain.map((name) => name.length)));
  return {
    width,
    height: 40 + 24 * domain.length,
    marginLeft: Math.min(width / 2, 12 + longest * 6.5),
    marginRight: 40,
    y: { domain, label: null, tickFormat: truncate },
    x: { label: answer.headings[answer.valueColumn], labelArrow: 'none', grid: true, zero: true, nice: true, axis: 'top' },
    marks: [
      plot.barX(exact(points), { y: 'member', x: 'value', fill: SERIES_COLOUR }),
      plot.barX(bounds(points), { y: 'member', x: 'value', fill: BOUND_FILL, stroke: SERIES_COLOUR, strokeDasharray: '4,3' }),
      plot.text(bounds(points), { y: 'member', x: 'value', text: (point: Point) => boundMark(point), dx: 9, fill: SERIES_COLOUR, fontWeight: 'bold' }),
      plot.text(withheld(points), { y: 'member', x: 0, text: () => WITHHELD_MARK, dx: 14, fill: WITHHELD_COLOUR }),
      plot.ruleX([0]),
    ],
  };
}

function cellGrid(plot: Plot, points: Point[], answer: Answer, dataset: ExploreDataset, width: number): PlotModule.PlotOptions {
  const quarters = [...new Set(points.map((point) => point.quarter))];
  const members = dataset.members.map((member) => member.name).filter((name) => points.some((point) => point.member === name));
  const longest = Math.min(MAX_AXIS_LABEL, Math.max(...members.map((name) => name.length)));
  const known = points.filter((point) => point.kind !== 'withheld');
  return {
    width,
    height: 60 + 26 * members.length,
    marginLeft: Math.min(width / 2, 12 + longest * 6.5),
    x: { domain: quarters, label: null, axis: 'top', tickFormat: (label: string) => label.replace(/ (\d{4})$/, '\n$1') },
    y: { domain: members, label: null, tickFormat: truncate },
    color: { type: 'linear', range: CELL_RANGE, domain: [0, Math.max(1, ...known.map((point) => point.value))] },
    marks: [
      plot.cell(known, { x: 'quarter', y: 'member', fill: 'value', inset: 1 }),
      plot.cell(bounds(points), { x: 'quarter', y: 'member', stroke: SERIES_COLOUR, strokeDasharray: '4,3', inset: 1 }),
      plot.cell(withheld(points), { x: 'quarter', y: 'member', fill: '#ffffff', stroke: WITHHELD_COLOUR, strokeDasharray: '2,2', inset: 1 }),
      plot.text(points, { x: 'quarter', y: 'member', text: 'text', fill: '#0b0c0c', fontSize: width < 500 ? 9 : CHART_FONT_SIZE - 1 }),
    ],
  };
}

function exact(points: readonly Point[]): Point[] {
  return points.filter((point) => point.kind === 'exact');
}

function bounds(points: readonly Point[]): Point[] {
  return points.filter((point) => point.kind === 'at-least' || point.kind === 'at-most');
}

function withheld(points: readonly Point[]): Point[] {
  return points.filter((point) => point.kind === 'withheld');
}

function boundMark(point: Point): string {
  return point.kind === 'at-most' ? '≤' : '≥';
}

function truncate(name: string): string {
  return name.length > MAX_AXIS_LABEL ? `${name.slice(0, MAX_AXIS_LABEL - 1)}…` : name;
}

function describe(answer: Answer, grouping: GroupingId): string {
  const kind = grouping === 'quarter-member' ? 'Grid of cells' : 'Bar chart';
  const incomplete =
    answer.incompleteCount === 0
      ? 'All of them are complete.'
      : `${answer.incompleteCount} of them include withheld figures and are marked as incomplete.`;
  const revised =
    answer.revisedCount === 0
      ? ''
      : ` ${answer.revisedCount} of them include figures revised since the previous published edition and are marked ${REVISED_MARK}.`;
  return `${kind} of the ${lowerFirstWord(answer.caption)}. It shows ${answer.rows.length} values. ${incomplete}${revised} The table below gives the same figures.`;
}

function writeKey(points: readonly Point[]): string[] {
  const key: string[] = [];
  if (points.some((point) => point.kind === 'at-least')) key.push('≥ and a dashed edge: incomplete, the value is at least this.');
  if (points.some((point) => point.kind === 'at-most')) key.push('≤ and a dashed edge: incomplete, the value is at most this.');
  if (points.some((point) => point.kind === 'withheld')) key.push(`${WITHHELD_MARK}: withheld, and not zero.`);
  return key;
}
