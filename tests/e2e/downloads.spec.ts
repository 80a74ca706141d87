import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Page } from '@playwright/test';
import { listFixtureEditions, type FixtureDataset } from './support/fixture-site.ts';
import { expect, test } from './support/site-test.ts';

const editions = listFixtureEditions();
const latest = editions.at(-1)!;

/** Reads a table of the page as cells keyed by member id and quarter id. */
async function readTable(page: Page, tableId: string): Promise<Map<string, string>> {
  const entries = await page.locator(`table#${tableId}`).evaluate((table) => {
    const quarters = [...table.querySelectorAll('thead th[data-quarter]')].map((th) => th.getAttribute('data-quarter'));
    return [...table.querySelectorAll('tbody tr')].flatMap((row) =>
      [...row.querySelectorAll('td')].map((cell, index) => [`${row.getAttribute('data-member')}|${quarters[index]}`, cell.textContent?.trim() ?? '']),
    );
  });
  return new Map(entries as [string, string][]);
}

/**
 * Returns whether a shown table cell states the CSV value and status: the
 * same [c], or the same number once separators are removed, followed by [r]
 * exactly when the CSV's status column has it.
 */
function cellShowsValue(shown: string | undefined, csvValue: string, csvStatus: string): boolean {
  if (csvValue === '[c]') return shown === '[c]';
  if (shown === undefined || shown.endsWith(' [r]') !== (csvStatus === '[r]')) return false;
  return Number(shown.replace(/ \[r\]$/, '').replace(/,/g, '')) === Number(csvValue);
}

async function checkCsvAgainstTables(page: Page, editionId: string, dataset: FixtureDataset, csvText: string) {
  const records = parse(csvText, { columns: true }) as Record<string, string>[];
  expect(records.length).toBeGreaterThan(0);

  for (const measure of dataset.measures) {
    const table = await readTable(page, `${dataset.id}-${measure.column}-table`);
    expect(table.size, `cells in the ${measure.column} table of ${dataset.id}`).toBe(records.length);

    for (const record of records) {
      const key = `${record[dataset.dimensionColumn]}|${record.quarter}`;
      const shown = table.get(key);
      expect(cellShowsValue(shown, record[measure.column], record[`${measure.column}_status`]), `${editionId} ${dataset.id} ${measure.column} ${key}: ${shown}`).toBe(true);
    }
  }
}

for (const edition of editions) {
  test(`CSV downloads of ${edition.id} match the tables`, async ({ page, request }) => {
    await page.goto(`/editions/${edition.id}/`);

    for (const dataset of edition.datasets) {
      const link = page.locator(`section#${dataset.id} .download a[download]`);
      await expect(link).toHaveAttribute('href', `/data/${edition.id}/${dataset.csvName}`);

      const response = await request.get(`/data/${edition.id}/${dataset.csvName}`);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain('text/csv');
      const body = await response.body();
      expect(body.equals(readFileSync(dataset.csvFile)), `${dataset.csvName} equals the vetted file byte for byte`).toBe(true);

      await checkCsvAgainstTables(page, edition.id, dataset, body.toString('utf8'));
    }
  });
}

test('latest CSV downloads equal the latest edition', async ({ page, request }) => {
  await page.goto('/');

  for (const dataset of latest.datasets) {
    const latestPath = `/data/latest/${dataset.csvName}`;
    await expect(page.locator(`main a[href="${latestPath}"]`)).toBeVisible();

    const fromLatest = await (await request.get(latestPath)).body();
    const fromEdition = await (await request.get(`/data/${latest.id}/${dataset.csvName}`)).body();
    expect(fromLatest.equals(fromEdition), `${latestPath} equals /data/${latest.id}/${dataset.csvName}`).toBe(true);
  }
});
