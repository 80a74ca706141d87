/**
 * Registered capacity of sample assets, in MW, and the storage duration of
 * batteries. Household devices are a few kW (0.002 to 0.022 MW); sites range
 * from tens of kW to 50 MW. The ranges are invented to look plausible.
 */
import { pickWeighted, type Weighted } from './sql.ts';

/**
 * Rule that draws the capacity of one category at one scale. It is either one
 * of fixed ratings, or log-uniform between `minMw` and `maxMw` with the draw
 * raised to `skew` first, so that a skew above 1 makes small capacities more
 * common.
 */
export type CapacitySpec =
  | { kind: 'ratings'; ratings: readonly Weighted<number>[] }
  | { kind: 'range'; minMw: number; maxMw: number; skew: number };

/** Capacity of household devices, for the categories a domestic aggregator holds. */
export const DOMESTIC_CAPACITY: Readonly<Record<string, CapacitySpec>> = {
  ev_charging: {
    kind: 'ratings',
    ratings: [
      { value: 0.004, weight: 10 },
      { value: 0.007, weight: 60 },
      { value: 0.011, weight: 20 },
      { value: 0.022, weight: 10 },
    ],
  },
  heat_pump: { kind: 'range', minMw: 0.003, maxMw: 0.016, skew: 1.2 },
  bess: {
    kind: 'ratings',
    ratings: [
      { value: 0.004, weight: 25 },
      { value: 0.005, weight: 40 },
      { value: 0.006, weight: 15 },
      { value: 0.01, weight: 20 },
    ],
  },
  solar_pv: { kind: 'range', minMw: 0.002, maxMw: 0.008, skew: 1 },
};

/** Capacity of sites, for every category. */
export const SITE_CAPACITY: Readonly<Record<string, CapacitySpec>> = {
  bess: { kind: 'range', minMw: 0.5, maxMw: 50, skew: 3 },
  solar_pv: { kind: 'range', minMw: 0.05, maxMw: 40, skew: 2.3 },
  wind: { kind: 'range', minMw: 0.05, maxMw: 50, skew: 2.2 },
  hydro: { kind: 'range', minMw: 0.05, maxMw: 20, skew: 2 },
  bioenergy: { kind: 'range', minMw: 0.2, maxMw: 30, skew: 1.5 },
  chp: { kind: 'range', minMw: 0.1, maxMw: 15, skew: 1.6 },
  ev_charging: { kind: 'range', minMw: 0.05, maxMw: 5, skew: 1.5 },
  heat_pump: { kind: 'range', minMw: 0.05, maxMw: 3, skew: 1.5 },
  dsr: { kind: 'range', minMw: 0.05, maxMw: 20, skew: 2.3 },
  other: { kind: 'range', minMw: 0.01, maxMw: 10, skew: 1.8 },
};

/** Battery storage durations: storage_mwh is the capacity times a duration from 1 to 2 hours. */
export const STORAGE_HOURS = { min: 1, max: 2 } as const;

/** The smallest registered capacity written, in MW (1 kW). */
export const MIN_CAPACITY_MW = 0.001;

/** Returns SQL for a capacity in MW drawn with this spec from a uniform draw column. */
export function capacitySql(spec: CapacitySpec, draw: string): string {
  if (spec.kind === 'ratings') return pickWeighted(draw, spec.ratings);
  return `${spec.minMw} * pow(${spec.maxMw / spec.minMw}, pow(${draw}, ${spec.skew}))`;
}
