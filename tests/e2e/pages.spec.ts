import { test, expect } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

// Every page type must show its content to a reader with JavaScript turned off.
test.use({ javaScriptEnabled: false });

test('home explains the zone and links to every section', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('张江国家自主创新示范区');
  await expect(page.locator('main')).toContainText('531平方公里');
  for (const name of ['文章', '大事记', '时间线', '园区', '地图', '来源']) {
    await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name, exact: true })).toBeVisible();
  }
  // The ten official chronology entries are on the home page.
  await expect(page.locator('#decade ~ ol li, section:has(#decade) li')).toHaveCount(10);
});

test('article list shows all 11 articles, grouped by scope, and a topic index', async ({ page }) => {
  await page.goto('articles/');
  const cards = page.locator('.card h3 a');
  await expect(cards).toHaveCount(11);
  await expect(page.getByRole('heading', { name: /外地园区/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: '按主题' })).toBeVisible();
});

test('an article shows its source box, contents and body', async ({ page }) => {
  await page.goto('articles/zhangjiang-hardcore-tech/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const box = page.getByRole('complementary', { name: '原始出处' });
  await expect(box).toContainText('科技日报');
  await expect(box).toContainText('王春');
  await expect(box).toContainText('《张江示范区：瞄准硬核科技，争做世界科创“中枢”》');
  await expect(page.getByRole('navigation', { name: '本文目录' }).getByRole('link').first()).toBeVisible();
  await expect(page.locator('.prose')).toContainText('中微');
  await expect(page.getByRole('link', { name: '张江核心园', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: '在地图上查看张江核心园' })).toHaveAttribute('href', /map\/#zhangjiang$/);
});

test('CJK emphasis next to Chinese quotes renders as bold (remark-cjk-friendly is active)', async ({ page }) => {
  // 为**“五个始终”**：CommonMark alone does not open emphasis between a Han character and an opening quote.
  await page.goto('articles/zhangjiang-ten-years-brochure/');
  const html = await page.locator('.prose').innerHTML();
  expect(html).toContain('为<strong>“五个始终”</strong>');
  expect(html).not.toContain('**');
});

test('the chronology lists 2011–2020 by year with at least 30 milestones', async ({ page }) => {
  await page.goto('milestones/');
  const years = await page.locator('section.year h2').allInnerTexts();
  expect(years.map((y) => Number.parseInt(y))).toEqual([...years.map((y) => Number.parseInt(y))].sort());
  expect(Number.parseInt(years[0])).toBe(2011);
  expect(Number.parseInt(years.at(-1)!)).toBe(2020);
  expect(await page.locator('[data-milestone-id]').count()).toBeGreaterThanOrEqual(30);
  await expect(page.locator('.official')).toHaveCount(10);
});

test('a milestone page shows date, category, explanation and its sources', async ({ page }) => {
  await page.goto('milestones/2011-state-council-approval/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('国务院');
  await expect(page.locator('time').first()).toHaveAttribute('datetime', /^2011/);
  await expect(page.getByRole('heading', { name: '出处' })).toBeVisible();
  await expect(page.locator('main')).toContainText('你好，张江');
});

test('parks list shows 22 parks grouped by district, inferred ones marked', async ({ page }) => {
  await page.goto('parks/');
  await expect(page.locator('[data-park-id]')).toHaveCount(22);
  await expect(page.getByRole('heading', { name: '浦东新区' })).toBeVisible();
  expect(await page.getByText('归属推断', { exact: true }).count()).toBeGreaterThan(0);
});

test('a park page states its facts, each marked verified, inferred or unknown, and its sources by kind', async ({ page }) => {
  await page.goto('parks/zhangjiang/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('张江核心园');
  const facts = page.locator('dl.facts');
  await expect(facts).toContainText('浦东新区');
  await expect(facts).toContainText('示意');
  await expect(facts.locator('dd', { hasText: '79.7' })).toContainText('已核实');
  await expect(page.getByRole('heading', { name: '资料说明' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '资料来源' })).toBeVisible();
  await expect(page.locator('.park-notes')).toContainText('官方');

  await page.goto('parks/baoshan/');
  await expect(page.locator('main')).toContainText('尚无官方或主流媒体来源点名');
  await expect(page.locator('dl.facts dd', { hasText: '2014年' })).toContainText('推断');
  await expect(page.locator('dl.facts dd', { hasText: '来源未载面积' })).toContainText('不详');
  await expect(page.locator('.park-notes')).toContainText('转载');
});

test('sources page lists the five documents and what draws on them', async ({ page }) => {
  await page.goto('sources/');
  await expect(page.locator('section.source')).toHaveCount(5);
  await expect(page.locator('#source-000')).toContainText('阿拉尔');
});

test('an unknown address shows the 404 page with a way back', async ({ page }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这个页面');
  await expect(page.locator('main').getByRole('link', { name: '首页' })).toBeVisible();
});

test('the search page says that search needs JavaScript and offers the lists', async ({ page }) => {
  await page.goto('search/');
  await expect(page.locator('main')).toContainText('JavaScript');
  await expect(page.locator('main').getByRole('link', { name: '大事记' })).toBeVisible();
});

test('the local server (scripts/dev/serve.mjs) revalidates pages and caches content-hashed files for a year', async ({ request }) => {
  const page = await request.get('map/');
  expect(page.headers()['cache-control']).toBe('no-cache');
  const etag = page.headers().etag;
  expect(etag).toBeTruthy();
  expect(page.headers()['last-modified']).toBeTruthy();
  expect((await request.get('map/', { headers: { 'if-none-match': etag } })).status()).toBe(304);
  expect((await request.get('map/', { headers: { 'if-none-match': '"other"' } })).status()).toBe(200);
  expect((await request.get('map/', { headers: { 'if-modified-since': page.headers()['last-modified'] } })).status()).toBe(304);

  const immutable = 'public, max-age=31536000, immutable';
  // The page's CSS is inlined (astro.config.mjs); its script is a content-hashed file.
  const script = (await page.text()).match(/_astro\/[^"]+\.js/)![0];
  expect((await request.get(script)).headers()['cache-control']).toBe(immutable);
  // Pagefind hashes its chunks and its metadata file, not its entry file or scripts.
  const entry = await request.get('pagefind/pagefind-entry.json');
  expect(entry.headers()['cache-control']).toBe('no-cache');
  const { hash } = (await entry.json()).languages['zh-cn'];
  expect((await request.get(`pagefind/pagefind.${hash}.pf_meta`)).headers()['cache-control']).toBe(immutable);
  const fragment = readdirSync(join(process.env.E2E_DIST ?? 'dist', 'pagefind', 'fragment'))[0];
  expect((await request.get(`pagefind/fragment/${fragment}`)).headers()['cache-control']).toBe(immutable);
  expect((await request.get('pagefind/pagefind.js')).headers()['cache-control']).toBe('no-cache');
});

test.describe('on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('the breadcrumb stays on one line: a long current title ends in an ellipsis, the h1 gives it in full', async ({ page }) => {
    for (const path of ['milestones/2014-xi-global-innovation-centre/', 'articles/zhangjiang-hardcore-tech/', 'parks/zhangjiang/']) {
      await page.goto(path);
      const crumbs = page.getByRole('navigation', { name: '面包屑' });
      const items = crumbs.getByRole('listitem');
      const tops = await items.evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
      expect(new Set(tops).size, path).toBe(1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(375);
      const title = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
      await expect(crumbs.locator('[aria-current="page"]')).toHaveText(title);
    }
  });
});
