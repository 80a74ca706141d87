/**
 * The sample's assets: first the temporary table sample_assets, which keeps
 * the numbers that later steps join on (owner, group, tier), then the rows of
 * the ARM assets table.
 */
import type { DuckDbWarehouse } from '../warehouse/duckdb.ts';
import { CATEGORY_WEIGHTS_BY_PROFILE, OWNER_PROFILES, isDomesticScale } from './category-mix.ts';
import { capacitySql, DOMESTIC_CAPACITY, MIN_CAPACITY_MW, SITE_CAPACITY, STORAGE_HOURS } from './capacity.ts';
import type { GroupNumbering } from './groups.ts';
import {
  ASSET_ID_DIGITS,
  gspIdSql,
  idSql,
  mpanLeadingDigitsSql,
  mpanSql,
  ORGANISATION_ID_DIGITS,
  postcodeAreasSql,
  postcodeSql,
} from './identifiers.ts';
import { ASSET_SHARE_BY_TIER, LARGE_GROUPS, MIDDLE_GROUP_SKEW } from './market-structure.ts';
import { REGISTER_OPENS, type SampleOptions } from './options.ts';
import { drawConstant, randomBits, STREAMS, uniform } from './random.ts';
import { GSP_COUNT_BY_GROUP, REGION_WEIGHTS_BY_CATEGORY } from './regional-mix.ts';
import {
  DEREGISTERED_SHARE,
  GROWTH_EXPONENT_BY_CATEGORY,
  LOCATION_GAPS,
  MISSING_POSTCODE_SHARE,
  RECENT_DAYS,
  VALIDATION_WEIGHTS,
} from './registration.ts';
import { caseByKey, pickWeighted, sqlString, weightsOf } from './sql.ts';

/** Skew of assets across the GSPs of a group: GSP number 1 + floor(count * draw^skew), so low numbers are busier. */
const GSP_SKEW = 1.5;

/** Creates sample_assets with one row for each asset number from 1 to options.assets. */
export async function createAssetTable(
  warehouse: DuckDbWarehouse,
  options: SampleOptions,
  numbering: GroupNumbering,
): Promise<void> {
  const mpanOffset = await drawConstant(warehouse, STREAMS.assetMpanOffset);

  const asOf = `DATE ${sqlString(options.asOf)}`;
  const opens = `DATE ${sqlString(REGISTER_OPENS)}`;

  await warehouse.run(`
    CREATE TEMP TABLE sample_assets AS
    WITH tiers AS (
      -- A narrow window: the running count numbers the long tail's groups and organisations without gaps.
      SELECT asset_no, tier,
             sum(CASE WHEN tier = 'tail' THEN 1 ELSE 0 END)
               OVER (ORDER BY asset_no ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS tail_rank
      FROM (
        SELECT asset_no, ${pickWeighted('tier_draw', weightsOf(ASSET_SHARE_BY_TIER))} AS tier
        FROM (SELECT asset_no, ${uniform('asset_no', STREAMS.assetTier)} AS tier_draw FROM range(1, ${options.assets + 1}) AS t(asset_no))
      )
    ),
    draws AS (
      ${drawColumns(options.assets)}
    ),
    grouped AS (
      SELECT d.*, t.tier, t.tail_rank, ${ownerGroupSql(numbering)} AS listed_group_no
      FROM draws AS d
      JOIN tiers AS t USING (asset_no)
    ),
    owned AS (
      SELECT a.*,
             coalesce(g.profile, 'site') AS profile,
             coalesce(a.listed_group_no, ${numbering.firstTailGroupNo} + a.tail_rank - 1) AS group_no,
             CASE WHEN a.tier = 'tail' THEN ${numbering.firstTailOrgNo} + a.tail_rank - 1
                  ELSE g.first_org_no + floor(a.entity_draw * g.entity_count)::INTEGER END AS org_no
      FROM grouped AS a
      LEFT JOIN sample_groups AS g ON g.group_no = a.listed_group_no
    ),
    categorised AS (
      SELECT *, ${categorySql()} AS category_id
      FROM owned
    ),
    located AS (
      SELECT *,
             CASE WHEN location_draw < ${LOCATION_GAPS.noRegion} THEN NULL ELSE ${regionSql()} END AS gsp_group_id
      FROM categorised
    ),
    placed AS (
      SELECT *,
             CASE WHEN location_draw < ${LOCATION_GAPS.unallocatedGsp} THEN NULL
                  ELSE 1 + floor(${gspCountSql('gsp_group_id')} * pow(gsp_draw, ${GSP_SKEW}))::INTEGER END AS gsp_no,
             greatest(${MIN_CAPACITY_MW}, round(${capacitySqlByProfile()}, 3))::DECIMAL(12,3) AS capacity_mw,
             ${asOf} - ${opens} AS span_days
      FROM located
    ),
    dated AS (
      SELECT *,
             (${opens} + floor(span_days * pow(registration_draw, 1.0 / ${growthExponentSql()}))::INTEGER) AS registered_on,
             ${mpanLeadingDigitsSql('gsp_group_id', 'asset_no', mpanOffset)} AS mpan_leading_digits,
             ${postcodeAreasSql('gsp_group_id')} AS postcode_areas
      FROM placed
    )
    SELECT asset_no, tier, group_no, org_no, profile, category_id, gsp_group_id, gsp_no, capacity_mw,
           CASE WHEN category_id = 'bess'
                THEN greatest(${MIN_CAPACITY_MW}, round(capacity_mw * (${STORAGE_HOURS.min} + duration_draw * ${STORAGE_HOURS.max - STORAGE_HOURS.min}), 3))::DECIMAL(12,3)
           END AS storage_mwh,
           ${mpanSql('mpan_leading_digits')} AS mpan,
           CASE WHEN postcode_missing_draw >= ${MISSING_POSTCODE_SHARE}
                THEN ${postcodeSql('postcode_areas', 'postcode_area_draw', 'postcode_bits')} END AS postcode,
           registered_on,
           CASE WHEN deregistration_draw < ${DEREGISTERED_SHARE} AND registered_on < ${asOf}
                THEN registered_on + 1 + floor(deregistration_date_draw * (${asOf} - registered_on))::INTEGER
           END AS deregistered_on,
           CASE WHEN ${asOf} - registered_on < ${RECENT_DAYS}
                THEN ${pickWeighted('validation_draw', weightsOf(VALIDATION_WEIGHTS.recent))}
                ELSE ${pickWeighted('validation_draw', weightsOf(VALIDATION_WEIGHTS.settled))} END AS validation_status
    FROM dated`);
}

