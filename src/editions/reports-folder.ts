/**
 * The editions folder (reports/): one folder per edition, named after its
 * quarter, and an optional release calendar.
 *
 *   reports/YYYY-qN/edition.md          front matter and commentary
 *   reports/YYYY-qN/data/               frozen copy of a published edition's vetted files
 *   reports/release-calendar.yaml       announced release dates of coming editions
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMENTARY_FILE, EDITION_PATTERN, RELEASE_CALENDAR_FILE } from '../vetted/format.ts';
import { parseEditionCommentary, type EditionCommentary } from './front-matter.ts';
import { parseReleaseCalendar, type ReleaseCalendar } from './release-calendar.ts';

/** Folder, inside an edition's folder, that contains the frozen copy of its data. */
export const FROZEN_DATA_FOLDER = 'data';

/** An edition of the editions folder, with its validated commentary. */
export interface ReportEdition extends EditionCommentary {
  id: string;
  /** Folder of the edition: reports/YYYY-qN. */
  dir: string;
  commentaryFile: string;
  /** Folder of the frozen data, which exists only once the edition is published. */
  dataDir: string;
}

/**
 * Lists the editions of an editions folder, oldest first. A missing folder
 * has none. Throws naming the folder or file when a folder is not named like
 * an edition, has no edition.md, or its front matter is invalid or gives
 * another period.
 */
export function listReportEditions(reportsDir: string): ReportEdition[] {
  if (!existsSync(reportsDir)) return [];

  const folders = readdirSync(reportsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
  const misnamed = folders.filter((name) => !EDITION_PATTERN.test(name));
  if (misnamed.length > 0) {
    throw new Error(`${reportsDir}: folder ${misnamed.join(', ')} is not named like an edition (such as 2026-q3)`);
  }
  return folders.map((id) => readReportEdition(reportsDir, id));
}

/** Reads one edition of the editions folder. Throws as listReportEditions does, and when edition.md is missing. */
export function readReportEdition(reportsDir: string, id: string): ReportEdition {
  const dir = join(reportsDir, id);
  const commentaryFile = join(dir, COMMENTARY_FILE);
  if (!existsSync(commentaryFile)) {
    throw new Error(`${commentaryFile} is missing; run \`fmar-reports new-edition --edition ${id}\` to create it`);
  }

  const commentary = parseEditionCommentary(readFileSync(commentaryFile, 'utf8'), commentaryFile);
  if (commentary.frontMatter.period !== id) {
    throw new Error(`${commentaryFile}: period is ${commentary.frontMatter.period} but the folder is ${id}`);
  }
  return { id, dir, commentaryFile, dataDir: join(dir, FROZEN_DATA_FOLDER), ...commentary };
}

/** Returns the path of the release calendar file of an editions folder. */
export function releaseCalendarFile(reportsDir: string): string {
  return join(reportsDir, RELEASE_CALENDAR_FILE);
}

/** Reads the release calendar of an editions folder, or returns undefined when it has none. */
export function readReleaseCalendar(reportsDir: string): ReleaseCalendar | undefined {
  const file = releaseCalendarFile(reportsDir);
  if (!existsSync(file)) return undefined;
  return parseReleaseCalendar(readFileSync(file, 'utf8'), file);
}
