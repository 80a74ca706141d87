import { plannedRelease, type ReleaseCalendar } from '../../editions/release-calendar.ts';
import type { VettedEdition } from '../vetted/published-dataset.ts';

/** Release facts of an edition as the site shows them. */
export interface EditionRelease {
  /** ISO date of release. */
  releaseDate: string;
  /** published once `fmar-reports publish` has frozen the edition; draft before, or when it has no commentary. */
  status: 'draft' | 'published';
}

/**
 * Returns an edition's release date and status: from its front matter, or
 * for an edition without commentary the release calendar's date (or the
 * release rule's) and draft.
 */
export function editionRelease(edition: VettedEdition, calendar: ReleaseCalendar | undefined): EditionRelease {
  const frontMatter = edition.commentary?.frontMatter;
  if (frontMatter) return { releaseDate: frontMatter.release_date, status: frontMatter.status };
  return { releaseDate: plannedRelease(edition.id, calendar).releaseDate, status: 'draft' };
}
