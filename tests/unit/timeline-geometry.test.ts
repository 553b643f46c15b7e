import { describe, expect, it } from 'vitest';
import { dateSpan } from '../../src/lib/timeline/date-span.ts';
import { DECADE } from '../../src/lib/decade.ts';
import { markExtent, markSize } from '../../src/lib/timeline/mark-extent.ts';
import { packRows } from '../../src/lib/timeline/pack-rows.ts';
import { dodge } from '../../src/lib/timeline/dodge.ts';
import { random } from './timeline-random.ts';

describe('dateSpan: the time a date covers at its precision', () => {
  it('covers a whole year, month or day', () => {
    expect(dateSpan('2016')).toEqual({ t0: Date.UTC(2016, 0, 1), t1: Date.UTC(2017, 0, 1), precision: 'year' });
    expect(dateSpan('2016-02')).toEqual({ t0: Date.UTC(2016, 1, 1), t1: Date.UTC(2016, 2, 1), precision: 'month' });
    expect(dateSpan('2016-02-29')).toEqual({ t0: Date.UTC(2016, 1, 29), t1: Date.UTC(2016, 2, 1), precision: 'day' });
    expect(dateSpan('2020-12')).toEqual({ t0: Date.UTC(2020, 11, 1), t1: DECADE[1], precision: 'month' });
  });
});

describe('markExtent: the shape shows the precision', () => {
  it('draws a day as a dot centred on the day, a month or a year as the whole span', () => {
    const [a, b] = markExtent('day', 100, 102);
    expect((a + b) / 2).toBe(101);
    expect(b - a).toBe(2 * markSize.dotRadius);
    expect(markExtent('month', 100, 130)).toEqual([100, 130]);
    expect(markExtent('year', 100, 400)).toEqual([100, 400]);
  });
  it('keeps short spans visible when zoomed far out', () => {
    expect(markExtent('month', 100, 101)[1]).toBe(100 + markSize.minMonth);
    expect(markExtent('year', 100, 102)[1]).toBe(100 + markSize.minYear);
  });
});

describe('packRows: lane packing', () => {
  const intervals = Array.from({ length: 300 }, () => {
    const start = random() * 1000;
    return { start, end: start + 2 + random() * 120 };
  });
  const rows = packRows(intervals, 6);

  it('never puts two overlapping intervals (or closer than the gap) in one row', () => {
    const clashes = intervals.flatMap((a, i) =>
      intervals.flatMap((b, j) => (j > i && rows[i] === rows[j] && a.start < b.end + 6 && b.start < a.end + 6 ? [[i, j]] : [])),
    );
    expect(clashes).toEqual([]);
  });
  it('uses no more rows than the deepest overlap (greedy in start order is optimal)', () => {
    const events = intervals.flatMap((r) => [[r.start, 1], [r.end + 6, -1]]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    let depth = 0, deepest = 0;
    for (const [, d] of events) deepest = Math.max(deepest, (depth += d));
    expect(Math.max(...rows) + 1).toBe(deepest);
  });
  it('stays valid at any zoom: scaling the axis up keeps rows clash-free', () => {
    // Marks are packed at the widest view; zooming multiplies distances, so rows never need repacking.
    for (const k of [2, 7.5, 40]) {
      const scaled = intervals.map(({ start, end }) => ({ start: start * k, end: end * k }));
      const ok = scaled.every((a, i) => scaled.every((b, j) => j <= i || rows[i] !== rows[j] || a.end <= b.start || b.end <= a.start));
      expect(ok, `zoom ×${k}`).toBe(true);
    }
  });
});

describe('dodge: labels pushed apart along one axis', () => {
  it('keeps order and gaps, stays in bounds, and moves nothing that had room', () => {
    const ideal = [10, 12, 14, 100, 300];
    const sizes = [20, 20, 20, 10, 40];
    const out = dodge(ideal, sizes, 5, [0, 320]);
    for (let i = 1; i < out.length; i++) expect(out[i]).toBeGreaterThanOrEqual(out[i - 1] + sizes[i - 1] + 5);
    expect(out[0]).toBe(10);
    expect(out[3]).toBe(100);
    expect(out.at(-1)! + sizes.at(-1)!).toBeLessThanOrEqual(320);
  });
  it('pulls blocks back up when the last would overflow', () => {
    expect(dodge([90, 90], [10, 10], 0, [0, 100])).toEqual([80, 90]);
  });
});
