import { describe, it, expect } from 'vitest';
import { planShards, shardFolder, shardUrls } from '../../src/lib/search/shards.ts';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('planShards', () => {
  it('keeps a site up to the shard size as one index', () => {
    expect(planShards(range(91), 2000)).toEqual([range(91)]);
    expect(planShards(range(2000), 2000)).toHaveLength(1);
    expect(planShards([], 2000)).toEqual([[]]);
  });

  it('splits a larger site into the fewest shards of even size, every page once and in order', () => {
    const shards = planShards(range(10_080), 2000);
    expect(shards.map((s) => s.length)).toEqual([1680, 1680, 1680, 1680, 1680, 1680]);
    expect(shards.flat()).toEqual(range(10_080));
    expect(planShards(range(2001), 2000).map((s) => s.length)).toEqual([1001, 1000]);
    expect(planShards(range(91), 25).map((s) => s.length)).toEqual([23, 23, 23, 22]);
  });

  it('refuses a shard size that is not a whole number above 0', () => {
    expect(() => planShards(range(5), 0)).toThrow(/shard size/);
    expect(() => planShards(range(5), Number.NaN)).toThrow(/shard size/);
  });
});

describe('shardUrls', () => {
  it('lists the shard folders under the bundle folder', () => {
    expect(shardUrls('/zhangjiang/pagefind/', { shards: [shardFolder(1), shardFolder(2)] })).toEqual([
      '/zhangjiang/pagefind/shard-1/',
      '/zhangjiang/pagefind/shard-2/',
    ]);
  });

  it('lists none for a missing or malformed manifest, and no folder outside the bundle', () => {
    expect(shardUrls('/pagefind/', null)).toEqual([]);
    expect(shardUrls('/pagefind/', { shards: 'shard-1/' })).toEqual([]);
    expect(shardUrls('/pagefind/', { shards: ['../elsewhere/', 'https://example.com/', 'shard-2/'] })).toEqual(['/pagefind/shard-2/']);
  });
});
