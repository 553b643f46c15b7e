import { geoPath } from 'd3-geo';
import type { DistrictTopology } from './district-topology.ts';
import { districtFeatures } from './districts.ts';
import { fitProjection } from './fit-projection.ts';
import { placeLabelsAroundPoints, leaderEnd, type LabelItem } from './label-layout.ts';
import { cjkMetrics, textWidth } from '../text-width.ts';

/** What the map needs to know of a park. */
export interface MapPark {
  id: string;
  name: string;
  district: string;
  lon: number;
  lat: number;
}

/** A label relative to its anchor, in units of the unscaled mark: text position, text-anchor and the far end of a leader line if any. */
export interface LabelOffset {
  dx: number;
  dy: number;
  anchor: 'start' | 'middle' | 'end';
  leader?: [number, number];
}

/** A point on the map with one label per layout (undefined where that layout has no room for it). */
export interface Labelled {
  x: number;
  y: number;
  labels: (LabelOffset | undefined)[];
}

/** The drawn map: district paths, and labelled district names and parks. */
export interface ParkMapModel {
  width: number;
  height: number;
  /** Mark scale each label layout was made for: layout i is free of collisions while marks are drawn at most scales[i] times their size. */
  scales: number[];
  districts: { name: string; d: string }[];
  districtNames: (Labelled & { name: string })[];
  parks: (MapPark & Labelled)[];
}

export interface ParkMapOptions {
  width: number;
  padding: number;
  fontSize: number;
  markerRadius: number;
  /** Mark scales to lay labels out for, e.g. [1, 2] for a map shown at full size and at half size. */
  scales: number[];
}

const round = (v: number) => Math.round(v * 10) / 10;

/** Projects the districts and parks into a frame `width` wide and lays out labels, once per mark scale, so that none collide. */
export function parkMap(topo: DistrictTopology, parks: MapPark[], o: ParkMapOptions): ParkMapModel {
  const features = districtFeatures(topo);
  const { projection, width, height } = fitProjection({ type: 'FeatureCollection', features }, o.width, o.padding);
  const path = geoPath(projection).digits(1);
  const lineHeight = o.fontSize * 1.25;

  const points = parks.map((p) => {
    const [x, y] = projection([p.lon, p.lat])!;
    return { ...p, x: round(x), y: round(y) };
  });
  const named = features.flatMap((f) => {
    const w = textWidth(f.properties.name, o.fontSize * 0.9, cjkMetrics);
    // Only districts with room to spare get a name on the map; the small central ones are named in the tooltip and the list.
    if (path.area(f) < 12 * w * lineHeight) return [];
    const [x, y] = path.centroid(f);
    return [{ name: f.properties.name, x: round(x), y: round(y), w }];
  });
  const crowd = (p: { x: number; y: number }) => points.filter((q) => Math.hypot(q.x - p.x, q.y - p.y) < 60).length;
  const byCrowd = [...points].sort((a, b) => crowd(b) - crowd(a) || a.id.localeCompare(b.id));

  const layouts = o.scales.map((s) => {
    const items: LabelItem[] = [
      ...byCrowd.map((p) => ({ id: p.id, x: p.x, y: p.y, width: textWidth(p.name, o.fontSize, cjkMetrics) * s, height: lineHeight * s, marker: o.markerRadius * s })),
      ...named.map((n) => ({ id: n.name, x: n.x, y: n.y, width: n.w * s, height: lineHeight * s, marker: 0, centred: true })),
    ];
    const placed = placeLabelsAroundPoints(items, { width, height, gap: o.fontSize * 0.35 * s });
    return new Map(
      placed.map((l) => {
        const item = items.find((i) => i.id === l.id)!;
        const rel = (v: number, from: number) => round((v - from) / s);
        const offset: LabelOffset = { dx: rel(l.x, item.x), dy: rel(l.y, item.y), anchor: l.anchor };
        if (l.leader) {
          const [ex, ey] = leaderEnd(l.box, item.x, item.y);
          offset.leader = [rel(ex, item.x), rel(ey, item.y)];
        }
        return [l.id, offset];
      }),
    );
  });
  const labelsOf = (id: string) => layouts.map((l) => l.get(id));

  return {
    width,
    height,
    scales: o.scales,
    districts: features.map((f) => ({ name: f.properties.name, d: path(f) ?? '' })),
    districtNames: named.map((n) => ({ name: n.name, x: n.x, y: n.y, labels: labelsOf(n.name) })),
    parks: points.map((p) => ({ ...p, labels: labelsOf(p.id) })),
  };
}
