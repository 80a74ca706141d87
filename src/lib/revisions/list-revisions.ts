import { REVISED } from '../../vetted/format.ts';
import { isRevision, revisionCellKey } from '../../vetted/revisions.ts';
import type { Measure, PublishedValue } from '../format/measures.ts';
import type { DatasetRow, PublishedDataset } from '../vetted/published-dataset.ts';

/** One revised cell: its value in the previous published edition and in this one, both published numbers. */
export interface Revision {
  datasetId: string;
  quarter: string;
  memberId: string;
  memberName: string;
  measure: Measure;
  previous: number;
  current: number;
}

/** One cell whose [r] marker disagrees with the values of the two editions. */
export interface MarkerMismatch {
  quarter: string;
  memberId: string;
  column: string;
  /** Whether the cell is marked [r] in this edition. */
  marked: boolean;
}

/**
 * Lists the revised cells of a dataset against the same dataset of the
 * previous published edition, in row order then measure order. A cell
 * withheld in either edition is never listed.
 */
export function listRevisions(dataset: PublishedDataset, previous: PublishedDataset): Revision[] {
  const before = indexRows(previous);
  const revisions: Revision[] = [];

  for (const row of dataset.rows) {
    const old = before.get(revisionCellKey(row.quarter, row.memberId));
    if (!old) continue;

    for (const measure of dataset.definition.measures) {
      const previousValue: PublishedValue | undefined = old.values[measure.column];
      const currentValue = row.values[measure.column];
      if (isRevision(previousValue, currentValue)) {
        revisions.push({
          datasetId: dataset.definition.id,
          quarter: row.quarter,
          memberId: row.memberId,
          memberName: row.memberName,
          measure,
          previous: previousValue as number,
          current: currentValue as number,
        });
      }
    }
  }
  return revisions;
}

/** Lists the cells whose [r] marker does not agree with listRevisions. */
export function findMarkerMismatches(dataset: PublishedDataset, previous: PublishedDataset | undefined): MarkerMismatch[] {
  const revised = new Set(
    (previous ? listRevisions(dataset, previous) : []).map((revision) => `${revisionCellKey(revision.quarter, revision.memberId)}|${revision.measure.column}`),
  );

  const mismatches: MarkerMismatch[] = [];
  for (const row of dataset.rows) {
    for (const measure of dataset.definition.measures) {
      const marked = row.statuses[measure.column] === REVISED;
      const expected = revised.has(`${revisionCellKey(row.quarter, row.memberId)}|${measure.column}`);
      if (marked !== expected) mismatches.push({ quarter: row.quarter, memberId: row.memberId, column: measure.column, marked });
    }
  }
  return mismatches;
}

function indexRows(dataset: PublishedDataset): Map<string, DatasetRow> {
  return new Map(dataset.rows.map((row) => [revisionCellKey(row.quarter, row.memberId), row]));
}
