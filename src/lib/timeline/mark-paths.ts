import type { Precision } from '../../schemas/partial-date.ts';
import { markSize, markThickness } from './mark-extent.ts';

/**
 * The horizontal chart's marks as a few paths: one per category and precision, plus the paper ring under every
 * day's dot. A browser paints and re-lays a handful of paths far faster than a thousand shapes; the focusable,
 * clickable mark elements are invisible hit targets beside them.
 *
 * - a day is a zero-length segment with round caps: a dot whatever the zoom;
 * - a month or a year is its box inset by the corner radius, filled and stroked twice the radius wide with
 *   round joins: a box with rounded corners, as `rect rx` drew it.
 */
export interface MarkPaths {
  /** Paper rings under the day dots, all categories. */
  ring: string;
  /** Per category: the year bands, the month bars and the day dots. */
  byCategory: Record<string, Record<Precision, string>>;
}

/** Corner radius of month and year marks; the paths' stroke is twice as wide. */
export const markCorner = 1.5;
/** Width of the paper ring around a day's dot and of the dot inside it (the shape `rect` once drew with a 1.5 px stroke). */
export const dayStroke = { ring: 2 * markSize.dotRadius + 1.5, dot: 2 * markSize.dotRadius - 1.5 } as const;

const r1 = (v: number) => Math.round(v * 10) / 10;

/**
 * The path data of every mark at the full view: the chart's zoomed layer stretches them with one transform (a
 * day's stroke does not scale, so its dot stays round). Marks with a NaN row (hidden lane) are left out.
 */
export function markPaths(
  marks: readonly { category: string; precision: Precision }[],
  extents: readonly (readonly [number, number])[],
  y: readonly number[],
  categories: readonly string[],
): MarkPaths {
  const byCategory: Record<string, Record<Precision, string>> = {};
  for (const c of categories) byCategory[c] = { year: '', month: '', day: '' };
  let ring = '';
  for (let i = 0; i < marks.length; i++) {
    const yi = y[i];
    if (Number.isNaN(yi)) continue;
    const { category, precision } = marks[i];
    const paths = byCategory[category] ?? (byCategory[category] = { year: '', month: '', day: '' });
    const [a, b] = extents[i];
    if (precision === 'day') {
      const dot = `M${r1((a + b) / 2)} ${r1(yi)}h0`;
      ring += dot;
      paths.day += dot;
      continue;
    }
    const half = markThickness(precision) / 2 - markCorner;
    const x0 = r1(a + markCorner), x1 = r1(Math.max(a + markCorner, b - markCorner));
    paths[precision] += `M${x0} ${r1(yi - half)}H${x1}V${r1(yi + half)}H${x0}Z`;
  }
  return { ring, byCategory };
}
