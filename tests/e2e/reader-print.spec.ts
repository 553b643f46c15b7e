import { test, expect, type Page } from '@playwright/test';

// Print: the reading matter only, with the address of every link written out.
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

test.describe('print', () => {
  test('an article prints without navigation, with the address of each link written out', async ({ page, baseURL }) => {
    await page.goto('articles/zhangjiang-hardcore-tech/');
    await page.evaluate(() => localStorage.setItem('zj-theme', 'dark'));
    await page.reload();
    await page.emulateMedia({ media: 'print' });
    for (const hidden of [
      page.getByRole('navigation', { name: '主导航' }),
      page.getByRole('navigation', { name: '面包屑' }),
      page.getByRole('navigation', { name: '上一篇与下一篇' }),
      page.getByRole('navigation', { name: '本文目录' }),
      page.getByRole('contentinfo'),
      page.getByRole('button', { name: '深色模式' }),
      page.getByRole('button', { name: '复制GB/T 7714 格式的引用' }),
      page.getByRole('link', { name: '回到顶部' }),
    ])
      await expect(hidden).toBeHidden();
    await expect(page.locator('.prose')).toBeVisible();
    await expect(page.locator('#cite-gbt')).toBeVisible();
    expect(await background(page), 'white paper even with the dark theme chosen').toBe('rgb(255, 255, 255)');
    const after = await page
      .locator('.source-box a')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain(`${new URL(baseURL!).origin}/sources/#source-000`);
  });

  test('the chronology prints its entries with their addresses and without navigation', async ({ page, baseURL }) => {
    await page.goto('milestones/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
    await expect(page.getByRole('navigation', { name: '按年份跳转' })).toBeHidden();
    const first = page.locator('[data-milestone-id] .what > a').first();
    await expect(first).toBeVisible();
    expect(await first.evaluate((a) => getComputedStyle(a, '::after').content)).toContain(`${new URL(baseURL!).origin}/milestones/`);
  });
});
