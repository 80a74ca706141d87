/**
 * Locations of the sample's assets: relative weights of the 14 GSP groups for
 * each asset category, and the number of GSPs in each group.
 *
 * The weights are invented to follow the broad pattern of GB: wind in
 * Scotland (_N, _P), solar in the south and east, hydro in the Highlands and
 * Wales, battery storage everywhere, household devices where people live.
 */

type GroupWeights = Readonly<Record<string, number>>;

/** Weights roughly proportional to the number of electricity customers in each licence area (millions, estimated). */
const CUSTOMERS: GroupWeights = {
  _A: 3.7, _B: 2.7, _C: 2.4, _D: 1.5, _E: 2.5, _F: 1.6, _G: 2.4,
  _H: 3.1, _J: 2.3, _K: 1.1, _L: 1.6, _M: 2.3, _N: 2.0, _P: 0.8,
};

/** Commercial and industrial sites: customers, leaning towards the industrial Midlands and North. */
const INDUSTRY: GroupWeights = {
  _A: 3.2, _B: 3.0, _C: 2.6, _D: 1.8, _E: 3.0, _F: 1.8, _G: 2.8,
  _H: 2.8, _J: 2.0, _K: 1.4, _L: 1.5, _M: 2.8, _N: 2.0, _P: 0.8,
};

/** Relative weight of each GSP group for the assets of each category. */
export const REGION_WEIGHTS_BY_CATEGORY: Readonly<Record<string, GroupWeights>> = {
  bess: {
    _A: 10, _B: 8, _C: 4, _D: 6, _E: 9, _F: 6, _G: 7,
    _H: 9, _J: 8, _K: 6, _L: 8, _M: 8, _N: 9, _P: 6,
  },
  solar_pv: {
    _A: 14, _B: 9, _C: 1, _D: 2, _E: 7, _F: 2, _G: 2,
    _H: 13, _J: 9, _K: 7, _L: 15, _M: 4, _N: 2, _P: 1,
  },
  wind: {
    _A: 5, _B: 3, _C: 0.1, _D: 5, _E: 1, _F: 6, _G: 3,
    _H: 1, _J: 2, _K: 6, _L: 4, _M: 5, _N: 24, _P: 28,
  },
  hydro: {
    _A: 0.3, _B: 0.5, _C: 0.1, _D: 8, _E: 0.5, _F: 2, _G: 4,
    _H: 0.5, _J: 0.3, _K: 8, _L: 4, _M: 1, _N: 14, _P: 45,
  },
  bioenergy: {
    _A: 12, _B: 10, _C: 2, _D: 4, _E: 8, _F: 5, _G: 5,
    _H: 7, _J: 6, _K: 4, _L: 9, _M: 8, _N: 5, _P: 4,
  },
  chp: INDUSTRY,
  dsr: INDUSTRY,
  other: INDUSTRY,
  ev_charging: {
    _A: 4.0, _B: 2.6, _C: 3.0, _D: 1.3, _E: 2.5, _F: 1.3, _G: 2.2,
    _H: 3.6, _J: 2.8, _K: 0.9, _L: 1.5, _M: 2.0, _N: 1.8, _P: 0.7,
  },
  heat_pump: {
    ...CUSTOMERS,
    _A: 3.8, _C: 1.6, _K: 1.3, _L: 2.0, _P: 1.4,
  },
};

/**
 * Number of GSPs in each GSP group, as in NESO's list of 338 GSP regions.
 * The sample's GSPs are synthetic, but each group has this many.
 */
export const GSP_COUNT_BY_GROUP: Readonly<Record<string, number>> = {
  _A: 20, _B: 14, _C: 18, _D: 13, _E: 16, _F: 20, _G: 19,
  _H: 21, _J: 12, _K: 11, _L: 10, _M: 21, _N: 80, _P: 63,
};

/**
 * Postcode areas of each GSP group, for plausible-looking synthetic
 * postcodes. An area may straddle two licence areas, but each is listed once.
 */
export const POSTCODE_AREAS_BY_GROUP: Readonly<Record<string, readonly string[]>> = {
  _A: ['CB', 'IP', 'NR', 'CO', 'CM', 'SG', 'LU', 'PE', 'AL', 'SS'],
  _B: ['NG', 'LE', 'DE', 'LN', 'NN', 'MK'],
  _C: ['E', 'N', 'SE', 'SW', 'W', 'NW', 'EC', 'WC'],
  _D: ['L', 'CH', 'LL', 'WA'],
  _E: ['B', 'CV', 'WV', 'WS', 'DY', 'ST', 'WR', 'HR', 'TF'],
  _F: ['NE', 'SR', 'DH', 'TS', 'DL'],
  _G: ['M', 'BL', 'PR', 'LA', 'CA', 'OL', 'WN', 'BB', 'SK'],
  _H: ['SO', 'PO', 'RG', 'OX', 'BH', 'SN', 'SL'],
  _J: ['BN', 'CT', 'ME', 'TN', 'RH', 'GU'],
  _K: ['CF', 'SA', 'NP', 'LD'],
  _L: ['EX', 'PL', 'TQ', 'TR', 'BS', 'TA', 'BA'],
  _M: ['LS', 'BD', 'HU', 'S', 'YO', 'HG', 'WF', 'DN', 'HD'],
  _N: ['EH', 'G', 'KA', 'ML', 'DG', 'TD', 'FK', 'PA'],
  _P: ['AB', 'IV', 'PH', 'KW', 'DD', 'HS', 'ZE'],
};
