import { parse } from 'csv-parse/sync';
import { CONFIDENTIAL, statusColumn } from '../../vetted/format.ts';
import type { DatasetDefinition } from '../../vetted/format.ts';
import { readTextFile } from './read-json-file.ts';
import type { DatasetRow } from './published-dataset.ts';
import { QUARTER_COLUMN } from './validate-rows.ts';
import { VettedDataError } from './vetted-data-error.ts';

const DECIMAL_PATTERN = /^\d+(\.\d+)?$/;

/**
 * Checks that a dataset's CSV file contains the same table as its JSON file: the
 * same header in the same order, and row by row the same codes, names and
 * values. The site shows the JSON and publishes the CSV byte for byte, so a
 * reader who downloads a table must get what the page shows. Throws a
 * VettedDataError naming the CSV file, the line and the column that differ.
 */
export function checkCsvMatchesRows(
  csvFile: string,
  columns: readonly string[],
  definition: DatasetDefinition,
  rows: readonly DatasetRow[],
): void {
  const records = parseCsv(csvFile);
  const [header, ...body] = records;

  if (header === undefined || header.join(',') !== columns.join(',')) {
    throw new VettedDataError(csvFile, `header ${JSON.stringify(header ?? [])} differs from the JSON columns ${JSON.stringify(columns)}`);
  }
  if (body.length !== rows.length) {
    throw new VettedDataError(csvFile, `has ${body.length} rows but the JSON file has ${rows.length}`);
  }

  const measureColumns = new Set(definition.measures.map((measure) => measure.column));
  for (const [index, record] of body.entries()) {
    const expected = expectedCells(rows[index], definition);
    for (const [position, column] of columns.entries()) {
      const cell = record[position];
      const matches = measureColumns.has(column)
        ? cellMatchesValue(cell, expected[column] as DatasetRow['values'][string])
        : cell === expected[column];
      if (!matches) {
        throw new VettedDataError(
          csvFile,
          `line ${index + 2}, column ${column}: "${cell}" differs from ${JSON.stringify(expected[column])} in the JSON file`,
        );
      }
    }
  }
}

function parseCsv(csvFile: string): string[][] {
  const text = readTextFile(csvFile);
  try {
    return parse(text, { bom: true }) as string[][];
  } catch (error) {
    throw new VettedDataError(csvFile, `invalid CSV (${(error as Error).message})`);
  }
}

function expectedCells(row: DatasetRow, definition: DatasetDefinition): Record<string, string | number> {
  return {
    [QUARTER_COLUMN]: row.quarter,
    [definition.dimension.column]: row.memberId,
    [definition.dimension.nameColumn]: row.memberName,
    ...row.values,
    ...Object.fromEntries(Object.entries(row.statuses).map(([column, status]) => [statusColumn(column), status])),
  };
}

function cellMatchesValue(cell: string | undefined, value: DatasetRow['values'][string]): boolean {
  if (value === CONFIDENTIAL) return cell === CONFIDENTIAL;
  return cell !== undefined && DECIMAL_PATTERN.test(cell) && Number(cell) === value;
}
