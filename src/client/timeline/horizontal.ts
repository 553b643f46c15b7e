import { select } from 'd3-selection';
import { zoom, zoomIdentity, ZoomTransform, type D3ZoomEvent } from 'd3-zoom';
import 'd3-transition';
import { dateSpan } from '../../lib/timeline/date-span.ts';
import { DECADE } from '../../lib/decade.ts';
import { markSize, markThickness, zoomExtent } from '../../lib/timeline/mark-extent.ts';
import { markCorner, markPaths } from '../../lib/timeline/mark-paths.ts';
import { axisTicks } from '../../lib/timeline/axis-ticks.ts';
import { limitNewLabels, stickyOrder } from '../../lib/timeline/label-placement.ts';
import {
  horizontal, labelOrder, labelsAt, layoutHorizontal, placeRows, plotFrame, timeScale, type TimelineMark,
} from '../../lib/timeline/horizontal-layout.ts';
import { drawTicks } from './axis.ts';
import type { Chart } from './chart.ts';

const DAY = 86_400_000;
const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
const duration = (ms: number) => (reducedMotion.matches ? 0 : ms);
const f1 = (v: number) => v.toFixed(1);
/** How many labels a frame may show anew, while the view moves and once it stands still. */
const NEW_LABELS = { moving: 4, still: 12 };

/**
 * Makes the build-time horizontal SVG zoomable. The marks' few paths take the zoom as one transform; labels and
 * ticks are placed again for each frame; only changes are written. The marks' invisible hit targets, in an SVG
 * painted apart, take the zoom once the view stops moving (the day marks' scaled back to round one by one): while
 * it moves, a shield covers them, and the frames do not repaint them.
 */
