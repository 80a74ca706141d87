/** The edition commands of fmar-reports: new-edition, publish, verify and site. */
import { join } from 'node:path';
import { buildPublishedSite } from '../editions/build-published-site.ts';
import { newEdition } from '../editions/new-edition.ts';
import { PLACEHOLDER_PREFIX } from '../editions/placeholders.ts';
import { publishEdition } from '../editions/publish-edition.ts';
import { verifyFrozenEditions } from '../editions/verify-frozen.ts';
import { formatIsoDate } from '../lib/format/dates.ts';
import type { Output } from './main.ts';
import { UsageError } from './usage-error.ts';

type Options = Record<string, string | undefined>;

/** Writes a draft edition.md and prints where, with its release date. */
export function runNewEdition(options: Options, output: Output): void {
  const result = newEdition({
    reportsDir: required(options, 'reports'),
    edition: options.edition,
    leadStatistician: options['lead-statistician'],
    contact: options.contact,
  });
  const source = result.confirmedDate ? 'from the release calendar' : 'provisional, from the release rule';
  output.out(`new-edition ${result.edition}: wrote ${result.file} (draft, release on ${formatIsoDate(result.frontMatter.release_date)}, ${source})`);
  output.out(`new-edition ${result.edition}: replace the lines starting "${PLACEHOLDER_PREFIX}" with the commentary; publish rejects the edition until none is left`);
}

/** Freezes a built edition into the editions folder and prints what it froze. */
export function runPublish(options: Options, output: Output): void {
  if (!options.edition) throw new UsageError('publish needs --edition YYYY-qN');

  const result = publishEdition({
    reportsDir: required(options, 'reports'),
    vettedDir: join(required(options, 'work'), 'vetted'),
    edition: options.edition,
    log: output.out,
  });
  const state = result.changed ? `froze ${result.files} files in` : `unchanged, ${result.files} files already in`;
  output.out(`publish ${result.edition}: published; ${state} ${result.dataDir}. Commit that folder and edition.md.`);
}

/** Checks every published edition's frozen files and returns the exit code: 1 when any file does not match. */
export function runVerify(options: Options, output: Output): number {
  const checks = verifyFrozenEditions(required(options, 'reports'));
  for (const check of checks) {
    if (check.problems.length === 0) output.out(`verify ${check.edition}: ${check.dataDir} matches its SHA256SUMS`);
    for (const problem of check.problems) output.err(`verify ${check.edition}: ${problem}`);
  }

  const failed = checks.filter((check) => check.problems.length > 0).length;
  output.out(`verify: ${checks.length - failed} of ${checks.length} published ${checks.length === 1 ? 'edition matches its checksums' : 'editions match their checksums'}`);
  return failed === 0 ? 0 : 1;
}

/** Builds the site from the published editions alone. */
export async function runPublishedSite(options: Options, output: Output): Promise<void> {
  await buildPublishedSite({
    reportsDir: required(options, 'reports'),
    workDir: required(options, 'work'),
    outDir: required(options, 'out'),
    log: output.out,
  });
}

function required(options: Options, name: string): string {
  const value = options[name];
  if (value === undefined) throw new UsageError(`missing --${name}`);
  return value;
}
