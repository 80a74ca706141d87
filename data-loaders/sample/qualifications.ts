/**
 * The PSQM qualifications of the sample: applications of market units for
 * in-scope products, each moved through its statuses up to the as-of date.
 *
 * An application follows the unit's registration. It stays 'applied' until
 * its decision is due, and the decision then qualifies, fails or withdraws it. A
 * qualification lasts two to five years and then expires. When an SPU's
 * asset leaves the register, any open application or standing qualification
 * of that SPU ends as 'withdrawn' on that day. Every date is on or before the
 * as-of date, and applied_on <= decided_on <= valid_from <= valid_to.
 *
 * NOTE: a unit applies at most once for each product, so an expired or failed
 * qualification is never followed by a new application.
 */
import type { DuckDbWarehouse } from '../warehouse/duckdb.ts';
import type { SampleOptions } from './options.ts';
import {
  APPLICATION_PROBABILITY,
  NO_REGION_KEY,
  OUTCOME_WEIGHTS,
  QUALIFICATION_TIMING,
  offeredProducts,
  qualifyingProducts,
} from './qualification-mix.ts';
import { STREAMS, uniform } from './random.ts';
import { pickWeighted, sqlLiteral, sqlString, weightsOf } from './sql.ts';

/** Draw keys are unit_no * PRODUCT_SLOTS + product index, so there may be at most this many in-scope products. */
const PRODUCT_SLOTS = 32;

const QUALIFICATION_ID_DIGITS = 8;

/** Inserts the qualifications table from sample_units. */
export async function insertQualifications(warehouse: DuckDbWarehouse, options: SampleOptions): Promise<void> {
  const productCount = qualifyingProducts().length;
  if (productCount > PRODUCT_SLOTS) {
    throw new Error(`The sample can draw for at most ${PRODUCT_SLOTS} in-scope products, but the catalogue has ${productCount}`);
  }

  await createProductOddsTable(warehouse);

  await createApplicationTable(warehouse);

  const asOf = `DATE ${sqlString(options.asOf)}`;
  const timing = QUALIFICATION_TIMING;

  await warehouse.run(`
    INSERT INTO qualifications
    WITH applications AS (
      SELECT *,
             registered_on + floor(pow(apply_lead_draw, 2) * ${timing.maxApplicationLeadDays + 1})::INTEGER AS applied_on,
             ${timing.decisionDays.min}
               + floor(decision_draw * ${timing.decisionDays.max - timing.decisionDays.min + 1})::INTEGER AS decision_days,
             ${pickWeighted('outcome_draw', weightsOf(OUTCOME_WEIGHTS))} AS outcome,
             floor(start_draw * ${timing.maxStartLeadDays + 1})::INTEGER AS start_lead,
             ${timing.validityDays.min}
               + floor(duration_draw * ${timing.validityDays.max - timing.validityDays.min + 1})::INTEGER AS validity_days
      FROM sample_applications
    ),
    staged AS (
      -- 'closed': the asset left before a decision; 'pending': no decision by the as-of date.
      SELECT *,
             CASE WHEN closed_on IS NOT NULL AND closed_on <= applied_on + decision_days AND closed_on <= ${asOf} THEN 'closed'
                  WHEN applied_on + decision_days > ${asOf} THEN 'pending'
                  ELSE 'decided' END AS stage
      FROM applications
      WHERE applied_on <= ${asOf} AND (closed_on IS NULL OR applied_on < closed_on)
    ),
    started AS (
      SELECT *,
             CASE stage WHEN 'closed' THEN closed_on WHEN 'decided' THEN applied_on + decision_days END AS decided_on,
             CASE WHEN stage = 'decided' AND outcome = 'qualified'
                  THEN least(applied_on + decision_days + start_lead, ${asOf}, coalesce(closed_on, ${asOf})) END AS valid_from
      FROM staged
    ),
    ended AS (
      SELECT *,
             valid_from + validity_days - 1 AS natural_end,
             closed_on IS NOT NULL AND closed_on <= valid_from + validity_days - 1 AS closed_while_valid
      FROM started
    )
    SELECT printf('QUA-%0${QUALIFICATION_ID_DIGITS}d', row_number() OVER (ORDER BY unit_no, product_index)),
           market_unit_id,
           product_id,
           CASE WHEN stage = 'pending' THEN 'applied'
                WHEN stage = 'closed' THEN 'withdrawn'
                WHEN valid_from IS NULL THEN outcome
                WHEN closed_while_valid THEN 'withdrawn'
                WHEN natural_end < ${asOf} THEN 'expired'
                ELSE 'qualified' END,
           applied_on,
           decided_on,
           valid_from,
           CASE WHEN valid_from IS NULL THEN NULL
                WHEN closed_while_valid THEN closed_on
                WHEN natural_end < ${asOf} THEN natural_end END
    FROM ended
    ORDER BY unit_no, product_index`);
}

/**
 * Creates sample_applications: each pair of a market unit and a product on
 * offer in its region that the unit applies for, with the draws that time
 * the application.
 *
 * The draw that decides whether a unit applies is stored in a table of its
 * own before any filter reads it. Otherwise DuckDB 1.5 pushes the filter down
 * into the join and evaluates the hash there fully expanded, without common
 * subexpression elimination. At a million assets that cost several seconds.
 */
async function createApplicationTable(warehouse: DuckDbWarehouse): Promise<void> {
  const draw = (stream: number) => uniform('draw_key', stream);

  await warehouse.run(`
    CREATE TEMP TABLE sample_candidates AS
    SELECT u.unit_no, u.market_unit_id, u.registered_on, u.closed_on, o.product_index, o.product_id, o.probability,
           u.unit_no * ${PRODUCT_SLOTS} + o.product_index AS draw_key,
           ${draw(STREAMS.qualificationApply)} AS apply_draw
    FROM sample_units AS u
    JOIN sample_product_odds AS o
      ON o.unit_class = u.unit_class AND o.region_key = coalesce(u.gsp_group_id, ${sqlString(NO_REGION_KEY)})`);

  await warehouse.run(`
    CREATE TEMP TABLE sample_applications AS
    SELECT unit_no, market_unit_id, registered_on, closed_on, product_index, product_id,
           ${draw(STREAMS.qualificationApplyLead)} AS apply_lead_draw,
           ${draw(STREAMS.qualificationDecisionLead)} AS decision_draw,
           ${draw(STREAMS.qualificationOutcome)} AS outcome_draw,
           ${draw(STREAMS.qualificationStartLead)} AS start_draw,
           ${draw(STREAMS.qualificationDuration)} AS duration_draw
    FROM sample_candidates
    WHERE apply_draw < probability`);

  await warehouse.run('DROP TABLE sample_candidates');
}

/**
 * Creates sample_product_odds: for each unit class and region (a GSP group or
 * NO_REGION_KEY), the products on offer there and the probability that a
 * unit of that class applies.
 */
async function createProductOddsTable(warehouse: DuckDbWarehouse): Promise<void> {
  const rows: string[] = [];
  for (const [unitClass, probabilities] of Object.entries(APPLICATION_PROBABILITY)) {
    for (const offer of offeredProducts()) {
      const probability = probabilities[offer.productId] ?? 0;
      if (probability <= 0) continue;
      const values = [unitClass, offer.regionKey, offer.productIndex, offer.productId, probability];
      rows.push(`(${values.map(sqlLiteral).join(', ')})`);
    }
  }

  await warehouse.run(`
    CREATE TEMP TABLE sample_product_odds AS
    SELECT * FROM (VALUES ${rows.join(', ')}) AS t(unit_class, region_key, product_index, product_id, probability)`);
}
