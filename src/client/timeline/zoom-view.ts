import { select } from 'd3-selection';
import { zoom, ZoomTransform, type D3ZoomEvent } from 'd3-zoom';
import 'd3-transition';
import { DECADE } from '../../lib/decade.ts';
import type { HorizontalState } from './horizontal-state.ts';
import { prefersStill } from '../dom/motion.ts';

const DAY = 86_400_000;
const duration = (ms: number) => (prefersStill() ? 0 : ms);

/**
 * The horizontal chart's zoom and pan (d3-zoom): wheel and pinch zoom, drags and horizontal wheels pan, inside the
 * decade. Every change of view goes into `state.transform` and asks `draw` for a frame; `drawNow` draws at once.
 */
export function zoomView(svg: SVGSVGElement, state: HorizontalState, draw: () => void, drawNow: () => void) {
  // Covers the chart while the view moves, so the pointer hit-tests one shape.
  const shield = svg.querySelector<SVGRectElement>('.shield')!;
  const shielded = (on: boolean) => {
    if (on !== state.moving) shield.setAttribute('display', on ? 'inline' : 'none');
    state.moving = on;
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
      state.transform = event.transform;
      draw();
    })
    .on('end', () => {
      shielded(false);
      // The gesture is over: the next frame puts the hit targets where the marks are.
      draw();
    });
  const selection = select(svg);
  let view: [[number, number], [number, number]];
  let maxK: number;

  /** Fits the zoom's limits to the layout: the plot's frame, and at most zoom a day 40 px wide. */
  function configure() {
    const { plot, height } = state.layout;
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
    behaviour.translateBy(selection, -event.deltaX / state.transform.k, 0);
  }, { passive: false });

  return {
    configure,
    /** Moves the view to `target`, kept inside the decade, animated over `ms` (at once, and drawn at once, for 0). */
    go(target: ZoomTransform, ms: number) {
      const k = Math.min(maxK, Math.max(1, target.k));
      const t = behaviour.constrain()(new ZoomTransform(k, target.x, 0), view, view);
      if (ms) return void selection.transition().duration(duration(ms)).call(behaviour.transform, t);
      selection.interrupt().call(behaviour.transform, t);
      drawNow();
    },
    /** Zooms by `factor` about the plot position `x`. */
    scaleBy(factor: number, x: number) {
      selection.transition().duration(duration(250)).call(behaviour.scaleBy, factor, [x, 0]);
    },
    /** Pans by `dx` in the full view's units. */
    translateBy(dx: number) {
      selection.transition().duration(duration(250)).call(behaviour.translateBy, dx, 0);
    },
  };
}
