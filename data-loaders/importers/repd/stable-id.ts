import { createHash } from 'node:crypto';

/**
 * Returns `PREFIX-` followed by the first 12 hex digits (48 bits) of the
 * SHA-256 of `key`. The id depends on the key alone, so a record keeps its
 * id when other records come and go between extracts. Callers that mint ids
 * for many keys check them with `assertDistinctIds`.
 */
export function stableId(prefix: string, key: string): string {
  return `${prefix}-${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;
}

/** Throws when two different keys were given the same id. */
export function assertDistinctIds(idByKey: ReadonlyMap<string, string>): void {
  const keyById = new Map<string, string>();
  for (const [key, id] of idByKey) {
    const other = keyById.get(id);
    if (other !== undefined) throw new Error(`Keys "${other}" and "${key}" both hash to the id ${id}`);
    keyById.set(id, key);
  }
}

/** Orders strings by UTF-16 code units, which gives the same order on every machine and locale. */
export function compareText(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}
