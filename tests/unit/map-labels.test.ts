import { describe, it, expect } from 'vitest';
import { readContent } from '../../src/lib/content/read-content.ts';
import { placeLabelsAroundPoints, type Box, type LabelItem } from '../../src/lib/map/label-layout.ts';
import { cjkMetrics, textWidth as width } from '../../src/lib/text-width.ts';
import { parkMap, type LabelOffset } from '../../src/lib/map/park-map.ts';
import { shanghai } from '../../src/data/shanghai.ts';

const textWidth = (text: string, fontSize: number) => width(text, fontSize, cjkMetrics);

const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const pairs = <T>(xs: T[]) => xs.flatMap((a, i) => xs.slice(i + 1).map((b) => [a, b] as const));

describe('placeLabelsAroundPoints', () => {
  // A dense cluster: 24 points in a 160-unit square, each with a three-character label.
  const random = (seed: number) => () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const rnd = random(42);
  const items: LabelItem[] = Array.from({ length: 24 }, (_, i) => ({
    id: `p${i}`, x: 120 + rnd() * 160, y: 120 + rnd() * 160, width: 39, height: 16, marker: 4,
  }));
  const placed = placeLabelsAroundPoints(items, { width: 400, height: 400, gap: 4 });

  it('gives no two labels overlapping boxes', () => {
    expect(pairs(placed).filter(([a, b]) => overlap(a.box, b.box))).toEqual([]);
  });

  it('puts no label over any marker', () => {
    const hits = placed.flatMap((l) => items.filter((m) => overlap(l.box, { x0: m.x - 4, y0: m.y - 4, x1: m.x + 4, y1: m.y + 4 })).map((m) => `${l.id} covers ${m.id}`));
    expect(hits).toEqual([]);
  });

  it('keeps every label inside the frame and places at least four in five', () => {
    for (const { box } of placed) expect(box.x0 >= 0 && box.y0 >= 0 && box.x1 <= 400 && box.y1 <= 400).toBe(true);
    expect(placed.length).toBeGreaterThanOrEqual(items.length * 0.8);
  });

  it('leaves a label out rather than let it collide when there is no room', () => {
    const tight = placeLabelsAroundPoints(
      [{ id: 'a', x: 10, y: 10, width: 15, height: 15, marker: 2 }, { id: 'b', x: 20, y: 10, width: 15, height: 15, marker: 2 }],
      { width: 30, height: 20, gap: 2 },
    );
    expect(tight.length).toBeLessThan(2);
  });
});

describe('the park map labels', () => {
  const parks = readContent('content').parks.map(({ id, data }) => {
    const d = data as { name: string; district: string; location: { lon: number; lat: number } };
    return { id, name: d.name, district: d.district, ...d.location };
  });
  const fontSize = 13;
  const model = parkMap(shanghai, parks, { width: 640, padding: 10, fontSize, markerRadius: 4.5, scales: [1, 2.1] });

  const boxes = (layout: number, scale: number) => {
    const box = (x: number, y: number, l: LabelOffset, w: number): Box => {
      const x0 = x + (l.anchor === 'start' ? l.dx : l.anchor === 'end' ? l.dx - w : l.dx - w / 2) * scale;
      const h = fontSize * 1.25 * scale;
      return { x0, y0: y + l.dy * scale - h / 2, x1: x0 + w * scale, y1: y + l.dy * scale + h / 2 };
    };
    return [
      ...model.parks.flatMap((p) => (p.labels[layout] ? [{ id: p.name, box: box(p.x, p.y, p.labels[layout]!, textWidth(p.name, fontSize)) }] : [])),
      ...model.districtNames.flatMap((n) => (n.labels[layout] ? [{ id: n.name, box: box(n.x, n.y, n.labels[layout]!, textWidth(n.name, fontSize * 0.9)) }] : [])),
    ];
  };

  it('names all 22 parks on the full-size map', () => {
    expect(model.parks.filter((p) => p.labels[0])).toHaveLength(22);
  });

  // Zooming in shrinks marks and labels relative to the map (they keep their size on screen): check that too.
  it.each([[0, 1], [0, 0.5], [0, 0.25], [0, 0.125], [1, 2.1], [1, 1.5], [1, 1], [1, 0.5]])(
    'layout %i drawn at mark scale %f: no label overlaps another or covers a park point',
    (layout, scale) => {
      const drawn = boxes(layout, scale);
      expect(pairs(drawn).filter(([a, b]) => overlap(a.box, b.box)).map(([a, b]) => `${a.id} × ${b.id}`)).toEqual([]);
      const r = 4.5 * scale;
      const covered = drawn.flatMap(({ id, box }) =>
        model.parks.filter((p) => p.name !== id && overlap(box, { x0: p.x - r, y0: p.y - r, x1: p.x + r, y1: p.y + r })).map((p) => `${id} covers ${p.name}`),
      );
      expect(covered).toEqual([]);
    },
  );
});
