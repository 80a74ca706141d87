/**
 * What the disclosure-control engine protects: the cells of every table of an
 * edition that derive from one measure, the identities that link them, and
 * the sensitive quantities an attacker could derive from them.
 */

/** Frequency cells count units (assets, FSPs); magnitude cells sum a quantity (MW). */
export type MeasureKind = 'frequency' | 'magnitude';

/** Contributor statistics of one cell, by enterprise group. */
export interface ContributorStatistics {
  /** Distinct enterprise groups with a non-zero contribution. */
  contributors: number;
  /** The largest contributions by enterprise group, in descending order, at most three. */
  largest: number[];
}

/** One published cell of a table. */
export interface Cell extends ContributorStatistics {
  /** Unique within the edition; cells with one key in two tables are one cell. */
  key: string;
  measure: string;
  kind: MeasureKind;
  value: number;
}

/** A linear identity the published cells satisfy: total = sum of parts. */
export interface Additivity {
  total: string;
  parts: string[];
}

/**
 * A sensitive quantity that is never published but follows from published
 * cells, such as the change in a stock between two quarters (later - earlier).
 */
export interface DerivedCell extends ContributorStatistics {
  key: string;
  measure: string;
  kind: MeasureKind;
  value: number;
  terms: { key: string; coefficient: number }[];
}

/** An order the attacker may assume between two cells: lower <= upper. */
export interface Ordering {
  lower: string;
  upper: string;
}

export interface ProtectionProblem {
  cells: Cell[];
  additivities: Additivity[];
  derived: DerivedCell[];
  orderings: Ordering[];
  /**
   * Cells an earlier edition published at the value they have now. The
   * attacker has their values, so withholding them protects nothing: they are
   * never chosen as complementary cells.
   */
  knownFromEarlierEditions?: string[];
  /** Cells an earlier edition withheld, unrevised since: they stay withheld. */
  withheldInEarlierEditions?: string[];
}

/** Why a cell is withheld: a primary rule or secondary suppression. */
export type SuppressionReason = 'threshold' | 'p_percent' | 'dominance' | 'secondary';

/** Sensitivity of one cell or derived quantity under the primary rules. */
export interface ProtectionLevels {
  /** How far below the true value the attacker's feasibility interval must reach. */
  lower: number;
  /** How far above the true value the attacker's feasibility interval must reach. */
  upper: number;
}

/** The audit of one primary-sensitive cell or sensitive derived quantity. */
export interface AuditEntry {
  key: string;
  measure: string;
  /** True for a derived quantity, such as a change between quarters, that is never published. */
  derived: boolean;
  /** The first primary rule that found the item sensitive. */
  rule: Exclude<SuppressionReason, 'secondary'>;
  value: number;
  /** Required protection below and above the value. */
  protection: ProtectionLevels;
  /**
   * Feasibility interval [min, max] from the attacker's linear programs,
   * over the outsider and every single-contributor attacker. For a passed
   * entry it comes from the smallest model that passed, which treats some
   * withheld cells as known, so the exact interval contains it. max is
   * Infinity when unbounded.
   */
  interval: [number, number];
  /** Whether min <= value - lower and max >= value + upper, within a small tolerance. */
  passed: boolean;
}

/** Information loss of one measure: what share of its cells and their value is withheld. */
export interface InformationLoss {
  measure: string;
  cells: number;
  suppressedCells: number;
  /** suppressedCells / cells, 0 when there are no cells. */
  cellShare: number;
  /** Sum of the values of all cells of the measure, totals and margins included. */
  totalValue: number;
  suppressedValue: number;
  /** suppressedValue / totalValue, 0 when the total value is 0. */
  valueShare: number;
}

/** Outcome of protecting an edition: the withheld cells, with the audit that proves them enough. */
export interface ProtectionResult {
  /** Every withheld cell key, with the first rule that withheld it. */
  suppressed: Map<string, SuppressionReason>;
  counts: Record<SuppressionReason, number>;
  /** One entry per primary-sensitive cell and sensitive derived quantity; every entry passed. */
  audit: AuditEntry[];
  informationLoss: InformationLoss[];
  /**
   * Sensitive items that an earlier edition had already published at their
   * present values: they stay published, unprotected, and are listed for the publisher.
   */
  disclosedEarlier: string[];
}
