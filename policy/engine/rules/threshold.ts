/**
 * Threshold rule: a cell with fewer than the minimum number of distinct
 * contributors (enterprise groups) is sensitive.
 */
import type { Policy } from '../../schema.ts';
import { largestContributions, NOT_SENSITIVE, sensitiveOutcome, type RuleOutcome, type RuleSubject } from './outcome.ts';

/**
 * Applies the threshold rule. A sensitive subject needs protection of
 * protection_level_percent of the larger of |value| and its largest
 * contribution (they differ only for a derived change whose contributions
 * cancel out), and at least 1 for a frequency cell. Empty cells are never sensitive.
 */
export function applyThresholdRule(subject: RuleSubject, rule: Policy['rules']['threshold']): RuleOutcome {
  if (!rule.applies_to.includes(subject.kind)) return NOT_SENSITIVE;
  if (subject.contributors === 0 || subject.contributors >= rule.min_contributors) return NOT_SENSITIVE;

  const [largest] = largestContributions(subject, 1);
  const base = Math.max(Math.abs(subject.value), largest);
  let amount = (rule.protection_level_percent / 100) * base;
  if (subject.kind === 'frequency') amount = Math.max(amount, 1);

  return sensitiveOutcome(amount, subject.value);
}
