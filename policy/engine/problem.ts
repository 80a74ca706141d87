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
}

/** Why a cell is withheld: a primary rule or secondary suppression. */
export type SuppressionReason = 'threshold' | 'p_percent' | 'dominance' | 'secondary';
