// `npm run bench`: Lighthouse scores, JS/CSS bytes per page type and build scaling, printed as tables.
// Not a test: it prints figures for docs/performance.md. Builds dist/ first unless BENCH_REUSE=1; BENCH_LH_RUNS sets
// how many Lighthouse runs each page gets (default 3, medians printed).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { serveDist } from './serve-dist.ts';
import { runLighthouse } from './lighthouse.ts';
import { measureAssetBytes } from './asset-bytes.ts';
import { benchBuildScaling } from './build-scaling.ts';
import { bench } from './config.ts';
import { benchPages } from './bench-pages.ts';

const pages = benchPages;

if (!bench.reuse || !existsSync('dist/index.html')) execSync('npm run build', { stdio: 'ignore' });
const server = await serveDist('dist', 4610);
try {
  console.log('\n## JavaScript and CSS per page type (gzip, KB)\n');
  console.table(await measureAssetBytes(server.url, pages));
  const runs = bench.lighthouseRuns;
  console.log(`\n## Lighthouse, mobile preset (median of ${runs} runs; load average ${loadavg().map((l) => l.toFixed(1)).join(' / ')})\n`);
  const { milestone: _m, park: _p, ...lighthousePages } = pages;
  console.table(await runLighthouse(server.url, lighthousePages, runs));
} finally {
  await server.stop();
}
if (!bench.skipScaling) {
  console.log('\n## Build scaling (build + Pagefind index)\n');
  console.table(await benchBuildScaling());
}
