import { test, expect } from '@playwright/test';
import { pageTypes } from './page-types.ts';

for (const path of Object.values(pageTypes)) {
  test(`${path} requests nothing from another origin and logs no error`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreign.push(r.url());
    });
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(foreign).toEqual([]);
    // The 404 page's own document load is the one expected error.
    expect(errors.filter((e) => !(path === 'no-such-page/' && /404/.test(e)))).toEqual([]);
  });
}
