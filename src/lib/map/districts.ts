import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { geoContains } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import type { DistrictTopology } from './district-topology.ts';

export type District = Feature<Polygon | MultiPolygon, { name: string }>;

/** The district polygons of a topology, each with its name. */
export function districtFeatures(topo: DistrictTopology): District[] {
  return (feature(topo, topo.objects.districts) as FeatureCollection<Polygon | MultiPolygon, { name: string }>).features;
}

/** Borders between two districts (not the coast or the city's edge). */
export function innerBorders(topo: DistrictTopology): MultiLineString {
  return mesh(topo, topo.objects.districts, (a, b) => a !== b);
}

/** The city's outer edge. */
export function cityEdge(topo: DistrictTopology): MultiLineString {
  return mesh(topo, topo.objects.districts, (a, b) => a === b);
}

/** Name of the district that contains a [lon, lat] point, if any. */
export function districtAt(districts: District[], point: [number, number]): string | undefined {
  return districts.find((d) => geoContains(d, point))?.properties.name;
}
