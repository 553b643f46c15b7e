import { test, expect, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { layoutShiftAtWidths } from './layout-shift.ts';

const map = (page: Page) => page.getByTestId('park-map');
const mark = (page: Page, id: string) => map(page).locator(`[data-park-id="${id}"]`);
const panel = (page: Page) => page.getByRole('complementary', { name: '园区详情' });

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the map, a list of the parks by district and the notes are all in the HTML', async ({ page }) => {
    await page.goto('map/');
    await expect(map(page).locator('path[data-district]')).toHaveCount(16);
    await expect(map(page).locator('[data-park-id]')).toHaveCount(22);
    await expect(map(page).locator('[data-park-id] text').first()).toBeVisible();
    const list = page.locator('.by-district');
    await expect(list.locator('li[data-park-id]')).toHaveCount(22);
    await expect(list.getByRole('heading', { name: '浦东新区' })).toBeVisible();
    await expect(list.locator('#lingang')).toContainText('2012年');
    await expect(page.locator('main')).toContainText('示意位置');
    await expect(page.locator('main')).toContainText('高德地图');
    // Every step of the growth is readable as text.
    for (const year of ['2011', '2012', '2014', '2020']) await expect(page.locator(`[data-step-summary="${year}"]`)).toBeVisible();
  });
});

test('clicking a park opens its panel, with facts, related pages and a way back', async ({ page }) => {
  await page.goto('map/');
  await mark(page, 'zhangjiang').click();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('张江核心园');
  await expect(panel(page)).toContainText('浦东新区');
  await expect(panel(page)).toContainText('79.7');
  await expect(page).toHaveURL(/map\/#zhangjiang$/);
  await expect(panel(page).getByRole('link', { name: '张江核心园详情页' })).toHaveAttribute('href', /parks\/zhangjiang\/$/);
  expect(await panel(page).locator('a[href*="milestones/"]:visible').count()).toBeGreaterThan(0);
  await panel(page).getByRole('button', { name: '关闭园区详情' }).click();
  await expect(panel(page).getByRole('heading', { name: '张江核心园' })).toBeHidden();
});

test('a park with unconfirmed facts says so in its panel', async ({ page }) => {
  await page.goto('map/');
  await mark(page, 'huangpu').click();
  await expect(panel(page)).toContainText('尚无官方或主流媒体来源点名');
  await expect(panel(page)).toContainText('推断');
  await expect(panel(page)).toContainText('来源未载');
});

test('parks and districts are reachable by keyboard; Enter opens a park', async ({ page }) => {
  await page.goto('map/');
  const district = map(page).locator('a.district').first();
  await district.focus();
  await expect(district).toBeFocused();
  await mark(page, 'lingang').focus();
  await expect(page.locator('[data-tip-box]')).toContainText('临港园');
  await page.keyboard.press('Enter');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('临港园');
  await expect(panel(page).getByRole('heading', { level: 2 })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(mark(page, 'lingang')).toBeFocused();
});

test('Tab goes through the whole page without a stop that has no role and name, and the map itself is no stop', async ({ page }) => {
  // About 90 stops, each read through the accessibility tree: slow on a busy machine.
  test.setTimeout(90_000);
  await page.goto('map/');
  await page.waitForLoadState('load');
  const stops: string[] = [];
  for (let i = 0; i < 250; i++) {
    await page.keyboard.press('Tab');
    const tag = await page.evaluate(() => {
      const e = document.activeElement;
      return !e || e === document.body || e.classList.contains('skip-link') ? 'end' : e.tagName.toLowerCase();
    });
    if (tag === 'end' && i > 0) break;
    const focused = page.locator(':focus');
    // The first line of the snapshot is `- role "name"`: the accessible role and name of the focused element.
    const line = (await focused.ariaSnapshot()).split('\n')[0];
    const [, role, name] = line.match(/^- ([\w-]+)(?: "((?:[^"\\]|\\.)*)")?/) ?? [];
    stops.push(`${tag} ${role ?? '?'} ${name ?? ''}`);
    expect(role, `Tab stop ${i + 1}: ${line}`).toMatch(/^(link|button|searchbox|textbox|heading)$/);
    expect(name?.trim(), `Tab stop ${i + 1}: ${line}`).toBeTruthy();
  }
  // The skip link, the header, the 16 districts, the 22 parks and the controls below: the walk did get through the map.
  expect(stops.filter((s) => s.startsWith('a link')).length).toBeGreaterThan(40);
  expect(stops.some((s) => s.startsWith('svg'))).toBe(false);
});

test('the stepper shows which parks belonged to the zone at each adjustment', async ({ page }) => {
  await page.goto('map/');
  const visible = map(page).locator('[data-park-id]:visible');
  const step = (year: string) => page.getByRole('button', { name: year, exact: true });
  const count = (year: string) => page.locator(`[data-step-summary="${year}"] [data-step-count]`);
  await expect(visible).toHaveCount(22);
  await expect(count('2020')).toHaveText('22');

  await step('2011').click();
  await expect(step('2011')).toHaveAttribute('aria-pressed', 'true');
  await expect(count('2011')).toHaveText('12');
  // 12 parks, plus 紫竹园 whose year is unknown, drawn hollow at every step; the count says it leaves 紫竹园 out, and
  // the last step's says it holds it.
  await expect(page.locator('[data-step-summary="2011"] .figures')).toContainText('12个园区（另有紫竹园，纳入年份不详，未计入）');
  await expect(page.locator('[data-step-summary="2020"] .figures')).toContainText('22个园区（含纳入年份不详的紫竹园）');
  await expect(visible).toHaveCount(13);
  await expect(mark(page, 'lingang')).toBeHidden();
  await expect(mark(page, 'zhangjiang')).toBeVisible();
  await expect(page.locator('[data-step-summary="2011"]')).toContainText('来源未载');
  // 宝山区 has no park before 2014: it loses the zone's tint that 浦东新区 keeps.
  const fill = (name: string) => map(page).locator(`path[data-district="${name}"]`).evaluate((e) => getComputedStyle(e).fill);
  await expect.poll(async () => (await fill('宝山区')) === (await fill('浦东新区'))).toBe(false);

  await step('2012').click();
  await expect(count('2012')).toHaveText('18');
  await expect(visible).toHaveCount(19);
  await expect(page.locator('[data-step-summary="2012"]')).toContainText('470.5');
  await expect(mark(page, 'lingang')).toBeVisible();

  await step('2014').click();
  await expect(visible).toHaveCount(22);
  await expect.poll(async () => (await fill('宝山区')) === (await fill('浦东新区'))).toBe(true);
  await expect(page.locator('[data-step-summary="2014"]')).toContainText('531');
});

test('a deep link map/#<park-id> opens that park and brings the map into view', async ({ page }) => {
  await page.goto('map/#jinshan');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('金山园');
  await expect(mark(page, 'jinshan')).toHaveClass(/selected/);
  await expect(map(page)).toBeInViewport({ ratio: 0.3 });
});

test('zooming enlarges the map but keeps the park points the same size on screen', async ({ page }) => {
  await page.goto('map/');
  const dot = mark(page, 'zhangjiang').locator('.dot');
  const before = (await dot.boundingBox())!;
  const district = (await map(page).locator('path[data-district="黄浦区"]').boundingBox())!;
  await page.getByRole('button', { name: '放大' }).click();
  await expect.poll(async () => (await map(page).locator('path[data-district="黄浦区"]').boundingBox())!.width).toBeGreaterThan(district.width * 1.8);
  const after = (await dot.boundingBox())!;
  expect(Math.abs(after.width - before.width)).toBeLessThan(1.5);
  await page.getByRole('button', { name: '复位' }).click();
  await expect.poll(async () => (await map(page).locator('path[data-district="黄浦区"]').boundingBox())!.width).toBeCloseTo(district.width, 0);
});

test('the map page ships at most 40 KB of JavaScript and 60 KB of SVG, gzipped', async ({ page, request }) => {
  await page.goto('map/');
  // Every script the page loads up front: <script src>, inline modules, and the chunks they import statically.
  const queue = await page.locator('script[src]').evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).src));
  const inline = await page.locator('script:not([src])').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
  let js = inline.reduce((sum, text) => sum + gzipSync(text).length, 0);
  const seen = new Set<string>();
  while (queue.length) {
    const url = queue.pop()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const text = await (await request.get(url)).text();
    js += gzipSync(text).length;
    for (const [, spec] of text.matchAll(/(?:from|import)\s*["']([^"']+\.js)["']/g)) queue.push(new URL(spec, url).href);
  }
  // d3-zoom and d3-selection alone weigh more than 8 KB: a smaller sum would mean the imports were missed.
  expect(js).toBeGreaterThan(8 * 1024);
  expect(js).toBeLessThanOrEqual(40 * 1024);
  const svg = await map(page).evaluate((e) => e.outerHTML);
  expect(gzipSync(svg).length).toBeLessThanOrEqual(60 * 1024);
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('the map fits, controls are 44 px, and a tap near a park opens it', async ({ page }) => {
    await page.goto('map/');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    for (const name of ['放大', '缩小', '复位', '2011']) {
      const box = (await page.getByRole('button', { name, exact: true }).boundingBox())!;
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
    }
    await map(page).scrollIntoViewIfNeeded();
    const dot = (await mark(page, 'lingang').locator('.dot').boundingBox())!;
    // 18 px off the point still counts: the tap target is 44 px across.
    await page.touchscreen.tap(dot.x + dot.width / 2, dot.y + dot.height / 2 + 18);
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText('临港园');
  });
});

