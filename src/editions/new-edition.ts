/**
 * Scaffolding of an edition: reports/YYYY-qN/edition.md as a draft, with its
 * release date from the release calendar (or the release rule) and the lead
 * statistician and contact of the latest edition.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseQuarter, quarterFromIndex } from '../lib/quarters/quarter.ts';
import { COMMENTARY_FILE } from '../vetted/format.ts';
import { formatEditionCommentary, validateFrontMatter, type EditionFrontMatter } from './front-matter.ts';
import { PLACEHOLDER_PREFIX } from './placeholders.ts';
import { plannedRelease } from './release-calendar.ts';
import { listReportEditions, readReleaseCalendar } from './reports-folder.ts';

export interface NewEditionOptions {
  reportsDir: string;
  /** Quarter of the edition; defaults to the quarter after the latest edition of the folder. */
  edition?: string;
  /** Lead statistician and contact email; default to the latest edition's. */
  leadStatistician?: string;
  contact?: string;
}

export interface NewEditionResult {
  edition: string;
  file: string;
  frontMatter: EditionFrontMatter;
  /** Whether the release date comes from the release calendar rather than the rule. */
  confirmedDate: boolean;
}

/** Commentary of a new edition. Publish rejects the edition until every placeholder line is replaced. */
const COMMENTARY_TEMPLATE = `
## This quarter

${PLACEHOLDER_PREFIX} say in plain English what changed in the quarter and why.

## Revisions

${PLACEHOLDER_PREFIX} explain any figure of an earlier quarter marked [r], or delete this section.
`;

/**
 * Writes a draft edition.md for a new edition and returns its front matter.
 * Throws when the edition already exists, when no edition is given and the
 * folder has none to follow, or when no lead statistician or contact is
 * given and the folder has no edition to take them from.
 */
export function newEdition(options: NewEditionOptions): NewEditionResult {
  const editions = listReportEditions(options.reportsDir);
  const latest = editions.at(-1);
  const edition = options.edition ?? nextQuarter(latest?.id, options.reportsDir);
  parseQuarter(edition);

  const dir = join(options.reportsDir, edition);
  const file = join(dir, COMMENTARY_FILE);
  if (existsSync(file)) throw new Error(`${file} already exists; edit it, or give another quarter with --edition`);

  const leadStatistician = options.leadStatistician ?? latest?.frontMatter.lead_statistician;
  const contact = options.contact ?? latest?.frontMatter.contact;
  if (!leadStatistician || !contact) {
    throw new Error(`${options.reportsDir} has no edition to take the lead statistician and contact from; give --lead-statistician NAME and --contact EMAIL`);
  }

  const release = plannedRelease(edition, readReleaseCalendar(options.reportsDir));
  const frontMatter = validateFrontMatter(
    { period: edition, release_date: release.releaseDate, status: 'draft', lead_statistician: leadStatistician, contact, notes: [] },
    file,
  );

  mkdirSync(dir, { recursive: true });
  writeFileSync(file, formatEditionCommentary(frontMatter, COMMENTARY_TEMPLATE));
  return { edition, file, frontMatter, confirmedDate: release.confirmed };
}

function nextQuarter(latest: string | undefined, reportsDir: string): string {
  if (!latest) throw new Error(`${reportsDir} has no edition to follow; give the quarter with --edition YYYY-qN`);
  return quarterFromIndex(parseQuarter(latest).index + 1).id;
}
