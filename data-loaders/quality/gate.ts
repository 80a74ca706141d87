/**
 * The data-quality gate that runs before any report is built. It runs every
 * check, then throws one error that lists each failed error-severity check
 * with the rows that break it. Warnings are returned for the log, the
 * publisher's report and the edition's quality notes.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Warehouse } from '../warehouse/warehouse.ts';
import { CHECKS, type Check } from './checks.ts';

export const SEVERITY_PATH = new URL('./severity.yaml', import.meta.url);

/** How many offending rows a report lists before it only counts the rest. */
const ROWS_SHOWN = 5;

export type Severity = 'error' | 'warning';

export interface CheckResult {
  id: string;
  severity: Severity;
  table: string;
  column: string;
  rule: string;
  /** Number of offending rows. */
  rows: number;
  /** The first offending rows, as "key value (column value)". */
  examples: string[];
}

export interface QualityReport {
  checks: number;
  /** Failed checks only. */
  failures: CheckResult[];
}

/** Reads the severity of every check; throws naming a check that is missing or unknown. */
export function loadSeverities(path: string | URL = SEVERITY_PATH, checks: readonly Check[] = CHECKS): Map<string, Severity> {
  const document = z.record(z.string(), z.enum(['error', 'warning'])).parse(parse(readFileSync(path, 'utf8')));
  const known = new Set(checks.map((check) => check.id));
  const unknown = Object.keys(document).filter((id) => !known.has(id));
  const missing = [...known].filter((id) => !(id in document));
  if (unknown.length > 0) throw new Error(`Quality severities ${path}: unknown check ${unknown.join(', ')}`);
  if (missing.length > 0) throw new Error(`Quality severities ${path}: no severity for check ${missing.join(', ')}`);
  return new Map(Object.entries(document));
}

/** Runs the gate; throws when any error-severity check fails, and returns the report otherwise. */
export async function runQualityGate(
  warehouse: Warehouse,
  severities: Map<string, Severity> = loadSeverities(),
  checks: readonly Check[] = CHECKS,
): Promise<QualityReport> {
  await checkAsOf(warehouse);
  const failures: CheckResult[] = [];
  for (const check of checks) {
    const result = await runCheck(warehouse, check, severities.get(check.id) ?? 'error');
    if (result) failures.push(result);
  }

  const errors = failures.filter((failure) => failure.severity === 'error');
  if (errors.length > 0) {
    const lines = errors.map(describeFailure);
    throw new Error(`The warehouse (${warehouse.description}) failed ${errors.length} data-quality check${errors.length > 1 ? 's' : ''}:\n  ${lines.join('\n  ')}`);
  }
  return { checks: checks.length, failures };
}

/**
 * Validates the warehouse's as-of date before any check casts it in SQL.
 * An invalid value stops the gate with the table, the key, the column and the expected format.
 */
async function checkAsOf(warehouse: Warehouse): Promise<void> {
  const rows = await warehouse.query("SELECT CAST(value AS VARCHAR) AS value FROM warehouse_info WHERE key = 'as_of'");
  const where = `Table warehouse_info, key as_of, column value (${warehouse.description})`;
  if (rows.length === 0) throw new Error(`${where}: missing; add a row with an ISO date (YYYY-MM-DD)`);
  if (rows.length > 1) throw new Error(`${where}: ${rows.length} rows found; keep one, with an ISO date (YYYY-MM-DD)`);
  const value = rows[0].value;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw new Error(`${where}: ${JSON.stringify(value)} is not a date in the expected format YYYY-MM-DD (for example 2026-09-30)`);
  }
  if (!isIsoDate(value)) throw new Error(`${where}: ${JSON.stringify(value)} is not a real calendar day`);
}

/** Returns true for a real calendar day written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Describes a failed check in one line, with its first offending rows. */
export function describeFailure(result: CheckResult): string {
  const more = result.rows > result.examples.length ? ` and ${result.rows - result.examples.length} more` : '';
  return `${result.id}: table ${result.table}, column ${result.column} ${result.rule}: ${result.examples.join(', ')}${more}`;
}

async function runCheck(warehouse: Warehouse, check: Check, severity: Severity): Promise<CheckResult | undefined> {
  const rows = await warehouse.query(`
    SELECT CAST(t.${check.key} AS VARCHAR) AS row_key, CAST(t.${check.column} AS VARCHAR) AS value,
      CAST(COUNT(*) OVER () AS INTEGER) AS offending_rows
    FROM ${check.table} t
    WHERE ${check.offending}
    ORDER BY t.${check.key}
    LIMIT ${ROWS_SHOWN}`);
  if (rows.length === 0) return undefined;

  return {
    id: check.id,
    severity,
    table: check.table,
    column: check.column,
    rule: check.rule,
    rows: Number(rows[0].offending_rows),
    examples: rows.map((row) => `${check.key} ${row.row_key} (${row.value === null ? 'empty' : JSON.stringify(row.value)})`),
  };
}
