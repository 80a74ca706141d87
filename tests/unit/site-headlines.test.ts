import { describe, expect, it } from 'vitest';
import type { Measure } from '../../src/lib/format/measures.ts';
import { writeHeadlineSentence } from '../../src/lib/headlines/headline-sentence.ts';
import { compareWithPreviousQuarter } from '../../src/lib/headlines/quarter-change.ts';

const capacity: Measure = {
  column: 'registered_capacity_mw',
  label: 'Registered capacity',
  unit: 'MW',
  kind: 'magnitude',
  decimals: 1,
  description: 'Capacity in MW.',
};
const fsps: Measure = { column: 'fsps', label: 'Qualified FSPs', unit: 'FSPs', kind: 'frequency', decimals: 0, description: 'Count.' };

function sentence(current: number | '[c]', previous: number | '[c]' | undefined, measure = capacity, subject = 'Registered capacity') {
  return writeHeadlineSentence(subject, measure, '2025-q4', compareWithPreviousQuarter(current, previous, measure.decimals));
}

describe('headline sentence', () => {
  it('reports a rise', () => {
    expect(sentence(30001.2, 28766.7)).toBe(
      'Registered capacity rose by 1,234.5 MW (4.3%) to 30,001.2 MW in the quarter to 31 December 2025.',
    );
  });

  it('reports a fall', () => {
    expect(sentence(584.9, 592.6)).toBe('Registered capacity fell by 7.7 MW (1.3%) to 584.9 MW in the quarter to 31 December 2025.');
  });

  it('reports no change', () => {
    expect(sentence(45.3, 45.3)).toBe('Registered capacity was unchanged at 45.3 MW in the quarter to 31 December 2025.');
  });

  it('omits the percentage after zero', () => {
    expect(sentence(12.5, 0)).toBe('Registered capacity rose by 12.5 MW to 12.5 MW in the quarter to 31 December 2025.');
  });

  it('writes counts without a unit', () => {
    expect(sentence(80, 77, fsps, 'The number of FSPs')).toBe(
      'The number of FSPs rose by 3 (3.9%) to 80 in the quarter to 31 December 2025.',
    );
  });

  it('says a withheld figure is withheld', () => {
    const text = sentence('[c]', 28766.7);
    expect(text).toBe(
      'Registered capacity at 31 December 2025 is withheld [c] to protect the confidentiality of providers, so no change on the previous quarter is given.',
    );
    expect(text).not.toMatch(/rose|fell|0\.0/);
  });

  it('gives no change after a withheld quarter', () => {
    const text = sentence(30001.2, '[c]');
    expect(text).toBe(
      'Registered capacity was 30,001.2 MW at 31 December 2025. The change on the previous quarter is not given because the figure at 30 September 2025 is withheld [c] to protect the confidentiality of providers.',
    );
    expect(text).not.toMatch(/rose|fell/);
  });

  it('handles the first quarter of a series', () => {
    expect(sentence(30001.2, undefined)).toBe(
      'Registered capacity was 30,001.2 MW at 31 December 2025. The series starts in this quarter, so there is no change on the previous quarter to report.',
    );
  });
});

describe('quarter change', () => {
  it('removes binary noise from the change', () => {
    const change = compareWithPreviousQuarter(9753.1, 9364.9, 1);
    expect(change).toEqual({ kind: 'change', current: 9753.1, previous: 9364.9, change: 388.2, ratio: 388.2 / 9364.9 });
  });

  it('never treats a withheld value as zero', () => {
    expect(compareWithPreviousQuarter('[c]', 10, 1)).toEqual({ kind: 'withheld' });
    expect(compareWithPreviousQuarter(10, '[c]', 1)).toEqual({ kind: 'previous-withheld', current: 10 });
  });
});
