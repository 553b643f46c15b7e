import type { TimelineClientInput } from '../../lib/timeline/client-input.ts';
import { horizontalChart } from './horizontal.ts';
import { verticalChart } from './vertical.ts';
import { categoryFilter } from './filter.ts';
import { milestoneOpener } from './open-milestone.ts';
import { chartPointer } from './chart-pointer.ts';
import { rovingFocus } from './keys.ts';
import { tooltip } from './tooltip.ts';
import type { Chart } from './chart.ts';
import { defineLater } from '../dom/define-later.ts';

/**
 * <zj-timeline>: brings the build-time charts to life, from the layout the build put in its JSON island. Without its
 * parts it does nothing.
 */
class ZjTimeline extends HTMLElement {
  connectedCallback() {
    const island = this.querySelector('script.tl-input');
    const across = this.querySelector<SVGSVGElement>('svg.tl-h');
    const down = this.querySelector<SVGSVGElement>('svg.tl-v');
    const list = this.querySelector<HTMLElement>('.tl-list');
    const dialog = this.querySelector<HTMLDialogElement>('dialog.tl-panel');
    const figure = this.querySelector<HTMLElement>('.tl-figure');
    const tip = this.querySelector<HTMLElement>('.tl-tip');
    if (!island || !across || !down || !list || !dialog || !figure || !tip || this.dataset.ready) return;

    const input = JSON.parse(island.textContent!) as TimelineClientInput;
    const narrow = matchMedia('(max-width: 480px)');
    const charts: Chart[] = [horizontalChart(across, input), verticalChart(down, input.marks)];
    const active = () => charts[narrow.matches ? 1 : 0];
    const items = [...list.querySelectorAll<HTMLLIElement>(':scope > li')];
    const index = new Map(items.map((li, i) => [li.id, i]));
    const status = this.querySelector<HTMLElement>('.tl-status');
    let keys: ReturnType<typeof rovingFocus>[] = [];

    const filter = categoryFilter(this, (shown) => {
      const visible = (c: string) => shown.has(c);
      for (const chart of charts) chart.setVisible(visible);
      items.forEach((li) => li.classList.toggle('is-filtered', !shown.has(li.dataset.category!)));
      const n = items.filter((li) => shown.has(li.dataset.category!)).length;
      if (status) status.textContent = n === items.length ? '' : `显示 ${n} 件（共 ${items.length} 件）`;
      for (const k of keys) k.refresh();
    });
    const include = (i: number) => filter.include(items[i].dataset.category!);
    const open = milestoneOpener(dialog, list, { charts, active, index, include });
    const navigable = (i: number) => filter.has(items[i].dataset.category!);
    keys = charts.map((chart) => rovingFocus(chart, { navigable, open: (mark) => open(mark.dataset.milestoneId!, true) }));
    chartPointer(figure, charts, index, tooltip(tip, figure, list), (id) => open(id, true));
    this.addEventListener('click', (event) => pressButton(active(), event.target as Element));

    for (const button of this.querySelectorAll<HTMLButtonElement>('button:disabled')) button.disabled = false;
    this.dataset.ready = '';

    const deepLink = decodeURIComponent(location.hash.slice(1));
    if (index.has(deepLink)) {
      open(deepLink, false);
      // The browser has scrolled to the list item; show the chart instead.
      const show = () => (narrow.matches ? active().reveal(index.get(deepLink)!, { animate: false }) : figure.scrollIntoView({ block: 'center' }));
      show();
      if (document.readyState !== 'complete') addEventListener('load', show, { once: true });
    }
  }
}

/** The zoom and year buttons act on the chart on screen. */
function pressButton(chart: Chart, target: Element) {
  const button = target.closest<HTMLButtonElement>('button[data-zoom], button[data-year]');
  if (!button) return;
  const zoom = button.dataset.zoom;
  if (zoom === 'in') chart.zoomBy?.(2);
  else if (zoom === 'out') chart.zoomBy?.(0.5);
  else if (zoom === 'reset') chart.reset?.();
  else chart.showYear(Number(button.dataset.year));
}

// Until it is defined, the build-time chart keeps its controls disabled.
defineLater('zj-timeline', ZjTimeline);
