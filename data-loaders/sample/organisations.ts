/**
 * The SPUM organisations of the sample: the legal entities of every group in
 * sample_groups, and one organisation for each asset of the long tail.
 */
import type { DuckDbWarehouse } from '../warehouse/duckdb.ts';
import { companyNumberSql, GROUP_ID_DIGITS, idSql, ORGANISATION_ID_DIGITS } from './identifiers.ts';
import { ENTITY_ENDINGS, PLACE_WORDS, SITE_WORDS_BY_CATEGORY } from './names.ts';
import { REGISTER_OPENS, type SampleOptions } from './options.ts';
import { drawConstant, randomBits, STREAMS, uniform } from './random.ts';
import { caseByKey, sqlList, sqlString } from './sql.ts';

/** Share of single-site owners that are not companies (farms, partnerships) and so have no company number. */
const UNINCORPORATED_SHARE = 0.12;

/** An organisation registers up to this many days before its first asset. */
const MAX_LEAD_DAYS = 120;

/**
 * Inserts the organisations table. An organisation with assets is registered
 * on or before its first asset's date, but not before REGISTER_OPENS. One
 * without assets is registered within a year of REGISTER_OPENS, and never
 * after the as-of date. System operators are registered on REGISTER_OPENS.
 */
export async function insertOrganisations(warehouse: DuckDbWarehouse, options: SampleOptions): Promise<void> {
  const asOf = `DATE ${sqlString(options.asOf)}`;
  const opens = `DATE ${sqlString(REGISTER_OPENS)}`;
  const companyNumberOffset = await drawConstant(warehouse, STREAMS.organisationCompanyNumberOffset);

  await warehouse.run(`
    INSERT INTO organisations
    WITH group_entities AS (
      SELECT group_no, tier, brand, fixed_name, first_org_no, unnest(range(entity_count)) AS entity_index
      FROM sample_groups
    ),
    listed AS (
      SELECT first_org_no + entity_index AS org_no,
             group_no,
             tier,
             ${listedNameSql()} AS name,
             TRUE AS incorporated
      FROM group_entities
    ),
    tail AS (
      SELECT org_no,
             group_no,
             tier,
             ${tailNameSql()} AS name,
             ${uniform('org_no', STREAMS.organisationIncorporated)} >= ${UNINCORPORATED_SHARE} AS incorporated
      FROM sample_assets
      WHERE tier = 'tail'
    ),
    first_assets AS (
      SELECT org_no, min(registered_on) AS first_asset_on
      FROM sample_assets
      GROUP BY org_no
    ),
    organisations AS (
      SELECT * FROM listed
      UNION ALL
      SELECT * FROM tail
    )
    SELECT ${idSql('ORG', 'o.org_no', ORGANISATION_ID_DIGITS)},
           CASE WHEN o.tier = 'tail' AND o.incorporated THEN o.name || ' Ltd' ELSE o.name END,
           CASE WHEN o.incorporated THEN ${companyNumberSql('o.org_no', companyNumberOffset)} END,
           ${idSql('GRP', 'o.group_no', GROUP_ID_DIGITS)},
           CASE WHEN o.tier = 'system_operator' THEN 'SO' ELSE 'FSP' END,
           CASE WHEN o.tier = 'system_operator' THEN ${opens}
                WHEN f.first_asset_on IS NOT NULL
                  THEN greatest(${opens}, f.first_asset_on - floor(${uniform('o.org_no', STREAMS.organisationLead)} * ${MAX_LEAD_DAYS + 1})::INTEGER)
                ELSE least(${asOf}, ${opens} + floor(${uniform('o.org_no', STREAMS.organisationLead)} * 365)::INTEGER)
           END
    FROM organisations AS o
    LEFT JOIN first_assets AS f ON f.org_no = o.org_no
    ORDER BY o.org_no`);
}

/** Returns SQL for the name of a legal entity of a listed group: fixed for system operators, brand and ending for the others. */
function listedNameSql(): string {
  const large = `brand || ' ' || list_extract(${sqlList(ENTITY_ENDINGS)}, 1 + entity_index % ${ENTITY_ENDINGS.length})`;
  const middle = `brand || CASE WHEN entity_index = 0 THEN ' Ltd' ELSE ' (No. ' || (entity_index + 1) || ') Ltd' END`;
  return `CASE tier WHEN 'system_operator' THEN fixed_name WHEN 'large' THEN ${large} ELSE ${middle} END`;
}

/** Returns SQL for the name of a single-site owner: a place and the kind of site, such as 'Ashcombe Solar Farm'. */
function tailNameSql(): string {
  const siteWords = new Map(Object.entries(SITE_WORDS_BY_CATEGORY).map(([category, word]) => [category, sqlString(word)]));
  const place = `list_extract(${sqlList(PLACE_WORDS)}, 1 + (${randomBits('org_no', STREAMS.organisationPlace)} % ${PLACE_WORDS.length})::INTEGER)`;
  return `${place} || ' ' || ${caseByKey('category_id', siteWords, "'Energy'")}`;
}
