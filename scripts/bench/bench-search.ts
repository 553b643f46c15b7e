// `npm run bench:search`: bytes and time of a cold first search and a warm second one, in headless Chromium over gzip
// on loopback, for our search page and for Pagefind's default UI on the same build; then the same on synthetic
// corpora 10× and 100× the size (scripts/bench/synthetic-corpus.ts). A benchmark that prints tables, not a test.
// BENCH_DIST picks the build (default ZJ_OUT_DIR, built if it has no index), BENCH_FACTORS the sizes (1,10,100).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { chromium } from '@playwright/test';
import { chromiumPath } from '../dev/chromium-path.mjs';
import { buildDefaultIndex } from '../eval/search-harness.ts';
import { serveDist } from './serve-dist.ts';
import { writeSyntheticCorpus } from './synthetic-corpus.ts';
import { measureSearch, uis, type Measurement } from './bench-search-measure.ts';
import { bench } from './config.ts';

const dist = bench.dist();
const factors = bench.factors;
const runs = bench.runs(3);
const root = 'dist-search-bench';
const queries: [string, string] = ['集成电路', '张江科学城'];

if (bench.rebuild || !existsSync(join(dist, 'pagefind', 'pagefind-entry.json'))) {
  execFileSync('npm', ['run', 'build'], { stdio: 'inherit', env: { ...process.env, ZJ_OUT_DIR: dist } });
}

/** Bytes on disk under a folder. */
const bytes = (dir: string): number =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).reduce((sum, f) => sum + (statSync(join(dir, f)).isFile() ? statSync(join(dir, f)).size : 0), 0);
const indexBytes = (bundle: string) => ['index', 'fragment', 'filter'].reduce((s, d) => s + bytes(join(bundle, d)), 0);

/** A copy of the build (or a synthetic corpus made from it) with both indexes and a page for Pagefind's default UI. */
function prepare(factor: number): { dir: string; pages: number } {
  const dir = join(root, `${factor}x`);
  if (factor === 1) {
    rmSync(dir, { recursive: true, force: true });
    cpSync(dist, dir, { recursive: true });
  } else {
    writeSyntheticCorpus(dist, dir, factor);
    execFileSync(process.execPath, ['scripts/build/build-search-index.ts', dir], { stdio: 'inherit' });
  }
  buildDefaultIndex(dir, join(dir, 'pagefind-default'));
  mkdirSync(join(dir, 'pagefind-default-ui'), { recursive: true });
  writeFileSync(
    join(dir, 'pagefind-default-ui', 'index.html'),
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>Pagefind 默认界面</title>
<link href="/pagefind-default/pagefind-ui.css" rel="stylesheet"><script src="/pagefind-default/pagefind-ui.js"></script></head>
<body><div id="search"></div><script>addEventListener('DOMContentLoaded', () => new PagefindUI({ element: '#search', bundlePath: '/pagefind-default/' }));</script></body></html>`,
  );
  return { dir, pages: readdirSync(join(dir, 'pagefind', 'fragment')).length };
}

const kb = (n: number) => (n / 1024).toFixed(1);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows: string[] = [];
const sizes: string[] = [];
mkdirSync(root, { recursive: true });
const launch = () => chromium.launch({ executablePath: chromiumPath(), args: ['--disable-background-networking', '--disable-component-update'] });
for (const factor of factors) {
  const { dir, pages } = prepare(factor);
  sizes.push(`| ${factor}× | ${pages} | ${kb(indexBytes(join(dir, 'pagefind')))} | ${kb(indexBytes(join(dir, 'pagefind-default')))} |`);
  const server = await serveDist(dir, bench.port(4650));
  try {
    for (const ui of uis) {
      // A browser per UI and corpus; if it dies (another process may kill Chromium on a shared machine), one retry.
      const all: Measurement[] = [];
      for (let attempt = 0; all.length < runs && attempt < 2; attempt++) {
        const browser = await launch();
        try {
          while (all.length < runs) all.push(await measureSearch(browser, server.url, ui, queries));
        } catch (error) {
          console.error(`${factor}× ${ui.name}: ${error instanceof Error ? error.message : error}`);
        } finally {
          await browser.close().catch(() => undefined);
        }
      }
      if (!all.length) continue;
      const [first] = all;
      for (const phase of ['cold', 'warm'] as const) {
        const b = first[phase].bytes;
        const total = b.js + b.wasm + b.index + b.fragments;
        const ms = median(all.map((m) => m[phase].ms));
        rows.push(`| ${factor}× | ${ui.name} | ${phase} “${first[phase].query}” | ${kb(b.js)} | ${kb(b.wasm)} | ${kb(b.index)} | ${kb(b.fragments)} | **${kb(total)}** | ${b.requests} | **${ms.toFixed(0)}** (${all.map((m) => m[phase].ms.toFixed(0)).join(', ')}) |`);
        console.error(rows.at(-1));
      }
    }
  } finally {
    await server.stop();
  }
}
console.log('\n## Index size on disk (KB, already compressed by Pagefind)\n');
console.log('| corpus | pages | ours | Pagefind default |\n| --- | --: | --: | --: |');
console.log(sizes.join('\n'));
console.log(`\n## One search, gzip over loopback, headless Chromium (KB transferred; ms from the last keystroke to results on screen, median of ${runs})\n`);
console.log(`Machine: ${cpus().length} CPUs, load average ${loadavg().map((n) => n.toFixed(1)).join(' / ')} (1/5/15 min) at the end of the run.\n`);
console.log('| corpus | UI | search | JS | wasm | index | fragments | total KB | requests | ms (runs) |\n| --- | --- | --- | --: | --: | --: | --: | --: | --: | --: |');
console.log(rows.join('\n'));
console.log('\nCold: empty cache, JS counts the UI script the page loads plus everything the first search fetches. Warm: a second query on the same page.');
