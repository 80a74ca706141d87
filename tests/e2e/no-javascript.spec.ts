import { listFixtureEditions } from './support/fixture-site.ts';
import { expect, test } from './support/site-test.ts';

test.use({ javaScriptEnabled: false });

const latest = listFixtureEditions().at(-1)!;

test('edition page has charts and tables without JavaScript', async ({ page }) => {
  await page.goto(`/editions/${latest.id}/`);

  for (const dataset of latest.datasets) {
    const section = page.locator(`section#${dataset.id}`);
    const charts = section.locator('figure.chart svg[role="img"]:visible');
    await expect(charts).toHaveCount(2);
    for (const chart of await charts.all()) {
      await expect(chart).toHaveAccessibleName(/\S/);
      await expect(chart).toHaveAccessibleDescription(/\S/);
    }

    const tables = section.locator('table.data-table');
    await expect(tables).toHaveCount(dataset.measures.length);
    for (const table of await tables.all()) {
      await expect(table.locator('caption')).toHaveText(/\S/);
    }
  }
});

test('withheld cell reads [c] in table and chart', async ({ page }) => {
  await page.goto(`/editions/${latest.id}/`);

  const withheldCells = page.locator('td.withheld');
  expect(await withheldCells.count()).toBeGreaterThan(0);
  await expect(withheldCells.first()).toHaveText('[c]');
  await expect(page.locator('figure.chart svg text', { hasText: '[c] withheld' }).first()).toBeAttached();
  await expect(page.locator('main')).toContainText('[c] means confidential');
});

test('chart svg has no ARIA label on g elements', async ({ page }) => {
  await page.goto(`/editions/${latest.id}/`);

  await expect(page.locator('svg g[aria-label]')).toHaveCount(0);
  await expect(page.locator('script')).toHaveCount(0);
});
