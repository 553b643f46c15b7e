import { geoMercator, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';

/** A projection and the frame it fills. */
export interface FittedProjection {
  projection: GeoProjection;
  width: number;
  height: number;
}

/** A Mercator projection fitted to `width` (less `padding` on every side); the height follows the shape. */
export function fitProjection(object: GeoPermissibleObjects, width: number, padding: number): FittedProjection {
  const projection = geoMercator().fitWidth(width - 2 * padding, object);
  const [[, y0], [, y1]] = geoPath(projection).bounds(object);
  const [tx, ty] = projection.translate();
  projection.translate([tx + padding, ty - y0 + padding]);
  return { projection, width, height: Math.ceil(y1 - y0 + 2 * padding) };
}
