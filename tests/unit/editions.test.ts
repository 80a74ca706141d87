import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseEditionCommentary, setFrontMatterField } from '../../src/editions/front-matter.ts';
import { listFrozenEditions } from '../../src/editions/frozen-editions.ts';
import { newEdition } from '../../src/editions/new-edition.ts';
import { publishEdition } from '../../src/editions/publish-edition.ts';
import { parseReleaseCalendar, releaseDateByRule, upcomingReleases } from '../../src/editions/release-calendar.ts';
import { verifyFrozenEditions } from '../../src/editions/verify-frozen.ts';
import { checksumFolder, formatChecksums } from '../../src/open-data/checksums.ts';
import { temporaryFolder } from '../helpers/warehouse.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/vetted/', import.meta.url));

const DRAFT = `---
period: 2025-q3
release_date: 2025-11-13
status: draft # set by publish
lead_statistician: A. Statistician
contact: statistics@example.org
notes: []
---
## Main points

Capacity rose.
`;

let reportsDir: string;
let vettedDir: string;

beforeEach(() => {
  const folder = temporaryFolder('fmar-editions-');
  reportsDir = join(folder, 'reports');
  vettedDir = join(folder, 'vetted');
  cpSync(FIXTURE, vettedDir, { recursive: true });
  mkdirSync(join(reportsDir, '2025-q3'), { recursive: true });
  writeFileSync(join(reportsDir, '2025-q3', 'edition.md'), DRAFT);
});

describe('edition front matter', () => {
  it('parses fields and Markdown', () => {
    const { frontMatter, markdown } = parseEditionCommentary(DRAFT, 'edition.md');

    expect(frontMatter).toEqual({
      period: '2025-q3',
      release_date: '2025-11-13',
      status: 'draft',
      lead_statistician: 'A. Statistician',
      contact: 'statistics@example.org',
      notes: [],
    });
    expect(markdown).toBe('## Main points\n\nCapacity rose.\n');
  });

  it('names every invalid field', () => {
    const text = DRAFT.replace('statistics@example.org', 'not an email').replace('2025-11-13', '2025-02-30');
    expect(() => parseEditionCommentary(text, 'edition.md')).toThrow(/edition.md: invalid front matter:\n {2}release_date: expected a calendar date/);
    expect(() => parseEditionCommentary(text, 'edition.md')).toThrow(/contact: Invalid email/);
  });

  it('rejects a file without front matter', () => {
    expect(() => parseEditionCommentary('# Title\n', 'edition.md')).toThrow('edition.md: missing front matter');
  });

  it('sets a field and keeps comments', () => {
    const text = setFrontMatterField(DRAFT, 'edition.md', 'status', 'published');

    expect(text).toContain('status: published # set by publish');
    expect(text).toContain('lead_statistician: A. Statistician');
    expect(text.endsWith('## Main points\n\nCapacity rose.\n')).toBe(true);
  });
});

describe('release calendar', () => {
  it.each([
    ['2026-q3', '2026-11-12'],
    ['2026-q4', '2027-02-11'],
    ['2027-q1', '2027-05-13'],
    ['2027-q2', '2027-08-12'],
  ])('rule gives %s the date %s', (period, date) => {
    expect(releaseDateByRule(period)).toBe(date);
  });

  it('prefers the calendar file to the rule', () => {
    const calendar = parseReleaseCalendar('releases:\n  - period: 2026-q4\n    release_date: 2027-02-25\n', 'calendar.yaml');

    expect(upcomingReleases('2026-q3', calendar, 2)).toEqual([
      { period: '2026-q4', releaseDate: '2027-02-25', confirmed: true },
      { period: '2027-q1', releaseDate: '2027-05-13', confirmed: false },
    ]);
  });

  it('rejects a release before the quarter ends', () => {
    const text = 'releases:\n  - period: 2026-q4\n    release_date: 2026-12-01\n';
    expect(() => parseReleaseCalendar(text, 'calendar.yaml')).toThrow('calendar.yaml: 2026-q4 is released on 2026-12-01, before its quarter ends on 2026-12-31');
  });
});

describe('new-edition', () => {
  it('scaffolds the next quarter as a draft', () => {
    const result = newEdition({ reportsDir });
    const written = parseEditionCommentary(readFileSync(result.file, 'utf8'), result.file);

    expect(result.edition).toBe('2025-q4');
    expect(written.frontMatter).toMatchObject({ period: '2025-q4', status: 'draft', release_date: '2026-02-12', contact: 'statistics@example.org' });
    expect(result.confirmedDate).toBe(false);
  });

  it('takes the date from the release calendar', () => {
    writeFileSync(join(reportsDir, 'release-calendar.yaml'), 'releases:\n  - period: 2026-q1\n    release_date: 2026-05-21\n');
    const result = newEdition({ reportsDir, edition: '2026-q1' });

    expect(result.frontMatter.release_date).toBe('2026-05-21');
    expect(result.confirmedDate).toBe(true);
  });

  it('rejects an edition that exists', () => {
    expect(() => newEdition({ reportsDir, edition: '2025-q3' })).toThrow(/2025-q3\/edition.md already exists/);
  });

  it('needs a contact for the first edition', () => {
    expect(() => newEdition({ reportsDir: join(reportsDir, '..', 'empty'), edition: '2025-q1' })).toThrow(/give --lead-statistician NAME and --contact EMAIL/);
  });
});

