/** The sitemap of every page at /sitemap.xml, with FMAR_SITE_URL as the address of the site. */
import type { APIRoute } from 'astro';
import { editionRelease } from '../lib/editions/release.ts';
import { explorePath } from '../lib/explore/explore-paths.ts';
import { buildSitemap } from '../lib/feed/sitemap.ts';
import {
  absoluteUrl,
  dataDictionaryPath,
  definitionsPath,
  editionPath,
  editionsPath,
  homePath,
  openDataPath,
  policyPath,
} from '../lib/paths/site-paths.ts';
import { loadSiteData } from '../lib/site-input/site-data.ts';

export const GET: APIRoute = () => {
  const { editions, calendar, siteUrl } = loadSiteData();
  const page = (path: string, lastModified?: string) => ({ href: absoluteUrl(siteUrl, path), lastModified });

  const pages = [
    page(homePath()),
    page(editionsPath()),
    ...[...editions].reverse().flatMap((edition) => {
      const { releaseDate } = editionRelease(edition, calendar);
      return [page(editionPath(edition.id), releaseDate), page(explorePath(edition.id), releaseDate)];
    }),
    page(openDataPath()),
    page(dataDictionaryPath()),
    page(policyPath()),
    page(definitionsPath()),
  ];
  return new Response(buildSitemap(pages), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
