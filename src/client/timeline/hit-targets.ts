import { markSize, markThickness } from '../../lib/timeline/mark-extent.ts';
import { markCorner } from '../../lib/timeline/mark-paths.ts';
import type { HorizontalState } from './horizontal-state.ts';
import type { Write } from './write-changes.ts';

const f1 = (v: number) => v.toFixed(1);
const { dotRadius } = markSize;

/**
 * A mark's box along the axis in the zoomed layer's units, at zoom k: a day's is narrowed by 1/k about its centre,
 * so the layer's stretch leaves it round; a span's is its extent, its corners as the build drew them.
 */
export function markBox([a, b]: readonly [number, number], day: boolean, k: number): [x: string, width: string, rx: string, ry: string] {
  if (!day) return [a.toFixed(3), (b - a).toFixed(4), String(markCorner), String(markCorner)];
  const r = dotRadius / k;
  return [((a + b) / 2 - r).toFixed(3), (2 * r).toFixed(4), r.toFixed(4), String(dotRadius)];
}

/**
 * The marks' invisible hit targets: focusable, named, in an SVG painted apart. They take the zoom once the view
 * stops moving (while it moves, a shield covers them and the frames do not repaint them).
 */
export function hitTargets(svg: SVGSVGElement, state: HorizontalState) {
  // In time order, as the marks of the state.
  const els = [...svg.querySelectorAll<SVGRectElement>('rect.m')];
  const isDay = state.marks.map((m) => m.precision === 'day');
  // Whether each target was last left in the layout tree (the build leaves them all in).
  const markShown = els.map((el) => el.getAttribute('display') !== 'none');
  // The zoom each day's hit target was last fitted to (the build fits them to 1).
  const dayK = els.map(() => 1);

  /**
   * Narrows a day's hit target to the zoom, so the zoomed layer leaves it round. (Its own geometry, not a transform:
   * a transform would give each a paint chunk of its own, which every frame would pay for.)
   */
  function unstretch(i: number, k: number) {
    const [x, w, rx, ry] = markBox(state.layout.extents[i], true, (dayK[i] = k));
    const el = els[i];
    el.setAttribute('x', x);
    el.setAttribute('width', w);
    el.setAttribute('rx', rx);
    el.setAttribute('ry', ry);
  }

  /**
   * Fits the hit targets to the zoom: a day's is scaled back to round, and marks well outside the view leave the
   * layout tree, so a zoomed-in chart costs what is near the view; the keyboard's tab stop stays, or Tab would skip
   * the chart. (zoomExtent, inlined: this runs a thousand times.)
   */
  function fit() {
    const { k, x } = state.transform;
    const { plot, extents, y } = state.layout;
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
      if (isDay[i] && b >= from && a <= to && !Number.isNaN(y[i]) && dayK[i] !== k) unstretch(i, k);
    }
  }

  /** Puts every target on its mark after the marks were laid out again (a hidden lane's leave the chart). */
  function arrange(write: Write) {
    const { extents, y } = state.layout;
    els.forEach((el, i) => {
      const hidden = Number.isNaN(y[i]);
      el.style.display = hidden ? 'none' : '';
      if (hidden) return;
      if (isDay[i]) unstretch(i, state.transform.k);
      else {
        write(el, 'x', f1(extents[i][0]));
        write(el, 'width', f1(extents[i][1] - extents[i][0]));
      }
      write(el, 'y', String(y[i] - markThickness(state.marks[i].precision) / 2));
    });
  }

  return { marks: els, fit, arrange };
}
