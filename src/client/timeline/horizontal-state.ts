import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import type { ScaleLinear } from 'd3-scale';
import { timeScale } from '../../lib/timeline/horizontal-layout.ts';
import { zoomExtent } from '../../lib/timeline/mark-extent.ts';
import type { ClientMark, PlacedChart, TimelineClientInput } from '../../lib/timeline/client-input.ts';

/** What the horizontal chart shows now: its layout, filter and zoom, shared by the parts that draw it. */
export interface HorizontalState {
  readonly marks: readonly ClientMark[];
  /** Where the marks are at the full view: as the build laid them out until another width or filter. */
  layout: PlacedChart;
  /** The decade on the plot at the full view; a zoom rescales a copy of it. */
  base: ScaleLinear<number, number>;
  visible: (category: string) => boolean;
  transform: ZoomTransform;
  /** Whether a gesture or a transition is moving the view. */
  moving: boolean;
  /** The mark the keyboard focus ring is drawn around, if any. */
  focused: number | null;
  /** The milestone last opened, outlined (−1: none). */
  current: number;
}

export function horizontalState({ marks, horizontal }: TimelineClientInput): HorizontalState {
  return {
    marks,
    layout: horizontal,
    base: timeScale(horizontal.plot),
    visible: () => true,
    transform: zoomIdentity,
    moving: false,
    focused: null,
    current: -1,
  };
}

/** Mark i's extent on screen under the current zoom. */
export const extentNow = ({ marks, layout, transform }: HorizontalState, i: number) =>
  zoomExtent(marks[i].precision, layout.extents[i], transform.k, transform.x);

/** Whether mark i is drawn now: its lane shown and its extent inside the plot. */
export function inView(state: HorizontalState, i: number): boolean {
  const [a, b] = extentNow(state, i);
  const { y, plot } = state.layout;
  return !Number.isNaN(y[i]) && b >= plot[0] && a <= plot[1];
}
