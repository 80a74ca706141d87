import { REPD_COLUMNS, type RepdColumnKey } from './columns.ts';
import { ImportInputError } from './errors.ts';
import { parseDayMonthYear, parseDecimal } from './fields.ts';
import type { RepdCsv, RepdRow } from './read-csv.ts';
import { categoryOfTechnology } from './technology.ts';

/** Reasons for leaving a row out, in the order the rules are applied. */
export const DROP_REASONS = {
  notOperational: 'not operational (Development Status (short) is not "Operational")',
  northernIreland: 'in Northern Ireland, outside GB',
  missingTechnology: 'no technology type',
  missingCapacity: 'no installed capacity',
  nonPositiveCapacity: 'installed capacity zero or negative after rounding to 0.001 MW',
  noRegistrationDate: 'no operational date and no last-updated date',
  operationalAfterAsOf: 'operational date after the as-of date',
} as const;

export type DropReason = keyof typeof DROP_REASONS;

/** An operational GB site that becomes an asset. */
export interface Site {
  refId: string;
  operator: string;
  categoryId: string;
  /** Installed capacity in MW, rounded to three decimal places. */
  capacityMw: number;
  registeredOn: string;
  /** Source of registeredOn: the operational date, or the record's last-updated date when that is missing. */
  registeredOnSource: 'operational' | 'last-updated';
  /**
   * Whether the row names its country. A blank country counts as GB, because
   * REPD covers the UK and only a row marked Northern Ireland is known to lie
   * outside GB.
   */
  hasCountry: boolean;
  /** OSGB36 easting and northing in metres, or null when the row has none. */
  grid: { easting: number; northing: number } | null;
  postcode: string | null;
}

export interface SiteSelection {
  sites: Site[];
  dropped: Record<DropReason, number>;
  /** Latest `Record Last Updated` date in the file: the snapshot's as-of date. */
  asOf: string;
}

type RowOutcome = { site: Site } | { dropped: DropReason };

/** Country values of GB sites, in lower case. A blank one counts as GB, as Site.hasCountry explains. */
const GB_COUNTRIES = new Set(['england', 'scotland', 'wales', '']);

/** British National Grid extent in metres. A coordinate outside it is a data error. */
const GRID_LIMITS = { easting: [0, 700_000], northing: [0, 1_300_000] } as const;

/** Capacity above which a value is a data error: 100 GW is more than the peak demand of all of GB. */
const MAX_CAPACITY_MW = 100_000;

/**
 * Applies the import rules to every row. Rows that are out of scope or lack
 * a value the asset needs are counted as dropped, by reason. A value that is
 * present but unreadable on a row that would be loaded stops the import with
 * ImportInputError, because it means the file is not what the rules expect.
 * `Ref ID` and `Record Last Updated` are checked on every row: the first is
 * the register's key and the second sets the as-of date.
 */
export function selectSites(csv: RepdCsv): SiteSelection {
  assertUniqueRefIds(csv);
  const asOf = latestUpdate(csv);

  const sites: Site[] = [];
  const dropped = Object.fromEntries(Object.keys(DROP_REASONS).map((reason) => [reason, 0])) as Record<DropReason, number>;

  for (const row of csv.rows) {
    const outcome = applyRules(csv, row, asOf);
    if ('site' in outcome) sites.push(outcome.site);
    else dropped[outcome.dropped] += 1;
  }

  return { sites, dropped, asOf };
}

function applyRules(csv: RepdCsv, row: RepdRow, asOf: string): RowOutcome {
  if (row.values.developmentStatusShort.trim().toLowerCase() !== 'operational') return { dropped: 'notOperational' };

  const country = row.values.country.trim().toLowerCase();
  if (country === 'northern ireland') return { dropped: 'northernIreland' };
  if (!GB_COUNTRIES.has(country)) fail(csv, row, 'country', 'unknown country; expected England, Scotland, Wales or Northern Ireland');

  const technology = row.values.technologyType.trim();
  if (technology === '') return { dropped: 'missingTechnology' };
  const categoryId = categoryOfTechnology(technology);
  if (categoryId === undefined) {
    fail(csv, row, 'technologyType', 'unknown technology type; add it to the mapping in data-loaders/importers/repd/technology.ts');
  }

  const capacity = parseDecimal(row.values.installedCapacity);
  if (capacity.kind === 'missing') return { dropped: 'missingCapacity' };
  if (capacity.kind === 'invalid') fail(csv, row, 'installedCapacity', 'not a number; expected MW such as 49.9');
  const capacityMw = Math.round(capacity.value * 1000) / 1000;
  if (capacityMw <= 0) return { dropped: 'nonPositiveCapacity' };
  if (capacityMw > MAX_CAPACITY_MW) fail(csv, row, 'installedCapacity', `implausible capacity above ${MAX_CAPACITY_MW} MW`);

  const registration = registrationDate(csv, row);
  if (registration === undefined) return { dropped: 'noRegistrationDate' };
  if (registration.date > asOf) return { dropped: 'operationalAfterAsOf' };

  const site: Site = {
    refId: row.values.refId.trim(),
    operator: row.values.operator,
    categoryId,
    capacityMw,
    registeredOn: registration.date,
    registeredOnSource: registration.source,
    hasCountry: country !== '',
    grid: gridReference(csv, row),
    postcode: cleanPostcode(row.values.postCode),
  };
  return { site };
}

