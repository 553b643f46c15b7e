import { test, expect, type APIRequestContext } from '@playwright/test';

// Crawls the whole built site from its home page (at the root and under a sub-path, see playwright.config)
// and checks that every internal link, anchor and asset resolves inside the site's base.
test('every internal link, anchor and asset resolves', async ({ page, request, baseURL }) => {
  test.setTimeout(180_000);
  const base = new URL(baseURL!);
  const pages = new Map<string, Set<string>>(); // page URL → ids on it
  const queue = [base.href];
  const links: { from: string; to: string }[] = [];
  const problems: string[] = [];

  while (queue.length) {
    const url = queue.shift()!;
    if (pages.has(url)) continue;
    const response = await page.goto(url);
    if (response?.status() !== 200) {
      problems.push(`${url} → HTTP ${response?.status()}`);
      pages.set(url, new Set());
      continue;
    }
    const found = await page.evaluate(() => ({
      ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
      refs: [
        // getAttribute, not .href: an SVG <a> (the park map's marks) has an SVGAnimatedString there, not a URL.
        ...[...document.querySelectorAll('a[href], link[href]')].map((e) => new URL(e.getAttribute('href')!, document.baseURI).href),
        ...[...document.querySelectorAll('script[src], img[src], source[src]')].map((e) => (e as HTMLImageElement).src),
      ],
    }));
    pages.set(url, new Set(found.ids));
    for (const ref of found.refs) {
      const target = new URL(ref, url);
      if (target.origin !== base.origin) continue;
      links.push({ from: url, to: target.href });
      if (!target.pathname.startsWith(base.pathname)) {
        problems.push(`${url} links outside the base ${base.pathname}: ${target.pathname}`);
        continue;
      }
      const doc = target.origin + target.pathname;
      if (target.pathname.endsWith('/') && !pages.has(doc) && !queue.includes(doc)) queue.push(doc);
    }
  }

  const checked = new Set<string>();
  for (const { from, to } of links) {
    const target = new URL(to);
    const doc = target.origin + target.pathname;
    if (!pages.has(doc) && !checked.has(doc)) {
      checked.add(doc);
      const status = await head(request, doc);
      if (status !== 200) problems.push(`${from} → ${doc}: HTTP ${status}`);
    }
    const fragment = decodeURIComponent(target.hash.slice(1));
    if (fragment && pages.has(doc) && !pages.get(doc)!.has(fragment)) problems.push(`${from} → ${to}: no element with id "${fragment}"`);
  }
  expect(pages.size, 'pages crawled').toBeGreaterThan(90);
  expect(problems).toEqual([]);
});

async function head(request: APIRequestContext, url: string) {
  return (await request.get(url, { maxRedirects: 0 })).status();
}
