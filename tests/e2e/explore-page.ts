/** Helpers of the explore page's browser tests. */
import type { Locator, Page } from '@playwright/test';
import { listFixtureEditions } from './support/fixture-site.ts';
import { expect } from './support/site-test.ts';

/** Longest wait for the engine's first answer, in ms; the engine is a 34 MB WebAssembly module. */
export const FIRST_ANSWER_TIMEOUT = 30_000;

/** Id of the fixture's latest edition. */
export const LATEST_EDITION = listFixtureEditions().at(-1)!.id;

/** Returns the path of an edition's explore page, with a query string when given. */
export function explorePath(editionId: string = LATEST_EDITION, query = ''): string {
  return `/editions/${editionId}/explore/${query ? `?${query}` : ''}`;
}

/** Returns the number of answers the page has drawn. */
export async function answerCount(page: Page): Promise<number> {
  return Number(await page.locator('#explore-answer').getAttribute('data-answers'));
}

/**
 * Opens the explore page and waits for its first answer from the engine: the
 * engine's own, or its confirmation of the pre-computed default answer.
 */
export async function openExplore(page: Page, query = '', editionId: string = LATEST_EDITION): Promise<void> {
  await page.goto(explorePath(editionId, query));
  await expect(page.locator('#explore-answer')).toHaveAttribute('data-answers', '1', { timeout: FIRST_ANSWER_TIMEOUT });
  await expect(page.locator('#explore-answer')).toHaveAttribute('data-answer-source', 'engine', { timeout: FIRST_ANSWER_TIMEOUT });
}

/** Runs an action that changes the form and waits for the answer it causes. */
export async function changeAndWait(page: Page, action: () => Promise<unknown>): Promise<void> {
  const before = await answerCount(page);
  await action();
  await expect(page.locator('#explore-answer')).toHaveAttribute('data-answers', String(before + 1));
}

/** Reads a table's header and body cells as text. */
export async function readTable(table: Locator): Promise<{ headings: string[]; rows: string[][] }> {
  return table.evaluate((element) => ({
    headings: [...element.querySelectorAll('thead th')].map((cell) => cell.textContent?.trim() ?? ''),
    rows: [...element.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent?.trim() ?? '')),
  }));
}

/** Returns the answer's table. */
export function answerTable(page: Page): Locator {
  return page.locator('#explore-answer-table');
}

/** Runs a statement in the SQL box and waits until it has finished. */
export async function runSql(page: Page, sql: string): Promise<void> {
  const result = page.locator('#explore-sql-result');
  const runs = Number((await result.getAttribute('data-runs')) ?? '0');
  await page.locator('#explore-sql-text').fill(sql);
  await page.locator('#explore-sql-run').click();
  await expect(result).toHaveAttribute('data-runs', String(runs + 1));
}
