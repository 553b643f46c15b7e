/** A park as the stepper sees it: where it is and from which adjustment it belongs (null: not known). */
export interface SteppedPark {
  id: string;
  district: string;
  year: number | null;
}

/** The zone after one adjustment. */
export interface ZoneStep {
  year: number;
  /** Parks known to belong from this step on. */
  members: string[];
  /** Parks that joined at this step. */
  joined: string[];
  /** Districts with at least one member park. */
  districts: string[];
}

/**
 * Which parks and districts belong to the zone after each adjustment, by the parks' joining years.
 * A park of unknown year is counted only at the last step: it is in the zone today, but when it joined is not known.
 */
export function zoneSteps(parks: SteppedPark[], years: readonly number[]): ZoneStep[] {
  const last = years.at(-1);
  return years.map((year) => {
    const members = parks.filter((p) => (p.year === null ? year === last : p.year <= year));
    return {
      year,
      members: members.map((p) => p.id),
      joined: members.filter((p) => p.year === year).map((p) => p.id),
      districts: [...new Set(members.map((p) => p.district))],
    };
  });
}
