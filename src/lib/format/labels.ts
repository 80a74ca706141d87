/** Labels of dimensions and measures inside sentences. */

/** Lowers the first letter unless the label starts with an acronym ("GSP group" stays, "Asset category" becomes "asset category"). */
export function lowerFirstWord(label: string): string {
  if (/^[A-Z][A-Z]/.test(label)) return label;
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/** Returns a measure's label with its unit, unless the unit only repeats the label ("Assets", not "Assets (assets)"). */
export function labelWithUnit(label: string, unit: string): string {
  return unit === label.toLowerCase() ? label : `${label} (${unit})`;
}
