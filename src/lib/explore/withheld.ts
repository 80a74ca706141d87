/**
 * The shorthand of a withheld cell, as the explore page's browser code writes
 * it. It equals CONFIDENTIAL in src/vetted/format.ts, which the browser
 * cannot import because that module loads zod; a unit test keeps the two
 * equal.
 */
export const WITHHELD_MARK = '[c]';