test('the stepper does not animate when the reader asks for reduced motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('map/');
  await page.getByRole('button', { name: '2011', exact: true }).click();
  // Hidden at once, not after a fade.
  expect(await mark(page, 'lingang').evaluate((e) => getComputedStyle(e).visibility)).toBe('hidden');
});

test('a park page shows a locator map of its district and links to the park on the map', async ({ page }) => {
  await page.goto('parks/jinshan/');
  const locator = page.getByTestId('locator-map');
  await expect(locator).toBeVisible();
  await expect(locator).toHaveAttribute('aria-label', /金山园.*金山区/);
  const district = (await locator.locator('path[data-district="金山区"]').boundingBox())!;
  const dot = (await locator.locator('.dot').boundingBox())!;
  expect(dot.x).toBeGreaterThan(district.x);
  expect(dot.x + dot.width).toBeLessThan(district.x + district.width);
  expect(dot.y).toBeGreaterThan(district.y);
  expect(dot.y + dot.height).toBeLessThan(district.y + district.height);
  await expect(page.getByRole('link', { name: '在园区地图上查看' })).toHaveAttribute('href', /map\/#jinshan$/);
});

test('the page does not jump when the map script runs, on a phone or a desktop', async ({ browser, baseURL }) => {
  const measured = await layoutShiftAtWidths(browser, baseURL, 'map/', async (page) => {
    // The script has run: the stepper shows its buttons and has picked the last step.
    await expect(page.locator('zj-park-map[data-step]')).toBeAttached();
    await expect(page.getByRole('button', { name: '2011', exact: true })).toBeVisible();
    await page.waitForLoadState('load');
    // Layout shifts are reported after the frame that shows them: wait two frames.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  });
  for (const { width, shift } of measured) expect(shift, `${width} px`).toBeLessThan(0.01);
});
