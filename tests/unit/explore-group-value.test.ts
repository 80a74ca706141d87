import { describe, expect, it } from 'vitest';
import { computeGroupValue, type GroupCells } from '../../src/lib/explore/group-value.ts';

const complete: GroupCells = { cellCount: 3, withheldCount: 0, knownSum: 60, knownMin: 10, knownMax: 30 };
const partial: GroupCells = { cellCount: 4, withheldCount: 1, knownSum: 60, knownMin: 10, knownMax: 30 };
const allWithheld: GroupCells = { cellCount: 2, withheldCount: 2, knownSum: null, knownMin: null, knownMax: null };

describe('computeGroupValue', () => {
  it('is exact with nothing withheld', () => {
    expect(computeGroupValue('sum', complete, true)).toEqual({ kind: 'exact', value: 60 });
    expect(computeGroupValue('mean', complete, true)).toEqual({ kind: 'exact', value: 20 });
    expect(computeGroupValue('min', complete, true)).toEqual({ kind: 'exact', value: 10 });
    expect(computeGroupValue('max', complete, true)).toEqual({ kind: 'exact', value: 30 });
  });

  it('bounds a group with a withheld cell', () => {
    expect(computeGroupValue('sum', partial, true)).toEqual({ kind: 'at-least', value: 60 });
    expect(computeGroupValue('mean', partial, true)).toEqual({ kind: 'at-least', value: 15 });
    expect(computeGroupValue('max', partial, true)).toEqual({ kind: 'at-least', value: 30 });
    expect(computeGroupValue('min', partial, true)).toEqual({ kind: 'at-most', value: 10 });
  });

  it('never sums a withheld cell as zero', () => {
    const value = computeGroupValue('sum', partial, true);

    expect(value.kind).not.toBe('exact');
  });

  it('withholds a group with every cell withheld', () => {
    for (const statistic of ['sum', 'mean', 'min', 'max'] as const) {
      expect(computeGroupValue(statistic, allWithheld, true)).toEqual({ kind: 'withheld' });
    }
  });

  it('withholds when the measure may be negative', () => {
    expect(computeGroupValue('sum', partial, false)).toEqual({ kind: 'withheld' });
  });
});
