import { test, expect as baseExpect, type Page } from '@playwright/test';
import { layoutShiftAtWidths } from './layout-shift.ts';

// Searching starts Pagefind's WebAssembly on first use; on a loaded CI machine that can take several seconds.
test.describe.configure({ timeout: 90_000 });
test.use({ actionTimeout: 20_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

const results = (page: Page) => page.getByTestId('search-results').locator('ol > li');
const status = (page: Page) => page.getByRole('status');
const box = (page: Page) => page.getByRole('searchbox', { name: '搜索文章、大事记和园区' });
const total = async (page: Page) => Number((await status(page).innerText()).match(/共 (\d+) 个页面/)![1]);
const firstLink = (page: Page) => results(page).first().getByRole('link').first();

/** Types a query like a person would and waits for the answer to it (the status line quotes the query). */
async function search(page: Page, query: string) {
  await box(page).fill('');
  await box(page).pressSequentially(query, { delay: 20 });
  await expect(status(page)).toContainText(`“${query}”`);
}

/** Collects console errors, page errors and requests to other origins while a test runs. */
function watch(page: Page, origin: string) {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('dialog', (d) => problems.push(`dialog: ${d.message()}`));
  page.on('request', (r) => !r.url().startsWith(origin) && !r.url().startsWith('data:') && problems.push(`foreign: ${r.url()}`));
  return problems;
}

test('typing a query puts the page it names first', async ({ page }) => {
  await page.goto('search/');
  for (const [query, path] of [
    ['张江综合性国家科学中心', '/milestones/2016-zhangjiang-science-center/'],
    ['KX-6000', '/milestones/2019-zhaoxin-kx-6000/'],
    ['硬核科技', '/articles/zhangjiang-hardcore-tech/'],
    ['临港', '/parks/lingang/'],
  ]) {
    await search(page, query);
    await expect(firstLink(page)).toHaveAttribute('href', new RegExp(`${path}\\?hl=${encodeURIComponent(query)}$`));
  }
  const item = results(page).first();
  // A park's result gives its district.
  await expect(item.locator('.result-meta')).toHaveText(/^园区 · 浦东新区/);
  await expect(item.locator('mark').first()).toHaveText('临港');
});

test('a number or a Latin word puts the pages holding it as a whole word first', async ({ page }) => {
  await page.goto('search/');
  const order = async () => (await results(page).locator('a.result-title').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)));
  for (const [query, exact, longer] of [
    ['330', '/articles/zhangjiang-ten-years-brochure/', '/milestones/2018-yrd-technology-export/'],
    ['SA', '/milestones/2020-unisoc-5g-chip-technology/', '/milestones/2018-world-ai-conference/'],
  ]) {
    await search(page, query);
    // The first result comes with the status line, the rest of the first page one a frame after it.
    await expect(results(page)).toHaveCount(Math.min(await total(page), 10));
    const found = await order();
    expect(found.indexOf(exact), `${query}: ${found.join(' ')}`).toBeGreaterThanOrEqual(0);
    expect(found.indexOf(exact), `${query}: ${found.join(' ')}`).toBeLessThan(found.indexOf(longer));
  }
});

test('a result lists the sections that match under their headings, and milestones give their date', async ({ page }) => {
  await page.goto(`search/?q=${encodeURIComponent('中微')}`);
  const item = results(page).filter({ has: page.locator('a.result-title[href*="zhangjiang-hardcore-tech"]') });
  const sections = item.locator('.result-sections > li');
  await expect(sections.first()).toBeVisible();
  expect(await sections.count()).toBeLessThanOrEqual(3);
  for (const section of await sections.all()) {
    await expect(section.locator('mark').first()).toHaveText('中微');
    await expect(section.getByRole('link')).toHaveAttribute('href', /\?hl=%E4%B8%AD%E5%BE%AE#.+/);
  }
  await expect(results(page).filter({ hasText: '大事记' }).first().locator('.result-meta')).toHaveText(/^大事记 · \d{4}年/);
});

test('the header box on any page leads to the search, and / focuses it', async ({ page }) => {
  await page.goto('articles/');
  await page.keyboard.press('/');
  await expect(page.locator('#site-search')).toBeFocused();
  await page.keyboard.type('上海光源');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=%E4%B8%8A%E6%B5%B7%E5%85%89%E6%BA%90$/);
  await expect(status(page)).toContainText('“上海光源”：共');
  await expect(firstLink(page)).toContainText('上海光源');
});