/** Inserts the rows of the ARM assets table from sample_assets. */
export async function insertAssets(warehouse: DuckDbWarehouse): Promise<void> {
  await warehouse.run(`
    INSERT INTO assets
    SELECT ${idSql('AST', 'asset_no', ASSET_ID_DIGITS)},
           ${idSql('ORG', 'org_no', ORGANISATION_ID_DIGITS)},
           category_id,
           capacity_mw,
           storage_mwh,
           mpan,
           CASE WHEN gsp_no IS NOT NULL THEN ${gspIdSql('gsp_group_id', 'gsp_no')} END,
           gsp_group_id,
           postcode,
           validation_status,
           registered_on,
           deregistered_on
    FROM sample_assets
    ORDER BY asset_no`);
}

/** Returns a SELECT of every uniform draw an asset needs, one column each, so that later CASE expressions read a column rather than recompute a hash. */
function drawColumns(assets: number): string {
  const draws: [string, number][] = [
    ['owner_draw', STREAMS.assetOwner],
    ['entity_draw', STREAMS.assetEntity],
    ['category_draw', STREAMS.assetCategory],
    ['region_draw', STREAMS.assetRegion],
    ['location_draw', STREAMS.assetLocation],
    ['gsp_draw', STREAMS.assetGsp],
    ['capacity_draw', STREAMS.assetCapacity],
    ['duration_draw', STREAMS.assetDuration],
    ['registration_draw', STREAMS.assetRegistration],
    ['deregistration_draw', STREAMS.assetDeregistration],
    ['deregistration_date_draw', STREAMS.assetDeregistrationDate],
    ['validation_draw', STREAMS.assetValidation],
    ['postcode_area_draw', STREAMS.assetPostcodeArea],
    ['postcode_missing_draw', STREAMS.assetPostcodeMissing],
  ];
  const columns = draws.map(([name, stream]) => `${uniform('asset_no', stream)} AS ${name}`);
  columns.push(`${randomBits('asset_no', STREAMS.assetPostcodeUnit)} AS postcode_bits`);
  return `SELECT asset_no, ${columns.join(',\n             ')}
      FROM range(1, ${assets + 1}) AS t(asset_no)`;
}

/** Returns SQL for the group number of a large or middle-tier owner. It is NULL for the long tail, which is numbered later. */
function ownerGroupSql(numbering: GroupNumbering): string {
  const largeGroupNos = LARGE_GROUPS.map((group, index) => ({
    value: numbering.firstLargeGroupNo + index,
    weight: group.assetWeight,
  }));
  const middleCount = numbering.middleGroupCount;
  const middleGroupNo = `${numbering.firstMiddleGroupNo} + least(${middleCount - 1}, floor(${middleCount} * pow(owner_draw, ${MIDDLE_GROUP_SKEW}))::INTEGER)`;
  return `CASE tier WHEN 'large' THEN ${pickWeighted('owner_draw', largeGroupNos)}
                    WHEN 'middle' THEN ${middleGroupNo} END`;
}

function categorySql(): string {
  const byProfile = new Map(
    OWNER_PROFILES.map((profile) => [profile, pickWeighted('category_draw', weightsOf(CATEGORY_WEIGHTS_BY_PROFILE[profile]))]),
  );
  return caseByKey('profile', byProfile);
}

function regionSql(): string {
  const byCategory = new Map(
    Object.entries(REGION_WEIGHTS_BY_CATEGORY).map(([category, weights]) => [category, pickWeighted('region_draw', weightsOf(weights))]),
  );
  return caseByKey('category_id', byCategory);
}

function gspCountSql(groupId: string): string {
  const counts = new Map(Object.entries(GSP_COUNT_BY_GROUP).map(([group, count]) => [group, String(count)]));
  return caseByKey(groupId, counts);
}

/** Capacity before rounding: household ratings for domestic owners where the category has them, site ranges otherwise. */
function capacitySqlByProfile(): string {
  const site = new Map(Object.entries(SITE_CAPACITY).map(([category, spec]) => [category, capacitySql(spec, 'capacity_draw')]));
  const domestic = new Map(
    Object.entries(DOMESTIC_CAPACITY).map(([category, spec]) => [category, capacitySql(spec, 'capacity_draw')]),
  );
  const domesticProfiles = OWNER_PROFILES.filter(isDomesticScale).map(sqlString).join(', ');
  return `CASE WHEN profile IN (${domesticProfiles})
               THEN ${caseByKey('category_id', domestic, caseByKey('category_id', site))}
               ELSE ${caseByKey('category_id', site)} END`;
}

function growthExponentSql(): string {
  const exponents = new Map(Object.entries(GROWTH_EXPONENT_BY_CATEGORY).map(([category, exponent]) => [category, String(exponent)]));
  return caseByKey('category_id', exponents, '1');
}
