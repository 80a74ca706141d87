/** Primary suppression: every rule of the policy applied to one cell or derived quantity. */
import type { Policy } from '../../schema.ts';
import type { ProtectionLevels, SuppressionReason } from '../problem.ts';
import { applyDominanceRule } from './dominance.ts';
import type { RuleOutcome, RuleSubject } from './outcome.ts';
import { applyPPercentRule } from './p-percent.ts';
import { applyThresholdRule } from './threshold.ts';

export type PrimaryRule = Exclude<SuppressionReason, 'secondary'>;

/** The verdict of the primary rules on a sensitive subject. */
export interface PrimaryVerdict {
  /** The first rule, in the order threshold, p_percent, dominance, that found the subject sensitive. */
  rule: PrimaryRule;
  /** The larger requirement of all rules that found it sensitive, side by side. */
  protection: ProtectionLevels;
}

/** Applies the threshold, p% and dominance rules; returns undefined when no rule finds the subject sensitive. */
export function applyPrimaryRules(subject: RuleSubject, policy: Policy): PrimaryVerdict | undefined {
  const outcomes: [PrimaryRule, RuleOutcome][] = [
    ['threshold', applyThresholdRule(subject, policy.rules.threshold)],
    ['p_percent', applyPPercentRule(subject, policy.rules.p_percent)],
    ['dominance', applyDominanceRule(subject, policy.rules.dominance)],
  ];

  let verdict: PrimaryVerdict | undefined;
  for (const [rule, outcome] of outcomes) {
    if (!outcome.sensitive) continue;
    if (!verdict) {
      verdict = { rule, protection: { ...outcome.protection } };
      continue;
    }
    verdict.protection.lower = Math.max(verdict.protection.lower, outcome.protection.lower);
    verdict.protection.upper = Math.max(verdict.protection.upper, outcome.protection.upper);
  }
  return verdict;
}
