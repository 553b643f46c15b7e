import { describe, it, expect } from 'vitest';
import { layoutBars } from '../../src/lib/chart-bars.ts';
import { layoutLine } from '../../src/lib/chart-line.ts';
import { asciiMetrics, textWidth as width } from '../../src/lib/text-width.ts';

const textWidth = (text: string, fontSize: number) => width(text, fontSize, asciiMetrics);

const bars = [
  { label: '科技企业', value: 100000, text: '近10万家' },
  { label: '高新技术企业', value: 9000, text: '超过9000家' },
  { label: '境内外上市企业', value: 309, text: '309家' },
];

describe('layoutBars', () => {
  const { width, height, bars: laid } = layoutBars(bars);
  it('draws bar lengths in proportion to the values, from zero', () => {
    expect(laid.every((b) => b.x === 0)).toBe(true);
    expect(laid[0].width / laid[1].width).toBeCloseTo(100000 / 9000, 0);
  });
  it('keeps every value label inside the chart, right of its bar', () => {
    for (const b of laid) {
      expect(b.valueX).toBeGreaterThan(b.width);
      expect(b.valueX + textWidth(b.text, 13)).toBeLessThanOrEqual(width);
    }
  });
  it('stacks rows without overlap: each label sits above its bar, each bar above the next label', () => {
    laid.forEach((b, i) => {
      expect(b.labelY).toBeLessThan(b.y);
      if (i) expect(laid[i - 1].y + laid[i - 1].height).toBeLessThan(b.labelY - 13);
    });
    expect(laid.at(-1)!.y + laid.at(-1)!.height).toBeLessThanOrEqual(height);
  });
});

describe('layoutLine', () => {
  const line = layoutLine([
    { year: 2020, value: 87, text: '约87%', label: '2020年' },
    { year: 2015, value: 74, text: '74%', label: '“十二五”末' },
  ]);
  it('orders the points by year and starts the value axis at zero', () => {
    expect(line.points.map((p) => p.year)).toEqual([2015, 2020]);
    expect(line.points[0].x).toBeLessThan(line.points[1].x);
    // 74 is 85% of 87: measured from the baseline, the heights keep that ratio.
    const h = line.points.map((p) => line.baseline - p.y);
    expect(h[0] / h[1]).toBeCloseTo(74 / 87, 1);
  });
  it('leaves room for the labels centred on the end points', () => {
    for (const p of line.points) {
      const half = Math.max(textWidth(p.text, 15), textWidth(p.label, 13)) / 2;
      expect(p.x - half).toBeGreaterThanOrEqual(0);
      expect(p.x + half).toBeLessThanOrEqual(line.width);
      expect(p.y - 10 - 15).toBeGreaterThanOrEqual(0);
    }
  });
  it('draws the path through the points in order', () => {
    expect(line.path).toBe(`M${line.points[0].x},${line.points[0].y}L${line.points[1].x},${line.points[1].y}`);
  });
});
