/** Environment variables through which the global setup hands the built site to the test workers. */
export const SITE_ORIGIN_VARIABLE = 'FMAR_E2E_ORIGIN';
export const SITE_DIR_VARIABLE = 'FMAR_E2E_SITE_DIR';
