import { describe, it, expect } from 'vitest';
import { readContent } from '../../src/lib/content/read-content.ts';
import { mapClientInput, type MapClientInput } from '../../src/lib/map/client-input.ts';
import { scriptJson } from '../../src/lib/script-json.ts';
import { parkMap, type ParkMapModel } from '../../src/lib/map/park-map.ts';
import { zoneSteps, type ZoneStep } from '../../src/lib/map/zone-steps.ts';
import { shanghai } from '../../src/data/shanghai.ts';
import { adjustmentYears } from '../../src/schemas/park.ts';

interface RecordedPark {
  name: string;
  district: string;
  joined: { year: number | null };
  location: { lon: number; lat: number };
}

// The map page's own inputs: every park, drawn with the page's options, stepped through the adjustments.
const parks = readContent('content').parks.map(({ id, data }) => ({ id, ...(data as RecordedPark) }));
const model = parkMap(
  shanghai,
  parks.map((p) => ({ id: p.id, name: p.name, district: p.district, ...p.location })),
  { width: 640, padding: 10, fontSize: 13, markerRadius: 4.5, scales: [1, 2.1] },
);
const steps = zoneSteps(parks.map((p) => ({ id: p.id, district: p.district, year: p.joined.year })), adjustmentYears);
const input = mapClientInput(model, steps);

/** What the map script shows at a step, worked out from the island alone (src/client/map/stepper.ts). */
const shownAt = (island: MapClientInput, map: ParkMapModel, step: number) => ({
  hidden: map.parks.filter((_, i) => (island.parkJoined[i] ?? -1) > step).map((p) => p.id),
  pulsing: map.parks.filter((_, i) => island.parkJoined[i] === step).map((p) => p.id),
  tinted: map.districts.filter((_, i) => island.districtCovered[i] !== null && island.districtCovered[i]! <= step).map((d) => d.name),
});

describe('the map island for the parks as recorded', () => {
  it('carries the frame and label scales the SVG is drawn with, and the stepper’s years in order', () => {
    expect(input).toMatchObject({ width: model.width, height: model.height, labelScales: [1, 2.1], years: [2011, 2012, 2014, 2020] });
    expect(input.parkJoined).toHaveLength(22);
    expect(input.districtCovered).toHaveLength(16);
  });

  it('at each step hides exactly the parks the stepper’s summary does not count, bar the one of unknown year', () => {
    steps.forEach((s, i) => {
      const known = model.parks.filter((p) => parks.find((q) => q.id === p.id)!.joined.year !== null).map((p) => p.id);
      expect(shownAt(input, model, i).hidden.sort()).toEqual(known.filter((id) => !s.members.includes(id)).sort());
    });
    // 紫竹园's year is unknown: drawn (hollow) at every step, never pulsing.
    expect(input.parkJoined[model.parks.findIndex((p) => p.id === 'zizhu')]).toBeNull();
    expect(steps.map((_, i) => 22 - shownAt(input, model, i).hidden.length)).toEqual([13, 19, 22, 22]);
  });

  it('pulses the parks each summary names as newly joined and tints the districts it counts', () => {
    steps.forEach((s, i) => {
      expect(shownAt(input, model, i).pulsing.sort()).toEqual([...s.joined].sort());
      expect(shownAt(input, model, i).tinted.sort()).toEqual([...s.districts].sort());
    });
  });
});

describe('mapClientInput', () => {
  const frame = { width: 100, height: 80, scales: [1], districtNames: [] };
  const at = (id: string, district: string) => ({ id, name: id, district, lon: 0, lat: 0, x: 0, y: 0, labels: [] });
  const small: ParkMapModel = {
    ...frame,
    districts: [{ name: '甲区', d: '' }, { name: '乙区', d: '' }, { name: '丙区', d: '' }],
    parks: [at('late', '乙区'), at('early', '甲区'), at('unknown', '甲区')],
  };
  const twoSteps: ZoneStep[] = [
    { year: 2011, members: ['early'], joined: ['early'], districts: ['甲区'] },
    { year: 2020, members: ['early', 'late', 'unknown'], joined: ['late'], districts: ['甲区', '乙区'] },
  ];

  it('goes by the map’s order of parks and districts; a park never listed as joined and a district never covered get null', () => {
    expect(mapClientInput(small, twoSteps)).toEqual({
      width: 100,
      height: 80,
      labelScales: [1],
      years: [2011, 2020],
      parkJoined: [1, 0, null],
      districtCovered: [0, 1, null],
    });
  });

  it('prints JSON that no text in it can end early', () => {
    const hostile = scriptJson({ ...mapClientInput(small, twoSteps), '</script><b>': 1 } as MapClientInput);
    expect(hostile).not.toContain('<');
    expect(JSON.parse(hostile)).toHaveProperty('</script><b>', 1);
  });
});
