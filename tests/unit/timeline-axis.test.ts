import { describe, expect, it } from 'vitest';
import { axisTicks, tickFont, tickLines, tickLineTop } from '../../src/lib/timeline/axis-ticks.ts';
import { timeScale } from '../../src/lib/timeline/horizontal-layout.ts';
import { textWidth } from '../../src/lib/text-width.ts';

const plot = [80, 1106] as const;
const zoomed = (k: number, centre: number) => {
  const base = timeScale(plot);
  const c = base(centre);
  return base.copy().range([(plot[0] - c) * k + c, (plot[1] - c) * k + c]);
};
const labels = (ticks: ReturnType<typeof axisTicks>) => ticks.filter((t) => t.label).map((t) => t.label);

describe('axisTicks', () => {
  it('names the ten years of the decade, and nothing finer, at full view', () => {
    const ticks = axisTicks(timeScale(plot), plot);
    expect(labels(ticks)).toEqual(Array.from({ length: 10 }, (_, i) => `${2011 + i}年`));
    expect(ticks.some((t) => t.level === 'month')).toBe(false);
  });
  it('adds month ticks, then month names, as the zoom grows', () => {
    const mid2016 = Date.UTC(2016, 6, 1);
    expect(axisTicks(zoomed(2, mid2016), plot).some((t) => t.level === 'month')).toBe(true);
    const named = labels(axisTicks(zoomed(10, mid2016), plot));
    expect(named).toContain('2016年');
    expect(named.filter((l) => /^\d+月$/.test(l!)).length).toBeGreaterThanOrEqual(8);
  });
  it('shows days when zoomed right in, with the month and year in a context label', () => {
    const scale = zoomed(120, Date.UTC(2019, 4, 21));
    const ticks = axisTicks(scale, plot);
    expect(ticks.some((t) => t.level === 'day' && t.label?.endsWith('日'))).toBe(true);
    const left = new Date(+scale.invert(plot[0]));
    expect(ticks[0]).toMatchObject({ level: 'context', label: `${left.getUTCFullYear()}年${left.getUTCMonth() + 1}月` });
  });
  it('never lets two tick labels overlap or leave the plot', () => {
    for (const k of [1, 1.7, 3, 6, 14, 40, 120]) {
      const placed = axisTicks(zoomed(k, Date.UTC(2018, 2, 10)), plot).filter((t) => t.label);
      const spans = placed.map((t) => [t.x + 4, t.x + 4 + textWidth(t.label!, tickFont)]);
      for (let i = 1; i < spans.length; i++) expect(spans[i][0], `×${k}`).toBeGreaterThanOrEqual(spans[i - 1][1]);
      expect(spans.at(-1)![1]).toBeLessThanOrEqual(plot[1]);
    }
  });
});

describe('tickLines', () => {
  const segments = (d: string) => [...d.matchAll(/M([\d.]+) ([\d.]+)V([\d.]+)/g)].map((m) => m.slice(1).map(Number));
  it('draws one segment per tick of each level, from under the names to the bottom, and none for the context', () => {
    const ticks = axisTicks(zoomed(3, Date.UTC(2016, 6, 1)), plot);
    const lines = tickLines(ticks, 420);
    for (const level of ['year', 'month', 'day'] as const) {
      const xs = ticks.filter((t) => t.level === level).map((t) => +t.x.toFixed(1));
      expect(segments(lines[level]).map(([x]) => x), level).toEqual(xs);
      expect(segments(lines[level]).every(([, top, bottom]) => top === tickLineTop && bottom === 420)).toBe(true);
    }
    expect(ticks.some((t) => t.level === 'context')).toBe(true);
    const all = ['year', 'month', 'day'].flatMap((l) => segments(lines[l as 'year']));
    expect(all.length).toBe(ticks.filter((t) => t.level !== 'context').length);
  });
  it('leaves a level empty when it has no ticks', () => {
    const lines = tickLines(axisTicks(timeScale(plot), plot), 300);
    expect(segments(lines.year), 'the start of each year and the end of the decade').toHaveLength(11);
    expect(lines.month).toBe('');
    expect(lines.day).toBe('');
  });
});
