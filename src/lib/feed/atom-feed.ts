/**
 * The Atom feed (RFC 4287) of the editions: one entry per edition, newest
 * first, dated by its release date, so the feed never depends on when the
 * site was built.
 */
import type { ReleaseCalendar } from '../../editions/release-calendar.ts';
import { PUBLICATION_NAME, editionTitle } from '../editions/edition-title.ts';
import { editionRelease } from '../editions/release.ts';
import { formatIsoDate } from '../format/dates.ts';
import type { VettedEdition } from '../vetted/published-dataset.ts';
import { escapeXml, midnightUtc } from './xml.ts';

export interface FeedInput {
  /** Oldest first, as the vetted folder lists them. */
  editions: readonly VettedEdition[];
  calendar: ReleaseCalendar | undefined;
  /** Public address of the site, with a trailing slash. */
  siteUrl: string;
  /** Returns the absolute address of a root-relative path. */
  absolute: (path: string) => string;
  editionPath: (id: string) => string;
}

/** Builds the text of the Atom feed. Its updated date is the latest release date of any edition. */
export function buildAtomFeed(input: FeedInput): string {
  const entries = [...input.editions].reverse().map((edition) => ({ edition, release: editionRelease(edition, input.calendar) }));
  const updated = entries.map((entry) => entry.release.releaseDate).sort().at(-1);

  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-GB">',
    `  <id>${escapeXml(input.siteUrl)}</id>`,
    `  <title>${escapeXml(PUBLICATION_NAME)}</title>`,
    '  <subtitle>Quarterly statistics on the GB flexibility market from the Flexibility Market Asset Register.</subtitle>',
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(input.absolute('/feed.xml'))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(input.siteUrl)}"/>`,
    ...(updated ? [`  <updated>${midnightUtc(updated)}</updated>`] : []),
    '  <author><name>Elexon</name></author>',
    '  <rights>Open Government Licence v3.0</rights>',
  ];

  for (const { edition, release } of entries) {
    const href = input.absolute(input.editionPath(edition.id));
    const draft = release.status === 'draft' ? ' (draft)' : '';
    const summary = edition.commentary?.frontMatter.summary ?? `Flexible assets, registered capacity and qualified providers in Great Britain at ${formatIsoDate(edition.manifest.periodEnd)}.`;
    lines.push(
      '  <entry>',
      `    <id>${escapeXml(href)}</id>`,
      `    <title>${escapeXml(`${editionTitle(edition.id)}${draft}`)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(href)}"/>`,
      `    <published>${midnightUtc(release.releaseDate)}</published>`,
      `    <updated>${midnightUtc(release.releaseDate)}</updated>`,
      `    <summary>${escapeXml(summary)}</summary>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
