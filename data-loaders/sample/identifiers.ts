/**
 * SQL for the synthetic identifiers of the sample: ids, MPAN cores,
 * postcodes and company numbers. Every function returns a SQL expression over
 * the columns it names.
 */
import { GSP_GROUPS } from '../reference/gsp-groups.ts';
import { POSTCODE_AREAS_BY_GROUP } from './regional-mix.ts';
import { caseByKey, sqlList, sqlString } from './sql.ts';

/** Returns SQL for an id made of a prefix and a zero-padded number, such as ORG-000123. */
export function idSql(prefix: string, number: string, digits: number): string {
  return `printf('${prefix}-%0${digits}d', ${number})`;
}

// NOTE: about one organisation and one group is written for every seven assets, so above
// roughly seven million assets these ids grow to seven digits (printf pads but never truncates).
export const ORGANISATION_ID_DIGITS = 6;
export const GROUP_ID_DIGITS = 6;
export const ASSET_ID_DIGITS = 7;

/** Returns SQL for a GSP id such as GSP-_A-07. */
export function gspIdSql(groupId: string, gspNo: string): string {
  return `printf('GSP-%s-%02d', ${groupId}, ${gspNo})`;
}

/**
 * Weights of the 12 leading digits of an MPAN core in its check digit: the
 * check digit is the sum of digit times weight, modulo 11, modulo 10.
 */
const MPAN_CHECK_WEIGHTS = [3, 5, 7, 13, 17, 19, 23, 29, 31, 37, 41, 43] as const;

/** Multiplier of the asset number in the MPAN's unique part. It is coprime with 10, so distinct assets get distinct MPANs. */
const MPAN_MULTIPLIER = 7_919_854_321;
const TEN_DIGITS = 10_000_000_000;

/**
 * Returns SQL for the 12 leading digits of an asset's MPAN core as a BIGINT,
 * or NULL when its GSP group is NULL. They are the group's two-digit
 * distributor id, then ten digits that are a bijection of the asset number
 * shifted by `offset` (a non-negative integer).
 */
export function mpanLeadingDigitsSql(groupId: string, assetNo: string, offset: number): string {
  const distributorIds = new Map(GSP_GROUPS.map((group) => [group.id, String(group.distributorId)]));
  const distributorId = caseByKey(groupId, distributorIds);
  return `(${distributorId}::BIGINT * ${TEN_DIGITS} + (${assetNo}::BIGINT * ${MPAN_MULTIPLIER} + ${offset}) % ${TEN_DIGITS})`;
}

/**
 * Returns SQL for the 13-digit MPAN core from a column of leading digits
 * (see mpanLeadingDigitsSql): the 12 digits and their check digit, as text.
 * The column is read twelve times, so it should not be an expression.
 */
export function mpanSql(leadingDigits: string): string {
  const terms = MPAN_CHECK_WEIGHTS.map((weight, index) => {
    const power = 10n ** BigInt(MPAN_CHECK_WEIGHTS.length - 1 - index);
    return `((${leadingDigits} // ${power}) % 10) * ${weight}`;
  });
  // Distributor ids run from 10 to 23, so the leading digits never start with 0 and need no padding.
  return `${leadingDigits}::VARCHAR || (((${terms.join(' + ')}) % 11) % 10)::VARCHAR`;
}

/** Letters that the inward code of a postcode may end with (never C, I, K, M, O or V). */
const POSTCODE_UNIT_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

/** Returns SQL for the list of postcode areas of a GSP group, NULL when the group is NULL. */
export function postcodeAreasSql(groupId: string): string {
  const areaLists = new Map(Object.entries(POSTCODE_AREAS_BY_GROUP).map(([group, areas]) => [group, sqlList(areas)]));
  return caseByKey(groupId, areaLists);
}

/**
 * Returns SQL for a synthetic postcode in the form 'AB1 2CD': one of the
 * postcode areas in the list column `areas` (see postcodeAreasSql), a district
 * from 1 to 20, a sector digit and two unit letters. `areaDraw` is a uniform
 * draw and `unitBits` 32 random bits. The postcode is NULL when `areas` is.
 * A synthetic postcode may happen to exist, but it is not the address of any
 * real site.
 */
export function postcodeSql(areas: string, areaDraw: string, unitBits: string): string {
  const letters = sqlString(POSTCODE_UNIT_LETTERS);
  const letterCount = POSTCODE_UNIT_LETTERS.length;

  const area = `list_extract(${areas}, 1 + floor(${areaDraw} * len(${areas}))::INTEGER)`;
  const district = `1 + ${unitBits} % 20`;
  const sector = `(${unitBits} // 20) % 10`;
  const firstLetter = `substr(${letters}, 1 + ((${unitBits} // 200) % ${letterCount})::INTEGER, 1)`;
  const secondLetter = `substr(${letters}, 1 + ((${unitBits} // ${200 * letterCount}) % ${letterCount})::INTEGER, 1)`;
  return `${area} || (${district})::VARCHAR || ' ' || (${sector})::VARCHAR || ${firstLetter} || ${secondLetter}`;
}

/** Multiplier of the organisation number in its company number. It is coprime with 10, so the numbers are unique. */
const COMPANY_NUMBER_MULTIPLIER = 48_271;

/**
 * Returns SQL for an eight-digit company number that is a bijection of the
 * organisation number, shifted by `offset` (a non-negative integer).
 */
export function companyNumberSql(orgNo: string, offset: number): string {
  return `printf('%08d', (${orgNo}::BIGINT * ${COMPANY_NUMBER_MULTIPLIER} + ${offset}) % 100000000)`;
}