test('every page holding a run of characters is found, even across word boundaries', async ({ page }) => {
  await page.goto('search/?q=集成电路');
  await expect(status(page)).toContainText('共');
  const whole = await total(page);
  for (const part of ['成电路', '江示范']) {
    await search(page, part);
    const marks = await results(page).locator('.result-excerpt mark, .result-title mark').allInnerTexts();
    expect(new Set(marks)).toEqual(new Set([part]));
    if (part === '成电路') await expect(status(page)).toContainText(`共 ${whole} 个页面`);
  }
  // Single characters and Latin or digits mixed with Chinese.
  for (const query of ['芯', 'G60', 'T7520', '5G', '2016年']) {
    await search(page, query);
    await expect(status(page)).toContainText(`“${query}”：共`);
    await expect(results(page).first().locator('mark').first()).toHaveText(new RegExp(`^${query}$`, 'i'));
  }
});

test('the address holds the search: opening it shows the results, typing updates it, Back restores it', async ({ page }) => {
  await page.goto('search/?q=张江&type=milestone&year=2016');
  await expect(box(page)).toHaveValue('张江');
  await expect(status(page)).toContainText('筛选后');
  const metas = await results(page).locator('.result-meta').allInnerTexts();
  expect(metas.length).toBeGreaterThan(0);
  for (const meta of metas) expect(meta).toMatch(/^大事记 · 2016年/);
  const filters = page.getByRole('navigation', { name: '筛选结果' });
  await expect(filters.getByRole('link', { name: /^大事记 \d+$/ })).toHaveAttribute('aria-current', 'true');
  await expect(filters.getByRole('link', { name: /^2016 \d+$/ })).toHaveAttribute('aria-current', 'true');

  await search(page, '科创板');
  await expect(page).toHaveURL(/\?q=%E7%A7%91%E5%88%9B%E6%9D%BF&type=milestone&year=2016$/);
  await page.goBack();
  await expect(box(page)).toHaveValue('张江');
  await expect(page).toHaveURL(/\?q=%E5%BC%A0%E6%B1%9F&type=milestone&year=2016$/);
  await expect(status(page)).toContainText('“张江”');
});

test('filters narrow the list and show how many results each would leave', async ({ page }) => {
  await page.goto('search/?q=集成电路');
  await expect(status(page)).toContainText('共');
  const all = await total(page);
  const filter = page.getByRole('navigation', { name: '筛选结果' }).getByRole('link', { name: /^文章 \d+$/ });
  const count = Number((await filter.innerText()).split(' ')[1]);
  expect(count).toBeLessThan(all);
  await filter.click();
  await expect(page).toHaveURL(/type=article/);
  await expect(status(page)).toContainText(`共 ${all} 个页面，筛选后 ${count} 个`);
  await expect(results(page)).toHaveCount(Math.min(count, 10));
  for (const meta of await results(page).locator('.result-meta .kind').allInnerTexts()) expect(meta).toBe('文章');
  await page.getByRole('link', { name: '清除筛选' }).click();
  await expect(status(page)).toHaveText(`“集成电路”：共 ${all} 个页面。`);
  await expect(page).not.toHaveURL(/type=/);
});

