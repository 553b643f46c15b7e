import { test, expect, type Page } from '@playwright/test';
import { overlaps, records, settled, visibleBoxes } from './timeline-helpers.ts';

// On a phone (≤ 480 px) the chart runs down the page: the thumb scrolls, taps open the panel.
test.use({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });

const chart = (page: Page) => page.getByTestId('timeline-vertical');

test('a vertical chart, no horizontal scroll, every label readable and in its year', async ({ page, request }) => {
  const all = await records(request);
  await page.goto('timeline/');
  await expect(page.getByTestId('timeline')).toBeHidden();
  await expect(chart(page)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  const box = (await chart(page).boundingBox())!;
  expect(box.height, 'time runs down the page').toBeGreaterThan(5 * box.width);
  const { labels } = await visibleBoxes(page, 'timeline-vertical');
  expect(new Set(labels.map((l) => l.id)).size, 'every milestone is labelled').toBe(all.length);
  expect(overlaps(labels)).toEqual([]);
  expect(labels.every((l) => l.x >= 0 && l.x + l.width <= 375), 'labels stay on screen').toBe(true);
  // Each milestone sits inside the band of its own year, so the page reads in time order.
  const yearOf = Object.fromEntries(all.map((r) => [r.id, r.date.slice(0, 4)]));
  const misplaced = await chart(page).evaluate((svg, yearOf) => {
    // A year runs from its rule to the next year's rule (the group's own box ends at its last month tick), and is
    // named by the year it prints.
    const groups = [...svg.querySelectorAll<SVGGElement>('g.year')];
    const top = (g: SVGGElement) => g.getBoundingClientRect().top;
    const name = (g: SVGGElement) => g.querySelector('.year-name')!.textContent;
    const years = new Map(groups.map((g, i) => [name(g), { top: top(g), bottom: groups[i + 1] ? top(groups[i + 1]) : svg.getBoundingClientRect().bottom }]));
    return [...svg.querySelectorAll<SVGGElement>('g.m')].flatMap((m) => {
      const band = years.get(yearOf[m.dataset.milestoneId!])!;
      const r = m.querySelector('text.title')!.getBoundingClientRect();
      return r.top >= band.top && r.bottom <= band.bottom ? [] : [m.dataset.milestoneId];
    });
  }, yearOf);
  expect(misplaced).toEqual([]);
  const small = await chart(page).locator('g.m').evaluateAll((els) => els.filter((e) => e.getBoundingClientRect().height < 40).length);
  expect(small, 'tap targets at least 40 px tall').toBe(0);
});

test('tapping a milestone opens the panel as a bottom sheet; closing returns to the chart', async ({ page, request }) => {
  const r = (await records(request)).find((x) => x.id === '2014-xi-global-innovation-centre')!;
  await page.goto('timeline/');
  await expect(page.locator('zj-timeline[data-ready]')).toBeAttached();
  await chart(page).locator(`[data-milestone-id="${r.id}"]`).tap();
  const panel = page.getByRole('dialog');
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(r.title);
  const sheet = (await panel.boundingBox())!;
  expect(sheet.y + sheet.height).toBeCloseTo(800, 0);
  expect(sheet.width).toBeCloseTo(375, 0);
  await panel.getByRole('button', { name: '关闭' }).tap();
  await expect(panel).toBeHidden();
});

test('filtering lays the vertical chart out again, without gaps or overlaps', async ({ page, request }) => {
  const all = await records(request);
  await page.goto('timeline/');
  await expect(page.locator('zj-timeline[data-ready]')).toBeAttached();
  const tall = (await chart(page).boundingBox())!.height;
  await page.getByRole('button', { name: /^产业企业/ }).tap();
  await page.getByRole('button', { name: /^科学设施/ }).tap();
  await settled(page, 'timeline-vertical');
  const { labels } = await visibleBoxes(page, 'timeline-vertical');
  const left = all.filter((r) => r.category !== 'industry' && r.category !== 'facility');
  expect(new Set(labels.map((l) => l.id))).toEqual(new Set(left.map((r) => r.id)));
  expect(overlaps(labels)).toEqual([]);
  expect((await chart(page).boundingBox())!.height).toBeLessThan(tall * 0.8);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});

test('a deep link opens the panel and scrolls the milestone into view', async ({ page }) => {
  await page.goto('timeline/#2020-primarius-lingang');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.getByRole('button', { name: '关闭' }).tap();
  await expect(chart(page).locator('[data-milestone-id="2020-primarius-lingang"]')).toBeInViewport();
});
