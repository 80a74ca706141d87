/** Quoting of names and values for SQL that the explore page writes itself. */

/** Quotes an identifier for DuckDB: "name", with inner double quotes doubled. */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Quotes a string literal for DuckDB: 'text', with inner single quotes doubled. */
export function quoteString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
