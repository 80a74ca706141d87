import { stringify } from 'csv-stringify/sync';
import type { VettedDataset } from '../vetted/format.ts';

/**
 * Formats a dataset as CSV: RFC 4180 (CRLF line ends, quotes where needed),
 * UTF-8 without a byte order mark, numbers with the measure's decimals.
 */
export function toCsv(dataset: VettedDataset): string {
  const decimals = new Map(dataset.definition.measures.map((measure) => [measure.column, measure.decimals]));
  const records = dataset.rows.map((row) =>
    dataset.columns.map((column) => {
      const value = row[column];
      const places = decimals.get(column);
      return typeof value === 'number' && places !== undefined ? value.toFixed(places) : String(value);
    }),
  );
  return stringify([dataset.columns, ...records], { record_delimiter: '\r\n' });
}
