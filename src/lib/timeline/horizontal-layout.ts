import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { DECADE } from '../decade.ts';
import type { TimeSpan } from './date-span.ts';
import { markExtent, markSize, markThickness } from './mark-extent.ts';
import { packRows } from './pack-rows.ts';
import { stackLanes, rowCentre, type LaneBand } from './stack-lanes.ts';
import { placeLabelsAlongAxis, type LabelRequest, type Placement } from './label-placement.ts';
import { axisTicks, type Tick } from './axis-ticks.ts';

/** What the horizontal layout needs to know of a milestone. */
export interface TimelineMark extends TimeSpan {
  id: string;
  category: string;
  /** Estimated label widths in pixels: the full title, then the shortened label if the title is long. */
  labelWidths: number[];
  /** Lower is labelled first. */
  priority: number;
}

/** Geometry constants of the horizontal timeline, in SVG user units (CSS pixels at the design width). */
export const horizontal = {
  /** Width the page is laid out for at build time: the content column of a desktop window. */
  designWidth: 1112,
  labelFont: 12,
  /** Height of a label's line box: what a browser reports as its bounding box. */
  labelHeight: 17.5,
  labelGap: 4,
  rowPitch: 15,
  lanePad: 5,
  axisHeight: 30,
  /** Room at the left for the lane names. */
  gutter: 80,
  right: 6,
  /** Marks closer than this share no row. */
  rowGap: 6,
  bottom: 6,
} as const;

export interface HorizontalLayout {
  width: number;
  height: number;
  /** The plot area along the time axis. */
  plot: [number, number];
  lanes: LaneBand[];
  /** Every lane's row count, visible or not, in category order. */
  rowCounts: { category: string; rows: number }[];
  /** Per mark: its extent along the axis, its row in its lane, the row's centre (NaN when the lane is hidden) and its label's left edge. */
  extents: [number, number][];
  rows: number[];
  y: number[];
  labels: (Placement | null)[];
  ticks: Tick[];
}

/**
 * What the plot shows along the axis: the plot area and a little room either side for the marks at its edges. The
 * chart clips to it, and its hit targets' SVG covers it.
 */
export const plotFrame = (plot: readonly [number, number]) => ({ x: plot[0] - 6, width: plot[1] - plot[0] + 12 });

/**
 * The decade mapped onto the plot area, UTC milliseconds to pixels. (A linear scale: the axis's ticks are our own, so
 * the page need not load the time scale's date formats.)
 */
export const timeScale = (plot: readonly [number, number]): ScaleLinear<number, number> =>
  scaleLinear().domain(DECADE).range(plot);

/** Marks in the order their labels are placed: by priority, then time. */
export const labelOrder = (marks: readonly Pick<TimelineMark, 'priority'>[]) =>
  marks.map((_, i) => i).sort((a, b) => marks[a].priority - marks[b].priority || a - b);

/** Lays the marks out in category lanes at a given width: rows packed so no two marks ever touch, then labels. */
export function layoutHorizontal(
  marks: readonly TimelineMark[],
  categories: readonly string[],
  { width = horizontal.designWidth, visible = () => true }: { width?: number; visible?: (category: string) => boolean } = {},
): HorizontalLayout {
  const plot: [number, number] = [horizontal.gutter, width - horizontal.right];
  const scale = timeScale(plot);
  const extents = marks.map((m) => markExtent(m.precision, scale(m.t0), scale(m.t1)));
  const rows = new Array<number>(marks.length);
  const rowCounts = categories.map((category) => {
    const members = marks.flatMap((m, i) => (m.category === category ? [i] : []));
    const packed = packRows(members.map((i) => ({ start: extents[i][0], end: extents[i][1] })), horizontal.rowGap);
    members.forEach((i, j) => (rows[i] = packed[j]));
    return { category, rows: Math.max(0, ...packed) + 1 };
  });
  const { lanes, y, bottom } = placeRows(marks, rows, rowCounts, visible);
  const labels = labelsAt(marks, extents, y, { k: 1, x: 0 }, plot, labelOrder(marks));
  return { width, height: bottom + horizontal.bottom, plot, lanes, rowCounts, extents, rows, y, labels, ticks: axisTicks(scale, plot) };
}

/** Stacks the visible lanes and gives each mark the centre of its row (NaN when its lane is hidden). */
export function placeRows(
  marks: readonly Pick<TimelineMark, 'category'>[],
  rows: readonly number[],
  rowCounts: readonly { category: string; rows: number }[],
  visible: (category: string) => boolean,
) {
  const options = { top: horizontal.axisHeight, rowPitch: horizontal.rowPitch, pad: horizontal.lanePad };
  const { bands, bottom } = stackLanes(rowCounts, visible, options);
  const byCategory = new Map(bands.map((b) => [b.category, b]));
  const y = marks.map((m, i) => {
    const band = byCategory.get(m.category);
    return band ? rowCentre(band, rows[i], options) : Number.NaN;
  });
  return { lanes: bands, y, bottom };
}

/** Where each visible mark's label goes under a zoom (null: no room, or the mark is hidden or out of view). */
export function labelsAt(
  marks: readonly TimelineMark[],
  extents: readonly (readonly [number, number])[],
  y: readonly number[],
  { k, x }: { k: number; x: number },
  plot: readonly [number, number],
  order: readonly number[],
): (Placement | null)[] {
  // zoomExtent, inlined: this runs for every mark on every frame of a zoom.
  const requests = marks.map((m, i): LabelRequest | null => {
    if (Number.isNaN(y[i])) return null;
    const [a, b] = extents[i];
    const c = m.precision === 'day' ? x + (k * (a + b)) / 2 : 0;
    const x0 = m.precision === 'day' ? c - markSize.dotRadius : x + k * a;
    const x1 = m.precision === 'day' ? c + markSize.dotRadius : x + k * b;
    if (x1 < plot[0] || x0 > plot[1]) return null;
    return { x0, x1, y: y[i], half: markThickness(m.precision) / 2, widths: m.labelWidths };
  });
  return placeLabelsAlongAxis(requests, order, { bounds: plot, height: horizontal.labelHeight, gap: horizontal.labelGap });
}
