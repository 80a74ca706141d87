/**
 * p% rule: a cell is sensitive when the second-largest contributor, who knows
 * its own contribution x2, could estimate the largest contribution x1 to
 * within p per cent by subtracting x2 from the cell value.
 */
import type { Policy } from '../../schema.ts';
import { largestContributions, NOT_SENSITIVE, sensitiveOutcome, type RuleOutcome, type RuleSubject } from './outcome.ts';

/**
 * Applies the p% rule: sensitive when |value| - x1 - x2 < p/100 * x1. The
 * required protection on each side is the shortfall p/100 * x1 - (|value| - x1 - x2),
 * the standard form used by tau-Argus and sdcTable.
 */
export function applyPPercentRule(subject: RuleSubject, rule: Policy['rules']['p_percent']): RuleOutcome {
  if (!rule.applies_to.includes(subject.kind)) return NOT_SENSITIVE;
  if (subject.contributors === 0) return NOT_SENSITIVE;

  const [x1, x2] = largestContributions(subject, 2);
  const remainder = Math.abs(subject.value) - x1 - x2;
  const shortfall = (rule.p / 100) * x1 - remainder;
  if (shortfall <= 0) return NOT_SENSITIVE;

  return sensitiveOutcome(shortfall, subject.value);
}
