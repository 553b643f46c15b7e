import { describe, expect, it } from 'vitest';
import { markCorner, markPaths } from '../../src/lib/timeline/mark-paths.ts';
import { markThickness } from '../../src/lib/timeline/mark-extent.ts';

const marks = [
  { category: 'policy', precision: 'year' as const },
  { category: 'policy', precision: 'month' as const },
  { category: 'space', precision: 'day' as const },
  { category: 'space', precision: 'day' as const },
];
const extents: [number, number][] = [[100, 200], [300, 310], [395.5, 404.5], [995.5, 1004.5]];
const y = [40, 55, 70, Number.NaN];

/** The boxes a path of `M x0 y0 H x1 V y1 H x0 Z` subpaths draws once its stroke adds the corner radius. */
const boxes = (d: string) =>
  [...d.matchAll(/M([\d.-]+) ([\d.-]+)H([\d.-]+)V([\d.-]+)H[\d.-]+Z/g)].map(([, a, b, c, e]) => [
    +a - markCorner, +b - markCorner, +c + markCorner, +e + markCorner,
  ]);

describe('markPaths', () => {
  it('draws each span as its box with rounded corners, each day as a zero-length round dot, by category', () => {
    const p = markPaths(marks, extents, y, { k: 1, x: 0 }, [80, 1106], ['policy', 'space']);
    expect(boxes(p.byCategory.policy.year)).toEqual([[100, 40 - markThickness('year') / 2, 200, 40 + markThickness('year') / 2]]);
    expect(boxes(p.byCategory.policy.month)).toEqual([[300, 55 - markThickness('month') / 2, 310, 55 + markThickness('month') / 2]]);
    // The second day's lane is hidden (NaN row): no dot, no ring.
    expect(p.byCategory.space.day).toBe('M400 70h0');
    expect(p.ring).toBe('M400 70h0');
    expect(p.byCategory.space.year + p.byCategory.space.month + p.byCategory.policy.day).toBe('');
  });

  it('under a zoom, spans stretch and dots keep their size; marks off the view are left out, spans cut at its edge', () => {
    // ×4 about x = 400: the day stays at 400, the year runs from −800 to −400 (gone), the month from 0 to 40.
    const p = markPaths(marks, extents, y, { k: 4, x: -1200 }, [80, 1106], ['policy', 'space'], 12);
    expect(p.byCategory.policy.year).toBe('');
    expect(p.byCategory.policy.month).toBe('');
    expect(p.byCategory.space.day).toBe('M400 70h0');
    const q = markPaths(marks, extents, y, { k: 4, x: -500 }, [80, 1106], ['policy', 'space'], 12);
    // The year now runs from −100 to 300: cut at 80 − 12. The month runs from 700 to 740, the day sits at 1100.
    expect(boxes(q.byCategory.policy.year)[0][0]).toBe(68);
    expect(boxes(q.byCategory.policy.year)[0][2]).toBe(300);
    expect(boxes(q.byCategory.policy.month)[0]).toEqual([700, 55 - markThickness('month') / 2, 740, 55 + markThickness('month') / 2]);
    expect(q.byCategory.space.day).toBe('M1100 70h0');
  });
});
