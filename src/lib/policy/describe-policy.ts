import type { Policy } from '../../../policy/schema.ts';

/** A rule of the policy in words, with its parameters. */
export interface RuleDescription {
  /** Key of the rule, as manifests count withheld cells by it. */
  key: string;
  name: string;
  description: string;
  parameters: { label: string; value: string }[];
}

type MeasureKind = Policy['rules']['threshold']['applies_to'][number];

const KIND_NAMES: Record<MeasureKind, string> = {
  frequency: 'counts (frequency tables)',
  magnitude: 'capacities (magnitude tables)',
};

/** Describes the primary rules of a policy and their parameters, in the order they apply. */
export function describePrimaryRules(policy: Policy): RuleDescription[] {
  const { threshold, p_percent: pPercent, dominance } = policy.rules;
  return [
    {
      key: 'threshold',
      name: 'Threshold rule',
      description: threshold.description,
      parameters: [
        { label: 'Minimum number of contributors', value: `${threshold.min_contributors} enterprise groups` },
        { label: 'Protection level', value: `${threshold.protection_level_percent}% either side of the true value` },
        { label: 'Applies to', value: describeKinds(threshold.applies_to) },
      ],
    },
    {
      key: 'p_percent',
      name: 'p% rule',
      description: pPercent.description,
      parameters: [
        { label: 'p', value: `${pPercent.p}%` },
        { label: 'Applies to', value: describeKinds(pPercent.applies_to) },
      ],
    },
    {
      key: 'dominance',
      name: 'Dominance rule',
      description: dominance.description,
      parameters: [
        { label: 'n (largest contributors)', value: String(dominance.n) },
        { label: 'k (share of the total)', value: `${dominance.k}%` },
        { label: 'Applies to', value: describeKinds(dominance.applies_to) },
      ],
    },
  ];
}

/** Describes the policy's secondary suppression and its parameters. */
export function describeSecondarySuppression(policy: Policy): RuleDescription {
  const { description, time_differencing: timeDifferencing, stock_orderings: stockOrderings } = policy.secondary_suppression;
  return {
    key: 'secondary',
    name: 'Secondary suppression',
    description,
    parameters: [
      {
        label: 'Changes between quarters protected',
        value: timeDifferencing ? 'Yes' : 'No',
      },
      {
        label: 'Attacker assumed to know which series never fell',
        value: stockOrderings ? 'Yes' : 'No',
      },
    ],
  };
}

function describeKinds(kinds: readonly MeasureKind[]): string {
  return kinds.map((kind) => KIND_NAMES[kind]).join(' and ');
}
