/** Accessible names of chart SVGs, shared by the report pages and the explore page. */

/** Ids of the elements that name and describe a chart, for aria-labelledby and aria-describedby. */
export interface ChartLabelIds {
  titleId: string;
  descriptionId: string;
}

/**
 * Gives a Plot SVG role="img", named and described by the page elements
 * with the given ids. The aria-label attributes Plot puts on its <g>
 * elements are removed, because ARIA prohibits a label on an element with
 * no role.
 */
export function labelChartSvg(svg: Element, labels: ChartLabelIds): void {
  for (const element of svg.querySelectorAll('[aria-label], [aria-description]')) {
    element.removeAttribute('aria-label');
    element.removeAttribute('aria-description');
  }
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', labels.titleId);
  svg.setAttribute('aria-describedby', labels.descriptionId);
}
