import AxeBuilder from '@axe-core/playwright';
import { listSitePages } from './support/fixture-site.ts';
import { expect, test } from './support/site-test.ts';

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 375, height: 812 },
];

for (const viewport of VIEWPORTS) {
  for (const { path } of listSitePages()) {
    test(`axe finds no WCAG A or AA violation on ${path} (${viewport.name})`, async ({ page }) => {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await page.goto(path);

      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
      const violations = results.violations.map((violation) => ({
        rule: violation.id,
        impact: violation.impact,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      }));
      expect(violations).toEqual([]);
    });
  }
}
