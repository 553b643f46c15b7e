import type { ContentIssue, RawEntry } from '../content/raw-content.ts';
import { districtAt, type District } from './districts.ts';

interface Located {
  district?: unknown;
  location?: { lon?: unknown; lat?: unknown };
}

/** One issue for each park whose representative point lies outside the district it names (schema errors are reported elsewhere). */
export function parkLocationIssues(parks: RawEntry[], districts: District[]): ContentIssue[] {
  return parks.flatMap(({ file, data }) => {
    const { district, location } = (data ?? {}) as Located;
    const { lon, lat } = location ?? {};
    if (typeof district !== 'string' || typeof lon !== 'number' || typeof lat !== 'number') return [];
    const found = districtAt(districts, [lon, lat]);
    if (found === district) return [];
    const where = found ? `落在${found}` : '不在上海任何一区之内';
    return [{ file, field: 'location', message: `示意点（东经 ${lon}°，北纬 ${lat}°）不在 district 所写的${district}内，而是${where}` }];
  });
}
