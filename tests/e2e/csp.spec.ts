import { test, expect } from '@playwright/test';
import { pageTypes } from './page-types.ts';

// The policy ships as a <meta> (so it holds on any static host); the browser enforces it. Any violation
// is recorded by a listener installed before the page's own scripts run.
for (const [type, path] of Object.entries(pageTypes)) {
  test(`${type} works under a strict Content-Security-Policy`, async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { cspViolations: string[] }).cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    await page.goto(path);
    const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    const scriptSrc = policy?.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(scriptSrc, 'script-src directive').toContain("'self'");
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(policy).toContain("default-src 'self'");
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  });
}
