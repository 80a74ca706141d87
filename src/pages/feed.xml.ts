/** The Atom feed of the editions at /feed.xml, dated by release dates, never by the build's clock. */
import type { APIRoute } from 'astro';
import { buildAtomFeed } from '../lib/feed/atom-feed.ts';
import { absoluteUrl, editionPath } from '../lib/paths/site-paths.ts';
import { loadSiteData } from '../lib/site-input/site-data.ts';

export const GET: APIRoute = () => {
  const { editions, calendar, siteUrl } = loadSiteData();
  const feed = buildAtomFeed({ editions, calendar, siteUrl, absolute: (path) => absoluteUrl(siteUrl, path), editionPath });
  return new Response(feed, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
