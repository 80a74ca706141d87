/**
 * Most rows the SQL box shows of a result. The rest is cancelled in the
 * engine, so a large result neither fills the page nor the browser's memory.
 */
export const MAX_SQL_ROWS = 1000;
