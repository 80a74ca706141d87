import { CONFIDENTIAL, type DatasetDefinition } from '../../vetted/format.ts';
import { formatNumber } from './numbers.ts';

export type Measure = DatasetDefinition['measures'][number];

/** A published value: a number, or the shorthand of a withheld cell. */
export type PublishedValue = number | typeof CONFIDENTIAL;

/** Returns whether a published value is withheld ([c]). */
export function isWithheld(value: PublishedValue): value is typeof CONFIDENTIAL {
  return value === CONFIDENTIAL;
}

/**
 * Returns the heading of a measure for tables and axes. A magnitude carries
 * its unit ("Registered capacity (MW)"). A frequency is a count, whose label
 * already names what it counts ("Assets").
 */
export function measureHeading(measure: Measure): string {
  return measure.kind === 'magnitude' ? `${measure.label} (${measure.unit})` : measure.label;
}

/** Formats a published value for a table cell: "1,234.5", or "[c]" when withheld. */
export function formatCell(value: PublishedValue, measure: Measure): string {
  return isWithheld(value) ? CONFIDENTIAL : formatNumber(value, measure.decimals);
}

/**
 * Formats a number of a measure for running text: "1,234.5 MW" for a
 * magnitude, "1,234" for a count, whose subject already names the unit.
 */
export function formatQuantity(value: number, measure: Measure): string {
  const number = formatNumber(value, measure.decimals);
  return measure.kind === 'magnitude' ? `${number} ${measure.unit}` : number;
}

/**
 * Lowers the first letter of a label for use inside a sentence ("Asset
 * category" → "asset category"), but leaves acronyms and proper names that
 * start with two capitals as they are ("GSP group").
 */
export function lowerFirst(label: string): string {
  if (/^[A-Z][A-Z]/.test(label)) return label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}
