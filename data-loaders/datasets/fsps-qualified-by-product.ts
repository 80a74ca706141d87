import { ANY_PRODUCT, PRODUCTS } from '../reference/index.ts';
import type { DatasetLoader } from './definition.ts';
import { FSPS_MEASURE } from './measures.ts';
import { literal } from './sql.ts';

/**
 * FSPs with at least one market unit qualified for a product, at each quarter
 * end. A market unit is qualified on the days from valid_from to valid_to
 * inclusive. The "any product" row counts each FSP once, so it is not the sum
 * of the product rows.
 */
export const fspsQualifiedByProduct: DatasetLoader = {
  definition: {
    id: 'fsps-qualified-by-product',
    title: 'Flexibility service providers qualified by product',
    description:
      'Number of flexibility service providers (FSPs) with at least one market unit qualified for each product at the end of each quarter. An FSP qualified for several products counts once in the "Any product" row.',
    dimension: {
      column: 'product_id',
      nameColumn: 'product_name',
      label: 'Product',
      total: { ...ANY_PRODUCT },
      additive: false,
    },
    measures: [FSPS_MEASURE],
  },
  members: PRODUCTS.map((product) => ({ id: product.id, name: product.name })),
  coordinates: (memberId) => ({ product: memberId }),
  // NOTE: changes in FSP counts are not protected between quarters: a count
  // of providers reveals no provider's size, and the threshold rule still
  // applies to every quarter-end count.
  timeDifferencing: false,
  contributionsSql: () => `qualified AS (
    SELECT DISTINCT q.quarter_index, ql.product_id AS member, mu.fsp_org_id AS fsp, o.enterprise_group_id AS contributor
    FROM qualifications ql
    JOIN market_units mu ON mu.market_unit_id = ql.market_unit_id
    JOIN organisations o ON o.org_id = mu.fsp_org_id
    JOIN quarters q ON ql.valid_from <= q.quarter_end AND (ql.valid_to IS NULL OR ql.valid_to >= q.quarter_end)
    WHERE ql.valid_from IS NOT NULL
  ),
  contributions AS (
    SELECT 'stock' AS series, quarter_index, member, contributor, ${literal(FSPS_MEASURE.column)} AS measure,
      CAST(COUNT(DISTINCT fsp) AS DECIMAL(18,3)) AS value
    FROM qualified GROUP BY quarter_index, member, contributor
    UNION ALL
    SELECT 'stock', quarter_index, ${literal(ANY_PRODUCT.id)}, contributor, ${literal(FSPS_MEASURE.column)},
      CAST(COUNT(DISTINCT fsp) AS DECIMAL(18,3))
    FROM qualified GROUP BY quarter_index, contributor
  )`,
};
