import { test, expect, type Page } from '@playwright/test';
import { markBox, overlaps, records, settled, visibleBoxes } from './timeline-helpers.ts';

// The interactive timeline on a desktop window: zoom, filter, deep links, keyboard, panel, tooltip.
test.use({ viewport: { width: 1280, height: 900 } });

const chart = (page: Page) => page.getByTestId('timeline');
const mark = (page: Page, id: string) => chart(page).locator(`[data-milestone-id="${id}"]`);
const panel = (page: Page) => page.getByRole('dialog');

async function open(page: Page, path = 'timeline/') {
  await page.goto(path);
  await expect(page.locator('zj-timeline[data-ready]')).toBeAttached();
}

async function expectNoOverlap(page: Page, state: string, minLabels = 1) {
  const { labels, marks, plot } = await visibleBoxes(page);
  expect(labels.length, `labels shown (${state})`).toBeGreaterThanOrEqual(minLabels);
  expect(overlaps(labels), `labels overlapping each other (${state})`).toEqual([]);
  expect(overlaps(labels, marks), `labels over other milestones' marks (${state})`).toEqual([]);
  const outside = labels.filter((l) => l.x < plot[0] - 0.5 || l.x + l.width > plot[1] + 0.5).map((l) => l.id);
  expect(outside, `labels outside the plot (${state})`).toEqual([]);
}

test('labels never overlap, whatever the zoom, pan or filter', async ({ page }) => {
  await open(page);
  await expectNoOverlap(page, 'whole decade', 15);
  await page.getByRole('button', { name: '放大' }).click();
  await settled(page);
  await expectNoOverlap(page, '×2', 5);
  await page.getByRole('button', { name: '放大' }).click();
  await settled(page);
  await expectNoOverlap(page, '×4', 2);
  for (const year of ['2020', '2018', '2016']) {
    await page.getByRole('group', { name: '跳到年份' }).getByRole('button', { name: year }).click();
    await settled(page);
    await expectNoOverlap(page, year, 2);
  }
  const box = (await chart(page).boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.6, box.y + 200);
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -200);
  await settled(page);
  await expectNoOverlap(page, 'deep wheel zoom');
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.2, box.y + 200, { steps: 8 });
  await page.mouse.up();
  await settled(page);
  await expectNoOverlap(page, 'after a drag');
  await page.getByRole('button', { name: '复位' }).click();
  await page.getByRole('button', { name: /^科学设施/ }).click();
  await settled(page);
  await expectNoOverlap(page, 'filtered', 10);
});

test('at another width the chart is laid out again for it: labels inside the plot, none overlapping, zoom and filter too', async ({ page }) => {
  await page.setViewportSize({ width: 900, height: 900 });
  await open(page);
  await settled(page);
  const drawnWidth = await chart(page).evaluate((svg: SVGSVGElement) => [svg.viewBox.baseVal.width, Math.round(svg.getBoundingClientRect().width)]);
  expect(drawnWidth[0], 'one unit a CSS pixel, as the build lays out its own width').toBe(drawnWidth[1]);
  await expectNoOverlap(page, '900 px', 10);
  await page.getByRole('button', { name: '放大' }).click();
  await settled(page);
  await expectNoOverlap(page, '900 px ×2', 3);
  await page.getByRole('button', { name: /^产业企业/ }).click();
  await settled(page);
  await expectNoOverlap(page, '900 px filtered', 3);
  await page.setViewportSize({ width: 1280, height: 900 });
  await settled(page);
  await expectNoOverlap(page, 'back at 1280 px', 3);
});

