// Shared by the search evaluation and benchmark: building Pagefind's default index, reading fragments.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { shardManifest, shardUrls } from '../../src/lib/search/shards.ts';

/** Indexes `site` the way `pagefind --site` does out of the box (jieba words), into `output`. */
export function buildDefaultIndex(site: string, output: string): void {
  rmSync(output, { recursive: true, force: true });
  execFileSync('node_modules/.bin/pagefind', ['--site', site, '--output-path', output, '--silent'], { stdio: 'inherit' });
}

/** One indexed page as a Pagefind bundle stores it. */
export interface IndexedPage {
  url: string;
  /** The indexed text, without Pagefind's word breaks. */
  text: string;
}

/** The shard folders of one of our bundles (src/lib/search/shards.ts), relative to it; none for Pagefind's own. */
export function shardFolders(bundle: string): string[] {
  const manifest = join(bundle, shardManifest);
  return existsSync(manifest) ? shardUrls('', JSON.parse(readFileSync(manifest, 'utf8'))) : [];
}

/** Merges the other shards of the bundle folder `bundle`, served at `url`, into a Pagefind instance started on it. */
export async function mergeShards(instance: { mergeIndex(url: string): Promise<void> }, bundle: string, url: string): Promise<void> {
  for (const shard of shardFolders(bundle)) await instance.mergeIndex(`${url}${shard}`);
}

/** Reads every fragment of a Pagefind bundle, its shards' too. */
export function readFragments(bundle: string): IndexedPage[] {
  return ['', ...shardFolders(bundle)].flatMap((shard) => {
    const dir = join(bundle, shard, 'fragment');
    return readdirSync(dir).map((f) => {
      const json = JSON.parse(gunzipSync(readFileSync(join(dir, f))).subarray(12).toString('utf8'));
      return { url: json.url, text: json.content.replaceAll('\u200B', '') };
    });
  });
}
