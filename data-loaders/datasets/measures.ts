/** Measures shared by the asset datasets, and the register events they count. */
import type { DatasetDefinition } from '../../src/vetted/format.ts';
import { quarterIndexOf } from './sql.ts';

type Measure = DatasetDefinition['measures'][number];

export const ASSETS_MEASURE: Measure = {
  column: 'assets',
  label: 'Assets',
  unit: 'assets',
  kind: 'frequency',
  decimals: 0,
  description: 'Number of assets registered at the end of the quarter.',
};

export const CAPACITY_MEASURE: Measure = {
  column: 'registered_capacity_mw',
  label: 'Registered capacity',
  unit: 'MW',
  kind: 'magnitude',
  decimals: 1,
  description: 'Sum of the registered capacity of those assets, in megawatts.',
};

export const FSPS_MEASURE: Measure = {
  column: 'fsps',
  label: 'Qualified FSPs',
  unit: 'FSPs',
  kind: 'frequency',
  decimals: 0,
  description: 'Number of flexibility service providers with at least one market unit qualified at the end of the quarter.',
};

/**
 * Returns SQL of the register's events per asset: +1 asset and + its capacity
 * in the quarter it was registered, -1 and - its capacity in the quarter it
 * was deregistered. An asset counts at a quarter end when it was registered
 * on or before that day and not deregistered on or before it.
 */
export function registerEventsSql(options: { member: string; where?: string }): string {
  const where = options.where ? `WHERE ${options.where}` : '';
  const deregisteredWhere = options.where
    ? `WHERE a.deregistered_on IS NOT NULL AND ${options.where}`
    : 'WHERE a.deregistered_on IS NOT NULL';

  return `
    SELECT o.enterprise_group_id AS contributor, ${options.member} AS member,
      ${quarterIndexOf('a.registered_on')} AS quarter_index,
      1 AS assets, a.registered_capacity_mw AS registered_capacity_mw
    FROM assets a JOIN organisations o ON o.org_id = a.fsp_org_id
    ${where}
    UNION ALL
    SELECT o.enterprise_group_id, ${options.member},
      ${quarterIndexOf('a.deregistered_on')},
      -1, -a.registered_capacity_mw
    FROM assets a JOIN organisations o ON o.org_id = a.fsp_org_id
    ${deregisteredWhere}`;
}
