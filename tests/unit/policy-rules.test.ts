import { describe, expect, it } from 'vitest';
import { applyDominanceRule } from '../../policy/engine/rules/dominance.ts';
import { applyPPercentRule } from '../../policy/engine/rules/p-percent.ts';
import { applyPrimaryRules } from '../../policy/engine/rules/primary.ts';
import { applyThresholdRule } from '../../policy/engine/rules/threshold.ts';
import type { RuleSubject } from '../../policy/engine/rules/outcome.ts';
import { loadPolicy } from '../../policy/schema.ts';

// The published policy: threshold 3 contributors and 20%, p = 10, (n, k) = (2, 85).
const policy = loadPolicy();
const { threshold, p_percent: pPercent, dominance } = policy.rules;

function magnitude(value: number, contributors: number, largest: number[]): RuleSubject {
  return { kind: 'magnitude', value, contributors, largest };
}

function frequency(value: number, contributors: number, largest: number[]): RuleSubject {
  return { kind: 'frequency', value, contributors, largest };
}

describe('threshold rule', () => {
  it('flags a single contributor', () => {
    const outcome = applyThresholdRule(magnitude(50, 1, [50]), threshold);
    expect(outcome.sensitive).toBe(true);
    expect(outcome.protection.lower).toBeCloseTo(10);
    expect(outcome.protection.upper).toBeCloseTo(10);
  });

  it('flags two contributors', () => {
    expect(applyThresholdRule(magnitude(50, 2, [30, 20]), threshold).sensitive).toBe(true);
  });

  it('passes the minimum number of contributors', () => {
    expect(applyThresholdRule(magnitude(50, 3, [20, 20, 10]), threshold).sensitive).toBe(false);
  });

  it('publishes an empty cell', () => {
    expect(applyThresholdRule(magnitude(0, 0, []), threshold).sensitive).toBe(false);
    expect(applyThresholdRule(frequency(0, 0, []), threshold).sensitive).toBe(false);
  });

  it('protects a frequency cell by at least 1', () => {
    const outcome = applyThresholdRule(frequency(2, 1, [2]), threshold);
    expect(outcome.sensitive).toBe(true);
    expect(outcome.protection).toEqual({ lower: 1, upper: 1 });
  });

  it('caps the lower protection at the value', () => {
    const outcome = applyThresholdRule(frequency(1, 1, [1]), threshold);
    expect(outcome.protection).toEqual({ lower: 1, upper: 1 });
  });

  it('skips kinds outside applies_to', () => {
    const rule = { ...threshold, applies_to: ['magnitude' as const] };
    expect(applyThresholdRule(frequency(2, 1, [2]), rule).sensitive).toBe(false);
  });

  it('protects a falling change away from zero', () => {
    const outcome = applyThresholdRule(magnitude(-50, 1, [50]), threshold);
    expect(outcome.sensitive).toBe(true);
    expect(outcome.protection.lower).toBeCloseTo(10);
    expect(outcome.protection.upper).toBeCloseTo(10);
  });

  it('bases a cancelling change on its largest contribution', () => {
    // +20 by one group and -20 by another: the change is 0, but each group
    // moved 20. Protection towards zero is capped at |value|, here 0.
    const outcome = applyThresholdRule(magnitude(0, 2, [20, 20]), threshold);
    expect(outcome.sensitive).toBe(true);
    expect(outcome.protection.upper).toBeCloseTo(4);
    expect(outcome.protection.lower).toBe(0);
  });
});

