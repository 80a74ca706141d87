import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { listFixtureEditions } from './support/fixture-site.ts';
import { expect, test } from './support/site-test.ts';

/** Returns the number of revised figures the fixture's manifest counts for an edition. */
function revisedIn(edition: string): number {
  return listFixtureEditions().find((candidate) => candidate.id === edition)!.revised;
}

test('edition page shows draft status and commentary', async ({ page }) => {
  await page.goto('/editions/2025-q4/');

  await expect(page.locator('.inset--draft')).toContainText('Draft. This edition is not published yet');
  await expect(page.locator('.edition-facts')).toContainText('12 February 2026');
  await expect(page.locator('.edition-facts')).toContainText('Alex Example');
  await expect(page.locator('#commentary h3').first()).toHaveText('This quarter');
});

test('published edition shows no draft notice', async ({ page }) => {
  await page.goto('/editions/2025-q3/');

  await expect(page.locator('.inset--draft')).toHaveCount(0);
  await expect(page.locator('.edition-facts')).toContainText('Released');
  await expect(page.locator('#commentary')).toContainText('Figures for earlier quarters may be revised');
});

test('revisions table lists the revised figures', async ({ page }) => {
  await page.goto('/editions/2025-q4/');

  const rows = page.locator('#revisions-table tbody tr');
  await expect(rows).toHaveCount(revisedIn('2025-q4'));
  await expect(rows.first()).toContainText('Solar PV');
  await expect(rows.first()).toContainText('1,989');
  await expect(rows.first()).toContainText('1,992');
  await expect(page.locator('#revisions-table')).not.toContainText('Peak Reduction');
});

test('revised cells read [r] in the tables', async ({ page }) => {
  await page.goto('/editions/2025-q4/');

  const solar = page.locator('table#capacity-by-technology-registered_capacity_mw-table tr[data-member="solar_pv"] td');
  await expect(solar.nth(3)).toHaveText('1,548.7 [r]');
  await expect(page.locator('td.revised')).toHaveCount(revisedIn('2025-q4'));
});

test('datasets link to the previous edition', async ({ page }) => {
  await page.goto('/editions/2025-q4/');

  const section = page.locator('section#capacity-by-technology');
  await expect(section.getByRole('link', { name: /in the previous edition \(July to September 2025\)/ })).toHaveAttribute(
    'href',
    '/editions/2025-q3/#capacity-by-technology',
  );
  await expect(section.locator('a[href="/data/2025-q4/capacity-by-technology.parquet"]')).toBeVisible();
});

test('every chart links to its data', async ({ page }) => {
  await page.goto('/editions/2025-q4/');

  const charts = page.locator('figure.chart');
  const count = await charts.count();
  expect(count).toBeGreaterThan(0);
  for (let index = 0; index < count; index++) {
    await expect(charts.nth(index).locator('.chart__data a[href$=".csv"]')).toHaveCount(1);
  }
});

test('archive lists every edition with status', async ({ page }) => {
  await page.goto('/editions/');

  for (const edition of listFixtureEditions()) {
    await expect(page.locator(`#editions-table tr[data-edition="${edition.id}"]`)).toHaveCount(1);
  }
  await expect(page.locator('#editions-table tr[data-edition="2025-q3"]')).toContainText('Published');
  await expect(page.locator('#editions-table tr[data-edition="2025-q4"]')).toContainText('Draft');
});

test('home page shows the release calendar', async ({ page }) => {
  await page.goto('/');

  const first = page.locator('#release-calendar tbody tr').first();
  await expect(first).toContainText('January to March 2026');
  await expect(first).toContainText('21 May 2026');
  await expect(first).toContainText('Confirmed');
  await expect(page.locator('#release-calendar tbody tr').nth(1)).toContainText('Provisional');
});

test('feed parses and lists every edition', async ({ request }) => {
  const response = await request.get('/feed.xml');
  const text = await response.text();

  expect(response.status()).toBe(200);
  expect(XMLValidator.validate(text)).toBe(true);
  const feed = new XMLParser().parse(text).feed;
  expect(feed.entry).toHaveLength(listFixtureEditions().length);
  expect(feed.updated).toBe('2026-02-12T00:00:00Z');
});

test('sitemap parses and lists the pages', async ({ request }) => {
  const text = await (await request.get('/sitemap.xml')).text();

  expect(XMLValidator.validate(text)).toBe(true);
  const urls: string[] = new XMLParser().parse(text).urlset.url.map((url: { loc: string }) => url.loc);
  expect(urls.map((url) => new URL(url).pathname)).toContain('/open-data/');
  expect(urls.map((url) => new URL(url).pathname)).toContain('/editions/2025-q3/');
});

test('open data files are served for every edition', async ({ request }) => {
  for (const folder of [...listFixtureEditions().map((edition) => edition.id), 'latest']) {
    for (const name of ['datapackage.json', 'csv-metadata.json', 'SHA256SUMS', 'capacity-by-technology.parquet']) {
      const response = await request.get(`/data/${folder}/${name}`);
      expect(response.status(), `/data/${folder}/${name}`).toBe(200);
    }
  }
});
