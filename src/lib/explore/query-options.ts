/** The choices of the explore form other than the dataset's own: statistics and groupings. */
import type { ExploreDataset } from './metadata.ts';
import { lowerFirstWord } from '../format/labels.ts';

export const STATISTICS = [
  { id: 'sum', label: 'Sum' },
  { id: 'mean', label: 'Average (mean)' },
  { id: 'min', label: 'Minimum' },
  { id: 'max', label: 'Maximum' },
] as const;

export type StatisticId = (typeof STATISTICS)[number]['id'];

export const GROUPINGS = ['quarter', 'member', 'quarter-member'] as const;

/** Rows of the answer: one per quarter, one per member of the dimension, or one per quarter and member. */
export type GroupingId = (typeof GROUPINGS)[number];

/** Returns whether a string is a statistic id. */
export function isStatisticId(value: string): value is StatisticId {
  return STATISTICS.some((statistic) => statistic.id === value);
}

/** Returns whether a string is a grouping id. */
export function isGroupingId(value: string): value is GroupingId {
  return (GROUPINGS as readonly string[]).includes(value);
}

/** Returns the label of a statistic: "Sum". */
export function statisticLabel(id: StatisticId): string {
  return STATISTICS.find((statistic) => statistic.id === id)!.label;
}

/** Returns the label of a grouping in a dataset's terms: "Quarter", "GSP group", "Quarter and GSP group". */
export function groupingLabel(id: GroupingId, dataset: ExploreDataset): string {
  switch (id) {
    case 'quarter':
      return 'Quarter';
    case 'member':
      return dataset.dimension.label;
    case 'quarter-member':
      return `Quarter and ${lowerFirstWord(dataset.dimension.label)}`;
  }
}

/** Returns whether a grouping gives one row per quarter, so the answer has a quarter column. */
export function groupsByQuarter(id: GroupingId): boolean {
  return id === 'quarter' || id === 'quarter-member';
}

/** Returns whether a grouping gives one row per member, so the answer has a member column. */
export function groupsByMember(id: GroupingId): boolean {
  return id === 'member' || id === 'quarter-member';
}