test('wheel zooms around the pointer and shows month ticks; drag pans; reset restores', async ({ page }) => {
  await open(page);
  const id = '2016-zhangjiang-science-center';
  const start = await markBox(page, id);
  const yearBar = await markBox(page, '2016-ten-pilot-reform-measures');
  const pointer = Math.round(start.x + start.width / 2);
  await page.mouse.move(pointer, Math.round(start.y + start.height / 2));
  for (let i = 0; i < 8; i++) await page.mouse.wheel(0, -200);
  await settled(page);
  const zoomed = await markBox(page, id);
  // Zooming about the pointer: every point moves away from it by the zoom factor.
  const k = zoomed.width / start.width;
  const expected = pointer + (start.x + start.width / 2 - pointer) * k;
  expect(Math.abs(zoomed.x + zoomed.width / 2 - expected), 'the time under the pointer stays put').toBeLessThan(1.5);
  expect((await markBox(page, '2016-ten-pilot-reform-measures')).width).toBeGreaterThan(yearBar.width * 3);
  await expect(chart(page).locator('.axis text').filter({ hasText: /^\d+月$/ }).first()).toBeVisible();

  await page.mouse.down();
  await page.mouse.move(zoomed.x - 150, zoomed.y, { steps: 10 });
  await page.mouse.up();
  await settled(page);
  const panned = await markBox(page, id);
  const dragged = zoomed.x - 150 - pointer;
  expect(Math.abs(panned.x - zoomed.x - dragged), 'the chart follows the drag').toBeLessThan(3);

  await page.getByRole('button', { name: '复位' }).click();
  await settled(page);
  const back = await markBox(page, id);
  expect(back.x).toBeCloseTo(start.x, 0);
  expect((await markBox(page, '2016-ten-pilot-reform-measures')).width).toBeCloseTo(yearBar.width, 0);
  await expect(chart(page).locator('.axis text').filter({ hasText: /^\d+月$/ })).toHaveCount(0);
});

test('the year buttons zoom to that year; + and − step the zoom', async ({ page }) => {
  await open(page);
  await page.getByRole('group', { name: '跳到年份' }).getByRole('button', { name: '2018' }).click();
  await settled(page);
  const { plot } = await visibleBoxes(page);
  const bar = await markBox(page, '2018-shanghai-ic-sales');
  expect(bar.x).toBeGreaterThanOrEqual(plot[0]);
  expect(bar.x + bar.width).toBeLessThanOrEqual(plot[1]);
  expect(bar.width / (plot[1] - plot[0])).toBeGreaterThan(0.85);
  const before = bar.width;
  await page.getByRole('button', { name: '缩小' }).click();
  await settled(page);
  expect((await markBox(page, '2018-shanghai-ic-sales')).width).toBeCloseTo(before / 2, -1);
});

test('category chips filter chart and list, show counts and live in the URL', async ({ page, request }) => {
  const all = await records(request);
  await open(page);
  const facility = page.getByRole('button', { name: /^科学设施/ });
  const count = all.filter((r) => r.category === 'facility').length;
  await expect(facility).toContainText(String(count));
  await expect(facility).toHaveAttribute('aria-pressed', 'true');
  await facility.click();
  await page.getByRole('button', { name: /^政策规划/ }).click();
  await expect(facility).toHaveAttribute('aria-pressed', 'false');
  expect(new URL(page.url()).searchParams.get('cat')?.split(',').sort()).toEqual(['finance', 'industry', 'platform', 'space', 'visit']);
  const hidden = all.filter((r) => r.category === 'facility' || r.category === 'policy');
  for (const r of hidden) await expect(mark(page, r.id)).toBeHidden();
  await expect(page.locator(`.tl-list li[id="${hidden[0].id}"]`)).toBeHidden();
  await expect(mark(page, all.find((r) => r.category === 'space')!.id)).toBeVisible();
  await expect(page.getByRole('status')).toContainText(`${all.length - hidden.length}`);

  await page.reload();
  await expect(page.getByRole('button', { name: /^科学设施/ })).toHaveAttribute('aria-pressed', 'false');
  await expect(mark(page, hidden[0].id)).toBeHidden();
  await page.getByRole('button', { name: '全选' }).click();
  await expect(mark(page, hidden[0].id)).toBeVisible();
  expect(new URL(page.url()).searchParams.has('cat')).toBe(false);
});

test('a deep link opens the panel on that milestone, centred; Back closes a panel opened by click', async ({ page, request }) => {
  const r = (await records(request)).find((x) => x.id === '2016-zhangjiang-science-center')!;
  await open(page, `timeline/#${r.id}`);
  await expect(panel(page)).toBeVisible();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(r.title);
  await expect(panel(page)).toContainText(r.text.slice(0, 20));
  for (const link of [...r.articles, ...r.parks]) await expect(panel(page).getByRole('link', { name: link.label })).toBeVisible();
  await expect(panel(page)).toContainText(r.sources[0].passage);
  await settled(page);
  const { plot } = await visibleBoxes(page);
  const box = await markBox(page, r.id);
  const offCentre = Math.abs(box.x + box.width / 2 - (plot[0] + plot[1]) / 2) / (plot[1] - plot[0]);
  expect(offCentre, 'the milestone is centred').toBeLessThan(0.05);
  expect(await chart(page).evaluate((svg) => svg.getBoundingClientRect().top < innerHeight)).toBe(true);

  await page.keyboard.press('Escape');
  await expect(panel(page)).toBeHidden();
  expect(new URL(page.url()).hash).toBe('');

  await mark(page, '2016-comprehensive-innovation-reform-plan').click();
  await expect(panel(page)).toBeVisible();
  expect(new URL(page.url()).hash).toBe('#2016-comprehensive-innovation-reform-plan');
  await page.goBack();
  await expect(panel(page)).toBeHidden();
  expect(new URL(page.url()).pathname).toMatch(/timeline\/$/);
  await page.goForward();
  await expect(panel(page)).toBeVisible();
});

