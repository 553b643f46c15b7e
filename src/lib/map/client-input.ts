import type { ParkMapModel } from './park-map.ts';
import type { ZoneStep } from './zone-steps.ts';

/**
 * What the map page's script works from, computed at build time and printed once as a JSON island, so that the
 * script reads no numbers, lists or years back out of the HTML (src/client/map/map.ts parses it).
 */
export interface MapClientInput {
  /** The map's frame, in the units of the SVG's viewBox. */
  width: number;
  height: number;
  /** Label layout i (the `.l{i}` labels) is free of collisions while marks are drawn at most labelScales[i] times their size. */
  labelScales: number[];
  /** The adjustments' years, in the order of the stepper's buttons and summaries: a step is an index into this list. */
  years: number[];
  /** Per park, in the order the map prints them (model.parks): the step it joined at; null if its year is unknown, so it shows at every step. */
  parkJoined: (number | null)[];
  /** Per district, in the order the map prints them (model.districts): the first step that covers it; null if none does. */
  districtCovered: (number | null)[];
}

/**
 * The island for the map as drawn (`model`) and the stepper's steps as printed. A park's joining step is where the
 * steps list it as joined: a park belongs to every step from that one on, since joining years are adjustment years.
 * Parks and districts go by position rather than by name, which keeps the island (counted with the page's scripts) small.
 */
export function mapClientInput(model: ParkMapModel, steps: ZoneStep[]): MapClientInput {
  const firstStep = (id: string, ids: (step: ZoneStep) => string[]) => {
    const i = steps.findIndex((s) => ids(s).includes(id));
    return i < 0 ? null : i;
  };
  return {
    width: model.width,
    height: model.height,
    labelScales: model.scales,
    years: steps.map((s) => s.year),
    parkJoined: model.parks.map((p) => firstStep(p.id, (s) => s.joined)),
    districtCovered: model.districts.map((d) => firstStep(d.name, (s) => s.districts)),
  };
}
