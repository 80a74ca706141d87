import { describe, expect, it } from 'vitest';
import { isMissing, parseDayMonthYear, parseDecimal } from '../../data-loaders/importers/repd/fields.ts';
import { decodeCsvText, readRepdCsv } from '../../data-loaders/importers/repd/read-csv.ts';
import { decodeWindows1252 } from '../../data-loaders/importers/repd/windows-1252.ts';
import { SAMPLE_CSV } from './repd-helpers.ts';

describe('decodeCsvText', () => {
  it('reads valid UTF-8 as UTF-8', () => {
    const bytes = new TextEncoder().encode('Ørsted – Café');
    expect(decodeCsvText(bytes)).toEqual({ text: 'Ørsted – Café', encoding: 'utf-8' });
  });

  it('reads invalid UTF-8 as Windows-1252', () => {
    const bytes = Uint8Array.of(0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x80, 0x35);
    expect(decodeCsvText(bytes)).toEqual({ text: 'Café – €5', encoding: 'windows-1252' });
  });
});

describe('decodeWindows1252', () => {
  it('decodes bytes 0x80 to 0x9F as Windows-1252, not ISO-8859-1', () => {
    const bytes = Uint8Array.from({ length: 32 }, (_, index) => 0x80 + index);
    expect(decodeWindows1252(bytes)).toBe('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ');
  });

  it('decodes the other bytes as their own code points', () => {
    const bytes = Uint8Array.from({ length: 224 }, (_, index) => (index < 128 ? index : index + 32));
    const decoded = decodeWindows1252(bytes);
    expect([...decoded].map((character) => character.charCodeAt(0))).toEqual([...bytes]);
  });
});

describe('readRepdCsv', () => {
  const csv = readRepdCsv(SAMPLE_CSV);

  it('removes the byte order mark from the first header', () => {
    expect(csv.rows[0].values.refId).toBe('101');
    expect(csv.encoding).toBe('utf-8');
    expect(csv.fileName).toBe('repd-sample.csv');
  });

  it('numbers rows from 1 and finds the line each starts on', () => {
    expect(csv.rows).toHaveLength(20);
    expect(csv.rows.slice(9, 13).map((row) => [row.row, row.line, row.values.refId])).toEqual([
      [10, 11, '110'],
      [11, 12, '111'],
      [12, 15, '112'],
      [13, 16, '113'],
    ]);
  });

  it('keeps line breaks inside quoted fields', () => {
    expect(csv.rows[10].values.postCode).toBe('IP2 2BB');
  });
});

describe('REPD field parsers', () => {
  it.each(['', '  ', 'NA', 'N/A', 'n/a'])('treats %j as missing', (text) => {
    expect(isMissing(text)).toBe(true);
    expect(parseDayMonthYear(text)).toEqual({ kind: 'missing' });
    expect(parseDecimal(text)).toEqual({ kind: 'missing' });
  });

  it.each([
    ['01/05/2006', '2006-05-01'],
    [' 29/02/2024 ', '2024-02-29'],
    ['1/2/2003', '2003-02-01'],
  ])('parses the date %j', (text, iso) => {
    expect(parseDayMonthYear(text)).toEqual({ kind: 'value', value: iso });
  });

  it.each(['31/04/2020', '29/02/2023', '2020-04-01', '01/13/2020', '12/04/24', 'soon'])('rejects the date %j', (text) => {
    expect(parseDayMonthYear(text)).toEqual({ kind: 'invalid' });
  });

  it.each([
    ['35', 35],
    ['8.8', 8.8],
    ['\t453555', 453555],
    ['.5', 0.5],
    ['-1', -1],
  ])('parses the number %j', (text, value) => {
    expect(parseDecimal(text)).toEqual({ kind: 'value', value });
  });

  it.each(['1,200', '49.9MW', '1e3', '12 5', 'five'])('rejects the number %j', (text) => {
    expect(parseDecimal(text)).toEqual({ kind: 'invalid' });
  });
});
