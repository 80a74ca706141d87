/** Numbers in GSS style: thousands separators, a fixed number of decimals, British English. */

const formatters = new Map<number, Intl.NumberFormat>();

/** Formats a number with thousands separators and exactly `decimals` decimal places: 30001.2 → "30,001.2". */
export function formatNumber(value: number, decimals: number): string {
  let formatter = formatters.get(decimals);
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-GB', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    formatters.set(decimals, formatter);
  }
  return formatter.format(value);
}

/**
 * Formats the size of a ratio as a percentage with one decimal place:
 * 0.0421 and -0.0421 → "4.2%". The sign is dropped because sentences carry
 * the direction in words ("rose", "fell"). A non-zero ratio that rounds to
 * 0.0% is written "less than 0.1%", so a change never reads as no change.
 */
export function formatPercentSize(ratio: number): string {
  const percent = Math.abs(ratio) * 100;
  if (percent > 0 && percent < 0.05) return 'less than 0.1%';
  return `${formatNumber(percent, 1)}%`;
}
