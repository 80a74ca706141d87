/**
 * The address of the explore page as the record of what it shows: the
 * form's question and the SQL box's last statement live in the query string,
 * so a view can be shared and reopened.
 */

/** Query-string parameter that contains the SQL box's statement. */
export const SQL_PARAMETER = 'sql';

/** Returns the query-string parameters of the current address. */
export function readAddress(): URLSearchParams {
  return new URLSearchParams(window.location.search);
}

/**
 * Replaces the address's query string with the form's parameters and the
 * SQL statement, if any, without adding a history entry for every change.
 */
export function writeAddress(formParameters: URLSearchParams, sql: string | undefined): void {
  const params = new URLSearchParams(formParameters);
  if (sql) params.set(SQL_PARAMETER, sql);

  const url = new URL(window.location.href);
  url.search = params.toString();
  window.history.replaceState(null, '', url);
}
