import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Page } from '@playwright/test';
import { answerCount, answerTable, changeAndWait, explorePath, FIRST_ANSWER_TIMEOUT, openExplore, readTable } from './explore-page.ts';
import { listFixtureEditions } from './support/fixture-site.ts';
import { expect, test } from './support/site-test.ts';

const latest = listFixtureEditions().at(-1)!;

/** Measures of each fixture dataset, read from its vetted definition. */
const MEASURES = Object.fromEntries(latest.datasets.map((dataset) => [dataset.id, dataset.measures.map((measure) => measure.column)]));
const STATISTICS = ['sum', 'mean', 'min', 'max'];
const GROUPINGS = ['quarter', 'member', 'quarter-member'] as const;
const QUARTERS = 8;

/** Checks the answer on the page against the rows and columns a question must give. */
async function checkAnswer(page: Page, path: string, expectedRows: number): Promise<void> {
  const { headings, rows } = await readTable(answerTable(page));
  expect(rows, path).toHaveLength(expectedRows);
  expect(headings.at(-3), path).toMatch(/^(Sum|Average \(mean\)|Minimum|Maximum) of /);
  expect(rows.every((row) => /^(at least |at most )?[\d,.]+( \[r\])?$|^\[c\]$/.test(row.at(-3)!)), path).toBe(true);
  await expect(page.locator('#explore-answer svg[role="img"]'), path).toHaveCount(1);
  await expect(page.locator('#explore-answer svg g[aria-label]'), path).toHaveCount(0);
}

test('form answers every dataset, measure, statistic and grouping', async ({ page }) => {
  await openExplore(page);

  for (const dataset of latest.datasets) {
    if ((await page.locator('#explore-dataset').inputValue()) !== dataset.id) {
      await changeAndWait(page, () => page.locator('#explore-dataset').selectOption(dataset.id));
    }
    const members = await page.locator('#explore-member-list input:checked').count();
    const rowsOf = { quarter: QUARTERS, member: members, 'quarter-member': QUARTERS * members };

    // Every measure with every statistic, then every grouping, so each control's every option is used on every dataset.
    for (const measure of MEASURES[dataset.id]) {
      if ((await page.locator('#explore-measure').inputValue()) !== measure) {
        await changeAndWait(page, () => page.locator('#explore-measure').selectOption(measure));
      }
      for (const statistic of STATISTICS) {
        if ((await page.locator('#explore-statistic').inputValue()) !== statistic) {
          await changeAndWait(page, () => page.locator('#explore-statistic').selectOption(statistic));
        }
        const grouping = (await page.locator('#explore-form input[name="group"]:checked').inputValue()) as (typeof GROUPINGS)[number];
        await checkAnswer(page, `${dataset.id} ${measure} ${statistic} ${grouping}`, rowsOf[grouping]);
      }
      for (const grouping of GROUPINGS) {
        if (!(await page.locator(`#explore-group-${grouping}`).isChecked())) {
          await changeAndWait(page, () => page.locator(`#explore-group-${grouping}`).check());
        }
        await checkAnswer(page, `${dataset.id} ${measure} ${grouping}`, rowsOf[grouping]);
      }
    }
  }
});

test('member and quarter filters narrow the answer', async ({ page }) => {
  await openExplore(page, 'dataset=bess-by-gsp-group&group=member');

  await page.locator('#explore-select-none').click();
  await changeAndWait(page, () => page.getByLabel('Eastern', { exact: true }).check());
  await changeAndWait(page, () => page.getByLabel('London', { exact: true }).check());
  expect((await readTable(answerTable(page))).rows.map((row) => row[0])).toEqual(['Eastern', 'London']);

  await changeAndWait(page, () => page.locator('#explore-from').selectOption('2025-q4'));
  const { rows } = await readTable(answerTable(page));
  expect(rows).toEqual([
    ['Eastern', '92', '1', '0'],
    ['London', '26', '1', '0'],
  ]);
  await expect(page.locator('#explore-answer .table-caption')).toHaveText('Sum of assets by GSP group: Eastern, London, quarter ending 31 December 2025');

  await changeAndWait(page, () => page.locator('#explore-select-all').click());
  expect((await readTable(answerTable(page))).rows).toHaveLength(15);
});

