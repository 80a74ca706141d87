import type { ChartSize } from './chart-style.ts';

/** A chart drawn at build time, with the words that make it accessible. */
export interface Chart {
  /** Base of the ids of the chart's title and description elements. */
  id: string;
  /** Visible title and accessible name, saying what the chart shows. */
  title: string;
  /** Description in words for readers who cannot see the chart, also shown above it. */
  description: string;
  /** Inline SVG markup at each size, by size name. */
  svg: Record<ChartSize['name'], string>;
  /** Whether the chart marks withheld values, so the page explains [c] next to it. */
  hasWithheld: boolean;
}

/** Returns the ids of a chart's title and description elements. */
export function chartLabelIds(id: string): { titleId: string; descriptionId: string } {
  return { titleId: `${id}-title`, descriptionId: `${id}-description` };
}
