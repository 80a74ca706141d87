import { listFixtureEditions, listSitePages } from './support/fixture-site.ts';
import { expect, test } from './support/site-test.ts';

for (const { path, heading } of listSitePages()) {
  test(`${path} renders with heading and footer`, async ({ page }) => {
    const response = await page.goto(path);

    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('h1')).toContainText(heading);
    await expect(page.locator('footer')).toContainText('Source: Elexon, Flexibility Market Asset Register');
    await expect(page.locator('footer')).toContainText('Open Government Licence v3.0');
  });
}

test('skip link is the first focusable element', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');

  const skipLink = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeInViewport();
  await expect(skipLink).toHaveAttribute('href', '#main-content');
});

test('unknown address returns the 404 page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');

  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Page not found');
});

test('home page links every edition', async ({ page }) => {
  await page.goto('/');

  for (const edition of listFixtureEditions()) {
    await expect(page.locator(`main a[href="/editions/${edition.id}/"]`).first()).toBeVisible();
  }
});

test('home page reports the quarter-on-quarter change', async ({ page }) => {
  await page.goto('/');

  const headlines = page.locator('.headline');
  await expect(headlines).toHaveCount(4);
  await expect(headlines.first()).toContainText('9,753.1 MW');
  await expect(headlines.first()).toContainText(
    'Registered capacity rose by 388.2 MW (4.1%) to 9,753.1 MW in the quarter to 31 December 2025.',
  );
});

test('older edition links to the latest', async ({ page }) => {
  const [oldest, ...later] = listFixtureEditions();
  test.skip(later.length === 0, 'the fixture has one edition');

  await page.goto(`/editions/${oldest.id}/`);
  const latest = later[later.length - 1];
  await expect(page.locator(`main a[href="/editions/${latest.id}/"]`)).toBeVisible();
});

test('policy page lists rules and withheld counts', async ({ page }) => {
  await page.goto('/policy/');

  for (const rule of ['Threshold rule', 'p% rule', 'Dominance rule', 'Secondary suppression']) {
    await expect(page.getByRole('heading', { name: rule })).toBeVisible();
  }
  const counts = page.locator('#withheld-cells-by-edition tbody tr');
  await expect(counts).toHaveCount(listFixtureEditions().length);

  const loss = page.locator('#information-loss-by-table tbody tr[data-edition="2025-q4"]');
  await expect(loss.first().locator('th')).toHaveText(/2025/);
  expect(await loss.count()).toBeGreaterThan(1);
});

test('edition page gives the data-quality notes as counts', async ({ page }) => {
  await page.goto('/editions/2025-q4/');

  const notes = page.locator('section[aria-labelledby="quality-heading"]');
  await expect(notes).toContainText('passed 23 data-quality checks');
  await expect(notes.locator('table caption')).toHaveText('Data-quality warnings and the number of register rows each one flagged');
  await expect(notes.locator('tbody tr')).toHaveCount(1);
  await expect(notes.locator('tbody td.numeric')).toHaveText('4');
});

test('short edition shows every quarter', async ({ page }) => {
  await page.goto('/editions/2025-q3/');

  await expect(page.locator('.window-note')).toHaveCount(0);
  // The fixture's 2025-q3 series runs from 2024-q1: seven quarters.
  await expect(page.locator('#capacity-by-technology-assets-table thead th[data-quarter]')).toHaveCount(7);
});

test('first published edition words its revisions', async ({ page }) => {
  await page.goto('/editions/2025-q3/');

  await expect(page.locator('#revisions')).toContainText('This is the first published edition, so no figure is marked revised.');
});
