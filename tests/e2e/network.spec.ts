import { listSitePages } from './support/fixture-site.ts';
import { expect, isLocalRequest, test } from './support/site-test.ts';

test('pages request only 127.0.0.1', async ({ page, requestedUrls }) => {
  for (const { path } of listSitePages()) {
    await page.goto(path, { waitUntil: 'networkidle' });
  }

  // The page fixture fails any test that requested another host; this test
  // also checks that requests were recorded at all.
  expect(requestedUrls.length).toBeGreaterThanOrEqual(listSitePages().length);
  expect(requestedUrls.filter((url) => !isLocalRequest(url))).toEqual([]);
});
