// `node scripts/bench-search-lighthouse.ts`: Lighthouse (mobile preset) on the search page opened with a query, several
// times, with where the main thread's time went. The search-page row of `npm run bench`, repeated, for issue 6.
// BENCH_DIST picks the build (default $ZJ_OUT_DIR or dist), BENCH_PORT the port, BENCH_RUNS the runs (5),
// BENCH_PATHS the pages (comma-separated, default search/?q=集成电路).
import { loadavg } from 'node:os';
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { chromiumPath } from '../tests/chromium-path.mjs';
import { serve } from './search-harness.ts';

const dist = process.env.BENCH_DIST ?? process.env.ZJ_OUT_DIR ?? 'dist';
const runs = Number(process.env.BENCH_RUNS ?? 5);
const paths = (process.env.BENCH_PATHS ?? 'search/?q=集成电路').split(',');
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

const server = await serve(dist, Number(process.env.BENCH_PORT ?? 4660));
const chrome = await launch({
  chromePath: chromiumPath(),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  for (const path of paths) {
    console.log(`\n## ${path}\n\n| run | perf | TBT (ms) | LCP (ms) | CLS | KB | long tasks (ms, simulated start) | load average |\n| --: | --: | --: | --: | --: | --: | --- | --- |`);
    for (let run = 1; run <= runs; run++) {
      const before = load();
      const result = await lighthouse(new URL(path, server.url).href, { port: chrome.port, output: 'json', logLevel: 'error' });
      const { categories: c, audits: a } = result!.lhr;
      const tasks = items(a['long-tasks']).map((t) => `${Math.round(t.duration ?? 0)}@${Math.round(t.startTime ?? 0)}`).join(' ');
      console.log(
        `| ${run} | ${Math.round((c.performance?.score ?? 0) * 100)} | ${Math.round(a['total-blocking-time'].numericValue ?? 0)} | ${Math.round(a['largest-contentful-paint'].numericValue ?? 0)} | ${(a['cumulative-layout-shift'].numericValue ?? 0).toFixed(3)} | ${((a['total-byte-weight'].numericValue ?? 0) / 1024).toFixed(1)} | ${tasks} | ${before} → ${load()} |`,
      );
      if (run === runs) {
        console.log('\nMain thread by script (last run, ms):', items(a['bootup-time']).map((i) => `${short(i.url)} ${Math.round(i.total ?? 0)} (script ${Math.round(i.scripting ?? 0)})`).join('; '));
        console.log('Main thread by kind (last run, ms):', items(a['mainthread-work-breakdown']).map((i) => `${i.groupLabel} ${Math.round(i.duration ?? 0)}`).join('; '));
      }
    }
  }
} finally {
  chrome.kill();
  await server.stop();
}
