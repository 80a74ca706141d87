/** Escapes text for an XML element or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** Returns an ISO date as an RFC 3339 date-time at midnight UTC, which Atom and sitemaps accept. */
export function midnightUtc(isoDate: string): string {
  return `${isoDate}T00:00:00Z`;
}
