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
    const p = markPaths(marks, extents, y, ['policy', 'space']);
    expect(boxes(p.byCategory.policy.year)).toEqual([[100, 40 - markThickness('year') / 2, 200, 40 + markThickness('year') / 2]]);
    expect(boxes(p.byCategory.policy.month)).toEqual([[300, 55 - markThickness('month') / 2, 310, 55 + markThickness('month') / 2]]);
    // The second day's lane is hidden (NaN row): no dot, no ring.
    expect(p.byCategory.space.day).toBe('M400 70h0');
    expect(p.ring).toBe('M400 70h0');
    expect(p.byCategory.space.year + p.byCategory.space.month + p.byCategory.policy.day).toBe('');
  });
});
