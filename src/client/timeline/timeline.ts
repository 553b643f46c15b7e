import { horizontalChart } from './horizontal.ts';
import { verticalChart } from './vertical.ts';
import { categoryFilter } from './filter.ts';
import { detailPanel } from './panel.ts';
import { rovingFocus } from './keys.ts';
import { tooltip } from './tooltip.ts';
import type { Chart } from './chart.ts';
import { defineLater } from '../dom/define-later.ts';

/** <zj-timeline>: brings the build-time charts to life. Without its parts it does nothing. */
class ZjTimeline extends HTMLElement {
  connectedCallback() {
    const across = this.querySelector<SVGSVGElement>('svg.tl-h');
    const down = this.querySelector<SVGSVGElement>('svg.tl-v');
    const list = this.querySelector<HTMLElement>('.tl-list');
    const dialog = this.querySelector<HTMLDialogElement>('dialog.tl-panel');
    const figure = this.querySelector<HTMLElement>('.tl-figure');
    const tip = this.querySelector<HTMLElement>('.tl-tip');
    if (!across || !down || !list || !dialog || !figure || !tip || this.dataset.ready) return;

    const narrow = matchMedia('(max-width: 480px)');
    const charts: Chart[] = [horizontalChart(across), verticalChart(down)];
    const active = () => charts[narrow.matches ? 1 : 0];
    const items = [...list.querySelectorAll<HTMLLIElement>(':scope > li')];
    const index = new Map(items.map((li, i) => [li.id, i]));
    const status = this.querySelector<HTMLElement>('.tl-status');
    const hint = tooltip(tip, figure, list);
    let keys: ReturnType<typeof rovingFocus>[] = [];

    const filter = categoryFilter(this, (shown) => {
      const visible = (c: string) => shown.has(c);
      for (const chart of charts) chart.setVisible(visible);
      items.forEach((li) => li.classList.toggle('is-filtered', !shown.has(li.dataset.category!)));
      const n = items.filter((li) => shown.has(li.dataset.category!)).length;
      if (status) status.textContent = n === items.length ? '' : `显示 ${n} 件（共 ${items.length} 件）`;
      for (const k of keys) k.refresh();
    });
    const navigable = (i: number) => filter.has(items[i].dataset.category!);

    // Opening pushes a history entry (#id), so Back closes the panel; a deep link opens without one.
    const requestClose = () => {
      if (history.state?.zjMilestone) return history.back();
      history.replaceState(null, '', location.pathname + location.search);
      panel.hide();
    };
    const returnFocus = (id: string) => active().marks[index.get(id)!]?.focus({ preventScroll: true });
    const panel = detailPanel(dialog, list, requestClose, returnFocus);
    const open = (id: string, push: boolean) => {
      const i = index.get(id);
      if (i === undefined) return;
      filter.include(items[i].dataset.category!);
      // Both charts, so the outline is there after the window crosses the 480 px breakpoint.
      for (const chart of charts) chart.setCurrent(i);
      // A click or Enter opens what the reader is looking at; a link or the history brings it into view.
      if (push) history.pushState({ zjMilestone: id }, '', `#${id}`);
      else active().reveal(i, { minZoom: 6, animate: false });
      panel.show(id);
    };
    keys = charts.map((chart) =>
      rovingFocus(chart, { navigable, open: (mark) => open(mark.dataset.milestoneId!, true) }),
    );

    // The mark under the pointer, or the mark of the label under it.
    const markAt = (chart: Chart, target: EventTarget | null) => {
      const el = target as Element;
      const id = el.closest<SVGElement>('[data-milestone-id]')?.dataset.milestoneId ?? el.closest<SVGElement>('[data-for]')?.dataset.for;
      return id === undefined ? undefined : chart.marks[index.get(id)!];
    };
    for (const chart of charts) {
      chart.svg.addEventListener('click', (event) => {
        const mark = markAt(chart, event.target);
        if (mark) open(mark.dataset.milestoneId!, true);
      });
      chart.svg.addEventListener('pointerover', (event) => {
        const mark = markAt(chart, event.target);
        if (mark) hint.show(mark);
      });
      chart.svg.addEventListener('pointerout', () => hint.hide());
      chart.svg.addEventListener('pointerdown', () => hint.hide());
      chart.svg.addEventListener('wheel', () => hint.hide(), { passive: true });
    }
    // On the figure, not the SVGs: Blink makes an SVG element with focus listeners a tab stop of its own.
    figure.addEventListener('focusin', (event) => {
      const mark = (event.target as Element).closest<SVGGraphicsElement>('.m');
      if (mark) hint.show(mark);
    });
    figure.addEventListener('focusout', () => hint.hide());

    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-zoom], button[data-year]');
      if (!button) return;
      const chart = active();
      const zoom = button.dataset.zoom;
      if (zoom === 'in') chart.zoomBy?.(2);
      else if (zoom === 'out') chart.zoomBy?.(0.5);
      else if (zoom === 'reset') chart.reset?.();
      else chart.showYear(Number(button.dataset.year));
    });

    addEventListener('popstate', () => {
      const id = decodeURIComponent(location.hash.slice(1));
      if (index.has(id)) open(id, false);
      else panel.hide();
    });

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

// Until it is defined, the build-time chart keeps its controls disabled.
defineLater('zj-timeline', ZjTimeline);
