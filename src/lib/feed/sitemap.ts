/** The sitemap (sitemaps.org protocol 0.9) of the site's pages. */
import { escapeXml } from './xml.ts';

/** A page of the sitemap: its absolute address, and the ISO date it last changed when known. */
export interface SitemapPage {
  href: string;
  lastModified?: string;
}

/** Builds the text of sitemap.xml, pages in the order given. */
export function buildSitemap(pages: readonly SitemapPage[]): string {
  const lines = ['<?xml version="1.0" encoding="utf-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'];
  for (const page of pages) {
    lines.push('  <url>', `    <loc>${escapeXml(page.href)}</loc>`);
    if (page.lastModified) lines.push(`    <lastmod>${page.lastModified}</lastmod>`);
    lines.push('  </url>');
  }
  lines.push('</urlset>', '');
  return lines.join('\n');
}
