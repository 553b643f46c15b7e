import { describe, it, expect } from 'vitest';
import { parkSchema } from '../../src/schemas/park.ts';
import { joinedText, areaText, joinedValue, areaValue, factNotes } from '../../src/lib/park-facts.ts';

const park = parkSchema.parse({
  name: '某园', district: '浦东新区', member: { status: 'inferred', reason: '只有转载网页点名。' },
  joined: { year: 2014, status: 'inferred', reason: '按名单变化推断。' }, area: { km2: null, status: 'unknown' },
  location: { lon: 121.6, lat: 31.2, datum: 'GCJ-02', basis: '示意' }, description: '测试。',
  sources: [{ title: '转载', kind: 'repost', url: 'https://example.com/p', supports: ['member'] }],
});

describe('park facts in words', () => {
  it('say the value, and mark an inferred one where no label sits beside it', () => {
    expect(joinedValue(park.joined)).toBe('2014年调整纳入');
    expect(joinedText(park.joined)).toBe('2014年调整纳入（推断）');
    expect(joinedText({ ...park.joined, year: 2011, before2011: true, status: 'verified' })).toBe('2011年前已在高新区内，2011年起属示范区');
    expect(joinedText({ ...park.joined, year: null, status: 'unknown' })).toBe('纳入年份不详');
  });

  it('say when a source gives no area', () => {
    expect(areaValue(park.area)).toBe('来源未载面积');
    expect(areaText({ km2: 7.99, status: 'verified' })).toBe('约 7.99 平方公里');
  });

  it('gather the reasons for the 资料说明 block, for the facts that have one', () => {
    expect(factNotes(park)).toEqual([
      { key: 'member', label: '归属', status: 'inferred', text: '只有转载网页点名。' },
      { key: 'joined', label: '纳入', status: 'inferred', text: '按名单变化推断。' },
    ]);
  });
});
