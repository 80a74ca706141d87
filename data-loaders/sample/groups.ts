/**
 * The enterprise groups of the sample other than the single-site owners, in
 * the temporary table sample_groups: one row a group, with its tier, profile,
 * number of legal entities and the number of its first organisation.
 *
 * Groups and organisations are numbered in this order: system operators,
 * large aggregators, the middle tier, then (in the assets step) one group and
 * one organisation for each asset of the long tail.
 */
import type { DuckDbWarehouse } from '../warehouse/duckdb.ts';
import {
  LARGE_GROUPS,
  MIDDLE_ENTITY_COUNT_WEIGHTS,
  MIDDLE_PROFILE_WEIGHTS,
  SYSTEM_OPERATOR_NAMES,
  middleGroupCount,
} from './market-structure.ts';
import { BRAND_WORDS, SECTOR_WORDS } from './names.ts';
import { drawConstant, randomBits, STREAMS, uniform } from './random.ts';
import { pickWeighted, sqlList, sqlLiteral, weightsOf } from './sql.ts';

/** Numbering of groups and organisations, for the steps that follow. */
export interface GroupNumbering {
  /** Group number of the first large aggregator; the others follow in LARGE_GROUPS order. */
  firstLargeGroupNo: number;
  firstMiddleGroupNo: number;
  middleGroupCount: number;
  /** Group and organisation numbers that the long tail starts from. */
  firstTailGroupNo: number;
  firstTailOrgNo: number;
}

/** Creates sample_groups and returns how groups and organisations are numbered. */
export async function createGroupTable(warehouse: DuckDbWarehouse, assets: number): Promise<GroupNumbering> {
  const firstLargeGroupNo = SYSTEM_OPERATOR_NAMES.length + 1;
  const firstMiddleGroupNo = firstLargeGroupNo + LARGE_GROUPS.length;
  const middleCount = middleGroupCount(assets);
  const largeBrandStart = await drawConstant(warehouse, STREAMS.groupBrand);

  await warehouse.run(`
    CREATE TEMP TABLE sample_groups AS
    WITH listed AS (
      ${systemOperatorRows()}
      UNION ALL
      ${largeGroupRows(firstLargeGroupNo, largeBrandStart)}
    ),
    middle_draws AS (
      SELECT ${firstMiddleGroupNo} + i AS group_no,
             ${uniform('group_no', STREAMS.groupProfile)} AS profile_draw,
             ${uniform('group_no', STREAMS.groupEntityCount)} AS entity_draw,
             ${randomBits('group_no', STREAMS.groupBrand)} AS brand_bits,
             ${randomBits('group_no', STREAMS.groupSector)} AS sector_bits
      FROM range(${middleCount}) AS t(i)
    ),
    middle AS (
      SELECT group_no,
             'middle' AS tier,
             ${pickWeighted('profile_draw', weightsOf(MIDDLE_PROFILE_WEIGHTS))} AS profile,
             ${pickWeighted('entity_draw', MIDDLE_ENTITY_COUNT_WEIGHTS)} AS entity_count,
             ${middleBrandSql(largeBrandStart)} AS brand,
             NULL AS fixed_name
      FROM middle_draws
    ),
    all_groups AS (
      SELECT * FROM listed
      UNION ALL
      SELECT * FROM middle
    )
    SELECT *,
           1 + coalesce(sum(entity_count) OVER (ORDER BY group_no ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)
             AS first_org_no
    FROM all_groups
    ORDER BY group_no`);

  const rows = await warehouse.query(
    `SELECT max(group_no)::INTEGER AS last_group_no, max(first_org_no + entity_count - 1)::INTEGER AS last_org_no FROM sample_groups`,
  );
  return {
    firstLargeGroupNo,
    firstMiddleGroupNo,
    middleGroupCount: middleCount,
    firstTailGroupNo: Number(rows[0].last_group_no) + 1,
    firstTailOrgNo: Number(rows[0].last_org_no) + 1,
  };
}

/** Returns SQL for the rows of the system operators: one group and one organisation each, with a fixed name. */
function systemOperatorRows(): string {
  const rows = SYSTEM_OPERATOR_NAMES.map(
    (name, index) => `(${index + 1}, 'system_operator', NULL, 1, NULL, ${sqlLiteral(name)})`,
  );
  return `SELECT * FROM (VALUES ${rows.join(', ')})
          AS t(group_no, tier, profile, entity_count, brand, fixed_name)`;
}

/**
 * Returns SQL for the brand of a middle-tier group: a brand word that no large
 * group uses, then a sector word, such as 'Foxglen Power'.
 */
function middleBrandSql(largeBrandStart: number): string {
  const unusedWords = BRAND_WORDS.length - LARGE_GROUPS.length;
  const firstUnused = largeBrandStart + LARGE_GROUPS.length;
  const brandIndex = `((${firstUnused} + brand_bits % ${unusedWords}) % ${BRAND_WORDS.length})::INTEGER`;
  const sectorIndex = `(sector_bits % ${SECTOR_WORDS.length})::INTEGER`;
  return `list_extract(${sqlList(BRAND_WORDS)}, 1 + ${brandIndex}) || ' ' || list_extract(${sqlList(SECTOR_WORDS)}, 1 + ${sectorIndex})`;
}

/**
 * Returns SQL for the rows of the large aggregators. Their brand words are
 * consecutive in BRAND_WORDS from a seeded start, so no two large groups
 * share one.
 */
function largeGroupRows(firstGroupNo: number, brandStart: number): string {
  const rows = LARGE_GROUPS.map((group, index) => {
    const brand = sqlLiteral(BRAND_WORDS[(brandStart + index) % BRAND_WORDS.length]);
    return `SELECT ${firstGroupNo + index} AS group_no, 'large' AS tier, ${sqlLiteral(group.profile)} AS profile,
                   ${group.entityCount} AS entity_count, ${brand} AS brand,
                   NULL AS fixed_name`;
  });
  return rows.join('\n      UNION ALL\n      ');
}
