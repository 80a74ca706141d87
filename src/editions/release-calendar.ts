/**
 * Release dates of editions. An edition is released on the date its front
 * matter gives. For editions not yet scaffolded, the date comes from the
 * release calendar file (reports/release-calendar.yaml), where the publisher
 * announces confirmed dates. Otherwise the release rule gives a provisional
 * date: the second Thursday of the second month after the quarter ends, so
 * 2026-q3, ending 30 September 2026, is due on 12 November 2026.
 */
import { parse } from 'yaml';
import { z } from 'zod';
import { parseQuarter, quarterEndIso, quarterFromIndex } from '../lib/quarters/quarter.ts';
import { EDITION_PATTERN } from '../vetted/format.ts';
import { isoDateSchema } from './iso-date.ts';

export const releaseCalendarSchema = z.strictObject({
  releases: z.array(
    z.strictObject({
      period: z.string().regex(EDITION_PATTERN, { message: 'expected a quarter written YYYY-qN, such as 2026-q3' }),
      release_date: isoDateSchema,
    }),
  ),
});

export type ReleaseCalendar = z.infer<typeof releaseCalendarSchema>;

/** A planned release: confirmed when the calendar file or the edition's front matter sets it, provisional when the rule does. */
export interface PlannedRelease {
  period: string;
  releaseDate: string;
  confirmed: boolean;
}

const THURSDAY = 4;

/** Returns the release date the rule gives a quarter: the second Thursday of the second month after it ends. */
export function releaseDateByRule(period: string): string {
  const quarter = parseQuarter(period);
  const month = quarter.number * 3 + 1;
  const first = new Date(Date.UTC(quarter.year, month, 1));
  const daysToThursday = (THURSDAY - first.getUTCDay() + 7) % 7;
  return new Date(Date.UTC(quarter.year, month, 1 + daysToThursday + 7)).toISOString().slice(0, 10);
}

/**
 * Parses the text of a release calendar file. Throws naming `source` when it
 * is invalid, lists a quarter twice, or releases a quarter before it ends.
 */
export function parseReleaseCalendar(text: string, source: string): ReleaseCalendar {
  let document: unknown;
  try {
    document = parse(text);
  } catch (error) {
    throw new Error(`${source}: invalid YAML (${(error as Error).message})`);
  }

  const result = releaseCalendarSchema.safeParse(document ?? { releases: [] });
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new Error(`${source}: invalid release calendar:\n  ${problems.join('\n  ')}`);
  }

  const seen = new Set<string>();
  for (const release of result.data.releases) {
    if (seen.has(release.period)) throw new Error(`${source}: ${release.period} is listed twice`);
    seen.add(release.period);
    if (release.release_date <= quarterEndIso(release.period)) {
      throw new Error(`${source}: ${release.period} is released on ${release.release_date}, before its quarter ends on ${quarterEndIso(release.period)}`);
    }
  }
  return result.data;
}

/** Returns the planned release of a quarter: the calendar's date when it lists the quarter, otherwise the rule's. */
export function plannedRelease(period: string, calendar: ReleaseCalendar | undefined): PlannedRelease {
  const listed = calendar?.releases.find((release) => release.period === period);
  if (listed) return { period, releaseDate: listed.release_date, confirmed: true };
  return { period, releaseDate: releaseDateByRule(period), confirmed: false };
}

/** Lists the planned releases of the `count` quarters after `latestPeriod`, oldest first. */
export function upcomingReleases(latestPeriod: string, calendar: ReleaseCalendar | undefined, count = 4): PlannedRelease[] {
  const start = parseQuarter(latestPeriod).index + 1;
  return Array.from({ length: count }, (_, offset) => plannedRelease(quarterFromIndex(start + offset).id, calendar));
}
