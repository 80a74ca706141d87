/**
 * Build-time writer of the explore tables as Arrow IPC streams, which
 * DuckDB-WASM loads without any extension (Parquet would need one, and
 * DuckDB-WASM downloads extensions from its own host).
 */
import { Bool, Float64, Table, tableToIPC, Utf8, vectorFromArray, type Vector } from 'apache-arrow';
import { REVISED } from '../../vetted/format.ts';
import { isWithheld } from '../format/measures.ts';
import type { PublishedDataset } from '../vetted/published-dataset.ts';
import { listTableColumns, revisedColumn, TOTAL_FLAG_COLUMN, withheldColumn, type ColumnType } from './table-columns.ts';

/**
 * Builds the explore table of a dataset, with the columns listTableColumns
 * gives. A withheld cell becomes NULL in its measure column and true in the
 * measure's `_withheld` column. A cell whose status is [r] is true in the
 * measure's `_revised` column.
 */
export function buildExploreTable(dataset: PublishedDataset): Table {
  const { definition, rows } = dataset;
  const { dimension } = definition;
  const values = new Map<string, unknown[]>([
    ['quarter', rows.map((row) => row.quarter)],
    [dimension.column, rows.map((row) => row.memberId)],
    [dimension.nameColumn, rows.map((row) => row.memberName)],
    [TOTAL_FLAG_COLUMN, rows.map((row) => row.memberId === dimension.total.id)],
  ]);
  for (const measure of definition.measures) {
    const cells = rows.map((row) => row.values[measure.column]);
    values.set(measure.column, cells.map((cell) => (isWithheld(cell) ? null : cell)));
    values.set(withheldColumn(measure.column), cells.map((cell) => isWithheld(cell)));
    values.set(revisedColumn(measure.column), rows.map((row) => row.statuses[measure.column] === REVISED));
  }

  const vectors: Record<string, Vector> = {};
  for (const column of listTableColumns(definition)) {
    vectors[column.name] = vectorFromArray(values.get(column.name)!, arrowType(column.type));
  }
  return new Table(vectors);
}

/** Encodes a table as an Arrow IPC stream. The same table gives the same bytes. */
export function encodeArrowStream(table: Table): Uint8Array {
  return tableToIPC(table, 'stream');
}

function arrowType(type: ColumnType): Utf8 | Bool | Float64 {
  switch (type) {
    case 'VARCHAR':
      return new Utf8();
    case 'BOOLEAN':
      return new Bool();
    case 'DOUBLE':
      return new Float64();
  }
}
