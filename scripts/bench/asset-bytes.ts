// JavaScript and CSS each page type loads (until the network is idle), measured as gzip bytes on the wire, and the
// JSON islands the page carries for its scripts.
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumPath } from '../dev/chromium-path.mjs';

export interface BytesRow {
  page: string;
  jsKb: number;
  cssKb: number;
  jsFiles: number;
  /** JSON islands (`<script type="application/json">`): data for a script, not code; counted apart. */
  dataKb: number;
}

/** Loads each page in Chromium and sums the transferred (gzip) size of its scripts and stylesheets. */
export async function measureAssetBytes(baseUrl: string, pages: Record<string, string>): Promise<BytesRow[]> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--disable-background-networking', '--no-first-run'] });
  const rows: BytesRow[] = [];
  try {
    for (const [name, path] of Object.entries(pages)) {
      const page = await browser.newPage();
      const sizes: { type: string; bytes: number }[] = [];
      page.on('requestfinished', async (req) => {
        const type = req.resourceType();
        if (type !== 'script' && type !== 'stylesheet') return;
        const s = await req.sizes();
        sizes.push({ type, bytes: s.responseBodySize });
      });
      await page.goto(new URL(path, baseUrl).href, { waitUntil: 'networkidle' });
      // Inline <style>/<script> count too (gzipped on their own): they ship inside the HTML. Data blocks (JSON-LD, a
      // widget's JSON input) are not scripts: the browser never runs them, and they weigh in the HTML.
      const inline = await page.evaluate(() => ({
        css: [...document.querySelectorAll('style')].map((s) => s.textContent ?? '').join(''),
        js: [...document.querySelectorAll('script:not([src]):not([type="application/ld+json"]):not([type="application/json"])')].map((s) => s.textContent ?? '').join(''),
        data: [...document.querySelectorAll('script[type="application/json"]')].map((s) => s.textContent ?? '').join(''),
      }));
      const gz = (text: string) => (text ? gzipSync(text).length : 0);
      const sum = (t: string) => sizes.filter((s) => s.type === t).reduce((n, s) => n + s.bytes, 0);
      rows.push({
        page: name,
        jsKb: Number(((sum('script') + gz(inline.js)) / 1024).toFixed(1)),
        cssKb: Number(((sum('stylesheet') + gz(inline.css)) / 1024).toFixed(1)),
        jsFiles: sizes.filter((s) => s.type === 'script').length,
        dataKb: Number((gz(inline.data) / 1024).toFixed(2)),
      });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return rows;
}
