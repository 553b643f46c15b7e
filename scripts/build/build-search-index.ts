// Builds the Pagefind search index of a built site: `node scripts/build/build-search-index.ts [dir]` (default ZJ_OUT_DIR, src/config.ts).
// Past ZJ_SEARCH_SHARD_PAGES pages the index is split into shards that the browser merges
// (src/lib/search/shards.ts), built side by side by scripts/build/index-search-shard.ts, a few at a time.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Converter } from 'opencc-js/cn2t';
import { traditionalForms } from '../../src/lib/search/traditional.ts';
import { planShards, shardFolder, shardManifest, type ShardManifest } from '../../src/lib/search/shards.ts';
import type { ShardJob, ShardReport } from './index-search-shard.ts';
import { config } from '../../src/config.ts';

const dir = process.argv[2] ?? config.outDir;
const output = join(dir, 'pagefind');
const { searchShardPages: shardPages, searchJobs: jobs } = config;
const running = new Set<ChildProcess>();

/** Every HTML file under `root`, relative to it, except Pagefind's own output. */
function htmlFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
    .sort();
}

/** Indexes one shard in a process of its own, so that its Pagefind service and all its memory end with it. */
function indexShard(job: ShardJob): Promise<ShardReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(import.meta.dirname, 'index-search-shard.ts')], { stdio: ['pipe', 'pipe', 'inherit'] });
    running.add(child);
    child.on('exit', () => running.delete(child));
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as ShardReport) : reject(new Error(`shard ${job.output} failed (exit ${code})`))));
    child.stdin.end(JSON.stringify(job));
  });
}

/** Runs `tasks` with at most `limit` at once; the results keep the tasks' order. */
async function pool<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const run = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, run));
  return results;
}

const started = Date.now();
rmSync(output, { recursive: true, force: true });
const files = htmlFiles(dir);
const shards = planShards(files, shardPages);
const folders = shards.map((_, i) => (i === 0 ? output : join(output, shardFolder(i))));
let reports: ShardReport[];
try {
  reports = await pool(
    shards.map((list, i) => () => indexShard({ dir, files: list, output: folders[i], bundle: i === 0 })),
    jobs,
  );
} catch (error) {
  console.error(`search index: ${error instanceof Error ? error.message : error}`);
  // The other shards' processes (and their Pagefind services) would otherwise run on.
  for (const child of running) child.kill();
  process.exit(1);
}
const manifest: ShardManifest = { shards: shards.slice(1).map((_, i) => shardFolder(i + 1)) };
writeFileSync(join(output, shardManifest), JSON.stringify(manifest));
// The Traditional forms of every character on the site: the search page loads OpenCC only for a query holding one.
const chars = new Set(reports.flatMap((r) => [...r.han]));
const converters = (['tw', 'hk'] as const).map((to) => Converter({ from: 'cn', to }));
writeFileSync(join(output, 'traditional.txt'), traditionalForms(chars, converters));

const indexed = reports.reduce((n, r) => n + r.pages, 0);
const peaks = reports.map((r) => r.serviceRssMb).filter((mb): mb is number => mb !== null);
// Services that ran at the same time: at most `jobs` of them, so the largest `jobs` peaks bound the total.
const atOnce = [...peaks].sort((a, b) => b - a).slice(0, jobs).reduce((sum, mb) => sum + mb, 0);
const cpuS = reports.reduce((sum, r) => sum + (r.serviceCpuS ?? 0), 0);
console.log(
  `search index: ${indexed} pages (of ${files.length} HTML files) indexed into ${output} in ${Date.now() - started} ms` +
    (shards.length > 1 ? ` as ${shards.length} shards, ${Math.min(jobs, shards.length)} at a time` : '') +
    (peaks.length ? `, Pagefind service peak RSS ${atOnce} MB` + (shards.length > 1 ? ` (largest shard ${Math.max(...peaks)} MB)` : '') : '') +
    (cpuS ? `, Pagefind CPU ${cpuS.toFixed(1)} s` : ''),
);
