import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { CsvError, parse } from 'csv-parse/sync';
import { REPD_COLUMNS, type RepdColumnKey } from './columns.ts';
import { ImportInputError } from './errors.ts';
import { decodeWindows1252 } from './windows-1252.ts';

export type TextEncoding = 'utf-8' | 'windows-1252';

/** One data row of the extract, with the columns the importer reads. */
export interface RepdRow {
  /** Data row number, counted from 1 after the header. */
  row: number;
  /** File line on which the row starts. */
  line: number;
  /** Cell text as found in the file, not trimmed. */
  values: Record<RepdColumnKey, string>;
}

export interface RepdCsv {
  path: string;
  fileName: string;
  encoding: TextEncoding;
  rows: RepdRow[];
}

interface ParsedRecord {
  record: string[];
  raw: string;
  info: { lines: number };
}

/**
 * Reads a REPD extract. The text is decoded as UTF-8 when it is valid UTF-8
 * and as Windows-1252 otherwise, because Excel saves "CSV (Comma delimited)"
 * in the Windows code page, which is Windows-1252 on Western European systems. Throws ImportInputError naming the file when it cannot be
 * read, when the CSV is malformed (with the line) or when a column that the
 * importer needs is missing or appears twice.
 */
export function readRepdCsv(path: string): RepdCsv {
  const bytes = readInputFile(path);
  const { text, encoding } = decodeCsvText(bytes);

  const records = parseRecords(path, text);
  if (records.length === 0) throw new ImportInputError({ file: path }, 'empty file: expected a header row and data rows');

  const header = records[0].record.map((name) => name.trim());
  const positions = locateColumns(path, header);

  const rows = records.slice(1).map((parsed, index) => ({
    row: index + 1,
    line: startLine(parsed),
    values: pickValues(parsed.record, positions),
  }));

  return { path, fileName: basename(path), encoding, rows };
}

/**
 * Decodes bytes as UTF-8 when they are valid UTF-8, else as Windows-1252.
 * A UTF-8 byte order mark is kept, for csv-parse's `bom` option to remove.
 * Node's `latin1` is not used because it differs from Windows-1252 in bytes
 * 0x80 to 0x9F, where Windows-1252 has curly quotes, dashes and the euro
 * sign. decodeWindows1252 also repairs Node releases whose TextDecoder
 * makes that same mistake.
 */
export function decodeCsvText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { text, encoding: 'utf-8' };
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

function readInputFile(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImportInputError({ file: path }, `cannot read the file (${reason})`);
  }
}

function parseRecords(path: string, text: string): ParsedRecord[] {
  try {
    return parse(text, { bom: true, info: true, raw: true, skip_empty_lines: true }) as ParsedRecord[];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = typeof error.lines === 'number' ? error.lines : undefined;
    throw new ImportInputError({ file: path, line }, `malformed CSV: ${error.message}`);
  }
}

function locateColumns(path: string, header: string[]): Record<RepdColumnKey, number> {
  const positions = {} as Record<RepdColumnKey, number>;

  for (const [key, name] of Object.entries(REPD_COLUMNS) as [RepdColumnKey, string][]) {
    const first = header.indexOf(name);
    if (first < 0) {
      throw new ImportInputError({ file: path, line: 1, column: name }, 'required column is missing from the header');
    }
    if (header.indexOf(name, first + 1) >= 0) {
      throw new ImportInputError({ file: path, line: 1, column: name }, 'column appears more than once in the header');
    }
    positions[key] = first;
  }

  return positions;
}

function pickValues(record: string[], positions: Record<RepdColumnKey, number>): Record<RepdColumnKey, string> {
  const values = {} as Record<RepdColumnKey, string>;
  for (const [key, position] of Object.entries(positions) as [RepdColumnKey, number][]) values[key] = record[position];
  return values;
}

/**
 * Returns the line on which a record starts. csv-parse reports the line on
 * which it ends, and its raw text may begin with skipped empty lines.
 */
function startLine(parsed: ParsedRecord): number {
  const content = parsed.raw.replace(/^(?:\r?\n|\r)+/, '').replace(/(?:\r?\n|\r)$/, '');
  const lineBreaks = content.match(/\r?\n|\r/g)?.length ?? 0;
  return parsed.info.lines - lineBreaks;
}