describe('p% rule', () => {
  it('flags a second contributor that can estimate the largest', () => {
    // 108 - 100 - 5 = 3 < 10% of 100, so the shortfall is 10 - 3 = 7.
    const outcome = applyPPercentRule(magnitude(108, 3, [100, 5, 3]), pPercent);
    expect(outcome.sensitive).toBe(true);
    expect(outcome.protection.upper).toBeCloseTo(7);
    expect(outcome.protection.lower).toBeCloseTo(7);
  });

  it('passes a large enough remainder', () => {
    expect(applyPPercentRule(magnitude(200, 4, [100, 50, 30]), pPercent).sensitive).toBe(false);
  });

  it('passes a remainder of exactly p per cent', () => {
    expect(applyPPercentRule(magnitude(120, 3, [100, 10, 10]), pPercent).sensitive).toBe(false);
  });

  it('flags two contributors', () => {
    // The second contributor subtracts its own 40 and learns the largest exactly.
    const outcome = applyPPercentRule(magnitude(100, 2, [60, 40]), pPercent);
    expect(outcome.sensitive).toBe(true);
    expect(outcome.protection.upper).toBeCloseTo(6);
  });

  it('flags a coalition of the top two', () => {
    // The second contributor knows x1 + x2 = 99 of 100 up to its own 9, so learns x1 within 1.
    const outcome = applyPPercentRule(magnitude(100, 5, [90, 9, 0.5]), pPercent);
    expect(outcome.sensitive).toBe(true);
    expect(outcome.protection.upper).toBeCloseTo(9 - 1);
  });

  it('caps protection towards zero at |value|', () => {
    // A change of 5 made of +30 and -25: the shortfall 3 - (5 - 55) = 53
    // exceeds the value, so only the side away from zero gets all of it.
    const outcome = applyPPercentRule(magnitude(5, 2, [30, 25]), pPercent);
    expect(outcome.sensitive).toBe(true);
    expect(outcome.protection.upper).toBeCloseTo(53);
    expect(outcome.protection.lower).toBe(5);
  });

  it('skips frequency cells', () => {
    expect(applyPPercentRule(frequency(5, 2, [4, 1]), pPercent).sensitive).toBe(false);
  });

  it('publishes an empty cell', () => {
    expect(applyPPercentRule(magnitude(0, 0, []), pPercent).sensitive).toBe(false);
  });

  it('uses absolute values for a falling change', () => {
    // |-108| - 100 - 5 = 3 < 10: the side away from zero is the lower one.
    const outcome = applyPPercentRule(magnitude(-108, 3, [100, 5, 3]), pPercent);
    expect(outcome.sensitive).toBe(true);
    expect(outcome.protection.lower).toBeCloseTo(7);
    expect(outcome.protection.upper).toBeCloseTo(7);
  });
});

describe('dominance rule', () => {
  it('flags two dominant contributors', () => {
    // 80 + 10 = 90 > 85% of 100; protection 90 / 0.85 - 100.
    const outcome = applyDominanceRule(magnitude(100, 10, [80, 10, 5]), dominance);
    expect(outcome.sensitive).toBe(true);
    expect(outcome.protection.upper).toBeCloseTo(90 / 0.85 - 100);
    expect(outcome.protection.lower).toBeCloseTo(90 / 0.85 - 100);
  });

  it('passes spread contributions', () => {
    expect(applyDominanceRule(magnitude(100, 10, [40, 30, 20]), dominance).sensitive).toBe(false);
  });

  it('passes exactly k per cent', () => {
    expect(applyDominanceRule(magnitude(100, 10, [80, 5, 5]), dominance).sensitive).toBe(false);
  });

  it('rejects n above the contributions carried', () => {
    expect(() => applyDominanceRule(magnitude(100, 10, [40, 30, 20]), { ...dominance, n: 4 })).toThrow(/n = 4/);
  });

  it('skips frequency cells', () => {
    expect(applyDominanceRule(frequency(10, 2, [9, 1]), dominance).sensitive).toBe(false);
  });

  it('uses absolute contributions for a change', () => {
    // Contributions +30 and -25 give a change of 5 that two groups dominate.
    const outcome = applyDominanceRule(magnitude(5, 2, [30, 25]), dominance);
    expect(outcome.sensitive).toBe(true);
    expect(outcome.protection.upper).toBeCloseTo(55 / 0.85 - 5);
    expect(outcome.protection.lower).toBe(5);
  });
});

describe('primary rules together', () => {
  it('names threshold first for a singleton', () => {
    expect(applyPrimaryRules(magnitude(50, 1, [50]), policy)?.rule).toBe('threshold');
  });

  it('names p_percent before dominance', () => {
    const verdict = applyPrimaryRules(magnitude(100, 5, [90, 5, 3]), policy);
    expect(verdict?.rule).toBe('p_percent');
  });

  it('takes the larger protection of all rules', () => {
    // p%: 9 - 5 = 4; dominance: 95 / 0.85 - 100 = 11.76.
    const verdict = applyPrimaryRules(magnitude(100, 5, [90, 5, 3]), policy);
    expect(verdict?.protection.upper).toBeCloseTo(95 / 0.85 - 100);
  });

  it('returns undefined for a safe cell', () => {
    expect(applyPrimaryRules(magnitude(100, 5, [20, 20, 20]), policy)).toBeUndefined();
  });

  it('returns undefined for a zero cell', () => {
    expect(applyPrimaryRules(magnitude(0, 0, []), policy)).toBeUndefined();
  });

  it('catches a large cell with one dominant contributor', () => {
    // 20 contributors pass the threshold, and the remainder 90 is exactly 10%
    // of 900, so only dominance (910 > 850) catches it.
    const cell = magnitude(1000, 20, [900, 10, 10]);
    expect(applyThresholdRule(cell, threshold).sensitive).toBe(false);
    expect(applyPPercentRule(cell, pPercent).sensitive).toBe(false);
    expect(applyPrimaryRules(cell, policy)?.rule).toBe('dominance');
  });
});
