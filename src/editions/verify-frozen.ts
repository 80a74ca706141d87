import { verifyChecksums } from '../open-data/checksums.ts';
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
 * than stopping at the first.
 */
export function verifyFrozenEditions(reportsDir: string): FrozenCheck[] {
  return listReportEditions(reportsDir)
    .filter((edition) => edition.frontMatter.status === 'published')
    .map((edition) => ({
      edition: edition.id,
      dataDir: edition.dataDir,
      problems: existsSync(edition.dataDir) ? verifyChecksums(edition.dataDir) : [`${edition.dataDir} is missing`],
    }));
}
