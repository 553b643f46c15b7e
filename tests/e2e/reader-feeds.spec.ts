import { test, expect, type Page } from '@playwright/test';
import { articleSchema } from '../../src/schemas/article.ts';
import { readContent } from '../../src/lib/content/read-content.ts';

// Feeds, sitemap and the metadata that sharing and search engines read.
const articles = readContent('content').articles.map((e) => ({ id: e.id, data: articleSchema.parse(e.data) }));

test.describe('feeds and sitemap', () => {
  async function listed(page: Page) {
    await page.goto('articles/');
    const articlePaths = await page.locator('.card h3 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    await page.goto('milestones/');
    const milestonePaths = await page.locator('[data-milestone-id] .what > a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(articlePaths.length).toBe(articles.length);
    expect(milestonePaths.length).toBeGreaterThanOrEqual(30);
    return { articlePaths, milestonePaths };
  }
  async function parseXml(page: Page, text: string, selector: string) {
    return page.evaluate(
      ({ text, selector }) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        if (doc.querySelector('parsererror')) return null;
        return [...doc.querySelectorAll(selector)].map((e) => new URL(e.textContent!).pathname);
      },
      { text, selector },
    );
  }

  test('the RSS feed is valid XML, linked from every page, and lists every article and milestone once', async ({ page, request }) => {
    const { articlePaths, milestonePaths } = await listed(page);
    const feedHref = await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href');
    const response = await request.get(new URL(feedHref!, page.url()).href);
    expect(response.status()).toBe(200);
    const links = await parseXml(page, await response.text(), 'channel > item > link');
    expect(links, 'feed parses as XML').not.toBeNull();
    expect([...links!].sort()).toEqual([...articlePaths, ...milestonePaths].sort());
  });

  test('the sitemap is valid XML, lists every article, milestone and park, and every address in it exists', async ({ page, request }) => {
    test.setTimeout(120_000);
    const { articlePaths, milestonePaths } = await listed(page);
    await page.goto('parks/');
    const parkPaths = await page.locator('[data-park-id] > a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const locs = await parseXml(page, await (await request.get('sitemap.xml')).text(), 'url > loc');
    expect(locs, 'sitemap parses as XML').not.toBeNull();
    expect(locs).toEqual(expect.arrayContaining([...articlePaths, ...milestonePaths, ...parkPaths, '/figures/']));
    expect(new Set(locs).size).toBe(locs!.length);
    for (const path of locs!) expect((await request.get(path.slice(1))).status(), path).toBe(200);
    expect(await (await request.get('robots.txt')).text()).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
  });
});

test.describe('metadata for sharing and search engines', () => {
  test('an article has canonical URL, Open Graph and Article JSON-LD that agree with the page', async ({ page }) => {
    await page.goto('articles/zhangjiang-ten-years-brochure/');
    const title = await page.getByRole('heading', { level: 1 }).innerText();
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(new URL(canonical!).pathname).toBe('/articles/zhangjiang-ten-years-brochure/');
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', canonical!);
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', new RegExp(`^${title}`));
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(data).toMatchObject({ '@type': 'Article', headline: title, url: canonical, isBasedOn: { name: '你好，张江' } });
  });

  test('a milestone has Event JSON-LD with its date at the precision known', async ({ page }) => {
    await page.goto('milestones/2016-zhangjiang-science-center/');
    const datetime = await page.locator('main time').first().getAttribute('datetime');
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(data).toMatchObject({ '@type': 'Event', name: await page.getByRole('heading', { level: 1 }).innerText(), startDate: datetime });
    expect(data.subjectOf.length).toBeGreaterThan(0);
    await expect(page.locator('meta[name="description"]')).not.toHaveAttribute('content', /一区22园）2011—2020年的文章、大事记/);
  });
});
