import { describe, it, expect } from 'vitest';
import { gzipSync } from 'node:zlib';
import { locatorMap } from '../../src/lib/map/locator-map.ts';
import { shanghaiSmall } from '../../src/data/shanghai.ts';

describe('locatorMap', () => {
  const model = locatorMap(shanghaiSmall, { lon: 121.87, lat: 30.93, district: '浦东新区' }, 240);

  it('draws all 16 districts and flags only the park’s own', () => {
    expect(model.districts).toHaveLength(16);
    expect(model.districts.filter((d) => d.current).map((d) => d.name)).toEqual(['浦东新区']);
  });

  it('puts the point inside the frame, east and south of the centre for 临港', () => {
    expect(model.x).toBeGreaterThan(model.width / 2);
    expect(model.x).toBeLessThan(model.width);
    expect(model.y).toBeGreaterThan(model.height / 2);
    expect(model.y).toBeLessThan(model.height);
  });

  it('stays small enough to inline on every park page (under 8 KB gzip)', () => {
    const svg = model.districts.map((d) => `<path d="${d.d}"/>`).join('');
    expect(gzipSync(svg).length).toBeLessThan(8 * 1024);
  });
});
