import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { horizontal } from '../../src/lib/timeline/horizontal-layout.ts';

/** What /timeline/data.json says about each milestone (the fields the tests use). */
export interface Record {
  id: string;
  date: string;
  precision: 'year' | 'month' | 'day';
  category: string;
  categoryLabel: string;
  title: string;
  text: string;
  href: string;
  articles: { href: string; label: string }[];
  parks: { href: string; label: string }[];
  sources: { passage: string }[];
}

export async function records(request: APIRequestContext): Promise<Record[]> {
  const response = await request.get('timeline/data.json');
  expect(response.ok()).toBe(true);
  return (await response.json()).records;
}

export interface Box {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Screen boxes of the labels and marks a reader can see now, in the chart with the given test id, and (horizontal
 * chart) the plot's left and right edge on screen: the chart's width less the lane names' gutter and the right margin.
 */
export async function visibleBoxes(page: Page, testId = 'timeline') {
  return page.getByTestId(testId).evaluate((svg: SVGSVGElement, { gutter, right }) => {
    const box = (el: Element, id: string) => {
      const r = el.getBoundingClientRect();
      return { id, x: r.x, y: r.y, width: r.width, height: r.height };
    };
    // checkVisibility() misses a display:none SVG ancestor in Chromium: walk up instead.
    const shown = (el: Element) => {
      for (let e: Element | null = el; e; e = e.parentElement)
        if (e.getAttribute('display') === 'none' || getComputedStyle(e).display === 'none') return false;
      return true;
    };
    // A label belongs to a mark by nesting (vertical chart) or by data-for (horizontal chart, labels in their own layer).
    const id = (el: Element) => el.closest<SVGElement>('[data-milestone-id]')?.dataset.milestoneId ?? (el as SVGElement).dataset.for!;
    const [x0, x1] = [gutter, svg.viewBox.baseVal.width - right];
    const ctm = svg.getScreenCTM()!;
    const all = (selector: string) => [...svg.querySelectorAll(selector)].filter(shown).map((e) => box(e, id(e)));
    return {
      labels: all('text.label, g.m text.title, g.m text.date'),
      marks: all('.mark'),
      plot: [ctm.a * x0 + ctm.e, ctm.a * x1 + ctm.e] as [number, number],
    };
  }, { gutter: horizontal.gutter, right: horizontal.right });
}

/** Pairs of boxes from different milestones that overlap by more than half a pixel. */
export function overlaps(a: Box[], b: Box[] = a): string[] {
  const out: string[] = [];
  const eps = 0.5;
  a.forEach((p, i) =>
    b.forEach((q, j) => {
      if (p.id === q.id || (a === b && j <= i)) return;
      if (p.x + eps < q.x + q.width && q.x + eps < p.x + p.width && p.y + eps < q.y + q.height && q.y + eps < p.y + p.height)
        out.push(`${p.id} × ${q.id}`);
    }),
  );
  return out;
}

/**
 * Resolves once the chart has stopped changing: no change to it for 200 ms and for 5 animation frames in a row.
 * Counting frames too matters on a busy machine, where a zoom transition's frames can come more than 200 ms apart.
 */
export async function settled(page: Page, testId = 'timeline') {
  await page.getByTestId(testId).evaluate(
    (svg) =>
      new Promise<void>((resolve) => {
        let changedAt = performance.now();
        let quietFrames = 0;
        const observer = new MutationObserver(() => {
          changedAt = performance.now();
          quietFrames = 0;
        });
        observer.observe(svg, { attributes: true, subtree: true, childList: true });
        const frame = () => {
          quietFrames++;
          if (quietFrames >= 5 && performance.now() - changedAt >= 200) {
            observer.disconnect();
            resolve();
          } else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
  );
}

/** The screen box of one milestone's mark. */
export async function markBox(page: Page, id: string, testId = 'timeline') {
  // The horizontal chart's mark is the element itself; the vertical chart's sits inside the milestone's group.
  return (await page.getByTestId(testId).locator(`.mark[data-milestone-id="${id}"], [data-milestone-id="${id}"] .mark`).boundingBox())!;
}
