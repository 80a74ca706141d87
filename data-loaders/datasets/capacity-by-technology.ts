import { ALL_CATEGORIES, ASSET_CATEGORIES } from '../reference/index.ts';
import type { DatasetLoader } from './definition.ts';
import { ASSETS_MEASURE, CAPACITY_MEASURE, registerEventsSql } from './measures.ts';
import { stockContributionsSql } from './sql.ts';

/** Registered assets and their capacity by asset category, at each quarter end. */
export const capacityByTechnology: DatasetLoader = {
  definition: {
    id: 'capacity-by-technology',
    title: 'Registered flexible assets and capacity by technology',
    description:
      'Number of flexible assets registered in FMAR and their registered capacity in MW, by asset category, at the end of each quarter, with the total for Great Britain.',
    dimension: {
      column: 'category_id',
      nameColumn: 'category_name',
      label: 'Asset category',
      total: { ...ALL_CATEGORIES },
      additive: true,
    },
    measures: [ASSETS_MEASURE, CAPACITY_MEASURE],
  },
  members: ASSET_CATEGORIES.map((category) => ({ id: category.id, name: category.name })),
  coordinates: (memberId) => ({ category: memberId, gsp_group: 'GB' }),
  timeDifferencing: true,
  contributionsSql: (lastQuarterIndex) =>
    stockContributionsSql({
      eventsSql: registerEventsSql({ member: 'a.category_id' }),
      measures: [ASSETS_MEASURE.column, CAPACITY_MEASURE.column],
      totalMember: ALL_CATEGORIES.id,
      lastQuarterIndex,
    }),
};
