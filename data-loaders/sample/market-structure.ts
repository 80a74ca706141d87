/**
 * Ownership structure of the sample: a few large aggregators, a middle tier
 * and a long tail of single-site owners, plus the system operators that own
 * no assets. The shares are invented to give a concentrated market, which is
 * what the disclosure rules have to handle.
 */
import type { OwnerProfile } from './category-mix.ts';

/** Tier of an enterprise group. */
export type OwnerTier = 'system_operator' | 'large' | 'middle' | 'tail';

/** Share of assets held by each tier of FSP. */
export const ASSET_SHARE_BY_TIER = { large: 0.52, middle: 0.34, tail: 0.14 } as const;

export interface LargeGroup {
  profile: OwnerProfile;
  /** Relative share of the large tier's assets. */
  assetWeight: number;
  /** Number of legal entities (organisations) in the group. */
  entityCount: number;
}

/**
 * The large aggregators. Domestic aggregators own many small devices.
 * Storage and renewables developers own fewer, larger sites and so most of
 * the capacity.
 */
export const LARGE_GROUPS: readonly LargeGroup[] = [
  { profile: 'domestic', assetWeight: 30, entityCount: 5 },
  { profile: 'storage', assetWeight: 5, entityCount: 6 },
  { profile: 'domestic', assetWeight: 16, entityCount: 3 },
  { profile: 'renewables', assetWeight: 6, entityCount: 4 },
  { profile: 'storage', assetWeight: 3, entityCount: 3 },
  { profile: 'industrial', assetWeight: 4, entityCount: 2 },
];

/** One middle-tier enterprise group for this many assets in the sample (at least one group). */
export const ASSETS_PER_MIDDLE_GROUP = 250;

/**
 * Skew of asset counts across the middle tier: a middle-tier asset goes to
 * group floor(count * draw^skew), so the first groups are the largest.
 */
export const MIDDLE_GROUP_SKEW = 2;

/** Profiles of middle-tier groups, by relative weight. */
export const MIDDLE_PROFILE_WEIGHTS: Readonly<Partial<Record<OwnerProfile, number>>> = {
  domestic: 40,
  storage: 10,
  renewables: 25,
  industrial: 25,
};

/** Legal entities per middle-tier group, by relative weight. */
export const MIDDLE_ENTITY_COUNT_WEIGHTS = [
  { value: 1, weight: 70 },
  { value: 2, weight: 20 },
  { value: 3, weight: 10 },
] as const;

/**
 * The system operators registered in SPUM: the national one and the six
 * distribution network operator groups. Their names in the sample are
 * synthetic.
 */
export const SYSTEM_OPERATOR_NAMES: readonly string[] = [
  'Sample National System Operator Ltd',
  'Sample Distribution East plc',
  'Sample Distribution Midlands and West plc',
  'Sample Distribution North West Ltd',
  'Sample Distribution North East plc',
  'Sample Distribution Scotland and Wales plc',
  'Sample Distribution South and Highlands plc',
];

/** Returns the number of middle-tier groups for a sample of this many assets. */
export function middleGroupCount(assets: number): number {
  return Math.max(1, Math.round(assets / ASSETS_PER_MIDDLE_GROUP));
}
