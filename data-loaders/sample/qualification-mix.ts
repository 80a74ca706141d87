/**
 * Application rules of the sample: the products each kind of market unit
 * applies for, and the delays and outcomes of an application. The
 * probabilities and delays are invented to look plausible.
 */
import { GSP_GROUPS } from '../reference/gsp-groups.ts';
import { PRODUCTS, type Product } from '../reference/products.ts';

/** Kind of market unit, for the choice of products it applies for. */
export type UnitClass = 'storage' | 'generation' | 'thermal' | 'demand' | 'aggregated';

/** Class of an SPU by the category of its asset. An SPG is always 'aggregated'. */
export const UNIT_CLASS_BY_CATEGORY: Readonly<Record<string, UnitClass>> = {
  bess: 'storage',
  solar_pv: 'generation',
  wind: 'generation',
  hydro: 'generation',
  bioenergy: 'generation',
  chp: 'thermal',
  ev_charging: 'demand',
  heat_pump: 'demand',
  dsr: 'demand',
  other: 'demand',
};

/** SPUs apply for products only when their asset has at least this capacity. Smaller assets take part only through SPGs. */
export const MIN_SPU_CAPACITY_MW = 1;

/** An SPG contains at most this many assets of one FSP in one GSP group, so a larger set is split into near-equal SPGs. */
export const MAX_SPG_ASSETS = 250;

/** An FSP forms SPGs in a GSP group only when it has at least this many small assets there. */
export const MIN_SPG_ASSETS = 10;

/** Probability that a unit of each class applies for each product, before the regional rules below. */
export const APPLICATION_PROBABILITY: Readonly<Record<UnitClass, Readonly<Record<string, number>>>> = {
  storage: {
    'static-ffr': 0.08,
    'dynamic-containment': 0.45,
    'dynamic-moderation': 0.3,
    'dynamic-regulation': 0.3,
    'quick-reserve': 0.2,
    'slow-reserve': 0.12,
    'balancing-reserve': 0.25,
    'local-constraint-market': 0.3,
    'mw-dispatch': 0.1,
    'constraint-management-pathfinders': 0.03,
    'peak-reduction': 0.1,
    'scheduled-utilisation': 0.12,
    'operational-utilisation-2min': 0.06,
    'operational-utilisation-15min': 0.1,
    'sa-ou-day-ahead': 0.12,
    'va-ou-2min': 0.05,
    'va-ou-15min': 0.08,
    'va-ou-day-ahead': 0.08,
    'va-ou-week-ahead': 0.05,
  },
  generation: {
    'slow-reserve': 0.03,
    'local-constraint-market': 0.35,
    'mw-dispatch': 0.2,
    'constraint-management-pathfinders': 0.05,
    'scheduled-utilisation': 0.08,
    'operational-utilisation-15min': 0.05,
    'sa-ou-day-ahead': 0.08,
    'va-ou-15min': 0.05,
    'va-ou-day-ahead': 0.05,
  },
  thermal: {
    'static-ffr': 0.05,
    'quick-reserve': 0.1,
    'slow-reserve': 0.2,
    'balancing-reserve': 0.1,
    dfs: 0.05,
    'peak-reduction': 0.2,
    'scheduled-utilisation': 0.2,
    'operational-utilisation-15min': 0.1,
    'sa-ou-day-ahead': 0.15,
    'va-ou-15min': 0.1,
    'va-ou-day-ahead': 0.1,
  },
  demand: {
    'quick-reserve': 0.03,
    'slow-reserve': 0.05,
    dfs: 0.3,
    'peak-reduction': 0.25,
    'scheduled-utilisation': 0.2,
    'operational-utilisation-2min': 0.05,
    'operational-utilisation-15min': 0.1,
    'sa-ou-day-ahead': 0.15,
    'va-ou-15min': 0.1,
    'va-ou-week-ahead': 0.05,
  },
  aggregated: {
    'dynamic-containment': 0.05,
    'quick-reserve': 0.05,
    'balancing-reserve': 0.05,
    dfs: 0.7,
    'peak-reduction': 0.4,
    'scheduled-utilisation': 0.3,
    'operational-utilisation-2min': 0.05,
    'operational-utilisation-15min': 0.15,
    'sa-ou-day-ahead': 0.25,
    'va-ou-2min': 0.1,
    'va-ou-15min': 0.15,
    'va-ou-day-ahead': 0.1,
    'va-ou-week-ahead': 0.1,
  },
};

/**
 * Distribution network operator group of each GSP group, by the short name
 * the product catalogue uses in `procurer`.
 */
export const DSO_BY_GSP_GROUP: Readonly<Record<string, string>> = {
  _A: 'UKPN', _B: 'NGED', _C: 'UKPN', _D: 'SPEN', _E: 'NGED', _F: 'NPG', _G: 'ENWL',
  _H: 'SSEN', _J: 'UKPN', _K: 'NGED', _L: 'NGED', _M: 'NPG', _N: 'SPEN', _P: 'SSEN',
};

/** GSP groups where the sample offers the Local Constraint Market: the two Scottish groups, a simplification of where it is procured. */
const LOCAL_CONSTRAINT_MARKET_GROUPS = new Set(['_N', '_P']);

/** Key that stands for "no GSP group" in the table of offered products. */
export const NO_REGION_KEY = 'none';

/** A product a unit in a region may apply for, with its position among the in-scope products (0, 1, ...). */
export interface OfferedProduct {
  regionKey: string;
  productIndex: number;
  productId: string;
}

/** Returns the products in FMAR's scope, in catalogue order. A product's index in this list numbers it in draws. */
export function qualifyingProducts(): Product[] {
  return PRODUCTS.filter((product) => product.inFmarScope);
}

/**
 * Lists, for each GSP group and for units with no group, the in-scope
 * products on offer there: NESO's products everywhere (the Local Constraint
 * Market only in _N and _P), and a DSO's products only in its own groups.
 */
export function offeredProducts(): OfferedProduct[] {
  const regionKeys = [...GSP_GROUPS.map((group) => group.id), NO_REGION_KEY];
  return regionKeys.flatMap((regionKey) =>
    qualifyingProducts().flatMap((product, productIndex) =>
      isOffered(product, regionKey) ? [{ regionKey, productIndex, productId: product.id }] : [],
    ),
  );
}

function isOffered(product: Product, regionKey: string): boolean {
  if (product.id === 'local-constraint-market') return LOCAL_CONSTRAINT_MARKET_GROUPS.has(regionKey);
  if (product.procurer === 'NESO') return true;

  const dso = DSO_BY_GSP_GROUP[regionKey];
  if (dso === undefined) return false;
  const procurers = product.procurer.split(',').map((name) => name.trim());
  return procurers.includes(dso) || procurers.includes('All DSOs');
}

/** Delays and outcomes of an application, in days and shares. */
export const QUALIFICATION_TIMING = {
  /** An application follows the unit's registration by up to this many days, most of them soon after. */
  maxApplicationLeadDays: 540,
  /** A decision takes from min to max days after the application. */
  decisionDays: { min: 7, max: 90 },
  /** Qualification starts up to this many days after the decision. */
  maxStartLeadDays: 14,
  /** A qualification lasts from min to max days unless withdrawn sooner. */
  validityDays: { min: 730, max: 1826 },
} as const;

/** Outcome of a decided application, by relative weight. */
export const OUTCOME_WEIGHTS = { qualified: 78, failed: 12, withdrawn: 10 } as const;