test('invalid choices show an error summary', async ({ page }) => {
  await openExplore(page, 'dataset=bess-by-gsp-group');

  await page.locator('#explore-select-none').click();
  await expect(page.locator('#explore-form-errors')).toContainText('Select at least one GSP group.');
  await changeAndWait(page, () => page.locator('#explore-select-all').click());
  await expect(page.locator('#explore-form-errors')).toBeEmpty();

  await changeAndWait(page, () => page.locator('#explore-from').selectOption('2025-q3'));
  const answers = await answerCount(page);
  await page.locator('#explore-to').selectOption('2024-q1');
  await page.getByRole('button', { name: 'Show the answer' }).click();
  await expect(page.locator('#explore-form-errors')).toContainText('The first quarter must be the same as or before the last quarter.');
  await expect(page.locator('#explore-form-errors .explore-error-summary')).toBeFocused();
  expect(await answerCount(page)).toBe(answers);
});

test('total row with other rows is refused', async ({ page }) => {
  await page.goto(explorePath(undefined, 'dataset=capacity-by-category-class&measure=assets&statistic=sum&group=quarter&member=all&member=storage'));

  await expect(page.locator('#explore-form-errors')).toContainText('All categories is the total of the other rows');
  await expect(page.locator('#explore-engine-message')).toHaveText('The query engine is ready.', { timeout: FIRST_ANSWER_TIMEOUT });
  expect(await answerCount(page)).toBe(0);
});

test('address round trip gives the same answer', async ({ page }) => {
  await openExplore(page);
  await changeAndWait(page, () => page.locator('#explore-dataset').selectOption('bess-by-gsp-group'));
  await changeAndWait(page, () => page.locator('#explore-measure').selectOption('registered_capacity_mw'));
  await changeAndWait(page, () => page.locator('#explore-statistic').selectOption('max'));
  await changeAndWait(page, () => page.locator('#explore-group-quarter-member').check());
  await changeAndWait(page, () => page.locator('#explore-from').selectOption('2024-q3'));
  await changeAndWait(page, () => page.locator('#explore-to').selectOption('2025-q2'));
  await changeAndWait(page, () => page.getByLabel('London', { exact: true }).uncheck());
  await changeAndWait(page, () => page.getByLabel('Great Britain (total row)').check());

  const before = await readTable(answerTable(page));
  const address = new URL(page.url());
  expect(address.searchParams.get('dataset')).toBe('bess-by-gsp-group');
  expect(address.searchParams.get('statistic')).toBe('max');
  expect(address.searchParams.getAll('member')).toContain('GB');
  expect(address.searchParams.getAll('member')).not.toContain('_C');

  await page.reload();
  await expect(page.locator('#explore-answer')).toHaveAttribute('data-answers', '1', { timeout: 30_000 });
  expect(await readTable(answerTable(page))).toEqual(before);
  await expect(page.locator('#explore-measure')).toHaveValue('registered_capacity_mw');
  await expect(page.locator('#explore-group-quarter-member')).toBeChecked();
  await expect(page.getByLabel('London', { exact: true })).not.toBeChecked();
  expect(before.rows).toHaveLength(4 * 15);
});

test('CSV download equals the table shown', async ({ page }) => {
  await openExplore(page, 'dataset=capacity-by-technology&measure=registered_capacity_mw&group=quarter-member&from=2025-q1');
  const shown = await readTable(answerTable(page));

  const downloading = page.waitForEvent('download');
  await page.locator('#explore-answer-download').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('capacity-by-technology-explore.csv');
  const records = parse(readFileSync((await download.path())!, 'utf8'), { relax_column_count: false }) as string[][];

  expect(records[0]).toEqual(shown.headings);
  expect(records.slice(1)).toEqual(shown.rows.map((row) => row.map((cell) => cell.replace(/(\d),(?=\d{3})/g, '$1'))));
  expect(records.slice(1).some((record) => record.includes('[c]'))).toBe(true);
});

