import { copyFileSync, cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { COMMENTARY_FILE, RELEASE_CALENDAR_FILE } from '../vetted/format.ts';
import type { FrozenEdition } from './frozen-editions.ts';
import { readReleaseCalendar, readReportEdition, releaseCalendarFile } from './reports-folder.ts';

export interface AssembleOptions {
  /** Published editions, copied from their frozen data byte for byte. */
  frozen: readonly FrozenEdition[];
  /** Editions folder whose commentary and release calendar go with the editions; none when undefined. */
  reportsDir?: string;
  /** Writes the edition being built into the folder it is given, and returns its id. */
  writeNew?: (editionDir: (id: string) => string) => Promise<string>;
}

/**
 * Writes a vetted folder: every published edition's frozen files, the edition
 * being built, each edition's commentary (edition.md) when the editions
 * folder has one, and the release calendar. Files are written to a temporary
 * folder first, which replaces `vettedDir` only when everything succeeded, so
 * a failure leaves the previous vetted folder as it was. Throws when the
 * edition being built has invalid commentary.
 */
export async function assembleVettedFolder(vettedDir: string, options: AssembleOptions): Promise<void> {
  const temporary = `${vettedDir}.partial`;
  rmSync(temporary, { recursive: true, force: true });
  mkdirSync(temporary, { recursive: true });

  try {
    for (const edition of options.frozen) {
      cpSync(edition.dataDir, join(temporary, edition.id), { recursive: true });
      copyFileSync(edition.commentaryFile, join(temporary, edition.id, COMMENTARY_FILE));
    }

    const newId = options.writeNew ? await options.writeNew((id) => join(temporary, id)) : undefined;
    if (newId && options.reportsDir && existsSync(join(options.reportsDir, newId, COMMENTARY_FILE))) {
      const edition = readReportEdition(options.reportsDir, newId);
      copyFileSync(edition.commentaryFile, join(temporary, newId, COMMENTARY_FILE));
    }

    if (options.reportsDir && readReleaseCalendar(options.reportsDir)) {
      copyFileSync(releaseCalendarFile(options.reportsDir), join(temporary, RELEASE_CALENDAR_FILE));
    }
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    throw error;
  }

  mkdirSync(dirname(vettedDir), { recursive: true });
  rmSync(vettedDir, { recursive: true, force: true });
  renameSync(temporary, vettedDir);
}
