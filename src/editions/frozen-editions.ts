/**
 * Published editions and their frozen data. Publishing copies an edition's
 * vetted files into reports/YYYY-qN/data/ with their SHA256SUMS. Every later
 * build checks those files against the checksums and copies them into the
 * vetted folder byte for byte, whatever the warehouse contains by then.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifyChecksums } from '../open-data/checksums.ts';
import { parseQuarter } from '../lib/quarters/quarter.ts';
import { manifestSchema, MANIFEST_FILE, vettedDatasetSchema, type Manifest, type VettedDataset } from '../vetted/format.ts';
import { listReportEditions, type ReportEdition } from './reports-folder.ts';

/** A published edition whose frozen data passed its checksums. */
export interface FrozenEdition extends ReportEdition {
  manifest: Manifest;
}

/**
 * Lists the published editions of an editions folder, oldest first, after
 * checking each frozen copy against its SHA256SUMS. Throws naming the edition
 * and every file that is missing, changed or unlisted.
 */
export function listFrozenEditions(reportsDir: string): FrozenEdition[] {
  const editions = listReportEditions(reportsDir);
  const drafts = draftsWithFrozenData(editions);
  if (drafts.length > 0) throw new Error(drafts.map(describeDraftWithFrozenData).join('\n'));

  return editions.filter((edition) => edition.frontMatter.status === 'published').map(checkFrozenEdition);
}

/**
 * Returns the draft editions that have a data/ folder. Only publish writes
 * that folder, so such an edition was released and its status edited back
 * to draft: building it again would change figures readers have.
 */
export function draftsWithFrozenData(editions: readonly ReportEdition[]): ReportEdition[] {
  return editions.filter((edition) => edition.frontMatter.status !== 'published' && existsSync(edition.dataDir));
}

/** Describes a draft edition that has frozen data, and what to do about it. */
export function describeDraftWithFrozenData(edition: ReportEdition): string {
  return (
    `Edition ${edition.id} has status draft in ${edition.commentaryFile}, but its frozen data ${edition.dataDir} shows it was published. ` +
    'Set its status back to published, or, if it was never released, delete that folder.'
  );
}

/** Checks a published edition's frozen data against its checksums and reads its manifest. Throws as listFrozenEditions does. */
export function checkFrozenEdition(edition: ReportEdition): FrozenEdition {
  if (!existsSync(edition.dataDir)) {
    throw new Error(
      `Edition ${edition.id} is published (${edition.commentaryFile}) but its frozen data ${edition.dataDir} is missing; restore it from version control`,
    );
  }

  const problems = verifyChecksums(edition.dataDir);
  if (problems.length > 0) {
    throw new Error(`The frozen data of published edition ${edition.id} does not match its checksums:\n  ${problems.join('\n  ')}`);
  }

  const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(edition.dataDir, MANIFEST_FILE), 'utf8')));
  if (manifest.edition !== edition.id) {
    throw new Error(`${join(edition.dataDir, MANIFEST_FILE)}: edition is ${manifest.edition} but the folder is ${edition.id}`);
  }
  return { ...edition, manifest };
}

/** Returns the latest published edition before `edition`, or undefined when there is none. */
export function previousFrozenEdition(editions: readonly FrozenEdition[], edition: string): FrozenEdition | undefined {
  const index = parseQuarter(edition).index;
  return editions.filter((candidate) => parseQuarter(candidate.id).index < index).at(-1);
}

/** Reads the frozen vetted datasets of a published edition, by dataset id. */
export function readFrozenDatasets(edition: FrozenEdition): Map<string, VettedDataset> {
  const datasets = new Map<string, VettedDataset>();
  for (const entry of edition.manifest.datasets) {
    const file = join(edition.dataDir, entry.json);
    datasets.set(entry.id, vettedDatasetSchema.parse(JSON.parse(readFileSync(file, 'utf8'))));
  }
  return datasets;
}

/**
 * Throws when `edition` is published, because a published edition is frozen
 * and a build must never change it.
 */
export function rejectFrozenEdition(editions: readonly FrozenEdition[], edition: string): void {
  const frozen = editions.find((candidate) => candidate.id === edition);
  if (!frozen) return;

  throw new Error(
    `Edition ${edition} is published and frozen (${frozen.commentaryFile}); a build cannot change it. ` +
      'Build a later edition with --edition, or rebuild the site from the published editions with `fmar-reports site`.',
  );
}
