// Lighthouse (mobile preset) on the built site: the four category scores, LCP, TBT, CLS and bytes transferred.
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { chromiumPath } from '../dev/chromium-path.mjs';

export interface LighthouseRow {
  page: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  kb: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Runs Lighthouse `runs` times per page against an already-served site and gives each figure's median: one run's
 * Total Blocking Time moves by tens of milliseconds, and the performance score with it. `perfRuns` lists every run.
 */
export async function runLighthouse(baseUrl: string, pages: Record<string, string>, runs = 1): Promise<(LighthouseRow & { perfRuns: string })[]> {
  const chrome = await launch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const rows: (LighthouseRow & { perfRuns: string })[] = [];
  try {
    for (const [name, path] of Object.entries(pages)) {
      const all: LighthouseRow[] = [];
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(new URL(path, baseUrl).href, { port: chrome.port, output: 'json', logLevel: 'error' });
        const { categories: c, audits: a } = result!.lhr;
        const score = (k: string) => Math.round((c[k]?.score ?? 0) * 100);
        all.push({
          page: name,
          performance: score('performance'),
          accessibility: score('accessibility'),
          bestPractices: score('best-practices'),
          seo: score('seo'),
          lcpMs: Math.round(a['largest-contentful-paint'].numericValue ?? 0),
          tbtMs: Math.round(a['total-blocking-time'].numericValue ?? 0),
          cls: Number((a['cumulative-layout-shift'].numericValue ?? 0).toFixed(3)),
          kb: Number(((a['total-byte-weight'].numericValue ?? 0) / 1024).toFixed(1)),
        });
      }
      const of = (k: Exclude<keyof LighthouseRow, 'page'>) => median(all.map((r) => r[k]));
      rows.push({
        page: name,
        performance: of('performance'),
        accessibility: of('accessibility'),
        bestPractices: of('bestPractices'),
        seo: of('seo'),
        lcpMs: of('lcpMs'),
        tbtMs: of('tbtMs'),
        cls: of('cls'),
        kb: of('kb'),
        perfRuns: all.map((r) => r.performance).join(' '),
      });
    }
  } finally {
    chrome.kill();
  }
  return rows;
}
