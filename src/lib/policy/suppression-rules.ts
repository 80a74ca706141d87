import type { Manifest } from '../../vetted/format.ts';

/** Names of the reasons a manifest counts withheld cells by, in the order the site lists them. */
const RULE_LABELS: ReadonlyMap<string, string> = new Map([
  ['threshold', 'Threshold rule'],
  ['p_percent', 'p% rule'],
  ['dominance', 'Dominance rule'],
  ['secondary', 'Secondary suppression'],
]);

/** Returns the name of a suppression reason, or the key itself with underscores as spaces when it is not known. */
export function suppressionRuleLabel(key: string): string {
  const label = RULE_LABELS.get(key);
  if (label) return label;
  const spaced = key.replace(/_/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** Lists the suppression reasons the manifests count, known ones first in their order, then others alphabetically. */
export function listSuppressionRules(manifests: readonly Manifest[]): string[] {
  const keys = new Set(manifests.flatMap((manifest) => Object.keys(manifest.suppression)));
  const known = [...RULE_LABELS.keys()].filter((key) => keys.has(key));
  const others = [...keys].filter((key) => !RULE_LABELS.has(key)).sort();
  return [...known, ...others];
}

/** Returns the number of cells a manifest withholds over all rules. */
export function totalWithheld(manifest: Manifest): number {
  return Object.values(manifest.suppression).reduce((sum, count) => sum + count, 0);
}
