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

/** Returns whether a shown table cell states the CSV value: the same [c], or the same number once separators are removed. */
function cellShowsValue(shown: string | undefined, csvValue: string): boolean {
  if (csvValue === '[c]') return shown === '[c]';
  return shown !== undefined && Number(shown.replace(/,/g, '')) === Number(csvValue);
}

async function checkCsvAgainstTables(page: Page, editionId: string, dataset: FixtureDataset, csvText: string) {
  const records = parse(csvText, { columns: true }) as Record<string, string>[];
  expect(records.length).toBeGreaterThan(0);

  for (const measure of dataset.measures) {
    const table = await readTable(page, `${dataset.id}-${measure.column}-table`);
    expect(table.size, `cells in the ${measure.column} table of ${dataset.id}`).toBe(records.length);

    for (const record of records) {
      const key = `${record[dataset.dimensionColumn]}|${record.quarter}`;
      expect(cellShowsValue(table.get(key), record[measure.column]), `${editionId} ${dataset.id} ${measure.column} ${key}`).toBe(true);
    }
  }
}

for (const edition of editions) {
  test(`CSV downloads of ${edition.id} match the tables`, async ({ page, request }) => {
    await page.goto(`/editions/${edition.id}/`);

    for (const dataset of edition.datasets) {
      const link = page.locator(`section#${dataset.id} a[download]`);
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
