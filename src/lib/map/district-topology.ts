import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import { topology } from 'topojson-server';
import { presimplify, simplify, filter, filterWeight } from 'topojson-simplify';
import { quantize } from 'topojson-client';

/** The district outlines as TopoJSON: one object "districts", each geometry with a name. */
export type DistrictTopology = Topology<{ districts: GeometryCollection<{ name: string }> }>;

export interface TopologyOptions {
  /** Smallest triangle (in square degrees) a vertex may span and survive simplification. */
  minWeight: number;
  /** Smallest island (in square degrees) that is kept. */
  minRingArea: number;
  /** Grid size of the quantized coordinates. */
  quantization: number;
}

/** Builds a simplified, quantized topology from district polygons; shared borders stay shared. */
export function districtTopology(
  districts: FeatureCollection<Polygon | MultiPolygon, { name: string }>,
  { minWeight, minRingArea, quantization }: TopologyOptions,
): DistrictTopology {
  // topojson-server types its output's properties as nullable, which topojson-simplify's typings do not accept.
  const full = presimplify(topology({ districts }) as Topology<Objects>);
  const simple = simplify(full, minWeight);
  const kept = filter(simple, filterWeight(simple as Topology, minRingArea)) as Topology<Objects>;
  return quantize(kept, quantization) as unknown as DistrictTopology;
}

/** A coarser copy of a topology, for small maps: vertices spanning less than `minWeight` square degrees are dropped. */
export function coarsen(topo: DistrictTopology, minWeight: number): DistrictTopology {
  return simplify(presimplify(topo as unknown as Topology<Objects>), minWeight) as unknown as DistrictTopology;
}
