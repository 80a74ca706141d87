/**
 * The reference tables of the sample: synthetic GSPs in every GSP group, and
 * the product catalogue.
 */
import { GSP_GROUPS } from '../reference/gsp-groups.ts';
import { PRODUCTS } from '../reference/products.ts';
import type { DuckDbWarehouse } from '../warehouse/duckdb.ts';
import { appendRows } from '../warehouse/writer.ts';
import { gspIdSql } from './identifiers.ts';
import { GSP_COUNT_BY_GROUP } from './regional-mix.ts';
import { sqlString } from './sql.ts';

/**
 * Inserts GSP_COUNT_BY_GROUP GSPs for each GSP group, with ids such as
 * GSP-_A-07 (the pattern assets use) and names such as 'Eastern GSP 07'.
 */
export async function insertGsps(warehouse: DuckDbWarehouse): Promise<void> {
  const groups = GSP_GROUPS.map(
    (group) => `(${sqlString(group.id)}, ${sqlString(group.name)}, ${GSP_COUNT_BY_GROUP[group.id]})`,
  );

  await warehouse.run(`
    INSERT INTO gsps
    WITH numbered AS (
      SELECT gsp_group_id, group_name, unnest(range(1, gsp_count + 1)) AS gsp_no
      FROM (VALUES ${groups.join(', ')}) AS t(gsp_group_id, group_name, gsp_count)
    )
    SELECT ${gspIdSql('gsp_group_id', 'gsp_no')}, printf('%s GSP %02d', group_name, gsp_no), gsp_group_id
    FROM numbered
    ORDER BY gsp_group_id, gsp_no`);
}

/** Inserts every product of the catalogue, in and out of FMAR's scope. */
export async function insertProducts(warehouse: DuckDbWarehouse): Promise<void> {
  const rows = PRODUCTS.map((product) => [product.id, product.name, product.procurer, product.serviceFamily]);
  await appendRows(warehouse, 'products', rows);
}
