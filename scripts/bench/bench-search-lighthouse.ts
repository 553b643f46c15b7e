// `node scripts/bench/bench-search-lighthouse.ts`: Lighthouse (mobile preset) on the search page opened with a query, several
// times, with where the main thread's time went. The search-page row of `npm run bench`, repeated.
// BENCH_DIST picks the build (default ZJ_OUT_DIR; several, comma-separated, are measured in turn, run by run,
// so that load from other work falls on each alike), BENCH_PORT the first port, BENCH_RUNS the runs (5), BENCH_PATHS
// the pages (comma-separated, default search/?q=集成电路).
import { loadavg } from 'node:os';
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { chromiumPath } from '../dev/chromium-path.mjs';
import { serveDist } from './serve-dist.ts';
import { bench } from './config.ts';

const dists = bench.dist().split(',');
const runs = bench.runs(5);
const paths = bench.paths;
const load = () => loadavg().map((n) => n.toFixed(1)).join(' / ');

interface Item {
  url?: string;
  total?: number;
  scripting?: number;
  duration?: number;
  startTime?: number;
  groupLabel?: string;
}
const items = (audit: { details?: unknown } | undefined) => ((audit?.details as { items?: Item[] } | undefined)?.items ?? []);
const short = (url = '') => url.replace(/^https?:\/\/[^/]+/, '').slice(0, 60);

const port = bench.port(4660);
const servers = await Promise.all(dists.map((dir, i) => serveDist(dir, port + i)));
const chrome = await launch({
  chromePath: chromiumPath(),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  for (const path of paths) {
    console.log(`\n## ${path}\n\n| build | run | perf | TBT (ms) | LCP (ms) | CLS | KB | long tasks (ms, simulated start) | load average |\n| --- | --: | --: | --: | --: | --: | --: | --- | --- |`);
    const tbt = new Map<string, number[]>();
    for (let run = 1; run <= runs; run++) {
      for (const [i, server] of servers.entries()) {
        const before = load();
        const result = await lighthouse(new URL(path, server.url).href, { port: chrome.port, output: 'json', logLevel: 'error' });
        const { categories: c, audits: a } = result!.lhr;
        const tasks = items(a['long-tasks']).map((t) => `${Math.round(t.duration ?? 0)}@${Math.round(t.startTime ?? 0)}`).join(' ');
        const blocking = Math.round(a['total-blocking-time'].numericValue ?? 0);
        tbt.set(dists[i], [...(tbt.get(dists[i]) ?? []), blocking]);
        console.log(
          `| ${dists[i]} | ${run} | ${Math.round((c.performance?.score ?? 0) * 100)} | ${blocking} | ${Math.round(a['largest-contentful-paint'].numericValue ?? 0)} | ${(a['cumulative-layout-shift'].numericValue ?? 0).toFixed(3)} | ${((a['total-byte-weight'].numericValue ?? 0) / 1024).toFixed(1)} | ${tasks} | ${before} → ${load()} |`,
        );
        if (run === runs) {
          console.log(`\n${dists[i]}, main thread by script (last run, ms):`, items(a['bootup-time']).map((x) => `${short(x.url)} ${Math.round(x.total ?? 0)} (script ${Math.round(x.scripting ?? 0)})`).join('; '));
          console.log(`${dists[i]}, main thread by kind (last run, ms):`, items(a['mainthread-work-breakdown']).map((x) => `${x.groupLabel} ${Math.round(x.duration ?? 0)}`).join('; '), '\n');
        }
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    for (const [dir, xs] of tbt) console.log(`${dir}: TBT median ${median(xs)} ms (${xs.join(', ')})`);
  }
} finally {
  chrome.kill();
  await Promise.all(servers.map((s) => s.stop()));
}
