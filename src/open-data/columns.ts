/**
 * The columns of a published dataset with their meaning, unit and type: the
 * one description that the Data Package, the CSV on the Web metadata, the
 * Parquet schema and the data dictionary page are all written from.
 */
import { labelWithUnit, lowerFirstWord } from '../lib/format/labels.ts';
import { REVISED, statusColumn, type DatasetDefinition } from '../vetted/format.ts';

/** Type of a column's values, in the Frictionless Table Schema's words. */
export type ColumnType = 'string' | 'integer' | 'number';

/** Role of a column in the table. */
export type ColumnRole = 'quarter' | 'code' | 'name' | 'measure' | 'status';

/** One column of a published dataset. */
export interface ColumnDescription {
  name: string;
  title: string;
  description: string;
  type: ColumnType;
  role: ColumnRole;
  /** Unit of a measure, such as MW; undefined for other columns. */
  unit?: string;
  /** Decimal places of a number column. */
  decimals?: number;
  /** Values a column may take, other than a missing value. */
  enum?: string[];
  /** Regular expression every value matches. */
  pattern?: string;
}

/** Pattern of a quarter as the datasets write it: 2025-q4. */
export const QUARTER_VALUE_PATTERN = '^[0-9]{4}-q[1-4]$';

/**
 * Describes every column of a dataset in CSV order: the quarter, the
 * dimension's code and name, then each measure followed by its status column.
 * A measure with no decimals is an integer, and one with decimals a number.
 */
export function describeColumns(definition: DatasetDefinition): ColumnDescription[] {
  const { dimension, measures } = definition;
  const columns: ColumnDescription[] = [
    {
      name: 'quarter',
      title: 'Quarter',
      description: 'Calendar quarter, written YYYY-qN. The figures describe the register on the last day of the quarter.',
      type: 'string',
      role: 'quarter',
      pattern: QUARTER_VALUE_PATTERN,
    },
    {
      name: dimension.column,
      title: `${dimension.label} code`,
      description: `Code of the ${lowerFirstWord(dimension.label)}; ${dimension.total.id} is the total row (${dimension.total.name}).`,
      type: 'string',
      role: 'code',
    },
    {
      name: dimension.nameColumn,
      title: dimension.label,
      description: `Name of the ${lowerFirstWord(dimension.label)}.`,
      type: 'string',
      role: 'name',
    },
  ];

  for (const measure of measures) {
    columns.push({
      name: measure.column,
      title: labelWithUnit(measure.label, measure.unit),
      description: `${measure.description} [c] where the figure is withheld under the anonymisation policy.`,
      type: measure.decimals === 0 ? 'integer' : 'number',
      role: 'measure',
      unit: measure.unit,
      decimals: measure.decimals,
    });
    columns.push({
      name: statusColumn(measure.column),
      title: `${measure.label}: status`,
      description: `${REVISED} when ${measure.column} differs from the value the previous published edition gave for the same quarter and row; empty otherwise.`,
      type: 'string',
      role: 'status',
      enum: [REVISED],
    });
  }
  return columns;
}
