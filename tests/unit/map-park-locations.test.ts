import { describe, it, expect } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readContent } from '../../src/lib/content/read-content.ts';
import { assertValidContent } from '../../src/lib/content/assert-valid-content.ts';
import { parkLocationIssues } from '../../src/lib/map/park-location-issues.ts';
import { districtFeatures } from '../../src/lib/map/districts.ts';
import { shanghai, shanghaiSmall } from '../../src/data/shanghai.ts';

const outlines = districtFeatures(shanghai);

describe('park positions', () => {
  it('every park in content/parks lies inside the district it names', () => {
    const { parks } = readContent('content');
    expect(parks).toHaveLength(22);
    expect(parkLocationIssues(parks, outlines)).toEqual([]);
  });

  it("…and inside it on the park pages' coarser locator maps too", () => {
    expect(parkLocationIssues(readContent('content').parks, districtFeatures(shanghaiSmall))).toEqual([]);
  });

  it('a point in the wrong district is reported with its file, field and the district it falls in', () => {
    const data = { district: '浦东新区', location: { lon: 121.4525, lat: 31.1881 } }; // 徐汇 town centre
    expect(parkLocationIssues([{ file: 'content/parks/x.yaml', id: 'x', data }], outlines)).toEqual([
      { file: 'content/parks/x.yaml', field: 'location', message: expect.stringMatching(/不在 district 所写的浦东新区内，而是落在徐汇区/) },
    ]);
  });

  it('a point outside Shanghai is reported too', () => {
    const data = { district: '金山区', location: { lon: 121.1, lat: 30.62 } }; // Hangzhou Bay
    expect(parkLocationIssues([{ file: 'p.yaml', id: 'p', data }], outlines)[0].message).toMatch(/不在上海任何一区之内/);
  });

  it("the build's content check stops on a misplaced park, naming the file and field", () => {
    const dir = mkdtempSync(join(tmpdir(), 'zj-map-'));
    try {
      cpSync('tests/fixtures/content', dir, { recursive: true });
      const file = join(dir, 'parks/zhangjiang.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('lon: 121.59, lat: 31.2', 'lon: 121.43, lat: 31.17'));
      expect(() => assertValidContent(dir)).toThrow(/parks\/zhangjiang\.yaml: location: .*落在徐汇区/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