describe('publish', () => {
  it('freezes the files and sets the status', () => {
    const result = publishEdition({ reportsDir, vettedDir, edition: '2025-q3' });
    const frozen = listFrozenEditions(reportsDir);

    expect(result.changed).toBe(true);
    expect(frozen.map((edition) => edition.id)).toEqual(['2025-q3']);
    expect(readFileSync(join(reportsDir, '2025-q3', 'data', 'capacity-by-technology.parquet')).equals(readFileSync(join(vettedDir, '2025-q3', 'capacity-by-technology.parquet')))).toBe(true);
    expect(readFileSync(join(reportsDir, '2025-q3', 'edition.md'), 'utf8')).toContain('status: published');
  });

  it('accepts the same files again', () => {
    publishEdition({ reportsDir, vettedDir, edition: '2025-q3' });
    expect(publishEdition({ reportsDir, vettedDir, edition: '2025-q3' }).changed).toBe(false);
  });

  it('rejects different files over a frozen copy', () => {
    publishEdition({ reportsDir, vettedDir, edition: '2025-q3' });
    const built = join(vettedDir, '2025-q3');
    writeFileSync(join(built, 'capacity-by-technology.parquet'), 'changed');
    writeFileSync(join(built, 'SHA256SUMS'), formatChecksums(checksumFolder(built)));

    expect(() => publishEdition({ reportsDir, vettedDir, edition: '2025-q3' })).toThrow(/already frozen .* with other files .*a published edition cannot change/);
  });

  it('rejects revisions against an unpublished edition', () => {
    writeFileSync(join(reportsDir, '2025-q3', 'edition.md'), DRAFT);
    mkdirSync(join(reportsDir, '2025-q4'));
    writeFileSync(join(reportsDir, '2025-q4', 'edition.md'), DRAFT.replace('2025-q3', '2025-q4'));

    expect(() => publishEdition({ reportsDir, vettedDir, edition: '2025-q4' })).toThrow(
      'The built edition 2025-q4 marks revisions against 2025-q3, but the latest published edition before it is none; rebuild it',
    );
  });

  it('rejects the placeholders of new-edition', () => {
    const { file } = newEdition({ reportsDir, edition: '2025-q4' });
    // Publish 2025-q3 first, so that 2025-q4 fails on nothing but its placeholders.
    publishEdition({ reportsDir, vettedDir, edition: '2025-q3' });
    const lines = readFileSync(file, 'utf8').split('\n');
    const expected = lines.flatMap((line, index) => (line.startsWith('TODO:') ? [`${file}:${index + 1}: ${line}`] : []));

    expect(expected).toHaveLength(2);
    const publish = () => publishEdition({ reportsDir, vettedDir, edition: '2025-q4' });
    expect(publish).toThrow('The commentary of 2025-q4 still has 2 placeholder lines starting "TODO:"');
    for (const location of expected) expect(publish).toThrow(location);
    expect(readFileSync(file, 'utf8')).toContain('status: draft');
    expect(listFrozenEditions(reportsDir).map((edition) => edition.id)).toEqual(['2025-q3']);
  });

  it('publishes once the placeholders are replaced', () => {
    publishEdition({ reportsDir, vettedDir, edition: '2025-q3' });
    const { file } = newEdition({ reportsDir, edition: '2025-q4' });
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/^TODO: .*$/gm, 'Battery capacity rose in every GSP group.'));

    expect(publishEdition({ reportsDir, vettedDir, edition: '2025-q4' }).changed).toBe(true);
  });

  it('leaves a tampered frozen copy to verify', () => {
    publishEdition({ reportsDir, vettedDir, edition: '2025-q3' });
    const csv = join(reportsDir, '2025-q3', 'data', 'bess-by-gsp-group.csv');
    writeFileSync(csv, readFileSync(csv, 'utf8').replace('57', '58'));

    const [check] = verifyFrozenEditions(reportsDir);
    expect(check.problems).toHaveLength(1);
    expect(check.problems[0]).toMatch(/bess-by-gsp-group.csv has SHA-256 [0-9a-f]{64}, but SHA256SUMS lists/);
    expect(() => listFrozenEditions(reportsDir)).toThrow('The frozen data of published edition 2025-q3 does not match its checksums');
  });

  it('rejects a published edition set back to draft', () => {
    publishEdition({ reportsDir, vettedDir, edition: '2025-q3' });
    const file = join(reportsDir, '2025-q3', 'edition.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('status: published', 'status: draft'));
    const message = `Edition 2025-q3 has status draft in ${file}, but its frozen data ${join(reportsDir, '2025-q3', 'data')} shows it was published.`;

    expect(() => listFrozenEditions(reportsDir)).toThrow(message);
    const checks = verifyFrozenEditions(reportsDir);
    expect(checks).toHaveLength(1);
    expect(checks[0].problems[0]).toContain(message);
  });
});
