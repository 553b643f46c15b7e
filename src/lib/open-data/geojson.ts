import type { FeatureCollection, Point } from 'geojson';
import { gcjToWgs } from './gcj02.ts';
import { parkTable, type ParkRow } from './park-table.ts';
import { jsonRecord, type Cell } from './table.ts';

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

/** The parks as GeoJSON (RFC 7946): one Point per park in WGS 84, its properties the parks table's columns (lon, lat kept in GCJ-02). */
export function parksGeoJson(rows: readonly ParkRow[]): FeatureCollection<Point, Record<string, Cell>> {
  return {
    type: 'FeatureCollection',
    features: rows.map((r) => ({
      type: 'Feature',
      id: r.id,
      geometry: { type: 'Point', coordinates: gcjToWgs([r.data.location.lon, r.data.location.lat]).map(round6) },
      properties: jsonRecord(parkTable, r),
    })),
  };
}
