import { test, expect as baseExpect, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import AxeBuilder from '@axe-core/playwright';
import { layoutShiftAtWidths } from './layout-shift.ts';

// A search result opens its page at the passage: ?hl=<query> marks every occurrence, a bar moves between them.
test.describe.configure({ timeout: 60_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

const article = 'articles/zhangjiang-hardcore-tech/';
const marks = (page: Page) => page.locator('main mark[data-hit]');
const bar = (page: Page) => page.locator('[data-hit-bar]');
const current = (page: Page) => page.locator('main mark[data-current]').first();
const hl = (path: string, query: string, anchor?: string) => `${path}?hl=${encodeURIComponent(query)}${anchor ? `#${encodeURIComponent(anchor)}` : ''}`;

/** Whether the element is inside the viewport and not under the bar. */
const inView = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((el) => {
    const box = el.getBoundingClientRect();
    const barTop = document.querySelector('[data-hit-bar]')!.getBoundingClientRect().top;
    return box.top >= 0 && box.bottom <= Math.min(innerHeight, barTop);
  });

test('a phrase searched, then its result, opens the page at the marked passage; the bar moves and Esc clears', async ({ page }) => {
  await page.goto(`search/?q=${encodeURIComponent('刻蚀设备')}`);
  const link = page.locator('[data-search-results] > li a.result-title[href*="zhangjiang-hardcore-tech"]');
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${article}\\?hl=${encodeURIComponent('刻蚀设备')}$`));
  await expect(bar(page)).toContainText('第 1 /');
  const count = await marks(page).count();
  expect(count).toBeGreaterThan(1);
  for (const text of await marks(page).allInnerTexts()) expect(text).toBe('刻蚀设备');
  await expect(bar(page)).toContainText(`第 1 / ${count} 处`);
  await expect(current(page)).toHaveText('刻蚀设备');
  expect(await inView(page, 'main mark[data-current]')).toBe(true);

  await page.keyboard.press('Enter');
  await expect(bar(page)).toContainText(`第 2 / ${count} 处`);
  expect(await inView(page, 'main mark[data-current]')).toBe(true);
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.press('Shift+Enter');
  await expect(bar(page)).toContainText(`第 ${count} / ${count} 处`);
  await bar(page).getByRole('button', { name: '下一处' }).click();
  await expect(bar(page)).toContainText(`第 1 / ${count} 处`);
  await bar(page).getByRole('button', { name: '上一处' }).click();
  await expect(bar(page)).toContainText(`第 ${count} / ${count} 处`);
  // Screen readers hear the position.
  await expect(page.getByRole('status').filter({ hasText: '处' })).toContainText(`第 ${count} / ${count} 处`);

  await page.keyboard.press('Escape');
  await expect(page.locator('mark[data-hit]')).toHaveCount(0);
  await expect(bar(page)).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`${article}$`));
});

test('a sub-result lands on its heading, with the passage under it marked', async ({ page }) => {
  await page.goto(`search/?q=${encodeURIComponent('蛋白质设施')}`);
  const item = page.locator('[data-search-results] > li').filter({ has: page.locator('a.result-title[href*="zhangjiang-hardcore-tech"]') });
  const section = item.locator('.result-sections a').first();
  await expect(section).toBeVisible();
  const heading = await section.innerText();
  await section.click();
  const target = page.getByRole('heading', { level: 2, name: heading });
  await expect(page).toHaveURL(new RegExp(`#${encodeURIComponent(await target.getAttribute('id') ?? '')}$`));
  await expect(target).toBeInViewport();
  await expect(current(page)).toHaveText('蛋白质设施');
  expect(await inView(page, 'main mark[data-current]')).toBe(true);
  // The current mark is the first one after that heading.
  const after = await current(page).evaluate((mark, h) => {
    const el = [...document.querySelectorAll('main h2')].find((e) => e.textContent === h)!;
    return Boolean(el.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING);
  }, heading);
  expect(after).toBe(true);
});

test('a Traditional query marks the Simplified text, loading OpenCC only then', async ({ page }) => {
  const opencc: string[] = [];
  page.on('request', (r) => /t2cn/.test(r.url()) && opencc.push(r.url()));
  await page.goto(hl(article, '中微'));
  await expect(bar(page)).toContainText('第 1 /');
  expect(opencc).toEqual([]);
  await page.goto(hl(article, '集成電路'));
  await expect(bar(page)).toContainText('“集成电路”');
  await expect(bar(page)).toContainText('第 1 /');
  for (const text of await marks(page).allInnerTexts()) expect(text).toBe('集成电路');
  expect(opencc).toHaveLength(1);
  // From the search page, result links carry the Simplified form the search used.
  await page.goto(`search/?q=${encodeURIComponent('科創板')}`);
  await expect(page.locator('a.result-title').first()).toHaveAttribute('href', new RegExp(`\\?hl=${encodeURIComponent('科创板')}`));
});

test('quoted phrases and several words are each marked', async ({ page }) => {
  await page.goto(hl(article, '“张江科学城” 中微 KX-6000'));
  await expect(bar(page)).toContainText('第 1 /');
  expect(new Set(await marks(page).allInnerTexts())).toEqual(new Set(['张江科学城', '中微', 'KX-6000']));
});

test('marking changes no text, link, heading button or citation, moves no heading, and touches no code or graphics', async ({ page }) => {
  const snapshot = () =>
    page.evaluate(() => ({
      text: document.querySelector('main article')!.textContent,
      links: [...document.querySelectorAll('main a[href]')].map((a) => a.getAttribute('href')),
      buttons: [...document.querySelectorAll('.heading-link')].map((b) => b.getAttribute('aria-label')),
      footnoteRefs: [...document.querySelectorAll('[data-footnote-ref]')].map((a) => a.innerHTML),
      citation: document.querySelector('section.citation')?.innerHTML,
      h1: (({ x, y, width, height }) => ({ x, y: y + scrollY, width, height }))(document.querySelector('h1')!.getBoundingClientRect()),
    }));
  for (const [path, query] of [['history/', '示范区'], [article, '集成电路'], ['parks/lingang/', '临港'], ['milestones/2019-zhaoxin-kx-6000/', '兆芯']]) {
    await page.goto(path);
    await page.locator('.heading-link').first().waitFor({ state: 'attached', timeout: 2000 }).catch(() => undefined);
    const before = await snapshot();
    await page.goto(hl(path, query));
    await expect(bar(page)).toContainText('第 1 /');
    expect(await marks(page).count(), path).toBeGreaterThan(0);
    expect(await snapshot(), path).toEqual(before);
    const misplaced = page.locator(':is(script, style, svg, code, pre, button, [data-footnote-ref], [data-footnote-backref], [data-pagefind-ignore], section.citation) mark');
    await expect(misplaced).toHaveCount(0);
  }
});

test('marks arriving make nothing on the page jump, on a phone or a desktop', async ({ browser, baseURL }) => {
  const measured = await layoutShiftAtWidths(browser, baseURL, hl(article, '集成电路'), async (page) => {
    await expect(bar(page)).toContainText('第 1 /');
  });
  for (const { width, shift } of measured) expect(shift, `${width} px`).toBeLessThan(0.01);
});

test('a shared link opens the page without JavaScript too, just unmarked', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto(hl(article, '中微'));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('硬核科技');
  await expect(page.locator('mark[data-hit]')).toHaveCount(0);
  await expect(bar(page)).toBeHidden();
  await context.close();
});

test('an article page loads at most 10 KB of JavaScript, gzipped, marking included, from its own origin only', async ({ page, baseURL }) => {
  const scripts: Promise<number>[] = [];
  const foreign: string[] = [];
  page.on('response', (r) => {
    if (!r.url().startsWith(new URL(baseURL!).origin)) foreign.push(r.url());
    else if (r.request().resourceType() === 'script') scripts.push(r.body().then((b) => gzipSync(b).length));
  });
  await page.goto(hl(article, '中微'));
  await expect(bar(page)).toContainText('第 1 /');
  await page.waitForLoadState('networkidle');
  const inline = await page.locator('script:not([src]):not([type="application/ld+json"])').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
  const total = (await Promise.all(scripts)).reduce((a, b) => a + b, 0) + inline.reduce((sum, text) => sum + gzipSync(text).length, 0);
  test.info().annotations.push({ type: 'article JS with marking (gzip)', description: `${(total / 1024).toFixed(1)} KB` });
  expect(total).toBeLessThanOrEqual(10 * 1024);
  expect(foreign).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [1280, 375]) {
    test(`a marked page and its bar pass axe (WCAG 2.2 AA), ${colorScheme}, ${width} px`, async ({ page }) => {
      test.slow();
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme });
      await page.goto(hl(article, '集成电路'));
      await expect(bar(page)).toContainText('第 1 /');
      // The bar's buttons all fit on a phone.
      for (const button of await bar(page).getByRole('button').all()) await expect(button).toBeInViewport({ ratio: 1 });
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    });
  }
}

test('in forced colours (Windows high contrast) the marks keep the system’s mark colours', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto(hl(article, '集成电路'));
  await expect(bar(page)).toContainText('第 1 /');
  const colours = await page.evaluate(() => {
    const [a, b] = [...document.querySelectorAll('main mark[data-hit]')].filter((m) => !m.hasAttribute('data-current'));
    const body = getComputedStyle(document.body).backgroundColor;
    return { mark: getComputedStyle(a).backgroundColor, other: getComputedStyle(b).backgroundColor, body };
  });
  expect(colours.mark).not.toBe(colours.body);
  expect(colours.mark).toBe(colours.other);
});
