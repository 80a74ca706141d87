/**
 * The 14 GSP groups of Great Britain, which are also the 14 DNO licence
 * areas. There is no _I or _O.
 */

export interface GspGroup {
  id: string;
  name: string;
  /** MPAN distributor id of the licence area. */
  distributorId: number;
}

export const GSP_GROUPS: readonly GspGroup[] = [
  { id: '_A', name: 'Eastern', distributorId: 10 },
  { id: '_B', name: 'East Midlands', distributorId: 11 },
  { id: '_C', name: 'London', distributorId: 12 },
  { id: '_D', name: 'Merseyside and North Wales', distributorId: 13 },
  { id: '_E', name: 'Midlands', distributorId: 14 },
  { id: '_F', name: 'Northern', distributorId: 15 },
  { id: '_G', name: 'North Western', distributorId: 16 },
  { id: '_H', name: 'Southern', distributorId: 20 },
  { id: '_J', name: 'South Eastern', distributorId: 19 },
  { id: '_K', name: 'South Wales', distributorId: 21 },
  { id: '_L', name: 'South Western', distributorId: 22 },
  { id: '_M', name: 'Yorkshire', distributorId: 23 },
  { id: '_N', name: 'South Scotland', distributorId: 18 },
  { id: '_P', name: 'North Scotland', distributorId: 17 },
];

/** Row for assets that lie in no GSP region, so that the groups add up to GB. */
export const UNALLOCATED_GSP_GROUP = { id: 'unallocated', name: 'Unallocated' } as const;

/** Row that totals every GSP group. */
export const GB_TOTAL = { id: 'GB', name: 'Great Britain' } as const;

/** Returns the GSP group with this id, or undefined when there is none. */
export function findGspGroup(id: string): GspGroup | undefined {
  return GSP_GROUPS.find((group) => group.id === id);
}
