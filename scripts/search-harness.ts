// Shared by the search evaluation and benchmark: serving a folder, building Pagefind's default index, reading fragments.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { shardManifest, shardUrls } from '../src/lib/search/shards.ts';

const answers = (url: string) => fetch(url).then((r) => r.status < 500, () => false);

/** Starts scripts/serve.mjs (gzip on) for a folder on a loopback port; resolves once it answers. */
export async function serve(dir: string, port: number): Promise<{ url: string; stop: () => Promise<void> }> {
  const url = `http://127.0.0.1:${port}/`;
  // Something else on the port would answer in our server's place (and measure the wrong folder).
  if (await answers(url)) throw new Error(`port ${port} is already in use`);
  const child = spawn(process.execPath, ['scripts/serve.mjs', dir, String(port)], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // Do not leave the server running if this script dies.
  process.once('exit', () => child.kill());
  const stop = () => {
    child.kill();
    return exited;
  };
  for (let i = 0; i < 100 && child.exitCode === null; i++) {
    if (await answers(url)) return { url, stop };
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`server for ${dir} did not start on port ${port}`);
}

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
