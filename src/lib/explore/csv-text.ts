/** CSV text as RFC 4180 writes it, for the downloads the browser makes. */

/** Writes rows of cells as CSV with CRLF line ends, quoting a cell that holds a comma, a quote or a line break. */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(quoteCell).join(',')).join('\r\n') + '\r\n';
}

function quoteCell(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}
