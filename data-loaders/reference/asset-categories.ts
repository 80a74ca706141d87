/**
 * Asset categories of ARM and the classes they roll up into
 * (category -> class -> all categories), in display order.
 */

export interface CategoryClass {
  id: string;
  name: string;
}

export interface AssetCategory {
  id: string;
  name: string;
  classId: string;
}

export const CATEGORY_CLASSES: readonly CategoryClass[] = [
  { id: 'storage', name: 'Storage' },
  { id: 'renewable', name: 'Renewable generation' },
  { id: 'thermal', name: 'Thermal generation' },
  { id: 'demand', name: 'Demand' },
  { id: 'other', name: 'Other' },
];

export const ASSET_CATEGORIES: readonly AssetCategory[] = [
  { id: 'bess', name: 'Battery storage (BESS)', classId: 'storage' },
  { id: 'solar_pv', name: 'Solar PV', classId: 'renewable' },
  { id: 'wind', name: 'Wind', classId: 'renewable' },
  { id: 'hydro', name: 'Hydro', classId: 'renewable' },
  { id: 'bioenergy', name: 'Bioenergy', classId: 'renewable' },
  { id: 'chp', name: 'Combined heat and power (CHP)', classId: 'thermal' },
  { id: 'ev_charging', name: 'EV charging', classId: 'demand' },
  { id: 'heat_pump', name: 'Heat pumps', classId: 'demand' },
  { id: 'dsr', name: 'Demand-side response', classId: 'demand' },
  { id: 'other', name: 'Other', classId: 'other' },
];

/** Id and name of the row that totals every category. */
export const ALL_CATEGORIES = { id: 'all', name: 'All categories' } as const;

export const BESS_CATEGORY_ID = 'bess';

/** Returns the category with this id, or undefined when there is none. */
export function findCategory(id: string): AssetCategory | undefined {
  return ASSET_CATEGORIES.find((category) => category.id === id);
}
