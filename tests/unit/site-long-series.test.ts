/**
 * The edition page of an edition whose series is long (81 quarters, as an
 * edition built from REPD has 473): the line charts and tables show the
 * latest quarters, the page states which, the chart descriptions stay short,
 * and the downloads keep every quarter. The edition comes from REPD and is
 * a draft with no published edition before it, so the page also shows its
 * source and the revisions wording of a draft.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../src/lib/build-site.ts';
import { PAGE_QUARTERS } from '../../src/lib/quarters/quarter-window.ts';
import { LONG_EDITION, LONG_QUARTERS, writeLongEdition } from '../helpers/long-edition.ts';
import { temporaryFolder } from '../helpers/warehouse.ts';

const scratch = temporaryFolder('fmar-long-series-');
let page: Document;

beforeAll(async () => {
  const vettedDir = join(scratch, 'vetted');
  await writeLongEdition(vettedDir, 'repd');
  await buildSite({ vettedDir, outDir: join(scratch, 'site') });
  page = parseHTML(readFileSync(join(scratch, 'site', 'editions', LONG_EDITION, 'index.html'), 'utf8')).document;
}, 300_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('edition page of a long series', () => {
  it('tabulates the latest quarters only', () => {
    const headers = [...page.querySelectorAll('#capacity-by-technology-assets-table thead th[data-quarter]')].map((cell) => cell.getAttribute('data-quarter'));

    expect(headers).toEqual(LONG_QUARTERS.slice(-PAGE_QUARTERS));
  });

  it('says which quarters it shows', () => {
    const note = page.querySelector('#capacity-by-technology .window-note')?.textContent?.replace(/\s+/g, ' ') ?? '';

    expect(note).toContain(`the latest ${PAGE_QUARTERS} quarters, from 30 June 2019 to 31 March 2024`);
    expect(note).toContain('The full series of 81 quarters, from 31 March 2004, is in the CSV, JSON and Parquet downloads');
  });

  it('charts the latest quarters only', () => {
    const chart = page.querySelector('#capacity-by-technology-by-quarter .chart__svg--wide svg');

    expect(chart).not.toBeNull();
    expect(chart?.textContent).not.toContain('2004');
    expect(chart?.textContent).not.toContain('2018');
    expect(chart?.textContent).toContain('2024');
  });

  it('keeps chart descriptions short', () => {
    const trend = page.querySelector('#capacity-by-technology-by-quarter-description')?.textContent ?? '';

    expect(trend).toContain('It shows the latest 20 quarters, 30 June 2019 to 31 March 2024, of a series that starts at 31 March 2004.');
    expect(trend).toContain('7 of the 20 figures are withheld [c] and leave gaps in the line.');
    expect(trend).toContain('The latest withheld figures are at 30 June 2022, 31 March 2023 and 31 December 2023.');
    for (const description of page.querySelectorAll('.chart__description')) {
      expect(description.textContent?.length ?? 0).toBeLessThan(500);
    }
  });

  it('keeps every quarter in the downloads', () => {
    const csv = readFileSync(join(scratch, 'site', 'data', LONG_EDITION, 'capacity-by-technology.csv'), 'utf8');
    const quarters = new Set(csv.split('\r\n').slice(1).filter(Boolean).map((line) => line.split(',')[0]));

    expect([...quarters]).toEqual(LONG_QUARTERS);
  });
});

describe('edition page source and revisions', () => {
  it('names REPD as the source', () => {
    const footer = page.querySelector('footer')?.textContent ?? '';
    const lead = page.querySelector('.lead')?.textContent?.replace(/\s+/g, ' ') ?? '';

    expect(footer).toContain('Source: Department for Energy Security and Net Zero, Renewable Energy Planning Database (REPD)');
    expect(footer).not.toContain('Elexon');
    expect(lead).toContain('from the Renewable Energy Planning Database (REPD) of the Department for Energy Security and Net Zero.');
    expect(page.querySelector('.source-caveat')?.textContent).toContain('synthetic qualifications');
  });

  it('words the revisions of a first draft', () => {
    const revisions = page.querySelector('#revisions')?.textContent?.replace(/\s+/g, ' ') ?? '';

    expect(revisions).toContain('No edition has been published before this draft');
    expect(revisions).not.toContain('first published edition');
  });
});

describe('other pages of a REPD edition', () => {
  const read = (path: string) => parseHTML(readFileSync(join(scratch, 'site', path, 'index.html'), 'utf8')).document;

  it('names REPD in the explore page footer', () => {
    const footer = read(`editions/${LONG_EDITION}/explore`).querySelector('footer')?.textContent ?? '';

    expect(footer).toContain('Renewable Energy Planning Database (REPD)');
    expect(footer).not.toContain('Elexon');
  });

  it('asks re-users to credit REPD', () => {
    const statement = read('open-data').querySelector('#licence + p + .inset')?.textContent ?? '';

    expect(statement).toContain('Renewable Energy Planning Database');
    expect(statement).not.toContain('Flexibility Market Asset Register');
  });
});
