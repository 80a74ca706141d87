import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { LATEST_EDITION, openExplore, readTable, runSql } from './explore-page.ts';
import { listFixtureEditions } from './support/fixture-site.ts';
import { expect, test } from './support/site-test.ts';

test('SQL box runs the example and shows [c]', async ({ page }) => {
  await openExplore(page);

  for (const table of ['capacity_by_technology', 'bess_by_gsp_group', 'fsps_qualified_by_product']) {
    await expect(page.locator('#explore-tables summary', { hasText: table })).toHaveCount(1);
  }
  const bessColumns = page.locator('#explore-tables details', { hasText: 'bess_by_gsp_group' });
  await bessColumns.locator('summary').click();
  await expect(bessColumns.locator('li', { hasText: 'registered_capacity_mw_withheld' })).toBeVisible();

  await page.getByRole('button', { name: 'Run the query' }).click();
  await expect(page.locator('#explore-sql-result-heading')).toBeFocused();
  const result = await readTable(page.locator('#explore-sql-table'));
  expect(result.headings).toEqual(['quarter', 'published_sum', 'withheld_figures']);
  expect(result.rows[0]).toEqual(['2024-q1', '20,587', '2']);
  expect(result.rows).toHaveLength(8);

  await runSql(page, "SELECT quarter, category_name, assets, registered_capacity_mw FROM capacity_by_technology WHERE category_id = 'hydro' ORDER BY quarter");
  const { rows } = await readTable(page.locator('#explore-sql-table'));
  expect(rows[0]).toEqual(['2024-q1', 'Hydro', '[c]', '[c]']);
  expect(rows[7]).toEqual(['2025-q4', 'Hydro', '31', '[c]']);
  await expect(page.locator('#explore-sql-table td.withheld').first()).toHaveText('[c]');
  await expect(page.locator('#explore-sql-error')).toBeEmpty();
});

test('bad or writing SQL gets an alert', async ({ page }) => {
  await openExplore(page);
  const alert = page.getByRole('alert').filter({ has: page.locator('.explore-sql-message') });

  await runSql(page, 'SELEC 1');
  await expect(alert).toContainText('Parser Error: syntax error at or near "SELEC"');

  await runSql(page, 'SELECT nope FROM bess_by_gsp_group');
  await expect(alert).toContainText('Binder Error: Referenced column "nope" not found');
  await expect(page.locator('#explore-sql-table')).toHaveCount(0);

  await runSql(page, "SELECT * FROM read_csv('http://example.com/data.csv')");
  await expect(alert).toContainText('disabled by configuration');

  await runSql(page, 'DROP TABLE bess_by_gsp_group');
  await expect(alert).toContainText('cannot start with DROP');

  await runSql(page, 'SELECT 1; DELETE FROM bess_by_gsp_group');
  await expect(alert).toContainText('Run one statement at a time');

  await runSql(page, 'WITH x AS (SELECT 1) DELETE FROM bess_by_gsp_group');
  await expect(alert).toContainText('a statement cannot contain DELETE');

  // A column named like a writing keyword reads when its name is quoted.
  await runSql(page, 'SELECT count(*) AS "delete" FROM bess_by_gsp_group');
  await expect(alert).toHaveCount(0);
  expect((await readTable(page.locator('#explore-sql-table'))).rows).toEqual([['128']]);
});

/** Returns the largest published number of qualified FSPs for one product in the latest fixture edition. */
function largestProductCount(): number {
  const dataset = listFixtureEditions().find((edition) => edition.id === LATEST_EDITION)!.datasets.find((candidate) => candidate.id === 'fsps-qualified-by-product')!;
  const records = parse(readFileSync(dataset.csvFile, 'utf8'), { columns: true }) as Record<string, string>[];
  return Math.max(...records.filter((record) => record.product_id !== 'all' && record.fsps !== '[c]').map((record) => Number(record.fsps)));
}

test('SQL result is capped and survives a reload', async ({ page }) => {
  await openExplore(page);
  await runSql(page, 'SELECT * FROM range(5000) a, range(1000) b');
  await expect(page.locator('#explore-sql-table tbody tr')).toHaveCount(1000);
  await expect(page.locator('#explore-sql-capped')).toContainText('more than 1,000 rows, so only the first 1,000 are shown');

  await runSql(page, 'SELECT max(fsps) AS most FROM fsps_qualified_by_product WHERE NOT is_total');
  expect(new URL(page.url()).searchParams.get('sql')).toContain('max(fsps)');

  await page.reload();
  await expect(page.locator('#explore-sql-text')).toHaveValue('SELECT max(fsps) AS most FROM fsps_qualified_by_product WHERE NOT is_total');
  await expect(page.locator('#explore-sql-table tbody td')).toHaveText(String(largestProductCount()), { timeout: 30_000 });
});

test('slow SQL query can be cancelled by keyboard', async ({ page }) => {
  await openExplore(page);
  const cancel = page.getByRole('button', { name: 'Cancel the query' });
  await expect(cancel).toBeHidden();

  // Hashing ten billion numbers keeps DuckDB-WASM busy for minutes on any machine.
  await page.locator('#explore-sql-text').fill('SELECT sum(hash(i)) AS total FROM range(10000000000) AS numbers(i)');
  await page.getByRole('button', { name: 'Run the query' }).click();
  await expect(page.locator('#explore-sql-status')).toHaveText('Running the query…');
  await expect(cancel).toBeVisible();
  await page.waitForTimeout(500);
  await cancel.focus();
  await page.keyboard.press('Enter');

  await expect(page.locator('#explore-sql-status')).toHaveText('The query was cancelled, so there is no result.', { timeout: 10_000 });
  await expect(page.locator('#explore-sql-status')).toHaveAttribute('role', 'status');
  await expect(cancel).toBeHidden();
  await expect(page.getByRole('button', { name: 'Run the query' })).toBeFocused();
  await expect(page.locator('#explore-sql-error')).toBeEmpty();
  await expect(page.locator('#explore-sql-table')).toHaveCount(0);

  // The engine is free again: the next statement runs.
  await runSql(page, 'SELECT count(*) AS quarters FROM (SELECT DISTINCT quarter FROM capacity_by_technology)');
  expect((await readTable(page.locator('#explore-sql-table'))).rows).toEqual([['8']]);
  await expect(page.locator('#explore-sql-status')).toBeEmpty();
});
