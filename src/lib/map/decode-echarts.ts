import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

/** GeoJSON as ECharts ships it: each ring a string of zigzag deltas, with an offset per ring. */
export interface EncodedCollection {
  UTF8Encoding?: boolean;
  UTF8Scale?: number;
  features: {
    id?: string;
    properties: { name: string };
    geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown; encodeOffsets?: unknown };
  }[];
}

function decodeRing(encoded: string, offset: [number, number], scale: number): Position[] {
  const ring: Position[] = [];
  let [x, y] = offset;
  for (let i = 0; i < encoded.length; i += 2) {
    const dx = encoded.charCodeAt(i) - 64;
    const dy = encoded.charCodeAt(i + 1) - 64;
    x += (dx >> 1) ^ -(dx & 1);
    y += (dy >> 1) ^ -(dy & 1);
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

const decodePolygon = (rings: string[], offsets: [number, number][], scale: number) =>
  rings.map((ring, i) => decodeRing(ring, offsets[i], scale));

/** Decodes ECharts' compressed map format ("UTF8Encoding") into plain GeoJSON polygons with a name property. */
export function decodeEcharts(json: EncodedCollection): FeatureCollection<Polygon | MultiPolygon, { name: string }> {
  const scale = json.UTF8Scale ?? 1024;
  const features = json.features.map((f): Feature<Polygon | MultiPolygon, { name: string }> => {
    const { type, coordinates, encodeOffsets } = f.geometry;
    const properties = { name: f.properties.name };
    if (type === 'Polygon') {
      const c = coordinates as string[];
      return { type: 'Feature', properties, geometry: { type, coordinates: decodePolygon(c, encodeOffsets as [number, number][], scale) } };
    }
    const c = coordinates as string[][];
    const o = encodeOffsets as [number, number][][];
    return { type: 'Feature', properties, geometry: { type, coordinates: c.map((p, i) => decodePolygon(p, o[i], scale)) } };
  });
  return { type: 'FeatureCollection', features };
}
