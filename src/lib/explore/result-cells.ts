/**
 * Text of the cells of an SQL result, from Arrow values as DuckDB-WASM
 * returns them. NULL in a column named like a measure column reads as [c],
 * because in the explore tables a measure is NULL only where its figure is
 * withheld.
 * NOTE: the rule follows the result column's name, so a renamed measure
 * (`SELECT assets AS n`) shows NULL where its figure is withheld, and a NULL
 * that a query makes in a column named like a measure (an outer join, say)
 * reads as [c].
 */
import { DataType, type Field } from 'apache-arrow';
import { WITHHELD_MARK } from './withheld.ts';

/** How the page shows the values of a result column. */
export interface ResultColumn {
  name: string;
  /** Arrow type of the column, such as Float64 or Utf8. */
  typeName: string;
  format: 'number' | 'bigint' | 'boolean' | 'date' | 'timestamp' | 'text' | 'nested';
  /** Whether NULL in this column is a withheld figure. */
  nullIsWithheld: boolean;
}

/** A formatted cell, with its kind for styling: numbers align right, [c] and NULL are muted. */
export interface ResultCell {
  text: string;
  kind: 'number' | 'text' | 'withheld' | 'null';
}

/** Text of a NULL that is not a withheld figure. */
export const NULL_TEXT = 'NULL';

const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 6 });

/** Describes the columns of a result, given the names of every measure column of the explore tables. */
export function describeResultColumns(fields: readonly Field[], measureColumns: ReadonlySet<string>): ResultColumn[] {
  return fields.map((field) => ({
    name: field.name,
    typeName: String(field.type),
    format: columnFormat(field.type),
    nullIsWithheld: measureColumns.has(field.name),
  }));
}

function columnFormat(type: DataType): ResultColumn['format'] {
  if (DataType.isFloat(type) || DataType.isDecimal(type)) return 'number';
  if (DataType.isInt(type)) return type.bitWidth === 64 ? 'bigint' : 'number';
  if (DataType.isBool(type)) return 'boolean';
  if (DataType.isDate(type)) return 'date';
  if (DataType.isTimestamp(type)) return 'timestamp';
  if (DataType.isList(type) || DataType.isStruct(type) || DataType.isMap(type) || DataType.isFixedSizeList(type)) return 'nested';
  return 'text';
}

/** Formats one value of a result column. */
export function formatResultCell(value: unknown, column: ResultColumn): ResultCell {
  if (value === null || value === undefined) {
    return column.nullIsWithheld ? { text: WITHHELD_MARK, kind: 'withheld' } : { text: NULL_TEXT, kind: 'null' };
  }

  switch (column.format) {
    case 'number':
      return { text: numberFormat.format(Number(value)), kind: 'number' };
    case 'bigint':
      return { text: BigInt(value as bigint | number).toLocaleString('en-GB'), kind: 'number' };
    case 'boolean':
      return { text: String(value), kind: 'text' };
    case 'date':
      return { text: new Date(Number(value)).toISOString().slice(0, 10), kind: 'text' };
    case 'timestamp':
      return { text: new Date(Number(value)).toISOString(), kind: 'text' };
    case 'nested':
      return { text: formatNested(value), kind: 'text' };
    case 'text':
      return { text: String(value), kind: 'text' };
  }
}

function formatNested(value: unknown): string {
  const plain = typeof (value as { toJSON?: unknown }).toJSON === 'function' ? (value as { toJSON(): unknown }).toJSON() : value;
  return JSON.stringify(plain, (_key, item) => (typeof item === 'bigint' ? item.toString() : item));
}
