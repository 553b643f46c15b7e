// A large site's search index is split into shards, each a Pagefind index of its own, that the browser merges
// (Pagefind's mergeIndex). Pagefind's indexer takes time and memory that grow faster than the page count, and it uses
// one core: shards of a bounded size keep its memory bounded and let the shards be built side by side.
// The first shard is the bundle folder itself (pagefind/); the others are sub-folders listed in its manifest.

/** The manifest in the bundle folder: the folders of the other shards, relative to it. */
export const shardManifest = 'shards.json';

/** Shards of a site below this many pages stay one index, as most sites are. */
export const defaultShardPages = 2000;

export interface ShardManifest {
  shards: string[];
}

/** The folder of shard `n` (from 1; shard 0 is the bundle folder), relative to the bundle folder. */
export const shardFolder = (n: number): string => `shard-${n}/`;

/** Splits `items` into the fewest runs of at most `max` items, in order, their sizes differing by one at most. */
export function planShards<T>(items: readonly T[], max: number): T[][] {
  if (!Number.isInteger(max) || max < 1) throw new RangeError(`shard size must be a whole number above 0, not ${max}`);
  const count = Math.max(1, Math.ceil(items.length / max));
  const base = Math.floor(items.length / count);
  const larger = items.length % count;
  const shards: T[][] = [];
  let start = 0;
  for (let i = 0; i < count; i++) {
    const size = base + (i < larger ? 1 : 0);
    shards.push(items.slice(start, start + size));
    start += size;
  }
  return shards;
}

/** The shard folders a manifest lists, as URLs under the bundle folder; a missing or malformed manifest lists none. */
export function shardUrls(bundle: string, manifest: unknown): string[] {
  const shards = (manifest as Partial<ShardManifest> | null)?.shards;
  if (!Array.isArray(shards)) return [];
  return shards.filter((s): s is string => typeof s === 'string' && /^shard-\d+\/$/.test(s)).map((s) => `${bundle}${s}`);
}