export function horizontalChart(svg: SVGSVGElement): Chart {
  const els = [...svg.querySelectorAll<SVGRectElement>('rect.m')];
  const labels = [...svg.querySelectorAll<SVGTextElement>('text.label')];
  // The group around each label: it carries the label's place along the axis and whether it is shown.
  const spots = labels.map((l) => l.parentElement as unknown as SVGGElement);
  const lanes = [...svg.querySelectorAll<SVGGElement>('g.lane')];
  const ringPath = svg.querySelector<SVGPathElement>('path.mp-ring')!;
  const shapePaths = [...svg.querySelectorAll<SVGGElement>('.mark-paths g[data-category]')].map((g) => ({
    category: g.dataset.category!,
    year: g.querySelector<SVGPathElement>('.mp-year')!,
    month: g.querySelector<SVGPathElement>('.mp-month')!,
    day: g.querySelector<SVGPathElement>('.mp-day')!,
  }));
  const layer = svg.querySelector<SVGGElement>('g.zoom-layer')!;
  const targets = svg.querySelector<SVGForeignObjectElement>('foreignObject.targets')!;
  const targetView = targets.querySelector('svg')!;
  const targetLayer = targets.querySelector<SVGGElement>('g.target-layer')!;
  const currentMark = svg.querySelector<SVGRectElement>('.current-mark')!;
  const axis = svg.querySelector<SVGGElement>('g.axis')!;
  const clip = svg.querySelector<SVGRectElement>('clipPath rect')!;
  const ring = svg.querySelector<SVGRectElement>('.focus-ring')!;
  const shield = svg.querySelector<SVGRectElement>('.shield')!;
  const marks: TimelineMark[] = els.map((el) => ({
    id: el.dataset.milestoneId!,
    category: el.dataset.category!,
    ...dateSpan(el.dataset.date!),
    labelWidths: el.dataset.lw!.split(' ').map(Number),
    priority: Number(el.dataset.pr),
  }));
  const variants = labels.map((l) => [l.dataset.title!, l.dataset.short].filter((t): t is string => !!t));
  const order = labelOrder(marks);
  const categories = lanes.map((l) => l.dataset.category!);
  let rows = els.map((el) => Number(el.dataset.row));
  let rowCounts = lanes.map((l) => ({ category: l.dataset.category!, rows: Number(l.dataset.rows) }));
  // Positions as the server laid them out; recomputed only for another width or another filter.
  let y = els.map((el) => el.y.baseVal.value + el.height.baseVal.value / 2);
  let extents = els.map((el): [number, number] => [el.x.baseVal.value, el.x.baseVal.value + el.width.baseVal.value]);
  let [, , width, height] = svg.getAttribute('viewBox')!.split(' ').map(Number);
  let plot = svg.dataset.plot!.split(' ').map(Number) as [number, number];
  let base = timeScale(plot);
  let visible: (category: string) => boolean = () => true;
  let transform: ZoomTransform = zoomIdentity;
  let focused: number | null = null;
  // The milestone last opened, outlined.
  let current = -1;

  // What each element was last given, so a frame writes only what changed.
  const cache = new Map<Element, Map<string, string | null>>();
  const write = (el: Element, name: string, value: string) => {
    const seen = cache.get(el) ?? cache.set(el, new Map()).get(el)!;
    // Compared at first with what the build wrote, so the first frame leaves the server's output alone.
    if (!seen.has(name)) seen.set(name, el.getAttribute(name));
    if (seen.get(name) === value) return;
    el.setAttribute(name, value);
    seen.set(name, value);
  };

  const behaviour = zoom<SVGSVGElement, unknown>()
    // Straight-line transitions: the default (van Wijk) zooms out mid-way, below the decade, on a long pan.
    .interpolate(((a: number[], b: number[]) => (t: number) => a.map((v, i) => v + (b[i] - v) * t)) as never)
    .filter((event: Event) => {
      if (event instanceof WheelEvent) return Math.abs(event.deltaX) <= Math.abs(event.deltaY);
      return (!(event as MouseEvent).ctrlKey || event.type === 'wheel') && !(event as MouseEvent).button;
    })
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      // While the view moves, a shield over the chart takes the pointer: no hit-testing of a thousand shapes on
      // every move, and no restyling of them either, as a class on the chart would cost. (Not from 'start': a
      // click also starts a gesture, and must still reach its mark.)
      shielded(true);
      transform = event.transform;
      schedule();
    })
    .on('end', () => {
      shielded(false);
      // The gesture is over: the next frame puts the hit targets where the marks are.
      schedule();
    });
  let moving = false;
  const shielded = (on: boolean) => {
    if (on !== moving) shield.setAttribute('display', on ? 'inline' : 'none');
    moving = on;
  };
  const selection = select(svg);
  let view: [[number, number], [number, number]];
  let maxK: number;
  function configure() {
    // At most zoom, a day is 40 px wide.
    maxK = (40 * (DECADE[1] - DECADE[0])) / DAY / (plot[1] - plot[0]);
    view = [[plot[0], 0], [plot[1], height]];
    behaviour.scaleExtent([1, maxK]).extent(view).translateExtent(view);
  }
  configure();
  selection.call(behaviour).on('dblclick.zoom', null);
  // Vertical swipes still scroll the page; horizontal drags and pinches go to the chart.
  svg.style.touchAction = 'pan-y';
  svg.addEventListener('wheel', (event) => {
    if (Math.abs(event.deltaX) <= Math.abs(event.deltaY)) return;
    event.preventDefault();
    behaviour.translateBy(selection, -event.deltaX / transform.k, 0);
  }, { passive: false });

  let pending = false;
  // Labels held back while the view moved are still to come.
  let catchingUp = false;
  function schedule() {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      render();
    });
  }

  const extentNow = (i: number) => zoomExtent(marks[i].precision, extents[i], transform.k, transform.x);
  const inView = (i: number) => {
    const [a, b] = extentNow(i);
    return !Number.isNaN(y[i]) && b >= plot[0] && a <= plot[1];
  };

  // What each mark and label was last given, by index (as the build wrote it at first): a frame writes only changes.
  const markShown = els.map((el) => el.getAttribute('display') !== 'none');
  // The zoom each day's hit target was last fitted to (the build fits them to 1).
  const dayK = els.map(() => 1);
  const spotAt = spots.map((g) => g.getAttribute('transform'));
  const spotShown = spots.map((g) => g.getAttribute('display') !== 'none');
  const variantShown = labels.map((l, i) => variants[i].indexOf(l.textContent!));
  const isDay = marks.map((m) => m.precision === 'day');
  const { dotRadius } = markSize;

  /**
   * Fits the hit targets to the zoom: a day's is scaled back to round, and marks well outside the view leave the
   * layout tree, so a zoomed-in chart costs what is near the view; the keyboard's tab stop stays, or Tab would skip
   * the chart. (zoomExtent, inlined: this runs a thousand times.)
   */
  function placeTargets() {
    const { k, x } = transform;
    const margin = (plot[1] - plot[0]) / 4;
    const [from, to] = plot;
    for (let i = 0; i < els.length; i++) {
      const e = extents[i];
      let a: number, b: number;
      if (isDay[i]) {
        const c = x + (k * (e[0] + e[1])) / 2;
        a = c - dotRadius;
        b = c + dotRadius;
      } else {
        a = x + k * e[0];
        b = x + k * e[1];
      }
      const shown = (b >= from - margin && a <= to + margin) || els[i].tabIndex === 0;
      if (shown !== markShown[i]) els[i].setAttribute('display', (markShown[i] = shown) ? 'inline' : 'none');
      if (isDay[i] && b >= from && a <= to && !Number.isNaN(y[i]) && dayK[i] !== k) unstretch(i, (dayK[i] = k));
    }
  }

  /**
   * Mark i's box along the axis in the zoomed layer's units, at zoom k: a day's is narrowed by 1/k about its centre,
   * so the layer's stretch leaves it round; a span's is its extent, its corners as the build drew them.
   */
  function markBox(i: number, k: number): [x: string, width: string, rx: string, ry: string] {
    const [a, b] = extents[i];
    if (!isDay[i]) return [a.toFixed(3), (b - a).toFixed(4), String(markCorner), String(markCorner)];
    const r = dotRadius / k;
    return [((a + b) / 2 - r).toFixed(3), (2 * r).toFixed(4), r.toFixed(4), String(dotRadius)];
  }

  /**
   * Narrows a day's hit target to the zoom, so the zoomed layer leaves it round. (Its own geometry, not a transform:
   * a transform would give each a paint chunk of its own, which every frame would pay for.)
   */
  function unstretch(i: number, k: number) {
    const [x, w, rx, ry] = markBox(i, k);
    const el = els[i];
    el.setAttribute('x', x);
    el.setAttribute('width', w);
    el.setAttribute('rx', rx);
    el.setAttribute('ry', ry);
  }

  /**
   * Outlines the milestone last opened in the zoomed layer (not on its hit target, which stays put while the view
   * moves), shaped like its hit target.
   */
  function drawCurrent() {
    const i = current;
    if (i < 0 || Number.isNaN(y[i])) return write(currentMark, 'display', 'none');
    const [x, w, rx, ry] = markBox(i, transform.k);
    const h = markThickness(marks[i].precision);
    write(currentMark, 'x', x);
    write(currentMark, 'width', w);
    write(currentMark, 'rx', rx);
    write(currentMark, 'ry', ry);
    write(currentMark, 'y', String(y[i] - h / 2));
    write(currentMark, 'height', String(h));
    write(currentMark, 'display', 'inline');
  }

  /** The marks' paths at the full view: the layer's transform zooms them. */
  function drawPaths() {
    const paths = markPaths(marks, extents, y, categories);
    write(ringPath, 'd', paths.ring);
    for (const p of shapePaths) {
      const d = paths.byCategory[p.category];
      write(p.year, 'd', d.year);
      write(p.month, 'd', d.month);
      write(p.day, 'd', d.day);
    }
  }

  function render() {
    const { k, x } = transform;
    // One transform zooms every mark: spans stretch, and the paths draw a day's dot round at any zoom.
    const zoomed = `translate(${x.toFixed(2)} 0) scale(${k.toFixed(5)} 1)`;
    write(layer, 'transform', zoomed);
    // While the view moves, the hit targets stay where they were (the shield covers them).
    if (!moving) {
      write(targetLayer, 'transform', zoomed);
      placeTargets();
    }
    drawCurrent();
    // While the view moves, labels on screen keep their places first; at most a few new ones a frame (one that
    // appears is the costly kind: a text laid out anew), the rest in the frames after. Not after a jump, a filter or
    // a resize: those show their labels at once, as before.
    const wanted = labelsAt(marks, extents, y, transform, plot, moving ? stickyOrder(order, spotShown) : order);
    const budget = moving ? NEW_LABELS.moving : catchingUp ? NEW_LABELS.still : Infinity;
    const { placed, waiting } = limitNewLabels(wanted, spotShown, order, budget);
    catchingUp = moving || waiting > 0;
    for (let i = 0; i < placed.length; i++) {
      const p = placed[i];
      if (!p) {
        if (spotShown[i]) spots[i].setAttribute('display', 'none');
        spotShown[i] = false;
        continue;
      }
      if (variantShown[i] !== p.variant) labels[i].textContent = variants[i][(variantShown[i] = p.variant)];
      const at = `translate(${f1(p.x)} 0)`;
      if (at !== spotAt[i]) spots[i].setAttribute('transform', (spotAt[i] = at));
      if (!spotShown[i]) spots[i].setAttribute('display', 'inline');
      spotShown[i] = true;
    }
    drawRing();
    drawTicks(axis, axisTicks(transform.rescaleX(base), plot), Math.ceil(height));
    if (waiting) schedule();
  }

  function drawRing() {
    if (focused === null || !inView(focused)) return write(ring, 'display', 'none');
    const [a, b] = extentNow(focused);
    const h = markThickness(marks[focused].precision) / 2 + 4;
    write(ring, 'x', f1(a - 4));
    write(ring, 'width', f1(b - a + 8));
    write(ring, 'y', f1(y[focused] - h));
    write(ring, 'height', f1(2 * h));
    write(ring, 'display', 'inline');
  }

  /** The clip path and the hit targets' SVG cover the plot's frame, the SVG in the chart's own coordinates. */
  function framePlot() {
    const { x: x0, width: w } = plotFrame(plot);
    clip.setAttribute('width', String(w));
    targets.setAttribute('x', String(x0));
    targets.setAttribute('width', String(w));
    targets.setAttribute('height', String(height));
    targetView.setAttribute('viewBox', `${x0} 0 ${w} ${height}`);
  }

  function restack() {
    const placed = placeRows(marks, rows, rowCounts, visible);
    y = placed.y;
    height = placed.bottom + horizontal.bottom;
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    framePlot();
    for (const lane of lanes) {
      const band = placed.lanes.find((b) => b.category === lane.dataset.category);
      lane.style.display = band ? '' : 'none';
      if (band) lane.setAttribute('transform', `translate(0 ${band.top})`);
    }
    els.forEach((el, i) => {
      const hidden = Number.isNaN(y[i]);
      el.style.display = hidden ? 'none' : '';
      if (hidden) return;
      if (isDay[i]) unstretch(i, (dayK[i] = transform.k));
      else {
        write(el, 'x', f1(extents[i][0]));
        write(el, 'width', f1(extents[i][1] - extents[i][0]));
      }
      write(el, 'y', String(y[i] - markThickness(marks[i].precision) / 2));
      write(labels[i], 'y', String(y[i]));
    });
    drawPaths();
    configure();
  }

  /** Lays the chart out again when the SVG is drawn at another width than the one it was built for. */
  function fit() {
    const w = Math.round(svg.getBoundingClientRect().width);
    if (!w || Math.abs(w - width) / width < 0.03) return;
    const layout = layoutHorizontal(marks, categories, { width: w, visible });
    ({ width, plot, rows, rowCounts, extents } = layout);
    base = timeScale(plot);
    svg.dataset.plot = plot.join(' ');
    lanes.forEach((lane) => lane.querySelector('.lane-rule')?.setAttribute('x2', String(width)));
    restack();
    go(zoomIdentity, 0);
  }
  fit();
  new ResizeObserver(() => fit()).observe(svg);

  /** Moves the view to `t`, kept inside the decade, animated over `ms` (at once, and drawn at once, for 0). */
  function go(target: ZoomTransform, ms: number) {
    const k = Math.min(maxK, Math.max(1, target.k));
    const t = behaviour.constrain()(new ZoomTransform(k, target.x, 0), view, view);
    if (ms) return void selection.transition().duration(duration(ms)).call(behaviour.transform, t);
    selection.interrupt().call(behaviour.transform, t);
    render();
  }
  const centre = () => (plot[0] + plot[1]) / 2;
  const middle = (i: number) => (extents[i][0] + extents[i][1]) / 2;
  const centredOn = (i: number, k: number) => zoomIdentity.translate(centre() - k * middle(i), 0).scale(k);

  return {
    svg,
    marks: els,
    setVisible(next) {
      visible = next;
      restack();
      render();
    },
    isInView: inView,
    reveal(i, { minZoom = 1, animate = true } = {}) {
      const k = Math.max(transform.k, minZoom);
      const x = transform.applyX(middle(i));
      if (k === transform.k && x > plot[0] + 40 && x < plot[1] - 40) return;
      go(centredOn(i, k), animate ? 350 : 0);
    },
    follow(i) {
      const x = transform.applyX(middle(i));
      if (x > plot[0] + 40 && x < plot[1] - 40) return;
      go(centredOn(i, transform.k), inView(i) ? 250 : 0);
    },
    highlight(i) {
      focused = i;
      drawRing();
    },
    setCurrent(i) {
      current = i;
      drawCurrent();
    },
    zoomBy(factor, i) {
      const point: [number, number] = [i === undefined ? centre() : transform.applyX(middle(i)), 0];
      selection.transition().duration(duration(250)).call(behaviour.scaleBy, factor, point);
    },
    pan(fraction) {
      selection.transition().duration(duration(250)).call(behaviour.translateBy, (-fraction * (plot[1] - plot[0])) / transform.k, 0);
    },
    reset: () => go(zoomIdentity, 400),
    showYear(year) {
      const [from, to] = [base(Date.UTC(year, 0, 1)), base(Date.UTC(year + 1, 0, 1))];
      const k = (0.92 * (plot[1] - plot[0])) / (to - from);
      go(zoomIdentity.translate(centre() - (k * (from + to)) / 2, 0).scale(k), 500);
    },
  };
}
