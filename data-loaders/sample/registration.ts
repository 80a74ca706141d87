/**
 * When sample assets join and leave the register, and their validation
 * status. Rates are invented to look plausible.
 */

/**
 * Growth exponent of each category: the share of a category's assets
 * registered by a fraction t of the way from REGISTER_OPENS to the as-of date
 * is t^exponent. An exponent of 1 gives steady growth, and 3 a late boom.
 */
export const GROWTH_EXPONENT_BY_CATEGORY: Readonly<Record<string, number>> = {
  bess: 2.2,
  solar_pv: 1.4,
  wind: 1.2,
  hydro: 1,
  bioenergy: 1,
  chp: 1,
  ev_charging: 3,
  heat_pump: 3.2,
  dsr: 1.5,
  other: 1.3,
};

/** Share of assets that have left the register by the as-of date. */
export const DEREGISTERED_SHARE = 0.04;

/** Assets registered in the last this many days before the as-of date are mostly still pending validation. */
export const RECENT_DAYS = 45;

/** Validation status weights for recent assets and for the rest. */
export const VALIDATION_WEIGHTS = {
  recent: { 'Pending Validation': 70, Verified: 25, Query: 5 },
  settled: { 'Pending Validation': 2, Verified: 95, Query: 3 },
} as const;

/**
 * Share of assets whose location is partly unknown: `unallocatedGsp` have a
 * GSP group but no GSP, and `noRegion` (a subset) lie in no GSP region at
 * all, so they have no GSP group, MPAN or postcode either.
 */
export const LOCATION_GAPS = { unallocatedGsp: 0.003, noRegion: 0.0005 } as const;

/** Share of assets with no postcode on record. */
export const MISSING_POSTCODE_SHARE = 0.005;