/** Returns the operational date or, when it is missing or "NA", the record's last-updated date. */
function registrationDate(csv: RepdCsv, row: RepdRow): { date: string; source: Site['registeredOnSource'] } | undefined {
  const operational = parseDayMonthYear(row.values.operational);
  if (operational.kind === 'invalid') fail(csv, row, 'operational', 'not a date; expected dd/mm/yyyy');
  if (operational.kind === 'value') return { date: operational.value, source: 'operational' };

  const updated = parseDayMonthYear(row.values.recordLastUpdated);
  if (updated.kind === 'value') return { date: updated.value, source: 'last-updated' };
  return undefined;
}

function gridReference(csv: RepdCsv, row: RepdRow): Site['grid'] {
  const easting = parseDecimal(row.values.easting);
  const northing = parseDecimal(row.values.northing);

  if (easting.kind === 'invalid') fail(csv, row, 'easting', 'not a number; expected an OSGB36 easting in metres');
  if (northing.kind === 'invalid') fail(csv, row, 'northing', 'not a number; expected an OSGB36 northing in metres');
  if (easting.kind === 'missing' || northing.kind === 'missing') return null;

  const [minEasting, maxEasting] = GRID_LIMITS.easting;
  const [minNorthing, maxNorthing] = GRID_LIMITS.northing;
  if (easting.value < minEasting || easting.value > maxEasting) {
    fail(csv, row, 'easting', `outside the British National Grid (${minEasting} to ${maxEasting} m)`);
  }
  if (northing.value < minNorthing || northing.value > maxNorthing) {
    fail(csv, row, 'northing', `outside the British National Grid (${minNorthing} to ${maxNorthing} m)`);
  }

  return { easting: easting.value, northing: northing.value };
}

/** Returns the postcode in capitals with single spaces, without the replacement characters the extract carries, or null when blank. */
function cleanPostcode(text: string): string | null {
  const cleaned = text
    .replace(/[\uFFFD\p{Cc}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toUpperCase();
  return cleaned === '' ? null : cleaned;
}

function assertUniqueRefIds(csv: RepdCsv): void {
  const rowByRefId = new Map<string, number>();

  for (const row of csv.rows) {
    const refId = row.values.refId.trim();
    if (!/^\d+$/.test(refId)) fail(csv, row, 'refId', 'not a REPD reference; expected a whole number');

    const earlier = rowByRefId.get(refId);
    if (earlier !== undefined) fail(csv, row, 'refId', `duplicate REPD reference; row ${earlier} has it too`);
    rowByRefId.set(refId, row.row);
  }
}

function latestUpdate(csv: RepdCsv): string {
  let latest: string | undefined;

  for (const row of csv.rows) {
    const updated = parseDayMonthYear(row.values.recordLastUpdated);
    if (updated.kind === 'invalid') fail(csv, row, 'recordLastUpdated', 'not a date; expected dd/mm/yyyy');
    if (updated.kind === 'value' && (latest === undefined || updated.value > latest)) latest = updated.value;
  }

  if (latest === undefined) {
    throw new ImportInputError(
      { file: csv.path, column: REPD_COLUMNS.recordLastUpdated },
      'no row has a last-updated date, so the as-of date of the snapshot cannot be set',
    );
  }
  return latest;
}

function fail(csv: RepdCsv, row: RepdRow, column: RepdColumnKey, problem: string): never {
  throw new ImportInputError(
    { file: csv.path, row: row.row, line: row.line, column: REPD_COLUMNS[column], value: row.values[column] },
    problem,
  );
}
