import { CONFIDENTIAL, REVISED, statusColumn, type CellStatus, type VettedDataset } from '../../vetted/format.ts';
import type { PublishedValue } from '../format/measures.ts';
import { parseQuarter, quarterFromIndex } from '../quarters/quarter.ts';
import type { DatasetRow } from './published-dataset.ts';
import { VettedDataError } from './vetted-data-error.ts';

/** The column every dataset has for the quarter of a row. */
export const QUARTER_COLUMN = 'quarter';

/** Quarters a dataset must cover, from the edition's manifest. */
export interface QuarterSpan {
  firstQuarter: string;
  lastQuarter: string;
}

/**
 * Checks the rows of a vetted dataset against its own definition and returns
 * them typed. Throws a VettedDataError naming `file`, the row (counted from 1)
 * and the column when a row is invalid. Invalid rows have a missing or
 * unexpected column, a quarter outside the edition, or a negative, non-finite
 * or over-precise value. A duplicate row, a member whose name changes and a
 * quarter without its total row are invalid too.
 */
export function validateRows(dataset: VettedDataset, span: QuarterSpan, file: string): DatasetRow[] {
  const { dimension, measures } = dataset.definition;
  checkColumns(dataset, file);

  const first = parseQuarter(span.firstQuarter).index;
  const last = parseQuarter(span.lastQuarter).index;
  const seen = new Set<string>();
  const names = new Map<string, string>();
  const rows: DatasetRow[] = [];

  for (const [index, raw] of dataset.rows.entries()) {
    const where = `row ${index + 1}`;
    const fail = (problem: string): never => {
      throw new VettedDataError(file, `${where}: ${problem}`);
    };

    const extra = Object.keys(raw).filter((key) => !dataset.columns.includes(key));
    if (extra.length > 0) fail(`unexpected column ${extra.join(', ')}`);

    const quarter = readString(raw, QUARTER_COLUMN, fail);
    let quarterIndex: number;
    try {
      quarterIndex = parseQuarter(quarter).index;
    } catch (error) {
      return fail(`column ${QUARTER_COLUMN}: ${(error as Error).message}`);
    }
    if (quarterIndex < first || quarterIndex > last) {
      fail(`column ${QUARTER_COLUMN}: ${quarter} is outside the edition's quarters ${span.firstQuarter} to ${span.lastQuarter}`);
    }

    const memberId = readString(raw, dimension.column, fail);
    const memberName = readString(raw, dimension.nameColumn, fail);
    const knownName = names.get(memberId);
    if (knownName !== undefined && knownName !== memberName) {
      fail(`column ${dimension.nameColumn}: "${memberName}" differs from "${knownName}", the name of ${memberId} in an earlier row`);
    }
    names.set(memberId, memberName);

    const key = `${quarter}|${memberId}`;
    if (seen.has(key)) fail(`duplicate row for ${dimension.column} ${memberId} in ${quarter}`);
    seen.add(key);

    const values: Record<string, PublishedValue> = {};
    const statuses: Record<string, CellStatus> = {};
    for (const measure of measures) {
      values[measure.column] = readPublishedValue(raw[measure.column], measure.decimals, (problem) =>
        fail(`column ${measure.column}: ${problem}`),
      );
      statuses[measure.column] = readStatus(raw[statusColumn(measure.column)], values[measure.column], (problem) =>
        fail(`column ${statusColumn(measure.column)}: ${problem}`),
      );
    }
    rows.push({ quarter, memberId, memberName, values, statuses });
  }

  for (let index = first; index <= last; index++) {
    const quarter = quarterFromIndex(index).id;
    if (!seen.has(`${quarter}|${dimension.total.id}`)) {
      throw new VettedDataError(file, `missing the total row (${dimension.column} ${dimension.total.id}) for ${quarter}`);
    }
  }
  return rows;
}

function checkColumns(dataset: VettedDataset, file: string): void {
  const { dimension, measures } = dataset.definition;
  const expected = [
    QUARTER_COLUMN,
    dimension.column,
    dimension.nameColumn,
    ...measures.flatMap((measure) => [measure.column, statusColumn(measure.column)]),
  ];

  const missing = expected.filter((column) => !dataset.columns.includes(column));
  const unexpected = dataset.columns.filter((column) => !expected.includes(column));
  const duplicated = dataset.columns.filter((column, index) => dataset.columns.indexOf(column) !== index);
  if (missing.length + unexpected.length + duplicated.length === 0) return;

  const problems = [
    missing.length > 0 ? `missing ${missing.join(', ')}` : '',
    unexpected.length > 0 ? `unexpected ${unexpected.join(', ')}` : '',
    duplicated.length > 0 ? `duplicated ${duplicated.join(', ')}` : '',
  ].filter(Boolean);
  throw new VettedDataError(file, `columns do not match the definition (${problems.join('; ')}); expected ${expected.join(', ')}`);
}

function readString(row: Record<string, string | number>, column: string, fail: (problem: string) => never): string {
  const value = row[column];
  if (typeof value !== 'string' || value.length === 0) {
    return fail(`column ${column}: expected a non-empty string, found ${JSON.stringify(value ?? null)}`);
  }
  return value;
}

/** Reads a measure's status: empty, or [r] on a published number (a withheld value is never marked revised). */
function readStatus(value: unknown, published: PublishedValue, fail: (problem: string) => never): CellStatus {
  if (value === '') return '';
  if (value !== REVISED) return fail(`expected "" or ${REVISED}, found ${JSON.stringify(value ?? null)}`);
  if (published === CONFIDENTIAL) return fail(`${REVISED} on a withheld value; a withheld value is never marked revised`);
  return REVISED;
}

/** Reads a measure's value: [c], or a finite, non-negative number with at most `decimals` decimal places. */
function readPublishedValue(value: unknown, decimals: number, fail: (problem: string) => never): PublishedValue {
  if (value === CONFIDENTIAL) return CONFIDENTIAL;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return fail(`expected a number or ${CONFIDENTIAL}, found ${JSON.stringify(value ?? null)}`);
  }
  if (value < 0) return fail(`expected a non-negative number, found ${value}`);

  const scaled = value * 10 ** decimals;
  if (Math.abs(scaled - Math.round(scaled)) > 1e-6 * Math.max(1, Math.abs(scaled))) {
    return fail(`${value} has more than the measure's ${decimals} decimal places`);
  }
  return value;
}
