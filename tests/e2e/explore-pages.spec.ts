import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { explorePath, FIRST_ANSWER_TIMEOUT, openExplore, runSql } from './explore-page.ts';
import { listFixtureEditions, listSitePages } from './support/fixture-site.ts';
import { SITE_DIR_VARIABLE } from './support/site-env.ts';
import { expect, test } from './support/site-test.ts';

/** Names of the engine's files as the build writes them: DuckDB-WASM's module and worker. */
const ENGINE_FILE = /duckdb|\.wasm\b|worker/i;

async function expectNoAxeViolation(page: Page, context: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const violations = results.violations.map((violation) => ({ rule: violation.id, targets: violation.nodes.map((node) => node.target.join(' ')) }));
  expect(violations, context).toEqual([]);
}

test('report pages do not load the engine', async ({ page, requestedUrls }) => {
  const siteDir = process.env[SITE_DIR_VARIABLE]!;

  for (const { path } of listSitePages()) {
    await page.goto(path, { waitUntil: 'networkidle' });
    const html = readFileSync(join(siteDir, path, 'index.html'), 'utf8');
    expect(html, `${path} names no engine file`).not.toMatch(ENGINE_FILE);
  }
  expect(requestedUrls.filter((url) => ENGINE_FILE.test(url))).toEqual([]);
});

test('edition pages link their explore page', async ({ page }) => {
  for (const edition of listFixtureEditions()) {
    await page.goto(`/editions/${edition.id}/`);
    await expect(page.getByRole('link', { name: 'Explore the data' })).toHaveAttribute('href', explorePath(edition.id));
  }
});

test('every edition has an explore page that answers', async ({ page, requestedUrls }) => {
  for (const edition of listFixtureEditions()) {
    await page.goto(explorePath(edition.id));
    const status = page.locator('#explore-engine-message');
    await expect(status).toHaveAttribute('role', 'status');
    await expect(page.locator('#explore-engine-progress')).toHaveAccessibleName(/query engine|tables/);
    await expect(status).toHaveText('The query engine is ready.', { timeout: FIRST_ANSWER_TIMEOUT });

    await expect(page.locator('#explore-answer')).toHaveAttribute('data-answers', '1');
    await expect(page.locator('#explore-answer-status')).toHaveText(/^Showing the sum of /);
    await expect(page.locator('h1')).toContainText('Explore the data:');
    await expect(page.locator('#explore-no-script')).toBeHidden();
  }

  const engineFiles = requestedUrls.filter((url) => /\.wasm$/.test(url));
  expect(engineFiles.length).toBeGreaterThan(0);
  expect(engineFiles.every((url) => /\/_astro\/duckdb-eh\.[\w-]+\.wasm$/.test(new URL(url).pathname))).toBe(true);
  expect(requestedUrls.filter((url) => /duckdb-mvp|duckdb-coi|jsdelivr|extensions\.duckdb/.test(url))).toEqual([]);
});

test('keeps the pre-computed answer when the engine cannot start', async ({ page }) => {
  await page.route(/\.wasm$/, (route) => route.fulfill({ status: 404, body: 'missing' }));
  await page.goto(explorePath('2025-q4'));

  const status = page.locator('#explore-engine-message');
  await expect(status).toHaveAttribute('role', 'alert', { timeout: FIRST_ANSWER_TIMEOUT });
  await expect(status).toContainText('The query engine could not start');
  await expect(page.locator('#explore-answer')).toHaveAttribute('data-answer-source', 'precomputed');
  await expect(page.locator('#explore-answer-status')).toContainText('It was computed when the page was published.');
  await expect(page.locator('#explore-answer table tbody tr').first()).toBeVisible();
  await expect(page.locator('#explore-answer')).not.toHaveAttribute('aria-busy', 'true');
});

test('sitemap lists every explore page', async ({ request }) => {
  const text = await (await request.get('/sitemap.xml')).text();
  const paths: string[] = new XMLParser().parse(text).urlset.url.map((url: { loc: string }) => new URL(url.loc).pathname);

  for (const edition of listFixtureEditions()) {
    expect(paths).toContain(explorePath(edition.id));
  }
});

test('explore page works with the keyboard', async ({ page }) => {
  await openExplore(page, 'dataset=bess-by-gsp-group');

  await page.locator('#explore-statistic').focus();
  await page.keyboard.press('End');
  await expect(page.locator('#explore-statistic')).toHaveValue('max');
  await page.locator('#explore-group-quarter').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('#explore-group-member')).toBeChecked();
  await page.locator('#explore-member-list input').first().focus();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Show the answer' }).focus();
  await page.keyboard.press('Enter');

  await expect(page.locator('#explore-answer-heading')).toBeFocused();
  await expect(page.locator('#explore-answer .table-caption')).toHaveText(/^Maximum of assets by GSP group: 14 GSP groups,/);
});

test('explore page has no axe violation', async ({ page }) => {
  await openExplore(page, 'dataset=capacity-by-technology&group=quarter-member');
  await runSql(page, 'SELEC 1');
  await expectNoAxeViolation(page, 'form, cell chart and SQL error');

  await page.locator('#explore-group-member').check();
  await runSql(page, 'SELECT * FROM capacity_by_technology');
  await page.locator('#explore-select-none').click();
  await page.setViewportSize({ width: 375, height: 812 });
  await expectNoAxeViolation(page, 'bar chart, SQL result and form error on a phone');

  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('explore page offers the downloads', async ({ page, requestedUrls }) => {
    await page.goto(explorePath());

    await expect(page.locator('#explore-no-script')).toBeVisible();
    await expect(page.locator('#explore-no-script')).toContainText('The explorer needs JavaScript');
    await expect(page.locator('#explore-app')).toBeHidden();
    await expect(page.locator('#explore-engine')).toBeHidden();
    const latest = listFixtureEditions().at(-1)!;
    for (const dataset of latest.datasets) {
      await expect(page.locator(`a[href="/data/${latest.id}/${dataset.csvName}"]`)).toBeVisible();
    }
    expect(requestedUrls.filter((url) => ENGINE_FILE.test(url))).toEqual([]);
  });
});
