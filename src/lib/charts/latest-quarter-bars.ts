import * as Plot from '@observablehq/plot';
import { CONFIDENTIAL } from '../../vetted/format.ts';
import { listSomeNames } from '../format/name-list.ts';
import { formatNumber } from '../format/numbers.ts';
import { formatQuantity, isWithheld, lowerFirst, measureHeading, type Measure } from '../format/measures.ts';
import { quarterEndLabel } from '../quarters/quarter-labels.ts';
import { findValue, listMembers, type Member } from '../vetted/dataset-queries.ts';
import type { PublishedDataset } from '../vetted/published-dataset.ts';
import { chartLabelIds, type Chart } from './chart.ts';
import {
  CHART_FONT_SIZE,
  CHART_LINE_HEIGHT,
  CHART_SIZES,
  SERIES_COLOUR,
  WITHHELD_COLOUR,
  type ChartSize,
} from './chart-style.ts';
import { renderPlotSvg } from './render-plot.ts';

/** Maximum number of withheld members the description names. It counts the rest. */
const MAX_NAMED_WITHHELD = 3;

/** Average width of a character in ems, to estimate how many lines a wrapped name takes. */
const AVERAGE_CHARACTER_WIDTH = 0.6;

const BAR_HEIGHT = 16;
const GAP_BELOW_NAME = 3;
const GAP_BELOW_BAR = 12;
const MARGIN = { top: 6, right: 70, bottom: 45, left: 12 };

interface Bar {
  memberId: string;
  name: string;
  /** Undefined when withheld, so no bar is drawn, rather than a bar of zero. */
  value: number | undefined;
  label: string;
}

/**
 * Draws a horizontal bar chart of a dataset's measure by member (the total
 * row left out) at the end of one quarter, each member's name above its bar.
 * A withheld member gets no bar and the text "[c] withheld" in its place, so
 * it cannot be read as zero.
 */
export function drawLatestQuarterBars(dataset: PublishedDataset, quarter: string, measure: Measure): Chart {
  const { definition } = dataset;
  const members = listMembers(dataset).filter((member) => !member.isTotal);
  const bars = members.map((member) => toBar(dataset, quarter, member, measure));
  const withheld = bars.filter((bar) => bar.value === undefined);

  const id = `${definition.id}-by-member`;
  const labels = chartLabelIds(id);
  const svg = Object.fromEntries(CHART_SIZES.map((size) => [size.name, renderBars(bars, measure, size, labels)]));

  return {
    id,
    title: `${measure.label} by ${lowerFirst(definition.dimension.label)} at ${quarterEndLabel(quarter)}`,
    description: describeBars(dataset, quarter, measure, bars),
    svg: svg as Chart['svg'],
    hasWithheld: withheld.length > 0,
  };
}