test('revised values are marked in table and CSV', async ({ page }) => {
  // Solar PV's and the total's capacity of 2024-q4 are marked [r] in the fixture's latest edition.
  await openExplore(page, 'dataset=capacity-by-technology&measure=registered_capacity_mw&group=quarter-member&from=2024-q4&to=2024-q4');

  const { rows } = await readTable(answerTable(page));
  const marked = rows.filter((row) => row[2].endsWith(' [r]')).map((row) => row[1]);
  expect(marked).toEqual(['Solar PV']);
  await expect(page.locator('#explore-answer .inset')).toContainText('[r] marks a revised value: 1 value includes');
  await expect(page.locator('#explore-chart-description')).toContainText('1 of them include figures revised since the previous published edition');

  const downloading = page.waitForEvent('download');
  await page.locator('#explore-answer-download').click();
  const records = parse(readFileSync((await (await downloading).path())!, 'utf8')) as string[][];
  expect(records.find((record) => record[1] === 'Solar PV')?.[2]).toMatch(/^\d+(\.\d+)? \[r\]$/);
});

test('pre-computed answers equal the engine answers', async ({ page }) => {
  const pages = listFixtureEditions().flatMap((edition) => edition.datasets.map((dataset) => ({ edition, query: `dataset=${dataset.id}` })));
  for (const { edition, query } of pages) {
    await page.goto(explorePath(edition.id, query));
    const section = page.locator('#explore-answer');
    await expect(section).toHaveAttribute('data-answers', '1', { timeout: FIRST_ANSWER_TIMEOUT });
    // The build's answer is drawn as soon as Plot has loaded, long before the 34 MB engine has started.
    await expect(section).toHaveAttribute('data-answer-source', 'precomputed');
    await expect(page.locator('#explore-answer-status')).toContainText('computed when the page was published');
    const precomputed = { table: await readTable(answerTable(page)), description: await page.locator('#explore-chart-description').textContent() };
    expect(precomputed.table.rows.length, `${edition.id} ${query}`).toBeGreaterThan(0);

    await expect(section).toHaveAttribute('data-answer-source', 'engine', { timeout: FIRST_ANSWER_TIMEOUT });
    await expect(page.locator('#explore-answer-status')).toContainText('and the query engine has checked it');
    // The page compares its answer with the engine's and redraws only when they differ, which would count a second answer.
    await expect(section).toHaveAttribute('data-answers', '1');
    const engine = { table: await readTable(answerTable(page)), description: await page.locator('#explore-chart-description').textContent() };
    expect(engine, `${edition.id} ${query}`).toEqual(precomputed);
  }
});

test('aggregate over a withheld cell is incomplete', async ({ page }) => {
  await openExplore(page, 'dataset=capacity-by-technology&measure=assets&statistic=sum&group=quarter&from=2024-q1&to=2024-q1');

  const { rows } = await readTable(answerTable(page));
  // Hydro and Other are withheld in 2024-q1. The published categories add up to 20,587 of the total 20,642.
  expect(rows).toEqual([['Jan to Mar 2024', 'at least 20,587', '10', '2']]);
  await expect(page.locator('#explore-answer td.incomplete')).toHaveCount(1);
  await expect(page.locator('#explore-answer .inset')).toContainText('include withheld figures, so they are incomplete');
  await expect(page.locator('#explore-answer .inset')).toContainText('[c] means confidential');
  await expect(page.locator('#explore-withheld-list li')).toHaveText(['Hydro, 31 March 2024', 'Other, 31 March 2024']);
  await expect(page.locator('#explore-answer .chart__key')).toContainText('at least this');

  await page.locator('#explore-select-none').click();
  await changeAndWait(page, () => page.getByLabel('Hydro', { exact: true }).check());
  expect((await readTable(answerTable(page))).rows).toEqual([['Jan to Mar 2024', '[c]', '1', '1']]);
  await expect(page.locator('#explore-answer td.withheld')).toHaveText('[c]');
  await expect(page.locator('#explore-answer svg text', { hasText: '[c]' })).toHaveCount(1);
});

test('address with unknown values is reported', async ({ page }) => {
  await openExplore(page, 'dataset=bess-by-gsp-group&statistic=median&member=_Z&member=_A');

  await expect(page.locator('#explore-address-problems')).toBeVisible();
  await expect(page.locator('#explore-address-problems li')).toHaveText([
    '"median" is not a statistic, so the sum is shown.',
    'The dataset has no GSP group "_Z", so it was left out.',
  ]);
  expect((await readTable(answerTable(page))).rows.every((row) => row.at(-2) === '1')).toBe(true);
});
