import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { labelChartSvg, type ChartLabelIds } from './chart-labels.ts';

export type { ChartLabelIds };

/** Glyph Plot draws in a chart when it reported warnings to the console. */
const PLOT_WARNING_GLYPH = '\u26a0';

/**
 * Draws a Plot chart in a server-side DOM (linkedom) and returns it as an
 * SVG string for inline use. The svg gets role="img" and is named and
 * described by the page elements with the given ids. The aria-label
 * attributes Plot puts on its <g> elements are removed, because ARIA
 * prohibits a label on an element with no role. Throws when Plot returns a
 * figure (legends, titles) instead of a bare svg, or when it reports
 * warnings, which mean the chart may be wrong.
 */
export function renderPlotSvg(options: Plot.PlotOptions, labels: ChartLabelIds): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const chart = Plot.plot({ ...options, document }) as unknown as Element;

  if (chart.tagName.toLowerCase() !== 'svg') {
    throw new Error(`Chart ${labels.titleId}: Plot returned a <${chart.tagName.toLowerCase()}>, expected an <svg>; draw legends and titles in the page`);
  }
  if ((chart.textContent ?? '').includes(PLOT_WARNING_GLYPH)) {
    throw new Error(`Chart ${labels.titleId}: Plot reported warnings while drawing it; see the console output above`);
  }

  labelChartSvg(chart, labels);
  return chart.outerHTML;
}
