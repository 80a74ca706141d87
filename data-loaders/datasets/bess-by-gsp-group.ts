import { BESS_CATEGORY_ID, GB_TOTAL, GSP_GROUPS, UNALLOCATED_GSP_GROUP } from '../reference/index.ts';
import type { DatasetLoader } from './definition.ts';
import { ASSETS_MEASURE, CAPACITY_MEASURE, registerEventsSql } from './measures.ts';
import { literal, stockContributionsSql } from './sql.ts';

/** Battery storage assets and their capacity by GSP group, at each quarter end. */
export const bessByGspGroup: DatasetLoader = {
  definition: {
    id: 'bess-by-gsp-group',
    title: 'Battery storage by GSP group',
    description:
      'Number of battery energy storage systems (BESS) registered in FMAR and their registered capacity in MW, by GSP group, at the end of each quarter. Assets that lie in no GSP region are counted as unallocated, so the groups add up to Great Britain.',
    dimension: {
      column: 'gsp_group_id',
      nameColumn: 'gsp_group_name',
      label: 'GSP group',
      total: { ...GB_TOTAL },
      additive: true,
    },
    measures: [ASSETS_MEASURE, CAPACITY_MEASURE],
  },
  members: [...GSP_GROUPS.map((group) => ({ id: group.id, name: group.name })), { ...UNALLOCATED_GSP_GROUP }],
  coordinates: (memberId) => ({ category: BESS_CATEGORY_ID, gsp_group: memberId }),
  timeDifferencing: true,
  contributionsSql: (lastQuarterIndex) =>
    stockContributionsSql({
      eventsSql: registerEventsSql({
        member: `COALESCE(a.gsp_group_id, ${literal(UNALLOCATED_GSP_GROUP.id)})`,
        where: `a.category_id = ${literal(BESS_CATEGORY_ID)}`,
      }),
      measures: [ASSETS_MEASURE.column, CAPACITY_MEASURE.column],
      totalMember: GB_TOTAL.id,
      lastQuarterIndex,
    }),
};
