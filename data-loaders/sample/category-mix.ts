/**
 * Owner profiles: the kind of business an enterprise group runs, and the mix
 * of asset categories that follows from it. The weights are invented to give
 * a plausible market, not measured.
 */

export const OWNER_PROFILES = ['domestic', 'storage', 'renewables', 'industrial', 'site'] as const;

/**
 * The kind of business of an enterprise group.
 * - domestic: aggregates household devices (EV chargers, heat pumps, home batteries, rooftop solar).
 * - storage: develops grid-scale battery sites.
 * - renewables: owns generation sites.
 * - industrial: offers the flexibility of commercial and industrial sites.
 * - site: owns one site, as the long tail of single-asset owners does.
 */
export type OwnerProfile = (typeof OWNER_PROFILES)[number];

/** Relative weight of each asset category in the assets of an owner of each profile. */
export const CATEGORY_WEIGHTS_BY_PROFILE: Readonly<Record<OwnerProfile, Readonly<Record<string, number>>>> = {
  domestic: { ev_charging: 42, heat_pump: 33, bess: 15, solar_pv: 10 },
  storage: { bess: 75, solar_pv: 15, wind: 5, other: 5 },
  renewables: { solar_pv: 40, wind: 30, hydro: 10, bioenergy: 10, bess: 10 },
  industrial: { dsr: 45, chp: 20, ev_charging: 10, heat_pump: 5, bioenergy: 5, bess: 10, other: 5 },
  site: { solar_pv: 32, wind: 13, bess: 8, chp: 11, hydro: 8, bioenergy: 8, dsr: 12, ev_charging: 3, other: 5 },
};

/** Returns whether the assets of an owner of this profile are household devices of a few kW. */
export function isDomesticScale(profile: OwnerProfile): boolean {
  return profile === 'domestic';
}
