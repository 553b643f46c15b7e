import { test, expect, type Page } from '@playwright/test';

// Sharing and moving around an article: heading links, back to top, length and reading time.
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test.describe('sharing and navigation', () => {
  test('each section heading of an article has a button that copies a link to it', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
    await page.goto('articles/zhangjiang-ten-years-brochure/');
    const heading = page.locator('.prose h2[id]').first();
    const text = await heading.innerText();
    await expect(page.getByRole('heading', { name: text, exact: true })).toBeVisible();
    await page.getByRole('button', { name: `复制本节链接：${text}` }).click();
    const copied = await clipboard(page);
    expect(decodeURIComponent(new URL(copied).hash.slice(1))).toBe(await heading.getAttribute('id'));
    await page.goto(copied);
    await expect(heading).toBeInViewport();
  });

  test('back to top appears after scrolling and returns to the top', async ({ page }) => {
    await page.goto('articles/zhangjiang-ten-years-brochure/');
    const back = page.getByRole('link', { name: '回到顶部' });
    await expect(back).toBeHidden();
    await page.mouse.wheel(0, 4000);
    await expect(back).toBeVisible();
    await back.click();
    await expect.poll(() => page.evaluate(() => scrollY)).toBe(0);
  });

  test('an article states its length in characters and its reading time in Chinese', async ({ page }) => {
    await page.goto('articles/zhangjiang-ten-years-brochure/');
    const line = page.locator('.reading-time');
    await expect(line).toHaveText(/^全文约\d+字，阅读约\d+分钟$/);
    const characters = Number(await line.getAttribute('data-characters'));
    const bodyHan = await page.locator('.prose').evaluate((p) => p.textContent!.match(/\p{Script=Han}/gu)!.length);
    expect(characters).toBeGreaterThan(bodyHan * 0.9);
    expect(Number(await line.getAttribute('data-minutes'))).toBe(Math.max(1, Math.round(characters / 400)));
  });
});
