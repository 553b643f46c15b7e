import { describe, it, expect } from 'vitest';
import { parkSchema, type ParkData } from '../../src/schemas/park.ts';
import { validatePark } from '../../src/lib/validate-parks.ts';
import { readContent } from '../../src/lib/content/read-content.ts';

const official = { title: '官网', kind: 'official', url: 'https://example.gov.cn/p', supports: ['member', 'joined', 'area'] };
const repost = { title: '转载', kind: 'repost', url: 'https://example.com/p', supports: ['member', 'joined', 'area'] };
const park = (patch: Record<string, unknown> = {}): ParkData =>
  parkSchema.parse({
    name: '某园', district: '浦东新区', member: { status: 'verified' },
    joined: { year: 2012, status: 'verified' }, area: { km2: 10, status: 'verified' },
    location: { lon: 121.6, lat: 31.2, datum: 'GCJ-02', basis: '示意' }, description: '测试。',
    sources: [official], ...patch,
  });
const fields = (p: ParkData) => validatePark('parks/x.yaml', p).map((i) => i.field);

describe('validatePark', () => {
  it('accepts verified values attested by an official source', () => {
    expect(fields(park())).toEqual([]);
  });

  it('rejects a verified value attested only by reposts, and one that no source attests', () => {
    expect(fields(park({ sources: [repost] }))).toEqual(['member.status', 'joined.status', 'area.status']);
    expect(fields(park({ sources: [{ ...official, supports: ['member'] }] }))).toEqual(['joined.status', 'area.status']);
  });

  it('accepts an inferred value on a repost, but only with a reason', () => {
    const inferred = { joined: { year: 2012, status: 'inferred', reason: '按名单推断。' }, area: { km2: 10, status: 'inferred', reason: '只有转载。' } };
    expect(fields(park({ ...inferred, member: { status: 'inferred', reason: '按覆盖范围推断。' }, sources: [repost] }))).toEqual([]);
    expect(fields(park({ joined: { year: 2012, status: 'inferred' } }))).toEqual(['joined.reason']);
  });

  it('keeps value and status in step: no value is unknown, and unknown has no value', () => {
    expect(fields(park({ area: { km2: null, status: 'verified' } }))).toContain('area.status');
    expect(fields(park({ joined: { year: 2014, status: 'unknown' } }))).toEqual(['joined.status']);
    expect(fields(park({ area: { km2: null, status: 'unknown' } }))).toEqual([]);
  });

  it('asks for a source for the industries and institutions it lists, and for a link or seed file', () => {
    expect(fields(park({ industries: ['集成电路'] }))).toEqual(['industries']);
    expect(fields(park({ sources: [official, { title: '无链接', kind: 'media' }] }))).toEqual(['sources.1']);
  });
});

describe('the parks as recorded', () => {
  const parks = readContent('content').parks.map(({ id, data }) => ({ id, data: parkSchema.parse(data) }));

  it('are 22, in all 16 districts, and pass the checks', () => {
    expect(parks).toHaveLength(22);
    expect(new Set(parks.map((p) => p.data.district)).size).toBe(16);
    for (const { id, data } of parks) expect(validatePark(`parks/${id}.yaml`, data)).toEqual([]);
  });

  it('cite no mirror site, and mark every fact that rests on a repost alone as inferred', () => {
    for (const { data } of parks) {
      expect(data.sources.map((s) => s.url ?? '').join(' ')).not.toMatch(/workers\.dev/);
      for (const fact of ['member', 'joined', 'area'] as const) {
        const cited = data.sources.filter((s) => s.supports.includes(fact));
        if (cited.length && cited.every((s) => s.kind === 'repost')) expect(data[fact].status).toBe('inferred');
      }
    }
  });
});
