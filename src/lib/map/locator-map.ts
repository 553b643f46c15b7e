import { geoPath } from 'd3-geo';
import type { DistrictTopology } from './district-topology.ts';
import { districtFeatures } from './districts.ts';
import { fitProjection } from './fit-projection.ts';

/** A small map of Shanghai with one district picked out and one point on it. */
export interface LocatorModel {
  width: number;
  height: number;
  districts: { name: string; d: string; current: boolean }[];
  x: number;
  y: number;
}

/** Draws every district (the park's own one flagged) and places the park's point, in a frame `width` wide. */
export function locatorMap(
  topo: DistrictTopology,
  park: { lon: number; lat: number; district: string },
  width: number,
  padding = 4,
): LocatorModel {
  const features = districtFeatures(topo);
  const fitted = fitProjection({ type: 'FeatureCollection', features }, width, padding);
  const path = geoPath(fitted.projection).digits(1);
  const [x, y] = fitted.projection([park.lon, park.lat])!;
  return {
    width: fitted.width,
    height: fitted.height,
    districts: features.map((f) => ({ name: f.properties.name, d: path(f) ?? '', current: f.properties.name === park.district })),
    x: Math.round(x * 10) / 10,
    y: Math.round(y * 10) / 10,
  };
}
