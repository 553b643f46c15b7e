import { test, expect, type Page } from '@playwright/test';

// Dark mode: the system theme, the toggle and its memory, no flash; without the script no toggle.
const DARK_PAPER = 'rgb(22, 21, 19)';
const LIGHT_PAPER = 'rgb(251, 250, 247)';
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

test.describe('dark mode', () => {
  test('follows the system when the reader has not chosen', async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto('articles/');
      expect(await background(page)).toBe(colorScheme === 'dark' ? DARK_PAPER : LIGHT_PAPER);
      await expect(page.getByRole('button', { name: '深色模式' })).toHaveAttribute('aria-pressed', String(colorScheme === 'dark'));
    }
  });

  test('the toggle switches, is remembered across pages and reloads, and switching back follows the system again', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('articles/');
    const toggle = page.getByRole('button', { name: '深色模式' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(await background(page)).toBe(DARK_PAPER);

    await page.reload();
    expect(await background(page)).toBe(DARK_PAPER);
    await page.goto('figures/');
    expect(await background(page)).toBe(DARK_PAPER);
    await expect(page.getByRole('button', { name: '深色模式' })).toHaveAttribute('aria-pressed', 'true');

    await page.getByRole('button', { name: '深色模式' }).click();
    expect(await background(page)).toBe(LIGHT_PAPER);
    expect(await page.evaluate(() => localStorage.getItem('zj-theme'))).toBeNull();
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background(page)).toBe(DARK_PAPER);
  });

  test('a saved dark theme is in place before the body is parsed and at the first frame (no flash)', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.addInitScript(() => {
      localStorage.setItem('zj-theme', 'dark');
      const w = window as unknown as Record<string, string>;
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        w.themeAtBody = document.documentElement.dataset.theme ?? 'none';
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
      requestAnimationFrame(() => (w.paperAtFirstFrame = getComputedStyle(document.documentElement).backgroundColor));
    });
    await page.goto('articles/zhangjiang-hardcore-tech/');
    expect(await page.evaluate(() => (window as unknown as Record<string, string>).themeAtBody)).toBe('dark');
    await expect.poll(() => page.evaluate(() => (window as unknown as Record<string, string>).paperAtFirstFrame)).toBe(DARK_PAPER);
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the theme toggle, which needs the script, is not offered; the system theme applies', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('button', { name: '深色模式' })).toBeHidden();
    await expect(page.getByRole('searchbox').first()).toBeVisible();
  });
});
