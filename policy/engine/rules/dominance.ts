/**
 * (n,k) dominance rule: a cell is sensitive when its n largest contributors
 * hold more than k per cent of its value.
 */
import type { Policy } from '../../schema.ts';
import { largestContributions, NOT_SENSITIVE, sensitiveOutcome, type RuleOutcome, type RuleSubject } from './outcome.ts';

/** Cells carry at most this many largest contributions, so n may not exceed it. */
export const MAX_DOMINANCE_N = 3;

/**
 * Applies the (n,k) dominance rule: sensitive when the sum of the n largest
 * contributions exceeds k/100 * |value|. The required protection on each side
 * is (sum of the n largest) * 100/k - |value|.
 */
export function applyDominanceRule(subject: RuleSubject, rule: Policy['rules']['dominance']): RuleOutcome {
  if (rule.n > MAX_DOMINANCE_N) {
    throw new Error(`Policy dominance rule has n = ${rule.n}, but cells carry only their ${MAX_DOMINANCE_N} largest contributions; set n to ${MAX_DOMINANCE_N} or less`);
  }
  if (!rule.applies_to.includes(subject.kind)) return NOT_SENSITIVE;
  if (subject.contributors === 0) return NOT_SENSITIVE;

  const dominant = largestContributions(subject, rule.n).reduce((sum, contribution) => sum + contribution, 0);
  const magnitude = Math.abs(subject.value);
  if (dominant <= (rule.k / 100) * magnitude) return NOT_SENSITIVE;

  return sensitiveOutcome((dominant * 100) / rule.k - magnitude, subject.value);
}
