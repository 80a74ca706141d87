import * as Plot from '@observablehq/plot';
import { CONFIDENTIAL } from '../../vetted/format.ts';
import { formatQuantity, isWithheld, lowerFirst, measureHeading, type Measure } from '../format/measures.ts';
import { quarterEndLabel, quarterShortLabel } from '../quarters/quarter-labels.ts';
import { quarterStartUtc } from '../quarters/quarter.ts';
import { selectLatestQuarters, type QuarterWindow } from '../quarters/quarter-window.ts';
import { findValue, listQuarters } from '../vetted/dataset-queries.ts';
import type { PublishedDataset } from '../vetted/published-dataset.ts';
import { chartLabelIds, type Chart } from './chart.ts';
import {
  CHART_FONT_SIZE,
  CHART_SIZES,
  SERIES_COLOUR,
  WITHHELD_COLOUR,
  WITHHELD_RULE_COLOUR,
  type ChartSize,
} from './chart-style.ts';
import { renderPlotSvg } from './render-plot.ts';

interface Point {
  quarter: string;
  /** First day of the quarter, UTC. */
  date: Date;
  /** NaN when withheld, so the line breaks there instead of dropping to zero. */
  value: number;
}

/** Maximum number of withheld quarters the description names. It counts the rest. */
const MAX_NAMED_WITHHELD = 3;

/**
 * Draws a line chart of the total row of a dataset's measure at the end of
 * each quarter of `window`, by default the latest PAGE_QUARTERS quarters. A
 * withheld quarter leaves a gap in the line, a dashed rule and the label
 * "[c]" at the foot of the chart.
 */
export function drawQuarterlyTrend(
  dataset: PublishedDataset,
  measure: Measure,
  window: QuarterWindow = selectLatestQuarters(listQuarters(dataset)),
): Chart {
  const { definition } = dataset;
  const { total } = definition.dimension;
  const { quarters } = window;
  const points = quarters.map((quarter): Point => {
    const value = findValue(dataset, quarter, total.id, measure.column) ?? CONFIDENTIAL;
    return { quarter, date: quarterStartUtc(quarter), value: isWithheld(value) ? Number.NaN : value };
  });
  const published = points.filter((point) => !Number.isNaN(point.value));
  const withheld = points.filter((point) => Number.isNaN(point.value));

  const id = `${definition.id}-by-quarter`;
  const labels = chartLabelIds(id);
  const svg = Object.fromEntries(CHART_SIZES.map((size) => [size.name, renderTrend(points, quarters, measure, size, labels)]));

  return {
    id,
    title: `${measure.label} by quarter: ${total.name}`,
    description: describeTrend(total.name, measure, window, published, withheld),
    svg: svg as Chart['svg'],
    hasWithheld: withheld.length > 0,
  };
}

function renderTrend(
  points: readonly Point[],
  quarters: readonly string[],
  measure: Measure,
  size: ChartSize,
  labels: ReturnType<typeof chartLabelIds>,
): string {
  const published = points.filter((point) => !Number.isNaN(point.value));
  const withheld = points.filter((point) => Number.isNaN(point.value));

  return renderPlotSvg(
    {
      width: size.width,
      height: size.name === 'wide' ? 320 : 280,
      marginLeft: 70,
      marginRight: 40,
      marginBottom: 50,
      style: { fontSize: `${CHART_FONT_SIZE}px` },
      x: {
        type: 'utc',
        label: null,
        inset: 30,
        ticks: axisQuarters(quarters, size.maxAxisLabels).map(quarterStartUtc),
        tickFormat: (date: Date) => quarterShortLabel(quarterOfDate(date)).replace(/ (\d{4})$/, '\n$1'),
      },
      y: { label: measureHeading(measure), labelArrow: 'none', grid: true, zero: true, nice: true },
      marks: [
        Plot.ruleX(withheld, { x: 'date', stroke: WITHHELD_RULE_COLOUR, strokeDasharray: '4,3' }),
        Plot.lineY(points, { x: 'date', y: 'value', stroke: SERIES_COLOUR, strokeWidth: 2.5 }),
        Plot.dot(published, { x: 'date', y: 'value', fill: SERIES_COLOUR, r: 3.5 }),
        Plot.text(withheld, { x: 'date', text: () => CONFIDENTIAL, frameAnchor: 'bottom', dy: -6, fill: WITHHELD_COLOUR }),
        Plot.ruleY([0]),
      ],
    },
    labels,
  );
}

/** Picks at most `maxLabels` quarters to label, evenly spaced and always including the latest one. */
function axisQuarters(quarters: readonly string[], maxLabels: number): string[] {
  const step = Math.ceil(quarters.length / maxLabels);
  return quarters.filter((_, index) => (quarters.length - 1 - index) % step === 0);
}

function quarterOfDate(date: Date): string {
  return `${date.getUTCFullYear()}-q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}

function describeTrend(
  totalName: string,
  measure: Measure,
  window: QuarterWindow,
  published: readonly Point[],
  withheld: readonly Point[],
): string {
  const first = published[0];
  const last = published[published.length - 1];
  const sentences = [`Line chart of ${lowerFirst(measure.label)} for ${totalName} at the end of each quarter.`];
  if (window.truncated) {
    const shown = window.quarters;
    sentences.push(
      `It shows the latest ${shown.length} quarters, ${quarterEndLabel(shown[0])} to ${quarterEndLabel(shown[shown.length - 1])}, of a series that starts at ${quarterEndLabel(window.seriesStart)}.`,
    );
  }

  if (first && last && first !== last) {
    sentences.push(
      `It went from ${formatQuantity(first.value, measure)} at ${quarterEndLabel(first.quarter)} to ${formatQuantity(last.value, measure)} at ${quarterEndLabel(last.quarter)}.`,
    );
  } else if (last) {
    sentences.push(`It was ${formatQuantity(last.value, measure)} at ${quarterEndLabel(last.quarter)}.`);
  }

  if (withheld.length > MAX_NAMED_WITHHELD) {
    // Name the latest withheld quarters, which matter most to a reader of this edition.
    const latest = withheld.slice(-MAX_NAMED_WITHHELD).map((point) => quarterEndLabel(point.quarter));
    sentences.push(
      `${withheld.length} of the ${window.quarters.length} figures are withheld ${CONFIDENTIAL} and leave gaps in the line.`,
      `The latest withheld figures are at ${latest.slice(0, -1).join(', ')} and ${latest[latest.length - 1]}.`,
    );
  } else if (withheld.length > 0) {
    const dates = withheld.map((point) => quarterEndLabel(point.quarter)).join(', ');
    sentences.push(`The figures at ${dates} are withheld ${CONFIDENTIAL} and leave a gap in the line.`);
  }
  return sentences.join(' ');
}
