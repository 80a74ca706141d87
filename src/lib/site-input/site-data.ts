import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { policyFile, siteUrl, vettedDir } from 'virtual:fmar/site-input';
import { parseReleaseCalendar, type ReleaseCalendar } from '../../editions/release-calendar.ts';
import { RELEASE_CALENDAR_FILE } from '../../vetted/format.ts';
import { loadPolicy, type Policy } from '../../../policy/schema.ts';
import { readVettedFolder } from '../vetted/read-vetted-folder.ts';
import type { VettedEdition } from '../vetted/published-dataset.ts';

/** Everything the pages show: the editions of the vetted folder and the policy. */
export interface SiteData {
  /** Oldest first. */
  editions: VettedEdition[];
  latest: VettedEdition;
  policy: Policy;
  /** Announced release dates from the vetted folder's release-calendar.yaml; undefined when it has none. */
  calendar?: ReleaseCalendar;
  /** Public address of the site, with a trailing slash. */
  siteUrl: string;
}

let cached: SiteData | undefined;

/**
 * Reads and validates the vetted folder and the policy once per build, from
 * the paths astro.config.mjs resolved. Throws naming the file that is invalid.
 */
export function loadSiteData(): SiteData {
  if (!cached) {
    const editions = readVettedFolder(vettedDir);
    cached = {
      editions,
      latest: editions[editions.length - 1],
      policy: loadPolicy(policyFile),
      calendar: readCalendar(join(vettedDir, RELEASE_CALENDAR_FILE)),
      siteUrl,
    };
  }
  return cached;
}

function readCalendar(file: string): ReleaseCalendar | undefined {
  return existsSync(file) ? parseReleaseCalendar(readFileSync(file, 'utf8'), file) : undefined;
}

/** Returns the edition with this id. Throws when the vetted folder has none. */
export function findEdition(id: string): VettedEdition {
  const edition = loadSiteData().editions.find((candidate) => candidate.id === id);
  if (!edition) throw new Error(`Edition ${id} is not in the vetted folder ${vettedDir}`);
  return edition;
}
