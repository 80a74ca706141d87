import { describe, expect, it } from 'vitest';
import { listSomeNames } from '../../src/lib/format/name-list.ts';
import { PAGE_QUARTERS, selectLatestQuarters } from '../../src/lib/quarters/quarter-window.ts';

const SERIES = Array.from({ length: 30 }, (_, index) => `${2017 + Math.floor(index / 4)}-q${(index % 4) + 1}`);

describe('latest quarters window', () => {
  it('keeps a short series whole', () => {
    const window = selectLatestQuarters(SERIES.slice(0, 7));

    expect(window.quarters).toEqual(SERIES.slice(0, 7));
    expect(window.truncated).toBe(false);
  });

  it('cuts a long series to the latest quarters', () => {
    const window = selectLatestQuarters(SERIES);

    expect(window.quarters).toEqual(SERIES.slice(-PAGE_QUARTERS));
    expect(window.truncated).toBe(true);
    expect(window.seriesStart).toBe('2017-q1');
    expect(window.seriesLength).toBe(30);
  });

  it('takes another size', () => {
    expect(selectLatestQuarters(SERIES, 4).quarters).toEqual(['2023-q3', '2023-q4', '2024-q1', '2024-q2']);
  });

  it('rejects an invalid size', () => {
    expect(() => selectLatestQuarters(SERIES, 0)).toThrow('Window size must be a positive whole number of quarters, got 0');
  });
});

describe('listSomeNames', () => {
  it.each([
    [['Hydro'], 'Hydro'],
    [['Hydro', 'Other'], 'Hydro, Other'],
    [['Hydro', 'Other', 'Wind'], 'Hydro, Other, Wind'],
    [['Hydro', 'Other', 'Wind', 'Solar'], 'Hydro, Other, Wind and 1 other'],
    [['Hydro', 'Other', 'Wind', 'Solar', 'CHP'], 'Hydro, Other, Wind and 2 others'],
  ])('lists %j as %s', (names, expected) => {
    expect(listSomeNames(names, 3)).toBe(expected);
  });
});
