import { describe, expect, it } from 'vitest';
import { limitNewLabels, placeLabelsAlongAxis, stickyOrder, type LabelRequest } from '../../src/lib/timeline/label-placement.ts';
import { seeded } from './timeline-random.ts';

const options = { bounds: [0, 1000] as const, height: 18, gap: 4 };
type Box = [number, number, number, number];
const hits = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** Label and mark boxes of a placement, for checking. */
function boxes(requests: LabelRequest[], placed: ReturnType<typeof placeLabelsAlongAxis>) {
  const labels = placed.flatMap((p, i): [number, Box][] => {
    if (!p) return [];
    const r = requests[i];
    return [[i, [p.x, r.y - options.height / 2, p.x + r.widths[p.variant], r.y + options.height / 2]]];
  });
  const marks = requests.map((r): Box => [r.x0, r.y - r.half, r.x1, r.y + r.half]);
  return { labels, marks };
}

describe('placeLabelsAlongAxis: collision-free labelling', () => {
  const random = seeded(42);
  const requests: LabelRequest[] = Array.from({ length: 400 }, () => {
    const x0 = random() * 1000;
    return { x0, x1: x0 + (random() < 0.3 ? 9 : random() * 200), y: 8 + Math.floor(random() * 30) * 15, half: 5, widths: [60 + random() * 160, 50] };
  });
  const order = requests.map((_, i) => i);
  const placed = placeLabelsAlongAxis(requests, order, options);
  const { labels, marks } = boxes(requests, placed);

  it('never lets two labels overlap', () => {
    const clashes = labels.flatMap(([i, a]) => labels.flatMap(([j, b]) => (j > i && hits(a, b) ? [[i, j]] : [])));
    expect(clashes).toEqual([]);
  });
  it('never puts a label over another milestone’s mark', () => {
    const clashes = labels.flatMap(([i, a]) => marks.flatMap((m, j) => (j !== i && hits(a, m) ? [[i, j]] : [])));
    expect(clashes).toEqual([]);
  });
  it('keeps every label wholly inside the bounds', () => {
    expect(labels.every(([i, [x0, , x1]]) => x0 >= 0 && x1 <= 1000 && x1 - x0 <= requests[i].widths[0])).toBe(true);
  });
  it('still labels a good share of a crowded chart', () => {
    expect(labels.length).toBeGreaterThan(60);
  });
});

