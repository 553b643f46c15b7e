import type { Precision } from '../../schemas/partial-date.ts';
import { markSize } from './mark-extent.ts';
import { vertical, type VerticalItem } from './vertical-layout.ts';

/** A mark's drawing in the vertical layout, relative to the top of its label block. */
export interface VerticalShape {
  /** Leader from the label to the axis (or to the band of its year). */
  leader: string;
  /** The mark on the axis; null for a year, whose band is drawn once per year. */
  mark: Rect | null;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
  rx: number;
}

/** The small shape before each label, in the mark's category colour: a dot, a bar or an outlined band. */
export function verticalGlyph(precision: Precision): Rect {
  const cy = vertical.dateLine + vertical.titleLine / 2;
  const [w, h, rx] = precision === 'day' ? [9, 9, 4.5] : precision === 'month' ? [12, 7, 1.5] : [12, 9, 1.5];
  return { x: vertical.labelX - 8 - w, y: cy - h / 2, width: w, height: h, rx };
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
const r = (v: number) => Math.round(v * 10) / 10;

/** Where the leader and the axis mark of one label block go. */
export function verticalShape(precision: Precision, { top, y0, y1 }: VerticalItem): VerticalShape {
  const ly = vertical.dateLine + vertical.titleLine / 2;
  const lx = vertical.labelX - 22;
  const reach = precision === 'day' ? (y0 + y1) / 2 : clamp(top + ly, y0 + 3, Math.max(y0 + 3, y1 - 3));
  const ay = reach - top;
  const ax = precision === 'year' ? vertical.yearBandX + 4 : vertical.axisX + 5;
  const mx = (lx + ax) / 2;
  const leader = `M${lx} ${r(ly)}C${mx} ${r(ly)} ${mx} ${r(ay)} ${ax} ${r(ay)}`;
  if (precision === 'year') return { leader, mark: null };
  if (precision === 'day') {
    const d = markSize.dotRadius;
    return { leader, mark: { x: vertical.axisX - d, y: r(ay - d), width: 2 * d, height: 2 * d, rx: d } };
  }
  const h = Math.max(4, y1 - y0);
  return { leader, mark: { x: vertical.axisX - 4, y: r(y0 - top), width: 8, height: r(h), rx: 1.5 } };
}

/** The month ticks of one year band, as one path. */
export const monthTicksPath = (months: readonly number[]) =>
  months.map((y) => `M${vertical.axisX - 3} ${r(y)}h6`).join('');
