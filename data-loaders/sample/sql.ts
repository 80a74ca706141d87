/** Small builders of SQL text for the sample generator. */

/** A value with its relative weight. Weights need not sum to 1. */
export interface Weighted<T> {
  value: T;
  weight: number;
}

/** Returns a SQL string literal, doubling any single quote. */
export function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** Returns a SQL literal for a string or a finite number. */
export function sqlLiteral(value: string | number): string {
  if (typeof value === 'string') return sqlString(value);
  if (!Number.isFinite(value)) throw new Error(`Cannot write ${value} as a SQL literal: expected a finite number`);
  return String(value);
}

/** Returns a SQL list literal, such as ['CB', 'IP']. */
export function sqlList(values: readonly (string | number)[]): string {
  return `[${values.map(sqlLiteral).join(', ')}]`;
}

/**
 * Returns a CASE expression that maps a uniform draw in [0, 1) to one of the
 * values, each chosen with probability proportional to its weight.
 *
 * `draw` should name a column rather than repeat a hash, because the CASE
 * compares it once for each value. Values of weight 0 are never chosen.
 * Throws when no value has a positive weight.
 */
export function pickWeighted(draw: string, choices: readonly Weighted<string | number>[]): string {
  const positive = choices.filter((choice) => choice.weight > 0);
  if (positive.length === 0) throw new Error('Cannot pick from choices that all have weight 0');

  if (positive.length === 1) return sqlLiteral(positive[0].value);

  const total = positive.reduce((sum, choice) => sum + choice.weight, 0);
  let cumulative = 0;
  const branches = positive.slice(0, -1).map((choice) => {
    cumulative += choice.weight;
    return `WHEN ${draw} < ${cumulative / total} THEN ${sqlLiteral(choice.value)}`;
  });

  const last = positive[positive.length - 1];
  return `CASE ${branches.join(' ')} ELSE ${sqlLiteral(last.value)} END`;
}

/**
 * Returns a CASE expression that chooses an expression by the value of a key
 * column, with `otherwise` for keys not listed (NULL unless given).
 */
export function caseByKey(key: string, expressions: ReadonlyMap<string, string>, otherwise = 'NULL'): string {
  const branches = [...expressions].map(([value, expression]) => `WHEN ${sqlString(value)} THEN ${expression}`);
  return `CASE ${key} ${branches.join(' ')} ELSE ${otherwise} END`;
}

/** Converts a record of weights into a list of weighted values, keeping the key order. */
export function weightsOf<K extends string>(weights: Readonly<Partial<Record<K, number>>>): Weighted<K>[] {
  return (Object.entries(weights) as [K, number][]).map(([value, weight]) => ({ value, weight }));
}
