/**
 * The shorthands of withheld and revised cells, as the explore page's
 * browser code writes them. They equal CONFIDENTIAL and REVISED in
 * src/vetted/format.ts, which the browser cannot import because that module
 * loads zod; a unit test keeps them equal.
 */
export const WITHHELD_MARK = '[c]';

/** The shorthand of a figure revised since the previous published edition. */
export const REVISED_MARK = '[r]';
