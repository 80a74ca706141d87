/**
 * The product catalogue: every GB flexibility sub-market and its procurer,
 * after Elexon's FMAR markets scope table (version 1.0, 31 July 2025,
 * CC BY 4.0, attribute Elexon). `inFmarScope` marks the products that FMAR
 * serves for qualification at its 2027 go-live.
 */

export interface Product {
  id: string;
  name: string;
  procurer: string;
  serviceFamily: string;
  inFmarScope: boolean;
}

export const PRODUCTS: readonly Product[] = [
  { id: 'static-ffr', name: 'Static FFR', procurer: 'NESO', serviceFamily: 'Response', inFmarScope: true },
  { id: 'dynamic-containment', name: 'Dynamic Containment', procurer: 'NESO', serviceFamily: 'Response', inFmarScope: true },
  { id: 'dynamic-moderation', name: 'Dynamic Moderation', procurer: 'NESO', serviceFamily: 'Response', inFmarScope: true },
  { id: 'dynamic-regulation', name: 'Dynamic Regulation', procurer: 'NESO', serviceFamily: 'Response', inFmarScope: true },
  { id: 'stor', name: 'STOR', procurer: 'NESO', serviceFamily: 'Reserve', inFmarScope: false },
  { id: 'fast-reserve', name: 'Fast Reserve', procurer: 'NESO', serviceFamily: 'Reserve', inFmarScope: false },
  { id: 'quick-reserve', name: 'Quick Reserve', procurer: 'NESO', serviceFamily: 'Reserve', inFmarScope: true },
  { id: 'slow-reserve', name: 'Slow Reserve', procurer: 'NESO', serviceFamily: 'Reserve', inFmarScope: true },
  { id: 'balancing-reserve', name: 'Balancing Reserve', procurer: 'NESO', serviceFamily: 'Reserve', inFmarScope: true },
  { id: 'local-constraint-market', name: 'Local Constraint Market', procurer: 'NESO', serviceFamily: 'Constraint management', inFmarScope: true },
  { id: 'mw-dispatch', name: 'MW Dispatch', procurer: 'NESO', serviceFamily: 'Constraint management', inFmarScope: true },
  { id: 'dfs', name: 'Demand Flexibility Service (DFS)', procurer: 'NESO', serviceFamily: 'Constraint management', inFmarScope: true },
  { id: 'constraint-management-pathfinders', name: 'Constraint Management Pathfinders', procurer: 'NESO', serviceFamily: 'Constraint management', inFmarScope: true },
  { id: 'orps', name: 'Obligatory Reactive Power Service', procurer: 'NESO', serviceFamily: 'Reactive', inFmarScope: false },
  { id: 'voltage-network-services', name: 'Voltage Network Services Procurement', procurer: 'NESO', serviceFamily: 'Reactive', inFmarScope: false },
  { id: 'stability', name: 'Stability Markets', procurer: 'NESO', serviceFamily: 'Stability', inFmarScope: false },
  { id: 'balancing-mechanism', name: 'Balancing Mechanism', procurer: 'NESO', serviceFamily: 'Balancing Mechanism', inFmarScope: false },
  { id: 'peak-reduction', name: 'Peak Reduction', procurer: 'ENWL', serviceFamily: 'Peak Reduction', inFmarScope: true },
  { id: 'scheduled-utilisation', name: 'Scheduled Utilisation (settlement period)', procurer: 'UKPN, NPG, NGED, SSEN, SPEN', serviceFamily: 'Scheduled Utilisation', inFmarScope: true },
  { id: 'operational-utilisation-2min', name: 'Operational Utilisation (2 min)', procurer: 'SSEN', serviceFamily: 'Operational Utilisation', inFmarScope: true },
  { id: 'operational-utilisation-15min', name: 'Operational Utilisation (15 min)', procurer: 'ENWL, NGED, SSEN', serviceFamily: 'Operational Utilisation', inFmarScope: true },
  { id: 'sa-ou-day-ahead', name: 'Scheduled Availability + Operational Utilisation (day ahead)', procurer: 'UKPN, NGED, SSEN, SPEN', serviceFamily: 'Scheduled Availability + Operational Utilisation', inFmarScope: true },
  { id: 'va-ou-2min', name: 'Variable Availability + Operational Utilisation (2 min)', procurer: 'ENWL', serviceFamily: 'Variable Availability + Operational Utilisation', inFmarScope: true },
  { id: 'va-ou-15min', name: 'Variable Availability + Operational Utilisation (15 min)', procurer: 'ENWL', serviceFamily: 'Variable Availability + Operational Utilisation', inFmarScope: true },
  { id: 'va-ou-day-ahead', name: 'Variable Availability + Operational Utilisation (day ahead)', procurer: 'SSEN', serviceFamily: 'Variable Availability + Operational Utilisation', inFmarScope: true },
  { id: 'va-ou-week-ahead', name: 'Variable Availability + Operational Utilisation (week ahead)', procurer: 'SSEN', serviceFamily: 'Variable Availability + Operational Utilisation', inFmarScope: true },
  { id: 'anm', name: 'Active Network Management (ANM)', procurer: 'All DSOs', serviceFamily: 'Variable Availability + Operational Utilisation', inFmarScope: false },
  { id: 'capacity-market', name: 'Capacity Market', procurer: 'DESNZ', serviceFamily: 'Capacity', inFmarScope: false },
  { id: 'wholesale', name: 'Wholesale market', procurer: 'BSC parties', serviceFamily: 'Wholesale', inFmarScope: false },
];

/** Id and name of the row that counts FSPs qualified for any product. */
export const ANY_PRODUCT = { id: 'all', name: 'Any product' } as const;

/** Returns the product with this id, or undefined when there is none. */
export function findProduct(id: string): Product | undefined {
  return PRODUCTS.find((product) => product.id === id);
}
