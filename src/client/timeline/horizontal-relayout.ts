import { horizontal, layoutHorizontal, placeRows, plotFrame, timeScale } from '../../lib/timeline/horizontal-layout.ts';
import { markPaths } from '../../lib/timeline/mark-paths.ts';
import type { HorizontalState } from './horizontal-state.ts';
import type { hitTargets } from './hit-targets.ts';
import type { Write } from './write-changes.ts';

/** What the reader sees of the marks: the day dots' paper ring, and per category a path per precision. */
function markPathElements(svg: SVGSVGElement) {
  return {
    ringPath: svg.querySelector<SVGPathElement>('path.mp-ring')!,
    shapePaths: [...svg.querySelectorAll<SVGGElement>('.mark-paths g[data-category]')].map((g) => ({
      category: g.dataset.category!,
      year: g.querySelector<SVGPathElement>('.mp-year')!,
      month: g.querySelector<SVGPathElement>('.mp-month')!,
      day: g.querySelector<SVGPathElement>('.mp-day')!,
    })),
  };
}

/**
 * Lays the chart out again where the build's layout no longer fits: lanes stacked anew for another filter, the whole
 * layout for another width. Both call the same pure functions the build did, on the client's input.
 */
export function horizontalRelayout(svg: SVGSVGElement, state: HorizontalState, targets: ReturnType<typeof hitTargets>, write: Write) {
  // The lanes' categories, in display order.
  const categories = state.layout.rowCounts.map((r) => r.category);
  const lanes = [...svg.querySelectorAll<SVGGElement>('g.lane')];
  const labels = [...svg.querySelectorAll<SVGTextElement>('text.label')];
  const clip = svg.querySelector<SVGRectElement>('clipPath rect')!;
  // The hit targets' own SVG, which covers the plot's frame.
  const frame = svg.querySelector<SVGForeignObjectElement>('foreignObject.targets')!;
  const frameView = frame.querySelector('svg')!;
  const { ringPath, shapePaths } = markPathElements(svg);

  /** The clip path and the hit targets' SVG cover the plot's frame, the SVG in the chart's own coordinates. */
  function framePlot() {
    const { plot, height } = state.layout;
    const { x: x0, width: w } = plotFrame(plot);
    clip.setAttribute('width', String(w));
    frame.setAttribute('x', String(x0));
    frame.setAttribute('width', String(w));
    frame.setAttribute('height', String(height));
    frameView.setAttribute('viewBox', `${x0} 0 ${w} ${height}`);
  }

  /** The marks' paths at the full view: the layer's transform zooms them. */
  function drawPaths() {
    const paths = markPaths(state.marks, state.layout.extents, state.layout.y, categories);
    write(ringPath, 'd', paths.ring);
    for (const p of shapePaths) {
      const d = paths.byCategory[p.category];
      write(p.year, 'd', d.year);
      write(p.month, 'd', d.month);
      write(p.day, 'd', d.day);
    }
  }

  /** Stacks the shown lanes and moves every mark and label onto its row. */
  function restack() {
    const { layout } = state;
    const placed = placeRows(state.marks, layout.rows, layout.rowCounts, state.visible);
    layout.y = placed.y;
    layout.height = placed.bottom + horizontal.bottom;
    svg.setAttribute('viewBox', `0 0 ${layout.width} ${layout.height}`);
    framePlot();
    for (const lane of lanes) {
      const band = placed.lanes.find((b) => b.category === lane.dataset.category);
      lane.style.display = band ? '' : 'none';
      if (band) lane.setAttribute('transform', `translate(0 ${band.top})`);
    }
    targets.arrange(write);
    labels.forEach((label, i) => {
      if (!Number.isNaN(layout.y[i])) write(label, 'y', String(layout.y[i]));
    });
    drawPaths();
  }

  /**
   * Lays the chart out again when the SVG is drawn at another width than the one it was laid out for; returns
   * whether it did.
   */
  function fit(): boolean {
    const w = Math.round(svg.getBoundingClientRect().width);
    const { width } = state.layout;
    if (!w || Math.abs(w - width) / width < 0.03) return false;
    state.layout = layoutHorizontal(state.marks, categories, { width: w, visible: state.visible });
    state.base = timeScale(state.layout.plot);
    for (const lane of lanes) lane.querySelector('.lane-rule')?.setAttribute('x2', String(w));
    restack();
    return true;
  }

  return { restack, fit };
}
