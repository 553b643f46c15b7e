import { describe, expect, it } from 'vitest';
import { placeholderOrigin, placeholderSiteWarning, readConfig } from '../../src/config.ts';
import { readBenchConfig } from '../../scripts/bench/config.ts';

describe('readConfig', () => {
  it('gives the documented defaults for an empty environment, and warns about the placeholder origin', () => {
    const c = readConfig({});
    expect(c).toMatchObject({ site: placeholderOrigin, placeholderSite: true, base: '/', outDir: 'dist', contentDir: 'content', searchShardPages: 2000 });
    expect(c.searchJobs).toBeGreaterThanOrEqual(1);
    expect(placeholderSiteWarning(c)).toMatch(/ZJ_SITE.*zhangjiang\.example\.org/);
  });

  it('takes the values it is given, and names no placeholder when ZJ_SITE is set', () => {
    const c = readConfig({ ZJ_SITE: 'https://example.org', ZJ_BASE: '/zhangjiang/', ZJ_OUT_DIR: 'dist-sub', ZJ_SEARCH_SHARD_PAGES: '25', ZJ_SEARCH_JOBS: '2' });
    expect(c).toMatchObject({ site: 'https://example.org', base: '/zhangjiang/', outDir: 'dist-sub', searchShardPages: 25, searchJobs: 2 });
    expect(placeholderSiteWarning(c)).toBeUndefined();
  });

  it.each(['abc', '0', '-3', '2.5'])('fails on ZJ_SEARCH_SHARD_PAGES=%s, naming the variable', (value) => {
    expect(() => readConfig({ ZJ_SEARCH_SHARD_PAGES: value })).toThrow(/ZJ_SEARCH_SHARD_PAGES/);
  });

  it.each(['zhangjiang/', '/a b/', '/x?y', '/../up/'])('fails on ZJ_BASE=%s, naming the variable', (value) => {
    expect(() => readConfig({ ZJ_BASE: value })).toThrow(/ZJ_BASE/);
  });

  it('fails on a ZJ_SITE that is not an http(s) origin', () => {
    expect(() => readConfig({ ZJ_SITE: 'zhangjiang.org' })).toThrow(/ZJ_SITE/);
  });
});

describe('readBenchConfig', () => {
  it('gives the defaults, the build folder taken from ZJ_OUT_DIR', () => {
    const b = readBenchConfig({}, 'dist-x');
    expect(b).toMatchObject({ reuse: false, lighthouseRuns: 3, milestones: 1000, factors: [1, 10, 100], scales: ['real', '10000'] });
    expect([b.dist(), b.port(4650), b.runs(5)]).toEqual(['dist-x', 4650, 5]);
  });

  it('fails on a bad number or flag, naming the variable', () => {
    expect(() => readBenchConfig({ BENCH_RUNS: 'three' }).runs(3)).toThrow(/BENCH_RUNS/);
    expect(() => readBenchConfig({ BENCH_FACTORS: '1,x' })).toThrow(/BENCH_FACTORS/);
    expect(() => readBenchConfig({ BENCH_REUSE: 'yes' })).toThrow(/BENCH_REUSE/);
  });
});
