import { test, expect, type Page } from '@playwright/test';
import { apaPage, gbtPage, gbtSource, isoDay, citationText } from '../../src/lib/citation.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { readContent } from '../../src/lib/content/read-content.ts';

// Citing a page: the GB/T 7714 and APA text, copying it, and the original source of an article.
const articles = readContent('content').articles.map((e) => ({ id: e.id, data: articleSchema.parse(e.data) }));
const citedPages = ['articles/zhangjiang-hardcore-tech/', 'milestones/2016-zhangjiang-science-center/', 'parks/lingang/'];
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test.describe('citing a page', () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  });

  for (const path of citedPages) {
    test(`${path}: the copy buttons put the formatter's GB/T and APA citations on the clipboard, by keyboard`, async ({ page }) => {
      await page.goto(path);
      const title = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
      const url = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
      const { updated } = JSON.parse((await page.locator('zj-citation').getAttribute('data-page'))!);
      expect(updated, 'page update date').toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const cited = { title, url, updated, accessed: isoDay(new Date()) };

      const gbt = page.getByRole('button', { name: '复制GB/T 7714 格式的引用' });
      await gbt.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => clipboard(page)).toBe(gbtPage(cited));
      await expect(page.locator('zj-copy[data-target="cite-gbt"] [role="status"]')).toHaveText('已复制GB/T 7714 格式的引用');
      await expect(page.locator('#cite-gbt')).toHaveText(gbtPage(cited));

      await page.getByRole('button', { name: '复制APA 格式的引用' }).focus();
      await page.keyboard.press('Space');
      await expect.poll(() => clipboard(page)).toBe(citationText(apaPage(cited)));
      await expect(page.locator('#cite-apa i')).toHaveText(title.endsWith('？') ? title : `${title}.`);
    });
  }

  test('every article cites its source document in GB/T 7714 form, as the formatter does for its kind', async ({ page }) => {
    test.setTimeout(120_000);
    const kinds = new Set<string>();
    for (const { id, data } of articles) {
      await page.goto(`articles/${id}/`);
      await expect(page.locator('#cite-source')).toHaveText(gbtSource(data.source));
      kinds.add(data.source.kind);
    }
    expect([...kinds].sort()).toEqual(['brochure', 'newspaper', 'report', 'web-news']);
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('citations are readable and the back-to-top link is there without JavaScript', async ({ page }) => {
    await page.goto('articles/zhangjiang-hardcore-tech/');
    await expect(page.locator('#cite-gbt')).toContainText('[EB/OL]. (');
    await expect(page.locator('#cite-source')).toContainText('[N]. 科技日报');
    await expect(page.getByRole('link', { name: '回到顶部' })).toBeVisible();
  });
});
