import type { Page } from '@playwright/test';

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