test('a Traditional query finds the Simplified text, and says so', async ({ page, baseURL }) => {
  const problems = watch(page, new URL(baseURL!).origin);
  const opencc: string[] = [];
  page.on('request', (r) => /t2cn/.test(r.url()) && opencc.push(r.url()));
  await page.goto('search/');
  await search(page, '集成电路');
  expect(opencc).toEqual([]);
  for (const [traditional, simplified] of [['集成電路', '集成电路'], ['張江', '张江'], ['科創板', '科创板']]) {
    await search(page, traditional);
    await expect(status(page)).toContainText(`已把繁体“${traditional}”转换为简体“${simplified}”搜索`);
    await expect(results(page).first().locator('mark').first()).toHaveText(simplified);
  }
  expect(opencc).toHaveLength(1);
  expect(problems).toEqual([]);
});

test('hostile input is shown as text and breaks nothing', async ({ page, baseURL }) => {
  const problems = watch(page, new URL(baseURL!).origin);
  await page.goto('search/');
  const inputs = ['<script>alert(1)</script>', '<img src=x onerror=alert(2)>', '.*+?^${}()|[]\\', '😀🚀', '！？。，……', '"', '张江'.repeat(1000), 'a'.repeat(2000)];
  for (const input of inputs) {
    await box(page).fill(input);
    await expect(status(page)).not.toHaveText(/正在搜索|^$/);
  }
  await box(page).fill('<img src=x onerror=alert(2)>');
  await expect(status(page)).toContainText('<img src=x onerror=alert(2)>');
  await expect(page.locator('zj-search img')).toHaveCount(0);
  await box(page).fill('😀🚀');
  await expect(status(page)).toContainText('没有可以搜索的文字或数字');
  await box(page).fill('张江'.repeat(1000));
  await expect(status(page)).toContainText('查询太长');
  await page.goto(`search/?q=${encodeURIComponent('<script>alert(3)</script>')}&type=<b>&year=x`);
  await expect(box(page)).toHaveValue('<script>alert(3)</script>');
  await expect(status(page)).toContainText('没有找到');
  expect(problems).toEqual([]);
});

test('no match gives a clear empty state with suggestions that work', async ({ page }) => {
  const opencc: string[] = [];
  page.on('request', (r) => /t2cn/.test(r.url()) && opencc.push(r.url()));
  await page.goto('search/?q=熊猫');
  await expect(status(page)).toContainText('没有找到包含“熊猫”的页面');
  await expect(results(page)).toHaveCount(0);
  // Simplified characters that are on no page are not Traditional: no converter is fetched for them.
  expect(opencc).toEqual([]);
  const empty = page.locator('[data-search-empty]');
  await expect(empty).toBeVisible();
  await expect(empty.getByRole('link', { name: '大事记' })).toBeVisible();
  await empty.getByRole('link', { name: '科创板' }).click();
  await expect(box(page)).toHaveValue('科创板');
  await expect(results(page).first()).toBeVisible();
});

