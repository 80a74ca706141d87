/**
 * Messages of DuckDB errors as the SQL box shows them. DuckDB-WASM 1.32
 * reports some errors of a streamed query, parser errors among them, as
 * DuckDB's JSON error object instead of its usual text.
 */

/**
 * Returns DuckDB's error message in its usual text form, "Parser Error:
 * syntax error at or near …", whether it arrived as that text or as the
 * JSON object with `exception_type` and `exception_message`.
 */
export function readDuckDBMessage(message: string): string {
  if (!message.startsWith('{')) return message;

  try {
    const parsed = JSON.parse(message) as { exception_type?: unknown; exception_message?: unknown };
    if (typeof parsed.exception_type === 'string' && typeof parsed.exception_message === 'string') {
      return `${parsed.exception_type} Error: ${parsed.exception_message}`;
    }
  } catch {
    // Not JSON after all, so the message is shown as it came.
  }
  return message;
}
