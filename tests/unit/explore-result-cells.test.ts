import { Bool, DateDay, Field, Float64, Int32, Int64, List, Utf8 } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { describeResultColumns, formatResultCell } from '../../src/lib/explore/result-cells.ts';

const fields = [
  new Field('assets', new Float64(), true),
  new Field('total', new Float64(), true),
  new Field('name', new Utf8(), true),
  new Field('flag', new Bool(), true),
  new Field('count', new Int32(), true),
  new Field('big', new Int64(), true),
  new Field('day', new DateDay(), true),
  new Field('items', new List(new Field('item', new Utf8())), true),
];
const columns = describeResultColumns(fields, new Set(['assets']));

describe('formatResultCell', () => {
  it('shows NULL in a measure column as [c]', () => {
    expect(formatResultCell(null, columns[0])).toEqual({ text: '[c]', kind: 'withheld' });
  });

  it('shows NULL elsewhere as NULL', () => {
    expect(formatResultCell(null, columns[1])).toEqual({ text: 'NULL', kind: 'null' });
  });

  it('formats numbers with separators', () => {
    expect(formatResultCell(4229.299999999999, columns[1]).text).toBe('4,229.3');
    expect(formatResultCell(1234, columns[4]).text).toBe('1,234');
    expect(formatResultCell(12345678901n, columns[5]).text).toBe('12,345,678,901');
  });

  it('formats other types as text', () => {
    expect(formatResultCell('Eastern', columns[2])).toEqual({ text: 'Eastern', kind: 'text' });
    expect(formatResultCell(true, columns[3]).text).toBe('true');
    expect(formatResultCell(Date.UTC(2025, 11, 31), columns[6]).text).toBe('2025-12-31');
    expect(formatResultCell(['a', 'b'], columns[7]).text).toBe('["a","b"]');
  });

  it('returns markup as plain text', () => {
    expect(formatResultCell('<b>x</b>', columns[2]).text).toBe('<b>x</b>');
  });
});
