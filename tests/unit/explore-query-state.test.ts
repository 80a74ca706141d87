import { describe, expect, it } from 'vitest';
import { defaultState, formatState, parseState, validateState } from '../../src/lib/explore/query-state.ts';
import { exploreDataset, latestExploreEdition } from './explore-fixture.ts';

const edition = latestExploreEdition();
const bess = exploreDataset(edition, 'bess-by-gsp-group');

describe('explore query state', () => {
  it('defaults to the first dataset without the total', () => {
    const { state, problems } = parseState(new URLSearchParams(), edition);

    expect(problems).toEqual([]);
    expect(state.dataset).toBe(edition.datasets[0].id);
    expect(state.statistic).toBe('sum');
    expect(state.grouping).toBe('quarter');
    expect(state.members).not.toContain(edition.datasets[0].dimension.total.id);
    expect(state.members.length).toBe(edition.datasets[0].members.length - 1);
  });

  it('round-trips through the query string', () => {
    const state = { ...defaultState(bess), measure: 'registered_capacity_mw', statistic: 'max' as const, grouping: 'quarter-member' as const, from: '2024-q3', to: '2025-q2', members: ['_B', '_P', 'GB'] };

    const parsed = parseState(formatState(state, bess), edition);

    expect(parsed.problems).toEqual([]);
    expect(parsed.state).toEqual(state);
  });

  it('leaves the default members out of the address', () => {
    const params = formatState(defaultState(bess), bess);

    expect(params.has('member')).toBe(false);
  });

  it('keeps an empty selection empty', () => {
    const params = formatState({ ...defaultState(bess), members: [] }, bess);
    const parsed = parseState(params, edition);

    expect(parsed.state.members).toEqual([]);
    expect(validateState(parsed.state, bess)).toEqual(['Select at least one GSP group.']);
  });

  it('reports and ignores unknown values', () => {
    const params = new URLSearchParams({ dataset: 'bess-by-gsp-group', measure: 'price', statistic: 'median', group: 'year', from: '1999-q1' });
    params.append('member', '_Z');
    params.append('member', '_A');

    const { state, problems } = parseState(params, edition);

    expect(state.measure).toBe('assets');
    expect(state.statistic).toBe('sum');
    expect(state.grouping).toBe('quarter');
    expect(state.from).toBe(bess.quarters[0].id);
    expect(state.members).toEqual(['_A']);
    expect(problems).toHaveLength(5);
    expect(problems.at(-1)).toContain('"_Z"');
  });

  it('falls back to the first dataset', () => {
    const { state, problems } = parseState(new URLSearchParams({ dataset: 'prices' }), edition);

    expect(state.dataset).toBe(edition.datasets[0].id);
    expect(problems).toEqual([`This edition has no dataset "prices", so the first dataset is shown.`]);
  });

  it('swaps a reversed quarter range', () => {
    const { state, problems } = parseState(new URLSearchParams({ dataset: 'bess-by-gsp-group', from: '2025-q4', to: '2024-q2' }), edition);

    expect([state.from, state.to]).toEqual(['2024-q2', '2025-q4']);
    expect(problems).toHaveLength(1);
  });

  it('rejects the total combined with other rows', () => {
    const state = { ...defaultState(bess), members: ['GB', '_A'], grouping: 'quarter' as const };

    expect(validateState(state, bess)).toEqual([
      'Great Britain is the total of the other rows: choose it alone, leave it out, or group the answer by GSP group.',
    ]);
    expect(validateState({ ...state, members: ['GB'] }, bess)).toEqual([]);
    expect(validateState({ ...state, grouping: 'quarter-member' as const }, bess)).toEqual([]);
  });

  it('rejects a reversed range in the form', () => {
    const errors = validateState({ ...defaultState(bess), from: '2025-q4', to: '2024-q2' }, bess);

    expect(errors).toEqual(['The first quarter must be the same as or before the last quarter.']);
  });
});
