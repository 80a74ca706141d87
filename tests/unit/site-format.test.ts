import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '../../src/lib/format/dates.ts';
import { formatCell, formatQuantity, lowerFirst, measureHeading, type Measure } from '../../src/lib/format/measures.ts';
import { formatNumber, formatPercentSize } from '../../src/lib/format/numbers.ts';
import { quarterEndLabel, quarterMonthsLabel, quarterShortLabel } from '../../src/lib/quarters/quarter-labels.ts';
import { parseQuarter, previousQuarterId, quarterEndIso, quarterStartUtc } from '../../src/lib/quarters/quarter.ts';

const capacity: Measure = {
  column: 'registered_capacity_mw',
  label: 'Registered capacity',
  unit: 'MW',
  kind: 'magnitude',
  decimals: 1,
  description: 'Capacity in MW.',
};
const assets: Measure = { column: 'assets', label: 'Assets', unit: 'assets', kind: 'frequency', decimals: 0, description: 'Count.' };

describe('numbers', () => {
  it('formats thousands and decimals', () => {
    expect(formatNumber(30001.2, 1)).toBe('30,001.2');
    expect(formatNumber(1234567, 0)).toBe('1,234,567');
    expect(formatNumber(0, 1)).toBe('0.0');
    expect(formatNumber(2850, 1)).toBe('2,850.0');
  });

  it('formats percentage size', () => {
    expect(formatPercentSize(0.0421)).toBe('4.2%');
    expect(formatPercentSize(-0.0421)).toBe('4.2%');
    expect(formatPercentSize(0.0004)).toBe('less than 0.1%');
    expect(formatPercentSize(0)).toBe('0.0%');
  });
});

describe('dates and quarters', () => {
  it('formats ISO dates in GOV.UK style', () => {
    expect(formatIsoDate('2026-12-04')).toBe('4 December 2026');
    expect(formatIsoDate('2025-03-31')).toBe('31 March 2025');
  });

  it('rejects invalid dates', () => {
    expect(() => formatIsoDate('2025-13-01')).toThrow('Invalid date "2025-13-01"');
    expect(() => formatIsoDate('31/12/2025')).toThrow('Invalid date');
  });

  it('labels quarters', () => {
    expect(quarterMonthsLabel('2025-q4')).toBe('October to December 2025');
    expect(quarterShortLabel('2024-q1')).toBe('Jan to Mar 2024');
    expect(quarterEndLabel('2024-q1')).toBe('31 March 2024');
    expect(quarterEndLabel('2025-q2')).toBe('30 June 2025');
  });

  it('steps back across a year', () => {
    expect(previousQuarterId('2025-q1')).toBe('2024-q4');
    expect(previousQuarterId('2025-q3')).toBe('2025-q2');
  });

  it('computes quarter ends in UTC', () => {
    expect(quarterEndIso('2025-q4')).toBe('2025-12-31');
    expect(quarterEndIso('2024-q1')).toBe('2024-03-31');
    expect(quarterStartUtc('2025-q4').toISOString()).toBe('2025-10-01T00:00:00.000Z');
  });

  it('rejects invalid quarters', () => {
    expect(() => parseQuarter('2025-Q4')).toThrow('Invalid quarter "2025-Q4"');
    expect(() => parseQuarter('2025-q5')).toThrow('Invalid quarter');
  });
});

describe('measures', () => {
  it('puts the unit of a magnitude in its heading', () => {
    expect(measureHeading(capacity)).toBe('Registered capacity (MW)');
    expect(measureHeading(assets)).toBe('Assets');
  });

  it('formats cells and quantities', () => {
    expect(formatCell('[c]', capacity)).toBe('[c]');
    expect(formatCell(1234.5, capacity)).toBe('1,234.5');
    expect(formatQuantity(1234.5, capacity)).toBe('1,234.5 MW');
    expect(formatQuantity(41340, assets)).toBe('41,340');
  });

  it('lowers a first letter but not an acronym', () => {
    expect(lowerFirst('Asset category')).toBe('asset category');
    expect(lowerFirst('GSP group')).toBe('GSP group');
    expect(lowerFirst('Product')).toBe('product');
  });
});
