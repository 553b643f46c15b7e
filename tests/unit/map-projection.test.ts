import { describe, it, expect } from 'vitest';
import { geoPath } from 'd3-geo';
import { fitProjection } from '../../src/lib/map/fit-projection.ts';
import { districtFeatures } from '../../src/lib/map/districts.ts';
import { shanghai } from '../../src/data/shanghai.ts';

const city = { type: 'FeatureCollection' as const, features: districtFeatures(shanghai) };

describe('fitProjection', () => {
  it.each([640, 240])('fits all of Shanghai inside a %i-unit frame, using its full width', (width) => {
    const padding = 10;
    const { projection, height } = fitProjection(city, width, padding);
    const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(city);
    expect(x0).toBeCloseTo(padding, 0);
    expect(x1).toBeCloseTo(width - padding, 0);
    expect(y0).toBeGreaterThanOrEqual(padding - 0.5);
    expect(y1).toBeLessThanOrEqual(height - padding + 0.5);
  });

  it('keeps north up and east right', () => {
    const { projection } = fitProjection(city, 640, 10);
    const [cx, cy] = projection([121.47, 31.23])!; // 人民广场
    const [ex] = projection([121.59, 31.19])!; // 张江, to the east
    const [, ny] = projection([121.4, 31.65])!; // 崇明, to the north
    expect(ex).toBeGreaterThan(cx);
    expect(ny).toBeLessThan(cy);
  });
});
