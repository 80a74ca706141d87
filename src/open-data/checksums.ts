/**
 * SHA-256 checksums of an edition's files, in the format that `sha256sum`
 * writes and `sha256sum --check` reads: one line per file, the hex digest,
 * two spaces and the file name, lines ending in LF, sorted by file name.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHECKSUMS_FILE, COMMENTARY_FILE } from '../vetted/format.ts';

/** A file name and the SHA-256 of its bytes, in lower-case hex. */
export interface Checksum {
  file: string;
  sha256: string;
}

const LINE_PATTERN = /^([0-9a-f]{64}) {2}([A-Za-z0-9._-]+)$/;

/**
 * Files of an edition folder that the checksums never cover: the checksums
 * file itself, and the commentary, which the vetted folder takes from the
 * editions folder and which is not part of the frozen data.
 */
const NOT_COVERED = [CHECKSUMS_FILE, COMMENTARY_FILE];

/** Returns the SHA-256 of bytes in lower-case hex. */
export function sha256Hex(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Formats checksums as the text of a SHA256SUMS file, sorted by file name. */
export function formatChecksums(checksums: readonly Checksum[]): string {
  const sorted = [...checksums].sort((a, b) => compareCodeUnits(a.file, b.file));
  return sorted.map((entry) => `${entry.sha256}  ${entry.file}\n`).join('');
}

/** Compares two strings by UTF-16 code units, as Array.prototype.sort does by default, so the order never depends on the locale. */
function compareCodeUnits(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** Parses the text of a SHA256SUMS file. Throws naming the line that is invalid. */
export function parseChecksums(text: string, source: string): Checksum[] {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();

  return lines.map((line, index) => {
    const match = LINE_PATTERN.exec(line);
    if (!match) throw new Error(`${source}, line ${index + 1}: expected "<sha256>  <file name>", found ${JSON.stringify(line)}`);
    return { sha256: match[1], file: match[2] };
  });
}

/** Computes the checksums of every file of a folder except SHA256SUMS and edition.md. */
export function checksumFolder(folder: string): Checksum[] {
  const names = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile() && !NOT_COVERED.includes(entry.name))
    .map((entry) => entry.name);
  return names.map((file) => ({ file, sha256: sha256Hex(readFileSync(join(folder, file))) }));
}

/**
 * Checks a folder against its SHA256SUMS file: every listed file must exist
 * with the listed digest, and no other file may be present apart from
 * edition.md. Returns one line per problem, empty when the folder matches.
 */
export function verifyChecksums(folder: string): string[] {
  const listFile = join(folder, CHECKSUMS_FILE);
  let listed: Checksum[];
  try {
    listed = parseChecksums(readFileSync(listFile, 'utf8'), listFile);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return [code === 'ENOENT' ? `${listFile} is missing` : (error as Error).message];
  }

  const actual = new Map(checksumFolder(folder).map((entry) => [entry.file, entry.sha256]));
  const problems: string[] = [];
  for (const entry of listed) {
    const digest = actual.get(entry.file);
    if (digest === undefined) problems.push(`${join(folder, entry.file)} is missing`);
    else if (digest !== entry.sha256) problems.push(`${join(folder, entry.file)} has SHA-256 ${digest}, but ${CHECKSUMS_FILE} lists ${entry.sha256}`);
  }

  const listedNames = new Set(listed.map((entry) => entry.file));
  for (const file of actual.keys()) {
    if (!listedNames.has(file)) problems.push(`${join(folder, file)} is not listed in ${CHECKSUMS_FILE}`);
  }
  return problems;
}
