import { scaleLinear } from 'd3-scale';
import { utcMonth, utcYear } from 'd3-time';
import { DECADE } from '../decade.ts';
import type { TimeSpan } from './date-span.ts';
import { dodge } from './dodge.ts';

/** What the vertical (narrow-screen) layout needs to know of a milestone. */
export interface VerticalMark extends TimeSpan {
  id: string;
  /** Lines its wrapped title takes. */
  lines: number;
}

/** Geometry constants of the vertical timeline, in SVG user units. */
export const vertical = {
  /** The content column of a 375 px phone. */
  designWidth: 332,
  axisX: 46,
  /** Where the band marking a whole year runs, just right of the axis. */
  yearBandX: 56,
  labelX: 84,
  dateFont: 12,
  dateLine: 18,
  titleFont: 15,
  titleLine: 22,
  gap: 12,
  yearPad: 12,
  minYear: 56,
  top: 8,
} as const;

export interface YearBand {
  year: number;
  top: number;
  height: number;
  /** Month ticks, relative to the band's top. */
  months: number[];
  /** Whether a shown milestone of this year is dated only to the year (the band marking the whole year is drawn). */
  wholeYear: boolean;
}

export interface VerticalItem {
  /** Top of the label block. */
  top: number;
  /** Where the mark sits on the axis: a point for a day, a stretch for a month or a year. */
  y0: number;
  y1: number;
}

export interface VerticalLayout {
  width: number;
  height: number;
  years: YearBand[];
  /** Per mark; null when hidden. */
  items: (VerticalItem | null)[];
}

/** Height of a label block: the date line and the wrapped title. */
export const blockHeight = (lines: number) => vertical.dateLine + lines * vertical.titleLine;

/**
 * Time runs down. Each year gets the height its labels need (at least `minYear`), so the axis is linear
 * within a year and years with more milestones are taller; inside a year the labels are dodged around
 * the time they mark, so none overlap, and each mark sits on the axis at its true time.
 */
export function layoutVertical(
  marks: readonly VerticalMark[],
  visible: (i: number) => boolean = () => true,
  width: number = vertical.designWidth,
): VerticalLayout {
  const years = utcYear.range(new Date(DECADE[0]), new Date(DECADE[1]));
  const shown = marks.map((_, i) => i).filter(visible);
  const inYear = years.map((y) => shown.filter((i) => new Date(marks[i].t0).getUTCFullYear() === y.getUTCFullYear()));
  const heights = inYear.map((list) =>
    Math.max(vertical.minYear, 2 * vertical.yearPad + list.reduce((s, i) => s + blockHeight(marks[i].lines) + vertical.gap, -vertical.gap)),
  );
  const tops = heights.reduce<number[]>((acc, h) => [...acc, acc.at(-1)! + h], [vertical.top]);
  const scale = scaleLinear().domain([...years.map(Number), DECADE[1]]).range(tops);

  const items: (VerticalItem | null)[] = marks.map(() => null);
  inYear.forEach((list, y) => {
    const [top, bottom] = [tops[y], tops[y + 1]];
    const anchor = (i: number) => (marks[i].precision === 'year' ? (top + bottom) / 2 : scale((marks[i].t0 + marks[i].t1) / 2));
    const order = list.slice().sort((a, b) => anchor(a) - anchor(b) || a - b);
    const sizes = order.map((i) => blockHeight(marks[i].lines));
    const ideal = order.map((i) => anchor(i) - vertical.dateLine - vertical.titleLine / 2);
    const placed = dodge(ideal, sizes, vertical.gap, [top + vertical.yearPad, bottom - vertical.yearPad]);
    order.forEach((i, j) => {
      const m = marks[i];
      items[i] =
        m.precision === 'year'
          ? { top: placed[j], y0: top, y1: bottom }
          : { top: placed[j], y0: scale(m.t0), y1: scale(m.t1) };
    });
  });
  const bands = years.map((y, i) => ({
    year: y.getUTCFullYear(),
    top: tops[i],
    height: heights[i],
    months: utcMonth.range(y, utcYear.offset(y, 1)).slice(1).map((m) => scale(m) - tops[i]),
    wholeYear: inYear[i].some((j) => marks[j].precision === 'year'),
  }));
  return { width, height: tops.at(-1)! + vertical.top, years: bands, items };
}
