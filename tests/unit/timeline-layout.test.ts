import { describe, expect, it } from 'vitest';
import { horizontal, labelOrder, labelsAt, layoutHorizontal, timeScale, type TimelineMark } from '../../src/lib/timeline/horizontal-layout.ts';
import { markExtent, markThickness, zoomExtent } from '../../src/lib/timeline/mark-extent.ts';
import { dateSpan } from '../../src/lib/timeline/date-span.ts';
import { layoutVertical, blockHeight } from '../../src/lib/timeline/vertical-layout.ts';
import { seeded } from './timeline-random.ts';

const categories = ['policy', 'space', 'facility', 'platform', 'industry', 'finance', 'visit'];

/** A crowded synthetic decade: every precision, bunched towards 2020 like the real data. */
function syntheticMarks(n: number, seed = 7): (TimelineMark & { lines: number })[] {
  const random = seeded(seed);
  return Array.from({ length: n }, (_, i) => {
    const year = 2011 + Math.min(9, Math.floor(10 * Math.sqrt(random())));
    const month = 1 + Math.floor(random() * 12), day = 1 + Math.floor(random() * 28);
    const p = random();
    const iso = p < 0.4 ? `${year}` : p < 0.8 ? `${year}-${String(month).padStart(2, '0')}` : `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return { id: `m${i}`, category: categories[i % 7], ...dateSpan(iso), labelWidths: [100 + random() * 150, 90], priority: Math.floor(random() * 6), lines: 1 + Math.floor(random() * 2) };
  }).sort((a, b) => a.t0 - b.t0);
}

type Box = [number, number, number, number];
const overlapping = (boxes: Box[]) =>
  boxes.flatMap((a, i) => boxes.flatMap((b, j) => (j > i && a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3] ? [[i, j]] : [])));

describe('layoutHorizontal', () => {
  const marks = syntheticMarks(400);
  const layout = layoutHorizontal(marks, categories);
  // A zoom about time `centre` by k, as d3-zoom's transform: x ↦ k·x + shift.
  const zoomAt = (k: number, centre: number) => {
    const c = timeScale(layout.plot)(centre);
    return { k, x: c - k * c };
  };
  const markBoxes = ({ k, x }: { k: number; x: number }) =>
    marks.map((m, i): Box => {
      const [a, b] = zoomExtent(m.precision, layout.extents[i], k, x);
      const h = markThickness(m.precision) / 2;
      return [a, layout.y[i] - h, b, layout.y[i] + h];
    });

  it('maps the decade onto the plot and puts every mark in its own category’s lane', () => {
    expect(layout.plot).toEqual([horizontal.gutter, horizontal.designWidth - horizontal.right]);
    marks.forEach((m, i) => {
      const lane = layout.lanes.find((l) => l.category === m.category)!;
      expect(layout.y[i]).toBeGreaterThan(lane.top);
      expect(layout.y[i]).toBeLessThan(lane.top + lane.height);
    });
    for (let i = 1; i < layout.lanes.length; i++) expect(layout.lanes[i].top).toBe(layout.lanes[i - 1].top + layout.lanes[i - 1].height);
  });

  it('draws each mark over the time it covers', () => {
    const scale = timeScale(layout.plot);
    marks.forEach((m, i) => {
      const [a, b] = layout.extents[i];
      if (m.precision === 'day') expect((a + b) / 2).toBeCloseTo(scale((m.t0 + m.t1) / 2), 5);
      else expect([a, b]).toEqual(markExtent(m.precision, scale(m.t0), scale(m.t1)));
    });
  });

  it('never lets two marks touch, at the full view or zoomed in anywhere', () => {
    for (const [k, centre] of [[1, Date.UTC(2016, 0, 1)], [3, Date.UTC(2018, 0, 1)], [25, Date.UTC(2020, 5, 1)], [140, Date.UTC(2020, 5, 1)]]) {
      expect(overlapping(markBoxes(zoomAt(k, centre))), `×${k}`).toEqual([]);
    }
  });

  it('places labels that overlap neither each other nor other marks, at every zoom', () => {
    const order = labelOrder(marks);
    for (const k of [1, 2, 5, 12, 60]) {
      const zoom = zoomAt(k, Date.UTC(2019, 8, 1));
      const placed = labelsAt(marks, layout.extents, layout.y, zoom, layout.plot, order);
      const labels = placed.flatMap((p, i): [number, Box][] =>
        p ? [[i, [p.x, layout.y[i] - horizontal.labelHeight / 2, p.x + marks[i].labelWidths[p.variant], layout.y[i] + horizontal.labelHeight / 2]]] : [],
      );
      expect(overlapping(labels.map(([, b]) => b)), `×${k}`).toEqual([]);
      const all = markBoxes(zoom);
      const overMarks = labels.flatMap(([i, l]) => all.flatMap((m, j) => (j !== i && l[0] < m[2] && m[0] < l[2] && l[1] < m[3] && m[1] < l[3] ? [j] : [])));
      expect(overMarks, `×${k}`).toEqual([]);
      expect(labels.every(([, l]) => l[0] >= layout.plot[0] && l[2] <= layout.plot[1]), `×${k} inside the plot`).toBe(true);
      expect(labels.length, `×${k} labels something`).toBeGreaterThan(10);
    }
  });

  it('collapses hidden lanes and lays out the same rows for the rest', () => {
    const only = layoutHorizontal(marks, categories, { visible: (c) => c === 'facility' || c === 'visit' });
    expect(only.lanes.map((l) => l.category)).toEqual(['facility', 'visit']);
    expect(only.height).toBeLessThan(layout.height);
    marks.forEach((m, i) => expect(Number.isNaN(only.y[i])).toBe(m.category !== 'facility' && m.category !== 'visit'));
    expect(only.rows).toEqual(layout.rows);
  });

  it('lays out at another width with the same guarantees', () => {
    const narrow = layoutHorizontal(marks, categories, { width: 640 });
    expect(narrow.plot[1]).toBe(640 - horizontal.right);
    const scale = timeScale(narrow.plot);
    const boxes = marks.map((m, i): Box => {
      const [a, b] = markExtent(m.precision, scale(m.t0), scale(m.t1));
      return [a, narrow.y[i] - 4, b, narrow.y[i] + 4];
    });
    expect(overlapping(boxes)).toEqual([]);
  });
});

describe('layoutVertical', () => {
  const marks = syntheticMarks(120, 3);
  const layout = layoutVertical(marks);

  it('runs the years down the page in order, each as tall as its labels need', () => {
    expect(layout.years.map((y) => y.year)).toEqual(Array.from({ length: 10 }, (_, i) => 2011 + i));
    for (let i = 1; i < 10; i++) expect(layout.years[i].top).toBe(layout.years[i - 1].top + layout.years[i - 1].height);
  });

  it('keeps every label block inside its year band, with no two overlapping', () => {
    const blocks = marks.map((m, i): Box => [0, layout.items[i]!.top, 1, layout.items[i]!.top + blockHeight(m.lines)]);
    expect(overlapping(blocks)).toEqual([]);
    marks.forEach((m, i) => {
      const band = layout.years.find((y) => y.year === new Date(m.t0).getUTCFullYear())!;
      expect(blocks[i][1]).toBeGreaterThanOrEqual(band.top);
      expect(blocks[i][3]).toBeLessThanOrEqual(band.top + band.height);
    });
  });

  it('marks a day or a month at its true place on the axis, a year as the whole band', () => {
    marks.forEach((m, i) => {
      const { y0, y1 } = layout.items[i]!;
      const band = layout.years.find((y) => y.year === new Date(m.t0).getUTCFullYear())!;
      if (m.precision === 'year') expect([y0, y1]).toEqual([band.top, band.top + band.height]);
      else {
        const f = (m.t0 - Date.UTC(new Date(m.t0).getUTCFullYear(), 0, 1)) / (365.25 * 864e5);
        expect(y0).toBeCloseTo(band.top + f * band.height, -1);
      }
    });
  });

  it('closes up when categories are hidden', () => {
    const fewer = layoutVertical(marks, (i) => marks[i].category === 'policy');
    expect(fewer.height).toBeLessThan(layout.height);
    expect(fewer.items.filter(Boolean).length).toBe(marks.filter((m) => m.category === 'policy').length);
  });
});
