import { test as base, expect } from '@playwright/test';
import { SITE_ORIGIN_VARIABLE } from './site-env.ts';

/** Returns the origin of the fixture site, which the global setup serves. */
export function siteOrigin(): string {
  const origin = process.env[SITE_ORIGIN_VARIABLE];
  if (!origin) {
    throw new Error(`${SITE_ORIGIN_VARIABLE} is not set: run the tests with \`npx playwright test\`, whose global setup serves the site`);
  }
  return origin;
}

/** Returns whether a request stays on this machine: http to 127.0.0.1, or a data: or about: URL. */
export function isLocalRequest(url: string): boolean {
  const parsed = new URL(url);
  if (parsed.protocol === 'data:' || parsed.protocol === 'about:') return true;
  return parsed.hostname === '127.0.0.1';
}

/**
 * Playwright test with the fixture site as base URL and a page that records
 * every request it makes. After each test, a request to any host other than
 * 127.0.0.1 fails the test.
 */
export const test = base.extend<{ requestedUrls: string[] }>({
  baseURL: async ({}, use) => {
    await use(siteOrigin());
  },
  requestedUrls: async ({}, use) => {
    await use([]);
  },
  page: async ({ page, requestedUrls }, use) => {
    page.on('request', (request) => requestedUrls.push(request.url()));
    await use(page);

    const external = requestedUrls.filter((url) => !isLocalRequest(url));
    expect(external, 'requests to hosts other than 127.0.0.1').toEqual([]);
  },
});

export { expect };