describe('placeLabelsAlongAxis: choices', () => {
  const lone: LabelRequest = { x0: 100, x1: 109, y: 50, half: 4.5, widths: [120, 60] };

  it('puts a point’s label to its right, then to its left', () => {
    expect(placeLabelsAlongAxis([lone], [0], options)[0]).toEqual({ x: 113, variant: 0 });
    const nearEdge = { ...lone, x0: 950, x1: 959 };
    expect(placeLabelsAlongAxis([nearEdge], [0], options)[0]).toEqual({ x: 950 - 4 - 120, variant: 0 });
  });
  it('writes a label inside a wide span, at the visible start of it', () => {
    const span = { x0: -500, x1: 800, y: 50, half: 6, widths: [120] };
    expect(placeLabelsAlongAxis([span], [0], options)[0]).toEqual({ x: 4, variant: 0 });
  });
  it('falls back to the shorter variant when only that fits', () => {
    const blocker = { x0: 250, x1: 259, y: 50, half: 4.5, widths: [1000] };
    const squeezed = { ...lone, x0: 5, x1: 14, widths: [300, 100] };
    expect(placeLabelsAlongAxis([squeezed, blocker], [0, 1], options)[0]).toEqual({ x: 18, variant: 1 });
  });
  it('gives a contested place to the label placed first', () => {
    // a fits only to its right, b only to its left, and the two places overlap.
    const a = { ...lone, widths: [300] };
    const b = { ...lone, x0: 700, x1: 709, widths: [300] };
    expect(placeLabelsAlongAxis([a, b], [0, 1], options)).toEqual([{ x: 113, variant: 0 }, null]);
    expect(placeLabelsAlongAxis([a, b], [1, 0], options)).toEqual([null, { x: 396, variant: 0 }]);
  });
  it('keeps labels off a span stretched far past the bounds, as on a deep zoom', () => {
    const across = { x0: -5e6, x1: 5e6, y: 50, half: 6, widths: [2000] };
    const endsInside = { x0: -5e6, x1: 600, y: 80, half: 6, widths: [2000] };
    const dotOnSpan = { ...lone, x0: 300, x1: 309 };
    const dotAfterEnd = { ...lone, x0: 640, x1: 649, y: 80 };
    const placed = placeLabelsAlongAxis([across, endsInside, dotOnSpan, dotAfterEnd], [0, 1, 2, 3], options);
    expect(placed[2], 'every place beside the dot lies on the span').toBeNull();
    expect(placed[3]).toEqual({ x: 653, variant: 0 });
  });
  it('skips marks that are hidden or out of view', () => {
    expect(placeLabelsAlongAxis([null, lone], [0, 1], options)).toEqual([null, { x: 113, variant: 0 }]);
  });
  it('places exactly what testing every box against every other would (the grid only saves work)', () => {
    // The same greedy rule, the slow way: each candidate against every mark (clipped to the bounds) and label.
    function everyPair(requests: (LabelRequest | null)[], order: number[]) {
      const [left, right] = [options.bounds[0] - 1, options.bounds[1] + 1];
      const taken: [number, Box][] = requests.flatMap((r, i): [number, Box][] =>
        r && r.x1 > left && r.x0 < right ? [[i, [Math.max(r.x0, left), r.y - r.half, Math.min(r.x1, right), r.y + r.half]]] : []);
      const out: ({ x: number; variant: number } | null)[] = requests.map(() => null);
      for (const i of order) {
        const r = requests[i];
        if (!r) continue;
        const inside = Math.max(r.x0, options.bounds[0]) + options.gap;
        const room = Math.min(r.x1, options.bounds[1]) - options.gap - inside;
        const tries = [0, 1, 2].flatMap((at) => r.widths.map((w, variant) => {
          const x = at === 0 ? (w <= room ? inside : NaN) : at === 1 ? r.x1 + options.gap : r.x0 - options.gap - w;
          return { x, variant, box: [x, r.y - options.height / 2, x + w, r.y + options.height / 2] as Box };
        }));
        const fit = tries.find(({ x, box }) =>
          x >= options.bounds[0] && box[2] <= options.bounds[1] && taken.every(([j, b]) => j === i || !hits(box, b)));
        if (fit) {
          taken.push([i, fit.box]);
          out[i] = { x: fit.x, variant: fit.variant };
        }
      }
      return out;
    }
    const random = seeded(7);
    for (let round = 0; round < 20; round++) {
      const requests = Array.from({ length: 300 }, (): LabelRequest | null => {
        if (random() < 0.05) return null;
        // Dots, short spans, and spans stretched far past the bounds as on a deep zoom.
        const x0 = random() * 1400 - 200;
        const kind = random();
        const x1 = kind < 0.4 ? x0 + 9 : kind < 0.9 ? x0 + random() * 300 : x0 + random() * 1e6;
        return { x0, x1, y: 8 + Math.floor(random() * 25) * 15, half: kind < 0.4 ? 4.5 : 3.5, widths: [40 + random() * 200, 30 + random() * 20] };
      });
      const order = requests.map((_, i) => i).sort(() => random() - 0.5);
      expect(placeLabelsAlongAxis(requests, order, options)).toEqual(everyPair(requests, order));
    }
  });
});

describe('labels while the view moves', () => {
  it('stickyOrder tries the labels on screen first, each part in its order', () => {
    expect(stickyOrder([4, 0, 3, 1, 2], [false, true, false, true, false])).toEqual([3, 1, 4, 0, 2]);
    expect(stickyOrder([2, 0, 1], [false, false, false])).toEqual([2, 0, 1]);
  });
  it('a sticky order still places labels that never overlap', () => {
    const random = seeded(7);
    const requests: LabelRequest[] = Array.from({ length: 300 }, () => {
      const x0 = random() * 1000;
      return { x0, x1: x0 + 9, y: 8 + Math.floor(random() * 20) * 15, half: 4.5, widths: [60 + random() * 120, 40] };
    });
    const order = requests.map((_, i) => i);
    const shown = placeLabelsAlongAxis(requests, order, options).map((p, i) => !!p && i % 2 === 0);
    const placed = placeLabelsAlongAxis(requests, stickyOrder(order, shown), options);
    const { labels } = boxes(requests, placed);
    expect(labels.flatMap(([i, a]) => labels.flatMap(([j, b]) => (j > i && hits(a, b) ? [[i, j]] : [])))).toEqual([]);
    // Every label kept on screen keeps a place.
    expect(shown.every((s, i) => !s || placed[i] !== null)).toBe(true);
  });
  it('limitNewLabels keeps every label on screen and shows at most `budget` new ones, first in order', () => {
    const p = (x: number) => ({ x, variant: 0 });
    const placed = [p(0), p(10), null, p(30), p(40), p(50)];
    const shown = [true, false, true, false, false, false];
    const { placed: out, waiting } = limitNewLabels(placed, shown, [5, 4, 3, 2, 1, 0], 2);
    expect(out).toEqual([p(0), null, null, null, p(40), p(50)]);
    expect(waiting).toBe(2);
    expect(limitNewLabels(placed, shown, [0, 1, 2, 3, 4, 5], Infinity)).toEqual({ placed, waiting: 0 });
  });
});
