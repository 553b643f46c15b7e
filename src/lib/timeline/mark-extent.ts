import type { Precision } from '../../schemas/partial-date.ts';

/** Sizes of the three mark shapes, in pixels: a dot for a day, a solid bar for a month, an outlined band for a year. */
export const markSize = { dotRadius: 4.5, monthHeight: 7, yearHeight: 12, minMonth: 5, minYear: 8 } as const;

/** The pixel extent [from, to] of a milestone's mark at the full view, given where its span starts and ends. */
export function markExtent(precision: Precision, x0: number, x1: number): [number, number] {
  if (precision === 'day') {
    const c = (x0 + x1) / 2;
    return [c - markSize.dotRadius, c + markSize.dotRadius];
  }
  const min = precision === 'month' ? markSize.minMonth : markSize.minYear;
  return [x0, Math.max(x1, x0 + min)];
}

/** A mark's extent under a zoom (scale by k, then shift by x): spans stretch, a day's dot keeps its size. */
export function zoomExtent(precision: Precision, [a, b]: readonly [number, number], k: number, x: number): [number, number] {
  if (precision !== 'day') return [x + k * a, x + k * b];
  const c = x + (k * (a + b)) / 2;
  return [c - markSize.dotRadius, c + markSize.dotRadius];
}

/** Height of a milestone's mark across the time axis. */
export function markThickness(precision: Precision): number {
  return precision === 'day' ? markSize.dotRadius * 2 : precision === 'month' ? markSize.monthHeight : markSize.yearHeight;
}
