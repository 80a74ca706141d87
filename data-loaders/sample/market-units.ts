/**
 * The PSQM market units of the sample: one SPU for every asset, and SPGs that
 * large and middle-tier FSPs form from their small assets, one set for each
 * GSP group, in order of registration.
 *
 * The temporary table sample_units keeps each unit's number, id, class and
 * dates for the qualifications step. SPUs are numbered by their asset number
 * and SPGs from options.assets + 1, so every unit number is unique.
 */
import type { DuckDbWarehouse } from '../warehouse/duckdb.ts';
import { ASSET_ID_DIGITS, idSql, ORGANISATION_ID_DIGITS } from './identifiers.ts';
import type { SampleOptions } from './options.ts';
import { STREAMS, uniform } from './random.ts';
import { MAX_SPG_ASSETS, MIN_SPG_ASSETS, MIN_SPU_CAPACITY_MW, UNIT_CLASS_BY_CATEGORY } from './qualification-mix.ts';
import { caseByKey, sqlString } from './sql.ts';

/** A market unit registers up to this many days after its asset (SPU) or its last member (SPG). */
const MAX_UNIT_LEAD_DAYS = 30;

const SPG_ID_DIGITS = 6;

/** Creates the temporary tables sample_spg_members and sample_units from sample_assets. */
export async function createUnitTables(warehouse: DuckDbWarehouse, options: SampleOptions): Promise<void> {
  const asOf = `DATE ${sqlString(options.asOf)}`;
  const unitLead = `floor(${uniform('unit_no', STREAMS.unitLead)} * ${MAX_UNIT_LEAD_DAYS + 1})::INTEGER`;

  await warehouse.run(`
    CREATE TEMP TABLE sample_spg_members AS
    WITH candidates AS (
      SELECT asset_no, org_no, gsp_group_id, registered_on,
             count(*) OVER (PARTITION BY org_no, gsp_group_id) AS set_size,
             row_number() OVER (PARTITION BY org_no, gsp_group_id ORDER BY registered_on, asset_no) AS position
      FROM sample_assets
      WHERE tier IN ('large', 'middle')
        AND capacity_mw < ${MIN_SPU_CAPACITY_MW}
        AND deregistered_on IS NULL
        AND gsp_group_id IS NOT NULL
    ),
    chunked AS (
      SELECT *, floor((position - 1) * ceil(set_size / ${MAX_SPG_ASSETS}) / set_size)::INTEGER AS chunk
      FROM candidates
      WHERE set_size >= ${MIN_SPG_ASSETS}
    ),
    numbered AS (
      SELECT org_no, gsp_group_id, chunk, row_number() OVER (ORDER BY org_no, gsp_group_id, chunk) AS spg_no
      FROM chunked
      GROUP BY org_no, gsp_group_id, chunk
    )
    SELECT n.spg_no, c.asset_no, c.org_no, c.gsp_group_id, c.registered_on
    FROM chunked AS c
    JOIN numbered AS n USING (org_no, gsp_group_id, chunk)`);

  await warehouse.run(`
    CREATE TEMP TABLE sample_units AS
    WITH spus AS (
      SELECT asset_no AS unit_no,
             ${idSql('SPU', 'asset_no', ASSET_ID_DIGITS)} AS market_unit_id,
             'SPU' AS unit_type,
             org_no,
             gsp_group_id,
             CASE WHEN capacity_mw >= ${MIN_SPU_CAPACITY_MW} THEN ${unitClassSql()} END AS unit_class,
             registered_on AS ready_on,
             deregistered_on AS closed_on
      FROM sample_assets
    ),
    spgs AS (
      SELECT ${options.assets} + spg_no AS unit_no,
             ${idSql('SPG', 'spg_no', SPG_ID_DIGITS)} AS market_unit_id,
             'SPG' AS unit_type,
             any_value(org_no) AS org_no,
             any_value(gsp_group_id) AS gsp_group_id,
             'aggregated' AS unit_class,
             max(registered_on) AS ready_on,
             NULL::DATE AS closed_on
      FROM sample_spg_members
      GROUP BY spg_no
    ),
    units AS (
      SELECT * FROM spus
      UNION ALL
      SELECT * FROM spgs
    )
    -- ready_on is the asset's registration for an SPU, and its last member's for an SPG.
    SELECT unit_no, market_unit_id, unit_type, org_no, gsp_group_id, unit_class, closed_on,
           least(coalesce(closed_on, ${asOf}), ${asOf}, ready_on + ${unitLead}) AS registered_on
    FROM units`);
}

/** Inserts the market_units and market_unit_assets tables from sample_units and the assets. */
export async function insertMarketUnits(warehouse: DuckDbWarehouse, options: SampleOptions): Promise<void> {
  await warehouse.run(`
    INSERT INTO market_units
    SELECT market_unit_id, unit_type, ${idSql('ORG', 'org_no', ORGANISATION_ID_DIGITS)}, registered_on
    FROM sample_units
    ORDER BY unit_no`);

  await warehouse.run(`
    INSERT INTO market_unit_assets
    WITH memberships AS (
      SELECT asset_no AS unit_no, asset_no FROM sample_assets
      UNION ALL
      SELECT ${options.assets} + spg_no AS unit_no, asset_no FROM sample_spg_members
    )
    SELECT u.market_unit_id, ${idSql('AST', 'm.asset_no', ASSET_ID_DIGITS)}
    FROM memberships AS m
    JOIN sample_units AS u USING (unit_no)
    ORDER BY m.unit_no, m.asset_no`);
}

function unitClassSql(): string {
  const classes = new Map(Object.entries(UNIT_CLASS_BY_CATEGORY).map(([category, unitClass]) => [category, sqlString(unitClass)]));
  return caseByKey('category_id', classes);
}