test('keyboard only: / to the box, Enter to search, arrows through results, Enter to open', async ({ page }) => {
  await page.goto('search/');
  await page.keyboard.press('/');
  await expect(box(page)).toBeFocused();
  await page.keyboard.type('兆芯');
  await page.keyboard.press('Enter');
  await expect(firstLink(page)).toBeVisible();
  await expect(box(page)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(firstLink(page)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(results(page).nth(1).getByRole('link').first()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(box(page)).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: '搜索', exact: true }).last()).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/milestones/2019-zhaoxin-kx-6000/\\?hl=${encodeURIComponent('兆芯')}$`));
});

test('search code loads only once someone searches', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (r) => /pagefind|\/_astro\/(worker-|local\.)|SearchApp|t2cn/.test(r.url()) && loaded.push(new URL(r.url()).pathname));
  for (const path of ['./', 'articles/zhangjiang-hardcore-tech/', 'milestones/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(loaded).toEqual([]);
  await page.goto('search/');
  await page.waitForLoadState('networkidle');
  expect(loaded.filter((u) => /pagefind|\/_astro\/(worker-|local\.)/.test(u))).toEqual([]);
  await box(page).pressSequentially('张江');
  await expect(status(page)).toContainText('共');
  expect(loaded.some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true);
  expect(loaded.filter((u) => u.endsWith('pagefind-worker.js') || /t2cn/.test(u))).toEqual([]);
});

test('search works under a sub-path', async ({ page, baseURL }) => {
  const sub = new URL('/zhangjiang/search/', baseURL);
  sub.port = String(Number(sub.port) + 1);
  const html = await (await page.request.get(sub.href)).text();
  expect(html, 'the second server serves the /zhangjiang/ build (npm run build:subpath)').toContain('data-bundle="/zhangjiang/pagefind/"');
  await page.goto(`${sub.href}?q=${encodeURIComponent('上海光源')}`);
  await expect(status(page)).toContainText('共');
  await expect(firstLink(page)).toHaveAttribute('href', /^\/zhangjiang\/milestones\//);
  await firstLink(page).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('上海光源');
});

test('an index split into shards (the sub-path build) finds the same pages and counts as one index', async ({ page, baseURL }) => {
  const sub = new URL('/zhangjiang/', baseURL);
  sub.port = String(Number(sub.port) + 1);
  const manifest = await page.request.get(`${sub.href}pagefind/shards.json`);
  expect(manifest.ok(), 'the second server serves the sharded /zhangjiang/ build (npm run build:subpath)').toBe(true);
  // `npm run build:subpath` splits its index into shards of a few pages, so that this is tested on a small site.
  expect((await manifest.json()).shards.length).toBeGreaterThan(1);
  const filters = (p: Page) => p.getByRole('navigation', { name: '筛选结果' }).getByRole('link').allInnerTexts();
  // Latin words too: where a word is missing, Pagefind matches it differently from shard to shard.
  for (const query of ['集成电路', '张江', 'G60', 'KX-6000', '5G']) {
    const answers = [];
    for (const site of [new URL('./', baseURL).href, sub.href]) {
      await page.goto(`${site}search/?q=${encodeURIComponent(query)}`);
      await expect(status(page)).toContainText(`“${query}”`);
      // The filter counts follow the results.
      await expect(page.getByRole('navigation', { name: '筛选结果' }).getByRole('link').first()).toBeVisible();
      answers.push({ status: await status(page).innerText(), filters: await filters(page) });
    }
    expect(answers[1], query).toEqual(answers[0]);
  }
});

test('the search runs in a worker, and on the page where no worker can start', async ({ page }) => {
  const workers: string[] = [];
  page.on('worker', (w) => workers.push(new URL(w.url()).pathname));
  await page.goto('search/?q=集成电路');
  await expect(status(page)).toContainText('“集成电路”：共');
  expect(workers.filter((u) => /\/_astro\/worker-/.test(u))).toHaveLength(1);
  // A browser without module workers, or a host whose policy header forbids them: the same search, on the page.
  await page.route(/\/_astro\/worker-/, (route) => route.fulfill({ status: 404, body: '' }));
  const found = await total(page);
  const local: string[] = [];
  page.on('request', (r) => /\/_astro\/local\./.test(r.url()) && local.push(r.url()));
  await page.goto('search/?q=集成电路');
  await expect(status(page)).toContainText('“集成电路”：共');
  expect(local).toHaveLength(1);
  expect(await total(page)).toBe(found);
  await expect(results(page)).toHaveCount(10);
  await expect(results(page).first().locator('mark').first()).toHaveText('集成电路');
});

test('results arriving from a link do not make the page jump, on a phone or a desktop', async ({ browser, baseURL }) => {
  const measured = await layoutShiftAtWidths(browser, baseURL, 'search/?q=集成电路', async (page) => {
    await expect(results(page).first()).toBeVisible();
    // Let the filter counts, which follow the results, arrive too.
    await expect(page.locator('[data-search-filters] .facet a').first()).toBeAttached();
  });
  for (const { width, shift } of measured) expect(shift, `${width} px`).toBeLessThan(0.01);
});