function renderBars(bars: readonly Bar[], measure: Measure, size: ChartSize, labels: ReturnType<typeof chartLabelIds>): string {
  const published = bars.filter((bar) => bar.value !== undefined);
  const withheld = bars.filter((bar) => bar.value === undefined);

  const plotWidth = size.width - MARGIN.left - MARGIN.right;
  const nameLineWidth = plotWidth / CHART_FONT_SIZE;
  const nameHeight = estimateNameLines(bars, nameLineWidth) * CHART_LINE_HEIGHT;
  const rowHeight = nameHeight + GAP_BELOW_NAME + BAR_HEIGHT + GAP_BELOW_BAR;
  // Plot places text at the middle of a row's band. The name offset moves the
  // last line of a name to just above its bar, so a short name sits next to
  // the bar. The bar offset moves value labels to the middle of the bar.
  const nameOffset = nameHeight - rowHeight / 2;
  const barOffset = nameHeight + GAP_BELOW_NAME + BAR_HEIGHT / 2 - rowHeight / 2;

  return renderPlotSvg(
    {
      width: size.width,
      height: MARGIN.top + MARGIN.bottom + rowHeight * Math.max(bars.length, 1),
      marginTop: MARGIN.top,
      marginRight: MARGIN.right,
      marginBottom: MARGIN.bottom,
      marginLeft: MARGIN.left,
      style: { fontSize: `${CHART_FONT_SIZE}px` },
      x: { label: measureHeading(measure), labelAnchor: 'center', labelArrow: 'none', grid: true, nice: true, domain: [0, maxValue(published)] },
      y: { domain: bars.map((bar) => bar.memberId), axis: null, padding: 0 },
      marks: [
        Plot.barX(published, {
          x: 'value',
          y: 'memberId',
          fill: SERIES_COLOUR,
          insetTop: nameHeight + GAP_BELOW_NAME,
          insetBottom: GAP_BELOW_BAR,
        }),
        Plot.text(bars, {
          y: 'memberId',
          text: 'name',
          frameAnchor: 'left',
          textAnchor: 'start',
          lineAnchor: 'bottom',
          lineWidth: nameLineWidth,
          dx: 2,
          dy: nameOffset,
        }),
        Plot.text(published, { x: 'value', y: 'memberId', text: 'label', textAnchor: 'start', dx: 4, dy: barOffset }),
        Plot.text(withheld, {
          x: 0,
          y: 'memberId',
          text: () => `${CONFIDENTIAL} withheld`,
          textAnchor: 'start',
          dx: 4,
          dy: barOffset,
          fill: WITHHELD_COLOUR,
        }),
        Plot.ruleX([0]),
      ],
    },
    labels,
  );
}

function toBar(dataset: PublishedDataset, quarter: string, member: Member, measure: Measure): Bar {
  // NOTE: a member with no row in this quarter is drawn as withheld; the
  // validator requires every total row but not every member row.
  const value = findValue(dataset, quarter, member.id, measure.column) ?? CONFIDENTIAL;
  if (isWithheld(value)) return { memberId: member.id, name: member.name, value: undefined, label: CONFIDENTIAL };
  return { memberId: member.id, name: member.name, value, label: formatNumber(value, measure.decimals) };
}

function maxValue(bars: readonly Bar[]): number {
  const max = Math.max(0, ...bars.map((bar) => bar.value ?? 0));
  return max > 0 ? max : 1;
}

/** Estimates how many lines the longest name takes when Plot wraps it at `lineWidth` ems. */
function estimateNameLines(bars: readonly Bar[], lineWidth: number): number {
  const longest = Math.max(0, ...bars.map((bar) => bar.name.length));
  return Math.max(1, Math.ceil((longest * AVERAGE_CHARACTER_WIDTH) / lineWidth));
}

function describeBars(dataset: PublishedDataset, quarter: string, measure: Measure, bars: readonly Bar[]): string {
  const { dimension } = dataset.definition;
  const published = bars.filter((bar) => bar.value !== undefined);
  const withheld = bars.filter((bar) => bar.value === undefined);
  const sentences = [
    `Bar chart of ${lowerFirst(measure.label)} by ${lowerFirst(dimension.label)} at ${quarterEndLabel(quarter)}.`,
  ];

  const largest = [...published].sort((a, b) => (b.value ?? 0) - (a.value ?? 0))[0];
  if (largest?.value !== undefined) {
    sentences.push(`The largest published figure is ${largest.name}, with ${formatQuantity(largest.value, measure)}.`);
  }

  const total = findValue(dataset, quarter, dimension.total.id, measure.column);
  if (total !== undefined) {
    const totalText = isWithheld(total) ? `withheld ${CONFIDENTIAL}` : formatQuantity(total, measure);
    sentences.push(`${dimension.total.name}: ${totalText}.`);
  }

  if (withheld.length > 0) {
    const names = listSomeNames(withheld.map((bar) => bar.name), MAX_NAMED_WITHHELD);
    sentences.push(`${withheld.length} of ${bars.length} figures are withheld ${CONFIDENTIAL} and have no bar: ${names}.`);
  }
  return sentences.join(' ');
}
