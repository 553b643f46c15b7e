import { describe, it, expect } from 'vitest';
import { readContent } from '../../src/lib/content/read-content.ts';
import { zoneSteps, type SteppedPark } from '../../src/lib/map/zone-steps.ts';
import { adjustmentYears, districts } from '../../src/schemas/park.ts';
import { zoneAdjustments } from '../../src/data/zone-adjustments.ts';

const parks: SteppedPark[] = readContent('content').parks.map(({ id, data }) => {
  const d = data as { district: string; joined: { year: number | null } };
  return { id, district: d.district, year: d.joined.year };
});
const steps = zoneSteps(parks, adjustmentYears);
const at = (year: number) => steps.find((s) => s.year === year)!;

describe('zoneSteps on the parks as recorded', () => {
  it('grows 12 → 18 → 21 → 22, matching the sources’ 一区十二园 and 一区十八园 and the 22 parks of today', () => {
    expect(steps.map((s) => s.members.length)).toEqual([12, 18, 21, 22]);
    for (const [a, b] of steps.slice(1).map((s, i) => [steps[i], s])) expect(b.members).toEqual(expect.arrayContaining(a.members));
  });

  it('reaches every district by 2014, as the 2016 official page says', () => {
    expect(at(2014).districts.sort()).toEqual([...districts].sort());
    expect(at(2011).districts.length).toBeLessThan(districts.length);
  });

  it('counts a park of unknown year only at the last step and never as newly joined', () => {
    expect(at(2014).members).not.toContain('zizhu');
    expect(at(2020).members).toContain('zizhu');
    expect(steps.flatMap((s) => s.joined)).not.toContain('zizhu');
  });
});

describe('the zone-wide figures', () => {
  it('give an area only where a source does, each step with a source', () => {
    expect(zoneAdjustments.map((a) => a.year)).toEqual([...adjustmentYears]);
    expect(zoneAdjustments.map((a) => a.areaKm2)).toEqual([null, 470.5, 531, 531]);
    for (const a of zoneAdjustments) expect(a.sources.length).toBeGreaterThan(0);
  });
});
