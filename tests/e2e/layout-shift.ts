import type { Browser, Page } from '@playwright/test';

/** Starts summing the page's layout shifts (those not caused by input) before it loads; read the sum with `layoutShift`. */
export async function watchLayoutShift(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as { shift: number }).shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
        if (!e.hadRecentInput) (window as unknown as { shift: number }).shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The cumulative layout shift so far, as watched by `watchLayoutShift`. */
export const layoutShift = (page: Page): Promise<number> => page.evaluate(() => (window as unknown as { shift: number }).shift);

/**
 * Opens `path` at a phone and at a desktop width, each in a fresh context, and returns the layout shift summed by the
 * time `ready(page)` resolves.
 */
export async function layoutShiftAtWidths(
  browser: Browser,
  baseURL: string | undefined,
  path: string,
  ready: (page: Page) => Promise<void>,
): Promise<{ width: number; shift: number }[]> {
  const measured = [];
  for (const viewport of [{ width: 375, height: 740 }, { width: 1280, height: 900 }]) {
    const context = await browser.newContext({ viewport, baseURL, locale: 'zh-CN' });
    const page = await context.newPage();
    await watchLayoutShift(page);
    await page.goto(path);
    await ready(page);
    measured.push({ width: viewport.width, shift: await layoutShift(page) });
    await context.close();
  }
  return measured;
}
