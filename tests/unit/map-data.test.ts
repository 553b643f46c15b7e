import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { geoArea } from 'd3-geo';
import { decodeEcharts } from '../../src/lib/map/decode-echarts.ts';
import { districtFeatures } from '../../src/lib/map/districts.ts';
import { shanghai } from '../../src/data/shanghai.ts';
import { districts } from '../../src/schemas/park.ts';

const EARTH_KM = 6371.0088;

describe('the committed district outlines', () => {
  it('are the 16 current districts, named as in the park schema', () => {
    expect(districtFeatures(shanghai).map((d) => d.properties.name).sort()).toEqual([...districts].sort());
  });

  it('have plausible areas (outer rings wound for d3, not inverted to cover the globe)', () => {
    const km2 = (name: string) => geoArea(districtFeatures(shanghai).find((d) => d.properties.name === name)!) * EARTH_KM ** 2;
    // Official land areas: 黄浦 20.5 km², 浦东 1,210 km²; the outlines also take in some estuary water.
    expect(km2('黄浦区')).toBeGreaterThan(15);
    expect(km2('黄浦区')).toBeLessThan(30);
    expect(km2('浦东新区')).toBeGreaterThan(1100);
    expect(km2('浦东新区')).toBeLessThan(2000);
  });

  it('stay within the size budget and carry their credit', () => {
    const text = readFileSync('src/data/shanghai-districts.topo.json', 'utf8');
    expect(gzipSync(text).length).toBeLessThanOrEqual(15 * 1024);
    const { metadata } = JSON.parse(text);
    expect(metadata.datum).toBe('GCJ-02');
    expect(metadata.license).toMatch(/AMap/);
  });
});

describe('decodeEcharts', () => {
  it('turns zigzag deltas back into coordinates', () => {
    // From (100, 200) in 1/1024°: +1,+0 ("B@"), +0,-1 ("@A"), -1,+1 ("AB").
    const fc = decodeEcharts({
      UTF8Encoding: true,
      features: [{ properties: { name: '测试区' }, geometry: { type: 'Polygon', coordinates: ['B@@AAB'], encodeOffsets: [[100, 200]] } }],
    });
    const ring = (fc.features[0].geometry.coordinates as number[][][])[0];
    expect(ring.map(([x, y]) => [x * 1024, y * 1024])).toEqual([[101, 200], [101, 199], [100, 200]]);
    expect(fc.features[0].properties.name).toBe('测试区');
  });
});
