// Build + Pagefind index of the real corpus and of a synthetic one: wall time, ms per page, peak RSS, sizes.
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeSyntheticContent } from './synthetic-content.ts';
import { bench } from './config.ts';

export interface ScalingRow {
  articles: number;
  pages: number;
  wallS: number;
  /** Of the wall time, the Pagefind index step (scripts/build/build-search-index.ts). */
  indexS: number;
  msPerPage: number;
  /** The larger of the two below: the build's peak memory. */
  peakRssMb: number;
  /** Peak RSS of the largest process `time` waits for: node running astro (or the index script). */
  astroRssMb: number;
  /** Peak RSS of Pagefind's indexing services running at once, which `time` does not see; the index script reports it. */
  pagefindRssMb: number;
  /** Index shards (src/lib/search/shards.ts) and the CPU seconds Pagefind's services spent on them. */
  shards: number;
  pagefindCpuS: number;
  distMb: number;
  pagefindMb: number;
}

const size = (p: string): number => {
  const s = statSync(p);
  return s.isDirectory() ? readdirSync(p).reduce((n, f) => n + size(join(p, f)), 0) : s.size;
};
const countHtml = (p: string): number =>
  readdirSync(p, { recursive: true }).filter((f) => String(f).endsWith('.html') && !String(f).startsWith('pagefind')).length;

/** Builds once per corpus size (real = the content folder as it is) and measures it. */
export async function benchBuildScaling(sizes = bench.scales): Promise<ScalingRow[]> {
  const rows: ScalingRow[] = [];
  for (const s of sizes) {
    const contentDir = s === 'real' ? 'content' : writeSyntheticContent('content', `.bench/content-${s}`, Number(s));
    const outDir = `.bench/dist-${s}`;
    const started = performance.now();
    // GNU time reports the peak RSS of the largest process it waits for (node running astro, then the index script).
    const run = spawnSync('/usr/bin/time', ['-f', '%M', 'sh', '-c', 'npm run -s build'], {
      env: { ...process.env, ZJ_CONTENT_DIR: contentDir, ZJ_OUT_DIR: outDir, ZJ_CACHE_DIR: `.bench/cache-${s}` },
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    });
    const wallMs = performance.now() - started;
    if (run.status !== 0) throw new Error(`build of ${s} failed:\n${run.stderr.slice(-2000)}`);
    const astroRssMb = Math.round(Number(run.stderr.trim().split('\n').at(-1)) / 1024);
    const pagefindRssMb = Number(run.stdout.match(/Pagefind service peak RSS (\d+) MB/)?.[1] ?? NaN);
    const pages = countHtml(outDir);
    rows.push({
      articles: readdirSync(join(contentDir, 'articles')).length,
      pages,
      wallS: Number((wallMs / 1000).toFixed(1)),
      indexS: Number((Number(run.stdout.match(/indexed into .* in (\d+) ms/)?.[1] ?? NaN) / 1000).toFixed(1)),
      msPerPage: Number((wallMs / pages).toFixed(1)),
      peakRssMb: Math.max(astroRssMb, pagefindRssMb || 0),
      astroRssMb,
      pagefindRssMb,
      shards: Number(run.stdout.match(/as (\d+) shards/)?.[1] ?? 1),
      pagefindCpuS: Number(run.stdout.match(/Pagefind CPU ([\d.]+) s/)?.[1] ?? NaN),
      distMb: Number((size(outDir) / 2 ** 20).toFixed(1)),
      pagefindMb: Number((size(join(outDir, 'pagefind')) / 2 ** 20).toFixed(1)),
    });
    // Only this run's folders: other benchmarks keep theirs under .bench/ too.
    for (const dir of [outDir, `.bench/cache-${s}`, ...(s === 'real' ? [] : [contentDir])]) rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
