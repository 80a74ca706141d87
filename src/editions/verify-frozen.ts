import { verifyChecksums } from '../open-data/checksums.ts';
import { describeDraftWithFrozenData, draftsWithFrozenData } from './frozen-editions.ts';
import { listReportEditions } from './reports-folder.ts';
import { existsSync } from 'node:fs';

/** Result of checking one published edition's frozen data. */
export interface FrozenCheck {
  edition: string;
  dataDir: string;
  /** One line per missing, changed or unlisted file; empty when the files match SHA256SUMS. */
  problems: string[];
}

/**
 * Checks the frozen data of every published edition of an editions folder
 * against its SHA256SUMS, and reports every problem of every edition rather
 * than stopping at the first. A draft edition that has frozen data is a
 * problem too: it was published, and its status was edited back.
 */
export function verifyFrozenEditions(reportsDir: string): FrozenCheck[] {
  const editions = listReportEditions(reportsDir);
  const published = editions
    .filter((edition) => edition.frontMatter.status === 'published')
    .map((edition) => ({
      edition: edition.id,
      dataDir: edition.dataDir,
      problems: existsSync(edition.dataDir) ? verifyChecksums(edition.dataDir) : [`${edition.dataDir} is missing`],
    }));
  const drafts = draftsWithFrozenData(editions).map((edition) => ({
    edition: edition.id,
    dataDir: edition.dataDir,
    problems: [describeDraftWithFrozenData(edition)],
  }));
  return [...published, ...drafts].sort((a, b) => a.edition.localeCompare(b.edition));
}
