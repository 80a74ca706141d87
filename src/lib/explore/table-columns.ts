/**
 * The tables of the explore page: one per vetted dataset, with the columns
 * of its CSV file and a flag on the total row. Each measure's status column
 * becomes two flags, one on withheld cells and one on revised cells. A
 * withheld cell is NULL in the measure column and true in its `_withheld`
 * column, so SQL never reads it as zero.
 */
import { labelWithUnit, lowerFirstWord } from '../format/labels.ts';

/** Column that is true on the row that totals the dimension (Great Britain, All categories). */
export const TOTAL_FLAG_COLUMN = 'is_total';

/** Suffix of the column that flags withheld cells of a measure. */
export const WITHHELD_SUFFIX = '_withheld';

/** Suffix of the column that flags cells revised since the previous published edition ([r]). */
export const REVISED_SUFFIX = '_revised';

/** SQL type of a column, as DuckDB names it. */
export type ColumnType = 'VARCHAR' | 'BOOLEAN' | 'DOUBLE';

/** A column of an explore table, with what the page tells analysts about it. */
export interface TableColumn {
  name: string;
  type: ColumnType;
  description: string;
}

/** The parts of a dataset definition that decide the table's columns. */
export interface TableShape {
  dimension: { column: string; nameColumn: string; label: string; total: { name: string } };
  measures: readonly { column: string; label: string; unit: string }[];
}

/** Returns the table name of a dataset: its id with hyphens as underscores, so SQL needs no quotes (bess_by_gsp_group). */
export function tableName(datasetId: string): string {
  return datasetId.replaceAll('-', '_');
}

/** Returns the name of the column that flags withheld cells of a measure (registered_capacity_mw_withheld). */
export function withheldColumn(measureColumn: string): string {
  return `${measureColumn}${WITHHELD_SUFFIX}`;
}

/** Returns the name of the column that flags revised cells of a measure (registered_capacity_mw_revised). */
export function revisedColumn(measureColumn: string): string {
  return `${measureColumn}${REVISED_SUFFIX}`;
}

/**
 * Lists the columns of a dataset's table in order: quarter, the dimension's
 * code and name, the total flag, then each measure with its withheld and
 * revised flags.
 * Throws when two columns would share a name, naming the column.
 */
export function listTableColumns(shape: TableShape): TableColumn[] {
  const { dimension } = shape;
  const columns: TableColumn[] = [
    { name: 'quarter', type: 'VARCHAR', description: 'Quarter, such as 2025-q4; the figures are at its end.' },
    { name: dimension.column, type: 'VARCHAR', description: `Code of the ${lowerFirstWord(dimension.label)}.` },
    { name: dimension.nameColumn, type: 'VARCHAR', description: `Name of the ${lowerFirstWord(dimension.label)}.` },
    { name: TOTAL_FLAG_COLUMN, type: 'BOOLEAN', description: `True on the ${dimension.total.name} row, which totals the others.` },
  ];
  for (const measure of shape.measures) {
    columns.push(
      { name: measure.column, type: 'DOUBLE', description: `${labelWithUnit(measure.label, measure.unit)}; NULL when withheld.` },
      { name: withheldColumn(measure.column), type: 'BOOLEAN', description: `True when ${measure.column} is withheld ([c]).` },
      {
        name: revisedColumn(measure.column),
        type: 'BOOLEAN',
        description: `True when ${measure.column} differs from the previous published edition ([r]).`,
      },
    );
  }

  const seen = new Set<string>();
  for (const column of columns) {
    if (seen.has(column.name)) throw new Error(`Explore table column "${column.name}" would appear twice; rename the dataset's column.`);
    seen.add(column.name);
  }
  return columns;
}
