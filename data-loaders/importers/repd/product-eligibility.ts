import { PRODUCTS, type Product } from '../../reference/index.ts';

/**
 * Which products a synthetic market unit may apply for. REPD has no data on
 * flexibility markets, so this is a plausible pattern, not a record.
 * Batteries take the fast response and reserve services, and dispatchable
 * generation takes reserve and DSO availability products. Variable
 * renewables take constraint management, and demand takes DFS and the DSO
 * demand products. Only products that FMAR serves for qualification
 * (inFmarScope) are listed.
 */
const PRODUCT_IDS_BY_CATEGORY: Readonly<Record<string, readonly string[]>> = {
  bess: [
    'static-ffr',
    'dynamic-containment',
    'dynamic-moderation',
    'dynamic-regulation',
    'quick-reserve',
    'slow-reserve',
    'balancing-reserve',
    'local-constraint-market',
    'scheduled-utilisation',
    'operational-utilisation-2min',
    'operational-utilisation-15min',
    'sa-ou-day-ahead',
    'va-ou-2min',
    'va-ou-15min',
  ],
  hydro: dispatchableGeneration(),
  bioenergy: dispatchableGeneration(),
  chp: dispatchableGeneration(),
  wind: variableGeneration(),
  solar_pv: variableGeneration(),
  heat_pump: demand(),
  ev_charging: demand(),
  dsr: demand(),
  other: ['slow-reserve', 'local-constraint-market', 'scheduled-utilisation', 'sa-ou-day-ahead'],
};

/** Distribution network operator of each GSP group, as the product catalogue names them in `procurer`. */
const DSO_BY_GSP_GROUP: Readonly<Record<string, string>> = {
  _A: 'UKPN',
  _B: 'NGED',
  _C: 'UKPN',
  _D: 'SPEN',
  _E: 'NGED',
  _F: 'NPG',
  _G: 'ENWL',
  _H: 'SSEN',
  _J: 'UKPN',
  _K: 'NGED',
  _L: 'NGED',
  _M: 'NPG',
  _N: 'SPEN',
  _P: 'SSEN',
};

const NATIONAL_PROCURER = 'NESO';

/**
 * Returns the products that a market unit of this category may apply for, in
 * catalogue order. A DSO product is offered only when every asset of the unit
 * lies in one GSP group whose DSO procures it, so units with an unallocated
 * asset, or spread over several DSOs, get the NESO products alone.
 */
export function eligibleProducts(categoryId: string, gspGroupIds: readonly (string | null)[]): Product[] {
  const productIds = new Set(PRODUCT_IDS_BY_CATEGORY[categoryId] ?? []);
  const dsos = new Set(gspGroupIds.map((groupId) => (groupId === null ? undefined : DSO_BY_GSP_GROUP[groupId])));
  const dso = dsos.size === 1 ? [...dsos][0] : undefined;

  return PRODUCTS.filter((product) => {
    if (!productIds.has(product.id)) return false;
    if (product.procurer === NATIONAL_PROCURER) return true;
    return dso !== undefined && procurers(product).includes(dso);
  });
}

/**
 * Throws when the eligibility table names a product that the catalogue lacks
 * or that FMAR does not serve, or a category without products.
 */
export function assertEligibilityTable(categoryIds: readonly string[]): void {
  for (const categoryId of categoryIds) {
    const productIds = PRODUCT_IDS_BY_CATEGORY[categoryId];
    if (productIds === undefined || productIds.length === 0) {
      throw new Error(`Asset category "${categoryId}" has no products in product-eligibility.ts`);
    }
    for (const productId of productIds) {
      const product = PRODUCTS.find((candidate) => candidate.id === productId);
      if (product === undefined) throw new Error(`Product "${productId}" for category "${categoryId}" is not in the product catalogue`);
      if (!product.inFmarScope) throw new Error(`Product "${productId}" for category "${categoryId}" is outside FMAR's qualification scope`);
    }
  }
}

function procurers(product: Product): string[] {
  return product.procurer.split(',').map((name) => name.trim());
}

function dispatchableGeneration(): string[] {
  return [
    'slow-reserve',
    'balancing-reserve',
    'local-constraint-market',
    'mw-dispatch',
    'scheduled-utilisation',
    'operational-utilisation-15min',
    'sa-ou-day-ahead',
    'va-ou-day-ahead',
    'va-ou-week-ahead',
  ];
}

function variableGeneration(): string[] {
  return [
    'local-constraint-market',
    'mw-dispatch',
    'constraint-management-pathfinders',
    'scheduled-utilisation',
    'va-ou-day-ahead',
    'va-ou-week-ahead',
  ];
}

function demand(): string[] {
  return ['dfs', 'peak-reduction', 'scheduled-utilisation', 'operational-utilisation-15min', 'va-ou-15min', 'sa-ou-day-ahead'];
}
