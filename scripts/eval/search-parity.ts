// `node scripts/eval/search-parity.ts [dir]`: the search as the page runs it (in its worker, in headless Chromium) gives the
// same pages in the same order as the engine that `npm run eval:search` measures in Node, for the same ~250 terms plus
// a few Traditional and quoted queries. Prints the differences and exits 1 if there are any.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumPath } from '../dev/chromium-path.mjs';
import { mergeShards, readFragments } from './search-harness.ts';
import { serveDist } from '../bench/serve-dist.ts';
import { pickTerms } from './search-eval-terms.ts';
import { parseQuery } from '../../src/lib/search/query.ts';
import { findPages } from '../../src/lib/search/find-pages.ts';
import { oneAtATime } from '../../src/lib/search/one-at-a-time.ts';
import { config } from '../../src/config.ts';

const dir = process.argv[2] ?? config.outDir;
if (!existsSync(join(dir, 'pagefind', 'pagefind-entry.json'))) throw new Error(`${dir}/pagefind is missing: run npm run build first`);
const terms = [...pickTerms(readFragments(join(dir, 'pagefind'))).map((t) => t.term), '“集成电路”', '"张江 科学城"', 'G6', 'gcj-0', '集成 电路'];
// Traditional queries are converted on the page (OpenCC), so they are compared as the page shows them, by count only.
const traditional = ['積體電路', '張江科學城'];

const server = await serveDist(dir, Number(process.env.PARITY_PORT ?? 4670));
// pagefind.js reads the page language from the document, which Node lacks: this stands in for <html lang="zh-CN">.
Object.assign(globalThis, { document: { currentScript: null, querySelector: () => ({ getAttribute: () => 'zh-CN' }) } });
const { createInstance } = await import(pathToFileURL(resolve(dir, 'pagefind', 'pagefind.js')).href);
const instance = createInstance({ basePath: `${server.url}pagefind/` });
await instance.init();
await mergeShards(instance, join(dir, 'pagefind'), `${server.url}pagefind/`);
const node = oneAtATime(instance);

const browser = await chromium.launch({ executablePath: chromiumPath() });
let failures = 0;
try {
  const page = await browser.newPage({ locale: 'zh-CN' });
  await page.goto(`${server.url}search/?q=${encodeURIComponent('张江')}`);
  await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('共'));
  const worker = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).find((n) => /\/_astro\/worker-/.test(n)));
  if (!worker) throw new Error('the search page started no worker');
  // A second worker from the same script, driven directly: every result's address, in order, for each term.
  const inWorker = async (query: string): Promise<{ urls: string[]; partial: boolean }> =>
    page.evaluate(
      async ({ worker, query }) => {
        const w = ((window as any).__parity ??= (() => {
          const w = new Worker(worker, { type: 'module' });
          let next = 0;
          const waiting = new Map<number, (v: any) => void>();
          w.onmessage = ({ data }) => {
            if ('ask' in data) return w.postMessage({ answer: data.ask, text: data.convert });
            waiting.get(data.id)?.('error' in data ? { error: data.error } : data.value);
          };
          const call = (request: object) => new Promise<any>((resolve) => { const id = next++; waiting.set(id, resolve); w.postMessage({ ...request, id }); });
          void call({ op: 'init', bundle: '/pagefind/', lang: 'zh-CN' });
          return { call };
        })());
        const outcome = await w.call({ op: 'search', query });
        if (outcome.error) throw new Error(outcome.error);
        const views = await Promise.all(outcome.results.map((r: { id: string }) => w.call({ op: 'view', page: r.id, needles: [] })));
        return { urls: views.map((v: { url: string }) => v.url), partial: outcome.partial };
      },
      { worker, query },
    );
  for (const term of terms) {
    const expected = await findPages(node, parseQuery(term));
    // In Node the bundle is loaded from an absolute address, so its page addresses carry the origin.
    const urls = await Promise.all(expected.results.map(async (r) => new URL((await r.data()).url, server.url).pathname));
    const got = await inWorker(term);
    if (got.urls.join(' ') !== urls.join(' ') || got.partial !== expected.partial) {
      failures++;
      console.log(`${term}: Node ${urls.length} ${expected.partial ? '(partial) ' : ''}${urls.slice(0, 5).join(' ')}; worker ${got.urls.length} ${got.partial ? '(partial) ' : ''}${got.urls.slice(0, 5).join(' ')}`);
    }
  }
  for (const term of traditional) {
    await page.goto(`${server.url}search/?q=${encodeURIComponent(term)}`);
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('转换为简体'));
    console.log(`${term}: ${await page.locator('[data-search-status]').textContent()}`);
  }
  console.log(`${terms.length} terms compared, ${failures} differ.`);
} finally {
  await browser.close();
  await server.stop();
}
process.exit(failures ? 1 : 0);
