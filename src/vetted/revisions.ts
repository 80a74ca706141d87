/**
 * The rule for revisions between two editions of a dataset. A cell is
 * revised when the previous published edition and this edition both publish
 * a number for it and the numbers differ. A cell withheld ([c]) in either
 * edition is never a revision, so a revision never reveals a withheld value
 * or the size of its change. Cells are matched by quarter and member code.
 */

/** Returns whether a cell published as `previous` and now as `current` is revised. */
export function isRevision(previous: unknown, current: unknown): boolean {
  return typeof previous === 'number' && typeof current === 'number' && previous !== current;
}

/** Returns the key under which the cells of two editions are matched. */
export function revisionCellKey(quarter: string, memberId: string): string {
  return `${quarter}|${memberId}`;
}
