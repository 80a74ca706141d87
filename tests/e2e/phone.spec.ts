import { listFixtureEditions, listSitePages } from './support/fixture-site.ts';
import { expect, test } from './support/site-test.ts';

test.use({ viewport: { width: 375, height: 812 } });

for (const { path } of listSitePages()) {
  test(`${path} has no horizontal scroll at 375 px`, async ({ page }) => {
    await page.goto(path);

    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  });
}

test('phone gets the narrow charts', async ({ page }) => {
  const latest = listFixtureEditions().at(-1)!;
  await page.goto(`/editions/${latest.id}/`);

  await expect(page.locator('.chart__svg--wide svg').first()).toBeHidden();
  await expect(page.locator('.chart__svg--narrow svg').first()).toBeVisible();
  const width = await page.locator('.chart__svg--narrow svg').first().evaluate((svg) => svg.getBoundingClientRect().width);
  expect(width).toBeLessThanOrEqual(375);
});
