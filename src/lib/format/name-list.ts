/**
 * Lists at most `max` names, separated by commas, and counts the rest:
 * "Hydro, Other" or "Hydro, Other, Wind and 12 others". Chart descriptions
 * use it, so that a long series or a long list of members does not become a
 * sentence a screen reader user cannot follow.
 */
export function listSomeNames(names: readonly string[], max: number): string {
  if (names.length <= max) return names.join(', ');
  const rest = names.length - max;
  return `${names.slice(0, max).join(', ')} and ${rest} ${rest === 1 ? 'other' : 'others'}`;
}
