/**
 * Publishing freezes an edition: its built vetted files are copied into
 * reports/YYYY-qN/data/ (to be committed), checked against their checksums,
 * and the edition's front matter is set to status: published. From then on
 * every build takes the edition from those files and rejects rebuilding it.
 */
import { cpSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { verifyChecksums } from '../open-data/checksums.ts';
import { CHECKSUMS_FILE, COMMENTARY_FILE, manifestSchema, MANIFEST_FILE } from '../vetted/format.ts';
import { setFrontMatterField } from './front-matter.ts';
import { listFrozenEditions, previousFrozenEdition } from './frozen-editions.ts';
import { findPlaceholderLines, PLACEHOLDER_PREFIX } from './placeholders.ts';
import { readReportEdition } from './reports-folder.ts';

export interface PublishOptions {
  reportsDir: string;
  /** Vetted folder of the build that produced the edition (<work>/vetted). */
  vettedDir: string;
  edition: string;
  log?: (line: string) => void;
}

export interface PublishResult {
  edition: string;
  dataDir: string;
  /** Number of files frozen, SHA256SUMS included. */
  files: number;
  /** False when the edition was already published with identical files. */
  changed: boolean;
}

/**
 * Publishes an edition from a built vetted folder. Throws and changes nothing
 * when the edition has no edition.md, when its commentary still has a
 * placeholder line from new-edition, or when its built files are missing or
 * do not match their checksums. It also throws when the build marked revisions
 * against another edition than the latest published one before it, and when
 * a frozen copy with other files exists. Publishing again with identical
 * files only makes sure that the status is published.
 */
export function publishEdition(options: PublishOptions): PublishResult {
  const log = options.log ?? (() => {});
  const report = readReportEdition(options.reportsDir, options.edition);
  rejectPlaceholders(report.commentaryFile, options.edition);
  const builtDir = join(options.vettedDir, options.edition);
  checkBuiltEdition(builtDir, options);

  const sameCopy = existsSync(report.dataDir) && checkExistingCopy(report.dataDir, builtDir, options.edition);
  if (!sameCopy) {
    const partial = `${report.dataDir}.partial`;
    rmSync(partial, { recursive: true, force: true });
    cpSync(builtDir, partial, { recursive: true, filter: (source) => basename(source) !== COMMENTARY_FILE });
    const problems = verifyChecksums(partial);
    if (problems.length > 0) {
      rmSync(partial, { recursive: true, force: true });
      throw new Error(`The copy of ${options.edition} does not match its checksums:\n  ${problems.join('\n  ')}`);
    }
    renameSync(partial, report.dataDir);
    log(`publish ${options.edition}: froze ${builtDir} into ${report.dataDir}`);
  } else {
    log(`publish ${options.edition}: ${report.dataDir} already holds these files`);
  }

  const text = readFileSync(report.commentaryFile, 'utf8');
  if (report.frontMatter.status !== 'published') {
    writeFileSync(report.commentaryFile, setFrontMatterField(text, report.commentaryFile, 'status', 'published'));
    log(`publish ${options.edition}: set status: published in ${report.commentaryFile}`);
  }

  const files = readFileSync(join(report.dataDir, CHECKSUMS_FILE), 'utf8').split('\n').filter(Boolean).length + 1;
  return { edition: options.edition, dataDir: report.dataDir, files, changed: !sameCopy };
}

/** Throws when the commentary still has placeholder lines, naming the file and line of each. */
function rejectPlaceholders(commentaryFile: string, edition: string): void {
  const placeholders = findPlaceholderLines(readFileSync(commentaryFile, 'utf8'));
  if (placeholders.length === 0) return;

  const lines = placeholders.map((placeholder) => `${commentaryFile}:${placeholder.line}: ${placeholder.text}`);
  throw new Error(
    `The commentary of ${edition} still has ${placeholders.length === 1 ? 'a placeholder line' : `${placeholders.length} placeholder lines`} ` +
      `starting "${PLACEHOLDER_PREFIX}"; replace or delete ${placeholders.length === 1 ? 'it' : 'each'}, then publish again:\n  ${lines.join('\n  ')}`,
  );
}

/** Checks the built edition: present, matching its checksums, and compared with the latest published edition before it. */
function checkBuiltEdition(builtDir: string, options: PublishOptions): void {
  if (!existsSync(join(builtDir, MANIFEST_FILE))) {
    throw new Error(`${builtDir} has no built edition; run \`fmar-reports build --edition ${options.edition}\` first`);
  }

  const problems = verifyChecksums(builtDir);
  if (problems.length > 0) {
    throw new Error(`The built edition ${builtDir} does not match its checksums; rebuild it:\n  ${problems.join('\n  ')}`);
  }

  const manifest = manifestSchema.parse(JSON.parse(readFileSync(join(builtDir, MANIFEST_FILE), 'utf8')));
  const published = listFrozenEditions(options.reportsDir).filter((edition) => edition.id !== options.edition);
  const expected = previousFrozenEdition(published, options.edition)?.id ?? null;
  if (manifest.previousEdition !== expected) {
    throw new Error(
      `The built edition ${options.edition} marks revisions against ${manifest.previousEdition ?? 'no edition'}, but the latest published edition before it is ${expected ?? 'none'}; rebuild it`,
    );
  }
}

/**
 * Returns true when the frozen copy contains exactly the built files. Throws
 * when it contains other files, because a published edition never changes.
 */
function checkExistingCopy(dataDir: string, builtDir: string, edition: string): boolean {
  const frozen = readFileSync(join(dataDir, CHECKSUMS_FILE), 'utf8');
  const built = readFileSync(join(builtDir, CHECKSUMS_FILE), 'utf8');
  const problems = verifyChecksums(dataDir);
  if (frozen === built && problems.length === 0) return true;

  throw new Error(
    `Edition ${edition} is already frozen in ${dataDir} with other files than ${builtDir}; a published edition cannot change. ` +
      'Publish the correction in the next edition, where it is marked [r].',
  );
}
