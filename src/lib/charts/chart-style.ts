/** Colours and sizes shared by the charts, chosen for contrast on white (GOV.UK palette). */

/** Bars, lines and dots: GOV.UK blue, 5.2:1 on white. */
export const SERIES_COLOUR = '#1d70b8';

/** Text and markers of withheld values: GOV.UK dark grey, 7:1 on white. */
export const WITHHELD_COLOUR = '#505a5f';

/** Dashed rules that mark withheld quarters: GOV.UK mid grey. */
export const WITHHELD_RULE_COLOUR = '#b1b4b6';

/** Font size of chart text in px, larger than Plot's 10 px default. */
export const CHART_FONT_SIZE = 12;

/** Height of a line of chart text in px. */
export const CHART_LINE_HEIGHT = 15;

/**
 * A size at which every chart is drawn. Each chart is drawn twice, wide for
 * screens wider than 640 px and narrow for phones, so that its text stays
 * near CHART_FONT_SIZE when the page scales the svg to the screen.
 */
export interface ChartSize {
  name: 'wide' | 'narrow';
  /** Width of the viewBox in px. */
  width: number;
  /** Maximum number of labelled quarters on a time axis. */
  maxAxisLabels: number;
}

export const CHART_SIZES: readonly ChartSize[] = [
  { name: 'wide', width: 640, maxAxisLabels: 8 },
  { name: 'narrow', width: 360, maxAxisLabels: 4 },
];
