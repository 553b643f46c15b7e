import { utcDay, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import { DECADE } from '../decade.ts';
import { textWidth } from '../text-width.ts';

/** A tick on the time axis; `label` is null for an unlabelled tick. */
export interface Tick {
  key: string;
  x: number;
  level: 'year' | 'month' | 'day' | 'context';
  label: string | null;
}

/** Anything that maps UTC milliseconds to pixels and back, like a d3 time scale. */
export interface TimeToPixels {
  (t: number): number;
  invert(x: number): Date | number;
}

const DAY = 86_400_000;
/** Font size of tick labels, and the room kept around each. */
export const tickFont = 11;
const PAD = 4;

// [level, interval, px per day from which ticks are drawn, px per day from which they are named]
const levels: [Tick['level'], TimeInterval, number, number][] = [
  ['year', utcYear, 0, 0],
  ['month', utcMonth, 14 / 30, 34 / 30],
  ['day', utcDay, 8, 30],
];

/**
 * Ticks for the visible part [x0, x1] of the axis: years always, months once a month is 14 px wide, days
 * from 8 px a day; a coarser tick wins where two coincide. A context label pinned at the left edge says
 * where a zoomed view is (“2016年3月”); tick labels that would overlap it, each other or the edge stay unnamed.
 */
export function axisTicks(scale: TimeToPixels, [x0, x1]: readonly [number, number]): Tick[] {
  const from = Math.max(DECADE[0], +scale.invert(x0));
  const to = Math.min(DECADE[1], +scale.invert(x1));
  const perDay = scale(DECADE[0] + DAY) - scale(DECADE[0]);
  const byTime = new Map<number, { level: Tick['level']; named: boolean }>();
  for (const [level, interval, minTick, minName] of levels) {
    if (perDay < minTick) break;
    for (const date of interval.range(new Date(from), new Date(to + 1))) {
      if (!byTime.has(+date)) byTime.set(+date, { level, named: perDay >= minName && +date < DECADE[1] });
    }
  }
  const sorted = [...byTime].sort((a, b) => a[0] - b[0]);
  const context = label(from, perDay >= levels[1][3] ? 'context' : 'year');
  let right = x0 + PAD + textWidth(context, tickFont) + 2 * PAD;
  // A year tick under the context label names the place better: then the context gives way.
  const yearNear = sorted.some(([t, k]) => k.level === 'year' && k.named && scale(t) < right);
  const out: Tick[] = yearNear ? [] : [{ key: 'context', x: x0, level: 'context', label: context }];
  if (yearNear) right = -Infinity;
  for (const [t, { level, named }] of sorted) {
    const x = scale(t);
    const text = label(t, level);
    const end = x + PAD + textWidth(text, tickFont);
    const fits = named && x >= right && end <= x1;
    if (fits) right = end + 2 * PAD;
    out.push({ key: `${level}${t}`, x, level, label: fits ? text : null });
  }
  return out;
}

function label(t: number, level: Tick['level']): string {
  const d = new Date(t);
  const y = d.getUTCFullYear(), m = d.getUTCMonth() + 1;
  return { year: `${y}年`, month: `${m}月`, day: `${d.getUTCDate()}日`, context: `${y}年${m}月` }[level];
}

/** Where tick lines start below the top of the chart: under the tick labels. */
export const tickLineTop = 24;

/**
 * The tick lines of each level drawn as one path (a vertical segment per tick, from `tickLineTop` to `bottom`),
 * so that a frame of a zoom rewrites three paths instead of moving a hundred lines. The context tick has no line.
 */
export function tickLines(ticks: readonly Tick[], bottom: number): Record<'year' | 'month' | 'day', string> {
  const out = { year: '', month: '', day: '' };
  for (const t of ticks) if (t.level !== 'context') out[t.level] += `M${t.x.toFixed(1)} ${tickLineTop}V${bottom}`;
  return out;
}
