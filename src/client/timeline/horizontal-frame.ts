import { axisTicks } from '../../lib/timeline/axis-ticks.ts';
import { markThickness } from '../../lib/timeline/mark-extent.ts';
import { drawTicks } from './axis.ts';
import { labelFrame } from './label-frame.ts';
import { extentNow, inView, type HorizontalState } from './horizontal-state.ts';
import { markBox, type hitTargets } from './hit-targets.ts';
import type { Write } from './write-changes.ts';

const f1 = (v: number) => v.toFixed(1);

/**
 * Draws the chart for the current view, at most once an animation frame. The marks' few paths take the zoom as one
 * transform; labels and ticks are placed again; the hit targets follow only once the view stands still.
 */
export function horizontalFrame(svg: SVGSVGElement, state: HorizontalState, targets: ReturnType<typeof hitTargets>, write: Write) {
  // The layer the zoom's one transform stretches: the mark paths and the outline of the milestone last opened.
  const layer = svg.querySelector<SVGGElement>('g.zoom-layer')!;
  const currentMark = svg.querySelector<SVGRectElement>('.current-mark')!;
  // The layer of the hit targets' SVG, painted apart, that takes the zoom once the view stops.
  const targetLayer = svg.querySelector<SVGGElement>('g.target-layer')!;
  // The keyboard focus ring, drawn where CSS outlines cannot follow the zoom.
  const ring = svg.querySelector<SVGRectElement>('.focus-ring')!;
  const axis = svg.querySelector<SVGGElement>('g.axis')!;
  const drawLabels = labelFrame(svg, state);
  let pending = false;

  function schedule() {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      render();
    });
  }

  function render() {
    const { transform, layout, moving } = state;
    // One transform zooms every mark: spans stretch, and the paths draw a day's dot round at any zoom.
    const zoomed = `translate(${transform.x.toFixed(2)} 0) scale(${transform.k.toFixed(5)} 1)`;
    write(layer, 'transform', zoomed);
    // While the view moves, the hit targets stay where they were (the shield covers them).
    if (!moving) {
      write(targetLayer, 'transform', zoomed);
      targets.fit();
    }
    drawCurrent();
    const waiting = drawLabels();
    drawRing();
    drawTicks(axis, axisTicks(transform.rescaleX(state.base), layout.plot), Math.ceil(layout.height));
    if (waiting) schedule();
  }

  /**
   * Outlines the milestone last opened in the zoomed layer (not on its hit target, which stays put while the view
   * moves), shaped like its hit target.
   */
  function drawCurrent() {
    const i = state.current;
    const { y } = state.layout;
    if (i < 0 || Number.isNaN(y[i])) return write(currentMark, 'display', 'none');
    const { precision } = state.marks[i];
    const [x, w, rx, ry] = markBox(state.layout.extents[i], precision === 'day', state.transform.k);
    const h = markThickness(precision);
    write(currentMark, 'x', x);
    write(currentMark, 'width', w);
    write(currentMark, 'rx', rx);
    write(currentMark, 'ry', ry);
    write(currentMark, 'y', String(y[i] - h / 2));
    write(currentMark, 'height', String(h));
    write(currentMark, 'display', 'inline');
  }

  function drawRing() {
    const i = state.focused;
    if (i === null || !inView(state, i)) return write(ring, 'display', 'none');
    const [a, b] = extentNow(state, i);
    const h = markThickness(state.marks[i].precision) / 2 + 4;
    write(ring, 'x', f1(a - 4));
    write(ring, 'width', f1(b - a + 8));
    write(ring, 'y', f1(state.layout.y[i] - h));
    write(ring, 'height', f1(2 * h));
    write(ring, 'display', 'inline');
  }

  return { schedule, render, drawCurrent, drawRing };
}
