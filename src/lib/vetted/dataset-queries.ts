import type { CellStatus, DatasetDefinition } from '../../vetted/format.ts';
import type { Measure, PublishedValue } from '../format/measures.ts';
import { parseQuarter } from '../quarters/quarter.ts';
import type { PublishedDataset } from './published-dataset.ts';

/** A row of the dimension: a member, or the row that totals them. */
export interface Member {
  id: string;
  name: string;
  isTotal: boolean;
}

/** Lists the quarters a dataset covers, oldest first. */
export function listQuarters(dataset: PublishedDataset): string[] {
  const quarters = [...new Set(dataset.rows.map((row) => row.quarter))];
  return quarters.sort((a, b) => parseQuarter(a).index - parseQuarter(b).index);
}

/** Lists the members of a dataset's dimension in the order the rows first show them, the total included. */
export function listMembers(dataset: PublishedDataset): Member[] {
  const totalId = dataset.definition.dimension.total.id;
  const members = new Map<string, Member>();
  for (const row of dataset.rows) {
    if (!members.has(row.memberId)) {
      members.set(row.memberId, { id: row.memberId, name: row.memberName, isTotal: row.memberId === totalId });
    }
  }
  return [...members.values()];
}

/** Returns the published value of a cell, or undefined when the dataset has no row for it. */
export function findValue(
  dataset: PublishedDataset,
  quarter: string,
  memberId: string,
  column: string,
): PublishedValue | undefined {
  const row = dataset.rows.find((candidate) => candidate.quarter === quarter && candidate.memberId === memberId);
  return row?.values[column];
}

/** Returns the status of a cell ([r] or empty), or undefined when the dataset has no row for it. */
export function findStatus(dataset: PublishedDataset, quarter: string, memberId: string, column: string): CellStatus | undefined {
  const row = dataset.rows.find((candidate) => candidate.quarter === quarter && candidate.memberId === memberId);
  return row?.statuses[column];
}

/** Returns the measure a dataset's charts show: its first magnitude, or its first measure when it has none. */
export function primaryMeasure(definition: DatasetDefinition): Measure {
  return definition.measures.find((measure) => measure.kind === 'magnitude') ?? definition.measures[0];
}

/** Returns a dataset's measure by column, or undefined when it has none. */
export function findMeasure(definition: DatasetDefinition, column: string): Measure | undefined {
  return definition.measures.find((measure) => measure.column === column);
}
