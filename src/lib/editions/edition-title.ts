import { quarterMonthsLabel } from '../quarters/quarter-labels.ts';

/** Name of the publication, used in page titles and the header. */
export const PUBLICATION_NAME = 'GB flexibility market reports';

/** Returns the title of an edition: "GB flexibility market report: October to December 2025". */
export function editionTitle(editionId: string): string {
  return `GB flexibility market report: ${quarterMonthsLabel(editionId)}`;
}
