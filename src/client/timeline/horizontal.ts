import { zoomIdentity } from 'd3-zoom';
import type { TimelineClientInput } from '../../lib/timeline/client-input.ts';
import { horizontalState, inView } from './horizontal-state.ts';
import { changeWriter } from './write-changes.ts';
import { hitTargets } from './hit-targets.ts';
import { horizontalFrame } from './horizontal-frame.ts';
import { horizontalRelayout } from './horizontal-relayout.ts';
import { zoomView } from './zoom-view.ts';
import type { Chart } from './chart.ts';

/**
 * Makes the build-time horizontal SVG zoomable, starting from the layout the build printed (`input`). The marks' few
 * paths take the zoom as one transform; labels and ticks are placed again for each frame; only changes are written.
 * The marks' invisible hit targets, in an SVG painted apart, take the zoom once the view stops moving (the day marks'
 * scaled back to round one by one): while it moves, a shield covers them, and the frames do not repaint them.
 */
export function horizontalChart(svg: SVGSVGElement, input: TimelineClientInput): Chart {
  const state = horizontalState(input);
  const write = changeWriter();
  const targets = hitTargets(svg, state);
  const frame = horizontalFrame(svg, state, targets, write);
  const view = zoomView(svg, state, frame.schedule, frame.render);
  const relayout = horizontalRelayout(svg, state, targets, write);

  const fit = () => {
    if (!relayout.fit()) return;
    view.configure();
    view.go(zoomIdentity, 0);
  };
  fit();
  new ResizeObserver(fit).observe(svg);

  const plot = () => state.layout.plot;
  const centre = () => (plot()[0] + plot()[1]) / 2;
  const middle = (i: number) => (state.layout.extents[i][0] + state.layout.extents[i][1]) / 2;
  const centredOn = (i: number, k: number) => zoomIdentity.translate(centre() - k * middle(i), 0).scale(k);
  // Whether mark i's middle is well inside the view, not at its edges.
  const wellInside = (i: number) => {
    const x = state.transform.applyX(middle(i));
    return x > plot()[0] + 40 && x < plot()[1] - 40;
  };

  return {
    svg,
    marks: targets.marks,
    setVisible(next) {
      state.visible = next;
      relayout.restack();
      view.configure();
      frame.render();
    },
    isInView: (i) => inView(state, i),
    reveal(i, { minZoom = 1, animate = true } = {}) {
      const k = Math.max(state.transform.k, minZoom);
      if (k === state.transform.k && wellInside(i)) return;
      view.go(centredOn(i, k), animate ? 350 : 0);
    },
    follow(i) {
      if (wellInside(i)) return;
      view.go(centredOn(i, state.transform.k), inView(state, i) ? 250 : 0);
    },
    highlight(i) {
      state.focused = i;
      frame.drawRing();
    },
    setCurrent(i) {
      state.current = i;
      frame.drawCurrent();
    },
    zoomBy(factor, i) {
      view.scaleBy(factor, i === undefined ? centre() : state.transform.applyX(middle(i)));
    },
    pan(fraction) {
      view.translateBy((-fraction * (plot()[1] - plot()[0])) / state.transform.k);
    },
    reset: () => view.go(zoomIdentity, 400),
    showYear(year) {
      const [from, to] = [state.base(Date.UTC(year, 0, 1)), state.base(Date.UTC(year + 1, 0, 1))];
      const k = (0.92 * (plot()[1] - plot()[0])) / (to - from);
      view.go(zoomIdentity.translate(centre() - (k * (from + to)) / 2, 0).scale(k), 500);
    },
  };
}
