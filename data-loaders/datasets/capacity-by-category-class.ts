import { ALL_CATEGORIES, ASSET_CATEGORIES, CATEGORY_CLASSES } from '../reference/index.ts';
import type { DatasetLoader } from './definition.ts';
import { ASSETS_MEASURE, CAPACITY_MEASURE, registerEventsSql } from './measures.ts';
import { literal, stockContributionsSql } from './sql.ts';

/**
 * Registered assets and their capacity by category class, at each quarter
 * end: the middle level of the hierarchy asset category -> category class ->
 * all categories. Each class row is the sum of its categories' rows in
 * capacity by technology, and the two tables share their total row.
 */
export const capacityByCategoryClass: DatasetLoader = {
  definition: {
    id: 'capacity-by-category-class',
    title: 'Registered flexible assets and capacity by category class',
    description:
      'Number of flexible assets registered in FMAR and their registered capacity in MW, by category class (storage, renewable generation, thermal generation, demand and other), at the end of each quarter, with the total for Great Britain. Each class adds up the asset categories in it.',
    dimension: {
      column: 'category_class_id',
      nameColumn: 'category_class_name',
      label: 'Category class',
      total: { ...ALL_CATEGORIES },
      additive: true,
    },
    measures: [ASSETS_MEASURE, CAPACITY_MEASURE],
  },
  members: CATEGORY_CLASSES.map((categoryClass) => ({ id: categoryClass.id, name: categoryClass.name })),
  coordinates: (memberId): Record<string, string> =>
    memberId === ALL_CATEGORIES.id ? { category: memberId, gsp_group: 'GB' } : { category_class: memberId, gsp_group: 'GB' },
  parts: (memberId) =>
    memberId === ALL_CATEGORIES.id
      ? undefined
      : ASSET_CATEGORIES.filter((category) => category.classId === memberId).map((category) => ({
          category: category.id,
          gsp_group: 'GB',
        })),
  timeDifferencing: true,
  contributionsSql: (lastQuarterIndex) =>
    stockContributionsSql({
      eventsSql: registerEventsSql({ member: categoryClassSql('a.category_id') }),
      measures: [ASSETS_MEASURE.column, CAPACITY_MEASURE.column],
      totalMember: ALL_CATEGORIES.id,
      lastQuarterIndex,
    }),
};

/** Returns SQL that maps a category id column to its class id. */
function categoryClassSql(column: string): string {
  const branches = ASSET_CATEGORIES.map((category) => `WHEN ${literal(category.id)} THEN ${literal(category.classId)}`);
  return `CASE ${column} ${branches.join(' ')} END`;
}
