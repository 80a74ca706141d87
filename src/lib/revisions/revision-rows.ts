import { formatNumber } from '../format/numbers.ts';
import { quarterShortLabel } from '../quarters/quarter-labels.ts';
import type { VettedEdition } from '../vetted/published-dataset.ts';
import { listRevisions } from './list-revisions.ts';
import { measureHeading } from '../format/measures.ts';

/** One row of an edition's revisions table, formatted for display. */
export interface RevisionRow {
  datasetId: string;
  datasetTitle: string;
  quarter: string;
  quarterLabel: string;
  memberName: string;
  measureHeading: string;
  previous: string;
  current: string;
  /** Signed change, such as "+5.5" or "-1". */
  change: string;
}

/**
 * Lists the revisions of an edition against the previous published edition
 * it names, in dataset order: every cell marked [r]. Returns an empty list
 * when the edition has no previous edition or it is not among `editions`.
 */
export function buildRevisionRows(edition: VettedEdition, editions: readonly VettedEdition[]): RevisionRow[] {
  const previous = editions.find((candidate) => candidate.id === edition.manifest.previousEdition);
  if (!previous) return [];

  return edition.datasets.flatMap((dataset) => {
    const before = previous.datasets.find((candidate) => candidate.definition.id === dataset.definition.id);
    if (!before) return [];

    return listRevisions(dataset, before).map((revision) => ({
      datasetId: dataset.definition.id,
      datasetTitle: dataset.definition.title,
      quarter: revision.quarter,
      quarterLabel: quarterShortLabel(revision.quarter),
      memberName: revision.memberName,
      measureHeading: measureHeading(revision.measure),
      previous: formatNumber(revision.previous, revision.measure.decimals),
      current: formatNumber(revision.current, revision.measure.decimals),
      change: formatChange(revision.current - revision.previous, revision.measure.decimals),
    }));
  });
}

function formatChange(change: number, decimals: number): string {
  const rounded = Number(change.toFixed(decimals));
  let sign = '';
  if (rounded > 0) sign = '+';
  if (rounded < 0) sign = '-';
  return `${sign}${formatNumber(Math.abs(rounded), decimals)}`;
}
