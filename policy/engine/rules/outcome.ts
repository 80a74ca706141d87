/**
 * What a primary rule returns for one cell or derived quantity, and the
 * helpers every rule shares.
 */
import type { ContributorStatistics, MeasureKind, ProtectionLevels } from '../problem.ts';

/** A cell or derived quantity as the primary rules see it. */
export interface RuleSubject extends ContributorStatistics {
  kind: MeasureKind;
  /** May be negative for a derived quantity; the rules then work on its absolute value. */
  value: number;
}

/** Whether a rule finds the subject sensitive, and the protection it then requires. */
export interface RuleOutcome {
  sensitive: boolean;
  protection: ProtectionLevels;
}

export const NOT_SENSITIVE: RuleOutcome = Object.freeze({
  sensitive: false,
  protection: Object.freeze({ lower: 0, upper: 0 }),
});

/**
 * Builds the outcome of a sensitive subject that needs `amount` of protection
 * on both sides of its value. The side towards zero is capped at |value|:
 * cells are non-negative, so no attacker's interval can reach below zero,
 * and a derived change is not required to look like a change of the other sign.
 */
export function sensitiveOutcome(amount: number, value: number): RuleOutcome {
  const towardsZero = Math.min(amount, Math.abs(value));
  const protection = value >= 0 ? { lower: towardsZero, upper: amount } : { lower: amount, upper: towardsZero };
  return { sensitive: true, protection };
}

/** Returns the n largest contributions of the subject, as absolute values, padded with zeros. */
export function largestContributions(subject: RuleSubject, n: number): number[] {
  const contributions = subject.largest.slice(0, n).map((contribution) => Math.abs(contribution));
  while (contributions.length < n) contributions.push(0);
  return contributions;
}