test('keyboard: one Tab reaches the chart, arrows visit every milestone in time order, focus is visible', async ({ page, request }) => {
  const all = await records(request);
  await open(page);
  await page.getByRole('group', { name: '跳到年份' }).getByRole('button', { name: '2020' }).focus();
  await page.keyboard.press('Tab');
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement as SVGGElement;
      const r = el.getBoundingClientRect();
      // The chart's SVG (the marks sit in an SVG of their own inside it).
      const chart = el.closest('svg[data-testid]')!;
      const svg = chart.getBoundingClientRect();
      // The focus shows as a ring drawn around the mark (an outline would stretch with the zoom).
      const ring = chart.querySelector('.focus-ring')!;
      const o = ring.getBoundingClientRect();
      const ringed = ring.getAttribute('display') !== 'none' && o.left < r.left && o.right > r.right && o.top < r.top && o.bottom > r.bottom;
      return { id: el.dataset?.milestoneId, visible: el.matches(':focus-visible') && ringed, inView: r.width > 0 && r.left >= svg.left - 8 && r.left <= svg.right };
    });
  const seen: string[] = [];
  for (let i = 0; i < all.length; i++) {
    if (i) await page.keyboard.press('ArrowRight');
    const f = await focused();
    expect(f.visible && f.inView, `focus on ${f.id} is visible and in view`).toBe(true);
    seen.push(f.id!);
  }
  expect(seen).toEqual(all.map((r) => r.id));
  await page.keyboard.press('ArrowRight');
  expect((await focused()).id).toBe(all.at(-1)!.id);
  await page.keyboard.press('Home');
  expect((await focused()).id).toBe(all[0].id);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  expect((await focused()).id, 'Tab returns to the last focused milestone').toBe(all[0].id);
});

test('Enter opens the panel, Tab stays inside it, Esc closes it and focus returns to the milestone', async ({ page }) => {
  await open(page);
  const first = mark(page, '2011-state-council-approval');
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(panel(page)).toBeVisible();
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press(i % 3 === 2 ? 'Shift+Tab' : 'Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('dialog[open]')), `Tab #${i} stays in the panel`).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(panel(page)).toBeHidden();
  await expect(first).toBeFocused();
  // The milestone just opened stays outlined on the chart, and the outline follows it when the view moves.
  const outlined = async () => {
    const [m, o] = [await markBox(page, '2011-state-council-approval'), await chart(page).locator('.current-mark').boundingBox()];
    return !!o && o.x <= m.x + 0.5 && o.x + o.width >= m.x + m.width - 0.5 && o.y <= m.y + 0.5 && o.y + o.height >= m.y + m.height - 0.5;
  };
  expect(await outlined(), 'outlined once the panel closes').toBe(true);
  const at = await markBox(page, '2011-state-council-approval');
  await page.mouse.move(at.x + at.width / 2, at.y + at.height / 2);
  await page.mouse.wheel(0, -400);
  await settled(page);
  expect(await outlined(), 'outlined after a zoom').toBe(true);
});

test('hovering or focusing a milestone shows a tooltip with its date and full title', async ({ page, request }) => {
  const all = await records(request);
  await open(page);
  const r = all.find((x) => x.id === '2020-xfel-test-facility-accepted')!;
  await mark(page, r.id).hover();
  const tip = page.locator('.tl-tip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(r.title);
  await expect(tip).toContainText('2020年');
  await page.mouse.move(0, 0);
  await expect(tip).toBeHidden();
  await mark(page, all[0].id).focus();
  await expect(tip).toContainText(all[0].title);
});
