// Measures one search UI in a fresh browser context: bytes fetched and ms from the last keystroke to results on screen,
// for a cold first query and a warm second one.
import type { Browser } from '@playwright/test';

/** A search UI to measure: where it lives, its search box, and how to tell that a query's results are on screen. */
export interface SearchUi {
  name: string;
  path: string;
  input: string;
  /** Runs in the page: true once the results for `query` are shown. */
  shown: (query: string) => boolean;
}

export const uis: SearchUi[] = [
  {
    name: 'ours',
    path: 'search/',
    input: '[data-search-input]',
    shown: (query) => {
      const status = document.querySelector('[data-search-status]')?.textContent ?? '';
      return status.includes(`“${query}”`) && document.querySelector('[data-testid="search-results"] ol > li a') !== null;
    },
  },
  {
    name: 'Pagefind default UI',
    path: 'pagefind-default-ui/',
    input: '.pagefind-ui__search-input',
    shown: (query) =>
      (document.querySelector('.pagefind-ui__message')?.textContent ?? '').includes(query) &&
      Boolean(document.querySelector('.pagefind-ui__result-link')?.textContent?.trim()),
  },
];

interface PhaseResult {
  query: string;
  ms: number;
  bytes: { js: number; wasm: number; index: number; fragments: number; other: number; requests: number };
}
export type Measurement = Record<'cold' | 'warm', PhaseResult>;

const kind = (url: string) =>
  /\.m?js(\?|$)/.test(url) ? 'js' : /wasm\./.test(url) ? 'wasm' : /\.pf_fragment/.test(url) ? 'fragments' : /\.pf_(index|meta|filter)|pagefind-entry\.json/.test(url) ? 'index' : 'other';

/** Loads the UI, types two queries one after the other, and reports each. */
export async function measureSearch(browser: Browser, base: string, ui: SearchUi, queries: [string, string]): Promise<Measurement> {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  type Phase = 'load' | 'cold' | 'warm';
  let phase = 'load' as Phase;
  const fetched: { phase: Phase; url: string; size: Promise<number> }[] = [];
  page.on('requestfinished', (r) => fetched.push({ phase, url: r.url(), size: r.sizes().then((s) => s.responseBodySize) }));
  await page.addInitScript(() => {
    const bench = ((window as any).__bench = { lastInput: 0, rendered: 0, shown: null as null | (() => boolean) });
    document.addEventListener('input', () => Object.assign(bench, { lastInput: performance.now(), rendered: 0 }), true);
    const check = () => {
      if (bench.lastInput && !bench.rendered && bench.shown?.()) bench.rendered = performance.now();
    };
    new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  await page.goto(new URL(ui.path, base).href, { waitUntil: 'networkidle' });
  const results = {} as Measurement;
  for (const [i, query] of queries.entries()) {
    phase = i === 0 ? 'cold' : 'warm';
    await page.locator(ui.input).fill('');
    await page.evaluate(`window.__bench.shown = () => (${ui.shown})(${JSON.stringify(query)}); window.__bench.lastInput = 0;`);
    await page.locator(ui.input).click();
    await page.keyboard.type(query, { delay: 40 });
    await page.waitForFunction(() => (window as any).__bench.rendered > 0, undefined, { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const ms: number = await page.evaluate(() => (window as any).__bench.rendered - (window as any).__bench.lastInput);
    const bytes = { js: 0, wasm: 0, index: 0, fragments: 0, other: 0, requests: 0 };
    for (const f of fetched) {
      // The UI's own script, loaded with the page, is part of what a first search costs.
      const counted = f.phase === phase || (phase === 'cold' && f.phase === 'load' && kind(f.url) === 'js');
      if (!counted) continue;
      bytes[kind(f.url)] += await f.size;
      bytes.requests++;
    }
    results[phase] = { query, ms, bytes };
  }
  await context.close();
  return results;
}
