import { describe, expect, it } from 'vitest';
import { markRevisions } from '../../src/pipeline/mark-revisions.ts';
import type { VettedDataset } from '../../src/vetted/format.ts';

const DEFINITION: VettedDataset['definition'] = {
  id: 'capacity-by-technology',
  title: 'Capacity',
  description: 'Capacity by technology.',
  dimension: { column: 'category_id', nameColumn: 'category_name', label: 'Asset category', total: { id: 'all', name: 'All' }, additive: true },
  measures: [{ column: 'mw', label: 'Capacity', unit: 'MW', kind: 'magnitude', decimals: 1, description: 'Capacity.' }],
};

function dataset(edition: string, values: Record<string, number | '[c]'>): VettedDataset {
  return {
    edition,
    previousEdition: null,
    definition: DEFINITION,
    columns: ['quarter', 'category_id', 'category_name', 'mw', 'mw_status'],
    rows: Object.entries(values).map(([key, mw]) => {
      const [quarter, category] = key.split('|');
      return { quarter, category_id: category, category_name: category, mw, mw_status: '' };
    }),
  };
}

describe('markRevisions', () => {
  const previous = dataset('2026-q2', {
    '2026-q1|bess': 10,
    '2026-q1|wind': '[c]',
    '2026-q1|solar': 7,
    '2026-q1|hydro': 4,
    '2026-q2|bess': 12,
  });
  const current = dataset('2026-q3', {
    '2026-q1|bess': 10.5,
    '2026-q1|wind': 3,
    '2026-q1|solar': '[c]',
    '2026-q1|hydro': 4,
    '2026-q2|bess': 12,
    '2026-q3|bess': 14,
  });
  const { dataset: marked, revised } = markRevisions(current, previous);
  const status = (key: string) => marked.rows.find((row) => `${row.quarter}|${row.category_id}` === key)?.mw_status;

  it('marks a changed number [r]', () => {
    expect(status('2026-q1|bess')).toBe('[r]');
  });

  it('never marks a cell withheld before', () => {
    expect(status('2026-q1|wind')).toBe('');
  });

  it('never marks a cell withheld now', () => {
    expect(status('2026-q1|solar')).toBe('');
  });

  it('leaves unchanged and new cells alone', () => {
    expect(status('2026-q1|hydro')).toBe('');
    expect(status('2026-q2|bess')).toBe('');
    expect(status('2026-q3|bess')).toBe('');
  });

  it('counts marks and records the edition', () => {
    expect(revised).toBe(1);
    expect(marked.previousEdition).toBe('2026-q2');
  });

  it('marks nothing without a previous edition', () => {
    const alone = markRevisions(current, undefined);
    expect(alone.revised).toBe(0);
    expect(alone.dataset.previousEdition).toBeNull();
  });
});
