import { describe, expect, it } from 'vitest';
import type { AggregateRow } from '../../src/lib/explore/aggregate-sql.ts';
import { buildAnswer, formatGroupValue } from '../../src/lib/explore/answer.ts';
import { formatCsv } from '../../src/lib/explore/csv-text.ts';
import { defaultState, type QueryState } from '../../src/lib/explore/query-state.ts';
import { REVISED_MARK, WITHHELD_MARK } from '../../src/lib/explore/withheld.ts';
import { CONFIDENTIAL, REVISED } from '../../src/vetted/format.ts';
import { exploreDataset, latestExploreEdition } from './explore-fixture.ts';

const edition = latestExploreEdition();
const bess = exploreDataset(edition, 'bess-by-gsp-group');
const products = exploreDataset(edition, 'fsps-qualified-by-product');

function row(values: Partial<AggregateRow>): AggregateRow {
  return { quarter: null, member_id: null, cell_count: 1, withheld_count: 0, revised_count: 0, known_sum: 1, known_min: 1, known_max: 1, withheld_quarters: null, withheld_members: null, ...values };
}

describe('explore answer', () => {
  it('shows an incomplete sum as a lower bound', () => {
    const state: QueryState = { ...defaultState(bess), measure: 'registered_capacity_mw', from: '2025-q4', to: '2025-q4' };
    const answer = buildAnswer(state, bess, [
      row({ quarter: '2025-q4', cell_count: 15, withheld_count: 2, known_sum: 4167.3, withheld_quarters: ['2025-q4', '2025-q4'], withheld_members: ['unallocated', '_P'] }),
    ]);

    expect(answer.headings).toEqual(['Quarter', 'Sum of registered capacity (MW)', 'Figures', 'Withheld figures']);
    expect(answer.rows[0].cells).toEqual(['Oct to Dec 2025', 'at least 4,167.3', '15', '2']);
    expect(answer.rows[0].csvCells).toEqual(['Oct to Dec 2025', 'at least 4167.3', '15', '2']);
    expect(answer.incompleteCount).toBe(1);
    expect(answer.withheldCells.map((cell) => cell.label)).toEqual(['North Scotland, 31 December 2025', 'Unallocated, 31 December 2025']);
    expect(answer.notes[0]).toContain('1 of the 1 values include withheld figures');
    expect(answer.notes[1]).toContain('select it alone for the exact total');
  });

  it('shows a group of withheld cells as [c]', () => {
    const state: QueryState = { ...defaultState(bess), grouping: 'member', members: ['_P'] };
    const answer = buildAnswer(state, bess, [row({ member_id: '_P', cell_count: 8, withheld_count: 8, known_sum: null, known_min: null, known_max: null })]);

    expect(answer.rows[0].cells[1]).toBe(WITHHELD_MARK);
    expect(answer.rows[0].value).toEqual({ kind: 'withheld' });
  });

  it('orders rows as the dataset does', () => {
    const state: QueryState = { ...defaultState(bess), grouping: 'quarter-member', from: '2025-q3', to: '2025-q4', members: ['_A', '_B'] };
    const answer = buildAnswer(state, bess, [
      row({ quarter: '2025-q4', member_id: '_B' }),
      row({ quarter: '2025-q3', member_id: '_B' }),
      row({ quarter: '2025-q4', member_id: '_A' }),
      row({ quarter: '2025-q3', member_id: '_A' }),
    ]);

    expect(answer.rows.map((answerRow) => `${answerRow.quarter} ${answerRow.memberId}`)).toEqual(['2025-q3 _A', '2025-q3 _B', '2025-q4 _A', '2025-q4 _B']);
    expect(answer.headings.slice(0, 2)).toEqual(['Quarter', 'GSP group']);
  });

  it('warns that a sum counts the total twice', () => {
    const state: QueryState = { ...defaultState(bess), members: ['_A', 'GB'] };
    const answer = buildAnswer(state, bess, [row({ quarter: '2025-q4', cell_count: 2 })]);

    expect(answer.notes).toContain('The selection includes Great Britain, which totals the other GSP groups, so their figures are counted twice.');
  });

  it('warns that products overlap', () => {
    const answer = buildAnswer(defaultState(products), products, [row({ quarter: '2025-q4', cell_count: 29 })]);

    expect(answer.notes.some((note) => note.includes('do not add up to Any product'))).toBe(true);
  });

  it('gives the mean one more decimal', () => {
    const state: QueryState = { ...defaultState(bess), statistic: 'mean' };
    const answer = buildAnswer(state, bess, [row({ quarter: '2025-q4', cell_count: 3, known_sum: 100 })]);

    expect(answer.rows[0].cells[1]).toBe('33.3');
  });

  it('formats bounds and withheld values', () => {
    expect(formatGroupValue({ kind: 'at-most', value: 12000 }, 0, true)).toBe('at most 12,000');
    expect(formatGroupValue({ kind: 'at-least', value: 12000.25 }, 1, false)).toBe('at least 12000.3');
    expect(formatGroupValue({ kind: 'withheld' }, 1, true)).toBe('[c]');
  });
});

describe('explore CSV text', () => {
  it('quotes cells that need it', () => {
    expect(formatCsv([['a', 'b,c'], ['say "hi"', 'line\nbreak']])).toBe('a,"b,c"\r\n"say ""hi""","line\nbreak"\r\n');
  });
});

describe('explore withheld mark', () => {
  it('equals the vetted shorthand', () => {
    expect(WITHHELD_MARK).toBe(CONFIDENTIAL);
    expect(REVISED_MARK).toBe(REVISED);
  });
});

describe('explore revised values', () => {
  it('marks a value with a revised figure', () => {
    const state = defaultState(bess);
    const answer = buildAnswer(state, bess, [row({ quarter: '2025-q3', cell_count: 2, revised_count: 1, known_sum: 1234.5 }), row({ quarter: '2025-q4', cell_count: 2, known_sum: 10 })]);

    expect(answer.rows[0].cells[answer.valueColumn]).toMatch(/ \[r\]$/);
    expect(answer.rows[0].csvCells[answer.valueColumn]).toMatch(/^[\d.]+ \[r\]$/);
    expect(answer.rows[1].cells[answer.valueColumn]).not.toContain(REVISED_MARK);
    expect(answer.revisedCount).toBe(1);
    expect(answer.notes.some((note) => note.startsWith(`${REVISED_MARK} marks a revised value: 1 value includes`))).toBe(true);
  });

  it('leaves a withheld value unmarked', () => {
    const answer = buildAnswer(defaultState(bess), bess, [row({ quarter: '2025-q4', cell_count: 1, withheld_count: 1, revised_count: 1, known_sum: null, known_min: null, known_max: null })]);

    expect(answer.rows[0].cells[answer.valueColumn]).toBe(WITHHELD_MARK);
    expect(answer.revisedCount).toBe(0);
  });
});
