import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { pageTypes } from './page-types.ts';

// WCAG 2.2 AA (axe's rule tags up to 2.2 AA) on every page type, light and dark, desktop and 375 px mobile.
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const layouts = [
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
  { name: 'mobile', viewport: { width: 375, height: 800 } },
];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const { name, viewport } of layouts) {
    test.describe(`${colorScheme} ${name}`, () => {
      test.use({ colorScheme, viewport });
      // axe on a long page takes several seconds on a busy 2-core machine.
      test.describe.configure({ timeout: 90_000 });
      for (const [type, path] of Object.entries(pageTypes)) {
        test(`${type} has no axe violations`, async ({ page }) => {
          // The timeline page (chart plus the full text list) takes axe's per-frame mode well over 30 s on a busy machine.
          if (type === 'timeline') test.slow();
          await page.goto(path);
          await page.waitForLoadState('networkidle');
          const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
          const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
          expect(summary, `axe violations on ${path}`).toEqual([]);
        });
      }
    });
  }
}
